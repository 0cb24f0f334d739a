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

ChatGPT's export is a tree too (``mapping``: node id -> {message, parent, children}); we keep its
branches and ids and make ``current_node`` the current leaf. Nodes without a message, hidden
system scaffolding and empty messages are left out (their children move up to the nearest kept
ancestor); consecutive assistant/tool nodes of one reply (code, its output, the answer) are joined
into one model message so user and model turns alternate as Gemma expects. Non-text parts become
readable placeholders: images ``[image: …]``, code as fenced blocks, quotes as block quotes.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import math
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from .conversation import Conversation, GenerationStats, Message, MessageStatus, Role, new_id, now
from .export import FORMAT_NAME, FORMAT_VERSION, ConversationData, conversation_to_dict, load, tree_order
from ..base.fileutil import NotRegularFileError, open_regular_file
from ..base.schema import (
    Array, Boolean, Mapping, Null, Nullable, Number, Object, OneOf, SchemaError, Text, child_path, describe, quote,
    scan, time_spec,
)
from ..base.settings import MAX_SEED, OVERFLOW_POLICIES, SAMPLING_SPECS
from .storage import NotFoundError, Storage
from ..documents import transfer

MAX_IMPORT_BYTES = 512 * 1024 * 1024  # of JSON text; ChatGPT's largest real exports are a few hundred MB
_CHUNK = 1024 * 1024


class ImportFormatError(ValueError):
    """The file cannot be imported; the message says what was wrong and where."""


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


# -------------------------------------------------------------------- reading
def read_json(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> Any:
    """The parsed JSON of ``path`` (for a .zip: its conversations.json), read within ``max_bytes``."""
    return parse_json(read_import_text(Path(path), max_bytes))


def read_import_text(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    """The JSON text of an import file as a string. The bytes live only in this frame, so they are
    let go as soon as they are decoded and a large file is held twice only for a moment."""
    raw = read_import_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"not UTF-8 text (bad byte at offset {exc.start})") from None


def read_import_bytes(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> bytes | bytearray:
    """The JSON text of an import file, refusing special files and anything over ``max_bytes``."""
    try:
        handle = open_regular_file(path)
    except NotRegularFileError as exc:
        raise ImportFormatError(f"it is {exc.kind}, not a regular file; only a file can be imported") from None
    except OSError as exc:
        raise ImportFormatError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        with handle:
            if handle.read(2) == b"PK":  # a zip archive; no JSON text starts with these letters
                handle.seek(0)
                return _conversations_from_zip(handle, max_bytes)
            handle.seek(0)
            return _read_capped(handle, max_bytes, "the file")
    except OSError as exc:
        raise ImportFormatError(f"cannot be read ({exc.strerror or exc})") from None


def _too_large(what: str, max_bytes: int) -> ImportFormatError:
    return ImportFormatError(f"{what} holds more than {_size(max_bytes)} of text, more than Hearth imports at once")


def _size(size: int) -> str:
    mib = 1024 * 1024
    return f"{size / mib:g} MB" if size >= mib else f"{size} bytes"


def _read_capped(stream: IO[bytes], max_bytes: int, what: str) -> bytearray:
    """Read ``stream`` in chunks, stopping as soon as it has given more than ``max_bytes``."""
    data = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - len(data)))
        if not chunk:
            return data
        data += chunk
        if len(data) > max_bytes:
            raise _too_large(what, max_bytes)


def _conversations_from_zip(handle: IO[bytes], max_bytes: int) -> bytearray:
    """conversations.json from a ChatGPT export .zip, unpacked as a stream within ``max_bytes``.

    The declared size is checked first (a bomb usually admits it), and the bytes are counted while
    unpacking (a bomb may lie about it): at most ``max_bytes`` are ever held.
    """
    try:
        with zipfile.ZipFile(handle) as archive:
            candidates = [info for info in archive.infolist()
                          if not info.is_dir() and info.filename.rsplit("/", 1)[-1] == "conversations.json"]
            if not candidates:
                raise ImportFormatError("the zip archive has no conversations.json (is it a ChatGPT data export?)")
            info = min(candidates, key=lambda i: len(i.filename))
            what = "conversations.json in the zip archive"
            if info.file_size > max_bytes:
                raise _too_large(what, max_bytes)
            with archive.open(info) as member:
                return _read_capped(member, max_bytes, what)
    except ImportFormatError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, zlib.error,
            lzma.LZMAError, ValueError) as exc:
        raise ImportFormatError(f"the zip archive cannot be read ({exc})") from None


