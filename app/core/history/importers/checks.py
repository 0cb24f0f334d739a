"""What every import source shares: the error it raises, the id and time specs, the check of a
parsed document against a schema, and the check that a message tree is a tree."""

from __future__ import annotations

import re
from typing import Any

from ...base.schema import (
    Array,
    Object,
    SchemaError,
    Text,
    quote,
    scan,
    time_spec,
)
from ..conversation import Conversation, Message
from ..export import ConversationData, tree_order


class ImportFormatError(ValueError):
    """The file cannot be imported; the message says what was wrong and where."""


def checked(document: Any, spec: Object | Array, conversations: list[Any], base: str) -> None:
    """Check ``document`` against ``spec``, then everything else in it (depth, surrogates, numbers);
    raise :class:`ImportFormatError` naming the path and, where known, the conversation's title."""
    try:
        spec.check(document, "")
        scan(document, check_text=True)
    except SchemaError as exc:
        raise ImportFormatError(str(exc) + title_note(exc.path, conversations, base)) from None


def title_note(path: str, conversations: list[Any], base: str) -> str:
    """' (conversation "Title")' for an error inside a conversation, so the user can find it.

    ``base`` is the path of the conversation list ("conversations", or "" for ChatGPT's top-level
    list); a ChatGPT file holding one conversation object has paths without an index."""
    match = re.match(re.escape(base) + r"\[(\d+)\]", path)
    index = int(match.group(1)) if match else None
    if index is None and base == "" and len(conversations) == 1:
        index = 0
    if index is None or index >= len(conversations):
        return ""
    return conversation_note(conversations[index])


def conversation_note(conversation: Any) -> str:
    title = conversation.get("title") if isinstance(conversation, dict) else None
    if not isinstance(title, str) or not title.strip() or re.search("[\ud800-\udfff]", title):
        return ""
    return f" (conversation {quote(title.strip())})"


# -------------------------------------------------------------- Hearth JSON
ID_SPEC = Text(nonempty=True, max_length=256, what="a non-empty id of at most 256 characters")


TIME_SPEC = time_spec()


def checked_tree(conversation: Conversation, messages: list[Message], path: str, note: str) -> ConversationData:
    """Refuse duplicate ids, dangling parents and cycles; return the messages in tree order."""
    index_of: dict[str, int] = {}
    for i, m in enumerate(messages):
        if m.id in index_of:
            raise ImportFormatError(
                f"{path}.messages[{i}].id: {quote(m.id)} is already the id of messages[{index_of[m.id]}]{note}"
            )
        index_of[m.id] = i
    for i, m in enumerate(messages):
        if m.parent_id is not None and m.parent_id not in index_of:
            raise ImportFormatError(
                f"{path}.messages[{i}].parent_id: names {quote(m.parent_id)}, which is not a "
                f"message of this conversation{note}"
            )
    looped = first_in_cycle({m.id: m.parent_id for m in messages})
    if looped is not None:
        raise ImportFormatError(
            f"{path}.messages[{index_of[looped]}].parent_id: the messages form a cycle "
            f"(this one is its own ancestor){note}"
        )
    leaf = conversation.current_leaf_id
    if leaf is not None and leaf not in index_of:
        raise ImportFormatError(
            f"{path}.current_leaf_id: names {quote(leaf)}, which is not a message of this conversation{note}"
        )
    return ConversationData(conversation, tuple(tree_order(messages)))


def first_in_cycle(parents: dict[str, str | None]) -> str | None:
    """A node that is its own ancestor, or None. Linear: each chain is walked once (``settled``)."""
    settled: set[str] = set()
    for start in parents:
        chain: set[str] = set()
        node: str | None = start
        while node is not None and node not in settled:
            if node in chain:
                return node
            chain.add(node)
            node = parents.get(node)
        settled |= chain
    return None
