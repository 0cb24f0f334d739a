"""The stored side of the chat window: everything done to saved chats rather than to a running turn.

:class:`ChatHistory` belongs to a :class:`~app.ui.chat_session.ChatSession` (callers reach it as
``session.history``). It steps between branches, pins and deletes messages and chats, looks up
messages and their documents, lists, searches and renames chats, and keeps presets and a chat's
settings. It holds no signals of its own: it reports through the session's, which the window
connects, and it asks the session whether a reply is running, because the tree must not change
under a streaming reply.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.documents.context import documents_of_message
from ..core.history.conversation import Message
from ..core.history.deletion import DeletePlan, carry_out, delete_conversations, plan_delete
from ..core.history.storage import NotFoundError, Storage, StorageError
from .message_view import MessageItem

if TYPE_CHECKING:
    from .chat_session import ChatSession


class ChatHistory:
    def __init__(
        self,
        session: ChatSession,
        storage: Storage,
        model_name: Callable[[], str | None],
        forget_conversation: Callable[[str], object],
    ):
        self._session = session
        self._storage = storage
        self._model_name = model_name
        self._forget_conversation = forget_conversation  # drops derived copies (saved KV states)
        # After a delete; the app swaps in a background purge (app.core.history.db_maintenance): not on the GUI thread.
        self.purge_deleted_text: Callable[[], None] = storage.purge_deleted_text
        self._searcher = None  # SearchRunner, made on the first search
        self._closed = False

    def shutdown(self) -> None:
        if self._searcher is not None:
            self._searcher.shutdown()
        self._closed = True

    # ------------------------------------------------------------- lookups
    def branch_items(self, leaf_id: str | None) -> list[MessageItem]:
        """The messages from the root to ``leaf_id``, each with its place among its siblings."""
        items = []
        path = self._storage.path_to(leaf_id)
        for message in path:
            siblings = self._storage.siblings(message)
            index = next((i for i, s in enumerate(siblings) if s.id == message.id), 0)
            items.append(MessageItem(message, index, max(1, len(siblings))))
        return items

    def current_items(self) -> list[MessageItem]:
        """The open chat's branch as it is stored now (empty for a new chat)."""
        if self._session.conversation_id is None:
            return []
        return self.branch_items(self._storage.get_conversation(self._session.conversation_id).current_leaf_id)

    def documents_for(self, message: Message) -> tuple[list, list]:
        """(attachments, sources) for a message's card: a user message's documents with what its
        latest reply was given, or a reply's sources."""
        return documents_of_message(self._storage, message)

    def message(self, message_id: str) -> Message:
        return self._storage.get_message(message_id)

    # ---------------------------------------------------------- tree edits
    def step_branch(self, message_id: str, delta: int) -> None:
        if self._session.busy:
            return
        message = self._storage.get_message(message_id)
        siblings = self._storage.siblings(message)
        index = next(i for i, s in enumerate(siblings) if s.id == message_id) + delta
        if 0 <= index < len(siblings):
            leaf = self._storage.latest_leaf_under(siblings[index].id)
            self._storage.set_current_leaf(message.conversation_id, leaf)
            self._session.open(message.conversation_id)

    def set_message_pinned(self, message_id: str, pinned: bool) -> None:
        if self._session.busy:
            return
        self._storage.set_message_pinned(message_id, pinned)
        self._session.reload()

    def plan_delete(self, message_id: str) -> DeletePlan | None:
        """What deleting this message would remove (for the confirmation, see core.deletion)."""
        try:
            return plan_delete(self._storage, message_id)
        except StorageError as exc:  # gone already (deleted from the CLI, say)
            self._session.error.emit(str(exc))
            self._session.reload()
            return None

    def delete_planned(self, plan: DeletePlan) -> None:
        """Delete exactly what ``plan`` names (nothing if the chat changed since)."""
        session = self._session
        if session.busy:
            return
        try:
            carry_out(self._storage, plan)
        except StorageError as exc:
            session.error.emit(str(exc))
            session.reload()
            return
        self.purge_deleted_text()  # deleted words must leave the search index's pages too
        if session.conversation_id is not None:  # the engine's memory and saved KV states hold them too
            self._forget_conversation(session.conversation_id)
        session.reload()
        session.conversations_changed.emit()

    def delete_message(self, message_id: str) -> None:
        """Delete a message and everything below it, as :func:`plan_delete` counts it."""
        plan = self.plan_delete(message_id)
        if plan is not None:
            self.delete_planned(plan)

    # ------------------------------------------------------- conversations
    def list_conversations(self) -> list:
        return self._storage.list_conversations()

    def search(self, query: str) -> list:
        return self._storage.search(query)

    def search_in_background(self, query: str) -> None:
        """Search on a worker thread (a big history or a hostile query must not freeze the window);
        the hits arrive through the session's ``search_results``, only for the newest query."""
        session = self._session
        if self._storage.path is None:  # an in-memory database has no second connection
            session.search_results.emit(query, self._storage.search(query))
            return
        if self._searcher is None:
            from .search_worker import SearchRunner

            self._searcher = SearchRunner(self._storage.path, session)
            self._connect_searcher(self._searcher)
        self._searcher.search(query)

    def _connect_searcher(self, searcher) -> None:
        searcher.results_ready.connect(self._session.search_results)
        searcher.failed.connect(self._session.error)

    def title_of(self, conversation_id: str) -> str:
        return self._storage.get_conversation(conversation_id).title

    def rename(self, conversation_id: str, title: str) -> None:
        self._storage.rename_conversation(conversation_id, title)
        self._session.conversations_changed.emit()

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self._storage.set_pinned(conversation_id, pinned)
        self._session.conversations_changed.emit()

    def conversation(self):
        conversation_id = self._session.conversation_id
        return self._storage.get_conversation(conversation_id) if conversation_id else None

    def presets(self) -> dict:
        return self._storage.presets()

    def save_preset(self, name: str, system_prompt: str | None, data: dict) -> None:
        self._storage.save_preset(name, system_prompt=system_prompt, settings=data)

    def delete_preset(self, name: str) -> None:
        self._storage.delete_preset(name)

    def set_conversation_settings(self, system_prompt: str | None, data: dict) -> None:
        session = self._session
        if session.conversation_id is None:
            conversation = self._storage.create_conversation(model=self._model_name())
            session.conversation_id = conversation.id
            session.conversation_opened.emit(conversation, [])
        self._storage.set_conversation_settings(session.conversation_id, system_prompt=system_prompt, settings=data)
        session.conversations_changed.emit()

    def delete_conversation(self, conversation_id: str) -> None:
        session = self._session
        if session.busy and conversation_id == session.conversation_id:
            # The ChatSession context keeps this string's existing translations.
            session.error.emit(QCoreApplication.translate("ChatSession", "Stop the reply before deleting this chat."))
            return
        # The core's policy, shared with `hearth history rm`: rows, saved KV states and the engine's
        # context (forgotten on the inference thread), then the search index's old pages.
        delete_conversations(self._storage, [conversation_id], self._forget_conversation, self.purge_deleted_text)
        if conversation_id == session.conversation_id:
            session.new_conversation()
        session.conversations_changed.emit()

    # ------------------------------------------------------ outside changes
    def data_version(self) -> int | None:
        """Changes when another process or window writes to the database; None once shut down."""
        return None if self._closed else self._storage.data_version()

    def conversation_exists(self, conversation_id: str) -> bool:
        try:
            self._storage.get_conversation(conversation_id)
        except NotFoundError:
            return False
        except StorageError:
            return True  # cannot tell: let the next write say what is wrong
        return True
