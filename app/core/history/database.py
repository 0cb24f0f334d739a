"""The history database connection: opening (WAL, integrity check, migrations), transactions, errors.

:class:`Database` is the base of :class:`~.storage.Storage`; it knows nothing of chats. A damaged
or read-only file opens read-only, so reading always works and every write says why it cannot.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..documents import store as documents_store
from . import migrations
from .conversation import MessageStatus
from .db_files import copy_aside, read_only_connection, read_only_file, wipe_file
from .store_errors import (
    BUSY_MESSAGE,
    READ_ONLY_MESSAGE,
    REPAIR_HINT,
    StorageError,
    error_kind,
    readable_errors,
    without_subject,
)
from .writer_lock import WriterLock, writer_alive

log = logging.getLogger(__name__)

INTEGRITY_ERRORS_LISTED = 5  # quick_check stops after this many problems: one is enough to know


class Database:
    """All database access. One instance per thread that uses it (SQLite connections are not shared).

    ``read_only_reason`` is None for a normal database; otherwise it says why every write is refused
    (a read-only file, a damaged database) and reads still work. Public methods raise StorageError,
    never a raw sqlite3 error (see ``_readable_errors``, applied at the end of the module).
    """

    def __init__(
        self, path: Path | str, *, read_only: bool = False, check_integrity: bool = True, busy_timeout: float = 10.0
    ):
        self.path = Path(path) if str(path) != ":memory:" else None
        self.read_only_reason: str | None = None
        self.damaged_backup: Path | None = None  # the copy made of a damaged database
        self._writer: WriterLock | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._connect(str(path), read_only, busy_timeout)
        self._db.row_factory = sqlite3.Row
        self._depth = 0
        self._configure()
        if check_integrity and self.path is not None:
            self._check_integrity()
        self._migrate()
        documents_store.ensure_schema(self._db, writable=self.read_only_reason is None)  # documents' own tables

    @property
    def connection(self) -> sqlite3.Connection:
        """This thread's connection, for the stores that keep their own tables (documents)."""
        return self._db

    # ----------------------------------------------------------------- setup
    def _connect(self, path: str, read_only: bool, timeout: float) -> sqlite3.Connection:
        if not read_only:
            try:
                db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            except sqlite3.Error as exc:
                raise StorageError(f"cannot open the history database {path}: {exc}") from exc
            if self.path is None or not read_only_file(self.path, db):
                return db
            db.close()
        self.read_only_reason = READ_ONLY_MESSAGE
        return read_only_connection(self.path, timeout)

    def _configure(self) -> None:
        try:
            if self.read_only_reason is None:
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA secure_delete=ON")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{self.path} is not a usable Hearth database: {exc}") from exc

    def _check_integrity(self) -> None:
        """A quick structural check of every page: a damaged database must not be written into,
        where each write could spread the damage. Measured here: 2 ms for 200 chats (1.5 MB),
        0.34 s for the 500,000-message benchmark history (256 MB, warm cache)."""
        try:
            rows = self._db.execute(f"PRAGMA quick_check({INTEGRITY_ERRORS_LISTED})").fetchall()
            problems = [str(r[0]) for r in rows if r[0] != "ok"]
        except sqlite3.DatabaseError as exc:  # the check itself can trip over a malformed page
            problems = [str(exc)]
        if problems:
            self._mark_damaged(problems[0])

    def _mark_damaged(self, detail: str) -> None:
        if self.read_only_reason is not None and "damaged" in self.read_only_reason:
            return  # known already; the copy is made once
        if self.damaged_backup is None and self.path is not None:
            self.damaged_backup = copy_aside(self.path, "damaged")
        kept = f"; a copy was kept as {self.damaged_backup}" if self.damaged_backup else ""
        self.read_only_reason = (
            f"the history database is damaged ({detail}); Hearth will not write to it: {REPAIR_HINT}{kept}"
        )
        # INFO: the user hears it once, as the StorageError or the CLI's warning; the log file keeps it
        log.info("history database damaged (%s); writes refused, copy at %s", detail, self.damaged_backup)

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > migrations.SCHEMA_VERSION:
            raise StorageError(
                f"the history database was written by a newer Hearth (schema {version}, this one knows "
                f"{migrations.SCHEMA_VERSION}); update Hearth to open it"
            )
        if version == migrations.SCHEMA_VERSION:
            return
        if self.read_only_reason is not None:  # an upgrade is a write
            raise StorageError(f"the history database needs an upgrade, but {without_subject(self.read_only_reason)}")
        if version > 0:
            self._backup(f"before-v{migrations.SCHEMA_VERSION}")
        for number in range(version, migrations.SCHEMA_VERSION):
            with self.transaction():
                for statement in migrations.split_sql(migrations.MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={number + 1}")
            log.info("history database migrated to schema %d", number + 1)
        if version > 0:
            self._discard_migration_backup()

    def _discard_migration_backup(self) -> None:
        """The pre-migration copy holds every chat as it was, so a chat deleted later would live on in
        it: once the migrated database checks out (structure and row counts), wipe and delete it."""
        backup = self.path.with_name(f"{self.path.name}.before-v{migrations.SCHEMA_VERSION}.bak") if self.path else None
        if backup is None or not backup.exists():
            return
        counts = "SELECT (SELECT COUNT(*) FROM conversations), (SELECT COUNT(*) FROM messages)"
        try:
            with contextlib.closing(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)) as old:
                before = tuple(old.execute(counts).fetchone())
            healthy = self._db.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            same = tuple(self._db.execute(counts).fetchone()) == before
        except sqlite3.Error as exc:
            log.warning("kept the pre-migration backup %s: cannot compare it (%s)", backup, exc)
            return
        if not (healthy and same):
            log.warning("kept the pre-migration backup %s: the migrated database differs from it", backup)
            return
        wipe_file(backup)
        log.info("migration checked; removed the pre-migration backup %s", backup.name)

    def _backup(self, label: str) -> Path | None:
        if self.path is None:
            return None
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        try:
            with contextlib.closing(sqlite3.connect(str(target))) as dest:
                self._db.backup(dest)
        except (sqlite3.Error, OSError) as exc:  # a full disk: refuse to migrate without a backup
            with contextlib.suppress(OSError):
                target.unlink()  # a half-written copy is no backup
            raise StorageError(
                f"could not back up the history database before upgrading it ({exc}); "
                "free some disk space and start Hearth again"
            ) from exc
        log.info("backed up the history database to %s", target)
        return target

    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()
        if self._writer is not None:
            self._writer.release()
            self._writer = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested uses join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self._db
            finally:
                self._depth -= 1
            return
        if self.read_only_reason is not None:
            raise StorageError(self.read_only_reason)
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:  # locked by another process, read-only file, ...
            raise self._write_error(exc, f"the history database cannot be written: {exc}") from exc
        self._depth = 1
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # a full disk, an I/O error: one readable sentence
                raise self._write_error(
                    exc, f"the history database could not be written ({exc}); nothing was half-saved"
                ) from exc
            raise
        finally:
            self._depth = 0

    def _write_error(self, exc: sqlite3.Error, default: str) -> StorageError:
        kind = error_kind(exc)
        if kind == "busy":
            return StorageError(BUSY_MESSAGE)
        if kind == "read-only":
            self.read_only_reason = READ_ONLY_MESSAGE
            return StorageError(READ_ONLY_MESSAGE)
        if kind == "damaged":
            self._mark_damaged(str(exc))
            return StorageError(self.read_only_reason)
        return StorageError(default)

    def _read_error(self, exc: sqlite3.DatabaseError) -> StorageError:
        """One sentence for a failed read (raised by every public method instead of sqlite3's own)."""
        kind = error_kind(exc)
        if kind == "damaged" and self.path is not None:
            self._mark_damaged(str(exc))
            return StorageError(f"the history database is damaged ({exc}): {REPAIR_HINT}")
        if kind == "busy":
            return StorageError(BUSY_MESSAGE)
        return StorageError(f"the history database could not be read ({exc})")

    def _writer_alive(self, token: str | None) -> bool:
        if self._writer is not None and token == self._writer.token:
            return True
        return self.path is not None and writer_alive(self.path, token)

    def _writer_token(self, status: MessageStatus) -> str | None:
        """The token stamped on a streaming row: its lock is taken before the row exists, so no
        other process can ever see the row without a live writer."""
        if status is not MessageStatus.STREAMING or self.path is None:
            return None
        if self._writer is None:
            try:
                self._writer = WriterLock(self.path)
            except OSError as exc:  # no lock, no token: the row counts as orphaned after a restart
                log.warning("cannot record the writer of streaming replies: %s", exc)
                return None
        return self._writer.token

    @contextlib.contextmanager
    def _busy_timeout(self, seconds: float) -> Iterator[None]:
        before = self._db.execute("PRAGMA busy_timeout").fetchone()[0]
        self._db.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")
        try:
            yield
        finally:
            self._db.execute(f"PRAGMA busy_timeout={int(before)}")

    def purge_deleted_text(self) -> None:
        """Make deleted text unrecoverable from the files, not just unreachable.

        ``secure_delete`` zeroes freed pages, but FTS5 only marks deletions in a new index segment:
        the old words stay in earlier segments until they merge. 'optimize' merges them all (about
        0.4 s for 100,000 messages), and a TRUNCATE checkpoint empties the WAL of old page images.
        Call it after the user deletes something.
        """
        self._db.execute("INSERT INTO messages_fts(messages_fts) VALUES('optimize')")
        documents_store.purge(self._db)  # deleted documents' words leave the chunk index too
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


readable_errors(Database)
