"""The API server's own connection to the history database, on its own thread.

SQLite connections belong to the thread that opened them, and the window's connection belongs to
the GUI thread: the server never touches it. Everything the server reads from or writes to the
database (the conversations it keeps, the embedding model chosen for documents) runs here, one
call at a time, on a single thread that opens its :class:`Storage` on first use. The window
notices the server's writes like any other connection's (``data_version``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class ServerDatabase:
    """Runs ``fn(storage)`` on the server's database thread; ``await run(fn)`` from the event loop."""

    def __init__(self, database_path: Path):
        self.path = Path(database_path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-api-db")
        self._storage = None  # opened on the thread, on first use

    async def run(self, fn: Callable[[object], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._call, fn)

    def call(self, fn: Callable[[object], T]) -> T:
        """The same from a plain thread (tests, the CLI): waits for the result."""
        return self._executor.submit(self._call, fn).result()

    def _call(self, fn: Callable[[object], T]) -> T:
        if self._storage is None:
            from ..history.storage import Storage

            self._storage = Storage(self.path)
        return fn(self._storage)

    def close(self) -> None:
        """Close the connection on its own thread, then end the thread."""

        def close_here() -> None:
            if self._storage is not None:
                self._storage.close()
                self._storage = None

        try:
            self._executor.submit(close_here).result(timeout=30)
        except Exception as exc:  # noqa: BLE001 - closing must not stop the server's shutdown
            log.warning("the API server's database connection did not close cleanly: %s", type(exc).__name__)
        self._executor.shutdown(wait=True)
