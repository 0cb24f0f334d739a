"""What a screen reader is told: names for controls, and announcements of finished replies.

Qt derives a control's accessible name from its text (buttons) or its form label (buddy); controls
without either (a search box, a combo box in a toolbar, an icon button) need one set here.
:func:`unnamed_controls` lists the interactive widgets a screen reader would read as nameless;
the accessibility test walks every window and dialog with it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def describe(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and description); returns it for chaining."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (explicit, from its text, or its label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return (interface.text(QAccessible.Text.Name) or "").strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` (itself included) that have no spoken name."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE) or _internal(widget):
            continue
        if not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.window()).__name__}")
    return found


def _internal(widget: QWidget) -> bool:
    """Qt's own helper widgets (a combo box's popup list, a line edit inside a spin box, a scroll
    area's corner buttons) take their name from their owner."""
    if isinstance(widget, QHeaderView):  # a table's header: read as the table's column names
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):  # QLineEdit: its clear button
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def announce(widget: QWidget, text: str) -> None:
    """Ask the screen reader to say ``text`` (politely: after what it is saying now)."""
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
