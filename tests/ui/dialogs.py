"""Answer a modal question the window is about to ask, as a user would (Enter, or a button)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_question(qtbot, press_enter: bool = False, button=None) -> dict:
    """When the next QMessageBox opens, record its default button and answer it. Returns the record."""
    seen: dict = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        default = box.defaultButton()
        seen["default"] = box.standardButton(default) if default is not None else None
        seen["text"] = box.text()
        if press_enter:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            box.button(button).click()

    QTimer.singleShot(0, answer)
    return seen
