"""Markdown rendering that never drops text silently.

markdown-it stops parsing blocks once they nest deeper than its ``maxNesting`` option (20 in the
CommonMark preset): the rest of a 25-level quote or list simply vanishes from the HTML, with no
error. Raising the limit only moves the cliff (and deep nesting recurses in Python and makes Qt lay
out absurd indents), so instead the block tokenizer is watched: when it would skip text because of
the limit, the whole message is shown as escaped plain text with a note saying why. Every
character reaches the reader either way.

Used by the window's renderer (``app.ui.markdown_render``) and the HTML/PDF export
(``app.core.history.export``); this module does not import Qt.
"""

from __future__ import annotations

import html
from typing import Any

TOO_DEEP_FLAG = "hearth_nesting_exceeded"
TOO_DEEP_NOTE = "This message is nested too deeply to format, so it is shown as plain text."


def guard_nesting(md: Any) -> Any:
    """Make ``md`` (a ``MarkdownIt``) record in ``env[TOO_DEEP_FLAG]`` when the nesting limit makes it
    skip text. Idempotent; returns ``md``."""
    block = md.block
    if getattr(block, "_hearth_guarded", False):
        return md
    original = block.tokenize

    def tokenize(state, start_line, end_line, *args, **kwargs):
        if state.level >= state.md.options.maxNesting and _has_text(state, start_line, end_line):
            state.env[TOO_DEEP_FLAG] = True
        return original(state, start_line, end_line, *args, **kwargs)

    block.tokenize = tokenize  # nested blocks call state.md.block.tokenize: they come here too
    block._hearth_guarded = True
    return md


def _has_text(state, start_line: int, end_line: int) -> bool:
    """Whether markdown-it's tokenizer would find a block to skip (the same test it makes)."""
    line = state.skipEmptyLines(start_line)
    return line < end_line and state.sCount[line] >= state.blkIndent


def render_or_none(md: Any, text: str) -> str | None:
    """``md``'s HTML for ``text``, or None when markdown-it would have dropped part of it."""
    guard_nesting(md)
    env: dict = {}
    body = md.render(text, env)
    return None if env.get(TOO_DEEP_FLAG) else body


def plain_text_html(text: str, note: str = TOO_DEEP_NOTE) -> str:
    """``text`` as escaped, pre-formatted plain text (long lines wrap) after a short italic note."""
    return f'<p><i>{html.escape(note)}</i></p>\n<pre style="white-space: pre-wrap;">{html.escape(text)}</pre>\n'


def render_complete(md: Any, text: str) -> str:
    """HTML carrying every character of ``text``: Markdown when markdown-it keeps it all, else
    plain text with a note."""
    body = render_or_none(md, text)
    return plain_text_html(text) if body is None else body
