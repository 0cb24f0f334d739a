"""The history database as files: opening it read-only, copying it aside, wiping a copy."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path

from .store_errors import StorageError, error_kind

log = logging.getLogger(__name__)


def copy_aside(source: Path, label: str) -> Path | None:
    """Copy a database file (and its WAL) to ``<name>.<label>-<time>.bak``, byte for byte.

    A damaged database is never written, so a copy made earlier with the same size and time is
    the same file: it is reused instead of piling up copies. None when the copy fails (a full disk).
    """
    stat = source.stat()
    for existing in sorted(source.parent.glob(f"{source.name}.{label}-*.bak")):
        other = existing.stat()
        if other.st_size == stat.st_size and int(other.st_mtime) == int(stat.st_mtime):
            return existing
    target = source.with_name(f"{source.name}.{label}-{time.strftime('%Y%m%d-%H%M%S')}.bak")
    try:
        shutil.copy2(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        log.error("could not copy %s aside: %s", source.name, exc)
        return None
    log.info("copied %s to %s", source.name, target)
    return target


def read_only_file(path: Path, db: sqlite3.Connection) -> bool:
    """Whether a database that opened normally can in fact not be written (file mode, folder mode,
    a read-only mount). Switching to WAL is the first write SQLite would need; a file already in
    WAL mode still needs its folder writable for the -wal and -shm files."""
    if not path.exists():
        return False
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return True
    try:
        db.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as exc:
        return error_kind(exc) == "read-only" or getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN"
    except sqlite3.DatabaseError:  # not a database at all: _configure says so
        return False
    return False


def read_only_connection(path: Path, timeout: float) -> sqlite3.Connection:
    """Open for reading only. In a read-only folder SQLite cannot create the WAL's shared-memory
    file, so the last resort is ``immutable``, which reads the main file as it is."""
    uri = path.resolve().as_uri()
    error: sqlite3.Error | None = None
    for options in ("mode=ro", "immutable=1"):
        try:
            db = sqlite3.connect(
                f"{uri}?{options}", uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            error = exc
            continue
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.DatabaseError as exc:
            db.close()
            error = exc
            if error_kind(exc) == "damaged":  # immutable would not read it any better
                break
    raise StorageError(f"cannot open the history database {path}: {error}")


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros before deleting it, so its old pages do not linger on disk."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            for _ in range(0, size, 1 << 20):
                handle.write(bytes(min(1 << 20, size - handle.tell())))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        log.warning("could not overwrite %s before deleting it: %s", path.name, exc)
    path.unlink(missing_ok=True)
