"""The chips of sent attachments: Open and Remove.

*Open* hands the original file to the desktop only while it still holds the very bytes that were
attached (checked by sha256, see ``store.original_file``): a path that came with an imported chat,
or a file edited since, opens the stored text in a read-only viewer instead.

*Remove* takes the document off its message (after a question whose default is No): later turns
no longer send it, its stored text and chunks go when no other message or collection uses them,
the search index is purged of its words, and the saved KV states of the chat (which hold the
document's tokens) are forgotten. The replies it informed keep their list of sources.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.documents import store
from ..core.documents.context import documents_of_message
from ..core.documents.store import Attachment
from ..core.history.conversation import Message
from ..core.history.storage import StorageError
from .confirm import ask

log = logging.getLogger(__name__)


class StoredTextViewer(QDialog):
    """The text Hearth stored of a document, read-only (the original file is gone or changed)."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SentAttachments", "%1 (stored text)").replace("%1", name))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(
            QCoreApplication.translate("SentAttachments", "Stored text of %1").replace("%1", name)
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.close)


class SentAttachments(QObject):
    """Given to the chat view as its ``documents_for``: what a message's card shows, and the
    actions its chips offer (``sources_view.documents_widget`` looks for them)."""

    removed = Signal(str, str)  # message id, document id

    def __init__(self, window, storage, forget_conversation: Callable[[str], object]):
        super().__init__(window)
        self._window = window
        self._storage = storage
        self._forget_conversation = forget_conversation
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests record instead
        self.viewers: list[StoredTextViewer] = []

    def __call__(self, message: Message) -> tuple[list, list]:
        return documents_of_message(self._storage, message)

    def open_attachment(self, attachment: Attachment) -> str:
        """``"original"`` when the file itself was opened, ``"stored"`` for the viewer."""
        original = store.original_file(attachment)
        if original is not None:
            self.open_url(QUrl.fromLocalFile(str(original)))
            return "original"
        try:
            text = store.document_text(self._storage.connection, attachment.document.id)
        except sqlite3.Error as exc:
            self._window.show_error(
                QCoreApplication.translate("SentAttachments", "The stored text cannot be read: %1").replace(
                    "%1", str(exc)
                )
            )
            return "failed"
        viewer = StoredTextViewer(attachment.name, text, self._window)
        self._connect_viewer(viewer)
        self.viewers.append(viewer)
        viewer.show()
        return "stored"

    def _connect_viewer(self, viewer: StoredTextViewer) -> None:
        viewer.finished.connect(lambda _result: self.viewers.remove(viewer) if viewer in self.viewers else None)

    def remove_attachment(self, attachment: Attachment, confirm: bool = True) -> bool:
        chat = self._window.chat
        if chat.busy:
            self._window.show_error(
                QCoreApplication.translate(
                    "SentAttachments", "Wait for the reply to finish, or stop it, before removing a document."
                )
            )
            return False
        question = QCoreApplication.translate(
            "SentAttachments",
            "Remove %1 from this chat? Later replies will no longer see it; its stored text is deleted "
            "unless another chat or a collection uses it.",
        ).replace("%1", attachment.name)
        if confirm and not ask(
            self._window, QCoreApplication.translate("SentAttachments", "Remove document"), question
        ):
            return False
        message = self._storage.get_message(attachment.message_id)
        try:
            with self._storage.transaction() as db:
                store.detach(db, attachment.message_id, attachment.document.id)
        except (StorageError, sqlite3.Error) as exc:
            self._window.show_error(str(exc))
            return False
        chat.history.purge_deleted_text()  # the document's words leave the index's old pages too
        self._forget_conversation(message.conversation_id)  # saved KV states hold its tokens
        chat.reload()
        self.removed.emit(attachment.message_id, attachment.document.id)
        return True
