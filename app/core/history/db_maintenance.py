"""Database upkeep off the GUI thread: WAL checkpoints and the search-index purge after deletes.

The window's :class:`~app.core.history.storage.Storage` connection lives on the GUI thread (one thread per
connection). Two kinds of work it used to do there can stall the window:

* SQLite's automatic WAL checkpoint runs inside whichever commit pushes the WAL past 1,000 pages;
  during a streamed reply that is the once-a-second partial save, and a checkpoint fsyncs the WAL
  and the database (tens to hundreds of ms on a busy disk).
* After a delete, ``purge_deleted_text`` merges the FTS index ('optimize', ~0.4 s for 100,000
  messages) and truncates the WAL, so deleted words leave the files.

:class:`DatabaseMaintenance` does both on a thread of its own with a connection of its own. It
checkpoints (PASSIVE: never waits for, nor blocks, the window's writes) when the WAL has grown past
a limit well under the automatic threshold and changed since the last checkpoint, at most every few
seconds; each checkpoint lets the next commit restart the WAL from its start, so the GUI
connection's own checkpoint does not come due in practice (it stays on as a fallback). Purges are requested from any thread, coalesced,
and any pending one runs before :meth:`stop` returns, so quitting never leaves deleted text behind.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from ..documents import store as documents_store

log = logging.getLogger(__name__)

WAL_LIMIT = 1024 * 1024  # checkpoint past 1 MiB (SQLite's own threshold is 1,000 pages, about 4 MiB)
POLL_SECONDS = 1.0
CHECKPOINT_GAP = 5.0  # seconds between background checkpoints (a streamed reply adds ~70 KB a second)


class DatabaseMaintenance:
    """Start with :meth:`start`; :meth:`request_purge` after deletes; :meth:`stop` on quit."""

    def __init__(
        self,
        database: Path,
        wal_limit: int = WAL_LIMIT,
        poll_seconds: float = POLL_SECONDS,
        checkpoint_gap: float = CHECKPOINT_GAP,
    ):
        self.database = Path(database)
        self.wal = self.database.with_name(self.database.name + "-wal")
        self.wal_limit, self.poll_seconds, self.checkpoint_gap = wal_limit, poll_seconds, checkpoint_gap
        self._checkpointed: tuple[int, int] | None = None  # the WAL's (size, mtime) at the last checkpoint
        self._last_checkpoint = 0.0
        self._wake = threading.Event()
        self._purge_wanted = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many background checkpoints ran (for tests and logs)
        self.purges = 0

    # -- any thread
    def start(self) -> DatabaseMaintenance:
        self._thread = threading.Thread(target=self._run, name="hearth-db-maintenance", daemon=True)
        self._thread.start()
        return self

    def request_purge(self) -> None:
        """Make deleted text unrecoverable from the files, soon (several requests become one purge)."""
        self._purge_wanted.set()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Run a pending purge, then stop the thread."""
        if self._thread is None:
            return
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("database maintenance did not stop within %.0f s", timeout)
        self._thread = None

    # -- the maintenance thread
    def _run(self) -> None:
        try:
            connection = self._connect()
        except sqlite3.Error as exc:
            log.warning("database maintenance is off: %s", exc)
            return
        try:
            while True:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()
                stopping = self._stopping.is_set()
                self._step(connection)
                if stopping:
                    return
        finally:
            connection.close()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.database), timeout=10, isolation_level=None)
        connection.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed by this connection too
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    def _step(self, connection: sqlite3.Connection) -> None:
        try:
            if self._purge_wanted.is_set():
                self._purge_wanted.clear()
                self._purge(connection)
            elif self._checkpoint_due():
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                self._checkpointed, self._last_checkpoint = self._wal_signature(), time.monotonic()
                self.checkpoints += 1
        except sqlite3.Error as exc:  # busy, or a damaged file: the window's own connection reports that
            log.info("database maintenance skipped a step: %s", exc)

    def _purge(self, connection: sqlite3.Connection) -> None:
        """FTS5 keeps deleted words in old index segments until they merge: merge them, then empty
        the WAL of old page images (the same work as ``Storage.purge_deleted_text``)."""
        connection.execute("INSERT INTO messages_fts(messages_fts) VALUES('optimize')")
        documents_store.purge(connection)  # and the words of deleted documents
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:  # a reader held the WAL: the next step tries again
            self._purge_wanted.set()
        self.purges += 1

    def _checkpoint_due(self) -> bool:
        """The WAL is past the limit and has new frames (a checkpointed WAL keeps its size, so the
        size alone cannot tell), and the last checkpoint is a few seconds old."""
        signature = self._wal_signature()
        return (
            signature[0] > self.wal_limit
            and signature != self._checkpointed
            and time.monotonic() - self._last_checkpoint >= self.checkpoint_gap
        )

    def _wal_signature(self) -> tuple[int, int]:
        try:
            info = self.wal.stat()
        except OSError:
            return 0, 0
        return info.st_size, info.st_mtime_ns
