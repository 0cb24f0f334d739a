"""A message's header buttons: the ``< 2/3 >`` version navigator and the actions (Copy, Pin,
Regenerate or Edit/Answer, Delete).

Each button also becomes an entry of the message's context menu (Shift+F10 or the menu key), so a
keyboard user has one Tab stop per message and reaches every action from it. The builders only make
widgets and record ``(button, menu entry, slot)`` in the view's ``_actions_wiring``;
``MessageView._connect_signals`` connects them. Strings keep the ``MessageView`` translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..core.history.conversation import Message, Role

if TYPE_CHECKING:
    from .message_view import MessageItem, MessageView


def menu_action(parent: QWidget, text: str) -> QAction:
    """An entry of the message's context menu; MessageView._connect_signals says what it does."""
    return QAction(text, parent)


def add_branch_navigator(view: MessageView, header: QHBoxLayout, item: MessageItem) -> None:
    """``< 2/3 >`` when the message has other versions (edits, regenerations)."""
    if item.sibling_count <= 1:
        return
    back, forward = QToolButton(text="<"), QToolButton(text=">")
    back.setToolTip(QCoreApplication.translate("MessageView", "Previous version"))
    forward.setToolTip(QCoreApplication.translate("MessageView", "Next version"))
    back.setAccessibleName(QCoreApplication.translate("MessageView", "Previous version"))
    forward.setAccessibleName(QCoreApplication.translate("MessageView", "Next version"))
    back.setEnabled(item.sibling_index > 0)
    forward.setEnabled(item.sibling_index < item.sibling_count - 1)
    for button, slot in ((back, view._step_back), (forward, view._step_forward)):
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu_entry = menu_action(view, button.toolTip()) if button.isEnabled() else None
        if menu_entry is not None:
            view.addAction(menu_entry)
        view._actions_wiring.append((button, menu_entry, slot))
    view.branch_label = QLabel(f"{item.sibling_index + 1}/{item.sibling_count}")
    header.addWidget(back)
    header.addWidget(view.branch_label)
    header.addWidget(forward)


def add_actions(view: MessageView, header: QHBoxLayout, message: Message) -> None:
    """The action buttons, each also in the context menu; kept as attributes the window uses."""

    def tool(text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(text=text)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop per message: the menu has them
        header.addWidget(button)
        menu_entry = menu_action(view, text)
        view.addAction(menu_entry)
        view._actions_wiring.append((button, menu_entry, slot))
        return button

    view.copy_button = tool(
        QCoreApplication.translate("MessageView", "Copy"),
        QCoreApplication.translate("MessageView", "Copy this message"),
        view.copy_text,
    )
    view.pin_button = tool(
        QCoreApplication.translate("MessageView", "Unpin")
        if message.pinned
        else QCoreApplication.translate("MessageView", "Pin"),
        QCoreApplication.translate(
            "MessageView", "Pinned messages stay in the model's memory when older turns are dropped"
        ),
        view._request_pin_toggle,
    )
    if message.role is Role.ASSISTANT:
        view.regenerate_button = tool(
            QCoreApplication.translate("MessageView", "Regenerate"),
            QCoreApplication.translate("MessageView", "Write another version of this reply (the old one stays)"),
            view._request_regenerate,
        )
    else:
        view.edit_button = tool(
            QCoreApplication.translate("MessageView", "Edit"),
            QCoreApplication.translate("MessageView", "Edit and resend (the original stays as another version)"),
            view._request_edit,
        )
        view.answer_button = tool(
            QCoreApplication.translate("MessageView", "Answer"),
            QCoreApplication.translate("MessageView", "Write a reply to this message"),
            view._request_answer,
        )
        view.answer_button.hide()  # shown by ChatView while this message ends the branch
    tool(
        QCoreApplication.translate("MessageView", "Delete"),
        QCoreApplication.translate("MessageView", "Delete this message and what follows it"),
        view._request_delete,
    )