def parse_json(text: str) -> Any:
    """Parse an import's JSON text. Numbers too large to be anything (an integer of 5,000 digits,
    1e400) become infinities here and are refused by the schema check with their path."""
    try:
        return json.loads(text, parse_int=_bounded_int, parse_constant=_refuse_constant)
    except RecursionError:
        raise ImportFormatError("nested too deeply to be a conversation export") from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def _bounded_int(digits: str) -> int | float:
    # Python refuses to convert more than 4,300 digits (a traceback); no field needs more than 40.
    if len(digits) <= 40:
        return int(digits)
    return float("-inf") if digits.startswith("-") else float("inf")


def _refuse_constant(name: str) -> Any:
    raise ImportFormatError(f"not valid JSON ({name} is not a JSON number)")


def detect_format(data: Any) -> str:
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return "hearth"
    if isinstance(data, dict) and "mapping" in data:
        return "chatgpt"
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data) and \
            any("mapping" in item for item in data):
        return "chatgpt"
    if isinstance(data, list) and not data:
        raise ImportFormatError("the file holds an empty list: no conversations to import")
    raise ImportFormatError(
        f"neither a Hearth export (no \"format\": \"{FORMAT_NAME}\") nor a ChatGPT conversations.json "
        "(no conversation with a \"mapping\")"
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


def _checked(document: Any, spec: Object | Array, conversations: list[Any], base: str) -> None:
    """Check ``document`` against ``spec``, then everything else in it (depth, surrogates, numbers);
    raise :class:`ImportFormatError` naming the path and, where known, the conversation's title."""
    try:
        spec.check(document, "")
        scan(document, check_text=True)
    except SchemaError as exc:
        raise ImportFormatError(str(exc) + _title_note(exc.path, conversations, base)) from None


def _title_note(path: str, conversations: list[Any], base: str) -> str:
    """' (conversation "Title")' for an error inside a conversation, so the user can find it.

    ``base`` is the path of the conversation list ("conversations", or "" for ChatGPT's top-level
    list); a ChatGPT file holding one conversation object has paths without an index."""
    match = re.match(re.escape(base) + r"\[(\d+)\]", path)
    index = int(match.group(1)) if match else None
    if index is None and base == "" and len(conversations) == 1:
        index = 0
    if index is None or index >= len(conversations):
        return ""
    return _conversation_note(conversations[index])


def _conversation_note(conversation: Any) -> str:
    title = conversation.get("title") if isinstance(conversation, dict) else None
    if not isinstance(title, str) or not title.strip() or re.search("[\ud800-\udfff]", title):
        return ""
    return f" (conversation {quote(title.strip())})"


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
            clash = (existing is not None or conv_id in taken_conversations
                     or taken_messages.intersection(message_ids) or storage.existing_message_ids(message_ids))
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
    conversation = replace(data.conversation, id=new_id(),
                           current_leaf_id=mapping.get(data.conversation.current_leaf_id or ""))
    messages = tuple(
        replace(m, id=mapping[m.id], conversation_id=conversation.id,
                parent_id=None if m.parent_id is None else mapping[m.parent_id])
        for m in data.messages
    )
    return ConversationData(conversation, messages)


def _insert(storage: Storage, data: ConversationData) -> None:
    conv = data.conversation
    storage.create_conversation(
        conv.title, system_prompt=conv.system_prompt, settings=conv.settings, model=conv.model,
        conversation_id=conv.id, created_at=conv.created_at, pinned=conv.pinned,
    )
    for m in data.messages:  # parents first: the parsers return tree order
        storage.add_message(
            conv.id, m.role, m.content, parent_id=m.parent_id, status=m.status, stats=m.stats,
            message_id=m.id, created_at=m.created_at, make_current=False, pinned=m.pinned,
        )
    storage.set_current_leaf(conv.id, conv.current_leaf_id)
    storage.restore_updated_at(conv.id, conv.updated_at, {m.id: m.updated_at for m in data.messages})
    transfer.restore(storage.connection, data.documents, {m.id for m in data.messages})  # attachments, sources


# -------------------------------------------------------------- Hearth JSON
_ID = Text(nonempty=True, max_length=256, what="a non-empty id of at most 256 characters")
_TIME = time_spec()
_COUNT = Number(0, 2**31 - 1, integer=True)
_SAMPLING = Object(dict(SAMPLING_SPECS))  # every key optional; keys Hearth does not know are kept
_STATS = Object({
    "time_to_first_token_s": Nullable(Number(0, 10**7)),
    "tokens_per_second": Nullable(Number(0, 10**9)),
    "prompt_tokens": _COUNT,
    "prompt_tokens_evaluated": _COUNT,
    "completion_tokens": _COUNT,
    "model_file": Text(),
    "model_sha256": Text(),
    "sampling": _SAMPLING,
    "seed": Nullable(Number(-1, MAX_SEED, integer=True)),
    "finish_reason": Text(),
    "error": Text(),
    "context_dropped": _COUNT,
})
_MESSAGE = Object({
    "id": _ID,
    "parent_id": Nullable(_ID),
    "role": Text(choices=tuple(r.value for r in Role)),
    "content": Text(),
    "status": Text(choices=tuple(s.value for s in MessageStatus)),
    "created_at": _TIME,
    "updated_at": _TIME,
    "stats": Nullable(_STATS),
    "pinned": Boolean(),  # absent in files from before pins
}, required=("id", "role", "content", "status", "created_at", "updated_at"))
_CONVERSATION_SETTINGS = Object({  # the overrides Hearth reads; other keys are kept as they are
    "sampling": Nullable(_SAMPLING),
    "overflow_policy": Nullable(Text(choices=OVERFLOW_POLICIES)),
})
_CONVERSATION = Object({
    "id": _ID,
    "title": Text(),
    "created_at": _TIME,
    "updated_at": _TIME,
    "pinned": Boolean(),
    "model": Nullable(Text()),
    "system_prompt": Nullable(Text()),
    "settings": Nullable(_CONVERSATION_SETTINGS),
    "current_leaf_id": Nullable(_ID),
    "messages": Array(_MESSAGE),
    "documents": transfer.DOCUMENTS_SPEC,  # attachments and sources, when the chat has any
}, required=("id", "title", "created_at", "updated_at", "messages"))
HEARTH_SCHEMA = Object({
    "format": Text(choices=(FORMAT_NAME,)),
    "version": Number(1, FORMAT_VERSION, integer=True),
    "exported_at": Text(),
    "generator": Text(),
    "conversations": Array(_CONVERSATION),
}, required=("format", "version", "conversations"))


def parse_hearth(data: dict[str, Any]) -> list[ConversationData]:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError("version: expected the format version, an integer of 1 or more, "
                                f"got {describe(version)}")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"the file was written by a newer Hearth (format version {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Hearth to import it"
        )
    items = data.get("conversations")
    _checked(data, HEARTH_SCHEMA, items if isinstance(items, list) else [], "conversations")
    return [_hearth_conversation(item, index) for index, item in enumerate(items)]


