"""A terminal progress line (bytes, percentage, speed, ETA) that stays quiet when not a TTY."""

from __future__ import annotations

import sys
import time

from ..core.base.system import format_bytes


class ProgressLine:
    def __init__(self, label: str, stream=None, min_interval: float = 0.1):
        self.label = label
        self.stream = stream or sys.stderr
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self._start = time.monotonic()
        self._last = 0.0
        self._min_interval = min_interval
        self._shown = False

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        finished = total is not None and done >= total
        if not self.interactive or (now - self._last < self._min_interval and not finished):
            return
        self._last = now
        elapsed = max(now - self._start, 1e-6)
        speed = done / elapsed
        if total:
            eta = (total - done) / speed if speed > 0 else 0
            bar = "#" * int(30 * done / total)
            text = (
                f"\r{self.label} [{bar:<30}] {100 * done / total:5.1f}% {format_bytes(done)}/"
                f"{format_bytes(total)} {format_bytes(speed)}/s ETA {int(eta)}s"
            )
        else:
            text = f"\r{self.label} {format_bytes(done)} {format_bytes(speed)}/s"
        self.stream.write(text)
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
