"""The HTML export: one self-contained page, no script, a strict Content-Security-Policy, every piece of
text escaped; message Markdown rendered with raw HTML off, links limited to http(s) and mailto, code
highlighted inline. The PDF writer (``app.ui.pdf_export``) prints the same HTML."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from .... import APP_NAME, __version__
from .data import ConversationData
from .header import ROLE_LABELS, header_for, message_caption, printable

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------- HTML
_SAFE_SCHEMES = ("http", "https", "mailto")


_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


_MAX_HIGHLIGHT_CHARS = 200_000  # past this, plain escaped text: a pathological input must not stall export


def safe_link(url: str) -> bool:
    """Only http(s), mailto and in-page anchors become links; anything else stays plain text.

    Relative links are refused too: in a file opened from disk they would point into the user's
    own folders. Whitespace and control characters are dropped before looking at the scheme
    because browsers drop them too ("java\\tscript:" is javascript:).
    """
    compact = "".join(ch for ch in url if ch > " " and ch != "\x7f").lower()
    if compact.startswith("#"):
        return True
    match = _SCHEME.match(compact)
    return bool(match) and match.group(1) in _SAFE_SCHEMES


@lru_cache(maxsize=1)
def _formatter():
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style="default")


def _highlight(code: str, lang: str, _attrs: str) -> str:
    """A fenced code block as <pre> with Pygments' inline styles (Pygments escapes the text)."""
    from pygments import highlight
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    formatter = _formatter()
    lexer = TextLexer()
    if lang and len(code) <= _MAX_HIGHLIGHT_CHARS:
        try:
            lexer = get_lexer_by_name(lang)
        except ClassNotFound:
            pass
    body = highlight(code, lexer, formatter) if len(code) <= _MAX_HIGHLIGHT_CHARS else html.escape(code)
    background = html.escape(formatter.style.background_color or "#f6f8fa", quote=True)
    return f'<pre class="code" style="background: {background}">{body}</pre>'


def _render_image(self, tokens, idx, options, env) -> str:
    """Images become a link with their alt text: an offline file must not fetch remote pictures."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    src = token.attrGet("src") or ""
    label = html.escape(f"[image: {alt}]" if alt else "[image]")
    return f'<a href="{html.escape(src, quote=True)}" rel="noopener noreferrer">{label}</a>'


_DIR_AUTO_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th"}


def _mark_blocks(state) -> None:
    """Each block takes the direction of its own text; links never send a referrer."""
    for token in state.tokens:
        if token.nesting == 1 and token.tag in _DIR_AUTO_TAGS:
            token.attrSet("dir", "auto")
        for child in token.children or []:
            if child.type == "link_open":
                child.attrSet("rel", "noopener noreferrer")


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    # "breaks": a single newline is a line break, as in the window (the text was written to be
    # read that way, not as CommonMark source).
    md = MarkdownIt(
        "commonmark", {"html": False, "linkify": False, "typographer": False, "breaks": True, "highlight": _highlight}
    )
    md.enable(["table", "strikethrough"])
    md.validateLink = safe_link  # instance attribute: replaces markdown-it's looser default
    md.add_render_rule("image", _render_image)
    md.core.ruler.push("hearth_blocks", _mark_blocks)
    return md


def render_markdown_html(text: str) -> str:
    """A message's Markdown as safe HTML (raw HTML in the text comes out escaped); text nested too
    deep for markdown-it comes out as plain text with a note instead of being dropped."""
    from ..markdown_guard import render_complete

    return render_complete(_markdown(), printable(text))


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew",
       "Noto Sans Arabic", sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #1f2328; background: #ffffff; }
h1 { font-size: 1.6em; margin-bottom: 0.3em; }
table.meta { border-collapse: collapse; margin: 0.5em 0 1em 0; font-size: 0.9em; }
table.meta th { text-align: left; padding: 2px 12px 2px 0; color: #57606a; font-weight: normal; }
table.meta td { padding: 2px 0; word-break: break-all; }
.note { color: #57606a; font-style: italic; margin: 0.5em 0 1.5em 0; }
.system-prompt { white-space: pre-wrap; background: #fff8e5; border: 1px solid #eadbb1; padding: 0.6em; }
.message { margin: 1em 0; padding: 0.6em 0.9em; border: 1px solid #d0d7de; border-radius: 6px; }
.message.user { background: #f3f7ff; }
.message.assistant { background: #ffffff; }
.message.system { background: #fff8e5; }
.who { font-weight: bold; margin-bottom: 0.3em; }
.when { font-weight: normal; color: #57606a; font-size: 0.85em; }
.content table { border-collapse: collapse; margin: 0.5em 0; }
.content th, .content td { border: 1px solid #d0d7de; padding: 3px 8px; }
pre { white-space: pre-wrap; word-wrap: break-word; padding: 0.6em; border-radius: 4px; font-size: 0.9em;
      font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
blockquote { border-left: 3px solid #d0d7de; margin-left: 0; padding-left: 0.8em; color: #57606a; }
.conversation + .conversation { page-break-before: always; border-top: 2px solid #d0d7de; margin-top: 3em; }
nav.toc { margin-bottom: 2em; }
"""


