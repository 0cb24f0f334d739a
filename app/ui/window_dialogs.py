"""The questions and dialogs the main window opens: rename a chat, delete a chat or a message
(No is the default), let a chat that no longer fits forget its oldest turns, Settings, a chat's
own settings and presets, About.

Each method asks, then hands the answer to the chat session (or returns it); nothing here keeps
state. Strings keep the ``MainWindow`` translation context they had when this was part of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..core.base.settings import Settings
from ..core.history.conversation import Conversation
from .chat_session import ChatSession
from .confirm import ask
from .conversation_settings import ConversationSettingsDialog
from .model_session import ModelSession
from .settings_dialog import SettingsDialog


class WindowDialogs:
    def __init__(self, parent: QWidget, chat: ChatSession, models: ModelSession, settings: Callable[[], Settings]):
        self._parent, self._chat, self._models, self._settings = parent, chat, models, settings

    def rename(self, conversation_id: str) -> None:
        dialog = text_dialog(
            self._parent,
            QCoreApplication.translate("MainWindow", "Rename chat"),
            QCoreApplication.translate("MainWindow", "Title:"),
            self._chat.history.title_of(conversation_id),
        )
        if dialog.exec() and dialog.textValue().strip():
            self._chat.history.rename(conversation_id, dialog.textValue())

    def confirm_delete(self, conversation_id: str) -> None:
        question = QCoreApplication.translate("MainWindow", "Delete “%1” and all its messages? This cannot be undone.")
        title = self._chat.history.title_of(conversation_id)
        if ask(self._parent, QCoreApplication.translate("MainWindow", "Delete chat"), question.replace("%1", title)):
            self._chat.history.delete_conversation(conversation_id)

    def confirm_delete_message(self, message_id: str) -> None:
        from .history_actions import confirm_delete_message

        plan = self._chat.history.plan_delete(message_id)  # names exactly what goes (core.deletion)
        if plan is not None and confirm_delete_message(plan, self._parent):
            self._chat.history.delete_planned(plan)

    def ask_to_drop_oldest(self, failed_reply_id: str, explanation: str) -> None:
        question = QCoreApplication.translate(
            "MainWindow",
            "%1.\n\nLet this chat forget its oldest turns (the system prompt and pinned messages "
            "stay) and try again? A marker in the chat will show where the model's memory begins.",
        )
        title = QCoreApplication.translate("MainWindow", "The chat no longer fits")
        if ask(self._parent, title, question.replace("%1", f"{explanation[0].upper()}{explanation[1:]}")):
            self._chat.retry_dropping_oldest(failed_reply_id)
        else:
            self._chat.reload()

    def settings(self) -> Settings | None:
        """The global Settings dialog; the settings chosen, or None when cancelled."""
        dialog = SettingsDialog.for_window(self._settings(), self._models, self._parent)  # nothing slow on this thread
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            return dialog.result_settings(self._settings())  # onto what holds now, not what held at opening
        return None

    def chat_settings(self) -> None:
        conversation = self._chat.history.conversation()
        if conversation is None:
            new_chat = QCoreApplication.translate("MainWindow", "New chat")
            conversation = Conversation(id="", title=new_chat, created_at=0, updated_at=0)
        dialog = ConversationSettingsDialog(
            conversation,
            self._settings(),
            self._chat.history.presets(),
            self._chat.history.save_preset,
            self._chat.history.delete_preset,
            self._parent,
        )
        if dialog.exec() == ConversationSettingsDialog.DialogCode.Accepted:
            self._chat.history.set_conversation_settings(*dialog.values())

    def about(self) -> None:
        QMessageBox.about(
            self._parent,
            QCoreApplication.translate("MainWindow", "About %1").replace("%1", APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><br>"
            + QCoreApplication.translate(
                "MainWindow", "Offline chat with Google's Gemma models.<br>Nothing leaves this computer."
            ),
        )


def text_dialog(parent: QWidget, title: str, label: str, text: str) -> QInputDialog:
    """A one-line question sized to what it holds (QInputDialog.getText is 200 px wide, too
    narrow for a title)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    width = min(640, max(420, parent.fontMetrics().horizontalAdvance(text) + 80))
    field = dialog.findChild(QLineEdit)
    if field is not None:  # the dialog takes its width from its field
        field.setMinimumWidth(width - 40)
        field.setAccessibleName(label.rstrip(":"))
    dialog.setMinimumWidth(width)
    return dialog
