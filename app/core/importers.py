"""Import conversations: Hearth's own JSON export and ChatGPT's ``conversations.json``.

Every import happens in two steps. First the whole file is read and checked into plain
:class:`~app.core.export.ConversationData` values; any problem raises :class:`ImportFormatError`
with one message naming what was wrong and where, before the database is touched. Then all
conversations are written in one transaction, so a failure leaves nothing half imported.

Importing something that is already there never overwrites or duplicates silently:

* a conversation whose id is stored and whose content is identical is **skipped**;
* a conversation whose id (or any of whose message ids) is already taken by different content is
  imported as a **copy** with fresh ids, so both versions are kept; unless such a copy is already
  stored (same content but for the ids), in which case it is skipped too. Importing the same file
  twice therefore never adds anything the second time.

ChatGPT's export is a tree too (``mapping``: node id -> {message, parent, children}); we keep its
branches and ids and make ``current_node`` the current leaf. Nodes without a message, hidden
system scaffolding and empty messages are left out (their children move up to the nearest kept
ancestor); consecutive assistant/tool nodes of one reply (code, its output, the answer) are joined
into one model message so user and model turns alternate as Gemma expects. Non-text parts become
readable placeholders: images ``[image: …]``, code as fenced blocks, quotes as block quotes.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .conversation import Conversation, GenerationStats, Message, MessageStatus, Role, new_id, now
from .export import FORMAT_NAME, FORMAT_VERSION, ConversationData, conversation_to_dict, load, tree_order
from .storage import NotFoundError, Storage


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
def import_file(storage: Storage, path: Path | str) -> ImportResult:
    """Import a Hearth JSON export, a ChatGPT conversations.json, or the ChatGPT export .zip."""
    path = Path(path)
    try:
        data = read_json(path)
        return import_data(storage, data)
    except ImportFormatError as exc:
        raise ImportFormatError(f"{path.name}: {exc}") from None


def import_data(storage: Storage, data: Any) -> ImportResult:
    source, conversations = parse(data)
    return store(storage, conversations, source)


def read_json(path: Path) -> Any:
    """The parsed JSON of ``path`` (for a .zip: its conversations.json)."""
    raw = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(raw)):
        raw = _conversations_from_zip(raw)
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def _conversations_from_zip(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        names = sorted((n for n in archive.namelist() if n.rsplit("/", 1)[-1] == "conversations.json"), key=len)
        if not names:
            raise ImportFormatError("the zip archive has no conversations.json (is it a ChatGPT data export?)")
        return archive.read(names[0])


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
    return ConversationData(data.conversation, tuple(tree_order(by_time)))


# ------------------------------------------------------------------- storing
def store(storage: Storage, conversations: list[ConversationData], source: str) -> ImportResult:
    """Write parsed conversations in one transaction (see the module docstring for id clashes)."""
    result = ImportResult(source)
    taken_conversations: set[str] = set()
    taken_messages: set[str] = set()
    by_title: dict[str, list[str]] | None = None
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
                if by_title is None:
                    by_title = _ids_by_title(storage)
                twin = _find_twin(storage, data, by_title.get(data.conversation.title, []))
                if twin is not None:  # imported as a copy before: importing it again changes nothing
                    result.skipped.append(twin)
                    continue
                data = with_new_ids(data)
                result.copied[conv_id] = data.conversation.id
            _insert(storage, data)
            taken_conversations.add(data.conversation.id)
            taken_messages.update(m.id for m in data.messages)
            if by_title is not None:
                by_title.setdefault(data.conversation.title, []).append(data.conversation.id)
            result.imported.append(data.conversation.id)
    return result


def _stored(storage: Storage, conversation_id: str) -> ConversationData | None:
    try:
        return load(storage, conversation_id)
    except NotFoundError:
        return None


def _ids_by_title(storage: Storage) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for row in storage.list_conversations():
        index.setdefault(row.title, []).append(row.id)
    return index


def _find_twin(storage: Storage, data: ConversationData, candidates: list[str]) -> str | None:
    """A stored conversation equal to ``data`` in everything but its ids, if there is one."""
    wanted = fingerprint(data)
    for candidate in candidates:
        stored = _stored(storage, candidate)
        if stored is not None and fingerprint(stored) == wanted:
            return candidate
    return None


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


# -------------------------------------------------------------- Hearth JSON
def parse_hearth(data: dict[str, Any]) -> list[ConversationData]:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(f"the Hearth export has no valid \"version\" (found {version!r})")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"the file was written by a newer Hearth (format version {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Hearth to import it"
        )
    items = data.get("conversations")
    if not isinstance(items, list):
        raise ImportFormatError("the Hearth export has no \"conversations\" list")
    return [_hearth_conversation(item, index) for index, item in enumerate(items, 1)]


class _Fields:
    """Typed access to one JSON object, with errors that say where the bad value was."""

    def __init__(self, obj: Any, where: str):
        if not isinstance(obj, dict):
            raise ImportFormatError(f"{where} is not a JSON object")
        self.obj, self.where = obj, where

    def get(self, key: str, types: tuple[type, ...], *, optional: bool = False) -> Any:
        if key not in self.obj:
            if optional:
                return None
            raise ImportFormatError(f"{self.where} has no \"{key}\"")
        value = self.obj[key]
        if value is None and optional:
            return None
        bad_bool = isinstance(value, bool) and bool not in types
        if not isinstance(value, types) or bad_bool:
            wanted = " or ".join(t.__name__ for t in types)
            raise ImportFormatError(f"{self.where}: \"{key}\" should be {wanted}, not {type(value).__name__}")
        return value

    def text(self, key: str, *, optional: bool = False) -> str | None:
        return self.get(key, (str,), optional=optional)

    def stamp(self, key: str) -> float:
        value = self.get(key, (int, float))
        if not math.isfinite(value) or value < 0:
            raise ImportFormatError(f"{self.where}: \"{key}\" is not a valid time ({value!r})")
        return value


def _hearth_conversation(item: Any, index: int) -> ConversationData:
    f = _Fields(item, f"conversation {index}")
    conv_id = f.text("id")
    title = f.text("title").strip() or "New chat"  # as storage keeps it, so a re-import compares equal
    f.where = f"conversation {index} ({title!r})"
    if not conv_id:
        raise ImportFormatError(f"{f.where} has an empty id")
    settings = f.get("settings", (dict,), optional=True) or {}
    conversation = Conversation(
        id=conv_id, title=title, created_at=f.stamp("created_at"), updated_at=f.stamp("updated_at"),
        pinned=bool(f.get("pinned", (bool, int), optional=True)), system_prompt=f.text("system_prompt", optional=True),
        settings=settings, current_leaf_id=f.text("current_leaf_id", optional=True), model=f.text("model", optional=True),
    )
    raw_messages = f.get("messages", (list,))
    messages = [_hearth_message(raw, conv_id, f"{f.where}, message {n}") for n, raw in enumerate(raw_messages, 1)]
    return _checked_tree(conversation, messages, f.where)


def _hearth_message(raw: Any, conversation_id: str, where: str) -> Message:
    f = _Fields(raw, where)
    message_id = f.text("id")
    if not message_id:
        raise ImportFormatError(f"{where} has an empty id")
    f.where = f"{where} (id {message_id})"
    role, status = f.text("role"), f.text("status")
    if role not in {r.value for r in Role}:
        raise ImportFormatError(f"{f.where} has an unknown role {role!r}")
    if status not in {s.value for s in MessageStatus}:
        raise ImportFormatError(f"{f.where} has an unknown status {status!r}")
    # Nothing is being written into an imported reply: a live one becomes "interrupted".
    status = MessageStatus.INTERRUPTED.value if status == MessageStatus.STREAMING.value else status
    stats_raw = f.get("stats", (dict,), optional=True)
    try:
        stats = GenerationStats.from_dict(stats_raw)
    except TypeError as exc:
        raise ImportFormatError(f"{f.where} has unreadable stats: {exc}") from None
    return Message(
        id=message_id, conversation_id=conversation_id, parent_id=f.text("parent_id", optional=True),
        role=Role(role), content=f.text("content"), status=MessageStatus(status),
        created_at=f.stamp("created_at"), updated_at=f.stamp("updated_at"), stats=stats,
        pinned=bool(f.get("pinned", (bool,), optional=True)),  # absent in files from before pins
    )


def _checked_tree(conversation: Conversation, messages: list[Message], where: str) -> ConversationData:
    """Refuse duplicate ids, dangling parents and cycles; return the messages in tree order."""
    ids: set[str] = set()
    for m in messages:
        if m.id in ids:
            raise ImportFormatError(f"{where}: the message id {m.id} appears twice")
        ids.add(m.id)
    for m in messages:
        if m.parent_id is not None and m.parent_id not in ids:
            raise ImportFormatError(f"{where}: message {m.id} points to a parent {m.parent_id} that is not in the file")
    ordered = tree_order(messages)
    if len(ordered) != len(messages):
        stuck = sorted(ids - {m.id for m in ordered})
        raise ImportFormatError(f"{where}: the messages {', '.join(stuck[:3])} form a cycle (each is its own ancestor)")
    if conversation.current_leaf_id is not None and conversation.current_leaf_id not in ids:
        raise ImportFormatError(f"{where}: the current leaf {conversation.current_leaf_id} is not one of its messages")
    return ConversationData(conversation, tuple(ordered))


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


def parse_chatgpt(data: Any) -> list[ConversationData]:
    items = data if isinstance(data, list) else [data]
    return [_chatgpt_conversation(item, index) for index, item in enumerate(items, 1)]


def _chatgpt_conversation(item: Any, index: int) -> ConversationData:
    if not isinstance(item, dict):
        raise ImportFormatError(f"conversation {index} is not a JSON object")
    title = item.get("title") if isinstance(item.get("title"), str) else ""
    where = f"conversation {index} ({title!r})" if title else f"conversation {index}"
    mapping = item.get("mapping")
    if not isinstance(mapping, dict):
        raise ImportFormatError(f"{where} has no \"mapping\" (its message tree)")
    parents = _chatgpt_parents(mapping, where)
    conv_created = _stamp(item.get("create_time"))
    nodes, resolve = _chatgpt_kept_nodes(mapping, parents, conv_created, where)
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


def _chatgpt_parents(mapping: dict[str, Any], where: str) -> dict[str, str | None]:
    """node id -> parent id, checked: every parent exists and no node is its own ancestor."""
    parents: dict[str, str | None] = {}
    for node_id, node in mapping.items():
        if not isinstance(node, dict):
            raise ImportFormatError(f"{where}: the node {node_id} is not a JSON object")
        parent = node.get("parent")
        if parent is not None and (not isinstance(parent, str) or parent not in mapping):
            raise ImportFormatError(f"{where}: the node {node_id} points to a parent {parent!r} that is not in the mapping")
        parents[node_id] = parent
    settled: set[str] = set()
    for start in parents:
        chain: set[str] = set()
        node: str | None = start
        while node is not None and node not in settled:
            if node in chain:
                raise ImportFormatError(f"{where}: the message tree has a cycle through node {node}")
            chain.add(node)
            node = parents[node]
        settled |= chain
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


def _chatgpt_kept_nodes(mapping: dict[str, Any], parents: dict[str, str | None], conv_created: float | None,
                        where: str) -> tuple[dict[str, _Node], dict[str, str | None]]:
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
        node = _chatgpt_node(node_id, mapping[node_id].get("message"), kept_parent, parent_time,
                             f"{where}, node {node_id}")
        if node is not None:
            nodes[node_id] = node
            if kept_parent is not None:
                nodes[kept_parent].children.append(node_id)
        resolve[node_id] = node_id if node is not None else kept_parent
        stack.extend((child, resolve[node_id]) for child in reversed(children.get(node_id, [])))
    return nodes, resolve


def _chatgpt_node(node_id: str, message: Any, parent: str | None, parent_time: float | None, where: str) -> _Node | None:
    if message is None:
        return None
    if not isinstance(message, dict):
        raise ImportFormatError(f"{where}: \"message\" is not a JSON object")
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
