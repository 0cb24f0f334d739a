"""SQLite storage for conversations and messages.

One database file in WAL mode. The schema evolves through numbered migrations tracked by
``PRAGMA user_version``; an existing database is copied aside before it is migrated. Messages form
a tree (``parent_id``) and are indexed with FTS5 for search. ``secure_delete`` is on so deleted
text is overwritten, not just unlinked. A row that cannot be read is skipped and logged rather than
failing its whole conversation.

Hostile or broken files: every open runs ``PRAGMA quick_check``; a damaged database is copied
aside and opened read-only (``hearth doctor --repair`` salvages it, see ``db_repair``). A read-only
file or folder opens read-only too, so reading always works and every write says why it cannot.
A tampered message tree (a parent cycle) is reported instead of walked forever, and search queries
are bounded (at most ``MAX_QUERY_TERMS`` distinct words of at most ``MAX_TERM_CHARS`` characters).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .conversation import (
    Conversation,
    GenerationStats,
    Message,
    MessageStatus,
    Role,
    new_id,
    now,
)
from .writer_lock import WriterLock, writer_alive

log = logging.getLogger(__name__)


class StorageError(Exception):
    """A storage operation failed in a way the user should hear about."""


class NotFoundError(StorageError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


class DamagedConversationError(StorageError):
    """A conversation's message tree is broken (a parent cycle): it cannot be shown as a chat."""


READ_ONLY_MESSAGE = ("the history database is read-only (the file or its folder cannot be written); "
                     "Hearth can show your chats but cannot save changes")
BUSY_MESSAGE = "another Hearth process is writing to the history database; try again in a moment"
REPAIR_HINT = "run `hearth doctor --repair` to recover what is readable"


