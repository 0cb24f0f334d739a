"""A pre-migration backup that cannot be written (a full disk) is a StorageError, not a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.history.migrations import MIGRATIONS, split_sql
from app.core.history.storage import Storage, StorageError


def _schema_1_database(path: Path) -> None:
    db = sqlite3.connect(path)
    for statement in split_sql(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_a_backup_that_cannot_be_written_is_a_storage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "h.sqlite3"
    _schema_1_database(path)
    real_connect = sqlite3.connect
    unwritable = tmp_path / "no-such-folder" / "backup.sqlite3"  # SQLite fails to open it: "unable to open"

    def connect(target, *args, **kwargs):
        # The database itself opens normally; any second file (the backup copy) cannot be written.
        return real_connect(target if str(target) == str(path) else str(unwritable), *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(StorageError, match="could not back up the history database"):
        Storage(path)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    db = real_connect(path)  # nothing was migrated without a backup
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()
