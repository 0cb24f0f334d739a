"""The message box: Enter sends, Shift+Enter adds a line; Send turns into Stop while a reply streams.

Up in an empty box asks to edit the last message; an edit happens here, in place: the message's
text comes into the box under an "Editing" bar, Enter resends it as a new version, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class MessageEdit(QPlainTextEdit):
    submit = Signal()
    up_when_empty = Signal()
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.submit.emit()
            return
        if event.key() == Qt.Key.Key_Up and not self.toPlainText() and not self.isReadOnly():
            self.up_when_empty.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
        super().keyPressEvent(event)


class Composer(QWidget):
    submitted = Signal(str)
    stop_requested = Signal()
    refused = Signal(str)  # why Enter did nothing (no model yet): the window shows it
    attach_requested = Signal()  # the paperclip: the window's attachment tray asks for files
    edit_last_requested = Signal()  # Up in the empty box
    edit_submitted = Signal(str, str)  # message id, new text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = MessageEdit(self)
        self.editor.setPlaceholderText(self.tr("Message Gemma…  (Enter to send, Shift+Enter for a new line)"))
        self.editor.setAccessibleName(self.tr("Message"))
        self.editor.setAccessibleDescription(
            self.tr("Enter sends, Shift+Enter adds a line, Up in an empty box edits your last message")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(48)
        self.editor.setMaximumHeight(84)
        self.edit_bar = QLabel()
        self.edit_bar.setObjectName("editBar")
        self.edit_bar.setWordWrap(True)
        self.edit_bar.hide()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_button.hide()
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr("Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)"))
        self.attach_button.setAccessibleName(self.tr("Attach documents"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit_bar)
        layout.addLayout(row)
        self._busy = False
        self._ready = True
        self._not_ready_reason = ""
        self.editing: str | None = None  # id of the message being edited in place
        self._draft = ""  # what was in the box before an edit began
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editor.submit.connect(self._submit)
        self.editor.up_when_empty.connect(self.edit_last_requested)
        self.editor.escape.connect(self.cancel_edit)
        self.send_button.clicked.connect(self._submit)
        self.stop_button.clicked.connect(self.stop_requested)
        self.attach_button.clicked.connect(self.attach_requested)

    def _submit(self) -> None:
        text = self.editor.toPlainText()
        if not self._ready and text.strip():
            self.refused.emit(self._not_ready_reason or self.tr("No model is loaded yet"))
            return
        if self._busy or not text.strip():
            return
        editing = self.editing
        self._end_edit(restore_draft=False)
        self.editor.clear()
        if editing is not None:
            self.edit_submitted.emit(editing, text)
        else:
            self.submitted.emit(text)

    def begin_edit(self, message_id: str, text: str) -> None:
        """Edit a sent message here; Enter resends it, Esc puts back what was typed before."""
        if self.editing is None:
            self._draft = self.editor.toPlainText()
        self.editing = message_id
        self.edit_bar.setText(
            self.tr("Editing your message: Enter sends it as a new version (the original stays), Esc cancels.")
        )
        self.edit_bar.show()
        self.send_button.setText(self.tr("Resend"))
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus()

    def cancel_edit(self) -> None:
        if self.editing is not None:
            self._end_edit(restore_draft=True)

    def _end_edit(self, restore_draft: bool) -> None:
        if self.editing is None:
            return
        self.editing = None
        self.edit_bar.hide()
        self.send_button.setText(self.tr("Send"))
        if restore_draft:
            self.editor.setPlainText(self._draft)
        self._draft = ""

    def set_busy(self, busy: bool) -> None:
        """While a reply streams the box is read-only and Send becomes Stop."""
        self._busy = busy
        self.editor.setReadOnly(busy)
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        if not busy:
            self.editor.setFocus()

    def set_ready(self, ready: bool, reason: str = "") -> None:
        """Whether a model is loaded; the box stays editable so nothing typed is lost."""
        self._ready = ready
        self._not_ready_reason = reason
        self.send_button.setEnabled(ready)
        self.send_button.setToolTip("" if ready else reason)

    def restore_text(self, text: str) -> None:
        """Put back a message that could not be sent, so the user does not lose it."""
        if not self.editor.toPlainText().strip():
            self.editor.setPlainText(text)
