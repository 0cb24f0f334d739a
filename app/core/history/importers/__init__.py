"""Import conversations: Hearth's own JSON export and ChatGPT's ``conversations.json``.

Every import happens in two steps. First the whole file is read and checked into plain
:class:`~app.core.history.export.ConversationData` values; any problem raises :class:`ImportFormatError`
with one message naming what was wrong and where, before the database is touched. Then all
conversations are written in one transaction, so a failure leaves nothing half imported.

Importing something that is already there never overwrites or duplicates silently:

* a conversation whose id is stored and whose content is identical is **skipped**;
* a conversation whose id (or any of whose message ids) is already taken by different content is
  imported as a **copy** with fresh ids, so both versions are kept; unless such a copy is already
  stored (same content but for the ids), in which case it is skipped too. Importing the same file
  twice therefore never adds anything the second time.

Reading is bounded: only regular files are opened (a FIFO or ``/dev/zero`` is refused at once), the
JSON text may be at most :data:`MAX_IMPORT_BYTES` (for a .zip: its ``conversations.json`` is
unpacked in chunks and refused past that size, whatever the archive declares), and the parsed
document is checked against the export format's schema (``docs/export-format.md``; the fields of
ChatGPT's format that are used) by :mod:`app.core.base.schema`, so a wrong type, an absurd number, a lone
surrogate or deep nesting is refused with the JSON path of the bad value.

The parts: bounded reading (``reading``), what every source shares (``checks``), one module per
source (``hearth``, ``chatgpt``); storing, with its skip-or-copy rule, is here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ...documents import transfer
from ..conversation import new_id
from ..export import (
    FORMAT_NAME,
    ConversationData,
    conversation_to_dict,
    load,
    tree_order,
)
from ..storage import NotFoundError, Storage
from .chatgpt import CHATGPT_SCHEMA, parse_chatgpt  # noqa: F401 (re-exported)
from .checks import (  # noqa: F401 (re-exported)
    ID_SPEC,
    TIME_SPEC,
    ImportFormatError,
    checked,
    checked_tree,
    conversation_note,
    first_in_cycle,
    title_note,
)
from .hearth import HEARTH_SCHEMA, parse_hearth  # noqa: F401 (re-exported)
from .reading import (  # noqa: F401 (re-exported)
    MAX_IMPORT_BYTES,
    parse_json,
    read_import_bytes,
    read_import_text,
    read_json,
)


@dataclass
class ImportResult:
    source: str  # "hearth" or "chatgpt"
    imported: list[str] = field(default_factory=list)  # ids as stored (copies under their new id)
    copied: dict[str, str] = field(default_factory=dict)  # original id -> new id, for copies
    skipped: list[str] = field(default_factory=list)  # already stored, identical

    def summary(self) -> str:
        text = f"imported {len(self.imported)} conversation(s) from a {self.source} file"
        if self.copied:
            text += f", {len(self.copied)} of them as copies with new ids (the ids were taken)"
        if self.skipped:
            text += f"; skipped {len(self.skipped)} already present"
        return text


# ----------------------------------------------------------------- entry points
def import_file(storage: Storage, path: Path | str, *, max_bytes: int | None = None) -> ImportResult:
    """Import a Hearth JSON export, a ChatGPT conversations.json, or the ChatGPT export .zip, of at
    most ``max_bytes`` of JSON text (:data:`MAX_IMPORT_BYTES` unless given)."""
    path = Path(path)
    try:
        data = read_json(path, MAX_IMPORT_BYTES if max_bytes is None else max_bytes)
        return import_data(storage, data)
    except ImportFormatError as exc:
        raise ImportFormatError(f"{path.name}: {exc}") from None


def import_data(storage: Storage, data: Any) -> ImportResult:
    source, conversations = parse(data)
    return store(storage, conversations, source)


def detect_format(data: Any) -> str:
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return "hearth"
    if isinstance(data, dict) and "mapping" in data:
        return "chatgpt"
    if (
        isinstance(data, list)
        and data
        and all(isinstance(item, dict) for item in data)
        and any("mapping" in item for item in data)
    ):
        return "chatgpt"
    if isinstance(data, list) and not data:
        raise ImportFormatError("the file holds an empty list: no conversations to import")
    raise ImportFormatError(
        f'neither a Hearth export (no "format": "{FORMAT_NAME}") nor a ChatGPT conversations.json '
        '(no conversation with a "mapping")'
    )


def parse(data: Any) -> tuple[str, list[ConversationData]]:
    source = detect_format(data)
    conversations = parse_hearth(data) if source == "hearth" else parse_chatgpt(data)
    return source, [canonical(c) for c in conversations]


def canonical(data: ConversationData) -> ConversationData:
    """Messages in the order the database will give them back (siblings oldest first, ties in
    file order), so a stored conversation and its re-import compare equal."""
    by_time = sorted(data.messages, key=lambda m: m.created_at)  # stable: ties keep file order
    return ConversationData(data.conversation, tuple(tree_order(by_time)), data.documents)


# ------------------------------------------------------------------- storing
def store(storage: Storage, conversations: list[ConversationData], source: str) -> ImportResult:
    """Write parsed conversations in one transaction (see the module docstring for id clashes).

    Linear in the number of conversations: stored ones are looked up by id, and twins (copies made
    by an earlier import) by a hash of their id-free content, each stored candidate hashed once.
    """
    result = ImportResult(source)
    taken_conversations: set[str] = set()
    taken_messages: set[str] = set()
    twins = _TwinIndex(storage)
    with storage.transaction():
        for data in conversations:
            conv_id = data.conversation.id
            existing = _stored(storage, conv_id)
            if existing is not None and conversation_to_dict(existing) == conversation_to_dict(data):
                result.skipped.append(conv_id)
                continue
            message_ids = [m.id for m in data.messages]
            clash = (
                existing is not None
                or conv_id in taken_conversations
                or taken_messages.intersection(message_ids)
                or storage.existing_message_ids(message_ids)
            )
            if clash:
                twin = twins.find(data)
                if twin is not None:  # imported as a copy before: importing it again changes nothing
                    result.skipped.append(twin)
                    continue
                original, data = data, with_new_ids(data)
                data = replace(data, documents=transfer.renamed(original.documents, original.messages, data.messages))
                result.copied[conv_id] = data.conversation.id
            _insert(storage, data)
            taken_conversations.add(data.conversation.id)
            taken_messages.update(m.id for m in data.messages)
            twins.add(data)
            result.imported.append(data.conversation.id)
    return result


def _stored(storage: Storage, conversation_id: str) -> ConversationData | None:
    try:
        return load(storage, conversation_id)
    except NotFoundError:
        return None


class _TwinIndex:
    """Stored conversations by title and id-free content hash, filled one title at a time.

    Re-importing 1,000 edited chats that share a title used to load every same-titled stored chat
    for every imported one (quadratic: 48 s); now each stored chat is loaded and hashed at most once.
    """

    def __init__(self, storage: Storage):
        self._storage = storage
        self._ids_by_title: dict[str, list[str]] | None = None  # a snapshot, taken on first need
        self._by_title: dict[str, dict[str, str]] = {}  # title -> fingerprint hash -> conversation id

    def find(self, data: ConversationData) -> str | None:
        return self._hashes(data.conversation.title).get(fingerprint_hash(data))

    def add(self, data: ConversationData) -> None:
        """Record a conversation just written, so a twin of it later in the same file is found."""
        title = data.conversation.title
        if title in self._by_title:
            self._by_title[title].setdefault(fingerprint_hash(data), data.conversation.id)
        elif self._ids_by_title is not None:
            self._ids_by_title.setdefault(title, []).append(data.conversation.id)
        # else: the snapshot, when taken, will include it (same connection, same transaction)

    def _hashes(self, title: str) -> dict[str, str]:
        if title not in self._by_title:
            if self._ids_by_title is None:
                self._ids_by_title = {}
                for row in self._storage.list_conversations():
                    self._ids_by_title.setdefault(row.title, []).append(row.id)
            hashes: dict[str, str] = {}
            for candidate in self._ids_by_title.pop(title, []):
                stored = _stored(self._storage, candidate)
                if stored is not None:
                    hashes.setdefault(fingerprint_hash(stored), candidate)
            self._by_title[title] = hashes
        return self._by_title[title]


def fingerprint(data: ConversationData) -> dict[str, Any]:
    """The export of a conversation with its ids replaced by message positions."""
    position = {m.id: i for i, m in enumerate(data.messages)}
    document = conversation_to_dict(data)
    document["id"] = None
    document["current_leaf_id"] = position.get(document["current_leaf_id"] or "")
    for message in document["messages"]:
        message["id"] = position[message["id"]]
        message["parent_id"] = None if message["parent_id"] is None else position[message["parent_id"]]
    return document


def fingerprint_hash(data: ConversationData) -> str:
    """SHA-256 of :func:`fingerprint`, written canonically (sorted keys, times as floats)."""
    text = json.dumps(fingerprint(data), sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def with_new_ids(data: ConversationData) -> ConversationData:
    mapping = {m.id: new_id() for m in data.messages}
    conversation = replace(
        data.conversation, id=new_id(), current_leaf_id=mapping.get(data.conversation.current_leaf_id or "")
    )
    messages = tuple(
        replace(
            m,
            id=mapping[m.id],
            conversation_id=conversation.id,
            parent_id=None if m.parent_id is None else mapping[m.parent_id],
        )
        for m in data.messages
    )
    return ConversationData(conversation, messages)


def _insert(storage: Storage, data: ConversationData) -> None:
    conv = data.conversation
    storage.create_conversation(
        conv.title,
        system_prompt=conv.system_prompt,
        settings=conv.settings,
        model=conv.model,
        conversation_id=conv.id,
        created_at=conv.created_at,
        pinned=conv.pinned,
        source=conv.source,
    )
    for m in data.messages:  # parents first: the parsers return tree order
        storage.add_message(
            conv.id,
            m.role,
            m.content,
            parent_id=m.parent_id,
            status=m.status,
            stats=m.stats,
            message_id=m.id,
            created_at=m.created_at,
            make_current=False,
            pinned=m.pinned,
        )
    storage.set_current_leaf(conv.id, conv.current_leaf_id)
    storage.restore_updated_at(conv.id, conv.updated_at, {m.id: m.updated_at for m in data.messages})
    transfer.restore(storage.connection, data.documents, {m.id for m in data.messages})  # attachments, sources
