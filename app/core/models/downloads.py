"""Resumable, verified model downloads. Pure Python, no Qt.

huggingface_hub's own ``hf_hub_download`` deletes partial files on failure and checks only the
size, so the transfer is ours; the library still builds the URL (``hf_hub_url``) and the auth
headers (``build_hf_headers``), and its shared HTTP client does the requests (it drops the
``Authorization`` header when the hub redirects to a CDN on another host).

How a file arrives:

1. It streams into ``<models>/<name>.part``, hashed with sha256 as it is written. Resuming (after
   a dropped connection, a pause or an app restart) first re-hashes the bytes already there, then
   asks for the rest with an HTTP ``Range`` request.
2. Transient failures (dropped connections, timeouts, 408/429/5xx) are retried with exponential
   backoff; an attempt that received data resets the count, so a long download on a flaky line
   keeps going. No server can make us wait for ever: a ``Retry-After`` is capped, the waits of one
   transfer that bring no bytes share a budget, a transfer slower than a minimum throughput for a
   while fails (its ``.part`` kept for a later resume), a redirect to anything but http(s) is
   refused at once, and no more bytes than the file's size are ever written.
3. At the end the digest is compared with the hub's sha256. Only a match is renamed into place
   (``os.replace``, atomic); a mismatch deletes the partial file and is reported.

The queue is a small JSON file in the data dir, so a restart (or a killed ``hearth models pull``)
resumes where it stopped. A lock file per transfer keeps two processes off the same ``.part``.
"""

from __future__ import annotations

import collections
import email.utils
import hashlib
import json
import logging
import os
import shutil
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterable

from ..base.fileutil import atomic_write_text, safe_file_name
from ..base.hashing import cached_sha256, remember_sha256
from .hub import GGUFFile, HubAuthError, HubClient, HubError, HubFile, RepoListing, local_name_for
from ..base.system import format_bytes

log = logging.getLogger(__name__)

QUEUE_FILE_NAME = "downloads.json"
LOCK_DIR_NAME = ".locks"
SPACE_MARGIN = 256 * 1024 * 1024  # keep this much free after a download: the OS and SQLite need room too
_HASH_CHUNK = 4 * 1024 * 1024
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})

QUEUED, RUNNING, PAUSED, DONE, FAILED, CANCELLED = "queued", "running", "paused", "done", "failed", "cancelled"
ACTIVE_STATES = frozenset({QUEUED, RUNNING})


# ------------------------------------------------------------------ errors
class DownloadError(Exception):
    """A download failed; the message is one readable line. ``kind`` sorts failures for the UI."""

    kind = "other"


class NotEnoughSpaceError(DownloadError):
    kind = "space"


class ChecksumMismatchError(DownloadError):
    kind = "checksum"


class DownloadBusyError(DownloadError):
    kind = "busy"


class DownloadStopped(Exception):
    """The transfer stopped because the user paused or cancelled it (not a failure)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class TooSlowError(DownloadError):
    """The server sent too little for too long; the partial file is kept for a later resume."""

    kind = "slow"


class _Transient(Exception):
    """A failure worth retrying (network drop, timeout, 5xx)."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


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


# ---------------------------------------------------------------- progress
@dataclass(frozen=True)
class DownloadProgress:
    job_id: str
    name: str
    done: int
    total: int
    speed: float  # bytes per second over the last few seconds
    eta: float | None  # seconds, None while unknown
    phase: str = "downloading"  # "checking" (re-hashing a partial file), "downloading", "verifying"

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    def describe(self) -> str:
        eta = f", {int(self.eta)} s left" if self.eta is not None else ""
        return f"{format_bytes(self.done)} of {format_bytes(self.total)}, {format_bytes(self.speed)}/s{eta}"


ProgressCallback = Callable[[DownloadProgress], None]


class _Meter:
    """Speed over a sliding window, and calls to the callback at most every ``interval`` seconds."""

    def __init__(self, job: "DownloadJob", callback: ProgressCallback | None, interval: float, window: float = 5.0):
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


