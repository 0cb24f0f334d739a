"""The Markdown export: the branch on screen, its header as a table, code fences kept balanced."""

from __future__ import annotations

import logging
import re

from .data import ConversationData
from .header import ROLE_LABELS, header_for, message_caption, printable

log = logging.getLogger(__name__)

# ------------------------------------------------------------------- Markdown
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _md_inline(text: str) -> str:
    """One line of metadata as Markdown text: whitespace folded, Markdown syntax escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(printable(text).split()))


_CODE_ROWS = {"Model", "Quantization", "Model SHA-256", "Conversation id"}


def _md_value(name: str, value: str) -> str:
    """File names, hashes and ids as code spans: readable raw, no escaping of their underscores."""
    if name not in _CODE_ROWS or value == "unknown":
        return _md_inline(value)
    value = " ".join(printable(value).split())
    ticks = "``" if "`" in value else "`"
    return f"{ticks} {value} {ticks}" if ticks == "``" else f"`{value}`"


def _close_open_fence(text: str) -> str:
    """A reply cut off inside a code block would swallow the rest of the file; close the fence."""
    opener: str | None = None
    for line in text.splitlines():
        match = _FENCE_LINE.match(line)
        if not match:
            continue
        fence = match.group(1)
        if opener is None:
            opener = fence
        elif fence[0] == opener[0] and len(fence) >= len(opener) and not line.strip()[len(fence) :].strip():
            opener = None
    return text if opener is None else f"{text}\n{opener}"


def to_markdown(data: ConversationData) -> str:
    header = header_for(data)
    lines = [f"# {_md_inline(header.title)}", ""]
    lines += [f"- **{name}:** {_md_value(name, value)}" for name, value in header.rows]
    lines += ["", f"> {_md_inline(header.branch_note)}", ""]
    if header.system_prompt:
        lines += ["## System prompt", "", _close_open_fence(printable(header.system_prompt)), ""]
    for message in data.active_path:
        lines += [
            "---",
            "",
            f"## {ROLE_LABELS[message.role]}",
            "",
            f"*{_md_inline(message_caption(data, message))}*",
            "",
        ]
        lines += [_close_open_fence(printable(message.content)), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
