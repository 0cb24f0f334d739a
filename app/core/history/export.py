"""Export conversations: lossless JSON, and Markdown, HTML and plain text for people to read.

* JSON keeps everything (every branch, status, stats, settings, pinned, current leaf) in the
  versioned ``hearth-conversations`` format documented in ``docs/export-format.md``; it is what
  :mod:`app.core.history.importers` reads back, and a round trip gives the same JSON.
* Markdown, HTML and text show the branch on screen, with a metadata header (model, quantization,
  model sha256, sampling, dates) and a note of the other branches.
* HTML is one self-contained file: inline CSS, no script at all, a Content-Security-Policy that
  forbids scripts and remote loads, and every piece of text escaped. Message Markdown is rendered
  by markdown-it with raw HTML disabled and links limited to http(s) and mailto; code is
  highlighted by Pygments with inline styles. The same HTML feeds the PDF writer, which lives in
  ``app.ui.pdf_export`` because it needs Qt (this module must not import it).

NUL and other control characters survive in JSON (escaped as ``\\u0000``); the human formats show
them as the matching Unicode "control picture" (NUL becomes ``␀``) because a raw NUL breaks many
text tools and is a parse error in HTML. Right-to-left text is kept as written; HTML marks every
block ``dir="auto"`` so each paragraph takes its own direction.
"""

from __future__ import annotations

import datetime
import html
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ... import APP_NAME, __version__
from .conversation import Conversation, Message, MessageStatus, Role
from ..base.fileutil import atomic_write_text
from ..models.gguf_info import FILE_TYPES
from .storage import Storage
from .titles import plain_title
from ..documents import transfer

log = logging.getLogger(__name__)

FORMAT_NAME = "hearth-conversations"
FORMAT_VERSION = 1
FORMATS = ("md", "json", "html", "txt", "pdf")
EXTENSIONS = {"md": ".md", "json": ".json", "html": ".html", "txt": ".txt", "pdf": ".pdf"}
ROLE_LABELS = {Role.USER: "You", Role.ASSISTANT: "Model", Role.SYSTEM: "System"}

# Writes a PDF from HTML parts (each starts a page); the caller passes app.ui.pdf_export.export_pdf
# (Qt stays out of the core).
PdfWriter = Callable[[Sequence[str], Path], Any]


class ExportError(ValueError):
    """An export cannot be made as asked (unknown format, no PDF writer...)."""


# ------------------------------------------------------------------ the data
@dataclass(frozen=True)
class ConversationData:
    """One conversation with every message of every branch, parents before children."""

    conversation: Conversation
    messages: tuple[Message, ...]
    documents: dict[str, Any] | None = None  # attachments and sources (documents/transfer.py)

    @cached_property
    def by_id(self) -> dict[str, Message]:
        return {m.id: m for m in self.messages}

    @cached_property
    def children_of(self) -> dict[str | None, list[Message]]:
        children: dict[str | None, list[Message]] = {}
        for message in self.messages:
            children.setdefault(message.parent_id, []).append(message)
        return children

    @cached_property
    def leaf_count(self) -> int:
        return sum(1 for m in self.messages if m.id not in self.children_of)

    @cached_property
    def active_path(self) -> list[Message]:
        """The branch on screen: root to the current leaf (or to the newest leaf if that is unset)."""
        leaf = self.conversation.current_leaf_id
        if leaf not in self.by_id:
            leaves = [m for m in self.messages if m.id not in self.children_of]
            leaf = max(leaves, key=lambda m: m.created_at).id if leaves else None
        path: list[Message] = []
        while leaf is not None:
            message = self.by_id[leaf]
            path.append(message)
            leaf = message.parent_id
        return path[::-1]

    @cached_property
    def sampling_varies(self) -> bool:
        """Whether the replies on screen ran with different settings (then each caption says which)."""
        replies = [m for m in self.active_path if m.role is Role.ASSISTANT]
        return len(_unique(_reply_sampling(m) for m in replies)) > 1

    def version_of(self, message: Message) -> tuple[int, int]:
        """(position, count) of ``message`` among its siblings, for "version 2 of 3"."""
        siblings = self.children_of.get(message.parent_id, [])
        return siblings.index(message) + 1, len(siblings)


def tree_order(messages: Iterable[Message]) -> list[Message]:
    """Depth-first, parents before children, siblings in the order given (oldest first).

    Iterative, because a long chat is a chain thousands of messages deep. A message whose parent
    is missing (its row was unreadable and skipped) becomes a root so its text is not lost.
    """
    messages = list(messages)
    known = {m.id for m in messages}
    children: dict[str | None, list[Message]] = {}
    for message in messages:
        parent = message.parent_id if message.parent_id in known else None
        if parent != message.parent_id:
            log.warning("message %s has lost its parent %s; exporting it as a root", message.id, message.parent_id)
            message = replace(message, parent_id=None)
        children.setdefault(parent, []).append(message)
    ordered: list[Message] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        message = stack.pop()
        ordered.append(message)
        stack.extend(reversed(children.get(message.id, [])))
    return ordered


