"""The transactional edges of one exchange.

``begin_*`` stores what the user asked (and an empty assistant reply marked *streaming*) in one
transaction before any inference starts, and returns a :class:`TurnRequest` for the engine.
``save_partial`` is called about once a second while tokens arrive; ``finish_turn`` stores the
final text, status and stats. A crash between the two leaves a *streaming* row that
``Storage.recover_interrupted`` turns into *interrupted* on the next start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..base.settings import SamplingParams, Settings
from ..documents import context as documents_context
from ..documents import store as documents_store
from ..documents.embeddings import QuestionVector
from ..documents.extract import ExtractedDocument
from ..inference.prompting import ChatMessage
from .conversation import Conversation, GenerationStats, Message, MessageStatus, Role, new_id
from .storage import Storage, StorageError
from .titles import plain_title

AUTO_TITLE_CHARS = 48
DEFAULT_TITLE = "New chat"


@dataclass(frozen=True)
class TurnRequest:
    """Everything the inference worker needs; plain data, safe to pass between threads."""

    request_id: str
    conversation_id: str
    assistant_message_id: str
    history: tuple[ChatMessage, ...]  # root to the user's message, along the active branch
    system_prompt: str | None
    sampling: SamplingParams
    overflow_policy: str


def effective_sampling(conversation: Conversation, settings: Settings) -> SamplingParams:
    """Global sampling with the conversation's own overrides on top."""
    overrides = conversation.settings.get("sampling") or {}
    return SamplingParams.from_dict({**settings.sampling.to_dict(), **overrides})


def effective_system_prompt(conversation: Conversation, settings: Settings) -> str | None:
    prompt = conversation.system_prompt if conversation.system_prompt is not None else settings.system_prompt
    return prompt or None


def effective_overflow_policy(conversation: Conversation, settings: Settings) -> str:
    policy = conversation.settings.get("overflow_policy")
    return policy if policy in ("stop", "drop_oldest") else settings.overflow_policy


def sampling_overrides(chosen: SamplingParams, defaults: SamplingParams) -> dict[str, Any]:
    """Only the values that differ from the global defaults: what a chat stores as its own, so a
    later change of a default still reaches every chat that did not set that value itself."""
    base = defaults.to_dict()
    return {name: value for name, value in chosen.to_dict().items() if base.get(name) != value}


@dataclass(frozen=True)
class MessageDraft:
    """A message not saved yet, with what it would be sent with: enough to check that it fits the
    context on its own before anything is written (see :func:`draft_message`)."""

    history: tuple[ChatMessage, ...]  # the new message alone
    system_prompt: str | None
    sampling: SamplingParams


def draft_message(
    storage: Storage,
    conversation_id: str | None,
    text: str,
    settings: Settings,
    sampling_overrides: dict[str, Any] | None = None,
) -> MessageDraft:
    """What :func:`begin_turn` would send for ``text``, without saving anything.

    A message longer than the context can never be answered, whatever the overflow policy, so the
    window and the CLI check the draft with the engine (``fit``) first and refuse it before it is
    stored: nothing is saved, and nothing asks to "forget the oldest turns" in vain.
    """
    if not text.strip():
        raise ValueError("the message is empty")
    if conversation_id is None:
        system_prompt, sampling = settings.system_prompt or None, settings.sampling
    else:
        conversation = storage.get_conversation(conversation_id)
        system_prompt = effective_system_prompt(conversation, settings)
        sampling = effective_sampling(conversation, settings)
    if sampling_overrides:
        sampling = SamplingParams.from_dict({**sampling.to_dict(), **sampling_overrides})
    return MessageDraft((ChatMessage(Role.USER, text),), system_prompt, sampling)


# Markup a single user turn adds around its text (turn markers, BOS), generously counted.
TURN_MARKUP_TOKENS = 64


