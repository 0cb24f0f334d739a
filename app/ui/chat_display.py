"""What the chat area shows as the chat session reports it: the open conversation's messages and
title, how full the context is, a reply as it starts, streams and ends (with its speed in the
status bar), and a screen reader's announcement when a reply is complete.

:class:`ChatDisplay` holds no state of the conversation (:class:`ChatSession` does); the main window
connects the session's signals to its slots in ``_connect_signals``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from ..core.history.conversation import Conversation, MessageStatus
from . import locale_format
from .accessibility import announce
from .chat_view import ChatView, MessageItem
from .composer import Composer
from .message_text import live_stats_text
from .model_session import ModelSession
from .sidebar import Sidebar
from .text_args import fill


class ChatDisplay(QObject):
    def __init__(
        self,
        models: ModelSession,
        chat_view: ChatView,
        sidebar: Sidebar,
        composer: Composer,
        title_label: QLabel,
        context_label: QLabel,
        rate_label: QLabel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._models = models
        self._chat_view, self._sidebar, self._composer = chat_view, sidebar, composer
        self._title, self._context, self._rate = title_label, context_label, rate_label
        self.last_announcement = ""  # what a screen reader was last told (tests read it)

    def show_title(self, title: str) -> None:
        self._title.setText(f"<b>{html.escape(title)}</b>")
        self._title.setToolTip(title)

    def show_context(self, used: int, size: int) -> None:
        share = used / size if size else 0
        locale = self._context.locale()
        text = QCoreApplication.translate("MainWindow", "Context %1 / %2 tokens (%3)")
        self._context.setText(fill(text, locale.toString(used), locale.toString(size), f"{share:.0%}"))

    def on_conversation_opened(self, conversation: Conversation | None, items: list[MessageItem]) -> None:
        self._chat_view.set_messages(items)
        self.show_title(conversation.title if conversation else QCoreApplication.translate("MainWindow", "New chat"))
        self._context.setText("")
        last = next(
            (i.message.stats for i in reversed(items) if i.message.stats and i.message.stats.prompt_tokens), None
        )
        report = self._models.report
        if last is not None and report is not None:  # how full the context was after the last reply
            self.show_context(last.prompt_tokens + last.completion_tokens, report.context_length)
        self._sidebar.mark_selected(conversation.id if conversation else None)
        self._composer.editor.setFocus()

    def on_reply_started(self, user_item: MessageItem | None, reply_item: MessageItem) -> None:
        if user_item is not None:
            self._chat_view.append_message(user_item)
        self._chat_view.append_message(reply_item)
        self._rate.setText("")

    def on_reply_finished(self, message_id: str, text: str, status: MessageStatus, stats) -> None:
        self._chat_view.finish_message(message_id, text, status, stats)
        if stats is not None and stats.tokens_per_second:
            rate = QCoreApplication.translate("MainWindow", "%1 tok/s")
            self._rate.setText(rate.replace("%1", locale_format.decimal(stats.tokens_per_second, 1)))
        # Tell a screen reader the reply is complete, with its beginning (the message holds the rest).
        if status is MessageStatus.DONE:
            finished = QCoreApplication.translate("MainWindow", "Reply finished: %1")
            self.last_announcement = finished.replace("%1", text[:200])
        else:
            self.last_announcement = QCoreApplication.translate("MainWindow", "Reply %1").replace("%1", status.value)
        announce(self._chat_view, self.last_announcement)

    def on_live_stats(self, message_id: str, tokens: int, rate: float, first_token_s: float) -> None:
        text = live_stats_text(tokens, rate, first_token_s)  # numbers in the reader's locale
        self._rate.setText(text)
        view = self._chat_view.view_for(message_id)
        if view is not None:
            view.show_live_stats(text)