def load(storage: Storage, conversation_id: str) -> ConversationData:
    conversation = storage.get_conversation(conversation_id)
    messages = tree_order(storage.messages(conversation_id))
    if conversation.current_leaf_id is not None and conversation.current_leaf_id not in {m.id for m in messages}:
        conversation = replace(conversation, current_leaf_id=None)
    return ConversationData(conversation, tuple(messages), transfer.export_section(storage.connection, [m.id for m in messages]))


def load_many(storage: Storage, conversation_ids: Sequence[str] | None = None) -> list[ConversationData]:
    """The given conversations in that order, or all of them (pinned first, newest first)."""
    if conversation_ids is None:
        conversation_ids = [row.id for row in storage.list_conversations()]
    return [load(storage, cid) for cid in conversation_ids]


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
    }


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
    stamp = datetime.datetime.now(datetime.timezone.utc) if exported_at is None else \
        datetime.datetime.fromtimestamp(exported_at, datetime.timezone.utc)
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


# ------------------------------------------------------------- shared pieces
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """Control characters (NUL...) as their visible Unicode "control pictures" (U+2400...)."""
    return _CONTROL.sub(lambda m: "\u2421" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), text)


def _when(stamp: float) -> str:
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
    models = _unique([m.stats.model_file for m in replies if m.stats.model_file]) or _unique([conv.model or ""])
    hashes = _unique([m.stats.model_sha256 for m in replies if m.stats.model_sha256])
    rows = [
        ("Model", ", ".join(models) or "unknown"),
        ("Quantization", ", ".join(_unique([quantization_from_name(m) for m in models])) or "unknown"),
        ("Model SHA-256", ", ".join(hashes) or "unknown"),
        ("Sampling", _sampling_text(conv, replies)),
        ("Created", _when(conv.created_at)),
        ("Updated", _when(conv.updated_at)),
        ("Conversation id", conv.id),
    ]
    if conv.pinned:
        rows.append(("Pinned", "yes"))
    return Header(conv.title, rows, conv.system_prompt, _branch_note(data))


def _unique(items: Iterable[str]) -> list[str]:
    return [item for item in dict.fromkeys(items) if item]


def _sampling_text(conv: Conversation, replies: list[Message]) -> str:
    """The settings the replies really ran with: one line when they all share them, else "per
    reply" (each reply's caption then names its own); with no recorded run, the conversation's
    overrides."""
    ran = _unique(_reply_sampling(m) for m in replies)
    if len(ran) == 1:
        return ran[0]
    if len(ran) > 1:
        return f"per reply ({len(ran)} different settings; each reply shows its own)"
    overrides = conv.settings.get("sampling") or {}
    if overrides:
        return "overrides: " + ", ".join(f"{k} {v}" for k, v in overrides.items())
    return "global defaults"


def _reply_sampling(message: Message) -> str:
    """What one reply ran with ('' when not recorded)."""
    stats = message.stats
    if stats is None or not stats.sampling:
        return ""
    values = dict(stats.sampling)
    if stats.seed is not None:
        values["seed"] = stats.seed
    return ", ".join(f"{k} {v}" for k, v in values.items())


def _branch_note(data: ConversationData) -> str:
    shown, total = len(data.active_path), len(data.messages)
    if data.leaf_count <= 1:
        return f"{shown} messages, no other branches."
    others = data.leaf_count - 1
    return (f"This export shows the branch on screen ({shown} of {total} messages). The conversation has "
            f"{others} other branch{'es' if others != 1 else ''} (edits and regenerations); "
            "export as JSON to keep them all.")


def _message_caption(data: ConversationData, message: Message) -> str:
    parts = [_when(message.created_at)]
    if message.status is not MessageStatus.DONE:
        parts.append(message.status.value)
    position, count = data.version_of(message)
    if count > 1:
        parts.append(f"version {position} of {count}")
    if message.role is Role.ASSISTANT and data.sampling_varies and _reply_sampling(message):
        parts.append("sampling: " + _reply_sampling(message))
    parts += transfer.caption_parts(data.documents, message.id)  # attached documents, a reply's sources
    return " · ".join(parts)


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
        elif fence[0] == opener[0] and len(fence) >= len(opener) and not line.strip()[len(fence):].strip():
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
        lines += ["---", "", f"## {ROLE_LABELS[message.role]}", "", f"*{_md_inline(_message_caption(data, message))}*", ""]
        lines += [_close_open_fence(printable(message.content)), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


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
        lines += ["-" * 60, f"[{ROLE_LABELS[message.role]}] {_message_caption(data, message)}", ""]
        lines += [printable(message.content), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


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
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False, "breaks": True,
                                   "highlight": _highlight})
    md.enable(["table", "strikethrough"])
    md.validateLink = safe_link  # instance attribute: replaces markdown-it's looser default
    md.add_render_rule("image", _render_image)
    md.core.ruler.push("hearth_blocks", _mark_blocks)
    return md


