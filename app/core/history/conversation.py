"""The data model of a chat: conversations hold a tree of messages.

Each message points at its parent, so an edit or a regeneration adds a sibling instead of
overwriting; the conversation remembers which leaf is showing (``current_leaf_id``).
"""

from __future__ import annotations

import enum
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any


class Role(str, enum.Enum):
    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"


class MessageStatus(str, enum.Enum):
    DONE = "done"
    STREAMING = "streaming"  # being written right now
    STOPPED = "stopped"  # the user pressed Stop; the partial text is kept
    ERROR = "error"  # generation failed; ``error`` in stats says why
    INTERRUPTED = "interrupted"  # the app died while it was streaming


SOURCE_API = "api"  # Conversation.source of a chat the API server kept


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> float:
    return time.time()


@dataclass(frozen=True)
class GenerationStats:
    """What happened while one reply was generated, stored with the reply."""

    time_to_first_token_s: float | None = None
    tokens_per_second: float | None = None
    prompt_tokens: int = 0
    prompt_tokens_evaluated: int = 0  # after KV-cache prefix reuse
    completion_tokens: int = 0
    model_file: str = ""
    model_sha256: str = ""
    sampling: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    finish_reason: str = ""
    error: str = ""
    context_dropped: int = 0  # oldest messages of the branch left out to fit the context
    endpoint: str = ""  # a remote server's API URL ("" for a local model); model_file is then remote:NAME/MODEL
    tokens_estimated: bool = False  # the server gave no usage: token counts are estimates

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> GenerationStats | None:
        if not data:
            return None
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Message:
    id: str
    conversation_id: str
    parent_id: str | None
    role: Role
    content: str
    status: MessageStatus = MessageStatus.DONE
    created_at: float = field(default_factory=now)
    updated_at: float = field(default_factory=now)
    stats: GenerationStats | None = None
    pinned: bool = False  # kept in the model's view when "drop oldest" makes room


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str
    created_at: float
    updated_at: float
    pinned: bool = False
    system_prompt: str | None = None  # None: use the global default
    settings: dict[str, Any] = field(default_factory=dict)  # per-conversation overrides
    current_leaf_id: str | None = None
    model: str | None = None
    source: str = ""  # "" for the window and the CLI; SOURCE_API for a chat kept by the API server