def _hearth_conversation(item: dict[str, Any], index: int) -> ConversationData:
    """One checked conversation object as Hearth values (the schema has vouched for every type)."""
    path = f"conversations[{index}]"
    conversation = Conversation(
        id=item["id"], title=item["title"].strip() or "New chat",  # as storage keeps it: a re-import compares equal
        created_at=float(item["created_at"]), updated_at=float(item["updated_at"]),
        pinned=bool(item.get("pinned")), system_prompt=item.get("system_prompt"), settings=item.get("settings") or {},
        current_leaf_id=item.get("current_leaf_id"), model=item.get("model"),
    )
    messages = [_hearth_message(raw, conversation.id) for raw in item["messages"]]
    return replace(_checked_tree(conversation, messages, path, _conversation_note(item)), documents=item.get("documents"))


def _hearth_message(raw: dict[str, Any], conversation_id: str) -> Message:
    # Nothing is being written into an imported reply: a live one becomes "interrupted".
    status = MessageStatus(raw["status"])
    status = MessageStatus.INTERRUPTED if status is MessageStatus.STREAMING else status
    return Message(
        id=raw["id"], conversation_id=conversation_id, parent_id=raw.get("parent_id"), role=Role(raw["role"]),
        content=raw["content"], status=status, created_at=float(raw["created_at"]),
        updated_at=float(raw["updated_at"]), stats=GenerationStats.from_dict(raw.get("stats")),
        pinned=bool(raw.get("pinned")),
    )


