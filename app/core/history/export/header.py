"""What the human formats (Markdown, text, HTML) share: the metadata header, captions, branch notes,
and control characters made visible."""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass

from ...documents import transfer
from ...models.gguf_info import FILE_TYPES
from ..conversation import SOURCE_API, Conversation, Message, MessageStatus, Role
from .data import ConversationData, reply_sampling, unique

log = logging.getLogger(__name__)

ROLE_LABELS = {Role.USER: "You", Role.ASSISTANT: "Model", Role.SYSTEM: "System"}


# ------------------------------------------------------------- shared pieces
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """Control characters (NUL...) as their visible Unicode "control pictures" (U+2400...)."""
    return _CONTROL.sub(lambda m: "\u2421" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), text)


def when(stamp: float) -> str:
    return datetime.datetime.fromtimestamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def quantization_from_name(file_name: str) -> str:
    """The quantization in a GGUF file name (gemma-3-4b-it-Q4_K_M.gguf -> Q4_K_M), or ''."""
    upper = file_name.upper()
    for name in sorted(FILE_TYPES.values(), key=len, reverse=True):
        if re.search(rf"(?<![A-Z0-9]){re.escape(name)}(?![A-Z0-9])", upper):
            return name
    return ""


@dataclass(frozen=True)
class Header:
    """What the human formats print above the messages."""

    title: str
    rows: list[tuple[str, str]]
    system_prompt: str | None
    branch_note: str


def header_for(data: ConversationData) -> Header:
    conv, path = data.conversation, data.active_path
    replies = [m for m in path if m.role is Role.ASSISTANT and m.stats is not None]
    models = unique([m.stats.model_file for m in replies if m.stats.model_file]) or unique([conv.model or ""])
    hashes = unique([m.stats.model_sha256 for m in replies if m.stats.model_sha256])
    rows = [
        ("Model", ", ".join(models) or "unknown"),
        ("Quantization", ", ".join(unique([quantization_from_name(m) for m in models])) or "unknown"),
        ("Model SHA-256", ", ".join(hashes) or "unknown"),
        ("Sampling", sampling_text(conv, replies)),
        ("Created", when(conv.created_at)),
        ("Updated", when(conv.updated_at)),
        ("Conversation id", conv.id),
    ]
    if conv.pinned:
        rows.append(("Pinned", "yes"))
    if conv.source == SOURCE_API:
        rows.append(("Source", "from the API (kept by Hearth's API server)"))
    return Header(conv.title, rows, conv.system_prompt, branch_note(data))


def sampling_text(conv: Conversation, replies: list[Message]) -> str:
    """The settings the replies really ran with: one line when they all share them, else "per
    reply" (each reply's caption then names its own); with no recorded run, the conversation's
    overrides."""
    ran = unique(reply_sampling(m) for m in replies)
    if len(ran) == 1:
        return ran[0]
    if len(ran) > 1:
        return f"per reply ({len(ran)} different settings; each reply shows its own)"
    overrides = conv.settings.get("sampling") or {}
    if overrides:
        return "overrides: " + ", ".join(f"{k} {v}" for k, v in overrides.items())
    return "global defaults"


def branch_note(data: ConversationData) -> str:
    shown, total = len(data.active_path), len(data.messages)
    if data.leaf_count <= 1:
        return f"{shown} messages, no other branches."
    others = data.leaf_count - 1
    return (
        f"This export shows the branch on screen ({shown} of {total} messages). The conversation has "
        f"{others} other branch{'es' if others != 1 else ''} (edits and regenerations); "
        "export as JSON to keep them all."
    )


def message_caption(data: ConversationData, message: Message) -> str:
    parts = [when(message.created_at)]
    if message.status is not MessageStatus.DONE:
        parts.append(message.status.value)
    position, count = data.version_of(message)
    if count > 1:
        parts.append(f"version {position} of {count}")
    if message.role is Role.ASSISTANT and data.sampling_varies and reply_sampling(message):
        parts.append("sampling: " + reply_sampling(message))
    parts += transfer.caption_parts(data.documents, message.id)  # attached documents, a reply's sources
    return " · ".join(parts)
