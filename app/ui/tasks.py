"""Slow work the window hands to a background thread, with progress: importing model files.

There is one way a model file enters the library from the window, whatever started it (a file
dropped on the window, Models → Import a model file, a ``.gguf`` opened from the file manager, or
the model manager's Import button): :class:`ModelImport`, which copies (or links) in the
:class:`~app.ui.download_worker.DownloadService`'s task thread. Copying and hashing a 5 GB model
takes a minute; doing it on the GUI thread froze the window, and pumping events from inside the
copy (``processEvents``) let a second drop start a second import in the middle of the first.

The GUI thread only shows a progress dialog (or a status line) and the outcome; a cancel sets an
event that the copy checks between blocks, and the library removes what was half copied.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from .. import APP_NAME
from ..core.models.library import LibraryError, LocalModel, ModelLibrary

if TYPE_CHECKING:  # imported when first used: it pulls in the hub client, which start-up does not need
    from .download_worker import DownloadService

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000
_RUNNING: set[ModelImport] = set()  # imports in flight keep a Python reference until they end


class ImportCancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


@dataclass
class ImportOutcome:
    imported: list[LocalModel] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one readable line per file that did not come in


def gguf_files(paths: Iterable[str | Path]) -> list[Path]:
    return [Path(p) for p in paths if str(p).lower().endswith(".gguf")]


def import_work(
    library: ModelLibrary, files: list[Path], mode: str, cancelled: threading.Event
) -> Callable[[Callable[[int, int], None]], ImportOutcome]:
    """The import as a task for the task thread: ``work(report)`` -> ImportOutcome. Never raises
    for a bad file; each failure becomes a line, and a cancel stops after removing the partial copy."""

    def work(report: Callable[[int, int], None]) -> ImportOutcome:
        outcome = ImportOutcome()
        for index, path in enumerate(files):

            def progress(done: int, total: int, index=index) -> None:
                if cancelled.is_set():
                    raise ImportCancelled()
                report(
                    index * PROGRESS_STEPS + (PROGRESS_STEPS * done // total if total else 0),
                    len(files) * PROGRESS_STEPS,
                )

            try:
                progress(0, 0)
                outcome.imported.append(library.import_file(path, mode, progress))
            except ImportCancelled:
                outcome.failures.append(
                    QCoreApplication.translate("ModelImport", "%1: cancelled").replace("%1", path.name)
                )
                break
            except LibraryError as exc:
                outcome.failures.append(str(exc))
            except OSError as exc:
                outcome.failures.append(f"{path.name}: {exc.strerror or exc}")
        return outcome

    return work


class ModelImport(QObject):
    """One import in the service's task thread. Shows a window-modal progress dialog (with Cancel)
    when ``parent_widget`` is given, else progress in ``status``; emits ``finished(ImportOutcome)``."""

    finished = Signal(object)

    def __init__(
        self,
        service: DownloadService,
        library: ModelLibrary,
        files: list[Path],
        mode: str,
        parent_widget: QWidget | None = None,
        status: QLabel | None = None,
    ):
        super().__init__(parent_widget)
        self._service, self._library, self._files, self._mode = service, library, files, mode
        self._parent_widget, self._status = parent_widget, status
        self._cancelled = threading.Event()
        self._task_id: str | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.outcome: ImportOutcome | None = None

    def start(self) -> ModelImport:
        service = self._service
        self._connect_service()
        if self._status is None:
            dialog = QProgressDialog(
                self.tr("Adding %1 to the library...").replace("%1", self._files[0].name),
                self.tr("Cancel"),
                0,
                len(self._files) * PROGRESS_STEPS,
                self._parent_widget,
            )
            dialog.setWindowTitle(self.tr("Import model"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no second drop while this one runs
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self.progress_dialog = dialog
            self._connect_dialog(dialog)
        else:
            self._status.setText(self.tr("Importing..."))
        _RUNNING.add(self)
        self._task_id = service.run_task(import_work(self._library, self._files, self._mode, self._cancelled))
        return self

    def _connect_service(self) -> None:
        """While this import runs it follows the service's task signals (``_end`` disconnects them)."""
        self._service.task_done.connect(self._on_done)
        self._service.task_failed.connect(self._on_failed)
        self._service.task_progress.connect(self._on_progress)

    def _connect_dialog(self, dialog: QProgressDialog) -> None:
        dialog.canceled.connect(self.cancel)

    @Slot()
    def cancel(self) -> None:
        self._cancelled.set()

    @Slot(str, object, object)
    def _on_progress(self, task_id: str, done, total) -> None:
        if task_id != self._task_id or not total:
            return
        if self.progress_dialog is not None:
            self.progress_dialog.setValue(int(done))
        elif self._status is not None:
            self._status.setText(self.tr("Importing... %1%").replace("%1", str(100 * int(done) // int(total))))

    @Slot(str, object)
    def _on_done(self, task_id: str, outcome) -> None:
        if task_id == self._task_id:
            self._end(outcome)

    @Slot(str, object)
    def _on_failed(self, task_id: str, exc) -> None:
        if task_id == self._task_id:  # import_work catches what a file can cause; this is the rest
            log.error("model import failed: %s", exc.__class__.__name__)
            self._end(ImportOutcome(failures=[self.tr("The import stopped: %1").replace("%1", str(exc))]))

    def _end(self, outcome: ImportOutcome) -> None:
        service = self._service
        service.task_done.disconnect(self._on_done)
        service.task_failed.disconnect(self._on_failed)
        service.task_progress.disconnect(self._on_progress)
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.outcome = outcome
        _RUNNING.discard(self)
        self.finished.emit(outcome)


def start_model_import(
    paths: Iterable[str | Path],
    library: ModelLibrary,
    service: DownloadService,
    parent_widget: QWidget | None,
    choose_mode: Callable[[QWidget | None, list[Path]], str | None],
    on_done: Callable[[ImportOutcome], None],
) -> ModelImport | None:
    """Ask copy or link once, then import in the background with a progress dialog; failures are
    reported in one message. None when there is nothing to import or the user cancelled."""
    title = QCoreApplication.translate("ModelImport", "Import model")
    files = gguf_files(paths)
    if not files:
        only = QCoreApplication.translate("ModelImport", "Only .gguf model files can be added.")
        QMessageBox.information(parent_widget, title, only)
        return None
    mode = choose_mode(parent_widget, files)
    if mode is None:
        return None

    def finished(outcome: ImportOutcome) -> None:
        if outcome.failures:
            QMessageBox.warning(parent_widget, title, "\n".join(outcome.failures))
        on_done(outcome)

    job = ModelImport(service, library, files, mode, parent_widget)
    job.finished.connect(finished)
    return job.start()


# ------------------------------------------------------------- history work
class _DatabaseWorker(QObject):
    """Lives in the history thread. Each task gets a Storage connection of this thread's own (an
    SQLite connection stays on the thread that made it), closed when the task ends."""

    done = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, database: Path):
        super().__init__()
        self._database = database

    @Slot(str, object)
    def run(self, task_id: str, fn: Callable) -> None:
        from ..core.history.storage import Storage

        try:
            with Storage(self._database) as storage:
                result = fn(storage)
        except Exception as exc:  # noqa: BLE001 - the caller turns it into a message
            self.failed.emit(task_id, exc)
        else:
            self.done.emit(task_id, result)


class DatabaseTasks(QObject):
    """A thread for long history work (export, import) with its own database connection.

    ``run(fn, on_done, on_error)`` calls ``fn(storage)`` there; the callbacks run on the GUI thread.
    Tasks run one after another. Call :meth:`shutdown` on quit (it waits for a running task)."""

    finished = Signal()  # a task ended (after its callback): tests and the busy dialog wait on it
    _request = Signal(str, object)

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtCore import QThread

        self._ids = 0
        self._callbacks: dict[str, tuple[Callable, Callable]] = {}
        self._thread = QThread()
        self._thread.setObjectName("hearth-history-tasks")
        self._worker = _DatabaseWorker(Path(database))
        self._worker.moveToThread(self._thread)
        self._connect_signals()
        self._thread.start()

    def _connect_signals(self) -> None:
        self._thread.finished.connect(self._worker.deleteLater)
        self._request.connect(self._worker.run)  # queued: runs the task on the history thread
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable, on_done: Callable[[object], None], on_error: Callable[[Exception], None]) -> str:
        self._ids += 1
        task_id = f"history-{self._ids}"
        self._callbacks[task_id] = (on_done, on_error)
        self._request.emit(task_id, fn)
        return task_id

    @Slot(str, object)
    def _on_done(self, task_id: str, result) -> None:
        on_done, _ = self._callbacks.pop(task_id, (None, None))
        try:
            if on_done is not None:
                on_done(result)
        finally:
            self.finished.emit()

    @Slot(str, object)
    def _on_failed(self, task_id: str, exc) -> None:
        _, on_error = self._callbacks.pop(task_id, (None, None))
        try:
            if on_error is not None:
                on_error(exc)
        finally:
            self.finished.emit()

    def shutdown(self, timeout_ms: int = 60000) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            if not self._thread.wait(timeout_ms):
                log.error("the history thread did not stop in time")


def run_with_progress(
    tasks: DatabaseTasks | None,
    storage,
    fn: Callable,
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None],
    parent_widget: QWidget | None,
    label: str,
) -> None:
    """Run ``fn(storage)`` in the history thread behind a busy dialog; without ``tasks`` (a caller
    that has no thread, e.g. a unit test of the actions) it runs here and now with ``storage``."""
    if tasks is None:
        try:
            result = fn(storage)
        except Exception as exc:  # noqa: BLE001 - same contract as the threaded path
            on_error(exc)
        else:
            on_done(result)
        return
    dialog = QProgressDialog(label, "", 0, 0, parent_widget)  # busy: the export/import gives no steps
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # one history task at a time
    dialog.setMinimumDuration(400)

    def finish(callback: Callable, value) -> None:
        dialog.close()
        dialog.deleteLater()
        callback(value)

    tasks.run(fn, lambda result: finish(on_done, result), lambda exc: finish(on_error, exc))