def _checked_tree(conversation: Conversation, messages: list[Message], path: str, note: str) -> ConversationData:
    """Refuse duplicate ids, dangling parents and cycles; return the messages in tree order."""
    index_of: dict[str, int] = {}
    for i, m in enumerate(messages):
        if m.id in index_of:
            raise ImportFormatError(f"{path}.messages[{i}].id: {quote(m.id)} is already the id of "
                                    f"messages[{index_of[m.id]}]{note}")
        index_of[m.id] = i
    for i, m in enumerate(messages):
        if m.parent_id is not None and m.parent_id not in index_of:
            raise ImportFormatError(f"{path}.messages[{i}].parent_id: names {quote(m.parent_id)}, which is not a "
                                    f"message of this conversation{note}")
    looped = first_in_cycle({m.id: m.parent_id for m in messages})
    if looped is not None:
        raise ImportFormatError(f"{path}.messages[{index_of[looped]}].parent_id: the messages form a cycle "
                                f"(this one is its own ancestor){note}")
    leaf = conversation.current_leaf_id
    if leaf is not None and leaf not in index_of:
        raise ImportFormatError(f"{path}.current_leaf_id: names {quote(leaf)}, which is not a message of this "
                                f"conversation{note}")
    return ConversationData(conversation, tuple(tree_order(messages)))


def first_in_cycle(parents: dict[str, str | None]) -> str | None:
    """A node that is its own ancestor, or None. Linear: each chain is walked once (``settled``)."""
    settled: set[str] = set()
    for start in parents:
        chain: set[str] = set()
        node: str | None = start
        while node is not None and node not in settled:
            if node in chain:
                return node
            chain.add(node)
            node = parents.get(node)
        settled |= chain
    return None


# ------------------------------------------------------------------ ChatGPT
@dataclass
class _Node:
    """A kept ChatGPT message while its tree is being reshaped."""

    id: str
    parent: str | None
    role: Role
    content: str
    created_at: float
    updated_at: float
    status: MessageStatus
    model: str
    children: list[str] = field(default_factory=list)


_CHATGPT_STATUS = {
    "finished_successfully": MessageStatus.DONE,
    "finished_partial_completion": MessageStatus.STOPPED,
    "in_progress": MessageStatus.INTERRUPTED,
}
_HIDDEN_CONTENT = {"user_editable_context", "thoughts", "reasoning_recap", "model_editable_context"}


