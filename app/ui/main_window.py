"""The main window: layout, menus and shortcuts, wired in one place (``_connect_signals``).

The logic lives elsewhere: :class:`ChatSession` (turns and conversations), :class:`ModelSession`
(which model, loading), and the views (:mod:`sidebar`, :mod:`chat_view`, :mod:`composer`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core.base.settings import Settings
from ..core.history.conversation import Conversation, MessageStatus
from .accessibility import announce, describe
from .attachments import AttachmentTray, connect_attachments
from .chat_session import ChatSession
from .chat_view import ChatView, MessageItem, item_signature
from .composer import Composer
from .confirm import ask
from .conversation_settings import ConversationSettingsDialog
from .elided_label import ElidedLabel
from .message_text import live_stats_text
from .model_session import ModelSession
from .settings_dialog import SettingsDialog
from .sidebar import Sidebar
from .theme import zoom_fonts

WAIT_FOR_REPLY = QT_TRANSLATE_NOOP(
    "MainWindow", "Wait for the reply to finish, or press Esc to stop it, before switching chats."
)
DELETED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "MainWindow", "The chat you were in was deleted outside this window (by the hearth command or another window)."
)
COPIED_FEEDBACK_MS = 1500
ZOOM_STEP = 0.1  # each Ctrl+= makes the text 10 % larger
EXTERNAL_CHECK_MS = 1000  # how often the window looks for changes other processes made to the history


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
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 760)
        self.zoom_level = 0
        self._base_point_size = QApplication.font().pointSizeF()
        self._build_widgets()
        self._build_menus()
        self._connect_signals()
        self.composer.set_ready(False, self.tr("No model loaded yet"))
        self.setAcceptDrops(True)
        self.last_error: str | None = None
        self.wait_notice: QMessageBox | None = None  # "wait for the reply", closed when it ends
        self.last_notice = ""
        # The CLI or a second window may change the same history: notice it (SQLite's data_version
        # moves only for other connections' commits) and show what is stored.
        self._seen_version = chat.data_version()
        self._external_timer = QTimer(self, interval=EXTERNAL_CHECK_MS)
        self._external_timer.timeout.connect(self.check_external_changes)
        self._external_timer.start()

    # ---------------------------------------------------------------- layout
    def _build_widgets(self) -> None:
        self.sidebar = Sidebar()
        self.chat_view = ChatView()
        self.composer = Composer()
        self.title_label = QLabel(self.tr("New chat"))
        self.title_label.setObjectName("chatTitle")
        # A long title is cut at the window's edge (whole in the tooltip), never widens the window.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.context_label = QLabel("")
        self.context_label.setToolTip(self.tr("Tokens the model holds in its context / context size"))
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.context_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(header)
        right_layout.addWidget(self.chat_view, 1)
        self.attachment_tray = AttachmentTray()  # documents for the next message (see attachments.py)
        right_layout.addWidget(self.attachment_tray)
        right_layout.addWidget(self.composer)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 840])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.model_picker = QComboBox()
        # Wide enough for a model name, narrow enough for a 640-pixel window; the full name is its tooltip.
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_picker.setMinimumContentsLength(18)
        self.model_picker.setToolTip(self.tr("Model used for new replies"))
        describe(self.model_picker, self.tr("Model"), self.tr("Model used for new replies"))
        toolbar = QToolBar(self.tr("Model"))
        toolbar.setObjectName("modelToolbar")
        toolbar.setMovable(False)
        model_label = QLabel(self.tr(" Model: "))
        model_label.setBuddy(self.model_picker)
        toolbar.addWidget(model_label)
        toolbar.addWidget(self.model_picker)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        # The state text gives way (elided, whole in its tooltip); the speed and progress never do.
        self.state_label = ElidedLabel(self.tr("Starting…"))
        self.state_label.setObjectName("stateLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.rate_label = QLabel("")
        self.rate_label.setObjectName("rateLabel")
        self.statusBar().addWidget(self.state_label, 1)
        self.statusBar().addPermanentWidget(self.rate_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New chat"), QKeySequence.StandardKey.New, self._new_chat)
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("&Export this chat…"), QKeySequence("Ctrl+E"), self._export_current
        )
        self.export_all_action = self._action(
            file_menu, self.tr("Export &all chats…"), None, lambda: self.export_requested.emit(None)
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import chats…"), QKeySequence("Ctrl+I"), self.import_requested.emit
        )
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            edit_menu, self.tr("&Search chats"), QKeySequence.StandardKey.Find, self.sidebar.focus_search
        )
        self.find_action.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K")])
        self.stop_action = self._action(
            edit_menu, self.tr("&Stop reply"), QKeySequence(Qt.Key.Key_Escape), self.chat.stop
        )
        self.stop_action.setEnabled(False)
        edit_menu.addSeparator()
        self.settings_action = self._action(
            edit_menu, self.tr("Se&ttings…"), QKeySequence("Ctrl+,"), self._open_settings
        )
        self.chat_menu = bar.addMenu(self.tr("&Chat"))
        self.regenerate_action = self._action(
            self.chat_menu, self.tr("&Regenerate last reply"), QKeySequence("Ctrl+R"), self.regenerate_last
        )
        self.edit_last_action = self._action(
            self.chat_menu, self.tr("&Edit last message"), QKeySequence("Ctrl+Shift+Up"), self.edit_last_message
        )
        self.copy_reply_action = self._action(
            self.chat_menu, self.tr("&Copy last reply"), QKeySequence("Ctrl+Shift+C"), self.copy_last_reply
        )
        self.chat_menu.addSeparator()
        self.chat_settings_action = self._action(
            self.chat_menu,
            self.tr("Chat &settings and presets…"),
            QKeySequence("Ctrl+Shift+S"),
            self._open_chat_settings,
        )
        self.models_menu = bar.addMenu(self.tr("&Models"))
        self.manager_action = self._action(
            self.models_menu,
            self.tr("Model &manager…"),
            QKeySequence("Ctrl+Shift+M"),
            self.model_manager_requested.emit,
        )
        self.import_model_action = self._action(
            self.models_menu, self.tr("&Import a model file…"), None, self.import_model_requested.emit
        )
        view_menu = bar.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = self._action(theme_menu, label, None, lambda checked=False, n=name: self.theme_requested.emit(n))
            action.setCheckable(True)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        view_menu.addSeparator()
        self.zoom_in_action = self._action(
            view_menu, self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self.zoom_level + 1)
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence.StandardKey.ZoomIn])
        self.zoom_out_action = self._action(
            view_menu,
            self.tr("Zoom &out"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.set_zoom(self.zoom_level - 1),
        )
        self.zoom_reset_action = self._action(
            view_menu, self.tr("&Normal size"), QKeySequence("Ctrl+0"), lambda: self.set_zoom(0)
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            help_menu, self.tr("&Keyboard shortcuts"), QKeySequence("Ctrl+/"), self.show_shortcuts
        )
        self._action(help_menu, self.tr("&About %1").replace("%1", APP_NAME), None, self._about)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # its shortcut works while the menu bar is hidden or elsewhere focused
        return action

    def all_actions(self) -> list[QAction]:
        return [a for a in self.actions() if a.text()]

    def set_theme_checked(self, theme: str) -> None:
        """Tick the theme in use in View → Theme."""
        action = self.theme_actions.get(theme)
        if action is not None:
            action.setChecked(True)

    # ------------------------------------------------------------ keyboard
    def show_shortcuts(self):
        from .shortcuts_sheet import ShortcutsSheet

        sheet = ShortcutsSheet(self.all_actions(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        self.shortcuts_sheet = sheet
        return sheet

    def _last_message(self, role) -> MessageItem | None:
        return next((i for i in reversed(self.chat_view.transcript.items) if i.message.role is role), None)

    def regenerate_last(self) -> None:
        from ..core.history.conversation import Role

        item = self._last_message(Role.ASSISTANT)
        if item is not None and not self.chat.busy:
            self.chat.regenerate(item.message.id)

    def edit_last_message(self) -> None:
        """Put the last message the user wrote back in the message box, to be changed and resent."""
        from ..core.history.conversation import Role

        item = self._last_message(Role.USER)
        if item is not None and not self.chat.busy:
            self._edit_message(item.message.id)

    def copy_last_reply(self) -> None:
        from ..core.history.conversation import Role

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

    # --------------------------------------------------------------- wiring
    def _connect_signals(self) -> None:
        chat, models = self.chat, self.models
        self.composer.submitted.connect(self._submit)
        connect_attachments(self)
        self.composer.stop_requested.connect(chat.stop)
        self.composer.refused.connect(
            lambda reason: self.statusBar().showMessage(
                self.tr("%1. Your message is still in the box; press Enter again when the model is ready.").replace(
                    "%1", reason
                ),
                8000,
            )
        )
        self.composer.edit_last_requested.connect(self.edit_last_message)
        self.composer.edit_submitted.connect(self._resend_edited)
        self.sidebar.new_requested.connect(self._new_chat)
        self.sidebar.conversation_selected.connect(self._open_chat)
        self.sidebar.search_result_selected.connect(self._open_search_hit)
        self.sidebar.search_changed.connect(self._on_search)
        self.sidebar.rename_requested.connect(self._rename)
        self.sidebar.delete_requested.connect(self._confirm_delete)
        self.sidebar.pin_requested.connect(chat.set_pinned)
        self.sidebar.export_requested.connect(lambda conversation_id: self.export_requested.emit([conversation_id]))
        self.chat_view.regenerate_requested.connect(chat.regenerate)
        self.chat_view.edit_requested.connect(self._edit_message)
        self.chat_view.delete_requested.connect(self._confirm_delete_message)
        self.chat_view.answer_requested.connect(chat.answer)
        self.chat_view.branch_step_requested.connect(chat.step_branch)
        self.chat_view.pin_requested.connect(chat.set_message_pinned)

        chat.conversation_opened.connect(self._on_conversation_opened)
        chat.conversations_changed.connect(self.refresh_sidebar)
        chat.reply_started.connect(self._on_reply_started)
        chat.reply_text.connect(self.chat_view.append_text)
        chat.reply_finished.connect(self._on_reply_finished)
        chat.busy_changed.connect(self._on_busy)
        chat.error.connect(self.show_error)
        chat.text_restored.connect(self.composer.restore_text)
        chat.live_stats.connect(self._on_live_stats)
        chat.prompt_progress.connect(self.chat_view.show_prompt_progress)
        chat.context_used.connect(self._show_context)
        chat.context_full.connect(self._ask_to_drop_oldest)
        chat.message_focused.connect(self.chat_view.scroll_to_message)
        chat.search_results.connect(self._on_search_results)

        models.models_changed.connect(self._fill_model_picker)
        models.state_changed.connect(self._on_model_state)
        models.progress.connect(self._on_progress)
        models.ready_changed.connect(lambda ready: self.composer.set_ready(ready, self._not_ready_reason()))
        self.model_picker.activated.connect(self._on_model_picked)

    # -------------------------------------------------------------- slots
    def refresh_sidebar(self) -> None:
        if self.sidebar.search_box.text().strip():
            self._on_search(self.sidebar.search_box.text())
        else:
            self.sidebar.show_conversations(self.chat.list_conversations(), self.chat.conversation_id)
        open_id = self.chat.conversation_id
        if open_id is not None and self.chat.conversation_exists(open_id):  # gone: check_external_changes says so
            self._show_title(self.chat.title_of(open_id))

    def _show_title(self, title: str) -> None:
        self.title_label.setText(f"<b>{_escape(title)}</b>")
        self.title_label.setToolTip(title)

    def _on_search(self, text: str) -> None:
        if text.strip():
            self.chat.search_in_background(text)  # results come back through _on_search_results
        else:
            self.sidebar.show_conversations(self.chat.list_conversations(), self.chat.conversation_id)

    def _on_search_results(self, query: str, hits: list) -> None:
        if self.sidebar.search_box.text().strip():  # not cleared meanwhile
            self.sidebar.show_search_results(hits)

    def _on_conversation_opened(self, conversation: Conversation | None, items: list[MessageItem]) -> None:
        self.chat_view.set_messages(items)
        title = conversation.title if conversation else self.tr("New chat")
        self._show_title(title)
        self.context_label.setText("")
        last = next(
            (i.message.stats for i in reversed(items) if i.message.stats and i.message.stats.prompt_tokens), None
        )
        if last is not None and self.models.report is not None:  # how full the context was after the last reply
            self._show_context(last.prompt_tokens + last.completion_tokens, self.models.report.context_length)
        self.sidebar.mark_selected(conversation.id if conversation else None)
        self.composer.editor.setFocus()

    def _on_reply_started(self, user_item: MessageItem | None, reply_item: MessageItem) -> None:
        if user_item is not None:
            self.chat_view.append_message(user_item)
        self.chat_view.append_message(reply_item)
        self.rate_label.setText("")

    def _on_reply_finished(self, message_id: str, text: str, status: MessageStatus, stats) -> None:
        self.chat_view.finish_message(message_id, text, status, stats)
        if stats is not None and stats.tokens_per_second:
            self.rate_label.setText(self.tr("%1 tok/s").replace("%1", f"{stats.tokens_per_second:.1f}"))
        # Tell a screen reader the reply is complete, with its beginning (the message holds the rest).
        if status is MessageStatus.DONE:
            self.last_announcement = self.tr("Reply finished: %1").replace("%1", text[:200])
        else:
            self.last_announcement = self.tr("Reply %1").replace("%1", status.value)
        announce(self.chat_view, self.last_announcement)

    def _on_live_stats(self, message_id: str, tokens: int, rate: float, first_token_s: float) -> None:
        text = live_stats_text(tokens, rate, first_token_s)  # in the reader's locale
        self.rate_label.setText(text)
        view = self.chat_view.view_for(message_id)
        if view is not None:
            view.show_live_stats(text)

    def _on_busy(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self.stop_action.setEnabled(busy)
        self.model_picker.setEnabled(not busy)
        if not busy and self.wait_notice is not None:
            self.wait_notice.close()  # what it asked to wait for is over

    # ------------------------------------------------------- outside changes
    def check_external_changes(self) -> None:
        """Refresh the sidebar and the open chat when another process changed the history."""
        version = self.chat.data_version()
        if version is None or version == self._seen_version:
            return
        open_id = self.chat.conversation_id
        if self.chat.busy:  # the rest once the reply is done; a reply into a deleted chat stops now
            if open_id is not None and not self.chat.conversation_exists(open_id):
                self.chat.stop()
            return
        self._seen_version = version
        if open_id is not None and not self.chat.conversation_exists(open_id):
            self._open_chat_vanished(sending=False)
        elif open_id is not None and item_signature(self.chat.current_items()) != self.chat_view.transcript.signature():
            self.chat.reload()
        self.refresh_sidebar()

    def _open_chat_vanished(self, sending: bool) -> None:
        """The open chat is gone: show an empty new chat that says so; the message box keeps its text."""
        deleted = QCoreApplication.translate("MainWindow", DELETED_ELSEWHERE)
        if sending:
            note = deleted + " " + self.tr("Your message starts a new chat.")
        elif self.composer.editor.toPlainText().strip():
            note = deleted + " " + self.tr("What you typed is still in the message box; Enter sends it as a new chat.")
        else:
            note = deleted
        self.chat.new_conversation()
        self.chat_view.set_messages([], note)
        self.statusBar().showMessage(note, 20000)
        self.last_notice = note

    def _submit(self, text: str) -> None:
        """Send, after checking the open chat still exists (it may have been deleted a moment ago)."""
        open_id = self.chat.conversation_id
        if open_id is not None and not self.chat.busy and not self.chat.conversation_exists(open_id):
            self._open_chat_vanished(sending=True)
            self.refresh_sidebar()
        if self.attachment_tray.busy:
            self.composer.restore_text(text)
            self.statusBar().showMessage("The attached documents are still being read; send again in a moment.", 8000)
            return
        self.chat.submit(text, self.attachment_tray.documents())

    # ------------------------------------------------------- switching chats
    def _refuse_while_busy(self) -> bool:
        """While a reply streams, the open chat stays: say why, and keep the highlight on it."""
        if not self.chat.busy:
            return False
        self.sidebar.mark_selected(self.chat.conversation_id)
        if self.wait_notice is None:
            self.wait_notice = QMessageBox(
                QMessageBox.Icon.Information,
                APP_NAME,
                QCoreApplication.translate("MainWindow", WAIT_FOR_REPLY),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.wait_notice.finished.connect(lambda _result: setattr(self, "wait_notice", None))
            self.wait_notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.wait_notice.open()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", WAIT_FOR_REPLY), 8000)
        return True

    def _new_chat(self) -> None:
        if not self._refuse_while_busy():
            self.chat.new_conversation()

    def _open_chat(self, conversation_id: str) -> None:
        if not self._refuse_while_busy():
            self.chat.open(conversation_id)
        self.sidebar.mark_selected(self.chat.conversation_id)  # the chat on screen, whatever happened

    def _open_search_hit(self, conversation_id: str, message_id: str) -> None:
        if not self._refuse_while_busy():
            self.chat.open_at_message(conversation_id, message_id)

    def _show_context(self, used: int, size: int) -> None:
        share = used / size if size else 0
        locale = self.locale()
        self.context_label.setText(
            self.tr("Context %1 / %2 tokens (%3)")
            .replace("%1", locale.toString(used))
            .replace("%2", locale.toString(size))
            .replace("%3", f"{share:.0%}")
        )

    def _fill_model_picker(self, models: list, current: str | None) -> None:
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in models:
            header = getattr(model, "is_header", False)  # a remote server's name above its models
            if model.usable or header:
                shown = model.display_name
            else:
                shown = self.tr("%1 (unusable)").replace("%1", model.name)
            self.model_picker.addItem(shown, None if header else model.name)
            self.model_picker.setItemData(
                self.model_picker.count() - 1, model.display_name, Qt.ItemDataRole.ToolTipRole
            )
            index = self.model_picker.count() - 1
            if not model.usable:
                self.model_picker.model().item(index).setEnabled(False)
                self.model_picker.setItemData(index, model.problem, Qt.ItemDataRole.ToolTipRole)
        if not models:
            self.model_picker.addItem(self.tr("No models installed"))
        index = self.model_picker.findData(current)
        if index >= 0:
            self.model_picker.setCurrentIndex(index)
        self.model_picker.blockSignals(False)

    def _on_model_picked(self, index: int) -> None:
        name = self.model_picker.itemData(index)
        if name and name != self.models.current:
            self.models.select(name)

    def _not_ready_reason(self) -> str:
        if self.models.state in ("loading", "preparing"):
            return self.tr("The model is still loading")
        return self.tr("No model is loaded (Models → Model manager)")

    def _on_model_state(self, state: str, text: str) -> None:
        if state != "ready":
            self.composer.set_ready(False, self._not_ready_reason())
        self.state_label.setText(text)
        busy = state in ("preparing", "loading")
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        if state == "error":
            self.show_error(text)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
        else:
            self.progress.setRange(0, 0)

    # -------------------------------------------------------------- dialogs
    def show_error(self, message: str) -> None:
        """Say what went wrong without blocking the window (open(), not exec())."""
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = message

    def _ask_to_drop_oldest(self, failed_reply_id: str, explanation: str) -> None:
        question = self.tr(
            "%1.\n\nLet this chat forget its oldest turns (the system prompt and pinned messages "
            "stay) and try again? A marker in the chat will show where the model's memory begins."
        )
        if ask(
            self,
            self.tr("The chat no longer fits"),
            question.replace("%1", f"{explanation[0].upper()}{explanation[1:]}"),
        ):
            self.chat.retry_dropping_oldest(failed_reply_id)
        else:
            self.chat.reload()

    def _rename(self, conversation_id: str) -> None:
        dialog = text_dialog(self, self.tr("Rename chat"), self.tr("Title:"), self.chat.title_of(conversation_id))
        if dialog.exec() and dialog.textValue().strip():
            self.chat.rename(conversation_id, dialog.textValue())

    def _confirm_delete(self, conversation_id: str) -> None:
        title = self.chat.title_of(conversation_id)
        if ask(
            self,
            self.tr("Delete chat"),
            self.tr("Delete “%1” and all its messages? This cannot be undone.").replace("%1", title),
        ):
            self.chat.delete_conversation(conversation_id)

    def _confirm_delete_message(self, message_id: str) -> None:
        from .history_actions import confirm_delete_message

        plan = self.chat.plan_delete(message_id)  # names exactly what goes (core.deletion)
        if plan is not None and confirm_delete_message(plan, self):
            self.chat.delete_planned(plan)

    def _edit_message(self, message_id: str) -> None:
        """Edit in place: the message goes back into the message box; Enter resends it as a new
        version (the original stays), Esc cancels."""
        if self.chat.busy:
            return
        self.composer.begin_edit(message_id, self.chat.message(message_id).content)

    def _resend_edited(self, message_id: str, text: str) -> None:
        if text != self.chat.message(message_id).content:
            self.chat.edit(message_id, text)

    def _export_current(self) -> None:
        if self.chat.conversation_id is None:
            self.show_error(self.tr("Open a chat to export it, or use Export all chats."))
            return
        self.export_requested.emit([self.chat.conversation_id])

    def _open_settings(self) -> None:
        dialog = SettingsDialog.for_window(self._settings(), self.models, self)  # nothing slow on this thread
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.settings_changed.emit(dialog.result_settings())

    def _open_chat_settings(self) -> None:
        conversation = self.chat.conversation()
        if conversation is None:
            conversation = Conversation(id="", title=self.tr("New chat"), created_at=0, updated_at=0)
        dialog = ConversationSettingsDialog(
            conversation, self._settings(), self.chat.presets(), self.chat.save_preset, self.chat.delete_preset, self
        )
        if dialog.exec() == ConversationSettingsDialog.DialogCode.Accepted:
            self.chat.set_conversation_settings(*dialog.values())

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><br>"
            + self.tr("Offline chat with Google's Gemma models.<br>Nothing leaves this computer."),
        )

    # -------------------------------------------------------- drag and drop
    @staticmethod
    def _dropped_models(event) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile().lower().endswith(".gguf")]

    @staticmethod
    def _dropped_documents(event) -> list[str]:
        """Every other local file dropped: a document for the next message."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile() and not u.toLocalFile().lower().endswith(".gguf")]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._dropped_models(event) or self._dropped_documents(event):
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
        self._external_timer.stop()
        self.closing.emit()
        super().closeEvent(event)


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


def _escape(text: str) -> str:
    import html

    return html.escape(text)
