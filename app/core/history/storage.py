"""SQLite storage for conversations and messages: :class:`Storage`, the one object callers use.

Its parts live beside it: the connection, migrations and transactions (``database``,
``migrations``), the message tree (``message_tree``), search (``search``), errors
(``store_errors``), files (``db_files``) and rows (``rows``).

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

import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from .conversation import Conversation, MessageStatus, new_id, now
from .db_files import copy_aside  # noqa: F401 (re-exported)
from .message_tree import MessageTree
from .migrations import MIGRATIONS, SCHEMA_VERSION  # noqa: F401 (re-exported)
from .rows import conversation_from_row
from .search import MAX_QUERY_TERMS, MAX_TERM_CHARS, SearchHit, SearchReader, search_messages  # noqa: F401 (re-exported)
from .store_errors import (  # noqa: F401 (re-exported)
    DamagedConversationError,
    NotFoundError,
    StorageError,
    error_kind,
    readable_errors,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    updated_at: float
    pinned: bool
    message_count: int
    source: str = ""  # "api": kept by the API server (the sidebar's "API" group)


class Storage(MessageTree):
    """All database access. One instance per thread that uses it (SQLite connections are not shared).

    ``read_only_reason`` is None for a normal database; otherwise it says why every write is refused
    (a read-only file, a damaged database) and reads still work. Public methods raise StorageError,
    never a raw sqlite3 error (see ``store_errors.readable_errors``, applied to each class).
    """

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
        source: str = "",
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
            source=source,
        )
        with self.transaction() as db:
            db.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at, pinned, system_prompt,"
                " settings_json, model, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conv.id,
                    conv.title,
                    conv.created_at,
                    conv.updated_at,
                    int(pinned),
                    system_prompt,
                    json.dumps(conv.settings),
                    model,
                    source,
                ),
            )
        return conv

    def get_conversation(self, conversation_id: str) -> Conversation:
        row = self._db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no conversation with id {conversation_id}")
        return conversation_from_row(row)

    def find_conversation(self, id_or_prefix: str) -> Conversation:
        """Accept a full id or an unambiguous prefix of one (as the CLI shows short ids)."""
        rows = self._db.execute(
            "SELECT * FROM conversations WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            (_like_prefix(id_or_prefix),),
        ).fetchall()
        if len(rows) != 1 or not id_or_prefix:
            raise NotFoundError(
                f"no conversation with id {id_or_prefix}"
                if not rows
                else f"the id prefix {id_or_prefix} matches several conversations; give more of it"
            )
        return conversation_from_row(rows[0])

    def list_conversations(self, limit: int | None = None, offset: int = 0) -> list[ConversationSummary]:
        try:
            rows = self._db.execute(
                "SELECT c.id, c.title, c.updated_at, c.pinned, c.source,"
                " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS n"
                " FROM conversations c ORDER BY c.pinned DESC, c.updated_at DESC LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            if error_kind(exc) != "damaged":
                raise
            return self._list_conversations_without_counts(limit, offset)
        return [
            ConversationSummary(r["id"], r["title"], r["updated_at"], bool(r["pinned"]), r["n"], r["source"])
            for r in rows
        ]

    def _list_conversations_without_counts(self, limit: int | None, offset: int) -> list[ConversationSummary]:
        """On a damaged database the message counts can hit a bad page: list the chats anyway, so
        the readable ones can be opened and exported (a count that cannot be read shows as 0)."""
        rows = self._db.execute(
            "SELECT id, title, updated_at, pinned, source FROM conversations ORDER BY pinned DESC, updated_at DESC"
            " LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        summaries = []
        for r in rows:
            try:
                count = self._db.execute(
                    "SELECT COUNT(*) FROM messages WHERE conversation_id = ?", (r["id"],)
                ).fetchone()[0]
            except sqlite3.DatabaseError:
                count = 0
            summaries.append(
                ConversationSummary(r["id"], r["title"], r["updated_at"], bool(r["pinned"]), count, r["source"])
            )
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
                    [
                        (MessageStatus.INTERRUPTED.value, now(), message_id, MessageStatus.STREAMING.value)
                        for message_id in orphans
                    ],
                )
        except StorageError as exc:
            log.warning("left %d interrupted reply(ies) for later: %s", len(orphans), exc)
            return 0
        log.warning("%d reply(ies) were interrupted by an earlier crash", len(orphans))
        return len(orphans)

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
            chunk = message_ids[start : start + 500]
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


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


readable_errors(Storage)