MIGRATIONS: list[str] = [
    # 1: conversations and a tree of messages, with a full-text index kept by triggers.
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        system_prompt TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        current_leaf_id TEXT,
        model TEXT
    );
    CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        stats_json TEXT
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    CREATE INDEX messages_by_status ON messages(status);
    CREATE INDEX conversations_by_order ON conversations(pinned DESC, updated_at DESC);
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
    END;
    CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
    END;
    CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
        INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
    END;
    """,
    # 2: named presets of sampling settings and system prompt.
    """
    CREATE TABLE presets (
        name TEXT PRIMARY KEY,
        system_prompt TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        created_at REAL NOT NULL
    );
    """,
    # 3: prefix indexes for 2- and 3-character prefixes: search-as-you-type queries such as "th*"
    # otherwise merge the lists of every word with that prefix (~100 ms on 500,000 messages).
    """
    DROP TABLE messages_fts;
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2',
        prefix='2 3'
    );
    INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
    """,
    # 4: a message can be pinned: the "drop oldest" overflow policy never leaves it out.
    """
    ALTER TABLE messages ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: who is streaming a reply (a token naming a live process's lock file, see writer_lock), so
    # a second Hearth process starting meanwhile does not mark that live reply interrupted.
    """
    ALTER TABLE messages ADD COLUMN writer TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
SEARCH_WINDOW = 1000  # search ranks at most this many of the newest matching messages
MAX_QUERY_TERMS = 24  # distinct words of a search; 2,500 of them took 16 s on 3,000 messages
MAX_TERM_CHARS = 64  # longer words are cut and searched as a prefix
INTEGRITY_ERRORS_LISTED = 5  # quick_check stops after this many problems: one is enough to know


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    updated_at: float
    pinned: bool
    message_count: int


@dataclass(frozen=True)
class SearchHit:
    conversation_id: str
    conversation_title: str
    message_id: str
    role: Role
    snippet: str  # matched words wrapped in \x02 ... \x03 (escape before showing as HTML)


class Storage:
    """All database access. One instance per thread that uses it (SQLite connections are not shared).

    ``read_only_reason`` is None for a normal database; otherwise it says why every write is refused
    (a read-only file, a damaged database) and reads still work. Public methods raise StorageError,
    never a raw sqlite3 error (see ``_readable_errors``, applied at the end of the module).
    """

    def __init__(self, path: Path | str, *, read_only: bool = False, check_integrity: bool = True,
                 busy_timeout: float = 10.0):
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

    # ----------------------------------------------------------------- setup
    def _connect(self, path: str, read_only: bool, timeout: float) -> sqlite3.Connection:
        if not read_only:
            try:
                db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            except sqlite3.Error as exc:
                raise StorageError(f"cannot open the history database {path}: {exc}") from exc
            if self.path is None or not _read_only_file(self.path, db):
                return db
            db.close()
        self.read_only_reason = READ_ONLY_MESSAGE
        return _read_only_connection(self.path, timeout)

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
        self.read_only_reason = (f"the history database is damaged ({detail}); Hearth will not write to it: "
                                 f"{REPAIR_HINT}{kept}")
        # INFO: the user hears it once, as the StorageError or the CLI's warning; the log file keeps it
        log.info("history database damaged (%s); writes refused, copy at %s", detail, self.damaged_backup)

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"the history database was written by a newer Hearth (schema {version}, this one knows "
                f"{SCHEMA_VERSION}); update Hearth to open it"
            )
        if version == SCHEMA_VERSION:
            return
        if self.read_only_reason is not None:  # an upgrade is a write
            raise StorageError(f"the history database needs an upgrade, but {_without_subject(self.read_only_reason)}")
        if version > 0:
            self._backup(f"before-v{SCHEMA_VERSION}")
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={number + 1}")
            log.info("history database migrated to schema %d", number + 1)
        if version > 0:
            self._discard_migration_backup()

    def _discard_migration_backup(self) -> None:
        """The pre-migration copy holds every chat as it was, so a chat deleted later would live on in
        it: once the migrated database checks out (structure and row counts), wipe and delete it."""
        backup = self.path.with_name(f"{self.path.name}.before-v{SCHEMA_VERSION}.bak") if self.path else None
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
        _wipe_file(backup)
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
            raise StorageError(f"could not back up the history database before upgrading it ({exc}); "
                               "free some disk space and start Hearth again") from exc
        log.info("backed up the history database to %s", target)
        return target

    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()
        if self._writer is not None:
            self._writer.release()
            self._writer = None

    def __enter__(self) -> "Storage":
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
                raise self._write_error(exc, f"the history database could not be written ({exc}); "
                                             "nothing was half-saved") from exc
            raise
        finally:
            self._depth = 0

    def _write_error(self, exc: sqlite3.Error, default: str) -> StorageError:
        kind = _error_kind(exc)
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
        kind = _error_kind(exc)
        if kind == "damaged" and self.path is not None:
            self._mark_damaged(str(exc))
            return StorageError(f"the history database is damaged ({exc}): {REPAIR_HINT}")
        if kind == "busy":
            return StorageError(BUSY_MESSAGE)
        return StorageError(f"the history database could not be read ({exc})")

    # ---------------------------------------------------------- conversations
    def create_conversation(
        self,
        title: str = "New chat",
        *,
        system_prompt: str | None = None,
        settings: dict[str, Any] | None = None,
        model: str | None = None,
        conversation_id: str | None = None,
        created_at: float | None = None,
        pinned: bool = False,
    ) -> Conversation:
        stamp = now() if created_at is None else created_at
        conv = Conversation(
            id=conversation_id or new_id(),
            title=title.strip() or "New chat",
            created_at=stamp,
            updated_at=stamp,
            pinned=pinned,
            system_prompt=system_prompt,
            settings=dict(settings or {}),
            model=model,
        )
        with self.transaction() as db:
            db.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at, pinned, system_prompt,"
                " settings_json, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (conv.id, conv.title, conv.created_at, conv.updated_at, int(pinned), system_prompt,
                 json.dumps(conv.settings), model),
            )
        return conv

    def get_conversation(self, conversation_id: str) -> Conversation:
        row = self._db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no conversation with id {conversation_id}")
        return _conversation_from_row(row)

    def find_conversation(self, id_or_prefix: str) -> Conversation:
        """Accept a full id or an unambiguous prefix of one (as the CLI shows short ids)."""
        rows = self._db.execute(
            "SELECT * FROM conversations WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            (_like_prefix(id_or_prefix),),
        ).fetchall()
        if len(rows) != 1 or not id_or_prefix:
            raise NotFoundError(
                f"no conversation with id {id_or_prefix}" if not rows
                else f"the id prefix {id_or_prefix} matches several conversations; give more of it"
            )
        return _conversation_from_row(rows[0])

    def list_conversations(self, limit: int | None = None, offset: int = 0) -> list[ConversationSummary]:
        try:
            rows = self._db.execute(
                "SELECT c.id, c.title, c.updated_at, c.pinned,"
                " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS n"
                " FROM conversations c ORDER BY c.pinned DESC, c.updated_at DESC LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            if _error_kind(exc) != "damaged":
                raise
            return self._list_conversations_without_counts(limit, offset)
        return [ConversationSummary(r["id"], r["title"], r["updated_at"], bool(r["pinned"]), r["n"]) for r in rows]

    def _list_conversations_without_counts(self, limit: int | None, offset: int) -> list[ConversationSummary]:
        """On a damaged database the message counts can hit a bad page: list the chats anyway, so
        the readable ones can be opened and exported (a count that cannot be read shows as 0)."""
        rows = self._db.execute(
            "SELECT id, title, updated_at, pinned FROM conversations ORDER BY pinned DESC, updated_at DESC"
            " LIMIT ? OFFSET ?", (-1 if limit is None else limit, offset)).fetchall()
        summaries = []
        for r in rows:
            try:
                count = self._db.execute("SELECT COUNT(*) FROM messages WHERE conversation_id = ?",
                                         (r["id"],)).fetchone()[0]
            except sqlite3.DatabaseError:
                count = 0
            summaries.append(ConversationSummary(r["id"], r["title"], r["updated_at"], bool(r["pinned"]), count))
        return summaries

    def count_conversations(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0])

    def data_version(self) -> int:
        """A number that changes when another connection (the CLI, a second window) commits to the
        database; this connection's own writes leave it as it is. Cheap enough to poll."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def rename_conversation(self, conversation_id: str, title: str) -> None:
        # A rename is not activity: the chat keeps its place (and date group) in the sidebar.
        self._update_conversation(conversation_id, "title = ?", (title.strip() or "New chat",), touch=False)

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self._update_conversation(conversation_id, "pinned = ?", (int(pinned),), touch=False)

    def set_conversation_settings(
        self, conversation_id: str, *, system_prompt: str | None, settings: dict[str, Any]
    ) -> None:
        self._update_conversation(
            conversation_id, "system_prompt = ?, settings_json = ?", (system_prompt, json.dumps(settings))
        )

    def set_current_leaf(self, conversation_id: str, message_id: str | None) -> None:
        self._update_conversation(conversation_id, "current_leaf_id = ?", (message_id,), touch=False)

    def _update_conversation(self, conversation_id: str, assignments: str, values: tuple, touch: bool = True) -> None:
        extra = ", updated_at = ?" if touch else ""
        params = values + ((now(),) if touch else ()) + (conversation_id,)
        with self.transaction() as db:
            cursor = db.execute(f"UPDATE conversations SET {assignments}{extra} WHERE id = ?", params)
            if cursor.rowcount == 0:
                raise NotFoundError(f"no conversation with id {conversation_id}")

    def delete_conversation(self, conversation_id: str) -> None:
        with self.transaction() as db:
            # Messages go first so the FTS delete trigger sees every row.
            db.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
            cursor = db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            if cursor.rowcount == 0:
                raise NotFoundError(f"no conversation with id {conversation_id}")

    # --------------------------------------------------------------- messages
    def add_message(
        self,
        conversation_id: str,
        role: Role,
        content: str,
        *,
        parent_id: str | None,
        status: MessageStatus = MessageStatus.DONE,
        stats: GenerationStats | None = None,
        message_id: str | None = None,
        created_at: float | None = None,
        make_current: bool = True,
        pinned: bool = False,
    ) -> Message:
        stamp = now() if created_at is None else created_at
        message = Message(
            id=message_id or new_id(), conversation_id=conversation_id, parent_id=parent_id,
            role=Role(role), content=content, status=MessageStatus(status),
            created_at=stamp, updated_at=stamp, stats=stats, pinned=pinned,
        )
        with self.transaction() as db:
            if parent_id is not None:
                parent = db.execute("SELECT conversation_id FROM messages WHERE id = ?", (parent_id,)).fetchone()
                if parent is None or parent[0] != conversation_id:
                    raise StorageError(f"parent message {parent_id} is not in conversation {conversation_id}")
            try:
                db.execute(
                    "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, created_at,"
                    " updated_at, stats_json, pinned, writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (message.id, conversation_id, parent_id, message.role.value, content, message.status.value,
                     stamp, stamp, _stats_json(stats), int(pinned), self._writer_token(message.status)),
                )
            except sqlite3.IntegrityError as exc:
                raise NotFoundError(f"no conversation with id {conversation_id}") from exc
            if make_current:
                db.execute(
                    "UPDATE conversations SET current_leaf_id = ?, updated_at = ? WHERE id = ?",
                    (message.id, stamp, conversation_id),
                )
        return message

    def update_message(
        self,
        message_id: str,
        *,
        content: str | None = None,
        status: MessageStatus | None = None,
        stats: GenerationStats | None = None,
    ) -> None:
        assignments, values = ["updated_at = ?"], [now()]
        if content is not None:
            assignments.append("content = ?")
            values.append(content)
        if status is not None:
            assignments.append("status = ?, writer = ?")
            values += [MessageStatus(status).value, self._writer_token(MessageStatus(status))]
        if stats is not None:
            assignments.append("stats_json = ?")
            values.append(_stats_json(stats))
        with self.transaction() as db:
            cursor = db.execute(f"UPDATE messages SET {', '.join(assignments)} WHERE id = ?", (*values, message_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"no message with id {message_id}")

    def set_message_pinned(self, message_id: str, pinned: bool) -> None:
        """Pinned messages stay in the model's view when older turns are dropped to fit the context."""
        with self.transaction() as db:
            cursor = db.execute("UPDATE messages SET pinned = ? WHERE id = ?", (int(pinned), message_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"no message with id {message_id}")

    def get_message(self, message_id: str) -> Message:
        row = self._db.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        message = _message_from_row(row) if row is not None else None
        if message is None:
            raise NotFoundError(f"no message with id {message_id}")
        return message

    def messages(self, conversation_id: str) -> list[Message]:
        """Every message of a conversation, all branches, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid", (conversation_id,)
        )
        return [m for m in map(_message_from_row, rows) if m is not None]

    def path_to(self, message_id: str | None) -> list[Message]:
        """The messages from the root down to ``message_id`` (the history the model sees).

        A real path is never longer than its conversation, so the walk stops there: a tampered
        database whose parents form a cycle would otherwise make the recursive query run until the
        disk is full. Reaching the bound means a cycle, reported as DamagedConversationError.
        """
        if message_id is None:
            return []
        found = self._db.execute("SELECT conversation_id FROM messages WHERE id = ?", (message_id,)).fetchone()
        if found is None:
            return []
        bound = int(self._db.execute("SELECT COUNT(*) FROM messages WHERE conversation_id = ?",
                                     (found[0],)).fetchone()[0])
        rows = self._db.execute(
            "WITH RECURSIVE chain(id, depth) AS ("
            "  SELECT ?, 0 UNION ALL"
            "  SELECT m.parent_id, chain.depth + 1 FROM messages m JOIN chain ON m.id = chain.id"
            "  WHERE m.parent_id IS NOT NULL AND chain.depth < ?)"
            " SELECT m.* FROM chain JOIN messages m ON m.id = chain.id ORDER BY chain.depth DESC",
            (message_id, bound),
        ).fetchall()
        if len(rows) > bound:
            raise DamagedConversationError(
                f"conversation {found[0]} is damaged: its messages form a loop, so it cannot be shown; "
                "`hearth doctor --repair` can mend it")
        return [m for m in map(_message_from_row, rows) if m is not None]

    def active_path(self, conversation_id: str) -> list[Message]:
        return self.path_to(self.get_conversation(conversation_id).current_leaf_id)

    def children(self, message_id: str | None, conversation_id: str) -> list[Message]:
        if message_id is None:
            rows = self._db.execute(
                "SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS NULL ORDER BY created_at, rowid",
                (conversation_id,),
            )
        else:
            rows = self._db.execute(
                "SELECT * FROM messages WHERE parent_id = ? ORDER BY created_at, rowid", (message_id,)
            )
        return [m for m in map(_message_from_row, rows) if m is not None]

    def siblings(self, message: Message) -> list[Message]:
        """The alternatives at this point of the tree, ``message`` included, oldest first."""
        return self.children(message.parent_id, message.conversation_id)

    def latest_leaf_under(self, message_id: str) -> str:
        """The newest leaf below ``message_id``: where the view lands when switching to that branch."""
        current, seen = message_id, {message_id}
        while True:
            row = self._db.execute(
                "SELECT id FROM messages WHERE parent_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (current,),
            ).fetchone()
            if row is None:
                return current
            if row[0] in seen:  # a tampered tree loops back: stop where it does
                log.warning("message %s: the branch below it loops back to %s", message_id, row[0])
                return current
            current = row[0]
            seen.add(current)

    def delete_message(self, message_id: str) -> None:
        """Delete a message and everything below it; the view moves to the parent."""
        message = self.get_message(message_id)
        with self.transaction() as db:
            db.execute(
                # UNION, not UNION ALL: it drops rows already found, so a loop in the tree ends the walk
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id)"
                " DELETE FROM messages WHERE id IN (SELECT id FROM sub)",
                (message_id,),
            )
            conv = self.get_conversation(message.conversation_id)
            if conv.current_leaf_id is None or not self._exists(conv.current_leaf_id):
                self.set_current_leaf(message.conversation_id, message.parent_id)

    def descendant_ids(self, message_id: str) -> list[str]:
        """Every message below ``message_id`` on every branch (not the message itself)."""
        rows = self._db.execute(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM messages WHERE parent_id = ?"
            " UNION SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id) SELECT id FROM sub",
            (message_id,),
        )
        return [r[0] for r in rows]

    def delete_messages(self, conversation_id: str, message_ids: "set[str] | frozenset[str]") -> int:
        """Delete exactly these messages of one conversation (callers pass whole subtrees:
        :mod:`app.core.history.deletion` plans them). Returns how many rows went."""
        ids = list(message_ids)
        deleted = 0
        with self.transaction() as db:
            for start in range(0, len(ids), 500):  # stay under SQLite's parameter limit
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                deleted += db.execute(f"DELETE FROM messages WHERE conversation_id = ? AND id IN ({marks})",
                                      (conversation_id, *chunk)).rowcount
        return deleted

    def _exists(self, message_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone() is not None

    def recover_interrupted(self) -> int:
        """Mark replies left 'streaming' by a writer that is gone (a crash, a kill) as 'interrupted'.

        A reply another live Hearth process is streaming (the window, while ``hearth history list``
        starts) is left alone. Returns how many were marked. This is housekeeping: on a read-only
        or busy database it is skipped (the next start does it) rather than failing the command.
        """
        rows = self._db.execute(
            "SELECT id, writer FROM messages WHERE status = ?", (MessageStatus.STREAMING.value,)
        ).fetchall()
        orphans = [r["id"] for r in rows if not self._writer_alive(r["writer"])]
        if not orphans or self.read_only_reason is not None:
            return 0
        try:
            with self._busy_timeout(0.5), self.transaction() as db:
                db.executemany(
                    "UPDATE messages SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                    [(MessageStatus.INTERRUPTED.value, now(), message_id, MessageStatus.STREAMING.value)
                     for message_id in orphans],
                )
        except StorageError as exc:
            log.warning("left %d interrupted reply(ies) for later: %s", len(orphans), exc)
            return 0
        log.warning("%d reply(ies) were interrupted by an earlier crash", len(orphans))
        return len(orphans)

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

    # ------------------------------------------------------------------ search
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every message of every branch, best matches first.

        Only the newest SEARCH_WINDOW matches are ranked (all of them for any word rarer than
        that): ranking every message containing a very common word takes ~1 s on a 500,000-message
        history, and the newest matches are the ones people look for.
        """
        return search_messages(self._db, query, limit)

    # ----------------------------------------------------------------- presets
    def save_preset(self, name: str, *, system_prompt: str | None, settings: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO presets (name, system_prompt, settings_json, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET system_prompt = excluded.system_prompt,"
                " settings_json = excluded.settings_json",
                (name, system_prompt, json.dumps(settings), now()),
            )

    def presets(self) -> dict[str, tuple[str | None, dict[str, Any]]]:
        rows = self._db.execute("SELECT name, system_prompt, settings_json FROM presets ORDER BY name")
        return {r["name"]: (r["system_prompt"], json.loads(r["settings_json"] or "{}")) for r in rows}

    def delete_preset(self, name: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM presets WHERE name = ?", (name,))

    # ----------------------------------------------------------- import helpers
    def existing_message_ids(self, message_ids: list[str]) -> set[str]:
        """Which of ``message_ids`` are already stored (in any conversation), readable or not."""
        found: set[str] = set()
        for start in range(0, len(message_ids), 500):  # stay under SQLite's parameter limit
            chunk = message_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(f"SELECT id FROM messages WHERE id IN ({marks})", chunk))
        return found

    def restore_updated_at(self, conversation_id: str, updated_at: float, messages: dict[str, float]) -> None:
        """Put back the original ``updated_at`` stamps after an import re-created the rows."""
        with self.transaction() as db:
            db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (updated_at, conversation_id))
            db.executemany(
                "UPDATE messages SET updated_at = ? WHERE id = ? AND conversation_id = ?",
                [(stamp, message_id, conversation_id) for message_id, stamp in messages.items()],
            )

    def purge_deleted_text(self) -> None:
        """Make deleted text unrecoverable from the files, not just unreachable.

        ``secure_delete`` zeroes freed pages, but FTS5 only marks deletions in a new index segment:
        the old words stay in earlier segments until they merge. 'optimize' merges them all (about
        0.4 s for 100,000 messages), and a TRUNCATE checkpoint empties the WAL of old page images.
        Call it after the user deletes something.
        """
        self._db.execute("INSERT INTO messages_fts(messages_fts) VALUES('optimize')")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# ------------------------------------------------------------------- helpers
def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    if "".join(current).strip():
        statements.append("\n".join(current))
    return statements


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must appear (prefix match on the
    last, once it has two characters: a one-letter prefix matches nearly every message).

    Bounded, because the text can be anything (a pasted page, a word repeated 300 times): repeated
    words count once (case-insensitively), only the first MAX_QUERY_TERMS distinct words are used,
    and a word longer than MAX_TERM_CHARS is cut and matched as a prefix.
    """
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    if not words:
        return ""
    last = words[-1].casefold()
    terms: dict[str, str] = {}  # casefolded word -> the query term, in the order typed
    for word in words:
        key = word.casefold()
        if key in terms:
            continue
        if len(terms) == MAX_QUERY_TERMS:
            break
        cut = word[:MAX_TERM_CHARS]
        term = '"' + cut.replace('"', '""') + '"'
        if cut != word or (key == last and len(word) >= 2):
            term += "*"
        terms[key] = term
    return " ".join(terms.values())


def search_messages(db: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """The search behind :meth:`Storage.search`, on any connection (the window's search worker has
    its own read-only one)."""
    fts_query = _fts_query(query)
    if not fts_query:
        return []
    rows = db.execute(
        "SELECT m.id, m.conversation_id, m.role, c.title,"
        " snippet(messages_fts, 0, char(2), char(3), '…', 12) AS snip"
        " FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE messages_fts MATCH ?1 AND messages_fts.rowid >= ("
        "   SELECT min(rowid) FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?1"
        "   ORDER BY rowid DESC LIMIT ?3))"
        " ORDER BY rank LIMIT ?2",
        (fts_query, limit, SEARCH_WINDOW),
    ).fetchall()
    hits = []
    for r in rows:
        try:
            hits.append(SearchHit(r[1], r[3], r[0], Role(r[2]), r[4]))
        except ValueError:
            log.warning("skipping search hit with unreadable role in message %s", r[0])
    return hits


class SearchReader:
    """A read-only connection of its own for searching on a worker thread.

    ``interrupt`` may be called from any thread: it ends a running query (a newer search replaces
    it), which then raises ``sqlite3.OperationalError``.
    """

    def __init__(self, path: Path, timeout: float = 5.0):
        self._db = _read_only_connection(Path(path), timeout)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return search_messages(self._db, query, limit)

    def interrupt(self) -> None:
        self._db.interrupt()

    def close(self) -> None:
        self._db.close()


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


def _error_kind(exc: sqlite3.Error) -> str:
    """'damaged', 'read-only', 'busy' or 'other', from SQLite's own error code."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(exc):
        return "damaged"
    if name.startswith("SQLITE_READONLY"):
        return "read-only"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "busy"
    return "other"


def _read_only_file(path: Path, db: sqlite3.Connection) -> bool:
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
        return _error_kind(exc) == "read-only" or getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN"
    except sqlite3.DatabaseError:  # not a database at all: _configure says so
        return False
    return False


def _read_only_connection(path: Path, timeout: float) -> sqlite3.Connection:
    """Open for reading only. In a read-only folder SQLite cannot create the WAL's shared-memory
    file, so the last resort is ``immutable``, which reads the main file as it is."""
    uri = path.resolve().as_uri()
    error: sqlite3.Error | None = None
    for options in ("mode=ro", "immutable=1"):
        try:
            db = sqlite3.connect(f"{uri}?{options}", uri=True, timeout=timeout, isolation_level=None,
                                 check_same_thread=False)
        except sqlite3.Error as exc:
            error = exc
            continue
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.DatabaseError as exc:
            db.close()
            error = exc
            if _error_kind(exc) == "damaged":  # immutable would not read it any better
                break
    raise StorageError(f"cannot open the history database {path}: {error}")


def _without_subject(reason: str) -> str:
    """'the history database is read-only (...)' -> 'it is read-only (...)'."""
    return reason.replace("the history database", "it", 1)


def _wipe_file(path: Path) -> None:
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


def _readable_errors(cls: type) -> type:
    """Every public method of ``cls`` raises StorageError with one sentence instead of a raw
    sqlite3 error (a malformed page, a locked file), so callers catch one exception type."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or name in ("transaction", "close") or not callable(member):
            continue
        setattr(cls, name, _with_readable_errors(member))
    return cls


def _with_readable_errors(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise self._read_error(exc) from exc
    return wrapper


def _stats_json(stats: GenerationStats | None) -> str | None:
    return None if stats is None else json.dumps(stats.to_dict())


def _conversation_from_row(row: sqlite3.Row) -> Conversation:
    try:
        settings = json.loads(row["settings_json"] or "{}")
    except ValueError:
        log.warning("conversation %s has unreadable settings; using defaults", row["id"])
        settings = {}
    return Conversation(
        id=row["id"], title=row["title"], created_at=row["created_at"], updated_at=row["updated_at"],
        pinned=bool(row["pinned"]), system_prompt=row["system_prompt"], settings=settings,
        current_leaf_id=row["current_leaf_id"], model=row["model"],
    )


def _message_from_row(row: sqlite3.Row) -> Message | None:
    try:
        stats = GenerationStats.from_dict(json.loads(row["stats_json"])) if row["stats_json"] else None
        return Message(
            id=row["id"], conversation_id=row["conversation_id"], parent_id=row["parent_id"],
            role=Role(row["role"]), content=row["content"], status=MessageStatus(row["status"]),
            created_at=row["created_at"], updated_at=row["updated_at"], stats=stats,
            pinned=bool(row["pinned"]),
        )
    except (ValueError, TypeError) as exc:
        log.warning("skipping unreadable message %s: %s", row["id"], exc)
        return None


_readable_errors(Storage)
