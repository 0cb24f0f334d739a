"""The collections' slow work, off the GUI thread: indexing a folder, re-checking, removing, and
choosing the embedding model (loading it and computing the vectors it lacks).

:class:`CollectionJobs` runs one job at a time on a worker thread with a database connection of
its own; each job is a function ``work(storage, progress, cancelled)`` built by the functions below
around the core that ``hearth docs`` uses (:mod:`app.core.documents.collections`,
:mod:`~app.core.documents.embeddings`). The page (:mod:`.collections_page`) shows its progress.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..core.documents import collections, embeddings, store
from ..core.documents.collections import CollectionError, IndexReport

log = logging.getLogger(__name__)

Work = Callable[..., object]  # fn(storage, progress(done, total), cancelled: threading.Event) -> result


class CollectionJobs(QObject):
    """One job at a time on a worker thread, each with a Storage connection of that thread's own.

    ``progress``, ``finished`` and ``failed`` are emitted from the worker and delivered on the GUI
    thread (this object lives there). ``failed`` carries one sentence."""

    started = Signal(str)  # what is being done
    progress = Signal(int, int)
    finished = Signal(object)  # the job's result
    failed = Signal(str)
    # Emitted by the worker; queued to this object's own slots, which re-emit the public signals on
    # the GUI thread (so plain functions connected to those run there too).
    _worker_progress = Signal(int, int)
    _worker_finished = Signal(object)
    _worker_failed = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._database = Path(database)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-collections")
        self._cancelled = threading.Event()
        self._running = 0
        self.label = ""
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._worker_progress.connect(self._relay_progress)
        self._worker_finished.connect(self._relay_finished)
        self._worker_failed.connect(self._relay_failed)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, label: str, work: Work) -> None:
        self._running += 1
        self._cancelled = cancelled = threading.Event()
        self.label = label
        self.started.emit(label)
        self._pool.submit(self._work, work, cancelled)

    def cancel(self) -> None:
        self._cancelled.set()

    def _work(self, work: Work, cancelled: threading.Event) -> None:
        from ..core.history.storage import Storage, StorageError

        try:
            with Storage(self._database, check_integrity=False) as storage:  # checked when the app opened it
                result = work(storage, self._worker_progress.emit, cancelled)
        except (CollectionError, StorageError) as exc:
            self._worker_failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a library's own failure: one sentence, logged
            log.exception("collection job failed")
            self._worker_failed.emit(
                QCoreApplication.translate("CollectionJobs", "The job stopped: %1").replace(
                    "%1", f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self._worker_finished.emit(result)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _relay_finished(self, result) -> None:
        self._running = max(0, self._running - 1)
        self.finished.emit(result)

    @Slot(str)
    def _relay_failed(self, message: str) -> None:
        self._running = max(0, self._running - 1)
        self.failed.emit(message)

    def shutdown(self) -> None:
        """Cancel the running job (it stops after its current file) and take no more."""
        self._cancelled.set()
        self._pool.shutdown(wait=False, cancel_futures=True)


# ------------------------------------------------------------------ the jobs
def index_folder(name: str, folder: Path) -> Work:
    return lambda storage, progress, cancelled: collections.add(storage, name, folder, progress, cancelled)


def reindex(names: list[str]) -> Work:
    def work(storage, progress, cancelled) -> list[IndexReport]:
        reports = []
        for name in names:
            if cancelled.is_set():
                break
            reports.append(collections.reindex(storage, name, progress, cancelled))
        return reports

    return work


def remove(name: str) -> Work:
    def work(storage, progress, cancelled) -> str:
        collections.remove(storage, name)
        return QCoreApplication.translate("CollectionJobs", "Removed the collection %1.").replace("%1", name)

    return work


def use_embedding_model(path: Path | None) -> Work:
    """Load the model (or none), remember the choice, compute the vectors it lacks, activate it."""

    def work(storage, progress, cancelled) -> str:
        if path is None:
            with storage.transaction() as db:
                store.set_setting(db, embeddings.SETTING, None)
            embeddings.activate(None)
            return embeddings.KEYWORDS_ONLY
        embedder = load_embedder(path)
        with storage.transaction() as db:
            store.set_setting(db, embeddings.SETTING, str(path))
        embeddings.activate(embedder)  # retrieval fuses what vectors exist while the rest are computed
        added = embeddings.embed_chunks(storage, embedder, progress, cancelled)
        return (
            QCoreApplication.translate("CollectionJobs", "%1 new vectors from %2")
            .replace("%1", str(added))
            .replace("%2", Path(path).name)
        )

    return work


def load_embedder(path: Path):
    try:
        return embeddings.LlamaEmbedder(path)
    except Exception as exc:  # noqa: BLE001 - llama.cpp says little: one sentence
        raise CollectionError(
            QCoreApplication.translate("CollectionJobs", "%1 cannot be loaded as an embedding model (%2)")
            .replace("%1", Path(path).name)
            .replace("%2", str(exc))
        ) from exc


def start_up_upkeep(storage) -> Work | None:
    """On start: the chosen embedding model, and a re-check of every collection's folder. None when
    there is nothing to do (no collection and no model chosen)."""
    db = storage.connection
    names = [c.name for c in collections.list_all(db)]
    chosen = store.get_setting(db, embeddings.SETTING)
    if not names and chosen is None:
        return None

    def work(storage, progress, cancelled) -> list[IndexReport]:
        if chosen is not None and embeddings.active() is None:
            try:
                embeddings.activate(load_embedder(Path(chosen)))
            except CollectionError as exc:  # keywords still work; the page shows the choice
                log.warning("embedding model not loaded at start: %s", type(exc.__cause__).__name__)
        return reindex(names)(storage, progress, cancelled)

    return work
