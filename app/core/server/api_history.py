"""Keeping API conversations in history: an API chat saved as a conversation marked as the API's.

Clients of a chat API resend the whole chat with every request. So a request whose earlier turns
are exactly what a kept API conversation shows (the same system prompt, the same user and
assistant turns, in order, ending with the reply Hearth sent) continues that conversation: only
the new question and its reply are added. Anything else starts a new conversation, holding the
turns the client sent. Called on the server's database thread (:mod:`.server_db`), never on the
window's connection.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..history.conversation import SOURCE_API, GenerationStats, MessageStatus, Role
from ..history.storage import Storage
from ..history.turns import auto_title
from ..inference.prompting import ChatMessage

log = logging.getLogger(__name__)

CANDIDATES = 20  # kept API chats ending in the same reply that are compared turn by turn


def keep_exchange(
    storage: Storage,
    history: Sequence[ChatMessage],
    system_prompt: str | None,
    reply: str,
    stats: GenerationStats,
    model: str,
) -> str:
    """Save one request and its reply; returns the conversation's id. ``history`` ends with the
    user's new turn (the API layer guarantees it)."""
    earlier, question = list(history[:-1]), history[-1]
    system = system_prompt or ""  # "" (not None): the API chat had no system prompt, not the default one
    with storage.transaction():
        conversation_id = _continued(storage, earlier, system)
        parent_id = None
        if conversation_id is None:
            conversation_id = storage.create_conversation(
                auto_title(history[0].content), system_prompt=system, model=model, source=SOURCE_API
            ).id
            for turn in earlier:
                parent_id = storage.add_message(conversation_id, turn.role, turn.content, parent_id=parent_id).id
        else:
            parent_id = storage.get_conversation(conversation_id).current_leaf_id
        user = storage.add_message(conversation_id, Role.USER, question.content, parent_id=parent_id)
        storage.add_message(
            conversation_id, Role.ASSISTANT, reply, parent_id=user.id, status=MessageStatus.DONE, stats=stats
        )
    log.info("kept API exchange in conversation %s (%d earlier turns)", conversation_id, len(earlier))
    return conversation_id


def _continued(storage: Storage, earlier: list[ChatMessage], system: str) -> str | None:
    """The kept API conversation these earlier turns are, or None."""
    if not earlier or earlier[-1].role is not Role.ASSISTANT:
        return None
    rows = storage.connection.execute(
        "SELECT c.id FROM conversations c JOIN messages m ON m.id = c.current_leaf_id"
        " WHERE c.source = ? AND m.role = ? AND m.content = ? ORDER BY c.updated_at DESC LIMIT ?",
        (SOURCE_API, Role.ASSISTANT.value, earlier[-1].content, CANDIDATES),
    ).fetchall()
    wanted = [(turn.role, turn.content) for turn in earlier]
    for (conversation_id,) in rows:
        if (storage.get_conversation(conversation_id).system_prompt or "") != system:
            continue
        shown = [(message.role, message.content) for message in storage.active_path(conversation_id)]
        if shown == wanted:
            return conversation_id
    return None