_GPT_TEXT = Nullable(Text())
_GPT_TIME = Nullable(time_spec())
_GPT_PART = OneOf(
    Text(),
    Object({"content_type": _GPT_TEXT, "asset_pointer": _GPT_TEXT, "text": _GPT_TEXT,
            "width": Nullable(Number(0, 10**6, integer=True)), "height": Nullable(Number(0, 10**6, integer=True))}),
    Null(),
    what="a string or an object",
)
_GPT_CONTENT = Object({
    "content_type": _GPT_TEXT, "parts": Nullable(Array(_GPT_PART)), "text": _GPT_TEXT, "language": _GPT_TEXT,
    "title": _GPT_TEXT, "domain": _GPT_TEXT, "url": _GPT_TEXT, "result": _GPT_TEXT,
})
_GPT_MESSAGE = Object({
    "author": Nullable(Object({"role": _GPT_TEXT, "name": _GPT_TEXT})),
    "create_time": _GPT_TIME,
    "update_time": _GPT_TIME,
    "content": Nullable(_GPT_CONTENT),
    "status": _GPT_TEXT,
    "metadata": Nullable(Object({"is_visually_hidden_from_conversation": Nullable(Boolean()),
                                 "model_slug": _GPT_TEXT})),
})
_GPT_NODE = Object({"message": Nullable(_GPT_MESSAGE), "parent": Nullable(_ID), "children": Nullable(Array(_ID))},
                   what="a node object")
_GPT_CONVERSATION = Object({
    "title": _GPT_TEXT,
    "create_time": _GPT_TIME,
    "update_time": _GPT_TIME,
    "mapping": Mapping(_GPT_NODE, keys=_ID, what="an object of message nodes (its message tree)"),
    "current_node": _GPT_TEXT,
    "conversation_id": Nullable(Text(max_length=256)),
    "id": Nullable(Text(max_length=256)),
    "default_model_slug": _GPT_TEXT,
}, required=("mapping",), what="a conversation object")
CHATGPT_SCHEMA = OneOf(Array(_GPT_CONVERSATION), _GPT_CONVERSATION, what="a list of conversations")


def parse_chatgpt(data: Any) -> list[ConversationData]:
    """Only the fields that are used are checked (types and ranges); ChatGPT adds others over time."""
    items = data if isinstance(data, list) else [data]
    _checked(data, CHATGPT_SCHEMA, items, "")
    base = "" if isinstance(data, list) else None
    return [_chatgpt_conversation(item, "" if base is None else f"[{index}]") for index, item in enumerate(items)]


def _chatgpt_conversation(item: dict[str, Any], path: str) -> ConversationData:
    title = item.get("title") or ""
    note = _conversation_note(item)
    mapping = item["mapping"]
    parents = _chatgpt_parents(mapping, path, note)
    conv_created = _stamp(item.get("create_time"))
    nodes, resolve = _chatgpt_kept_nodes(mapping, parents, conv_created)
    _merge_reply_chains(nodes, resolve)
    conv_id = _chatgpt_id(item)
    messages = [
        Message(
            id=n.id, conversation_id=conv_id, parent_id=n.parent, role=n.role, content=n.content,
            status=n.status, created_at=n.created_at, updated_at=n.updated_at,
            stats=GenerationStats(model_file=n.model) if n.model and n.role is Role.ASSISTANT else None,
        )
        for n in nodes.values()
    ]
    ordered = tree_order(messages)
    current = item.get("current_node")
    leaf = resolve.get(current) if isinstance(current, str) else None
    if leaf is None and ordered:  # no usable current_node: show the newest leaf
        leaves = [m for m in ordered if not nodes[m.id].children]
        leaf = max(leaves, key=lambda m: m.created_at).id
    created = conv_created if conv_created is not None else min((m.created_at for m in ordered), default=now())
    updated = _stamp(item.get("update_time"))
    model = item.get("default_model_slug")
    settings: dict[str, Any] = {"imported_from": "chatgpt"}
    if isinstance(model, str) and model:
        settings["source_model"] = model
    conversation = Conversation(
        id=conv_id, title=title.strip() or "Imported chat", created_at=created,
        updated_at=updated if updated is not None else created, settings=settings, current_leaf_id=leaf,
    )
    return ConversationData(conversation, tuple(ordered))


def _chatgpt_id(item: dict[str, Any]) -> str:
    for key in ("conversation_id", "id"):
        if isinstance(item.get(key), str) and item[key]:
            return item[key]
    return new_id()


