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

The parts: the queue and its jobs (``queue``), errors (``errors``), control, options and progress
(``control``), one file's transfer (``transfer``); :class:`DownloadManager` here runs the queue.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from ..hub import GGUFFile, HubAuthError, HubClient, HubError, RepoListing
from .control import (  # noqa: F401 (re-exported)
    SPACE_MARGIN,
    DownloadControl,
    DownloadOptions,
    parse_retry_after,
)
from .errors import (  # noqa: F401 (re-exported)
    ChecksumMismatchError,
    DownloadBusyError,
    DownloadError,
    DownloadStopped,
    NotEnoughSpaceError,
    TooSlowError,
)
from .queue import (  # noqa: F401 (re-exported)
    ACTIVE_STATES,
    CANCELLED,
    DONE,
    FAILED,
    PAUSED,
    QUEUE_FILE_NAME,
    QUEUED,
    RUNNING,
    DownloadJob,
    DownloadProgress,
    DownloadQueue,
    ProgressCallback,
)
from .transfer import LOCK_DIR_NAME, Downloader  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ manager
class DownloadManager:
    """The queue and the downloader together: what the CLI and the window's worker use.

    ``enqueue`` is local and quick (sizes and hashes come from the repo listing); ``run`` does the
    transfers and may be called from a worker thread while ``pause``/``cancel`` come from another.
    """

    def __init__(
        self,
        models_dir: Path,
        data_dir: Path,
        client: HubClient | Callable[[], HubClient],
        options: DownloadOptions | None = None,
    ):
        self.models_dir = Path(models_dir)
        self.queue = DownloadQueue(Path(data_dir) / QUEUE_FILE_NAME)
        self.downloader = Downloader(self.models_dir, client, options)
        self._controls: dict[str, DownloadControl] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_paths(cls, paths, client, options: DownloadOptions | None = None) -> DownloadManager:
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
            self.queue.update(job.id, state=FAILED, error=str(exc), error_kind=kind, done_bytes=self._partial_size(job))
            raise
        finally:
            with self._lock:
                self._controls.pop(job.id, None)
        self.queue.update(job.id, state=DONE, done_bytes=job.size, error="", error_kind="")
        self._record_source(job, path)
        return path

    def run_pending(
        self, progress: ProgressCallback | None = None, on_error: Callable[[DownloadJob, Exception], None] | None = None
    ) -> list[Path]:
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
        from ..library import record_source

        try:
            record_source(self.models_dir, path.name, job.repo_id, job.path, job.revision, job.sha256)
        except OSError as exc:
            log.warning("could not record where %s came from: %s", path.name, exc)
