"""The main window: where its parts are put together and wired, in one place (``_connect_signals``).

The logic lives elsewhere: :class:`ChatSession` (turns and conversations) and :class:`ModelSession`
(which model, loading) hold the state; the window's parts show it and ask the user:

* :mod:`window_layout` and :mod:`window_menus` make the widgets, menus and actions;
* :class:`~app.ui.chat_display.ChatDisplay`: the chat area (messages, title, context, reply speed);
* :class:`~app.ui.chat_navigation.ChatNavigator`: the sidebar, switching chats, outside changes;
* :class:`~app.ui.model_status.ModelStatus`: the model picker and the model's state in the status bar;
* :class:`~app.ui.window_dialogs.WindowDialogs`: rename, delete, Settings, About…

What is left here is the keyboard's whole-window commands, zoom, drops and closing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME
from ..core.base.settings import Settings
from ..core.history.conversation import Role
from .accessibility import announce
from .attachments import connect_attachments
from .chat_display import ChatDisplay
from .chat_navigation import ChatNavigator
from .chat_session import ChatSession
from .chat_view import MessageItem
from .model_session import ModelSession
from .model_status import ModelStatus
from .theme import zoom_fonts
from .window_dialogs import WindowDialogs, text_dialog  # noqa: F401 (text_dialog: imported from here)
from .window_layout import build_widgets
from .window_menus import build_menus

COPIED_FEEDBACK_MS = 1500
ZOOM_STEP = 0.1  # each Ctrl+= makes the text 10 % larger


class MainWindow(QMainWindow):
    theme_requested = Signal(str)
    model_manager_requested = Signal()
    export_requested = Signal(object)  # list of conversation ids, or None for all
    model_files_dropped = Signal(list)  # paths of .gguf files dropped on the window
    import_model_requested = Signal()
    import_requested = Signal()
    closing = Signal()

    settings_changed = Signal(object)  # Settings chosen in the settings dialog
    zoom_changed = Signal(int)

    def __init__(
        self, chat: ChatSession, models: ModelSession, settings: Callable[[], Settings], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.chat = chat
        self.models = models
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 760)
        self.zoom_level = 0
        self._base_point_size = QApplication.font().pointSizeF()
        self.last_error: str | None = None
        build_widgets(self)
        build_menus(self)
        self.display = ChatDisplay(
            models,
            self.chat_view,
            self.sidebar,
            self.composer,
            self.title_label,
            self.context_label,
            self.rate_label,
            self,
        )
        self.navigator = ChatNavigator(self, chat, self.display)
        self.model_status = ModelStatus(
            models, self.model_picker, self.state_label, self.progress, self.composer, self.show_error, self
        )
        self.dialogs = WindowDialogs(self, chat, models, settings)
        self._connect_signals()
        self.composer.set_ready(False, self.tr("No model loaded yet"))
        self.setAcceptDrops(True)
        self.navigator.start_watching()

    # --------------------------------------------------------------- wiring
    def _connect_signals(self) -> None:
        self._connect_actions()
        self._connect_views()
        self._connect_chat()
        self._connect_models()

    def _connect_actions(self) -> None:
        """The menus' actions (made, unconnected, by window_menus)."""
        chat, navigator, dialogs = self.chat, self.navigator, self.dialogs
        self.new_action.triggered.connect(navigator.new_chat)
        self.export_action.triggered.connect(self._export_current)
        self.export_all_action.triggered.connect(lambda: self.export_requested.emit(None))
        self.import_action.triggered.connect(self.import_requested.emit)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self.sidebar.focus_search)
        self.stop_action.triggered.connect(chat.stop)
        self.settings_action.triggered.connect(self._open_settings)
        self.regenerate_action.triggered.connect(self.regenerate_last)
        self.edit_last_action.triggered.connect(self.edit_last_message)
        self.copy_reply_action.triggered.connect(self.copy_last_reply)
        self.chat_settings_action.triggered.connect(dialogs.chat_settings)
        self.manager_action.triggered.connect(self.model_manager_requested.emit)
        self.import_model_action.triggered.connect(self.import_model_requested.emit)
        self.theme_actions["system"].triggered.connect(lambda: self.theme_requested.emit("system"))
        self.theme_actions["light"].triggered.connect(lambda: self.theme_requested.emit("light"))
        self.theme_actions["dark"].triggered.connect(lambda: self.theme_requested.emit("dark"))
        self.zoom_in_action.triggered.connect(lambda: self.set_zoom(self.zoom_level + 1))
        self.zoom_out_action.triggered.connect(lambda: self.set_zoom(self.zoom_level - 1))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(0))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(dialogs.about)

    def _connect_views(self) -> None:
        """What the user does in the message box, the sidebar and the chat view."""
        chat, navigator, dialogs = self.chat, self.navigator, self.dialogs
        self.composer.submitted.connect(navigator.submit)
        connect_attachments(self)
        self.composer.stop_requested.connect(chat.stop)
        self.composer.refused.connect(self._say_refused)
        self.composer.edit_last_requested.connect(self.edit_last_message)
        self.composer.edit_submitted.connect(self._resend_edited)
        self.sidebar.new_requested.connect(navigator.new_chat)
        self.sidebar.conversation_selected.connect(navigator.open_chat)
        self.sidebar.search_result_selected.connect(navigator.open_search_hit)
        self.sidebar.search_changed.connect(navigator.search)
        self.sidebar.rename_requested.connect(dialogs.rename)
        self.sidebar.delete_requested.connect(dialogs.confirm_delete)
        self.sidebar.pin_requested.connect(chat.history.set_pinned)
        self.sidebar.export_requested.connect(self._export_one)
        self.chat_view.regenerate_requested.connect(chat.regenerate)
        self.chat_view.edit_requested.connect(self._edit_message)
        self.chat_view.delete_requested.connect(dialogs.confirm_delete_message)
        self.chat_view.answer_requested.connect(chat.answer)
        self.chat_view.branch_step_requested.connect(chat.history.step_branch)
        self.chat_view.pin_requested.connect(chat.history.set_message_pinned)
        self.navigator.external_timer.timeout.connect(navigator.check_external_changes)

    def _connect_chat(self) -> None:
        """What the chat session reports."""
        chat, display = self.chat, self.display
        chat.conversation_opened.connect(display.on_conversation_opened)
        chat.conversations_changed.connect(self.navigator.refresh_sidebar)
        chat.reply_started.connect(display.on_reply_started)
        chat.reply_text.connect(self.chat_view.append_text)
        chat.reply_finished.connect(display.on_reply_finished)
        chat.busy_changed.connect(self._on_busy)
        chat.error.connect(self.show_error)
        chat.text_restored.connect(self.composer.restore_text)
        chat.live_stats.connect(display.on_live_stats)
        chat.prompt_progress.connect(self.chat_view.show_prompt_progress)
        chat.context_used.connect(display.show_context)
        chat.context_full.connect(self.dialogs.ask_to_drop_oldest)
        chat.message_focused.connect(self.chat_view.scroll_to_message)
        chat.search_results.connect(self.navigator.show_search_results)

    def _connect_models(self) -> None:
        """What the model session reports, and the user's choice in the picker."""
        models, status = self.models, self.model_status
        models.models_changed.connect(self.model_picker.show_models)
        models.state_changed.connect(status.on_state)
        models.progress.connect(status.on_progress)
        models.ready_changed.connect(status.on_ready)
        models.ready_changed.connect(self.display.on_model_ready)
        self.model_picker.model_chosen.connect(status.choose)

    # -------------------------------------------------------------- actions
    def all_actions(self) -> list[QAction]:
        return [a for a in self.actions() if a.text()]

    def set_theme_checked(self, theme: str) -> None:
        """Tick the theme in use in View → Theme."""
        action = self.theme_actions.get(theme)
        if action is not None:
            action.setChecked(True)

    def refresh_sidebar(self) -> None:
        self.navigator.refresh_sidebar()

    def check_external_changes(self) -> None:
        self.navigator.check_external_changes()

    # ------------------------------------------------------------ keyboard
    def show_shortcuts(self):
        from .shortcuts_sheet import ShortcutsSheet

        sheet = ShortcutsSheet(self.all_actions(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        self.shortcuts_sheet = sheet
        return sheet

    def _last_message(self, role: Role) -> MessageItem | None:
        return next((i for i in reversed(self.chat_view.transcript.items) if i.message.role is role), None)

    def regenerate_last(self) -> None:
        item = self._last_message(Role.ASSISTANT)
        if item is not None and not self.chat.busy:
            self.chat.regenerate(item.message.id)

    def edit_last_message(self) -> None:
        """Put the last message the user wrote back in the message box, to be changed and resent."""
        item = self._last_message(Role.USER)
        if item is not None and not self.chat.busy:
            self._edit_message(item.message.id)

    def copy_last_reply(self) -> None:
        item = self._last_message(Role.ASSISTANT)
        if item is None:
            self.statusBar().showMessage(self.tr("There is no reply to copy yet."), 4000)
            return
        QGuiApplication.clipboard().setText(item.message.content)
        self.statusBar().showMessage(self.tr("Copied"), COPIED_FEEDBACK_MS)
        announce(self.statusBar(), self.tr("Copied"))

    def set_zoom(self, level: int) -> None:
        """Text size in 10 % steps (Ctrl+= / Ctrl+- / Ctrl+0); remembered across runs."""
        from .window_state import ZOOM_LIMITS

        level = max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], level))
        self.zoom_level = level
        size = max(6.0, self._base_point_size * (1 + ZOOM_STEP * level))
        zoom_fonts(self, size / self.font().pointSizeF())  # every widget: with a style sheet, fonts do not inherit
        self.chat_view.refit()
        self.zoom_changed.emit(level)

    def _edit_message(self, message_id: str) -> None:
        """Edit in place: the message goes back into the message box; Enter resends it as a new
        version (the original stays), Esc cancels."""
        if self.chat.busy:
            return
        self.composer.begin_edit(message_id, self.chat.history.message(message_id).content)

    def _resend_edited(self, message_id: str, text: str) -> None:
        if text != self.chat.history.message(message_id).content:
            self.chat.edit(message_id, text)

    # ---------------------------------------------------------------- slots
    def _say_refused(self, reason: str) -> None:
        text = self.tr("%1. Your message is still in the box; press Enter again when the model is ready.")
        self.statusBar().showMessage(text.replace("%1", reason), 8000)

    def _on_busy(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self.stop_action.setEnabled(busy)
        self.model_picker.setEnabled(not busy)
        if not busy:
            self.navigator.close_wait_notice()

    def show_error(self, message: str) -> None:
        """Say what went wrong without blocking the window (open(), not exec())."""
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = message

    def _export_current(self) -> None:
        if self.chat.conversation_id is None:
            self.show_error(self.tr("Open a chat to export it, or use Export all chats."))
            return
        self.export_requested.emit([self.chat.conversation_id])

    def _export_one(self, conversation_id: str) -> None:
        self.export_requested.emit([conversation_id])

    def _open_settings(self) -> None:
        chosen = self.dialogs.settings()
        if chosen is not None:
            self.settings_changed.emit(chosen)

    # -------------------------------------------------------- drag and drop
    @staticmethod
    def _dropped_files(event) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile()]

    @classmethod
    def _dropped_models(cls, event) -> list[str]:
        return [f for f in cls._dropped_files(event) if f.lower().endswith(".gguf")]

    @classmethod
    def _dropped_documents(cls, event) -> list[str]:
        """Every other local file dropped: a document for the next message."""
        return [f for f in cls._dropped_files(event) if not f.lower().endswith(".gguf")]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt name
        files, documents = self._dropped_models(event), self._dropped_documents(event)
        if files or documents:
            event.acceptProposedAction()
        if files:
            self.model_files_dropped.emit(files)
        if documents:
            self.attachment_tray.add_paths(documents)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.navigator.stop_watching()
        self.closing.emit()
        super().closeEvent(event)
