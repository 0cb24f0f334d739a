"""The message tree of a conversation: adding, editing and deleting messages, and walking branches."""

from __future__ import annotations

import logging
import sqlite3

from .conversation import GenerationStats, Message, MessageStatus, Role, new_id, now
from .database import Database
from .rows import message_from_row, stats_json
from .store_errors import DamagedConversationError, NotFoundError, StorageError, readable_errors

log = logging.getLogger(__name__)


class MessageTree(Database):
    """Messages form a tree (``parent_id``); a conversation's current leaf picks the branch shown."""

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
            id=message_id or new_id(),
            conversation_id=conversation_id,
            parent_id=parent_id,
            role=Role(role),
            content=content,
            status=MessageStatus(status),
            created_at=stamp,
            updated_at=stamp,
            stats=stats,
            pinned=pinned,
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
                    (
                        message.id,
                        conversation_id,
                        parent_id,
                        message.role.value,
                        content,
                        message.status.value,
                        stamp,
                        stamp,
                        stats_json(stats),
                        int(pinned),
                        self._writer_token(message.status),
                    ),
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
            values.append(stats_json(stats))
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
        message = message_from_row(row) if row is not None else None
        if message is None:
            raise NotFoundError(f"no message with id {message_id}")
        return message

    def messages(self, conversation_id: str) -> list[Message]:
        """Every message of a conversation, all branches, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid", (conversation_id,)
        )
        return [m for m in map(message_from_row, rows) if m is not None]

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
        bound = int(
            self._db.execute("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", (found[0],)).fetchone()[0]
        )
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
                "`hearth doctor --repair` can mend it"
            )
        return [m for m in map(message_from_row, rows) if m is not None]

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
        return [m for m in map(message_from_row, rows) if m is not None]

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

    def delete_messages(self, conversation_id: str, message_ids: set[str] | frozenset[str]) -> int:
        """Delete exactly these messages of one conversation (callers pass whole subtrees:
        :mod:`app.core.history.deletion` plans them). Returns how many rows went."""
        ids = list(message_ids)
        deleted = 0
        with self.transaction() as db:
            for start in range(0, len(ids), 500):  # stay under SQLite's parameter limit
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                deleted += db.execute(
                    f"DELETE FROM messages WHERE conversation_id = ? AND id IN ({marks})", (conversation_id, *chunk)
                ).rowcount
        return deleted

    def _exists(self, message_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone() is not None


readable_errors(MessageTree)
