"""The chat logic behind the window: which conversation is open, and one turn's life cycle.

What is done to stored chats (branches, pins, deletes, search, renames, presets, a chat's
settings) lives in :class:`~app.ui.chat_history.ChatHistory`, reached as ``session.history``. It
calls the core's ``turns`` functions on the GUI thread (SQLite stays here), hands requests to
the :class:`InferenceController`, and tells the views what changed through signals. Partial replies
are saved about once a second by :class:`ReplyBuffer`; on quit a streaming reply is kept as
*interrupted*, like one cut off by a crash.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.base.settings import Settings
from ..core.documents import embeddings
from ..core.documents.extract import ExtractedDocument
from ..core.history.conversation import GenerationStats, MessageStatus, new_id
from ..core.history.storage import Storage, StorageError
from ..core.history.turns import (
    ReplyBuffer,
    TurnRequest,
    begin_answer,
    begin_edit,
    begin_regenerate,
    begin_turn,
    draft_message,
    retry_dropping_oldest,
    status_for,
    surely_fits,
)
from .chat_history import ChatHistory
from .message_view import MessageItem
from .question_vectors import QuestionEmbedder
from .workers import InferenceController

if TYPE_CHECKING:
    from ..core.inference.engine import GenerationResult

log = logging.getLogger(__name__)


class ChatSession(QObject):
    conversation_opened = Signal(object, list)  # Conversation | None, list[MessageItem]
    conversations_changed = Signal()
    reply_started = Signal(object, object)  # user MessageItem or None (regenerate), reply MessageItem
    reply_text = Signal(str, str)  # message id, new text
    live_stats = Signal(str, int, float, float)  # message id, tokens so far, tokens/s, time to first token
    prompt_progress = Signal(str, int, int)  # reply's message id, prompt tokens read, tokens to read
    reply_finished = Signal(str, str, object, object)  # message id, text, MessageStatus, stats
    busy_changed = Signal(bool)
    message_focused = Signal(str)  # scroll to this message (a search hit)
    error = Signal(str)
    text_restored = Signal(str)  # a message that could not be sent goes back to the composer
    context_used = Signal(int, int)  # tokens in the last prompt + reply, context size
    context_full = Signal(str, str)  # failed reply id, explanation: the "stop and ask" overflow policy
    search_results = Signal(str, list)  # query, hits: the answer to search_in_background

    def __init__(
        self,
        storage: Storage,
        inference: InferenceController,
        settings: Callable[[], Settings],
        model_name: Callable[[], str | None],
        parent: QObject | None = None,
        forget_conversation: Callable[[str], object] = lambda _id: None,
    ):
        super().__init__(parent)
        self._storage = storage
        self.history = ChatHistory(self, storage, model_name, forget_conversation)
        self._inference = inference
        self._settings = settings
        self._model_name = model_name
        self.conversation_id: str | None = None
        self._closed = False
        self._request: TurnRequest | None = None
        self._buffer: ReplyBuffer | None = None
        self._checking: tuple | None = None  # (check id, text, attachments) of a long message being measured
        self._questions = QuestionEmbedder(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        """What the inference thread reports about this session's turns."""
        inference = self._inference
        inference.tokens_received.connect(self._on_tokens)
        inference.prefill_progress.connect(self._on_prefill)
        inference.fit_checked.connect(self._on_fit_checked)
        inference.generation_finished.connect(self._on_finished)
        inference.generation_failed.connect(self._on_failed)
        self._questions.ready.connect(self._send)

    @property
    def busy(self) -> bool:
        return self._request is not None or self._checking is not None or self._questions.pending

    # ----------------------------------------------------------- navigation
    def new_conversation(self) -> None:
        if self.busy:
            return
        self.conversation_id = None
        self.conversation_opened.emit(None, [])

    def open(self, conversation_id: str) -> None:
        if self.busy:
            self.error.emit(self.tr("Wait for the reply to finish, or press Esc to stop it, before switching chats."))
            return
        try:
            conversation = self._storage.get_conversation(conversation_id)
            items = self.history.branch_items(conversation.current_leaf_id)  # a damaged tree raises here
        except StorageError as exc:
            self.error.emit(str(exc))
            return
        self.conversation_id = conversation_id
        self.conversation_opened.emit(conversation, items)

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

    def reload(self) -> None:
        if self.conversation_id is not None:
            self.open(self.conversation_id)

    # --------------------------------------------------------------- turns
    def submit(self, text: str, attachments: Sequence[ExtractedDocument] = ()) -> None:
        """Send a message. One that may be longer than the context is measured by the engine first
        (:meth:`_on_fit_checked`); one that cannot fit is refused before anything is saved."""
        if self.busy or not text.strip():
            return
        try:
            draft = draft_message(self._storage, self.conversation_id, text, self._settings())
        except (StorageError, ValueError) as exc:
            self.text_restored.emit(text)
            self.error.emit(self.tr("Could not save your message: %1").replace("%1", str(exc)))
            return
        if surely_fits(draft, self._context_size()):
            self._save_and_send(text, attachments)
            return
        self._checking = (new_id(), text, tuple(attachments))
        self._inference.check_fit(self._checking[0], draft)

    def _on_fit_checked(self, check_id: str, problem: str) -> None:
        if self._checking is None or self._checking[0] != check_id or self._closed:
            return
        _, text, attachments = self._checking
        self._checking = None
        if problem:
            self.text_restored.emit(text)
            self.error.emit(
                self.tr(
                    "This message is too long for the model: %1. Nothing was saved; your text is still in the message box."
                ).replace("%1", problem)
            )
            return
        self._save_and_send(text, attachments)

    def _save_and_send(self, text: str, attachments: Sequence[ExtractedDocument] = ()) -> None:
        """In a chat with documents, with an embedding model active, the question is embedded on a
        worker thread first (then ``_questions.ready`` calls :meth:`_send`): never on this thread."""
        if not self._questions.embed_if_needed(self._storage, self.conversation_id, text, attachments):
            self._send(text, attachments, embeddings.NO_VECTOR)  # nothing to embed: no extra hop

    def _send(self, text: str, attachments: Sequence[ExtractedDocument], vector: embeddings.QuestionVector) -> None:
        if self._closed:
            return
        try:
            if self.conversation_id is None:
                conversation = self._storage.create_conversation(model=self._model_name())
                self.conversation_id = conversation.id
            request = begin_turn(
                self._storage,
                self.conversation_id,
                text,
                self._settings(),
                attachments=attachments,
                question_vector=vector,
            )
        except (StorageError, ValueError) as exc:
            self.text_restored.emit(text)
            self.error.emit(self.tr("Could not save your message: %1").replace("%1", str(exc)))
            return
        self._start(request, with_user_message=True)
        self.conversations_changed.emit()

    def regenerate(self, assistant_message_id: str) -> None:
        self._branch(lambda: begin_regenerate(self._storage, assistant_message_id, self._settings()))

    def edit(self, user_message_id: str, new_text: str) -> None:
        self._branch(lambda: begin_edit(self._storage, user_message_id, new_text, self._settings()))

    def answer(self, user_message_id: str) -> None:
        """Reply to a user message that has no reply (its reply was deleted, say)."""
        self._branch(lambda: begin_answer(self._storage, user_message_id, self._settings()))

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
        items = self.history.branch_items(conversation.current_leaf_id)
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

    def _on_prefill(self, request_id: str, done: int, total: int) -> None:
        if self._request is not None and request_id == self._request.request_id:
            self.prompt_progress.emit(self._request.assistant_message_id, done, total)

    def _on_tokens(self, request_id: str, text: str, count: int) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        now = time.monotonic()
        if self._first_token_at is None:
            self._first_token_at, self._live_tokens = now, 0
        self._live_tokens += count
        elapsed = now - self._first_token_at
        rate = (self._live_tokens - 1) / elapsed if elapsed > 0.3 else 0.0
        self.live_stats.emit(
            self._request.assistant_message_id, self._live_tokens, rate, self._first_token_at - self._started_at
        )
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
        reply_id, policy = self._request.assistant_message_id, self._request.overflow_policy
        self._finish(MessageStatus.ERROR, GenerationStats(error=message, model_file=self._model_name() or ""), None)
        # Offer "forget the oldest turns" only where it can help: never for a message that is too
        # long on its own, and never again once the chat already drops them (that would loop).
        if kind == "context" and policy == "stop":
            self.context_full.emit(reply_id, message)
        elif kind == "too_long":
            self.error.emit(self.tr("This message is too long for the model: %1.").replace("%1", message))
        else:
            self.error.emit(message)

    def retry_dropping_oldest(self, failed_reply_id: str) -> None:
        """The user agreed to let this chat forget its oldest turns: switch the policy and retry."""
        # One transaction in the core: the policy, the new reply and the failed one's removal.
        self._branch(lambda: retry_dropping_oldest(self._storage, failed_reply_id, self._settings()))

    def _finish(self, status: MessageStatus, stats: GenerationStats | None, text: str | None) -> None:
        request, buffer = self._request, self._buffer
        self._request, self._buffer = None, None
        final = buffer.text if text is None else text
        try:
            buffer.finish(status, stats, final)
        except StorageError as exc:
            # A chat deleted outside this window has nowhere to keep its reply; the window says so.
            if self.history.conversation_exists(request.conversation_id):
                self.error.emit(self.tr("The reply could not be saved: %1").replace("%1", str(exc)))
        self.reply_finished.emit(request.assistant_message_id, final, status, stats)
        if self._closed:  # a slot of reply_finished quit the app: the database is closed now
            return
        self.busy_changed.emit(False)
        self.conversations_changed.emit()

    def _context_size(self) -> int:
        report = self._inference.report
        return report.context_length if report else self._settings().context_length

    def shutdown(self) -> None:
        """Keep a streaming reply as 'interrupted' (as a crash would leave it) before the app quits,
        with the statistics known so far."""
        if self._request is not None:
            self._inference.stop()
            self._finish(MessageStatus.INTERRUPTED, self._stats_so_far(), None)
        self.history.shutdown()
        self._questions.shutdown()
        self._closed = True

    def _stats_so_far(self) -> GenerationStats:
        """What is known of a reply cut off before the engine reported: counts, speed, settings."""
        request, first = self._request, self._first_token_at
        elapsed = time.monotonic() - first if first is not None else 0.0
        tokens = self._live_tokens if first is not None else 0
        seed = request.sampling.seed
        return GenerationStats(
            time_to_first_token_s=None if first is None else round(first - self._started_at, 4),
            tokens_per_second=round((tokens - 1) / elapsed, 2) if tokens > 1 and elapsed > 0 else None,
            completion_tokens=tokens,
            model_file=self._model_name() or "",
            sampling=request.sampling.to_dict(),
            seed=seed if seed >= 0 else None,
            finish_reason="interrupted",
        )
