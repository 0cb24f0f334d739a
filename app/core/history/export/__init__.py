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

One module per format: ``json_document``, ``markdown``, ``text``, ``html_page`` (PDF prints the HTML);
``data`` loads what they show and ``header`` is what the human formats share. Writing files is here.
"""

from __future__ import annotations

import datetime
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ...base.fileutil import atomic_write_text
from ..storage import Storage
from ..titles import plain_title
from .data import (  # noqa: F401 (re-exported)
    FORMAT_NAME,
    FORMAT_VERSION,
    ConversationData,
    load,
    load_many,
    tree_order,
)
from .header import (  # noqa: F401 (re-exported)
    ROLE_LABELS,
    Header,
    branch_note,
    header_for,
    message_caption,
    printable,
    quantization_from_name,
    reply_sampling,
    sampling_text,
    unique,
    when,
)
from .html_page import (  # noqa: F401 (re-exported)
    render_markdown_html,
    safe_link,
    to_html,
    to_html_parts,
)
from .json_document import (  # noqa: F401 (re-exported)
    conversation_to_dict,
    message_to_dict,
    to_json,
    to_json_document,
)
from .markdown import (  # noqa: F401 (re-exported)
    to_markdown,
)
from .text import (  # noqa: F401 (re-exported)
    to_text,
)

log = logging.getLogger(__name__)

FORMATS = ("md", "json", "html", "txt", "pdf")
EXTENSIONS = {"md": ".md", "json": ".json", "html": ".html", "txt": ".txt", "pdf": ".pdf"}

# Writes a PDF from HTML parts (each starts a page); the caller passes app.ui.pdf_export.export_pdf
# (Qt stays out of the core).
PdfWriter = Callable[[Sequence[str], Path], Any]


class ExportError(ValueError):
    """An export cannot be made as asked (unknown format, no PDF writer...)."""


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


def _write_one(
    datas: Sequence[ConversationData], fmt: str, path: Path, pdf_writer: PdfWriter | None, exported_at: float | None
) -> Path:
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
