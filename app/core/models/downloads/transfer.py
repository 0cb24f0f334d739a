"""One file's transfer: streamed into ``<name>.part`` and hashed as written, resumed with a ``Range``
request after re-hashing what is there, retried with backoff on transient failures, and renamed into
place only when the sha256 matches."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from ...base.fileutil import safe_file_name
from ...base.hashing import cached_sha256, remember_sha256
from ...base.system import format_bytes
from ..hub import HubClient
from .control import (
    DownloadControl,
    DownloadOptions,
    Meter,
    SpeedGuard,
    parse_retry_after,
    short_error,
)
from .errors import (
    ChecksumMismatchError,
    DownloadBusyError,
    DownloadError,
    DownloadStopped,
    NotEnoughSpaceError,
    TooSlowError,
    Transient,
)
from .queue import (
    CANCELLED,
    DownloadJob,
    ProgressCallback,
)

log = logging.getLogger(__name__)

LOCK_DIR_NAME = ".locks"


_HASH_CHUNK = 4 * 1024 * 1024


_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


# -------------------------------------------------------------- downloader
class Verifier:
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


class TransferState:
    """The partial file, how many bytes it holds, and the digest of exactly those bytes."""

    def __init__(self, part: Path, have: int, verifier: Verifier):
        self.part, self.have, self.verifier = part, have, verifier

    def add(self, block: bytes) -> None:
        self.verifier.update(block)
        self.have += len(block)

    def restart(self, job: DownloadJob) -> None:
        self.part.unlink(missing_ok=True)
        self.have, self.verifier = 0, Verifier(job)


class Downloader:
    """Moves one job's bytes from the hub into the models folder."""

    def __init__(
        self,
        models_dir: Path,
        client: HubClient | Callable[[], HubClient],
        options: DownloadOptions | None = None,
        hash_cache: Path | None = None,
    ):
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
                f"margin) and {self.models_dir} has {format_bytes(free)} free"
            )

    def already_present(self, job: DownloadJob) -> bool:
        """True when the target exists with the expected content; raises if a different file has the name."""
        target = self.target_path(job)
        if not target.exists():
            return False
        if (
            target.stat().st_size == job.size
            and job.sha256
            and cached_sha256(target, self.hash_cache) == job.sha256.lower()
        ):
            return True
        raise DownloadError(f"a different file named {job.name} is already in the library; delete it first")

    # -- the transfer
    def download(
        self, job: DownloadJob, control: DownloadControl | None = None, progress: ProgressCallback | None = None
    ) -> Path:
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
        meter = Meter(job, progress, self.options.progress_interval)
        have = part.stat().st_size if part.exists() else 0
        if have > job.size:
            log.warning("%s: partial file is larger than the file; starting over", job.name)
            part.unlink()
            have = 0
        self.check_space(job.size - have, job.name)
        state = TransferState(part, have, self._rehash(part, job, have, control, meter))
        self._transfer(job, state, control, meter)
        meter.update(job.size, "verifying", force=True)
        verifier = state.verifier
        if not verifier.matches():
            part.unlink(missing_ok=True)
            raise ChecksumMismatchError(
                f"{job.name} did not match the hub's {verifier.kind} (got {verifier.digest.hexdigest()[:12]}..., "
                f"expected {verifier.expected[:12]}...); the damaged file was deleted, download it again"
            )
        target = self.target_path(job)
        os.replace(part, target)
        remember_sha256(target, verifier.sha256.hexdigest(), self.hash_cache)
        log.info("downloaded %s (%s) from %s@%s", job.name, format_bytes(job.size), job.repo_id, job.revision[:12])
        return target

    def _rehash(self, part: Path, job: DownloadJob, have: int, control: DownloadControl, meter: Meter) -> Verifier:
        """Hash the bytes a previous attempt left, so the digest covers the whole file at the end."""
        verifier = Verifier(job)
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

    def _transfer(self, job: DownloadJob, state: TransferState, control: DownloadControl, meter: Meter) -> None:
        failures, waited = 0, 0.0
        state.part.touch()
        while state.have < job.size:
            control.check()
            before = state.have
            try:
                self._attempt(job, state, control, meter)
                if state.have < job.size:
                    raise Transient("the connection closed early")
            except Transient as exc:
                progressed = state.have > before
                failures = 0 if progressed else failures + 1
                waited = 0.0 if progressed else waited  # the budget bounds waits that bring nothing
                if failures > self.options.retries:
                    raise DownloadError(
                        f"{job.name}: giving up after {self.options.retries} retries ({exc}); "
                        "run the download again to resume"
                    ) from exc
                wait = self._retry_wait(exc, failures)
                if waited + wait > self.options.wait_budget:
                    raise DownloadError(
                        f"{job.name}: the server kept failing ({exc}) for longer than Hearth waits "
                        f"({int(self.options.wait_budget)} s in all); run the download again to "
                        "resume"
                    ) from exc
                waited += wait
                log.info(
                    "%s: %s; retrying in %.1f s (%s so far)", job.name, short_error(exc), wait, format_bytes(state.have)
                )
                control.sleep(wait)

    def _retry_wait(self, exc: Transient, failures: int) -> float:
        """The server's Retry-After when it gives one (capped: 100000 s must not mean a day), else backoff."""
        if exc.retry_after is not None:
            return min(max(0.0, exc.retry_after), self.options.max_retry_after)
        return min(self.options.max_backoff, self.options.backoff * 2 ** max(0, failures - 1))

    def _attempt(self, job: DownloadJob, state: TransferState, control: DownloadControl, meter: Meter) -> None:
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
            raise DownloadError(
                f"{job.label}: the server redirected to an address that is not HTTP(S); refused"
            ) from exc
        except httpx.TransportError as exc:
            raise Transient(f"{exc.__class__.__name__}: {exc or 'connection lost'}") from exc
        except httpx.HTTPError as exc:  # too many redirects, an invalid URL: retrying will not help
            raise DownloadError(f"{job.label}: {exc.__class__.__name__}: {short_error(exc)}") from exc
        except OSError as exc:
            raise DownloadError(f"cannot write {state.part}: {exc.strerror or exc}") from exc
        meter.update(state.have, force=state.have >= job.size)

    def _receive(
        self, response, job: DownloadJob, state: TransferState, control: DownloadControl, meter: Meter
    ) -> None:
        """Append the body to the partial file: never past the file's size, never slower than allowed."""
        guard = SpeedGuard(self.options.min_speed, self.options.low_speed_window)
        with state.part.open("ab") as out:
            out.truncate(state.have)  # never keep bytes the digest has not seen
            try:
                for block in response.iter_bytes():
                    control.check()
                    room = job.size - state.have
                    if len(block) > room:  # no or a wrong Content-Length: the checksum judges what we kept
                        log.warning(
                            "%s: the server sent more than the file's %s; stopped there",
                            job.name,
                            format_bytes(job.size),
                        )
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
                            "run the download again to resume"
                        )
            finally:
                out.flush()
                os.fsync(out.fileno())

    @staticmethod
    def _check_status(response, job: DownloadJob, client: HubClient) -> None:
        status = response.status_code
        if status < 400:
            return
        if status in _RETRY_STATUS:
            raise Transient(f"the server answered {status}", parse_retry_after(response.headers.get("Retry-After")))
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
            raise Transient(f"unreadable Content-Range {content_range!r}") from exc
        if unit != "bytes" or start != have:
            raise Transient(f"the server resumed at the wrong place ({content_range!r})")
        if total not in ("*", str(job.size)):
            raise DownloadError(f"{job.name} changed on the hub while downloading; cancel and download again")
