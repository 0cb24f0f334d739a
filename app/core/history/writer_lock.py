"""Which Hearth processes are alive and writing replies into the history database.

A process that streams a reply holds an exclusive OS lock on a small file of its own
(``hearth.sqlite3.writers/<token>.lock``) for as long as it runs, and stamps the token on the
streaming rows. The operating system drops the lock when the process ends, however it ends (a
crash, ``kill -9``, a power cut), so another process can tell a reply that is being written right
now from one whose writer is gone: only the latter may be marked *interrupted*.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def writers_dir(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".writers")


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when another process (or handle) holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            # flock, not lockf: flock locks belong to the open file, so even a second handle in the
            # same process sees the lock (two Storage objects in one process behave like two processes).
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


class WriterLock:
    """This process's claim on the replies it streams; held until :meth:`release`."""

    def __init__(self, database_path: Path):
        self.token = f"{os.getpid()}-{secrets.token_hex(4)}"
        folder = writers_dir(database_path)
        folder.mkdir(parents=True, exist_ok=True)
        self._path = folder / f"{self.token}.lock"
        self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._fd):  # a fresh random name: nobody else can hold it
            os.close(self._fd)
            raise OSError(f"cannot lock {self._path}")

    def release(self) -> None:
        if self._fd < 0:
            return
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = -1
        self._path.unlink(missing_ok=True)


def writer_alive(database_path: Path, token: str | None) -> bool:
    """Whether the process that stamped ``token`` on a row still runs (holds its lock file).

    No token (a row written before writers were recorded) or no lock file means the writer is gone.
    A lock file nobody holds is a leftover of a dead process and is removed on the way.
    """
    if not token or "/" in token or "\\" in token or token.startswith("."):
        return False
    path = writers_dir(database_path) / f"{token}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError as exc:  # unreadable: assume alive rather than mark a live reply interrupted
        log.warning("cannot check writer lock %s: %s", path.name, exc)
        return True
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
    return False
