"""Hearth's own JSON export (``docs/export-format.md``) as an import source: its schema and parser."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...base.schema import (
    Array,
    Boolean,
    Nullable,
    Number,
    Object,
    Text,
    describe,
)
from ...base.settings import MAX_SEED, OVERFLOW_POLICIES, SAMPLING_SPECS
from ...documents import transfer
from ..conversation import SOURCE_API, Conversation, GenerationStats, Message, MessageStatus, Role
from ..export import FORMAT_NAME, FORMAT_VERSION, ConversationData
from .checks import (
    ID_SPEC,
    TIME_SPEC,
    ImportFormatError,
    checked,
    checked_tree,
    conversation_note,
)

_COUNT = Number(0, 2**31 - 1, integer=True)


_SAMPLING = Object(dict(SAMPLING_SPECS))  # every key optional; keys Hearth does not know are kept


_STATS = Object(
    {
        "time_to_first_token_s": Nullable(Number(0, 10**7)),
        "tokens_per_second": Nullable(Number(0, 10**9)),
        "prompt_tokens": _COUNT,
        "prompt_tokens_evaluated": _COUNT,
        "completion_tokens": _COUNT,
        "model_file": Text(),
        "model_sha256": Text(),
        "sampling": _SAMPLING,
        "seed": Nullable(Number(-1, MAX_SEED, integer=True)),
        "finish_reason": Text(),
        "error": Text(),
        "context_dropped": _COUNT,
        "endpoint": Text(max_length=2048),
        "tokens_estimated": Boolean(),
    }
)


_MESSAGE = Object(
    {
        "id": ID_SPEC,
        "parent_id": Nullable(ID_SPEC),
        "role": Text(choices=tuple(r.value for r in Role)),
        "content": Text(),
        "status": Text(choices=tuple(s.value for s in MessageStatus)),
        "created_at": TIME_SPEC,
        "updated_at": TIME_SPEC,
        "stats": Nullable(_STATS),
        "pinned": Boolean(),  # absent in files from before pins
    },
    required=("id", "role", "content", "status", "created_at", "updated_at"),
)


_CONVERSATION_SETTINGS = Object(
    {  # the overrides Hearth reads; other keys are kept as they are
        "sampling": Nullable(_SAMPLING),
        "overflow_policy": Nullable(Text(choices=OVERFLOW_POLICIES)),
    }
)


_CONVERSATION = Object(
    {
        "id": ID_SPEC,
        "title": Text(),
        "created_at": TIME_SPEC,
        "updated_at": TIME_SPEC,
        "pinned": Boolean(),
        "model": Nullable(Text()),
        "system_prompt": Nullable(Text()),
        "settings": Nullable(_CONVERSATION_SETTINGS),
        "current_leaf_id": Nullable(ID_SPEC),
        "messages": Array(_MESSAGE),
        "documents": transfer.DOCUMENTS_SPEC,  # attachments and sources, when the chat has any
        "source": Text(choices=("", SOURCE_API)),  # "api": kept by the API server (absent: the window's)
    },
    required=("id", "title", "created_at", "updated_at", "messages"),
)


HEARTH_SCHEMA = Object(
    {
        "format": Text(choices=(FORMAT_NAME,)),
        "version": Number(1, FORMAT_VERSION, integer=True),
        "exported_at": Text(),
        "generator": Text(),
        "conversations": Array(_CONVERSATION),
    },
    required=("format", "version", "conversations"),
)


def parse_hearth(data: dict[str, Any]) -> list[ConversationData]:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(
            f"version: expected the format version, an integer of 1 or more, got {describe(version)}"
        )
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"the file was written by a newer Hearth (format version {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Hearth to import it"
        )
    items = data.get("conversations")
    checked(data, HEARTH_SCHEMA, items if isinstance(items, list) else [], "conversations")
    return [_hearth_conversation(item, index) for index, item in enumerate(items)]


def _hearth_conversation(item: dict[str, Any], index: int) -> ConversationData:
    """One checked conversation object as Hearth values (the schema has vouched for every type)."""
    path = f"conversations[{index}]"
    conversation = Conversation(
        id=item["id"],
        title=item["title"].strip() or "New chat",  # as storage keeps it: a re-import compares equal
        created_at=float(item["created_at"]),
        updated_at=float(item["updated_at"]),
        pinned=bool(item.get("pinned")),
        system_prompt=item.get("system_prompt"),
        settings=item.get("settings") or {},
        current_leaf_id=item.get("current_leaf_id"),
        model=item.get("model"),
        source=item.get("source") or "",
    )
    messages = [_hearth_message(raw, conversation.id) for raw in item["messages"]]
    checked = checked_tree(conversation, messages, path, conversation_note(item))
    return replace(checked, documents=item.get("documents"))


def _hearth_message(raw: dict[str, Any], conversation_id: str) -> Message:
    # Nothing is being written into an imported reply: a live one becomes "interrupted".
    status = MessageStatus(raw["status"])
    status = MessageStatus.INTERRUPTED if status is MessageStatus.STREAMING else status
    return Message(
        id=raw["id"],
        conversation_id=conversation_id,
        parent_id=raw.get("parent_id"),
        role=Role(raw["role"]),
        content=raw["content"],
        status=status,
        created_at=float(raw["created_at"]),
        updated_at=float(raw["updated_at"]),
        stats=GenerationStats.from_dict(raw.get("stats")),
        pinned=bool(raw.get("pinned")),
    )
