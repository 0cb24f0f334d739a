"""Imports: ChatGPT's conversations.json (tree, null messages, non-text parts), Hearth JSON
re-imports, and malformed files refused with one clear message and nothing imported."""

import io
import json
import os
import struct
import threading
import tracemalloc
import zipfile

import pytest

from app.core.history import export
from app.core.history.conversation import MessageStatus, Role
from app.core.history.importers import ImportFormatError, import_data, import_file
from app.core.history.storage import Storage

from .sample_history import build

T0 = 1_700_000_000.0


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


def _msg(role, content, t, *, name=None, model=None, hidden=False, status="finished_successfully"):
    metadata = {"is_visually_hidden_from_conversation": True} if hidden else {}
    if model:
        metadata["model_slug"] = model
    return {
        "id": "m",
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": status,
        "end_turn": True,
        "weight": 1.0,
        "metadata": metadata,
        "recipient": "all",
    }


def _text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def _node(node_id, message, parent, children):
    if message is not None:
        message = dict(message, id=node_id)
    return {"id": node_id, "message": message, "parent": parent, "children": children}


def chatgpt_conversation(conv_id="c0ffee00-0000-4000-8000-000000000001", title="Trip to ChatGPT"):
    """The public shape of one entry of ChatGPT's conversations.json, with a regenerated reply, an
    edited question, a code/tool/answer chain, an image, a tether quote and null messages."""
    image = {
        "content_type": "image_asset_pointer",
        "asset_pointer": "file-service://file-abc",
        "size_bytes": 1234,
        "width": 640,
        "height": 480,
        "fovea": None,
        "metadata": None,
    }
    nodes = [
        _node("root", None, None, ["sys"]),
        _node("sys", _msg("system", _text(""), None, hidden=True), "root", ["u1"]),
        _node("u1", _msg("user", _text("Hello there <script>x</script>"), T0 + 1), "sys", ["a1", "a2"]),
        _node("a1", _msg("assistant", _text("Hi, version one"), T0 + 2, model="gpt-4o"), "u1", []),
        _node("a2", _msg("assistant", _text("Hi, version two"), T0 + 3, model="gpt-4o"), "u1", ["u2", "u3"]),
        _node(
            "u2",
            _msg("user", {"content_type": "multimodal_text", "parts": [image, "What is in this image?"]}, T0 + 4),
            "a2",
            ["a3"],
        ),
        _node(
            "a3",
            _msg(
                "assistant", {"content_type": "code", "language": "python", "text": "print(1)"}, T0 + 5, model="gpt-4o"
            ),
            "u2",
            ["t1"],
        ),
        _node(
            "t1", _msg("tool", {"content_type": "execution_output", "text": "1"}, T0 + 6, name="python"), "a3", ["a4"]
        ),
        _node("a4", _msg("assistant", _text("It printed 1."), T0 + 7, model="gpt-4o"), "t1", []),
        _node("u3", _msg("user", _text("Edited question"), T0 + 8), "a2", ["t2"]),
        _node(
            "t2",
            _msg(
                "tool",
                {
                    "content_type": "tether_quote",
                    "url": "https://example.org/a",
                    "domain": "example.org",
                    "text": "Quoted line",
                    "title": "Example",
                },
                None,
                name="browser",
            ),
            "u3",
            ["a5"],
        ),
        _node("a5", _msg("assistant", _text("Answer with a quote"), T0 + 10, status="in_progress"), "t2", ["n1"]),
        _node("n1", None, "a5", []),
    ]
    return {
        "title": title,
        "create_time": T0,
        "update_time": T0 + 20,
        "mapping": {n["id"]: n for n in nodes},
        "moderation_results": [],
        "current_node": "a4",
        "plugin_ids": None,
        "conversation_id": conv_id,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "id": conv_id,
    }


def _counts(storage):
    db = storage._db
    return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("conversations", "messages"))


