"""What the chat area shows as the chat session reports it: the open conversation's messages and
title, how full the context is, a reply as it starts, streams and ends (with its speed in the
status bar), and a screen reader's announcement when a reply is complete.

:class:`ChatDisplay` holds no state of the conversation (:class:`ChatSession` does); the main window
connects the session's signals to its slots in ``_connect_signals``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from ..core.history.conversation import Conversation, MessageStatus
from . import locale_format
from .accessibility import announce
from .chat_view import ChatView, MessageItem
from .composer import Composer
from .elided_label import ElidedLabel
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
        title_label: ElidedLabel,
        context_label: QLabel,
        rate_label: QLabel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._models = models
        self._chat_view, self._sidebar, self._composer = chat_view, sidebar, composer
        self._title, self._context, self._rate = title_label, context_label, rate_label
        self.last_announcement = ""  # what a screen reader was last told (tests read it)
        # Tokens the open chat holds (its last reply's prompt + reply), kept so the meter can be
        # shown once a model is loaded: after a restart the chat opens before the model is ready.
        self._context_used = 0

    def show_title(self, title: str) -> None:
        self._title.setText(title)  # an ElidedLabel: plain text, bold by its font, whole in the tooltip

    def show_context(self, used: int, size: int) -> None:
        self._context_used = used
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
        # How full the context was after the last reply, and how fast that reply came, from its
        # stored statistics: shown at once, not only after the next reply.
        self._context_used = last.prompt_tokens + last.completion_tokens if last is not None else 0
        self.on_model_ready(self._models.ready)
        self._show_rate(last.tokens_per_second if last is not None else None)
        self._sidebar.mark_selected(conversation.id if conversation else None)
        self._composer.editor.setFocus()

    def on_model_ready(self, ready: bool) -> None:
        """Show the open chat's context use against the loaded model's context size (a model
        loaded or switched after the chat was opened brings its own size)."""
        report = self._models.report
        if ready and report is not None and self._context_used:
            self.show_context(self._context_used, report.context_length)

    def _show_rate(self, tokens_per_second: float | None) -> None:
        if not tokens_per_second:
            self._rate.setText("")
            return
        rate = QCoreApplication.translate("MainWindow", "%1 tok/s")
        self._rate.setText(rate.replace("%1", locale_format.decimal(tokens_per_second, 1)))

    def on_reply_started(self, user_item: MessageItem | None, reply_item: MessageItem) -> None:
        if user_item is not None:
            self._chat_view.append_message(user_item)
        self._chat_view.append_message(reply_item)
        self._rate.setText("")

    def on_reply_finished(self, message_id: str, text: str, status: MessageStatus, stats) -> None:
        self._chat_view.finish_message(message_id, text, status, stats)
        if stats is not None and stats.tokens_per_second:
            self._show_rate(stats.tokens_per_second)
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
