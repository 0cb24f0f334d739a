"""The plain text export: the branch on screen with its header."""

from __future__ import annotations

import logging

from .data import ConversationData
from .header import ROLE_LABELS, header_for, message_caption, printable

log = logging.getLogger(__name__)


# ----------------------------------------------------------------- plain text
def to_text(data: ConversationData) -> str:
    header = header_for(data)
    title = " ".join(printable(header.title).split())
    lines = [title, "=" * max(len(title), 3), ""]
    lines += [f"{name}: {' '.join(printable(value).split())}" for name, value in header.rows]
    lines += ["", header.branch_note, ""]
    if header.system_prompt:
        lines += ["System prompt:", printable(header.system_prompt), ""]
    for message in data.active_path:
        lines += ["-" * 60, f"[{ROLE_LABELS[message.role]}] {message_caption(data, message)}", ""]
        lines += [printable(message.content), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