# --------------------------------------------------------------------- job
@dataclass
class DownloadJob:
    """One file to fetch. Persisted in the queue; holds no URL and no token."""

    repo_id: str
    path: str  # path in the repo
    revision: str  # the commit it was queued at: a resume never mixes two versions of a file
    name: str  # local file name, already checked by local_name_for
    size: int
    sha256: str | None
    blob_id: str | None = None  # git blob id, checked instead when the hub has no sha256
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    group: str = ""  # the parts of a split model share it
    state: str = QUEUED
    error: str = ""
    error_kind: str = ""
    done_bytes: int = 0
    created_at: float = field(default_factory=time.time)

    @property
    def label(self) -> str:
        return f"{self.repo_id}:{self.path}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "DownloadJob":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def for_file(cls, file: HubFile, repo_id: str, revision: str, group: str = "") -> "DownloadJob":
        try:
            name = local_name_for(file.path)
        except ValueError as exc:
            raise DownloadError(str(exc)) from exc
        return cls(repo_id, file.path, revision, name, file.size, file.sha256, file.blob_id, group=group)


# ------------------------------------------------------------------- queue
class DownloadQueue:
    """The persisted list of jobs (``<data>/downloads.json``), safe across threads and processes.

    Every operation re-reads the file under a lock, so the window and a ``hearth models pull`` in
    a terminal see the same queue.
    """

    def __init__(self, path: Path):
        from filelock import FileLock

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._thread_lock = threading.RLock()
        self._file_lock = FileLock(str(self.path) + ".lock")

    def _read(self) -> list[DownloadJob]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("download queue %s is unreadable (%s); starting an empty one", self.path, exc)
            return []
        jobs = []
        for item in data.get("jobs", []) if isinstance(data, dict) else []:
            try:
                jobs.append(DownloadJob.from_dict(item))
            except TypeError:
                log.warning("skipping a malformed entry in the download queue")
        return jobs

    def _write(self, jobs: list[DownloadJob]) -> None:
        atomic_write_text(self.path, json.dumps({"version": 1, "jobs": [j.to_dict() for j in jobs]}, indent=1))

    def _edit(self, change: Callable[[list[DownloadJob]], list[DownloadJob]]) -> list[DownloadJob]:
        with self._thread_lock, self._file_lock:
            jobs = change(self._read())
            self._write(jobs)
            return jobs

    def jobs(self) -> list[DownloadJob]:
        with self._thread_lock, self._file_lock:
            return self._read()

    def get(self, job_id: str) -> DownloadJob | None:
        return next((j for j in self.jobs() if j.id == job_id), None)

    def add(self, new: Iterable[DownloadJob]) -> None:
        new = list(new)
        self._edit(lambda jobs: jobs + new)

    def update(self, job_id: str, **changes) -> DownloadJob | None:
        result: list[DownloadJob] = []

        def change(jobs):
            for index, job in enumerate(jobs):
                if job.id == job_id:
                    jobs[index] = replace(job, **changes)
                    result.append(jobs[index])
            return jobs

        self._edit(change)
        return result[0] if result else None

    def remove(self, job_id: str) -> None:
        self._edit(lambda jobs: [j for j in jobs if j.id != job_id])

    def clear_finished(self) -> None:
        self._edit(lambda jobs: [j for j in jobs if j.state not in (DONE, CANCELLED)])

    def pending(self) -> list[DownloadJob]:
        """Jobs to run, oldest first. ``running`` ones are here too: their process may have died."""
        return [j for j in self.jobs() if j.state in ACTIVE_STATES]


# -------------------------------------------------------------- downloader
class _Verifier:
    """sha256 of the content, or the git blob id when the hub gave no sha256."""

    def __init__(self, job: DownloadJob):
        if job.sha256:
            self.kind, self.expected, self.digest = "sha256", job.sha256.lower(), hashlib.sha256()
        elif job.blob_id:
            self.kind, self.expected, self.digest = "git blob id", job.blob_id.lower(), hashlib.sha1()
            self.digest.update(f"blob {job.size}\0".encode())
        else:
            raise DownloadError(f"{job.name}: the hub gave no checksum for this file; refusing an unverified download")
        self.sha256 = hashlib.sha256() if self.kind != "sha256" else self.digest

    def update(self, data: bytes) -> None:
        self.digest.update(data)
        if self.sha256 is not self.digest:
            self.sha256.update(data)

    def matches(self) -> bool:
        return self.digest.hexdigest() == self.expected