# ------------------------------------------------------------------ ChatGPT
def test_chatgpt_tree_is_mapped_to_ours(storage, tmp_path):
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps([chatgpt_conversation()]), "utf-8")
    result = import_file(storage, path)
    assert result.source == "chatgpt" and len(result.imported) == 1
    conv = storage.get_conversation(result.imported[0])
    assert conv.title == "Trip to ChatGPT" and conv.created_at == T0 and conv.updated_at == T0 + 20
    assert conv.settings["imported_from"] == "chatgpt" and conv.settings["source_model"] == "gpt-4o"

    by_id = {m.id: m for m in storage.messages(conv.id)}
    # Null nodes and the hidden system message are gone; the chain a3 -> t1 -> a4 is one reply,
    # and t2 -> a5 another.
    assert set(by_id) == {"u1", "a1", "a2", "u2", "a3", "u3", "t2"}
    assert by_id["u1"].parent_id is None and by_id["u1"].role is Role.USER
    assert [m.id for m in storage.siblings(by_id["a1"])] == ["a1", "a2"]  # the regenerated reply
    assert [m.id for m in storage.siblings(by_id["u2"])] == ["u2", "u3"]  # the edited question
    assert "[image: file-service://file-abc, 640×480]" in by_id["u2"].content
    assert "What is in this image?" in by_id["u2"].content
    code = by_id["a3"].content
    assert code.index("```python\nprint(1)\n```") < code.index("Output:") < code.index("It printed 1.")
    assert "Tool output (python)" in code
    assert by_id["a3"].stats.model_file == "gpt-4o"
    quote = by_id["t2"].content
    assert "> Quoted line" in quote and "[Example](https://example.org/a)" in quote
    assert "Answer with a quote" in quote and by_id["t2"].status is MessageStatus.INTERRUPTED
    assert by_id["t2"].created_at == T0 + 8  # no time of its own: its parent's
    # current_node (a4) was folded into a3: that is the leaf on screen.
    assert conv.current_leaf_id == "a3"
    assert [m.id for m in storage.active_path(conv.id)] == ["u1", "a2", "u2", "a3"]
    assert by_id["u1"].content == "Hello there <script>x</script>"  # stored as written


def test_chatgpt_import_from_the_export_zip_and_twice(storage, tmp_path):
    archive = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("user.json", "{}")
        z.writestr(
            "conversations.json",
            json.dumps([chatgpt_conversation(), chatgpt_conversation("second", "A continued shared chat")]),
        )
    first = import_file(storage, archive)
    assert len(first.imported) == 2
    # "second" reuses the node ids of the first (as continued shared chats do): imported as a copy.
    assert list(first.copied) == ["second"]
    before = export.to_json(export.load_many(storage), exported_at=T0)
    again = import_file(storage, archive)
    # The first is stored under its own id; the copy is found by content.
    assert again.imported == [] and again.copied == {} and again.skipped == first.imported
    assert export.to_json(export.load_many(storage), exported_at=T0) == before


def test_reimport_is_a_no_op_even_when_children_are_listed_out_of_time_order(storage):
    conv = chatgpt_conversation()
    conv["mapping"]["u1"]["children"] = ["a2", "a1"]  # the newer reply listed first
    conv["mapping"]["a2"]["children"] = ["u3", "u2"]
    conv["mapping"]["u3"]["message"]["create_time"] = T0 + 4  # the same time as u2: file order wins
    first = import_data(storage, [conv])
    assert [m.id for m in storage.siblings(storage.get_message("a1"))] == ["a1", "a2"]  # oldest first
    assert [m.id for m in storage.siblings(storage.get_message("u2"))] == ["u3", "u2"]
    again = import_data(storage, [conv])
    assert again.imported == [] and again.skipped == first.imported
    assert _counts(storage) == (1, 7)


def test_chatgpt_words_in_any_branch_are_searchable(storage):
    import_data(storage, [chatgpt_conversation()])
    assert {h.message_id for h in storage.search("version one")} == {"a1"}  # not on screen
    assert {h.message_id for h in storage.search("Edited question")} == {"u3"}


def test_single_conversation_object_and_missing_current_node(storage):
    conv = chatgpt_conversation()
    conv["current_node"] = "not-there"
    result = import_data(storage, conv)
    # The newest leaf is shown instead.
    assert storage.get_conversation(result.imported[0]).current_leaf_id == "t2"


# ---------------------------------------------------------------- Hearth JSON
def test_importing_the_same_hearth_export_twice_skips_it(storage, tmp_path):
    sample = build(storage)
    document = export.to_json_document(export.load_many(storage))
    result = import_data(storage, document)
    assert result.skipped == [sample.conversation_id] and result.imported == []
    assert _counts(storage) == (1, 7)


