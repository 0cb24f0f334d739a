"""What an export holds: one conversation with every message of every branch, loaded from the store."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from ...documents import transfer
from ..conversation import Conversation, Message, Role
from ..storage import Storage

log = logging.getLogger(__name__)

FORMAT_NAME = "hearth-conversations"


FORMAT_VERSION = 1


# ------------------------------------------------------------------ the data
@dataclass(frozen=True)
class ConversationData:
    """One conversation with every message of every branch, parents before children."""

    conversation: Conversation
    messages: tuple[Message, ...]
    documents: dict[str, Any] | None = None  # attachments and sources (documents/transfer.py)

    @cached_property
    def by_id(self) -> dict[str, Message]:
        return {m.id: m for m in self.messages}

    @cached_property
    def children_of(self) -> dict[str | None, list[Message]]:
        children: dict[str | None, list[Message]] = {}
        for message in self.messages:
            children.setdefault(message.parent_id, []).append(message)
        return children

    @cached_property
    def leaf_count(self) -> int:
        return sum(1 for m in self.messages if m.id not in self.children_of)

    @cached_property
    def active_path(self) -> list[Message]:
        """The branch on screen: root to the current leaf (or to the newest leaf if that is unset)."""
        leaf = self.conversation.current_leaf_id
        if leaf not in self.by_id:
            leaves = [m for m in self.messages if m.id not in self.children_of]
            leaf = max(leaves, key=lambda m: m.created_at).id if leaves else None
        path: list[Message] = []
        while leaf is not None:
            message = self.by_id[leaf]
            path.append(message)
            leaf = message.parent_id
        return path[::-1]

    @cached_property
    def sampling_varies(self) -> bool:
        """Whether the replies on screen ran with different settings (then each caption says which)."""
        replies = [m for m in self.active_path if m.role is Role.ASSISTANT]
        return len(unique(reply_sampling(m) for m in replies)) > 1

    def version_of(self, message: Message) -> tuple[int, int]:
        """(position, count) of ``message`` among its siblings, for "version 2 of 3"."""
        siblings = self.children_of.get(message.parent_id, [])
        return siblings.index(message) + 1, len(siblings)


def tree_order(messages: Iterable[Message]) -> list[Message]:
    """Depth-first, parents before children, siblings in the order given (oldest first).

    Iterative, because a long chat is a chain thousands of messages deep. A message whose parent
    is missing (its row was unreadable and skipped) becomes a root so its text is not lost.
    """
    messages = list(messages)
    known = {m.id for m in messages}
    children: dict[str | None, list[Message]] = {}
    for message in messages:
        parent = message.parent_id if message.parent_id in known else None
        if parent != message.parent_id:
            log.warning("message %s has lost its parent %s; exporting it as a root", message.id, message.parent_id)
            message = replace(message, parent_id=None)
        children.setdefault(parent, []).append(message)
    ordered: list[Message] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        message = stack.pop()
        ordered.append(message)
        stack.extend(reversed(children.get(message.id, [])))
    return ordered


def load(storage: Storage, conversation_id: str) -> ConversationData:
    conversation = storage.get_conversation(conversation_id)
    messages = tree_order(storage.messages(conversation_id))
    if conversation.current_leaf_id is not None and conversation.current_leaf_id not in {m.id for m in messages}:
        conversation = replace(conversation, current_leaf_id=None)
    documents = transfer.export_section(storage.connection, [m.id for m in messages])
    return ConversationData(conversation, tuple(messages), documents)


def load_many(storage: Storage, conversation_ids: Sequence[str] | None = None) -> list[ConversationData]:
    """The given conversations in that order, or all of them (pinned first, newest first)."""
    if conversation_ids is None:
        conversation_ids = [row.id for row in storage.list_conversations()]
    return [load(storage, cid) for cid in conversation_ids]


def unique(items: Iterable[str]) -> list[str]:
    return [item for item in dict.fromkeys(items) if item]


def reply_sampling(message: Message) -> str:
    """What one reply ran with ('' when not recorded)."""
    stats = message.stats
    if stats is None or not stats.sampling:
        return ""
    values = dict(stats.sampling)
    if stats.seed is not None:
        values["seed"] = stats.seed
    return ", ".join(f"{k} {v}" for k, v in values.items())
