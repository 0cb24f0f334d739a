"""What a turn sends with the documents attached along its branch: whole, or retrieved excerpts.

Called from ``turns._begin_reply`` while the request is built. The documents attached to any user
message on the branch (root to the message being answered) count; in ``auto`` mode they go in
whole when they fit about half of what the context has left after the conversation and the reply,
otherwise each turn retrieves the chunks that best answer the question (BM25 through FTS5).

Whole documents are put in front of the message that carries them, so the prompt's prefix stays the
same from turn to turn and the engine's KV cache reuses it; retrieved excerpts go in front of the
question being answered. Every document or excerpt is numbered so the model can cite it ("[2]"),
and the same numbered list is stored as the reply's sources. Token counts are estimated from
characters (no tokenizer here): ``CHARS_PER_TOKEN`` is on the low side, so the estimate errs
towards retrieval rather than an overflow.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from ..history.conversation import Conversation, Message, Role
from . import collections, embeddings, store
from .store import Attachment, Source

MODES = ("auto", "whole", "retrieve")
CHARS_PER_TOKEN = 3
WHOLE_SHARE = 2  # whole documents may fill 1/WHOLE_SHARE of what the conversation leaves
MAX_EXCERPTS = 6
SOURCE_EXCERPT_CHARS = 400  # what a whole document's source entry shows of it


@dataclass(frozen=True)
class DocumentContext:
    prefixes: dict[str, str] = field(default_factory=dict)  # message id -> text put before its content
    sources: tuple[Source, ...] = ()
    mode: str = ""  # "whole", "retrieved" or "" (no documents)
    retrieval: str = ""  # how excerpts were found, when retrieved


def documents_mode(conversation: Conversation) -> str:
    mode = conversation.settings.get("documents_mode")
    return mode if mode in MODES else "auto"


def for_turn(
    db: sqlite3.Connection,
    conversation: Conversation,
    path: list[Message],
    system_prompt: str | None,
    context_length: int,
    question_vector: embeddings.QuestionVector | None = None,
) -> DocumentContext:
    """The document context of a reply to ``path[-1]`` (the user's message). ``question_vector``:
    that message's vector, computed beforehand (None: embedded here if a model is active)."""
    attachments = _unique(store.attachments_of(db, [m.id for m in path if m.role is Role.USER]))
    attached = {a.document.id: a.name for a in attachments}
    shelved = {
        document_id: name
        for document_id, name in collections.documents_of(
            db, list(conversation.settings.get("collections") or [])
        ).items()
        if document_id not in attached
    }  # a collection's documents: always retrieved
    if not attachments and not shelved:
        return DocumentContext()
    mode = documents_mode(conversation)
    budget = whole_budget_chars(path, system_prompt, context_length)
    whole_chars = sum(a.document.text_chars for a in attachments)
    if attachments and (mode == "whole" or (mode == "auto" and whole_chars <= budget)):
        whole = _whole(db, attachments)
        if not shelved:
            return whole
        found = _retrieved(
            db,
            shelved,
            path[-1],
            max(budget - whole_chars, 2 * SOURCE_EXCERPT_CHARS),
            first_number=len(whole.sources) + 1,
            question_vector=question_vector,
        )
        question = path[-1].id
        prefixes = {**whole.prefixes, question: whole.prefixes.get(question, "") + found.prefixes[question]}
        return DocumentContext(prefixes, whole.sources + found.sources, "whole", found.retrieval)
    return _retrieved(
        db, {**attached, **shelved}, path[-1], max(budget, 2 * SOURCE_EXCERPT_CHARS), question_vector=question_vector
    )


def whole_budget_chars(path: list[Message], system_prompt: str | None, context_length: int) -> int:
    """Characters of documents that may go in whole: a share of the context left after the reply's
    reserve (a quarter, as the engine keeps), the system prompt and the conversation."""
    used = len(system_prompt or "") + sum(len(m.content) for m in path)
    left = context_length - max(16, context_length // 4) - used // CHARS_PER_TOKEN
    return max(0, left // WHOLE_SHARE) * CHARS_PER_TOKEN


def _unique(attachments: list[Attachment]) -> list[Attachment]:
    seen: set[str] = set()
    out = []
    for attachment in attachments:
        if attachment.document.id not in seen:
            seen.add(attachment.document.id)
            out.append(attachment)
    return out


def _whole(db: sqlite3.Connection, attachments: list[Attachment]) -> DocumentContext:
    blocks: dict[str, list[str]] = {}
    sources = []
    for number, attachment in enumerate(attachments, start=1):
        text = store.document_text(db, attachment.document.id)
        blocks.setdefault(attachment.message_id, []).append(
            f"[{number}] {attachment.name} (whole document)\n<document>\n{text}\n</document>"
        )
        sources.append(
            Source(number, attachment.document.id, attachment.name, "whole", _clip(text, SOURCE_EXCERPT_CHARS))
        )
    prefixes = {
        message_id: (
            "Attached documents, given whole. Cite them by number, e.g. [1].\n\n" + "\n\n".join(parts) + "\n\n"
        )
        for message_id, parts in blocks.items()
    }
    return DocumentContext(prefixes, tuple(sources), "whole")


def _retrieved(
    db: sqlite3.Connection,
    names: dict[str, str],
    question: Message,
    budget: int,
    first_number: int = 1,
    question_vector: embeddings.QuestionVector | None = None,
) -> DocumentContext:
    """The best chunks of these documents (id -> name to cite) for the question, within budget."""
    hits, method = embeddings.retrieve(db, list(names), question.content, MAX_EXCERPTS * 2, question_vector)
    chosen, used = [], 0
    for hit in hits:
        if len(chosen) == MAX_EXCERPTS or (chosen and used + len(hit.text) > budget):
            break
        chosen.append(hit)
        used += len(hit.text)
    if not chosen:
        shown = list(names.values())
        listed = ", ".join(shown[:5]) + (f" and {len(shown) - 5} more" if len(shown) > 5 else "")
        prefix = (
            f"(The attached documents, {listed}, are too long to give whole, and no passage of them "
            "matches this message.)\n\n"
        )
        return DocumentContext({question.id: prefix}, (), "retrieved", method)
    sources = tuple(
        Source(number, hit.document_id, names[hit.document_id], "retrieved", hit.text, hit.page, hit.heading, method)
        for number, hit in enumerate(chosen, start=first_number)
    )
    blocks = []
    for source in sources:
        where = source.location()
        blocks.append(
            f"[{source.position}] {source.name}{', ' + where if where else ''}\n<excerpt>\n{source.excerpt}\n</excerpt>"
        )
    prefix = (
        "Excerpts from the attached documents, chosen for this message. Cite them by number, "
        "e.g. [1].\n\n" + "\n\n".join(blocks) + "\n\n"
    )
    return DocumentContext({question.id: prefix}, sources, "retrieved", method)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def documents_of_message(storage, message: Message) -> tuple[list[Attachment], list[Source]]:
    """What a message's card shows: a user message's attachments with the sources of its latest
    reply (how each document was used), or a reply's own sources. Empty when unreadable."""
    from ..history.storage import StorageError

    db = storage.connection
    try:
        if message.role is Role.USER:
            attachments = store.attachments_of(db, [message.id])
            if not attachments:
                return [], []
            replies = storage.children(message.id, message.conversation_id)
            return attachments, store.sources_of(db, replies[-1].id) if replies else []
        return [], store.sources_of(db, message.id)
    except (StorageError, sqlite3.Error):
        return [], []


def chat_uses_documents(storage, conversation_id: str | None) -> bool:
    """Whether a new message in this chat goes with documents already there: attached along the
    current branch, or a collection. A few cheap reads: the window asks it to decide whether to
    embed the question beforehand."""
    if conversation_id is None:
        return False
    conversation = storage.get_conversation(conversation_id)
    if conversation.settings.get("collections"):
        return True
    path = storage.path_to(conversation.current_leaf_id) if conversation.current_leaf_id else []
    return bool(store.attachments_of(storage.connection, [m.id for m in path if m.role is Role.USER]))
