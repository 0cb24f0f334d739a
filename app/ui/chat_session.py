"""The chat logic behind the window: which conversation is open, and one turn's life cycle.

It calls the core's ``turns`` functions on the GUI thread (SQLite stays here), hands requests to
the :class:`InferenceController`, and tells the views what changed through signals. Partial replies
are saved about once a second by :class:`ReplyBuffer`; on quit a streaming reply is kept as
*stopped*.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from ..core.conversation import GenerationStats, Message, MessageStatus
from ..core.settings import Settings
from ..core.storage import Storage, StorageError
from ..core.turns import ReplyBuffer, TurnRequest, begin_edit, begin_regenerate, begin_turn, status_for
from .chat_view import MessageItem
from .workers import InferenceController

if TYPE_CHECKING:
    from ..core.engine import GenerationResult

log = logging.getLogger(__name__)


class ChatSession(QObject):
    conversation_opened = Signal(object, list)  # Conversation | None, list[MessageItem]
    conversations_changed = Signal()
    reply_started = Signal(object, object)  # user MessageItem or None (regenerate), reply MessageItem
    reply_text = Signal(str, str)  # message id, new text
    live_stats = Signal(str, int, float, float)  # message id, tokens so far, tokens/s, time to first token
    reply_finished = Signal(str, str, object, object)  # message id, text, MessageStatus, stats
    busy_changed = Signal(bool)
    message_focused = Signal(str)  # scroll to this message (a search hit)
    error = Signal(str)
    text_restored = Signal(str)  # a message that could not be sent goes back to the composer
    context_used = Signal(int, int)  # tokens in the last prompt + reply, context size
    context_full = Signal(str, str)  # failed reply id, explanation: the "stop and ask" overflow policy

    def __init__(self, storage: Storage, inference: InferenceController, settings: Callable[[], Settings],
                 model_name: Callable[[], str | None], parent: QObject | None = None,
                 forget_conversation: Callable[[str], object] = lambda _id: None):
        super().__init__(parent)
        self._forget_conversation = forget_conversation  # drops derived copies (saved KV states)
        self._storage = storage
        # After a delete; the app swaps in a background purge (app.core.db_maintenance): not on the GUI thread.
        self.purge_deleted_text: Callable[[], None] = storage.purge_deleted_text
        self._inference = inference
        self._settings = settings
        self._model_name = model_name
        self.conversation_id: str | None = None
        self._closed = False
        self._request: TurnRequest | None = None
        self._buffer: ReplyBuffer | None = None
        inference.tokens_received.connect(self._on_tokens)
        inference.generation_finished.connect(self._on_finished)
        inference.generation_failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._request is not None

    # ----------------------------------------------------------- navigation
    def new_conversation(self) -> None:
        if self.busy:
            return
        self.conversation_id = None
        self.conversation_opened.emit(None, [])

    def open(self, conversation_id: str) -> None:
        if self.busy:
            self.error.emit("Wait for the reply to finish, or press Esc to stop it, before switching chats.")
            return
        try:
            conversation = self._storage.get_conversation(conversation_id)
        except StorageError as exc:
            self.error.emit(str(exc))
            return
        self.conversation_id = conversation_id
        self.conversation_opened.emit(conversation, self._items(conversation.current_leaf_id))

    def open_at_message(self, conversation_id: str, message_id: str) -> None:
        """Open a conversation on the branch that contains ``message_id`` (from a search hit)."""
        if self.busy:
            return
        try:
            self._storage.set_current_leaf(conversation_id, self._storage.latest_leaf_under(message_id))
        except StorageError as exc:
            self.error.emit(str(exc))
            return
        self.open(conversation_id)
        self.message_focused.emit(message_id)

    def _items(self, leaf_id: str | None) -> list[MessageItem]:
        items = []
        path = self._storage.path_to(leaf_id)
        for message in path:
            siblings = self._storage.siblings(message)
            index = next((i for i, s in enumerate(siblings) if s.id == message.id), 0)
            items.append(MessageItem(message, index, max(1, len(siblings))))
        return items

    def reload(self) -> None:
        if self.conversation_id is not None:
            self.open(self.conversation_id)

    # --------------------------------------------------------------- turns
    def submit(self, text: str) -> None:
        if self.busy or not text.strip():
            return
        try:
            if self.conversation_id is None:
                conversation = self._storage.create_conversation(model=self._model_name())
                self.conversation_id = conversation.id
            request = begin_turn(self._storage, self.conversation_id, text, self._settings())
        except (StorageError, ValueError) as exc:
            self.text_restored.emit(text)
            self.error.emit(f"Could not save your message: {exc}")
            return
        self._start(request, with_user_message=True)
        self.conversations_changed.emit()

    def regenerate(self, assistant_message_id: str) -> None:
        self._branch(lambda: begin_regenerate(self._storage, assistant_message_id, self._settings()))

    def edit(self, user_message_id: str, new_text: str) -> None:
        self._branch(lambda: begin_edit(self._storage, user_message_id, new_text, self._settings()))

    def _branch(self, begin: Callable[[], TurnRequest]) -> None:
        if self.busy:
            return
        try:
            request = begin()
        except (StorageError, ValueError) as exc:
            self.error.emit(str(exc))
            return
        self.reload_view_only()
        self._start(request, with_user_message=False)

    def reload_view_only(self) -> None:
        conversation = self._storage.get_conversation(self.conversation_id)
        items = self._items(conversation.current_leaf_id)
        # The new, still empty reply is added by _start; show the path up to its parent.
        self.conversation_opened.emit(conversation, items[:-1])

    def _start(self, request: TurnRequest, with_user_message: bool) -> None:
        self._request = request
        self._buffer = ReplyBuffer(self._storage, request)
        self._first_token_at: float | None = None
        self._started_at = time.monotonic()
        reply = self._storage.get_message(request.assistant_message_id)
        siblings = self._storage.siblings(reply)
        user_item = None
        if with_user_message:
            user = self._storage.get_message(reply.parent_id)
            user_siblings = self._storage.siblings(user)
            user_item = MessageItem(user, len(user_siblings) - 1, len(user_siblings))
        self.busy_changed.emit(True)
        self.reply_started.emit(user_item, MessageItem(reply, len(siblings) - 1, len(siblings)))
        self._inference.generate(request)

    def stop(self) -> None:
        if self.busy:
            self._inference.stop()

    def _on_tokens(self, request_id: str, text: str, count: int) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        now = time.monotonic()
        if self._first_token_at is None:
            self._first_token_at, self._live_tokens = now, 0
        self._live_tokens += count
        elapsed = now - self._first_token_at
        rate = (self._live_tokens - 1) / elapsed if elapsed > 0.3 else 0.0
        self.live_stats.emit(self._request.assistant_message_id, self._live_tokens, rate,
                             self._first_token_at - self._started_at)
        try:
            self._buffer.append(text)
        except StorageError as exc:  # a full disk must not lose what is on screen
            log.error("could not save the partial reply: %s", exc)
        self.reply_text.emit(self._request.assistant_message_id, text)

    def _on_finished(self, request_id: str, result: GenerationResult) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        status = status_for(result.finish_reason)
        dropped = len(result.dropped_indices) or result.dropped_messages
        stats = replace(result.stats, context_dropped=dropped)
        self._finish(status, stats, result.text)
        self.context_used.emit(stats.prompt_tokens + stats.completion_tokens, self._context_size())
        if dropped:
            self.reload()  # show where the model's memory now begins

    def _on_failed(self, request_id: str, message: str, kind: str = "error") -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        reply_id = self._request.assistant_message_id
        self._finish(MessageStatus.ERROR, GenerationStats(error=message, model_file=self._model_name() or ""), None)
        if kind == "context":
            self.context_full.emit(reply_id, message)
        else:
            self.error.emit(message)

    def retry_dropping_oldest(self, failed_reply_id: str) -> None:
        """The user agreed to let this chat forget its oldest turns: switch the policy and retry."""
        conversation = self._storage.get_conversation(self.conversation_id)
        settings = dict(conversation.settings, overflow_policy="drop_oldest")
        self._storage.set_conversation_settings(conversation.id, system_prompt=conversation.system_prompt,
                                                settings=settings)
        self._branch(lambda: self._replace_reply(failed_reply_id))

    def _replace_reply(self, failed_reply_id: str) -> TurnRequest:
        request = begin_regenerate(self._storage, failed_reply_id, self._settings())
        self._storage.delete_message(failed_reply_id)  # it was empty: nothing of the user's is lost
        return request

    def _finish(self, status: MessageStatus, stats: GenerationStats | None, text: str | None) -> None:
        request, buffer = self._request, self._buffer
        self._request, self._buffer = None, None
        final = buffer.text if text is None else text
        try:
            buffer.finish(status, stats, final)
        except StorageError as exc:
            self.error.emit(f"The reply could not be saved: {exc}")
        self.reply_finished.emit(request.assistant_message_id, final, status, stats)
        if self._closed:  # a slot of reply_finished quit the app: the database is closed now
            return
        self.busy_changed.emit(False)
        self.conversations_changed.emit()

    def _context_size(self) -> int:
        report = self._inference.report
        return report.context_length if report else self._settings().context_length

    def shutdown(self) -> None:
        """Keep a streaming reply as 'stopped' before the app quits."""
        if self._request is not None:
            self._inference.stop()
            self._finish(MessageStatus.STOPPED, None, None)
        self._closed = True

    # ---------------------------------------------------------- tree edits
    def step_branch(self, message_id: str, delta: int) -> None:
        if self.busy:
            return
        message = self._storage.get_message(message_id)
        siblings = self._storage.siblings(message)
        index = next(i for i, s in enumerate(siblings) if s.id == message_id) + delta
        if 0 <= index < len(siblings):
            leaf = self._storage.latest_leaf_under(siblings[index].id)
            self._storage.set_current_leaf(message.conversation_id, leaf)
            self.open(message.conversation_id)

    def set_message_pinned(self, message_id: str, pinned: bool) -> None:
        if self.busy:
            return
        self._storage.set_message_pinned(message_id, pinned)
        self.reload()

    def delete_message(self, message_id: str) -> None:
        if self.busy:
            return
        self._storage.delete_message(message_id)
        self.purge_deleted_text()  # deleted words must leave the search index's pages too
        self.reload()
        self.conversations_changed.emit()

    def message(self, message_id: str) -> Message:
        return self._storage.get_message(message_id)

    # ------------------------------------------------------- conversations
    def list_conversations(self) -> list:
        return self._storage.list_conversations()

    def search(self, query: str) -> list:
        return self._storage.search(query)

    def title_of(self, conversation_id: str) -> str:
        return self._storage.get_conversation(conversation_id).title

    def rename(self, conversation_id: str, title: str) -> None:
        self._storage.rename_conversation(conversation_id, title)
        self.conversations_changed.emit()

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self._storage.set_pinned(conversation_id, pinned)
        self.conversations_changed.emit()

    def conversation(self):
        return self._storage.get_conversation(self.conversation_id) if self.conversation_id else None

    def presets(self) -> dict:
        return self._storage.presets()

    def save_preset(self, name: str, system_prompt: str | None, data: dict) -> None:
        self._storage.save_preset(name, system_prompt=system_prompt, settings=data)

    def delete_preset(self, name: str) -> None:
        self._storage.delete_preset(name)

    def set_conversation_settings(self, system_prompt: str | None, data: dict) -> None:
        if self.conversation_id is None:
            conversation = self._storage.create_conversation(model=self._model_name())
            self.conversation_id = conversation.id
            self.conversation_opened.emit(conversation, [])
        self._storage.set_conversation_settings(self.conversation_id, system_prompt=system_prompt, settings=data)
        self.conversations_changed.emit()

    def delete_conversation(self, conversation_id: str) -> None:
        if self.busy and conversation_id == self.conversation_id:
            self.error.emit("Stop the reply before deleting this chat.")
            return
        self._storage.delete_conversation(conversation_id)
        self.purge_deleted_text()
        self._forget_conversation(conversation_id)  # saved KV states hold its tokens too
        if conversation_id == self.conversation_id:
            self.new_conversation()
        self.conversations_changed.emit()
