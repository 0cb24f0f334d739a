"""A quick auto-tune of llama.cpp's generation threads, remembered per machine and model.

The physical-core default (:mod:`cpu_threads`) is right on most machines, but not all: a laptop's
cores may share a thermal budget, a VM's "cores" may be hyperthreads in disguise. So the first time a
model is loaded on a machine, a few short timed decodes compare the default with its neighbours
(well under two seconds in all) and the fastest count wins, but only by a clear margin, since a
noisy measurement must never make things worse than the default. The result is stored in a small
JSON file in the cache folder; "Re-tune" in Settings forgets it so the next load measures again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .cpu_threads import ThreadChoice, usable_cpu_ids

log = logging.getLogger(__name__)

# A candidate must beat the default by this much to replace it: decode timings jitter by a few %.
CLEAR_MARGIN = 1.08
ROUNDS = 2  # interleaved rounds over the candidates; the best time of each is kept


def machine_key() -> str:
    """Changes when the hardware (or the CPUs this process may use) changes."""
    facts = [platform.node(), platform.machine(), platform.processor(), ",".join(map(str, usable_cpu_ids()))]
    return hashlib.sha256("|".join(facts).encode()).hexdigest()[:16]


def machine_is_busy(usable_cpus: int) -> bool:
    """Whether other processes kept more than half of the usable CPUs busy over the last minute."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        return False
    return load > usable_cpus * 0.5 + 0.5


def candidate_counts(choice: ThreadChoice) -> list[int]:
    """The default, every usable CPU, and one fewer than the default (half of it on big machines).

    One fewer matters on small machines: when something else holds a core, threads that spin-wait
    for each other make two threads on two cores slower than one (measured on the 2-core CI machine).
    """
    counts = {choice.generation, choice.batch}
    if 2 <= choice.generation <= 4:
        counts.add(choice.generation - 1)
    elif choice.generation > 4:
        counts.add(choice.generation // 2)
    return sorted(counts)


def pick_fastest(seconds_per_token: dict[int, float], default: int) -> int:
    """The fastest count when it beats the default clearly; otherwise the default."""
    if default not in seconds_per_token:
        return min(seconds_per_token, key=seconds_per_token.__getitem__)
    best = min(seconds_per_token, key=seconds_per_token.__getitem__)
    if seconds_per_token[best] * CLEAR_MARGIN < seconds_per_token[default]:
        return best
    return default


@dataclass
class ThreadTuner:
    """Measures once per (machine, model), remembers the answer in ``store_path``."""

    store_path: Path

    def tune(self, choice: ThreadChoice, model_key: str, time_decode: Callable[[int], float]) -> ThreadChoice:
        """``time_decode(n)`` returns seconds per generated token with ``n`` threads."""
        key = f"{machine_key()}:{model_key}"
        remembered = self._load().get(key)
        if isinstance(remembered, dict) and isinstance(remembered.get("threads"), int) and remembered["threads"] > 0:
            return replace(choice, generation=remembered["threads"], reason=f"{choice.reason}, tuned", tuned=True)
        counts = candidate_counts(choice)
        if len(counts) < 2:
            return choice
        try:
            timings = self._measure(counts, time_decode)
        except Exception as exc:  # a failed tune must never fail the load: keep the default
            log.warning("thread auto-tune failed, keeping %d threads: %s", choice.generation, exc)
            return choice
        best = pick_fastest(timings, choice.generation)
        log.info("thread auto-tune: %s s/token -> %d threads", {n: round(t, 4) for n, t in timings.items()}, best)
        if machine_is_busy(choice.batch):
            # Other work competing for the cores favours fewer threads; right for now, wrong tomorrow.
            log.info("the machine is busy: the tuned thread count is used for this load only")
            return replace(choice, generation=best, reason=f"{choice.reason}, tuned while busy", tuned=True)
        self._remember(key, best, timings)
        return replace(choice, generation=best, reason=f"{choice.reason}, tuned", tuned=True)

    def forget_all(self) -> None:
        """Settings → Re-tune: the next load of every model measures again."""
        self.store_path.unlink(missing_ok=True)

    @staticmethod
    def _measure(counts: list[int], time_decode: Callable[[int], float]) -> dict[int, float]:
        best: dict[int, float] = {}
        for _ in range(ROUNDS):  # interleaved, so a burst of other load hits every count alike
            for count in counts:
                seconds = time_decode(count)
                best[count] = min(seconds, best.get(count, float("inf")))
        return best

    def _load(self) -> dict:
        try:
            data = json.loads(self.store_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _remember(self, key: str, threads: int, timings: dict[int, float]) -> None:
        data = self._load()
        data[key] = {"threads": threads, "seconds_per_token": {str(n): t for n, t in timings.items()}}
        try:
            self.store_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.store_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
            tmp.replace(self.store_path)
        except OSError as exc:  # remembered or not, this load uses the measured count
            log.warning("could not remember the thread auto-tune result: %s", exc)
