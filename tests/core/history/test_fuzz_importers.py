"""Fuzzing the importers: whatever a file holds, importing it either works or raises
:class:`ImportFormatError` (one line), never another exception, never slowly, never half of it.

Three sources of input: random JSON-ish structures shaped like each format (so the checks deep
inside are reached), valid exports mutated at random paths, and the bytes of a valid export
mutated before parsing.
"""

from __future__ import annotations

import copy
import json
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.history.importers import ImportFormatError, import_data, import_file
from app.core.history.storage import Storage

from .test_importers import chatgpt_conversation

T0 = 1_700_000_000.0
FUZZ = settings(
    max_examples=100,
    deadline=timedelta(seconds=5),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters that have broken parsers before: lone surrogates, NUL, terminal escapes, bidi overrides.
_nasty_chars = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\u202e", "\ufeff", "\U0001f600"])
_text = st.text(st.one_of(st.characters(), _nasty_chars), max_size=12)
_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, -1, 2**63]),
    st.builds(pow, st.sampled_from([10, -10]), st.sampled_from([41, 400, 5001])),  # built: a repr would fail
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e20, 1e400, -0.0, 5e-324]),
)
_scalars = st.one_of(st.none(), st.booleans(), _numbers, _text)
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=20,
)


def _maybe(value_strategy):
    """A field's value: usually of the right shape (so checks further in are reached), sometimes anything."""
    return st.one_of(value_strategy, value_strategy, value_strategy, value_strategy, _json)


_ids = st.one_of(st.sampled_from(["m1", "m2", "m3", "root"]), _text)
_hearth_message = st.fixed_dictionaries(
    {
        "id": _maybe(_ids),
        "role": _maybe(st.sampled_from(["user", "assistant", "system"])),
        "content": _maybe(_text),
        "status": _maybe(st.sampled_from(["done", "stopped", "streaming", "error"])),
        "created_at": _maybe(st.floats(0, 2e9)),
        "updated_at": _maybe(st.floats(0, 2e9)),
    },
    optional={
        "parent_id": _maybe(_ids),
        "pinned": _json,
        "stats": _maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "prompt_tokens": _json,
                    "sampling": _maybe(
                        st.dictionaries(
                            st.sampled_from(["temperature", "top_p", "top_k", "seed", "max_tokens"]), _numbers
                        )
                    ),
                    "tokens_per_second": _json,
                    "seed": _json,
                    "model_file": _json,
                },
            )
        ),
    },
)
_hearth_conversation = st.fixed_dictionaries(
    {
        "id": _maybe(_ids),
        "title": _maybe(_text),
        "created_at": _maybe(st.floats(0, 2e9)),
        "updated_at": _maybe(st.floats(0, 2e9)),
        "messages": _maybe(st.lists(_hearth_message, max_size=4)),
    },
    optional={
        "pinned": _json,
        "settings": _json,
        "current_leaf_id": _maybe(_ids),
        "model": _json,
        "system_prompt": _json,
    },
)
_hearth_documents = st.fixed_dictionaries(
    {
        "format": st.just("hearth-conversations"),
        "version": st.one_of(st.just(1), st.just(1), st.just(1), _json),
        "conversations": _maybe(st.lists(_hearth_conversation, max_size=3)),
    }
)

_node_ids = st.sampled_from(["a", "b", "c", "d"])
_chatgpt_message = st.fixed_dictionaries(
    {},
    optional={
        "author": _maybe(
            st.fixed_dictionaries({"role": _maybe(st.sampled_from(["user", "assistant", "tool", "system"]))})
        ),
        "content": _maybe(
            st.fixed_dictionaries(
                {"content_type": _maybe(st.sampled_from(["text", "code", "multimodal_text", "tether_quote", "x"]))},
                optional={"parts": _maybe(st.lists(_json, max_size=3)), "text": _json, "url": _json},
            )
        ),
        "create_time": _json,
        "status": _json,
        "metadata": _json,
    },
)
_chatgpt_node = st.fixed_dictionaries(
    {"message": _maybe(_chatgpt_message)},
    optional={"parent": _maybe(_node_ids), "children": _maybe(st.lists(_node_ids))},
)
_chatgpt_conversation = st.fixed_dictionaries(
    {"mapping": _maybe(st.dictionaries(_node_ids, _chatgpt_node, max_size=4))},
    optional={
        "title": _json,
        "create_time": _json,
        "update_time": _json,
        "current_node": _json,
        "id": _json,
        "conversation_id": _json,
        "default_model_slug": _json,
    },
)
_chatgpt_documents = st.one_of(st.lists(_chatgpt_conversation, min_size=1, max_size=3), _chatgpt_conversation)


