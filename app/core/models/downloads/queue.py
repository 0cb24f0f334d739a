"""The download queue: jobs and their states in a small JSON file in the data dir, so a restart (or a
killed ``hearth models pull``) resumes where it stopped; and the progress a job reports."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from ...base.fileutil import atomic_write_text
from ...base.system import format_bytes
from ..hub import HubFile, local_name_for
from .errors import (
    DownloadError,
)

log = logging.getLogger(__name__)

QUEUE_FILE_NAME = "downloads.json"


QUEUED, RUNNING, PAUSED, DONE, FAILED, CANCELLED = "queued", "running", "paused", "done", "failed", "cancelled"


ACTIVE_STATES = frozenset({QUEUED, RUNNING})


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
    def from_dict(cls, data: dict) -> DownloadJob:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def for_file(cls, file: HubFile, repo_id: str, revision: str, group: str = "") -> DownloadJob:
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
