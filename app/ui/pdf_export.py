"""PDF export with Qt's own writer: the HTML from ``app.core.export`` laid out by QTextDocument.

It lives in ``app.ui`` because the core must not import Qt. The window calls it with its running
QApplication; the CLI calls it with none, and then a QGuiApplication is created (on Linux with the
offscreen platform, so no display is needed). The file is written beside the target and renamed
into place, so a failed export never leaves half a PDF under the chosen name.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PAGE_MARGIN_MM = 15
_app: QGuiApplication | None = None  # kept alive for the CLI's whole process once created


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


def export_pdf(html: str, path: Path | str) -> Path:
    """Lay out ``html`` on A4 pages and write it to ``path`` as a PDF. Returns the path."""
    ensure_gui_application()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = QTextDocument()
    document.setHtml(html)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        _print(document, tmp_name)
        if os.path.getsize(tmp_name) == 0:
            raise OSError(f"Qt could not write the PDF {path}")
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def _print(document: QTextDocument, file_name: str) -> None:
    writer = QPdfWriter(file_name)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[PAGE_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Hearth")
    document.print_(writer)
    del writer  # the file is complete only once the writer is gone