class _Transfer:
    """The partial file, how many bytes it holds, and the digest of exactly those bytes."""

    def __init__(self, part: Path, have: int, verifier: _Verifier):
        self.part, self.have, self.verifier = part, have, verifier

    def add(self, block: bytes) -> None:
        self.verifier.update(block)
        self.have += len(block)

    def restart(self, job: DownloadJob) -> None:
        self.part.unlink(missing_ok=True)
        self.have, self.verifier = 0, _Verifier(job)


def _short(exc: BaseException) -> str:
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


class _SpeedGuard:
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


class Downloader:
    """Moves one job's bytes from the hub into the models folder."""

    def __init__(self, models_dir: Path, client: HubClient | Callable[[], HubClient],
                 options: DownloadOptions | None = None, hash_cache: Path | None = None):
        self.models_dir = Path(models_dir)
        self._client = client
        self.options = options or DownloadOptions()
        self.hash_cache = hash_cache or self.models_dir / ".hashes.json"

    def client(self) -> HubClient:
        return self._client if isinstance(self._client, HubClient) else self._client()

    def part_path(self, job: DownloadJob) -> Path:
        return self.models_dir / (safe_file_name(job.name) + ".part")

    def target_path(self, job: DownloadJob) -> Path:
        return self.models_dir / safe_file_name(job.name)

    # -- checks
    def check_space(self, needed: int, what: str = "the download") -> None:
        """Refuse before writing when the disk cannot hold ``needed`` bytes plus a margin."""
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.models_dir).free
        if free < needed + self.options.space_margin:
            raise NotEnoughSpaceError(
                f"not enough disk space for {what}: it needs {format_bytes(needed)} (+{format_bytes(self.options.space_margin)} "
                f"margin) and {self.models_dir} has {format_bytes(free)} free")

    def already_present(self, job: DownloadJob) -> bool:
        """True when the target exists with the expected content; raises if a different file has the name."""
        target = self.target_path(job)
        if not target.exists():
            return False
        if target.stat().st_size == job.size and job.sha256 and \
                cached_sha256(target, self.hash_cache) == job.sha256.lower():
            return True
        raise DownloadError(f"a different file named {job.name} is already in the library; delete it first")

    # -- the transfer
    def download(self, job: DownloadJob, control: DownloadControl | None = None,
                 progress: ProgressCallback | None = None) -> Path:
        """Fetch ``job`` into the models folder, resuming any partial file. Returns the final path.

        Raises DownloadStopped when paused/cancelled (a cancel deletes the partial file),
        HubAuthError on 401/403, NotEnoughSpaceError, ChecksumMismatchError, DownloadError.
        """
        from filelock import FileLock, Timeout

        control = control or DownloadControl()
        if self.already_present(job):
            return self.target_path(job)
        lock_dir = self.models_dir / LOCK_DIR_NAME
        lock_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_dir / (safe_file_name(job.name) + ".lock")))
        try:
            lock.acquire(timeout=0)
        except Timeout as exc:
            raise DownloadBusyError(f"{job.name} is being downloaded by another Hearth process") from exc
        try:
            return self._download_locked(job, control, progress)
        except DownloadStopped as stop:
            if stop.reason == CANCELLED:
                self.part_path(job).unlink(missing_ok=True)
            raise
        finally:
            lock.release()

    def _download_locked(self, job: DownloadJob, control: DownloadControl, progress: ProgressCallback | None) -> Path:
        part = self.part_path(job)
        meter = _Meter(job, progress, self.options.progress_interval)
        have = part.stat().st_size if part.exists() else 0
        if have > job.size:
            log.warning("%s: partial file is larger than the file; starting over", job.name)
            part.unlink()
            have = 0
        self.check_space(job.size - have, job.name)
        state = _Transfer(part, have, self._rehash(part, job, have, control, meter))
        self._transfer(job, state, control, meter)
        meter.update(job.size, "verifying", force=True)
        verifier = state.verifier
        if not verifier.matches():
            part.unlink(missing_ok=True)
            raise ChecksumMismatchError(
                f"{job.name} did not match the hub's {verifier.kind} (got {verifier.digest.hexdigest()[:12]}..., "
                f"expected {verifier.expected[:12]}...); the damaged file was deleted, download it again")
        target = self.target_path(job)
        os.replace(part, target)
        remember_sha256(target, verifier.sha256.hexdigest(), self.hash_cache)
        log.info("downloaded %s (%s) from %s@%s", job.name, format_bytes(job.size), job.repo_id, job.revision[:12])
        return target

    def _rehash(self, part: Path, job: DownloadJob, have: int, control: DownloadControl, meter: _Meter) -> _Verifier:
        """Hash the bytes a previous attempt left, so the digest covers the whole file at the end."""
        verifier = _Verifier(job)
        if have == 0:
            return verifier
        done = 0
        with part.open("rb") as handle:
            while done < have:
                control.check()
                block = handle.read(min(_HASH_CHUNK, have - done))
                if not block:
                    break
                verifier.update(block)
                done += len(block)
                meter.update(done, "checking")
        log.info("%s: resuming at %s of %s", job.name, format_bytes(have), format_bytes(job.size))
        return verifier

    def _transfer(self, job: DownloadJob, state: "_Transfer", control: DownloadControl, meter: _Meter) -> None:
        failures, waited = 0, 0.0
        state.part.touch()
        while state.have < job.size:
            control.check()
            before = state.have
            try:
                self._attempt(job, state, control, meter)
                if state.have < job.size:
                    raise _Transient("the connection closed early")
            except _Transient as exc:
                progressed = state.have > before
                failures = 0 if progressed else failures + 1
                waited = 0.0 if progressed else waited  # the budget bounds waits that bring nothing
                if failures > self.options.retries:
                    raise DownloadError(f"{job.name}: giving up after {self.options.retries} retries ({exc}); "
                                        "run the download again to resume") from exc
                wait = self._retry_wait(exc, failures)
                if waited + wait > self.options.wait_budget:
                    raise DownloadError(f"{job.name}: the server kept failing ({exc}) for longer than Hearth waits "
                                        f"({int(self.options.wait_budget)} s in all); run the download again to "
                                        "resume") from exc
                waited += wait
                log.info("%s: %s; retrying in %.1f s (%s so far)", job.name, _short(exc), wait,
                         format_bytes(state.have))
                control.sleep(wait)

    def _retry_wait(self, exc: _Transient, failures: int) -> float:
        """The server's Retry-After when it gives one (capped: 100000 s must not mean a day), else backoff."""
        if exc.retry_after is not None:
            return min(max(0.0, exc.retry_after), self.options.max_retry_after)
        return min(self.options.max_backoff, self.options.backoff * 2 ** max(0, failures - 1))

    def _attempt(self, job: DownloadJob, state: "_Transfer", control: DownloadControl, meter: _Meter) -> None:
        """One HTTP request for the rest of the file; ``state`` always matches what is on disk."""
        from huggingface_hub.utils import get_session, httpx

        client = self.client()
        headers = client.auth_headers()
        headers["Accept-Encoding"] = "identity"  # byte ranges must address the file itself
        if state.have:
            headers["Range"] = f"bytes={state.have}-"
        timeout = httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout)
        url = client.file_url(job.repo_id, job.path, job.revision)
        try:
            with get_session().stream("GET", url, headers=headers, timeout=timeout, follow_redirects=True) as response:
                self._check_status(response, job, client)
                if state.have and response.status_code == 200:
                    log.warning("%s: the server ignored the range request; starting over", job.name)
                    state.restart(job)
                elif state.have and response.status_code == 206:
                    self._check_range(response, job, state.have)
                self._receive(response, job, state, control, meter)
        except DownloadStopped:
            raise
        except httpx.UnsupportedProtocol as exc:  # a redirect to file://, ftp://...: never retried
            raise DownloadError(f"{job.label}: the server redirected to an address that is not HTTP(S); "
                                "refused") from exc
        except httpx.TransportError as exc:
            raise _Transient(f"{exc.__class__.__name__}: {exc or 'connection lost'}") from exc
        except httpx.HTTPError as exc:  # too many redirects, an invalid URL: retrying will not help
            raise DownloadError(f"{job.label}: {exc.__class__.__name__}: {_short(exc)}") from exc
        except OSError as exc:
            raise DownloadError(f"cannot write {state.part}: {exc.strerror or exc}") from exc
        meter.update(state.have, force=state.have >= job.size)

    def _receive(self, response, job: DownloadJob, state: "_Transfer", control: DownloadControl,
                 meter: _Meter) -> None:
        """Append the body to the partial file: never past the file's size, never slower than allowed."""
        guard = _SpeedGuard(self.options.min_speed, self.options.low_speed_window)
        with state.part.open("ab") as out:
            out.truncate(state.have)  # never keep bytes the digest has not seen
            try:
                for block in response.iter_bytes():
                    control.check()
                    room = job.size - state.have
                    if len(block) > room:  # no or a wrong Content-Length: the checksum judges what we kept
                        log.warning("%s: the server sent more than the file's %s; stopped there", job.name,
                                    format_bytes(job.size))
                        block = block[:room]
                    out.write(block)
                    state.add(block)
                    meter.update(state.have)
                    if state.have >= job.size:
                        break
                    if not guard.add(len(block)):
                        raise TooSlowError(
                            f"{job.name}: the server sent less than {format_bytes(self.options.min_speed)}/s for "
                            f"{int(self.options.low_speed_window)} s; stopped with {format_bytes(state.have)} kept, "
                            "run the download again to resume")
            finally:
                out.flush()
                os.fsync(out.fileno())

    @staticmethod
    def _check_status(response, job: DownloadJob, client: HubClient) -> None:
        status = response.status_code
        if status < 400:
            return
        if status in _RETRY_STATUS:
            raise _Transient(f"the server answered {status}", parse_retry_after(response.headers.get("Retry-After")))
        if status in (401, 403):
            raise client.auth_error(job.repo_id)
        if status == 404:
            raise DownloadError(f"{job.label} is no longer on the hub (404)")
        if status == 416:
            raise DownloadError(f"{job.name}: the server refused the resume range; cancel and download again")
        raise DownloadError(f"{job.label}: the server answered {status}")

    @staticmethod
    def _check_range(response, job: DownloadJob, have: int) -> None:
        content_range = response.headers.get("Content-Range", "")
        try:
            unit, _, rest = content_range.partition(" ")
            span, _, total = rest.partition("/")
            start = int(span.split("-")[0])
        except ValueError as exc:
            raise _Transient(f"unreadable Content-Range {content_range!r}") from exc
        if unit != "bytes" or start != have:
            raise _Transient(f"the server resumed at the wrong place ({content_range!r})")
        if total not in ("*", str(job.size)):
            raise DownloadError(f"{job.name} changed on the hub while downloading; cancel and download again")