# No script may run and nothing may be fetched, whatever slipped into the text.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _esc(text: str) -> str:
    return html.escape(printable(text), quote=True)


def _conversation_html(data: ConversationData, anchor: str) -> str:
    header = header_for(data)
    out = [
        f'<div class="conversation" id="{anchor}">',
        f'<h1 dir="auto">{_esc(header.title)}</h1>',
        '<table class="meta">',
    ]
    out += [f'<tr><th>{_esc(name)}</th><td dir="auto">{_esc(value)}</td></tr>' for name, value in header.rows]
    out += ["</table>", f'<p class="note">{_esc(header.branch_note)}</p>']
    if header.system_prompt:
        out.append(
            f'<p><b>System prompt</b></p><div class="system-prompt" dir="auto">{_esc(header.system_prompt)}</div>'
        )
    for message in data.active_path:
        out.append(
            f'<div class="message {message.role.value}">'
            f'<div class="who">{_esc(ROLE_LABELS[message.role])} '
            f'<span class="when">{_esc(message_caption(data, message))}</span></div>'
            f'<div class="content" dir="auto">{render_markdown_html(message.content)}</div></div>'
        )
    out.append("</div>")
    return "\n".join(out)


def to_html(datas: Sequence[ConversationData], title: str | None = None) -> str:
    """One self-contained HTML document holding ``datas`` (a table of contents when several)."""
    if title is None:
        title = datas[0].conversation.title if len(datas) == 1 else f"{APP_NAME}: {len(datas)} conversations"
    body: list[str] = []
    if len(datas) > 1:
        body.append('<nav class="toc"><h1>' + _esc(title) + "</h1><ol>")
        body += [f'<li dir="auto"><a href="#c{i}">{_esc(d.conversation.title)}</a></li>' for i, d in enumerate(datas)]
        body.append("</ol></nav>")
    body += [_conversation_html(d, f"c{i}") for i, d in enumerate(datas)]
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{APP_NAME} {__version__}">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def to_html_parts(datas: Sequence[ConversationData]) -> list[str]:
    """The PDF's input: a contents page when there are several conversations, then one HTML
    document per conversation. Laid out one by one, no part meets Qt's layout height limit as a
    whole export of a thousand conversations would."""
    if len(datas) <= 1:
        return [to_html(datas)]
    title = f"{APP_NAME}: {len(datas)} conversations"
    contents = "".join(f'<li dir="auto">{_esc(d.conversation.title)}</li>' for d in datas)
    toc = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{_esc(title)}</title>\n'
        f'<style>{_CSS}</style>\n</head>\n<body>\n<nav class="toc"><h1>{_esc(title)}</h1><ol>{contents}</ol></nav>'
        "\n</body>\n</html>\n"
    )
    return [toc] + [to_html([d]) for d in datas]
