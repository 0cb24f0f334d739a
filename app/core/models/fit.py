"""Will it fit: a hub file's memory estimate (:mod:`memory`, from the catalogue's model shape)
compared with the machine's RAM (or VRAM on a GPU build); and the file to recommend."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..base.system import (
    available_memory_bytes,
    format_bytes,
    gpu_memory_bytes,
    total_memory_bytes,
)
from .catalogue import ModelShape
from .memory import DEFAULT_UBATCH, MemoryEstimate, estimate_for_shape
from .naming import FULL_PRECISION

if TYPE_CHECKING:  # at run time repo_files imports this module (RepoListing.find recommends)
    from .repo_files import GGUFFile, RepoListing

log = logging.getLogger(__name__)


# ----------------------------------------------------------- will it fit
FITS, TIGHT, TOO_LARGE = "fits", "tight", "too large"


@dataclass(frozen=True)
class FitEstimate:
    memory: MemoryEstimate
    verdict: str
    budget: int | None  # the memory it was compared with
    where: str = "RAM"

    @property
    def weights(self) -> int:
        return self.memory.weights

    @property
    def kv_cache(self) -> int | None:  # None when the architecture's shape is unknown
        return self.memory.kv_cache

    @property
    def compute(self) -> int:
        return self.memory.compute

    @property
    def total(self) -> int:
        return self.memory.total

    def describe(self) -> str:
        kv = format_bytes(self.kv_cache) if self.kv_cache is not None else "unknown"
        budget = f" of {format_bytes(self.budget)} {self.where}" if self.budget else ""
        return (
            f"{self.verdict}: needs about {format_bytes(self.total)}{budget} "
            f"(weights {format_bytes(self.weights)}, KV cache {kv}, compute {format_bytes(self.compute)})"
        )


@dataclass(frozen=True)
class Machine:
    """The memory a model can use. VRAM counts only when GPU offload is available."""

    total_ram: int | None
    available_ram: int | None
    vram: int | None = None

    @classmethod
    def current(cls, vram: int | None = None) -> Machine:
        if vram is None:
            vram = detected_vram()
        return cls(total_memory_bytes(), available_memory_bytes(), vram)


def detected_vram() -> int | None:
    """The GPU's memory, counted only when this llama.cpp build can offload to it."""
    from ..inference.engine import gpu_offload_supported

    if not gpu_offload_supported():
        return None
    memory = gpu_memory_bytes()
    return memory[0] if memory else None


def estimate_fit(
    file_size: int, shape: ModelShape | None, n_ctx: int, machine: Machine, n_ubatch: int = DEFAULT_UBATCH
) -> FitEstimate:
    """Memory for weights + KV cache + compute buffer (:func:`memory.estimate_for_shape`), and
    whether the machine has it.

    fits: within the GPU's memory, or within 75 % of RAM and what is free now; tight: within
    95 % of RAM (other programs will have to give way); too large: beyond that.
    """
    memory = estimate_for_shape(file_size, shape, n_ctx, n_ubatch)
    need = memory.total
    if machine.vram and need <= machine.vram * 0.9:
        return FitEstimate(memory, FITS, machine.vram, "VRAM")
    total = machine.total_ram
    if not total:
        return FitEstimate(memory, TIGHT, None)
    available = machine.available_ram if machine.available_ram is not None else total
    if need <= min(total * 0.75, available):
        verdict = FITS
    elif need <= total * 0.95:
        verdict = TIGHT
    else:
        verdict = TOO_LARGE
    return FitEstimate(memory, verdict, total)


@dataclass(frozen=True)
class FileChoice:
    file: GGUFFile
    fit: FitEstimate
    recommended: bool = False


def assess(listing: RepoListing, n_ctx: int = 4096, machine: Machine | None = None) -> list[FileChoice]:
    """Every file with its fit estimate; the best-fitting model file marked as recommended."""
    machine = machine or Machine.current()
    choices = [FileChoice(f, estimate_fit(f.size, listing.shape, n_ctx, machine)) for f in listing.files]
    best = _best(choices)
    return [FileChoice(c.file, c.fit, c is best) for c in choices]


def recommend(listing: RepoListing, n_ctx: int = 4096, machine: Machine | None = None) -> GGUFFile | None:
    best = next((c for c in assess(listing, n_ctx, machine) if c.recommended), None)
    return best.file if best else None


def _best(choices: list[FileChoice]) -> FileChoice | None:
    """The largest (highest-quality) quantized model file that fits; else the smallest tight one.

    F16/BF16/F32 are never recommended: twice the memory of Q8_0 for no visible gain in chat.
    """
    candidates = [c for c in choices if c.file.role == "model" and c.file.quant not in FULL_PRECISION]
    fitting = [c for c in candidates if c.fit.verdict == FITS]
    if fitting:
        return max(fitting, key=lambda c: c.file.size)
    tight = [c for c in candidates if c.fit.verdict == TIGHT]
    return min(tight, key=lambda c: c.file.size) if tight else None