# ------------------------------------------------------------------ manager
class DownloadManager:
    """The queue and the downloader together: what the CLI and the window's worker use.

    ``enqueue`` is local and quick (sizes and hashes come from the repo listing); ``run`` does the
    transfers and may be called from a worker thread while ``pause``/``cancel`` come from another.
    """

    def __init__(self, models_dir: Path, data_dir: Path, client: HubClient | Callable[[], HubClient],
                 options: DownloadOptions | None = None):
        self.models_dir = Path(models_dir)
        self.queue = DownloadQueue(Path(data_dir) / QUEUE_FILE_NAME)
        self.downloader = Downloader(self.models_dir, client, options)
        self._controls: dict[str, DownloadControl] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_paths(cls, paths, client, options: DownloadOptions | None = None) -> "DownloadManager":
        return cls(paths.models_dir, paths.data_dir, client, options)

    # -- queueing
    def enqueue(self, listing: RepoListing, file: GGUFFile) -> list[DownloadJob]:
        """Queue a model (every part of a split one). Reuses a matching queued job, so running the
        same pull again resumes instead of starting over. Refuses when the disk is too small."""
        group = uuid.uuid4().hex[:8] if file.is_split else ""
        wanted = [DownloadJob.for_file(part, listing.repo_id, listing.revision, group) for part in file.parts]
        existing = {j.name: j for j in self.queue.jobs() if j.state not in (DONE, CANCELLED)}
        jobs, new = [], []
        for job in wanted:
            old = existing.get(job.name)
            if old and old.sha256 == job.sha256 and old.size == job.size:
                jobs.append(self.queue.update(old.id, state=QUEUED, error="", error_kind="") or old)
                continue
            if old:  # same name, other content (a newer commit): its partial bytes are useless
                self._discard(old)
            else:
                self._drop_orphan_part(job)
            jobs.append(job)
            new.append(job)
        remaining = sum(j.size - self._partial_size(j) for j in jobs if not self.downloader.target_path(j).exists())
        try:
            self.downloader.check_space(remaining, file.label)
        except NotEnoughSpaceError:
            for job in new:
                self.downloader.part_path(job).unlink(missing_ok=True)
            raise
        self.queue.add(new)
        return jobs

    def _partial_size(self, job: DownloadJob) -> int:
        part = self.downloader.part_path(job)
        return part.stat().st_size if part.exists() else 0

    def _drop_orphan_part(self, job: DownloadJob) -> None:
        """A .part no queue entry vouches for may hold another file's bytes: never resume it."""
        part = self.downloader.part_path(job)
        if part.exists():
            log.info("%s: removing a partial file of unknown origin", part.name)
            part.unlink()

    def _discard(self, job: DownloadJob) -> None:
        self.downloader.part_path(job).unlink(missing_ok=True)
        self.queue.update(job.id, state=CANCELLED)

    # -- running
    def pending(self) -> list[DownloadJob]:
        return self.queue.pending()

    def run(self, job: DownloadJob, progress: ProgressCallback | None = None) -> Path:
        """Transfer one job, keeping its state in the queue. Raises what Downloader.download raises."""
        control = DownloadControl()
        with self._lock:
            self._controls[job.id] = control
        self.queue.update(job.id, state=RUNNING, error="", error_kind="")
        try:
            path = self.downloader.download(job, control, progress)
        except DownloadStopped as stop:
            self.queue.update(job.id, state=stop.reason, done_bytes=self._partial_size(job))
            if stop.reason == CANCELLED:
                self._cancel_siblings(job)
            raise
        except KeyboardInterrupt:
            self.queue.update(job.id, state=PAUSED, done_bytes=self._partial_size(job))
            raise
        except (HubError, DownloadError) as exc:
            kind = "auth" if isinstance(exc, HubAuthError) else getattr(exc, "kind", "other")
            self.queue.update(job.id, state=FAILED, error=str(exc), error_kind=kind,
                              done_bytes=self._partial_size(job))
            raise
        finally:
            with self._lock:
                self._controls.pop(job.id, None)
        self.queue.update(job.id, state=DONE, done_bytes=job.size, error="", error_kind="")
        self._record_source(job, path)
        return path

    def run_pending(self, progress: ProgressCallback | None = None,
                    on_error: Callable[[DownloadJob, Exception], None] | None = None) -> list[Path]:
        """Run every queued job in order; failures go to ``on_error`` (default: re-raise)."""
        done = []
        while True:
            job = next(iter(self.pending()), None)
            if job is None:
                return done
            try:
                done.append(self.run(job, progress))
            except DownloadStopped:
                continue
            except (HubError, DownloadError) as exc:
                if on_error is None:
                    raise
                on_error(job, exc)

    # -- control from other threads
    def active_ids(self) -> list[str]:
        """The jobs transferring right now in this process."""
        with self._lock:
            return list(self._controls)

    def pause(self, job_id: str) -> None:
        with self._lock:
            control = self._controls.get(job_id)
        if control:
            control.pause()
        else:
            self.queue.update(job_id, state=PAUSED)

    def resume(self, job_id: str) -> DownloadJob | None:
        return self.queue.update(job_id, state=QUEUED, error="", error_kind="")

    def cancel(self, job_id: str) -> None:
        with self._lock:
            control = self._controls.get(job_id)
        if control:
            control.cancel()  # the worker deletes the partial file and marks the job
            return
        job = self.queue.get(job_id)
        if job:
            self._discard(job)
            self._cancel_siblings(job)

    def _cancel_siblings(self, job: DownloadJob) -> None:
        if not job.group:
            return
        for other in self.queue.jobs():
            if other.group == job.group and other.id != job.id and other.state not in (DONE, CANCELLED):
                self._discard(other)

    def _record_source(self, job: DownloadJob, path: Path) -> None:
        from .library import record_source

        try:
            record_source(self.models_dir, path.name, job.repo_id, job.path, job.revision, job.sha256)
        except OSError as exc:
            log.warning("could not record where %s came from: %s", path.name, exc)
