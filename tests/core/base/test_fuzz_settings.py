"""Fuzzing the settings loader: whatever settings.json holds, Hearth starts with usable settings and
at most one line of explanation; never an exception, never slowly."""

from __future__ import annotations

import json
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.base.settings import Settings, read_settings

FUZZ = settings(
    max_examples=150, deadline=timedelta(seconds=5), derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

_HUGE = "@an integer of 5,000 digits@"  # written into the JSON text as digits: Python cannot dump it
_nasty_chars = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\u202e"])
_text = st.text(st.one_of(st.characters(), _nasty_chars), max_size=10)
_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30), st.floats(), st.sampled_from([1e400, 2**31, 256, 1048576, -1])
)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    _numbers,
    _text,
    st.sampled_from(["auto", "cpu", "12", "dark", "drop_oldest", "2048", " 0.5 ", _HUGE]),
)
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_text, inner, max_size=3)),
    max_leaves=12,
)
_keys = st.sampled_from(
    [
        "default_model",
        "system_prompt",
        "context_length",
        "gpu_layers",
        "threads",
        "theme",
        "overflow_policy",
        "kv_cache_limit_mb",
        "sampling",
        "unknown",
    ]
)
_sampling = st.dictionaries(
    st.sampled_from(["temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens", "seed", "x"]),
    _json,
    max_size=5,
)
_settings_objects = st.dictionaries(_keys, st.one_of(_json, _sampling), max_size=8)


def _json_bytes(data) -> bytes:
    return json.dumps(data).replace(json.dumps(_HUGE), "9" * 5000).encode("utf-8", "surrogatepass")


def _check_loaded(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(raw)
        loaded = read_settings(path)
        assert isinstance(loaded.settings, Settings)
        loaded.settings.validate()  # what the app gets is always usable
        json.dumps(loaded.settings.to_dict()).encode("utf-8")  # and can be saved again
        if loaded.message is not None:
            assert "\n" not in loaded.message and loaded.message.encode("utf-8")
        else:
            assert not loaded.problems and loaded.moved_to is None


@FUZZ
@given(_settings_objects)
def test_random_settings_objects(data):
    _check_loaded(_json_bytes(data))


@FUZZ
@given(_json)
def test_random_json_documents(data):
    _check_loaded(_json_bytes(data))


@FUZZ
@given(st.binary(max_size=200), st.sampled_from([b"", b"{", b'{"theme": ', b"[" * 5000, b"\xef\xbb\xbf{"]))
def test_random_bytes(tail, head):
    _check_loaded(head + tail)
