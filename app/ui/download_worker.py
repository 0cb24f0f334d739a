"""Background work for the model manager: downloads, and hub/library tasks, off the GUI thread.

Two workers, each in its own ``QThread`` (QObject + ``moveToThread``), reached only by queued
signals; they never touch widgets or SQLite:

* :class:`DownloadWorker` runs the download queue (:class:`~app.core.models.downloads.DownloadManager`)
  job after job. Pause and cancel cannot wait in the signal queue behind a running transfer, so
  they go straight to the manager, which flips a ``threading.Event`` the transfer checks
  between blocks.
* :class:`TaskWorker` runs short jobs given as callables: hub search, repo listing, hashing a
  model, copying an import. A slow hub never freezes the window, nor does a long download block
  a search.

:class:`DownloadService` is their main-thread owner: it creates and joins the threads, re-emits
the workers' signals from the main thread, and is what the dialog (and the main window) use.
It outlives the dialog, so downloads continue while the model manager is closed.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.base.paths import AppPaths
from ..core.models.downloads import (
    QUEUED,
    RUNNING,
    DownloadError,
    DownloadJob,
    DownloadManager,
    DownloadOptions,
    DownloadStopped,
)
from ..core.models.hub import GGUFFile, HubAuthError, HubClient, HubError, RepoListing

log = logging.getLogger(__name__)


class DownloadWorker(QObject):
    """Lives in the download thread; ``run_queue`` is invoked by a queued signal."""

    progress = Signal(object)  # DownloadProgress
    job_changed = Signal(str, str)  # job id, new state
    job_finished = Signal(str, str)  # job id, final path
    job_failed = Signal(str, str, str)  # job id, message for the user, kind: auth/space/checksum/busy/other
    idle = Signal()

    def __init__(self, manager: DownloadManager, closing: threading.Event):
        super().__init__()
        self._manager = manager
        self._closing = closing

    @Slot()
    def run_queue(self) -> None:
        while not self._closing.is_set():
            job = next(iter(self._manager.pending()), None)
            if job is None:
                break
            self._run(job)
        self.idle.emit()

    def _run(self, job: DownloadJob) -> None:
        self.job_changed.emit(job.id, RUNNING)
        try:
            path = self._manager.run(job, progress=self.progress.emit)
        except DownloadStopped as stop:
            self.job_changed.emit(job.id, stop.reason)
        except HubAuthError as exc:
            self.job_failed.emit(job.id, str(exc), "auth")
        except (HubError, DownloadError) as exc:
            self.job_failed.emit(job.id, str(exc), getattr(exc, "kind", "other"))
        except Exception as exc:  # noqa: BLE001 - report anything; never kill the thread
            log.exception("download of %s failed unexpectedly", job.name)
            self._manager.queue.update(job.id, state="failed", error=str(exc), error_kind="other")
            self.job_failed.emit(job.id, f"{job.name}: unexpected error ({exc.__class__.__name__}: {exc})", "other")
        else:
            self.job_finished.emit(job.id, str(path))


class TaskWorker(QObject):
    """Lives in the task thread; runs ``fn(report)`` where ``report(done, total)`` shows progress."""

    done = Signal(str, object)  # task id, result
    failed = Signal(str, object)  # task id, exception
    progress = Signal(str, object, object)  # task id, done, total (objects: sizes pass 2 GiB)

    @Slot(str, object)
    def run(self, task_id: str, fn: Callable) -> None:
        try:
            result = fn(lambda done, total: self.progress.emit(task_id, done, total))
        except Exception as exc:  # noqa: BLE001 - the dialog explains it
            if not isinstance(exc, (HubError, DownloadError, OSError, ValueError)):
                log.exception("background task %s failed", task_id)
            self.failed.emit(task_id, exc)
        else:
            self.done.emit(task_id, result)


class DownloadService(QObject):
    """Owns the download and task threads. Create one per app; call :meth:`shutdown` on quit."""

    # Relays, emitted on the main thread.
    progress = Signal(object)
    job_changed = Signal(str, str)
    job_finished = Signal(str, str)
    job_failed = Signal(str, str, str)
    idle = Signal()
    task_done = Signal(str, object)
    task_failed = Signal(str, object)
    task_progress = Signal(str, object, object)
    library_changed = Signal()  # a download finished: model pickers should re-read the library

    # Requests to the workers (queued across threads).
    _kick = Signal()
    _run_task = Signal(str, object)

    def __init__(
        self,
        paths: AppPaths,
        token_provider: Callable[[], str | None],
        endpoint: str | None = None,
        options: DownloadOptions | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.paths = paths
        self.endpoint = endpoint
        self._token_provider = token_provider
        self.manager = DownloadManager.for_paths(paths, self.client, options)
        self._closing = threading.Event()
        self._task_ids = itertools.count(1)
        self._threads: list[QThread] = []
        self._download_worker = DownloadWorker(self.manager, self._closing)
        self._task_worker = TaskWorker()
        self._start(self._download_worker, "hearth-downloads")
        self._start(self._task_worker, "hearth-hub-tasks")
        self._connect_signals()
        self._running = True

    def _start(self, worker: QObject, name: str) -> None:
        thread = QThread()
        thread.setObjectName(name)
        worker.moveToThread(thread)
        thread.start()
        self._threads.append(thread)

    def _connect_signals(self) -> None:
        d, t = self._download_worker, self._task_worker
        for thread, worker in zip(self._threads, (d, t), strict=True):  # the order _start made them in
            thread.finished.connect(worker.deleteLater)
        self._kick.connect(d.run_queue)
        self._run_task.connect(t.run)
        d.progress.connect(self.progress)
        d.job_changed.connect(self.job_changed)
        d.job_failed.connect(self.job_failed)
        d.idle.connect(self.idle)
        d.job_finished.connect(self._on_finished)
        t.done.connect(self.task_done)
        t.failed.connect(self.task_failed)
        t.progress.connect(self.task_progress)

    @Slot(str, str)
    def _on_finished(self, job_id: str, path: str) -> None:
        self.job_finished.emit(job_id, path)
        self.library_changed.emit()

    # -- hub access (any thread)
    def client(self) -> HubClient:
        """A hub client with the token as stored right now (so a token entered mid-way counts)."""
        return HubClient(token=self._token_provider(), endpoint=self.endpoint)

    # -- downloads
    def download(self, listing: RepoListing, file: GGUFFile) -> list[DownloadJob]:
        """Queue a model and start the queue. Raises NotEnoughSpaceError / DownloadError at once."""
        jobs = self.manager.enqueue(listing, file)
        self._kick.emit()
        return jobs

    def jobs(self) -> list[DownloadJob]:
        return self.manager.queue.jobs()

    def start_pending(self) -> None:
        """Resume what a previous run left in the queue (call once at startup)."""
        if self.manager.pending():
            self._kick.emit()

    def pause(self, job_id: str) -> None:
        self.manager.pause(job_id)
        self.job_changed.emit(job_id, "paused")

    def resume(self, job_id: str) -> None:
        self.manager.resume(job_id)
        self.job_changed.emit(job_id, QUEUED)
        self._kick.emit()

    def cancel(self, job_id: str) -> None:
        self.manager.cancel(job_id)
        self.job_changed.emit(job_id, "cancelled")

    def clear_finished(self) -> None:
        self.manager.queue.clear_finished()

    # -- tasks
    def run_task(self, fn: Callable) -> str:
        """Run ``fn(report)`` in the task thread; the answer comes as task_done/task_failed(id, ...)."""
        task_id = f"task-{next(self._task_ids)}"
        self._run_task.emit(task_id, fn)
        return task_id

    # -- shutdown
    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Stop transfers (their partial files stay and resume at the next start) and join the threads."""
        if not self._running:
            return
        self._running = False
        self._closing.set()
        active = self.manager.active_ids()
        for job_id in active:
            self.manager.pause(job_id)
        for thread in self._threads:
            thread.quit()
            if not thread.wait(timeout_ms):
                log.error("thread %s did not stop in time", thread.objectName())
        for job_id in active:  # interrupted by quitting, not by the user: resume next time
            self.manager.resume(job_id)
