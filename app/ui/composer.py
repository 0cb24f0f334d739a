"""The message box: Enter sends, Shift+Enter adds a line; Send turns into Stop while a reply streams."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class MessageEdit(QPlainTextEdit):
    submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    submitted = Signal(str)
    stop_requested = Signal()
    refused = Signal(str)  # why Enter did nothing (no model yet): the window shows it
    attach_requested = Signal()  # the paperclip: the window's attachment tray asks for files

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = MessageEdit(self)
        self.editor.setPlaceholderText("Message Gemma…  (Enter to send, Shift+Enter for a new line)")
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(84)
        self.editor.submit.connect(self._submit)
        self.send_button = QPushButton("Send")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._submit)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("Stop the reply (Esc)")
        self.stop_button.clicked.connect(self.stop_requested)
        self.stop_button.hide()
        self.attach_button = QPushButton("📎")
        self.attach_button.setToolTip("Attach documents (text, Markdown, code, CSV, HTML, PDF, DOCX)")
        self.attach_button.setAccessibleName("Attach documents")
        self.attach_button.clicked.connect(self.attach_requested)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self._busy = False
        self._ready = True
        self._not_ready_reason = ""

    def _submit(self) -> None:
        text = self.editor.toPlainText()
        if not self._ready and text.strip():
            self.refused.emit(self._not_ready_reason or "No model is loaded yet")
            return
        if self._busy or not text.strip():
            return
        self.editor.clear()
        self.submitted.emit(text)

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
