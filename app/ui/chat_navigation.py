"""Moving between chats in the main window: the sidebar's list and search, opening and starting
chats (refused, with a note, while a reply streams), sending into a chat that may just have been
deleted, and noticing changes other processes made to the history.

The CLI or a second window may change the same history: the navigator polls SQLite's
``data_version`` (it moves only for other connections' commits) and shows what is stored; the open
chat, if deleted elsewhere, becomes an empty new chat that says so, and the typed text is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .. import APP_NAME
from .chat_display import ChatDisplay
from .chat_session import ChatSession
from .chat_view import item_signature

WAIT_FOR_REPLY = QT_TRANSLATE_NOOP(
    "MainWindow", "Wait for the reply to finish, or press Esc to stop it, before switching chats."
)
DELETED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "MainWindow", "The chat you were in was deleted outside this window (by the hearth command or another window)."
)
EXTERNAL_CHECK_MS = 1000  # how often the window looks for changes other processes made to the history


class ChatNavigator(QObject):
    """Works on the window's sidebar, chat view, message box and status bar."""

    def __init__(self, window: QMainWindow, chat: ChatSession, display: ChatDisplay):
        super().__init__(window)
        self._window, self._chat, self._display = window, chat, display
        self.wait_notice: QMessageBox | None = None  # "wait for the reply", closed when it ends
        self.last_notice = ""
        self.seen_version = chat.history.data_version()
        self.external_timer = QTimer(self, interval=EXTERNAL_CHECK_MS)

    def start_watching(self) -> None:
        """Begin polling for other processes' changes (the window connects the timer first)."""
        self.external_timer.start()

    def stop_watching(self) -> None:
        self.external_timer.stop()

    # ------------------------------------------------------------ sidebar
    def refresh_sidebar(self) -> None:
        sidebar = self._window.sidebar
        if sidebar.search_box.text().strip():
            self.search(sidebar.search_box.text())
        else:
            sidebar.show_conversations(self._chat.history.list_conversations(), self._chat.conversation_id)
        open_id = self._chat.conversation_id
        # A chat that is gone is left to check_external_changes, which says so.
        if open_id is not None and self._chat.history.conversation_exists(open_id):
            self._display.show_title(self._chat.history.title_of(open_id))

    def search(self, text: str) -> None:
        if text.strip():
            self._chat.history.search_in_background(text)  # results come back through show_search_results
        else:
            self._window.sidebar.show_conversations(self._chat.history.list_conversations(), self._chat.conversation_id)

    def show_search_results(self, _query: str, hits: list) -> None:
        if self._window.sidebar.search_box.text().strip():  # not cleared meanwhile
            self._window.sidebar.show_search_results(hits)

    # ------------------------------------------------------ switching chats
    def refuse_while_busy(self) -> bool:
        """While a reply streams, the open chat stays: say why, and keep the highlight on it."""
        if not self._chat.busy:
            return False
        self._window.sidebar.mark_selected(self._chat.conversation_id)
        wait = QCoreApplication.translate("MainWindow", WAIT_FOR_REPLY)
        if self.wait_notice is None:
            notice = QMessageBox(
                QMessageBox.Icon.Information, APP_NAME, wait, QMessageBox.StandardButton.Ok, self._window
            )
            self._connect_wait_notice(notice)
            notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            notice.open()
            self.wait_notice = notice
        self._window.statusBar().showMessage(wait, 8000)
        return True

    def _connect_wait_notice(self, notice: QMessageBox) -> None:
        notice.finished.connect(self._wait_notice_closed)

    def _wait_notice_closed(self, _result: int) -> None:
        self.wait_notice = None

    def close_wait_notice(self) -> None:
        """What the notice asked to wait for is over."""
        if self.wait_notice is not None:
            self.wait_notice.close()

    def new_chat(self) -> None:
        if not self.refuse_while_busy():
            self._chat.new_conversation()

    def open_chat(self, conversation_id: str) -> None:
        if not self.refuse_while_busy():
            self._chat.open(conversation_id)
        self._window.sidebar.mark_selected(self._chat.conversation_id)  # the chat on screen, whatever happened

    def open_search_hit(self, conversation_id: str, message_id: str) -> None:
        if not self.refuse_while_busy():
            self._chat.open_at_message(conversation_id, message_id)

    def submit(self, text: str) -> None:
        """Send, after checking the open chat still exists (it may have been deleted a moment ago)."""
        open_id = self._chat.conversation_id
        if open_id is not None and not self._chat.busy and not self._chat.history.conversation_exists(open_id):
            self._open_chat_vanished(sending=True)
            self.refresh_sidebar()
        tray = self._window.attachment_tray
        if tray.busy:
            self._window.composer.restore_text(text)
            reading = QCoreApplication.translate(
                "MainWindow", "The attached documents are still being read; send again in a moment."
            )
            self._window.statusBar().showMessage(reading, 8000)
            return
        self._chat.submit(text, tray.documents())

    # ----------------------------------------------------- outside changes
    def check_external_changes(self) -> None:
        """Refresh the sidebar and the open chat when another process changed the history."""
        version = self._chat.history.data_version()
        if version is None or version == self.seen_version:
            return
        open_id = self._chat.conversation_id
        if self._chat.busy:  # the rest once the reply is done; a reply into a deleted chat stops now
            if open_id is not None and not self._chat.history.conversation_exists(open_id):
                self._chat.stop()
            return
        self.seen_version = version
        if open_id is not None and not self._chat.history.conversation_exists(open_id):
            self._open_chat_vanished(sending=False)
        elif (
            open_id is not None
            and item_signature(self._chat.history.current_items()) != self._window.chat_view.transcript.signature()
        ):
            self._chat.reload()
        self.refresh_sidebar()

    def _open_chat_vanished(self, sending: bool) -> None:
        """The open chat is gone: show an empty new chat that says so; the message box keeps its text."""
        deleted = QCoreApplication.translate("MainWindow", DELETED_ELSEWHERE)
        if sending:
            note = deleted + " " + QCoreApplication.translate("MainWindow", "Your message starts a new chat.")
        elif self._window.composer.editor.toPlainText().strip():
            kept = QCoreApplication.translate(
                "MainWindow", "What you typed is still in the message box; Enter sends it as a new chat."
            )
            note = deleted + " " + kept
        else:
            note = deleted
        self._chat.new_conversation()
        self._window.chat_view.set_messages([], note)
        self._window.statusBar().showMessage(note, 20000)
        self.last_notice = note
