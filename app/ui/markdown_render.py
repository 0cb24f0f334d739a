"""Markdown to the HTML subset QTextBrowser understands, safely.

markdown-it-py parses (raw HTML disabled, so anything a model or user wrote is escaped; unsafe
link schemes are refused by its link validator; images are shown as their alt text so a message
cannot make the view load files). Pygments colours code blocks with inline styles. A rendered
message is also split into :attr:`RenderedMessage.parts`: prose HTML and :class:`CodePart` s, so
the view can show each code block in its own widget that scrolls sideways on its own. In the
whole-HTML form each code block gets a "Copy" link (``copy:N``). Sizes are relative to the
reader's font (headings use CSS size keywords), so the OS font size and zoom apply. Text nested
deeper than markdown-it's limit is shown as plain text with a note rather than dropped
(:mod:`app.core.history.markdown_guard`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..core.history.markdown_guard import plain_text_html, render_or_none

ALLOWED_LINK_SCHEMES = ("http:", "https:", "mailto:")
# Chat-sized headings: Qt's <h1>..<h6> are poster-sized next to body text and ignore CSS font
# sizes, so headings are bold paragraphs sized with CSS keywords, which Qt scales from the
# document's own font (large: 1.2x, x-large: 1.5x): they follow the OS font size and the zoom.
HEADING_SIZE = {"h1": "x-large", "h2": "large", "h3": "medium", "h4": "medium", "h5": "medium", "h6": "medium"}
DOCUMENT_CSS = "pre { margin: 0; }"
CODE_BACKGROUND = {False: "#f4f4f4", True: "#272822"}  # by "dark"; high contrast uses the palette's
_CODE_MARK = re.compile(r"\x00(\d+)\x00")  # where a code block sits in the prose (NULs never survive in text)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class CodePart:
    """One code block: its number (for Copy), language, source and highlighted HTML (no <pre>)."""

    index: int
    language: str
    code: str
    html: str


@dataclass
class RenderedMessage:
    html: str
    code_blocks: list[str] = field(default_factory=list)
    parts: list[str | CodePart] = field(default_factory=list)  # prose HTML and code blocks, in order


class MarkdownRenderer:
    def __init__(self, dark: bool = False, high_contrast: bool = False):
        # Imported here, not at module level: the window shows before any Markdown is rendered.
        from markdown_it import MarkdownIt
        from pygments.formatters import HtmlFormatter

        self.dark = dark
        self.high_contrast = high_contrast
        # High contrast: no colours of our own (Pygments' "bw" marks syntax with bold and italics),
        # so the text keeps the contrast of the user's palette.
        style = "bw" if high_contrast else "monokai" if dark else "friendly"
        self._formatter = HtmlFormatter(noclasses=True, nowrap=True, style=style)
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
            lambda _r, tokens, idx, o, e: f'<p style="font-size:{HEADING_SIZE[tokens[idx].tag]}; font-weight:600;">',
        )
        self._md.add_render_rule("heading_close", lambda *a: "</p>\n")
        self._md.add_render_rule("table_open", lambda *a: '<table border="1" cellspacing="0" cellpadding="4">\n')
        self._parts: list[CodePart] = []
        self._first_code_index = 0

    def render(self, text: str, first_code_index: int = 0) -> RenderedMessage:
        """HTML for ``text``; code blocks are numbered from ``first_code_index`` for their Copy links."""
        self._parts = []
        self._first_code_index = first_code_index
        text = text.replace("\x00", "\ufffd")
        body = render_or_none(self._md, text)
        if body is None:  # nested past markdown-it's limit: it would drop text, so show it all as is
            plain = plain_text_html(text)
            return RenderedMessage(plain, parts=[plain])
        codes = {part.index: part for part in self._parts}
        pieces = _CODE_MARK.split(body)  # prose, code number, prose, code number, ..., prose
        parts: list[str | CodePart] = []
        for position, piece in enumerate(pieces):
            if position % 2:
                parts.append(codes[int(piece)])
            elif _has_content(piece):
                parts.append(piece)
        whole = "".join(
            piece if not position % 2 else self.code_table(codes[int(piece)]) for position, piece in enumerate(pieces)
        )
        return RenderedMessage(whole, [part.code for part in self._parts], parts)

    def _render_code(self, token) -> str:
        code = token.content
        index = self._first_code_index + len(self._parts)
        language = (token.info or "").strip().split(" ")[0]
        from pygments import highlight

        colored = highlight(code, _lexer(language, code), self._formatter).rstrip("\n")
        self._parts.append(CodePart(index, language, code, colored))
        return f"\x00{index}\x00"

    def code_table(self, part: CodePart) -> str:
        """A code block as one HTML table with its Copy link (exports and the whole-HTML form)."""
        background = "" if self.high_contrast else f' style="background-color:{CODE_BACKGROUND[self.dark]};"'
        label = html.escape(part.language) if part.language else "code"
        return (
            f'<table width="100%" cellspacing="0" cellpadding="6"{background}>'
            f"<tr><td><span>{label}</span>"
            f'&nbsp;&nbsp;<a href="copy:{part.index}">Copy</a></td></tr>'
            f'<tr><td><pre style="margin:0;">{part.html}</pre></td></tr></table>\n'
        )


def _has_content(prose: str) -> bool:
    """Whether a piece of prose between code blocks shows anything (not just closing tags)."""
    return bool(html.unescape(_TAG.sub("", prose)).strip()) or "<hr" in prose


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