def test_a_changed_conversation_with_the_same_ids_comes_in_as_a_copy(storage, tmp_path):
    sample = build(storage)
    document = export.to_json_document(export.load_many(storage))
    storage.rename_conversation(sample.conversation_id, "Renamed since the export")
    result = import_data(storage, document)
    new_id = result.copied[sample.conversation_id]
    assert result.imported == [new_id] and _counts(storage) == (2, 14)
    copy = export.conversation_to_dict(export.load(storage, new_id))
    original = document["conversations"][0]
    assert copy["title"] == original["title"] and copy["id"] != original["id"]
    assert [m["content"] for m in copy["messages"]] == [m["content"] for m in original["messages"]]
    ids = {m["id"] for m in copy["messages"]}
    assert not ids & {m["id"] for m in original["messages"]}
    assert copy["current_leaf_id"] in ids
    # The tree shape is the same: each message's parent sits at the same position.
    position = {m["id"]: i for i, m in enumerate(original["messages"])}
    new_position = {m["id"]: i for i, m in enumerate(copy["messages"])}
    assert [position.get(m["parent_id"]) for m in original["messages"]] == [
        new_position.get(m["parent_id"]) for m in copy["messages"]
    ]


# ------------------------------------------------------------ malformed input
def _hearth(conversations):
    return {"format": "hearth-conversations", "version": 1, "conversations": conversations}


def _hearth_conv(messages, **extra):
    return dict(
        {
            "id": "c1",
            "title": "T",
            "created_at": T0,
            "updated_at": T0,
            "pinned": False,
            "model": None,
            "system_prompt": None,
            "settings": {},
            "current_leaf_id": None,
            "messages": messages,
        },
        **extra,
    )


def _hearth_msg(mid, parent, **extra):
    return dict(
        {
            "id": mid,
            "parent_id": parent,
            "role": "user",
            "content": "x",
            "status": "done",
            "created_at": T0,
            "updated_at": T0,
            "stats": None,
        },
        **extra,
    )


def _cycle_chatgpt():
    conv = chatgpt_conversation()
    conv["mapping"]["u1"]["parent"] = "a2"  # u1 -> a2 -> u1
    return [conv]


def _dangling_chatgpt():
    conv = chatgpt_conversation()
    conv["mapping"]["a4"]["parent"] = "ghost"
    return [conv]


MALFORMED = {
    "bad json": ('[{"title": "x", "mapping": {', "not valid JSON (line 1"),
    "not utf-8": (b"\xff\xfe\x00garbage", "not UTF-8"),
    "unknown shape": ('{"hello": "world"}', "neither a Hearth export"),
    "empty list": ("[]", "empty list"),
    "missing mapping": (
        json.dumps([chatgpt_conversation(), {"title": "Broken"}]),
        '[1].mapping: missing; expected an object of message nodes (its message tree) (conversation "Broken")',
    ),
    "chatgpt cycle": (json.dumps(_cycle_chatgpt()), "[0].mapping.u1.parent: the message tree has a cycle"),
    "chatgpt dangling parent": (
        json.dumps(_dangling_chatgpt()),
        '[0].mapping.a4.parent: names "ghost", which is not a node of the mapping',
    ),
    "chatgpt node not an object": (
        json.dumps([{"title": "t", "mapping": {"a": 5}}]),
        '[0].mapping.a: expected a node object, got 5 (conversation "t")',
    ),
    "newer hearth": (json.dumps(dict(_hearth([]), version=2)), "newer Hearth"),
    "hearth no list": (
        json.dumps({"format": "hearth-conversations", "version": 1}),
        "conversations: missing; expected a list",
    ),
    "hearth missing field": (
        json.dumps(_hearth([{"id": "c1", "title": "T"}])),
        "conversations[0].created_at: missing; expected a Unix time",
    ),
    "hearth bad role": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("m1", None, role="wizard")])])),
        'conversations[0].messages[0].role: expected one of "user", "assistant", "system", '
        'got "wizard" (conversation "T")',
    ),
    "hearth bad time": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("m1", None, created_at="today")])])),
        "conversations[0].messages[0].created_at: expected a Unix time (seconds since 1970, "
        'from 0 to 253402300799), got "today"',
    ),
    "hearth dangling parent": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("m1", "nope")])])),
        'conversations[0].messages[0].parent_id: names "nope", which is not a message of this conversation',
    ),
    "hearth duplicate id": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("m1", None), _hearth_msg("m1", None)])])),
        'conversations[0].messages[1].id: "m1" is already the id of messages[0]',
    ),
    "hearth cycle": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("r", None), _hearth_msg("a", "b"), _hearth_msg("b", "a")])])),
        "conversations[0].messages[1].parent_id: the messages form a cycle",
    ),
    "hearth bad leaf": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("m1", None)], current_leaf_id="zz")])),
        'conversations[0].current_leaf_id: names "zz", which is not a message',
    ),
    "hearth second conversation bad": (
        json.dumps(_hearth([_hearth_conv([_hearth_msg("m1", None)]), _hearth_conv([], id="c2", pinned="yes")])),
        'conversations[1].pinned: expected true or false, got "yes" (conversation "T")',
    ),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_files_are_refused_with_nothing_imported(storage, tmp_path, name):
    content, message = MALFORMED[name]
    build(storage)  # something already there must stay exactly as it was
    before = export.to_json(export.load_many(storage), exported_at=T0)
    path = tmp_path / "input.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(ImportFormatError) as info:
        import_file(storage, path)
    assert str(info.value).startswith("input.json: ") and message in str(info.value), str(info.value)
    assert export.to_json(export.load_many(storage), exported_at=T0) == before


