"""The lossless JSON export (``hearth-conversations``, ``docs/export-format.md``): what the importer reads back."""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Sequence
from typing import Any

from .... import APP_NAME, __version__
from ..conversation import Conversation, Message
from .data import FORMAT_NAME, FORMAT_VERSION, ConversationData

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------- JSON
def conversation_to_dict(data: ConversationData) -> dict[str, Any]:
    conv = data.conversation
    return {
        "id": conv.id,
        "title": conv.title,
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "pinned": conv.pinned,
        "model": conv.model,
        "system_prompt": conv.system_prompt,
        "settings": conv.settings,
        "current_leaf_id": conv.current_leaf_id,
        "messages": [message_to_dict(m) for m in data.messages],
        **({"documents": data.documents} if data.documents else {}),
        **_source(data.conversation),
    }


def _source(conversation: Conversation) -> dict[str, str]:
    """``{"source": "api"}`` for a chat the API server kept; nothing for the window's and the CLI's
    chats, so their exports stay as they were before the field existed."""
    return {"source": conversation.source} if conversation.source else {}


def message_to_dict(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "parent_id": message.parent_id,
        "role": message.role.value,
        "content": message.content,
        "status": message.status.value,
        "created_at": message.created_at,
        "updated_at": message.updated_at,
        "stats": None if message.stats is None else message.stats.to_dict(),
        "pinned": message.pinned,
    }


def to_json_document(datas: Sequence[ConversationData], exported_at: float | None = None) -> dict[str, Any]:
    stamp = (
        datetime.datetime.now(datetime.UTC)
        if exported_at is None
        else datetime.datetime.fromtimestamp(exported_at, datetime.UTC)
    )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": stamp.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "generator": f"{APP_NAME} {__version__}",
        "conversations": [conversation_to_dict(d) for d in datas],
    }


def to_json(datas: Sequence[ConversationData], exported_at: float | None = None) -> str:
    # ensure_ascii=False keeps the file readable; control characters (NUL...) are still escaped.
    return json.dumps(to_json_document(datas, exported_at), ensure_ascii=False, indent=2) + "\n"
