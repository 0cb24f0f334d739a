"""How many CPU threads llama.cpp should use here, and why.

llama-cpp-python's own default is ``cpu_count() // 2`` for generation: it assumes two hardware
threads per core. On a machine without SMT (most VMs and CI runners, many ARM laptops) that halves
the speed. Token generation is limited by memory bandwidth and scales with *physical* cores, so
that is the default here; prompt processing (batches) is compute-bound and uses every CPU this
process may run on. Both respect CPU affinity (``taskset``) and container CPU quotas (cgroups).

The facts are read from sysfs/procfs on Linux and ``sysctl`` on macOS; every reader takes its
root folder as an argument so tests can hand it a machine of their own.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SYS_ROOT = Path("/sys")


@dataclass(frozen=True)
class ThreadChoice:
    """The thread counts given to llama.cpp and the sentence that explains them."""

    generation: int
    batch: int
    reason: str
    tuned: bool = False

    def describe(self) -> str:
        """For the status bar and ``hearth doctor``: "2 threads: 2 physical cores, tuned"."""
        counts = f"{self.generation} thread{'s' if self.generation != 1 else ''}"
        if self.batch != self.generation:
            counts += f" ({self.batch} for prompts)"
        return f"{counts}: {self.reason}"


def usable_cpu_ids() -> list[int]:
    """The logical CPUs this process may run on (its affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        try:
            return sorted(os.sched_getaffinity(0))
        except OSError:
            pass
    return list(range(os.cpu_count() or 1))


def cgroup_cpu_limit(root: Path = SYS_ROOT) -> float | None:
    """The container's CPU quota in CPUs (e.g. 1.5), or None when there is none.

    cgroup v2 writes ``cpu.max`` as "QUOTA PERIOD" ("max PERIOD" without a limit); v1 splits it
    into ``cpu.cfs_quota_us`` (-1 without a limit) and ``cpu.cfs_period_us``."""
    v2 = root / "fs" / "cgroup" / "cpu.max"
    try:
        quota, period = v2.read_text(encoding="ascii").split()[:2]
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError):
        pass
    v1 = root / "fs" / "cgroup" / "cpu"
    try:
        quota_us = int((v1 / "cpu.cfs_quota_us").read_text(encoding="ascii"))
        period_us = int((v1 / "cpu.cfs_period_us").read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None
    return quota_us / period_us if quota_us > 0 and period_us > 0 else None


def performance_cpu_ids(cpu_ids: list[int], root: Path = SYS_ROOT) -> list[int]:
    """The subset of ``cpu_ids`` on performance cores (Intel's hybrid P-cores); all of them elsewhere.

    On hybrid Intel CPUs Linux lists the P-cores in ``devices/cpu_core/cpus``; efficiency cores
    slow a generation thread pool down to their pace, so they are left to prompt processing."""
    listed = _read_cpu_list(root / "devices" / "cpu_core" / "cpus")
    if listed:
        chosen = [cpu for cpu in cpu_ids if cpu in listed]
        if chosen:
            return chosen
    return cpu_ids


def physical_core_count(cpu_ids: list[int], root: Path = SYS_ROOT) -> int | None:
    """How many distinct physical cores the logical CPUs ``cpu_ids`` sit on (Linux sysfs).

    None when the topology is not readable (not Linux, or a sandbox that hides sysfs)."""
    cores = set()
    for cpu in cpu_ids:
        topology = root / "devices" / "system" / "cpu" / f"cpu{cpu}" / "topology"
        try:
            package = (topology / "physical_package_id").read_text(encoding="ascii").strip()
            core = (topology / "core_id").read_text(encoding="ascii").strip()
        except OSError:
            return None
        cores.add((package, core))
    return len(cores) or None


def _read_cpu_list(path: Path) -> set[int]:
    """Parse a kernel CPU list such as "0-3,8,10-11"."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except OSError:
        return set()
    cpus: set[int] = set()
    for part in filter(None, text.split(",")):
        try:
            low, _, high = part.partition("-")
            cpus.update(range(int(low), int(high or low) + 1))
        except ValueError:
            return set()
    return cpus


def _macos_performance_cores() -> int | None:
    """Apple Silicon's performance cores (perflevel0), else the physical cores."""
    for key in ("hw.perflevel0.physicalcpu", "hw.physicalcpu"):
        try:
            out = subprocess.run(["sysctl", "-n", key], capture_output=True, text=True, timeout=2, check=True)
            return max(1, int(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError, ValueError):
            continue
    return None


def choose_threads(
    override: int = 0, *, root: Path = SYS_ROOT, cpu_ids: list[int] | None = None, platform: str = sys.platform
) -> ThreadChoice:
    """Thread counts for llama.cpp: the Settings value when set, else the usable physical cores."""
    if override > 0:
        return ThreadChoice(override, override, "set in Settings")
    cpu_ids = usable_cpu_ids() if cpu_ids is None else cpu_ids
    usable = len(cpu_ids)
    quota = cgroup_cpu_limit(root) if platform.startswith("linux") else None
    if quota is not None:
        usable = max(1, min(usable, math.ceil(quota)))
    batch = max(1, usable)
    if platform.startswith("linux"):
        fast = performance_cpu_ids(cpu_ids, root)
        physical = physical_core_count(fast, root)
        hybrid = len(fast) < len(cpu_ids)
        if physical is not None:
            generation = max(1, min(physical, usable))
            kind = "physical performance cores" if hybrid else "physical cores"
            reason = f"{physical} {kind}" + (f", {quota:g} CPUs allowed" if quota is not None else "")
            return ThreadChoice(generation, batch, reason)
    elif platform == "darwin":
        cores = _macos_performance_cores()
        if cores is not None:
            return ThreadChoice(max(1, min(cores, usable)), batch, f"{cores} performance cores")
    # Windows and unreadable topologies: assume two hardware threads per core, as llama.cpp does.
    generation = max(1, usable // 2) if usable > 2 else usable
    return ThreadChoice(generation, batch, f"{usable} CPUs, assuming 2 per core")
