"""SQLite storage for conversations and messages.

One database file in WAL mode. The schema evolves through numbered migrations tracked by
``PRAGMA user_version``; an existing database is copied aside before it is migrated. Messages form
a tree (``parent_id``) and are indexed with FTS5 for search. ``secure_delete`` is on so deleted
text is overwritten, not just unlinked. A row that cannot be read is skipped and logged rather than
failing its whole conversation.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
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

log = logging.getLogger(__name__)


class StorageError(Exception):
    """A storage operation failed in a way the user should hear about."""


class NotFoundError(StorageError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


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
]

SCHEMA_VERSION = len(MIGRATIONS)
SEARCH_WINDOW = 1000  # search ranks at most this many of the newest matching messages


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
    """All database access. One instance per thread that uses it (SQLite connections are not shared)."""

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(str(path), timeout=10, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the history database {path}: {exc}") from exc
        self._db.row_factory = sqlite3.Row
        self._depth = 0
        self._configure()
        self._migrate()

    # ----------------------------------------------------------------- setup
    def _configure(self) -> None:
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA secure_delete=ON")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{self.path} is not a usable Hearth database: {exc}") from exc

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"the history database was written by a newer Hearth (schema {version}, this one knows "
                f"{SCHEMA_VERSION}); update Hearth to open it"
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self._backup(f"before-v{SCHEMA_VERSION}")
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={number + 1}")
            log.info("history database migrated to schema %d", number + 1)

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
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:  # locked by another process, read-only file, ...
            raise StorageError(f"the history database cannot be written: {exc}") from exc
        self._depth = 1
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # a full disk, an I/O error: one readable sentence
                raise StorageError(f"the history database could not be written ({exc}); nothing was "
                                   "half-saved") from exc
            raise
        finally:
            self._depth = 0

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
        rows = self._db.execute(
            "SELECT c.id, c.title, c.updated_at, c.pinned,"
            " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS n"
            " FROM conversations c ORDER BY c.pinned DESC, c.updated_at DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [ConversationSummary(r["id"], r["title"], r["updated_at"], bool(r["pinned"]), r["n"]) for r in rows]

    def count_conversations(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0])

    def data_version(self) -> int:
        """A number that changes when another connection (the CLI, a second window) commits to the
        database; this connection's own writes leave it as it is. Cheap enough to poll."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def rename_conversation(self, conversation_id: str, title: str) -> None:
        self._update_conversation(conversation_id, "title = ?", (title.strip() or "New chat",))

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
                    " updated_at, stats_json, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (message.id, conversation_id, parent_id, message.role.value, content, message.status.value,
                     stamp, stamp, _stats_json(stats), int(pinned)),
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
            assignments.append("status = ?")
            values.append(MessageStatus(status).value)
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
        """The messages from the root down to ``message_id`` (the history the model sees)."""
        if message_id is None:
            return []
        rows = self._db.execute(
            "WITH RECURSIVE chain(id, depth) AS ("
            "  SELECT ?, 0 UNION ALL"
            "  SELECT m.parent_id, chain.depth + 1 FROM messages m JOIN chain ON m.id = chain.id"
            "  WHERE m.parent_id IS NOT NULL)"
            " SELECT m.* FROM chain JOIN messages m ON m.id = chain.id ORDER BY chain.depth DESC",
            (message_id,),
        )
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
        current = message_id
        while True:
            row = self._db.execute(
                "SELECT id FROM messages WHERE parent_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (current,),
            ).fetchone()
            if row is None:
                return current
            current = row[0]

    def delete_message(self, message_id: str) -> None:
        """Delete a message and everything below it; the view moves to the parent."""
        message = self.get_message(message_id)
        with self.transaction() as db:
            db.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id)"
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
            " UNION ALL SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id) SELECT id FROM sub",
            (message_id,),
        )
        return [r[0] for r in rows]

    def delete_messages(self, conversation_id: str, message_ids: "set[str] | frozenset[str]") -> int:
        """Delete exactly these messages of one conversation (callers pass whole subtrees:
        :mod:`app.core.deletion` plans them). Returns how many rows went."""
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
        """Mark replies left 'streaming' by a crash as 'interrupted'. Returns how many."""
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE messages SET status = ?, updated_at = ? WHERE status = ?",
                (MessageStatus.INTERRUPTED.value, now(), MessageStatus.STREAMING.value),
            )
        if cursor.rowcount:
            log.warning("%d reply(ies) were interrupted by an earlier crash", cursor.rowcount)
        return cursor.rowcount

    # ------------------------------------------------------------------ search
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every message of every branch, best matches first.

        Only the newest SEARCH_WINDOW matches are ranked (all of them for any word rarer than
        that): ranking every message containing a very common word takes ~1 s on a 500,000-message
        history, and the newest matches are the ones people look for.
        """
        fts_query = _fts_query(query)
        if not fts_query:
            return []
        rows = self._db.execute(
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
                hits.append(SearchHit(r["conversation_id"], r["title"], r["id"], Role(r["role"]), r["snip"]))
            except ValueError:
                log.warning("skipping search hit with unreadable role in message %s", r["id"])
        return hits

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
    last, once it has two characters: a one-letter prefix matches nearly every message)."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if len(words[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


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
