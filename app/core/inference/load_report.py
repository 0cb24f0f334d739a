"""What a model load did, from llama.cpp's own log: the backend and layers offloaded, the buffers
and their sizes, the devices used, and the one sentence a failed load is explained with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .cpu_threads import ThreadChoice
from .llama_runtime import router

_OFFLOAD_RE = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")


_LAYER_DEVICE_RE = re.compile(r"layer\s+(\d+) assigned to device (\S+?),")


_BUFFER_RE = re.compile(r"(\S+)\s+(model|KV|compute|output) buffer size =\s*([\d.]+) MiB")


# ------------------------------------------------------------------- results
@dataclass(frozen=True)
class LoadReport:
    path: Path
    architecture: str
    chat_format: str
    context_length: int
    trained_context_length: int | None
    gpu_layers_requested: int
    gpu_offload_supported: bool
    layers_offloaded: int | None
    layers_total: int | None
    load_seconds: float
    warnings: tuple[str, ...] = ()
    # llama.cpp's buffers as it reported them: (device, kind, MiB), e.g. ("CPU", "KV", 72.0).
    buffers: tuple[tuple[str, str, float], ...] = ()
    devices: tuple[str, ...] = ()  # the devices llama.cpp placed layers on, e.g. ("CPU",) or ("CUDA0", "CPU")
    threads: ThreadChoice | None = None  # the CPU threads llama.cpp was given, and why

    @property
    def backend(self) -> str:
        """What actually runs the model, from llama.cpp's own log: never what was merely asked for."""
        if not self.gpu_offload_supported or not self.layers_offloaded:
            return "CPU only"
        gpus = ", ".join(d for d in self.devices if not d.upper().startswith("CPU")) or "GPU"
        return f"{gpus} ({self.layers_offloaded}/{self.layers_total} layers)"

    @property
    def memory_mib(self) -> float:
        return round(sum(size for _, _, size in self.buffers), 1)

    def memory_by_kind(self) -> dict[str, float]:
        """MiB per buffer kind ("model", "KV", "compute", "output"), all devices together."""
        totals: dict[str, float] = {}
        for _, kind, size in self.buffers:
            totals[kind] = round(totals.get(kind, 0.0) + size, 2)
        return totals

    def summary(self) -> str:
        """One line for the status bar and ``hearth doctor``."""
        parts = [self.backend, f"context {self.context_length}"]
        if self.threads is not None:
            parts.append(self.threads.describe())
        kinds = self.memory_by_kind()
        if kinds:
            parts.append("memory " + ", ".join(f"{kind} {size:.0f} MiB" for kind, size in kinds.items()))
        return " · ".join(parts)


def offload_from_log(lines: list[str]) -> tuple[int | None, int | None, tuple[str, ...]]:
    """(layers offloaded, layers in all, devices used) as llama.cpp logged them while loading.

    GPU builds print "offloaded N/M layers to GPU"; every build prints where each layer went
    ("layer 3 assigned to device CPU"), which is what a CPU build has to go on.
    """
    devices: dict[int, str] = {}
    for line in lines:
        match = _LAYER_DEVICE_RE.search(line)
        if match:
            devices[int(match.group(1))] = match.group(2)
    used = tuple(dict.fromkeys(devices.values()))
    for line in reversed(lines):
        match = _OFFLOAD_RE.search(line)
        if match:
            return int(match.group(1)), int(match.group(2)), used
    if devices:
        return sum(1 for d in devices.values() if not d.upper().startswith("CPU")), len(devices), used
    return None, None, used


def buffers_from_log(lines: list[str]) -> tuple[tuple[str, str, float], ...]:
    found = []
    for line in lines:
        match = _BUFFER_RE.search(line)
        if match:
            found.append((match.group(1), match.group(2), float(match.group(3))))
    return tuple(found)


def load_failure_reason(path: Path, error: Exception | None) -> str:
    recent = " ".join(router.recent[-20:]).lower()
    if "unknown model architecture" in recent:
        arch = re.search(r"unknown model architecture: '([^']+)'", " ".join(router.recent[-20:]))
        name = arch.group(1) if arch else "this"
        return f"{path.name}: the installed llama.cpp cannot run the '{name}' architecture; update llama-cpp-python"
    if "out of memory" in recent or "failed to allocate" in recent:
        return f"{path.name}: not enough memory to load this model; try a smaller quantization or context"
    return f"{path.name} could not be loaded: {error}"
