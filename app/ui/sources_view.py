"""Under a message: the documents it carries (chips) or the sources its reply was given.

A user message shows one chip per attachment: name, pages, size and how the last reply used it
(whole or retrieved), with Open and Remove buttons when the window gives the chips someone to
carry them out (:mod:`.sent_attachments`). A reply shows "N sources ▸"; clicking it lists each source's file, page or
section and excerpt. Everything shown came from a file or a model, so it is escaped before it
becomes rich text.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..core.documents.store import Attachment, Source
from ..core.history.conversation import Message, Role
from .attachments import describe_document

EXCERPT_CHARS = 600

# message -> (attachments of a user message, sources of a reply)
DocumentsLookup = Callable[[Message], "tuple[list[Attachment], list[Source]]"]


class AttachmentChips(QWidget):
    """``actions`` (optional) has ``open_attachment(attachment)`` and ``remove_attachment(attachment)``."""

    def __init__(
        self, attachments: list[Attachment], modes: dict[str, str], actions=None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("messageAttachments")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        self.open_buttons: list[QToolButton] = []
        self.remove_buttons: list[QToolButton] = []
        for attachment in attachments:
            info = attachment.document
            text = describe_document(attachment.name, info.pages, info.size)
            mode = modes.get(info.id)
            label = QLabel("📄 " + html.escape(text + (f" · {mode}" if mode else "")))
            label.setObjectName("attachmentChip")
            label.setToolTip(f"{info.chunks} chunks, {info.text_chars:,} characters of text")
            self.labels.append(label)
            layout.addWidget(label)
            if actions is not None:
                self._add_buttons(layout, attachment)
        layout.addStretch(1)
        self._connect_signals(attachments, actions)

    def _connect_signals(self, attachments: list[Attachment], actions) -> None:
        if actions is None:
            return
        for attachment, opener, remover in zip(attachments, self.open_buttons, self.remove_buttons, strict=True):
            self._connect_buttons(attachment, opener, remover, actions)

    @staticmethod
    def _connect_buttons(attachment: Attachment, opener: QToolButton, remover: QToolButton, actions) -> None:
        """One attachment's Open and Remove (a function of its own, so each closure holds its attachment)."""
        opener.clicked.connect(lambda: actions.open_attachment(attachment))
        remover.clicked.connect(lambda: actions.remove_attachment(attachment))

    def _add_buttons(self, layout: QHBoxLayout, attachment: Attachment) -> None:
        opener = QToolButton()
        opener.setText(QCoreApplication.translate("AttachmentChips", "Open"))
        opener.setAutoRaise(True)
        opener.setToolTip(
            QCoreApplication.translate("AttachmentChips", "Open the file, or the text Hearth stored of it")
        )
        opener.setAccessibleName(
            QCoreApplication.translate("AttachmentChips", "Open attachment %1").replace("%1", attachment.name)
        )
        remover = QToolButton()
        remover.setText("✕")
        remover.setAutoRaise(True)
        remover.setToolTip(
            QCoreApplication.translate("AttachmentChips", "Remove from this chat: later replies no longer use it")
        )
        remover.setAccessibleName(
            QCoreApplication.translate("AttachmentChips", "Remove attachment %1 from this chat").replace(
                "%1", attachment.name
            )
        )
        self.open_buttons.append(opener)
        self.remove_buttons.append(remover)
        layout.addWidget(opener)
        layout.addWidget(remover)


class SourcesList(QWidget):
    """A "N sources" toggle and, when opened, each source with its excerpt."""

    def __init__(self, sources: list[Source], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("replySources")
        self.sources = sources
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        noun = "source" if len(sources) == 1 else "sources"
        self.toggle = QToolButton()
        self.toggle.setText(f"{len(sources)} {noun} ▸")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(f"Show the {len(sources)} {noun} this reply was given")
        self.details = QLabel(self._details_html())
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.toggle.toggled.connect(self._show)

    def _show(self, shown: bool) -> None:
        self.details.setVisible(shown)
        noun = "source" if len(self.sources) == 1 else "sources"
        self.toggle.setText(f"{len(self.sources)} {noun} {'▾' if shown else '▸'}")

    def _details_html(self) -> str:
        entries = []
        for source in self.sources:
            where = source.location()
            title = f"[{source.position}] {source.name}" + (f", {where}" if where else "") + f" ({source.mode})"
            excerpt = source.excerpt if len(source.excerpt) <= EXCERPT_CHARS else source.excerpt[:EXCERPT_CHARS] + "…"
            entries.append(f"<p><b>{html.escape(title)}</b><br>{html.escape(excerpt).replace(chr(10), '<br>')}</p>")
        return "".join(entries)


def documents_widget(lookup: DocumentsLookup | None, message: Message) -> QWidget | None:
    """The strip for ``message``, or None when it has no documents (most messages)."""
    if lookup is None:
        return None
    attachments, sources = lookup(message)
    if message.role is Role.USER and attachments:
        actions = lookup if hasattr(lookup, "remove_attachment") else None  # see sent_attachments.py
        return AttachmentChips(attachments, {s.document_id: s.mode for s in sources}, actions)
    if message.role is Role.ASSISTANT and sources:
        return SourcesList(sources)
    return None


MODE_CHOICES = (
    ("Whole when they fit, else retrieve excerpts", "auto"),
    ("Always whole", "whole"),
    ("Always retrieve excerpts", "retrieve"),
)


def documents_mode_box(conversation):
    """The chat-settings choice of how attachments are sent (stored as ``documents_mode``)."""
    from PySide6.QtWidgets import QComboBox

    from ..core.documents.context import documents_mode

    box = QComboBox()
    for label, value in MODE_CHOICES:
        box.addItem(label, value)
    box.setCurrentIndex(box.findData(documents_mode(conversation)))
    box.setAccessibleName("How attached documents are sent")
    return box