def _valid_hearth() -> dict:
    def message(mid, parent, role, **extra):
        return dict(
            {
                "id": mid,
                "parent_id": parent,
                "role": role,
                "content": f"text of {mid}",
                "status": "done",
                "created_at": T0,
                "updated_at": T0,
                "stats": None,
                "pinned": False,
            },
            **extra,
        )

    stats = {
        "prompt_tokens": 5,
        "completion_tokens": 2,
        "sampling": {"temperature": 0.7, "seed": -1},
        "seed": 3,
        "time_to_first_token_s": 0.1,
        "tokens_per_second": 20.5,
        "finish_reason": "stop",
    }
    return {
        "format": "hearth-conversations",
        "version": 1,
        "exported_at": "2025-01-01T00:00:00Z",
        "conversations": [
            {
                "id": "c1",
                "title": "Fuzzed",
                "created_at": T0,
                "updated_at": T0,
                "pinned": False,
                "model": None,
                "system_prompt": None,
                "settings": {"sampling": {"temperature": 0.2}},
                "current_leaf_id": "m3",
                "messages": [
                    message("m1", None, "user"),
                    message("m2", "m1", "assistant", stats=stats),
                    message("m3", "m1", "assistant", status="stopped"),
                ],
            }
        ],
    }


def _paths(document, prefix=()):
    """Every path (a tuple of keys) into ``document``, containers and leaves alike."""
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _paths(value, prefix + (index,))


@st.composite
def _mutated(draw, base):
    document = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(document))[1:]
        if not paths:  # an earlier mutation replaced everything with a scalar: nothing left to mutate
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "copy-sibling"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "copy-sibling" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            parent[path[-1]] = draw(_json)
    return document


@pytest.fixture(scope="module")
def storage(tmp_path_factory):
    """One database for all examples of the module (a fresh one each would be slow to create)."""
    with Storage(tmp_path_factory.mktemp("fuzz") / "h.sqlite3") as store:
        yield store


def _counts(storage: Storage) -> tuple[int, int]:
    db = storage._db
    return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("conversations", "messages"))


def _import_cleanly(storage: Storage, data) -> str:
    """Import ``data``; return "refused" or "imported" after checking what each outcome promises."""
    before = _counts(storage)
    try:
        result = import_data(storage, data)
    except ImportFormatError as exc:
        message = str(exc)
        assert message and "\n" not in message
        message.encode("utf-8")  # printable as it is
        assert _counts(storage) == before  # nothing half imported
        return "refused"
    # Success: every conversation it reports is really stored, and nothing else was added.
    assert result.source in ("hearth", "chatgpt")
    for conversation_id in result.imported:
        assert storage.get_conversation(conversation_id).id == conversation_id
    assert _counts(storage)[0] == before[0] + len(result.imported)
    return "imported"


@FUZZ
@given(_hearth_documents)
def test_random_hearth_shaped_documents(storage, document):
    assert _import_cleanly(storage, document) in ("refused", "imported")


@FUZZ
@given(_chatgpt_documents)
def test_random_chatgpt_shaped_documents(storage, document):
    assert _import_cleanly(storage, document) in ("refused", "imported")


@FUZZ
@given(_mutated(_valid_hearth()))
def test_mutated_hearth_exports(storage, document):
    assert _import_cleanly(storage, document) in ("refused", "imported")


@FUZZ
@given(_mutated([chatgpt_conversation()]))
def test_mutated_chatgpt_exports(storage, document):
    assert _import_cleanly(storage, document) in ("refused", "imported")


@st.composite
def _mutated_bytes(draw):
    raw = bytearray(json.dumps(draw(st.sampled_from([_valid_hearth(), [chatgpt_conversation()]]))).encode())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw)))
        action = draw(st.sampled_from(["insert", "delete", "flip"]))
        if action == "insert":
            raw[at:at] = draw(
                st.sampled_from(
                    [b"[", b"{", b'"', b"\\ud800", b"9" * 5000, b"1e400", b"\xff", b"\x00", b"NaN", b",", b"}", b"]"]
                )
            ) * draw(st.integers(1, 3))
        elif action == "delete" and at < len(raw):
            del raw[at : at + draw(st.integers(1, 8))]
        elif at < len(raw):
            raw[at] = draw(st.integers(0, 255))
    return bytes(raw)


@FUZZ
@given(_mutated_bytes())
def test_mutated_bytes_of_a_file(storage, raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.json"
        path.write_bytes(raw)
        before = _counts(storage)
        try:
            import_file(storage, path)
        except ImportFormatError as exc:
            assert str(exc).startswith("input.json: ") and "\n" not in str(exc)
            assert _counts(storage) == before
