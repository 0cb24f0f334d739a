"""Documents waiting to go with the next message: the paperclip's file dialog, files dropped on
the window, and a row of chips above the message box.

Reading a file (pypdf on a 300-page PDF takes seconds) and chunking it happen in a worker thread,
never on the GUI thread; each chip says "reading…" until then, and a file that cannot be read is
reported in one sentence and leaves no chip. What is stored happens with the message itself, in the
turn's transaction (``turns.begin_turn``), so a message that is refused stores no document either.
"""

from __future__ import annotations

import concurrent.futures
import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from ..core.documents.extract import DocumentError, ExtractedDocument, extract_file

log = logging.getLogger(__name__)

FILE_FILTER = (
    "Documents (*.txt *.md *.markdown *.rst *.csv *.tsv *.html *.htm *.pdf *.docx *.json *.py *.js "
    "*.ts *.c *.h *.cpp *.java *.go *.rs *.sh *.yaml *.yml *.toml *.xml *.log);;All files (*)"
)


def size_text(size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def describe_document(name: str, pages: int | None, size: int) -> str:
    parts = [name] + ([f"{pages} pages"] if pages else []) + [size_text(size)]
    return " · ".join(parts)


class AttachmentChip(QWidget):
    removed = Signal(object)  # the chip

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        self.path = path
        self.document: ExtractedDocument | None = None
        self.label = QLabel(f"📄 {html.escape(path.name)} · reading…")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(f"Remove {path.name}")
        remove.setAccessibleName(f"Remove attachment {path.name}")
        self.remove_button = remove
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(remove)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))

    def set_document(self, document: ExtractedDocument) -> None:
        self.document = document
        self.label.setText("📄 " + html.escape(describe_document(document.name, document.pages, document.size)))


class AttachmentTray(QWidget):
    """The chips of the documents the next message will carry; hidden when there are none."""

    error = Signal(str)  # one sentence: a file that cannot be attached
    changed = Signal()
    _extracted = Signal(object, object)  # chip, ExtractedDocument or DocumentError (from the worker)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self._chips: list[AttachmentChip] = []
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-documents")
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._extracted.connect(self._on_extracted)  # queued: emitted from the worker thread

    @property
    def busy(self) -> bool:
        return any(chip.document is None for chip in self._chips)

    def documents(self) -> list[ExtractedDocument]:
        return [chip.document for chip in self._chips if chip.document is not None]

    def chips(self) -> list[AttachmentChip]:
        return list(self._chips)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window(), "Attach documents", "", FILE_FILTER)
        self.add_paths(paths)

    def add_paths(self, paths) -> None:
        for path in map(Path, paths):
            if any(chip.path == path for chip in self._chips):
                continue
            chip = AttachmentChip(path, self)
            self._connect_chip(chip)
            self._chips.append(chip)
            self._layout.insertWidget(self._layout.count() - 1, chip)
            self._pool.submit(self._extract, chip, path)
        self.setVisible(bool(self._chips))
        self.changed.emit()

    def _connect_chip(self, chip: AttachmentChip) -> None:
        chip.removed.connect(self._remove)

    def _extract(self, chip: AttachmentChip, path: Path) -> None:
        """In the worker thread: read, extract and chunk (``chunks`` is cached on the document)."""
        try:
            document = extract_file(path)
            document.chunks  # noqa: B018 - computed here, not on the GUI thread when the message is saved
            self._extracted.emit(chip, document)
        except DocumentError as exc:
            self._extracted.emit(chip, exc)
        except Exception as exc:  # noqa: BLE001 - a reader library's own bug: one sentence, logged
            log.exception("reading an attachment failed")
            self._extracted.emit(chip, DocumentError(f"{path.name} could not be read ({type(exc).__name__})"))

    @Slot(object, object)
    def _on_extracted(self, chip: AttachmentChip, outcome) -> None:
        if chip not in self._chips:  # removed while it was being read
            return
        if isinstance(outcome, DocumentError):
            self._remove(chip)
            self.error.emit(str(outcome))
            return
        chip.set_document(outcome)
        self.changed.emit()

    def _remove(self, chip: AttachmentChip) -> None:
        if chip in self._chips:
            self._chips.remove(chip)
            chip.setParent(None)
            chip.deleteLater()
        self.setVisible(bool(self._chips))
        self.changed.emit()

    def clear(self) -> None:
        for chip in list(self._chips):
            self._remove(chip)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def connect_attachments(window) -> None:
    """Wire the tray into the main window (one call from its ``_connect_signals``)."""
    tray: AttachmentTray = window.attachment_tray
    window.composer.attach_requested.connect(tray.choose_files)
    tray.error.connect(window.show_error)
    # Sent: the chips go with the message (a refused message keeps them for the next try).
    window.chat.reply_started.connect(lambda user_item, _reply: tray.clear() if user_item is not None else None)
    window.chat_view.documents_for = window.chat.history.documents_for
    window.closing.connect(tray.shutdown)