def test_a_failure_while_writing_rolls_back_everything(storage, monkeypatch):
    calls = {"n": 0}
    real = storage.add_message

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 9:  # in the second conversation
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(storage, "add_message", failing)
    with pytest.raises(OSError):
        import_data(storage, [chatgpt_conversation("one"), chatgpt_conversation("two", "Other title")])
    assert _counts(storage) == (0, 0)
    assert storage.search("version") == []


def test_a_zip_without_conversations_json_is_refused(storage, tmp_path):
    archive = tmp_path / "x.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("chat.html", "<html></html>")
    with pytest.raises(ImportFormatError, match="no conversations.json"):
        import_file(storage, archive)


def test_the_same_conversation_twice_in_one_file_is_stored_once(storage):
    result = import_data(storage, [chatgpt_conversation("one"), chatgpt_conversation("two")])
    assert result.imported == ["one"] and result.skipped == ["one"]
    assert _counts(storage) == (1, 7)


# ------------------------------------------------------------ hostile input
def _deep(levels):
    return "[" * levels + "]" * levels


def _raw_hearth(conversation_json):
    return '{"format": "hearth-conversations", "version": 1, "conversations": [' + conversation_json + "]}"


def _conv_json(**replacements):
    """A valid one-message Hearth conversation as JSON text, with some values replaced by raw text."""
    conv = _hearth_conv([_hearth_msg("m1", None)])
    text = json.dumps(conv)
    for key, raw in replacements.items():
        marker = f"@@{key}@@"
        if key in conv:
            conv[key] = marker
        else:
            conv["messages"][0][key] = marker
        text = json.dumps(conv).replace(json.dumps(marker), raw)
    return text


def _with(document, path, value):
    """A deep copy of ``document`` with the value at ``path`` (a list of keys) replaced."""
    document = json.loads(json.dumps(document))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def _valid_hearth():
    message = _hearth_msg(
        "m1",
        None,
        role="assistant",
        stats={"prompt_tokens": 3, "completion_tokens": 2, "sampling": {"temperature": 0.5, "seed": 7}, "seed": 7},
    )
    return _hearth([_hearth_conv([message], settings={"sampling": {"temperature": 0.2}})])


