"""Markdown to the HTML subset QTextBrowser understands, safely.

markdown-it-py parses (raw HTML disabled, so anything a model or user wrote is escaped; unsafe
link schemes are refused by its link validator; images are shown as their alt text so a message
cannot make the view load files). Pygments colours code blocks with inline styles. Each code
block gets a "Copy" link (``copy:N``) that the view resolves to the block's text. Text nested
deeper than markdown-it's limit is shown as plain text with a note rather than dropped
(:mod:`app.core.history.markdown_guard`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from ..core.history.markdown_guard import plain_text_html, render_or_none

ALLOWED_LINK_SCHEMES = ("http:", "https:", "mailto:")
# Chat-sized headings: Qt's <h1>..<h6> are poster-sized next to body text and ignore CSS font
# sizes, so headings are written as bold paragraphs of a chosen size.
HEADING_PX = {"h1": 19, "h2": 17, "h3": 15, "h4": 14, "h5": 13, "h6": 13}
DOCUMENT_CSS = "pre { margin: 0; }"


@dataclass
class RenderedMessage:
    html: str
    code_blocks: list[str] = field(default_factory=list)


class MarkdownRenderer:
    def __init__(self, dark: bool = False):
        # Imported here, not at module level: the window shows before any Markdown is rendered.
        from markdown_it import MarkdownIt
        from pygments.formatters import HtmlFormatter

        self.dark = dark
        self._formatter = HtmlFormatter(noclasses=True, nowrap=True, style="monokai" if dark else "friendly")
        self._md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False, "breaks": True})
        self._md.enable("table").enable("strikethrough")
        self._md.disable("image")
        self._md.validateLink = _safe_link
        # markdown-it binds rules to its renderer, so pass plain functions that close over self.
        render_code = lambda _renderer, tokens, idx, options, env: self._render_code(tokens[idx])  # noqa: E731
        self._md.add_render_rule("fence", render_code)
        self._md.add_render_rule("code_block", render_code)
        self._md.add_render_rule(
            "heading_open",
            lambda _r, tokens, idx, o, e: f'<p style="font-size:{HEADING_PX[tokens[idx].tag]}px; font-weight:600;">',
        )
        self._md.add_render_rule("heading_close", lambda *a: "</p>\n")
        self._md.add_render_rule("table_open", lambda *a: '<table border="1" cellspacing="0" cellpadding="4">\n')
        self._blocks: list[str] = []
        self._first_code_index = 0

    def render(self, text: str, first_code_index: int = 0) -> RenderedMessage:
        """HTML for ``text``; code blocks are numbered from ``first_code_index`` for their Copy links."""
        self._blocks = []
        self._first_code_index = first_code_index
        text = text.replace("\x00", "\ufffd")
        body = render_or_none(self._md, text)
        if body is None:  # nested past markdown-it's limit: it would drop text, so show it all as is
            return RenderedMessage(plain_text_html(text))
        return RenderedMessage(body, list(self._blocks))

    def _render_code(self, token) -> str:
        code = token.content
        index = self._first_code_index + len(self._blocks)
        self._blocks.append(code)
        language = (token.info or "").strip().split(" ")[0]
        from pygments import highlight

        colored = highlight(code, _lexer(language, code), self._formatter).rstrip("\n")
        background = "#272822" if self.dark else "#f4f4f4"
        label = html.escape(language) if language else "code"
        return (
            f'<table width="100%" cellspacing="0" cellpadding="6" style="background-color:{background};">'
            f'<tr><td><span style="color:#888888;">{label}</span>'
            f'&nbsp;&nbsp;<a href="copy:{index}">Copy</a></td></tr>'
            f'<tr><td><pre style="margin:0;">{colored}</pre></td></tr></table>\n'
        )


def _lexer(language: str, code: str):
    from pygments.lexers import TextLexer, get_lexer_by_name, guess_lexer
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language) if language else TextLexer()
    except ClassNotFound:
        try:
            return guess_lexer(code)
        except ClassNotFound:
            return TextLexer()


def _safe_link(url: str) -> bool:
    lowered = url.strip().lower()
    if ":" not in lowered.split("/")[0]:
        return True  # relative or a bare fragment: harmless, and the view never follows it blindly
    return lowered.startswith(ALLOWED_LINK_SCHEMES)


def plain_to_html(text: str) -> str:
    """For the user's own messages: shown as typed, escaped, line breaks kept."""
    return "<p>" + html.escape(text.replace("\x00", "\ufffd")).replace("\n", "<br>") + "</p>"


def stable_prefix_length(text: str) -> int:
    """Where ``text`` can be cut so the part before it renders the same whatever is appended:
    just after the last blank line that is outside a fenced code block. While a reply streams,
    only the part after the cut needs rendering again."""
    position, cut, fence = 0, 0, None
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        marker = stripped[:3]
        if fence is None and marker in ("```", "~~~"):
            fence = marker
        elif fence is not None and stripped.startswith(fence) and stripped.strip(fence[0]) == "":
            fence = None
        position += len(line)
        if fence is None and not stripped and line.endswith("\n") and position < len(text):
            cut = position
    return cut
