"""What bounds and steers a transfer: pause/cancel from another thread, the options
(backoff, caps, minimum speed), ``Retry-After`` parsing, the speed guard and the progress meter."""

from __future__ import annotations

import collections
import email.utils
import logging
import threading
import time
from dataclasses import dataclass

from .errors import DownloadStopped
from .queue import CANCELLED, PAUSED, DownloadJob, DownloadProgress, ProgressCallback

log = logging.getLogger(__name__)

SPACE_MARGIN = 256 * 1024 * 1024  # keep this much free after a download: the OS and SQLite need room too


# ----------------------------------------------------------------- control
class DownloadControl:
    """Pause or cancel a running transfer from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason: str | None = None

    def pause(self) -> None:
        self.reason = self.reason or PAUSED
        self._event.set()

    def cancel(self) -> None:
        self.reason = CANCELLED  # cancel wins over an earlier pause: the user wants the bytes gone
        self._event.set()

    @property
    def stopped(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise DownloadStopped(self.reason or PAUSED)

    def sleep(self, seconds: float) -> None:
        """Wait for a retry, waking at once when stopped."""
        if self._event.wait(max(0.0, seconds)):
            raise DownloadStopped(self.reason or PAUSED)


class Meter:
    """Speed over a sliding window, and calls to the callback at most every ``interval`` seconds."""

    def __init__(self, job: DownloadJob, callback: ProgressCallback | None, interval: float, window: float = 5.0):
        self.job, self.callback, self.interval, self.window = job, callback, interval, window
        self.samples: collections.deque[tuple[float, int]] = collections.deque()
        self.last_emit = 0.0

    def update(self, done: int, phase: str = "downloading", force: bool = False) -> None:
        now = time.monotonic()
        if phase == "downloading":
            self.samples.append((now, done))
            while len(self.samples) > 2 and now - self.samples[0][0] > self.window:
                self.samples.popleft()
        if self.callback is None or (not force and now - self.last_emit < self.interval):
            return
        self.last_emit = now
        speed, eta = 0.0, None
        if phase == "downloading" and len(self.samples) >= 2:
            (t0, b0), (t1, b1) = self.samples[0], self.samples[-1]
            speed = (b1 - b0) / (t1 - t0) if t1 > t0 else 0.0
            eta = (self.job.size - done) / speed if speed > 0 else None
        self.callback(DownloadProgress(self.job.id, self.job.name, done, self.job.size, speed, eta, phase))


def short_error(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return text[:160]


@dataclass
class DownloadOptions:
    retries: int = 8  # consecutive failed attempts before giving up
    backoff: float = 1.0  # first wait; doubles each time
    max_backoff: float = 60.0
    max_retry_after: float = 30.0  # a server's Retry-After is honoured up to this many seconds
    wait_budget: float = 300.0  # retry waits in a row with no byte received; then it fails (resumable)
    min_speed: int = 1024  # bytes per second averaged over low_speed_window; below it the transfer fails
    low_speed_window: float = 60.0
    connect_timeout: float = 20.0
    read_timeout: float = 60.0  # a stalled connection is dropped and retried after this long
    space_margin: int = SPACE_MARGIN
    progress_interval: float = 0.1


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class SpeedGuard:
    """Fails a transfer whose throughput stays below ``min_speed`` for a whole window.

    A server that trickles a byte a second never trips the read timeout, so the rate itself is checked
    as the bytes arrive. The clock starts with the response, so a slow start counts too."""

    def __init__(self, min_speed: int, window: float):
        self.min_speed, self.window = min_speed, window
        self.started, self.received = time.monotonic(), 0

    def add(self, count: int) -> bool:
        """Count ``count`` bytes; False when the last full window was too slow."""
        self.received += count
        now = time.monotonic()
        elapsed = now - self.started
        if self.min_speed <= 0 or elapsed < self.window:
            return True
        fast_enough = self.received >= self.min_speed * elapsed
        self.started, self.received = now, 0
        return fast_enough
