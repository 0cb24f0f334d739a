"""Questions that may destroy or drop something: No is the default and Esc answers No.

``QMessageBox.question`` makes Yes the default button, so a reflexive Enter would delete. Every
confirmation in the window goes through :func:`question_box` instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A Yes/No question whose default (Enter) and escape (Esc) answer is No."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """True only when the user chose Yes."""
    return question_box(parent, title, text).exec() == QMessageBox.StandardButton.Yes
