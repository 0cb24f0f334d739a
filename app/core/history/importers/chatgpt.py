"""ChatGPT's ``conversations.json`` as an import source.

ChatGPT's export is a tree too (``mapping``: node id -> {message, parent, children}); we keep its
branches and ids and make ``current_node`` the current leaf. Nodes without a message, hidden
system scaffolding and empty messages are left out (their children move up to the nearest kept
ancestor); consecutive assistant/tool nodes of one reply (code, its output, the answer) are joined
into one model message so user and model turns alternate as Gemma expects. Non-text parts become
readable placeholders: images ``[image: …]``, code as fenced blocks, quotes as block quotes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ...base.schema import (
    Array,
    Boolean,
    Mapping,
    Null,
    Nullable,
    Number,
    Object,
    OneOf,
    Text,
    child_path,
    quote,
    time_spec,
)
from ..conversation import (
    Conversation,
    GenerationStats,
    Message,
    MessageStatus,
    Role,
    new_id,
    now,
)
from ..export import ConversationData, tree_order
from .checks import (
    ID_SPEC,
    ImportFormatError,
    checked,
    conversation_note,
    first_in_cycle,
)


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
    Object(
        {
            "content_type": _GPT_TEXT,
            "asset_pointer": _GPT_TEXT,
            "text": _GPT_TEXT,
            "width": Nullable(Number(0, 10**6, integer=True)),
            "height": Nullable(Number(0, 10**6, integer=True)),
        }
    ),
    Null(),
    what="a string or an object",
)


_GPT_CONTENT = Object(
    {
        "content_type": _GPT_TEXT,
        "parts": Nullable(Array(_GPT_PART)),
        "text": _GPT_TEXT,
        "language": _GPT_TEXT,
        "title": _GPT_TEXT,
        "domain": _GPT_TEXT,
        "url": _GPT_TEXT,
        "result": _GPT_TEXT,
    }
)


_GPT_MESSAGE = Object(
    {
        "author": Nullable(Object({"role": _GPT_TEXT, "name": _GPT_TEXT})),
        "create_time": _GPT_TIME,
        "update_time": _GPT_TIME,
        "content": Nullable(_GPT_CONTENT),
        "status": _GPT_TEXT,
        "metadata": Nullable(
            Object({"is_visually_hidden_from_conversation": Nullable(Boolean()), "model_slug": _GPT_TEXT})
        ),
    }
)


_GPT_NODE = Object(
    {"message": Nullable(_GPT_MESSAGE), "parent": Nullable(ID_SPEC), "children": Nullable(Array(ID_SPEC))},
    what="a node object",
)


_GPT_CONVERSATION = Object(
    {
        "title": _GPT_TEXT,
        "create_time": _GPT_TIME,
        "update_time": _GPT_TIME,
        "mapping": Mapping(_GPT_NODE, keys=ID_SPEC, what="an object of message nodes (its message tree)"),
        "current_node": _GPT_TEXT,
        "conversation_id": Nullable(Text(max_length=256)),
        "id": Nullable(Text(max_length=256)),
        "default_model_slug": _GPT_TEXT,
    },
    required=("mapping",),
    what="a conversation object",
)


CHATGPT_SCHEMA = OneOf(Array(_GPT_CONVERSATION), _GPT_CONVERSATION, what="a list of conversations")


def parse_chatgpt(data: Any) -> list[ConversationData]:
    """Only the fields that are used are checked (types and ranges); ChatGPT adds others over time."""
    items = data if isinstance(data, list) else [data]
    checked(data, CHATGPT_SCHEMA, items, "")
    base = "" if isinstance(data, list) else None
    return [_chatgpt_conversation(item, "" if base is None else f"[{index}]") for index, item in enumerate(items)]


def _chatgpt_conversation(item: dict[str, Any], path: str) -> ConversationData:
    title = item.get("title") or ""
    note = conversation_note(item)
    mapping = item["mapping"]
    parents = _chatgpt_parents(mapping, path, note)
    conv_created = _stamp(item.get("create_time"))
    nodes, resolve = _chatgpt_kept_nodes(mapping, parents, conv_created)
    _merge_reply_chains(nodes, resolve)
    conv_id = _chatgpt_id(item)
    messages = [
        Message(
            id=n.id,
            conversation_id=conv_id,
            parent_id=n.parent,
            role=n.role,
            content=n.content,
            status=n.status,
            created_at=n.created_at,
            updated_at=n.updated_at,
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
        id=conv_id,
        title=title.strip() or "Imported chat",
        created_at=created,
        updated_at=updated if updated is not None else created,
        settings=settings,
        current_leaf_id=leaf,
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
            raise ImportFormatError(
                f"{child_path(child_path(path, 'mapping'), node_id)}.parent: names "
                f"{quote(parent)}, which is not a node of the mapping{note}"
            )
    looped = first_in_cycle(parents)
    if looped is not None:
        raise ImportFormatError(
            f"{child_path(child_path(path, 'mapping'), looped)}.parent: the message tree has "
            f"a cycle (this node is its own ancestor){note}"
        )
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


def _chatgpt_kept_nodes(
    mapping: dict[str, Any], parents: dict[str, str | None], conv_created: float | None
) -> tuple[dict[str, _Node], dict[str, str | None]]:
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


def _chatgpt_node(
    node_id: str, message: dict[str, Any] | None, parent: str | None, parent_time: float | None
) -> _Node | None:
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
    return _Node(node_id, parent, role, content, created, updated if updated is not None else created, status, model)


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
        size = (
            f", {part['width']}×{part['height']}"
            if isinstance(part.get("width"), int) and isinstance(part.get("height"), int)
            else ""
        )
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