def render_markdown_html(text: str) -> str:
    """A message's Markdown as safe HTML (raw HTML in the text comes out escaped); text nested too
    deep for markdown-it comes out as plain text with a note instead of being dropped."""
    from .markdown_guard import render_complete

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
    out = [f'<div class="conversation" id="{anchor}">', f'<h1 dir="auto">{_esc(header.title)}</h1>',
           '<table class="meta">']
    out += [f'<tr><th>{_esc(name)}</th><td dir="auto">{_esc(value)}</td></tr>' for name, value in header.rows]
    out += ["</table>", f'<p class="note">{_esc(header.branch_note)}</p>']
    if header.system_prompt:
        out.append(f'<p><b>System prompt</b></p><div class="system-prompt" dir="auto">{_esc(header.system_prompt)}</div>')
    for message in data.active_path:
        out.append(
            f'<div class="message {message.role.value}">'
            f'<div class="who">{_esc(ROLE_LABELS[message.role])} '
            f'<span class="when">{_esc(_message_caption(data, message))}</span></div>'
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
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
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
    toc = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{_esc(title)}</title>\n'
           f'<style>{_CSS}</style>\n</head>\n<body>\n<nav class="toc"><h1>{_esc(title)}</h1><ol>{contents}</ol></nav>'
           "\n</body>\n</html>\n")
    return [toc] + [to_html([d]) for d in datas]


# -------------------------------------------------------------- to the disk
def render(datas: Sequence[ConversationData], fmt: str, exported_at: float | None = None) -> str:
    """The text of one export file for the text formats (and the HTML a PDF is made from)."""
    if not datas:
        raise ExportError("nothing to export: no conversations were chosen")
    if fmt == "json":
        return to_json(datas, exported_at)
    if fmt in ("html", "pdf"):
        return to_html(datas)
    if fmt == "md":
        return "\n\n".join(to_markdown(d) for d in datas)
    if fmt == "txt":
        return "\n\n".join(to_text(d) for d in datas)
    raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def file_stem(data: ConversationData) -> str:
    """A portable file name for one conversation: date, ASCII slug of the title, short id."""
    title = plain_title(data.conversation.title)  # "# Plan **now**" names a file "plan-now"
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:40].strip("-") or "conversation"
    day = datetime.datetime.fromtimestamp(data.conversation.created_at).strftime("%Y-%m-%d")
    return f"{day}-{slug}-{data.conversation.id[:8]}"


def is_folder_target(target: Path | str) -> bool:
    text = str(target)
    return Path(target).is_dir() or text.endswith(("/", "\\"))


def write_export(
    storage: Storage,
    conversation_ids: Sequence[str] | None,
    fmt: str,
    target: Path | str,
    *,
    pdf_writer: PdfWriter | None = None,
    exported_at: float | None = None,
) -> list[Path]:
    """Export conversations (None: all) to ``target`` and return the files written.

    ``target`` is a file (everything in that one file: JSON holds them all, Markdown and text are
    concatenated, HTML and PDF get a table of contents) or a folder (an existing one, or a path
    ending in a separator): JSON still goes to one ``hearth-export-<time>.json`` there, the other
    formats to one file per conversation. Every file is written atomically.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "pdf" and pdf_writer is None:
        raise ExportError("PDF export needs Qt's PDF writer (app.ui.pdf_export.export_pdf)")
    datas = load_many(storage, conversation_ids)
    if not datas:
        raise ExportError("nothing to export: there are no conversations")
    folder = is_folder_target(target)  # before Path() drops a trailing separator
    target = Path(target)
    if not folder:
        return [_write_one(datas, fmt, target, pdf_writer, exported_at)]
    target.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        return [_write_one(datas, fmt, target / f"hearth-export-{stamp}.json", pdf_writer, exported_at)]
    return [_write_one([d], fmt, target / (file_stem(d) + EXTENSIONS[fmt]), pdf_writer, exported_at) for d in datas]


def _write_one(datas: Sequence[ConversationData], fmt: str, path: Path, pdf_writer: PdfWriter | None,
               exported_at: float | None) -> Path:
    if fmt == "pdf":
        assert pdf_writer is not None
        if not datas:
            raise ExportError("nothing to export: no conversations were chosen")
        path.parent.mkdir(parents=True, exist_ok=True)
        pdf_writer(to_html_parts(datas), path)
    else:
        atomic_write_text(path, render(datas, fmt, exported_at))
    log.info("exported %d conversation(s) as %s to %s", len(datas), fmt, path)
    return path