def surely_fits(draft: MessageDraft, context_length: int) -> bool:
    """A cheap check that needs no tokenizer: True when the draft certainly fits the context.

    Every token spells at least one byte of text, so a message has at most as many tokens as
    bytes; the engine keeps at most a quarter of the context for the reply. False means only
    "maybe not": ask the engine (``fit``) for the exact answer.
    """
    size = len(draft.history[-1].content.encode("utf-8")) + len((draft.system_prompt or "").encode("utf-8"))
    budget = context_length - max(16, context_length // 4)
    return size + TURN_MARKUP_TOKENS <= budget


def begin_turn(
    storage: Storage,
    conversation_id: str,
    text: str,
    settings: Settings,
    sampling_overrides: dict[str, Any] | None = None,
    attachments: Sequence[ExtractedDocument] = (),
    question_vector: QuestionVector | None = None,
) -> TurnRequest:
    """Store the user's message under the current leaf and an empty reply; return the request.

    ``question_vector``: ``text`` embedded beforehand (the window does it on a worker thread), for
    retrieval from the chat's documents; None embeds it here when an embedding model is active.

    When the current leaf is a user message without a reply (its reply was deleted), the new
    message goes below it, so the transcript keeps both questions in the order they were asked.
    The model never sees two user turns in a row: prompt building (``prompting.alternating``)
    merges them into one user turn. Making the new message a sibling instead would hide the first
    question behind a ``< 1/2 >`` switcher although the user never asked to replace it.
    """
    if not text.strip():
        raise ValueError("the message is empty")
    with storage.transaction():
        conversation = storage.get_conversation(conversation_id)
        user = storage.add_message(conversation_id, Role.USER, text, parent_id=conversation.current_leaf_id)
        for document in attachments:  # stored and linked in this transaction: never half-indexed
            documents_store.attach(storage.connection, user.id, document)
        if conversation.title == DEFAULT_TITLE:
            storage.rename_conversation(conversation_id, auto_title(text))
        return _begin_reply(storage, conversation, user, settings, sampling_overrides, question_vector)


def begin_regenerate(storage: Storage, assistant_message_id: str, settings: Settings) -> TurnRequest:
    """A new reply beside an existing one (a new branch); the old reply stays."""
    with storage.transaction():
        old = storage.get_message(assistant_message_id)
        if old.role is not Role.ASSISTANT or old.parent_id is None:
            raise StorageError("only a model reply can be regenerated")
        parent = storage.get_message(old.parent_id)
        return _begin_reply(storage, storage.get_conversation(old.conversation_id), parent, settings)


def retry_dropping_oldest(storage: Storage, failed_reply_id: str, settings: Settings) -> TurnRequest:
    """The user agreed to let a chat forget its oldest turns after its reply did not fit: store the
    "drop_oldest" policy for the chat and start a new reply in place of the failed (empty) one.

    One transaction: if any step fails, the chat keeps its policy and its failed reply, as before.
    """
    with storage.transaction():
        failed = storage.get_message(failed_reply_id)
        conversation = storage.get_conversation(failed.conversation_id)
        storage.set_conversation_settings(
            conversation.id,
            system_prompt=conversation.system_prompt,
            settings=dict(conversation.settings, overflow_policy="drop_oldest"),
        )
        request = begin_regenerate(storage, failed_reply_id, settings)
        storage.delete_message(failed_reply_id)  # it was empty: nothing of the user's is lost
    return request


def begin_answer(storage: Storage, user_message_id: str, settings: Settings) -> TurnRequest:
    """A reply to a user message (one whose reply was deleted, typically); replies it already has stay
    as other versions."""
    with storage.transaction():
        user = storage.get_message(user_message_id)
        if user.role is not Role.USER:
            raise StorageError("only your own messages can be answered")
        return _begin_reply(storage, storage.get_conversation(user.conversation_id), user, settings)


def begin_edit(storage: Storage, user_message_id: str, new_text: str, settings: Settings) -> TurnRequest:
    """Resend an edited user message as a sibling of the original (a new branch)."""
    if not new_text.strip():
        raise ValueError("the message is empty")
    with storage.transaction():
        original = storage.get_message(user_message_id)
        if original.role is not Role.USER:
            raise StorageError("only your own messages can be edited")
        user = storage.add_message(original.conversation_id, Role.USER, new_text, parent_id=original.parent_id)
        return _begin_reply(storage, storage.get_conversation(original.conversation_id), user, settings)


def _begin_reply(
    storage: Storage,
    conversation: Conversation,
    user: Message,
    settings: Settings,
    sampling_overrides: dict[str, Any] | None = None,
    question_vector: QuestionVector | None = None,
) -> TurnRequest:
    reply = storage.add_message(conversation.id, Role.ASSISTANT, "", parent_id=user.id, status=MessageStatus.STREAMING)
    sampling = effective_sampling(conversation, settings)
    if sampling_overrides:
        sampling = SamplingParams.from_dict({**sampling.to_dict(), **sampling_overrides})
    path = storage.path_to(user.id)
    system_prompt = effective_system_prompt(conversation, settings)
    documents = documents_context.for_turn(
        storage.connection, conversation, path, system_prompt, settings.context_length, question_vector
    )
    documents_store.save_sources(storage.connection, reply.id, documents.sources)
    history = tuple(_visible(path, documents.prefixes))
    return TurnRequest(
        request_id=new_id(),
        conversation_id=conversation.id,
        assistant_message_id=reply.id,
        history=history,
        system_prompt=system_prompt,
        sampling=sampling,
        overflow_policy=effective_overflow_policy(conversation, settings),
    )


def _visible(path: list[Message], prefixes: dict[str, str] | None = None) -> list[ChatMessage]:
    """What the model sees of a branch: failed or empty replies are left out, but a stopped or
    interrupted reply stays so user and model turns keep alternating (Gemma templates insist).
    ``prefixes`` puts text (attached documents, excerpts) before a message's own."""
    prefixes = prefixes or {}
    out: list[ChatMessage] = []
    for message in path:
        if message.role is Role.ASSISTANT and (message.status is MessageStatus.ERROR or not message.content.strip()):
            if out and out[-1].role is Role.USER:
                out.append(ChatMessage(Role.ASSISTANT, "…"))
            continue
        out.append(ChatMessage(message.role, prefixes.get(message.id, "") + message.content, pinned=message.pinned))
    return out


def save_partial(storage: Storage, request: TurnRequest, text: str) -> None:
    storage.update_message(request.assistant_message_id, content=text)


def finish_turn(
    storage: Storage, request: TurnRequest, text: str, status: MessageStatus, stats: GenerationStats | None
) -> None:
    storage.update_message(request.assistant_message_id, content=text, status=status, stats=stats)


def auto_title(text: str) -> str:
    """A new chat's title: the first words of the message, without Markdown syntax."""
    return plain_title(text, AUTO_TITLE_CHARS) or DEFAULT_TITLE


class ReplyBuffer:
    """The reply being written, saved to the database at most once per ``interval`` seconds
    (never per token) so a crash loses less than a second of output."""

    def __init__(self, storage: Storage, request: TurnRequest, interval: float = 1.0, clock=None):
        import time

        self._storage, self._request, self._interval = storage, request, interval
        self._clock = clock or time.monotonic
        self._pieces: list[str] = []
        self._last_save = self._clock()
        self._dirty = False

    @property
    def text(self) -> str:
        return "".join(self._pieces)

    def append(self, piece: str) -> None:
        self._pieces.append(piece)
        self._dirty = True
        if self._clock() - self._last_save >= self._interval:
            self.flush()

    def flush(self) -> None:
        if self._dirty:
            save_partial(self._storage, self._request, self.text)
            self._dirty = False
        self._last_save = self._clock()

    def finish(self, status: MessageStatus, stats: GenerationStats | None, text: str | None = None) -> None:
        finish_turn(self._storage, self._request, self.text if text is None else text, status, stats)
        self._dirty = False


def status_for(finish_reason: str) -> MessageStatus:
    return MessageStatus.STOPPED if finish_reason == "stopped" else MessageStatus.DONE
