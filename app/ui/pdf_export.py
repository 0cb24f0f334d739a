"""PDF export with Qt's own writer: the HTML from ``app.core.history.export`` laid out by QTextDocument.

It lives in ``app.ui`` because the core must not import Qt. The window calls it with its running
QApplication; the CLI calls it with none, and then a QGuiApplication is created (on Linux with the
offscreen platform, so no display is needed). The file is written beside the target and renamed
into place, so a failed export never leaves half a PDF under the chosen name.

Why the pages are painted here rather than by ``QTextDocument.print_``: Qt's text layout stops at
2**23 device units of height and silently drops the rest. ``print_`` lays out at the writer's
1200 dpi, so a PDF ended after 666 A4 pages and reported success. Here the writer works in points
(72 dpi: a vector PDF loses nothing by it, and one document may then be ~11,000 pages tall), the
export comes in parts (one per conversation), each part is laid out on its own and painted page
by page into the one file, and a part that would still pass the limit is refused with its number
instead of being cut short.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

PAGE_MARGIN_MM = 15
POINTS_PER_INCH = 72
# QTextDocument lays out nothing past this height (Qt's fixed-point limit), whatever the device.
QT_LAYOUT_LIMIT = 2**23
_app: QGuiApplication | None = None  # kept alive for the CLI's whole process once created


class PdfTooLongError(OSError):
    """One part of an export is taller than Qt can lay out; nothing was written."""


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new headless one (text layout needs one for its fonts)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    args = [sys.argv[0] if sys.argv else "hearth"]
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        # fontconfig gives the offscreen platform real fonts on Linux; elsewhere the native
        # platform is always there and has the system fonts.
        args += ["-platform", "offscreen"]
    _app = QGuiApplication(args)
    return _app


def export_pdf(html: str | Sequence[str], path: Path | str) -> Path:
    """Lay out ``html`` (one HTML document, or several parts that follow each other, each from a
    new page) on A4 pages and write it to ``path`` as a PDF. Returns the path."""
    ensure_gui_application()
    parts = [html] if isinstance(html, str) else list(html)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        _write(parts, tmp_name)
        if os.path.getsize(tmp_name) == 0:
            raise OSError(f"Qt could not write the PDF {path}")
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def _write(parts: list[str], file_name: str) -> None:
    writer = QPdfWriter(file_name)
    writer.setResolution(POINTS_PER_INCH)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[PAGE_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setCreator("Hearth")
    body = QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size())
    documents = [_laid_out(part, writer, body, index, len(parts)) for index, part in enumerate(parts)]
    if documents:
        writer.setTitle(documents[0].metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Qt could not start writing the PDF {file_name}")
    try:
        first = True
        for document in documents:
            for page in range(document.pageCount()):
                if not first:
                    writer.newPage()
                first = False
                _paint_page(painter, document, page, body)
    finally:
        painter.end()
    del writer  # the file is complete only once the writer is gone


def _laid_out(html: str, writer: QPdfWriter, body: QSizeF, index: int, count: int) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # the writer's own font metrics, in points
    document.setHtml(html)
    document.setPageSize(body)
    height = document.size().height()
    if height >= QT_LAYOUT_LIMIT - body.height():
        which = f"part {index + 1} of {count} (one conversation)" if count > 1 else "the conversation"
        raise PdfTooLongError(
            f"{which} is too long for one PDF (over {int(QT_LAYOUT_LIMIT // body.height())} pages); nothing "
            "was written: export it as HTML, Markdown or text instead"
        )
    return document


def _paint_page(painter: QPainter, document: QTextDocument, page: int, body: QSizeF) -> None:
    """Page ``page`` of ``document``: its slice of the layout, moved to the top of the sheet."""
    top = page * body.height()
    painter.save()
    painter.translate(0, -top)
    document.drawContents(painter, QRectF(0, top, body.width(), body.height()))
    painter.restore()