def _stamp(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0:
        return float(value)
    return None


def _chatgpt_parents(mapping: dict[str, Any], path: str, note: str) -> dict[str, str | None]:
    """node id -> parent id, checked: every parent exists and no node is its own ancestor."""
    parents: dict[str, str | None] = {node_id: node.get("parent") for node_id, node in mapping.items()}
    for node_id, parent in parents.items():
        if parent is not None and parent not in mapping:
            raise ImportFormatError(f"{child_path(child_path(path, 'mapping'), node_id)}.parent: names "
                                    f"{quote(parent)}, which is not a node of the mapping{note}")
    looped = first_in_cycle(parents)
    if looped is not None:
        raise ImportFormatError(f"{child_path(child_path(path, 'mapping'), looped)}.parent: the message tree has "
                                f"a cycle (this node is its own ancestor){note}")
    return parents


def _ordered_children(mapping: dict[str, Any], parents: dict[str, str | None]) -> dict[str | None, list[str]]:
    """Children in the order ChatGPT lists them; the parent pointers decide who belongs where."""
    children: dict[str | None, list[str]] = {}
    for node_id, parent in parents.items():
        children.setdefault(parent, []).append(node_id)
    for parent, kids in children.items():
        listed = mapping[parent].get("children") if parent is not None else None
        rank = {cid: i for i, cid in enumerate(listed)} if isinstance(listed, list) else {}
        kids.sort(key=lambda cid: (rank.get(cid, len(rank)), _node_time(mapping[cid]) or 0.0))
    return children


def _node_time(node: dict[str, Any]) -> float | None:
    message = node.get("message")
    return _stamp(message.get("create_time")) if isinstance(message, dict) else None


def _chatgpt_kept_nodes(mapping: dict[str, Any], parents: dict[str, str | None],
                        conv_created: float | None) -> tuple[dict[str, _Node], dict[str, str | None]]:
    """Walk the tree root first; keep real messages, hang them under the nearest kept ancestor.

    Returns the kept nodes (in walk order) and, for every node id, the kept message standing for
    it (itself, or its nearest kept ancestor when it was left out).
    """
    children = _ordered_children(mapping, parents)
    nodes: dict[str, _Node] = {}
    resolve: dict[str, str | None] = {}
    stack: list[tuple[str, str | None]] = [(r, None) for r in reversed(children.get(None, []))]
    while stack:
        node_id, kept_parent = stack.pop()
        parent_time = nodes[kept_parent].created_at if kept_parent else conv_created
        node = _chatgpt_node(node_id, mapping[node_id].get("message"), kept_parent, parent_time)
        if node is not None:
            nodes[node_id] = node
            if kept_parent is not None:
                nodes[kept_parent].children.append(node_id)
        resolve[node_id] = node_id if node is not None else kept_parent
        stack.extend((child, resolve[node_id]) for child in reversed(children.get(node_id, [])))
    return nodes, resolve


def _chatgpt_node(node_id: str, message: dict[str, Any] | None, parent: str | None,
                  parent_time: float | None) -> _Node | None:
    if message is None:
        return None
    metadata = message.get("metadata") if isinstance(message.get("metadata"), dict) else {}
    if metadata.get("is_visually_hidden_from_conversation"):
        return None
    author = message.get("author") if isinstance(message.get("author"), dict) else {}
    source_role = author.get("role") if isinstance(author.get("role"), str) else "assistant"
    content = _chatgpt_content(message.get("content"))
    if source_role == "tool" and content:
        name = author.get("name") if isinstance(author.get("name"), str) and author.get("name") else "tool"
        content = f"*Tool output ({name}):*\n\n{content}"
    if not content.strip():
        return None
    role = {"user": Role.USER, "system": Role.SYSTEM}.get(source_role, Role.ASSISTANT)
    created = _stamp(message.get("create_time"))
    created = created if created is not None else (parent_time if parent_time is not None else 0.0)
    updated = _stamp(message.get("update_time"))
    model = metadata.get("model_slug") if isinstance(metadata.get("model_slug"), str) else ""
    status = _CHATGPT_STATUS.get(message.get("status"), MessageStatus.DONE)
    return _Node(node_id, parent, role, content, created, updated if updated is not None else created,
                 status, model)


def _merge_reply_chains(nodes: dict[str, _Node], resolve: dict[str, str | None]) -> None:
    """Join a model/tool message into its model parent when it is that parent's only child:
    one ChatGPT reply is often a chain (code → tool output → answer) that Gemma sees as one turn.
    ``resolve`` is updated so ids of folded messages point at the message that absorbed them."""
    merged: dict[str, str] = {}
    for node_id in list(nodes):  # walk order: parents before children, so chains fold step by step
        node = nodes[node_id]
        parent = nodes.get(node.parent) if node.parent else None
        if parent is None or node.role is not Role.ASSISTANT or parent.role is not Role.ASSISTANT:
            continue
        if parent.children != [node_id]:
            continue
        parent.content = f"{parent.content}\n\n{node.content}"
        parent.updated_at = max(parent.updated_at, node.updated_at)
        parent.status = node.status
        parent.model = parent.model or node.model
        parent.children = node.children
        for child in node.children:
            nodes[child].parent = parent.id
        del nodes[node_id]
        merged[node_id] = parent.id
    for key, target in resolve.items():
        while target in merged:  # a chain folded several times points to its first message
            target = merged[target]
        resolve[key] = target


def _chatgpt_content(content: Any) -> str:
    """A ChatGPT message's content as Markdown text; non-text parts become readable placeholders."""
    if not isinstance(content, dict):
        return ""
    kind = content.get("content_type")
    if kind in _HIDDEN_CONTENT:
        return ""
    if kind in ("text", "multimodal_text"):
        return "\n\n".join(p for p in (_chatgpt_part(part) for part in content.get("parts") or []) if p)
    if kind == "code":
        return _fenced(_str(content.get("text")), _str(content.get("language")))
    if kind == "execution_output":
        return "Output:\n\n" + _fenced(_str(content.get("text")), "")
    if kind == "tether_quote":
        quote = "\n".join(f"> {line}" for line in _str(content.get("text")).splitlines())
        source = _str(content.get("title")) or _str(content.get("domain")) or _str(content.get("url"))
        url = _str(content.get("url"))
        cite = f"> — [{source}]({url})" if url.startswith(("http://", "https://")) else f"> — {source}"
        return f"{quote}\n>\n{cite}" if source else quote
    if kind == "tether_browsing_display":
        return _str(content.get("result"))
    if kind == "system_error":
        return f"*Error:* {_str(content.get('text'))}"
    text = _str(content.get("text")) or "\n\n".join(_chatgpt_part(p) for p in content.get("parts") or [] if p)
    return text or f"*[ChatGPT content of type {kind!r} not imported]*"


def _chatgpt_part(part: Any) -> str:
    if isinstance(part, str):
        return part
    if not isinstance(part, dict):
        return ""
    kind = _str(part.get("content_type"))
    if kind == "image_asset_pointer":
        size = f", {part['width']}×{part['height']}" if isinstance(part.get("width"), int) and \
            isinstance(part.get("height"), int) else ""
        return f"*[image: {_str(part.get('asset_pointer')) or 'not included'}{size}]*"
    if kind == "audio_transcription":
        return _str(part.get("text"))
    if kind.endswith("asset_pointer"):
        return f"*[{kind.replace('_asset_pointer', '').replace('_', ' ')} attachment not included]*"
    return _str(part.get("text")) or f"*[{kind or 'unknown'} part not imported]*"


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _fenced(code: str, language: str) -> str:
    """A code block whose fence is longer than any run of backticks inside it."""
    longest, run = 0, 0
    for ch in code:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    language = "" if language in ("unknown", "") else language.split()[0]
    return f"{fence}{language}\n{code.rstrip()}\n{fence}"
