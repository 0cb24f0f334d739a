"""Search off the GUI thread.

A search over a big history (or a hostile query) must never freeze the window, so it runs on a
thread of a private ``QThreadPool`` with its own read-only connection (``SearchReader``). Only the
newest request counts: starting a search interrupts the one still running, and results of a
superseded search are dropped. Results reach the GUI thread through a queued signal of
:class:`SearchRunner`, which lives on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.history.storage import SearchReader

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; emitted from the worker, so the connection is queued."""

    done = Signal(int, str, object, str)  # ticket, query, hits, error ("" when none)


class _SearchTask(QRunnable):
    def __init__(self, path: Path, ticket: int, query: str, relay: _Relay):
        super().__init__()
        self.ticket, self.query = ticket, query
        self._path, self._relay = path, relay
        self._reader: SearchReader | None = None
        self._lock = threading.Lock()
        self._cancelled = False

    def run(self) -> None:
        hits, error = [], ""
        try:
            reader = SearchReader(self._path)
            with self._lock:
                self._reader = reader
                cancelled = self._cancelled
            try:
                if not cancelled:
                    hits = reader.search(self.query)
            finally:
                with self._lock:
                    self._reader = None
                reader.close()
        except Exception as exc:  # sqlite3 errors, an interrupt, a damaged file: never kill the thread
            error = str(exc) or type(exc).__name__
        self._relay.done.emit(self.ticket, self.query, hits, error)

    def cancel(self) -> None:
        """Called from the GUI thread: end the running query early."""
        with self._lock:
            self._cancelled = True
            if self._reader is not None:
                self._reader.interrupt()


class SearchRunner(QObject):
    """Runs searches on a worker thread; ``results_ready`` carries the newest search's hits."""

    results_ready = Signal(str, list)  # query, list[SearchHit]
    failed = Signal(str)  # a sentence for the user

    def __init__(self, database_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._path = Path(database_path)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._ticket = 0
        self._running: dict[int, _SearchTask] = {}  # keeps the Python side of queued tasks alive
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._relay.done.connect(self._deliver)  # queued: emitted on the pool's thread

    def search(self, query: str) -> None:
        self._ticket += 1
        for task in self._running.values():
            task.cancel()
        task = _SearchTask(self._path, self._ticket, query, self._relay)
        task.setAutoDelete(False)
        self._running[self._ticket] = task
        self._pool.start(task)

    def _deliver(self, ticket: int, query: str, hits: list, error: str) -> None:
        self._running.pop(ticket, None)
        if ticket != self._ticket:
            return  # a newer search replaced this one
        if error:
            log.warning("search failed: %s", error)
            self.failed.emit(f"Search failed: {error}")
            return
        self.results_ready.emit(query, hits)

    def shutdown(self) -> None:
        for task in self._running.values():
            task.cancel()
        self._pool.clear()
        self._pool.waitForDone(10000)
        self._running.clear()