HOSTILE = {
    "nested 100k deep": (_deep(100_000), "nested too deeply"),
    "nested 150 deep in settings": (
        _raw_hearth(_conv_json().replace('"settings": {}', '"settings": {"x": ' + _deep(150) + "}")),
        "conversations[0].settings.x[0][0]",
    ),
    "5000-digit integer time": (
        _raw_hearth(_conv_json(created_at="7" * 5000)),
        "conversations[0].created_at: expected a Unix time (seconds since 1970, "
        "from 0 to 253402300799), got a number out of range",
    ),
    "5000-digit integer anywhere": (
        '{"format": "hearth-conversations", "version": 1, "x": ' + "9" * 5000 + ', "conversations": []}',
        "x: a number out of range",
    ),
    "time of 10^400": (
        _raw_hearth(_conv_json(updated_at="1e400")),
        "conversations[0].updated_at: expected a Unix time",
    ),
    "time of 10^400 as digits": (_raw_hearth(_conv_json(created_at="1" + "0" * 400)), "got a number out of range"),
    "NaN": (_raw_hearth(_conv_json(created_at="NaN")), "not valid JSON (NaN is not a JSON number)"),
    "lone surrogate in a title": (
        _raw_hearth(_conv_json(title='"Trip \\ud83d"')),
        "conversations[0].title: the text holds a lone surrogate (\\ud83d)",
    ),
    "lone surrogate in content": (
        _raw_hearth(_conv_json(content='"x \\udc00 y"')),
        "conversations[0].messages[0].content: the text holds a lone surrogate (\\udc00)",
    ),
    "lone surrogate in a settings key": (
        _raw_hearth(_conv_json(settings='{"k\\udfff": 1}')),
        'conversations[0].settings: the key "k\\udfff" holds a lone surrogate',
    ),
    "chatgpt lone surrogate in a part": (
        json.dumps([chatgpt_conversation()]).replace("Hi, version one", "\\ud800"),
        "[0].mapping.a1.message.content.parts[0]: the text holds a lone surrogate",
    ),
    "chatgpt lone surrogate in the title": (
        json.dumps([chatgpt_conversation(title="\ud800")], ensure_ascii=True),
        "[0].title: the text holds a lone surrogate (\\ud800)",
    ),
    # Wrong types in the Hearth format, each refused with the path of the bad field.
    "sampling as a list": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "settings", "sampling"], [0.2])),
        "conversations[0].settings.sampling: expected an object or null, got a list",
    ),
    "temperature 99": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "settings", "sampling", "temperature"], 99)),
        "conversations[0].settings.sampling.temperature: expected a number between 0 and 5, got 99",
    ),
    "temperature hot": (
        json.dumps(
            _with(_valid_hearth(), ["conversations", 0, "messages", 0, "stats", "sampling", "temperature"], "hot")
        ),
        "conversations[0].messages[0].stats.sampling.temperature: expected a number between 0 and 5, "
        'got "hot" (conversation "T")',
    ),
    "stats tokens as text": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "messages", 0, "stats", "prompt_tokens"], "3")),
        'conversations[0].messages[0].stats.prompt_tokens: expected an integer between 0 and 2147483647, got "3"',
    ),
    "stats speed as a list": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "messages", 0, "stats", "tokens_per_second"], [1])),
        "stats.tokens_per_second: expected a number between 0 and 1000000000 or null, got a list",
    ),
    "stats as a string": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "messages", 0, "stats"], "fast")),
        'conversations[0].messages[0].stats: expected an object or null, got "fast"',
    ),
    "stats seed of 30 digits": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "messages", 0, "stats", "seed"], 10**30)),
        "stats.seed: expected an integer between -1 and",
    ),
    "message time 1e20": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "messages", 0, "created_at"], 1e20)),
        "conversations[0].messages[0].created_at: expected a Unix time (seconds since 1970, from 0 "
        "to 253402300799), got 1e+20",
    ),
    "boolean as a time": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "created_at"], True)),
        "conversations[0].created_at: expected a Unix time",
    ),
    "pinned as a number": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "messages", 0, "pinned"], 1)),
        "conversations[0].messages[0].pinned: expected true or false, got 1",
    ),
    "overflow policy unknown": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "settings", "overflow_policy"], "forget")),
        "settings.overflow_policy: expected one of",
    ),
    "huge id": (
        json.dumps(_with(_valid_hearth(), ["conversations", 0, "id"], "c" * 10_000)),
        "conversations[0].id: expected a non-empty id of at most 256 characters, got a string of 10000",
    ),
    "version as text": (json.dumps(_with(_valid_hearth(), ["version"], "1")), "version: expected the format version"),
    # The ChatGPT fields that are used, checked the same way.
    "chatgpt message time 1e20": (
        json.dumps([_with(chatgpt_conversation(), ["mapping", "u1", "message", "create_time"], 1e20)]),
        "[0].mapping.u1.message.create_time: expected a Unix time (seconds since 1970, from "
        '0 to 253402300799), got 1e+20 (conversation "Trip to ChatGPT")',
    ),
    "chatgpt conversation time as text": (
        json.dumps([_with(chatgpt_conversation(), ["create_time"], "today")]),
        "[0].create_time: expected a Unix time",
    ),
    "chatgpt part is a number": (
        json.dumps([_with(chatgpt_conversation(), ["mapping", "u1", "message", "content", "parts"], [5])]),
        "[0].mapping.u1.message.content.parts[0]: expected a string or an object, got 5",
    ),
    "chatgpt role is a number": (
        json.dumps([_with(chatgpt_conversation(), ["mapping", "u1", "message", "author", "role"], 7)]),
        "[0].mapping.u1.message.author.role: expected a string or null, got 7",
    ),
    "chatgpt status is a list": (
        json.dumps([_with(chatgpt_conversation(), ["mapping", "a1", "message", "status"], ["done"])]),
        "[0].mapping.a1.message.status",
    ),
    "chatgpt children are objects": (
        json.dumps([_with(chatgpt_conversation(), ["mapping", "u1", "children"], [{"id": "a1"}])]),
        "[0].mapping.u1.children[0]: expected",
    ),
    "chatgpt content type is a list": (
        json.dumps([_with(chatgpt_conversation(), ["mapping", "u1", "message", "content", "content_type"], [])]),
        "[0].mapping.u1.message.content.content_type",
    ),
    "chatgpt image width is text": (
        json.dumps(
            [_with(chatgpt_conversation(), ["mapping", "u2", "message", "content", "parts", 0, "width"], "640")]
        ),
        "[0].mapping.u2.message.content.parts[0].width",
    ),
    "chatgpt empty node id": (
        json.dumps([{"title": "t", "mapping": {"": {"message": None}}}]),
        '[0].mapping[""]: this key is not usable',
    ),
    "chatgpt single object, hidden flag as text": (
        json.dumps(
            _with(
                chatgpt_conversation(),
                ["mapping", "sys", "message", "metadata", "is_visually_hidden_from_conversation"],
                "yes",
            )
        ),
        'mapping.sys.message.metadata.is_visually_hidden_from_conversation: expected true or false or null, got "yes"'
        ' (conversation "Trip to ChatGPT")',
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_get_one_line_and_nothing_is_imported(storage, tmp_path, name):
    content, message = HOSTILE[name]
    build(storage)
    before = export.to_json(export.load_many(storage), exported_at=T0)
    path = tmp_path / "input.json"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    with pytest.raises(ImportFormatError) as info:
        import_file(storage, path)
    text = str(info.value)
    assert text.startswith("input.json: ") and message in text, text
    assert "\n" not in text and len(text) < 400
    text.encode("utf-8")  # printable: no lone surrogate in the message itself
    assert export.to_json(export.load_many(storage), exported_at=T0) == before


def test_a_valid_file_with_every_checked_field_still_imports(storage):
    document = _valid_hearth()
    document["conversations"][0]["settings"]["unknown_key"] = {"kept": [1, 2.5, None, "x"]}
    result = import_data(storage, document)
    stored = export.load(storage, result.imported[0])
    assert stored.conversation.settings["unknown_key"] == {"kept": [1, 2.5, None, "x"]}
    assert stored.messages[0].stats.sampling == {"temperature": 0.5, "seed": 7}
    assert import_data(storage, document).skipped == result.imported  # integer times compare equal once stored


# ----------------------------------------------------------- bounded reading
def _hang_guard(func, seconds=20):
    """Run ``func`` in a thread and fail (instead of hanging the suite) if it blocks."""
    outcome = {}

    def target():
        try:
            outcome["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the import blocked"
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_import_file_is_refused_at_once(storage, tmp_path):
    fifo = tmp_path / "conversations.json"
    os.mkfifo(fifo)
    outcome = _hang_guard(lambda: import_file(storage, fifo))
    assert isinstance(outcome.get("error"), ImportFormatError)
    assert str(outcome["error"]) == (
        "conversations.json: it is a FIFO (named pipe), not a regular file; only a file can be imported"
    )
    assert _counts(storage) == (0, 0)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_and_a_link_to_it_are_refused_not_read(storage, tmp_path):
    link = tmp_path / "export.json"
    link.symlink_to("/dev/zero")
    for path in ("/dev/zero", link):
        outcome = _hang_guard(lambda p=path: import_file(storage, p))
        assert isinstance(outcome.get("error"), ImportFormatError), outcome
        assert "it is a device, not a regular file" in str(outcome["error"])


def test_a_missing_file_or_a_folder_is_one_line(storage, tmp_path):
    with pytest.raises(ImportFormatError, match=r"^nope.json: cannot be read \(No such file or directory\)$"):
        import_file(storage, tmp_path / "nope.json")
    with pytest.raises(ImportFormatError, match="it is a folder, not a regular file"):
        import_file(storage, tmp_path)


def test_a_json_file_over_the_cap_is_refused_before_parsing(storage, tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps([chatgpt_conversation()]) + " " * 200_000, "utf-8")
    with pytest.raises(ImportFormatError, match="the file holds more than 100000 bytes of text"):
        import_file(storage, path, max_bytes=100_000)
    assert import_file(storage, path, max_bytes=1_000_000).imported  # under the cap it imports


def _zip_of_zeros(path, size, name="conversations.json"):
    """A zip whose conversations.json unpacks to ``size`` zero bytes: a few hundred KB on disk."""
    chunk = b"0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open(name, "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return path


def _declare_size(path, declared):
    """Rewrite the archive's uncompressed-size fields: a bomb that lies about what it holds."""
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = struct.pack("<I", declared)
    local = data.index(b"PK\x03\x04")
    data[local + 22 : local + 26] = struct.pack("<I", declared)
    path.write_bytes(bytes(data))


def test_a_zip_bomb_is_refused_by_its_declared_size_without_unpacking(storage, tmp_path):
    bomb = _zip_of_zeros(tmp_path / "bomb.zip", 64 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ImportFormatError) as info:
            import_file(storage, bomb, max_bytes=4 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(info.value) == (
        "bomb.zip: conversations.json in the zip archive holds more than 4 MB of text, more than Hearth imports at once"
    )
    assert peak < 8 * 1024 * 1024
    assert _counts(storage) == (0, 0)


def test_a_zip_bomb_that_hides_its_size_is_stopped_while_streaming(storage, tmp_path):
    bomb = _zip_of_zeros(tmp_path / "liar.zip", 64 * 1024 * 1024)
    _declare_size(bomb, 1000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFormatError) as info:
            import_file(storage, bomb, max_bytes=4 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Either the count past the cap or the archive's own check (it holds more than it declares) stops it.
    assert str(info.value).startswith("liar.zip: "), str(info.value)
    assert "more than 4 MB" in str(info.value) or "the zip archive cannot be read" in str(info.value)
    assert peak < 16 * 1024 * 1024
    assert _counts(storage) == (0, 0)


def test_the_zip_cap_counts_unpacked_bytes(tmp_path):
    from app.core.history.importers.reading import _read_capped

    class Endless(io.RawIOBase):  # a member stream that never ends, whatever it declared
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"0" * len(buffer)
            return len(buffer)

    with pytest.raises(ImportFormatError, match="more than 3 MB"):
        _read_capped(io.BufferedReader(Endless()), 3 * 1024 * 1024, "conversations.json in the zip archive")


def test_a_broken_zip_is_one_line(storage, tmp_path):
    path = tmp_path / "cut.zip"
    data = _zip_of_zeros(tmp_path / "whole.zip", 2 * 1024 * 1024).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFormatError, match="^cut.zip: the zip archive cannot be read"):
        import_file(storage, path)


# ------------------------------------------------------- linear re-import
@pytest.mark.timeout(300)
def test_reimporting_1000_edited_chats_that_share_a_title_is_linear(storage, monkeypatch):
    """Each imported chat used to load every same-titled stored chat (48 s for 1,000): count loads."""
    from app.core.history import importers

    count = 1000
    with storage.transaction():
        for i in range(count):
            conv = storage.create_conversation("Weekly notes")
            first = storage.add_message(conv.id, Role.USER, f"note {i}", parent_id=None)
            storage.add_message(conv.id, Role.ASSISTANT, f"reply {i}", parent_id=first.id)
    document = export.to_json_document(export.load_many(storage))
    for conv in document["conversations"]:
        conv["messages"][0]["content"] += " (edited)"

    loads = {"n": 0}
    real_load = importers.load

    def counting_load(*args, **kwargs):
        loads["n"] += 1
        return real_load(*args, **kwargs)

    monkeypatch.setattr(importers, "load", counting_load)
    result = import_data(storage, document)
    assert len(result.copied) == count and _counts(storage) == (2 * count, 4 * count)
    assert loads["n"] <= 3 * count, loads  # was about count * count
    loads["n"] = 0
    again = import_data(storage, document)  # the copies are found by content: nothing new
    assert again.imported == [] and len(again.skipped) == count
    assert loads["n"] <= 4 * count, loads
