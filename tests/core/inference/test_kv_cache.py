"""The on-disk KV state cache: matching, LRU eviction, invalidation, and corrupt files."""

from __future__ import annotations

import logging
import os

import pytest

from app.core.inference.kv_cache import KVCache

SHA_A, SHA_B = "a" * 64, "b" * 64
FP = "fingerprint-1"


def _put(cache: KVCache, tokens, text=None, *, sha=SHA_A, fp=FP, blob_size=1000, conversation_id=None):
    return cache.put(
        model_sha256=sha,
        fingerprint=fp,
        tokens=tokens,
        blob=os.urandom(blob_size),
        text=text,
        conversation_id=conversation_id,
    )


@pytest.fixture
def cache(tmp_path):
    return KVCache(tmp_path / "kv", limit_mb=10)


def test_round_trip_keeps_tokens_and_blob(cache):
    blob = os.urandom(5000)
    entry = cache.put(model_sha256=SHA_A, fingerprint=FP, tokens=[2, 105, 7, 99999], blob=blob, text="hello")
    state = cache.load(entry)
    assert state.tokens == [2, 105, 7, 99999] and bytes(state.blob) == blob


def test_find_returns_the_longest_saved_prefix_of_the_prompt(cache):
    _put(cache, [2, 10, 11], text="ab")
    _put(cache, [2, 10, 11, 12, 13], text="abcd")
    _put(cache, [2, 10, 99], text="aX")  # diverges: never a match
    by_text = cache.find(model_sha256=SHA_A, fingerprint=FP, text="abcdef")
    assert by_text.n_tokens == 5
    by_tokens = cache.find(model_sha256=SHA_A, fingerprint=FP, tokens=[2, 10, 11, 12, 77])
    assert by_tokens.n_tokens == 3
    assert cache.find(model_sha256=SHA_A, fingerprint=FP, text="zzz", tokens=[3]) is None


def test_saving_the_same_prefix_twice_keeps_one_file(cache):
    _put(cache, [2, 3, 4], text="x")
    _put(cache, [2, 3, 4], text="x")
    assert len(cache.entries()) == 1


def test_least_recently_used_states_are_evicted_under_the_limit(tmp_path):
    cache = KVCache(tmp_path / "kv", limit_mb=1)
    first = _put(cache, [2, 1], text="1", blob_size=400_000)
    second = _put(cache, [2, 2], text="2", blob_size=400_000)
    os.utime(first.path, (1_000, 1_000))
    os.utime(second.path, (2_000, 2_000))
    assert cache.load(first) is not None  # using it makes it the most recent
    _put(cache, [2, 3], text="3", blob_size=400_000)  # 1.2 MB > 1 MB: one must go
    kept = {e.path.name for e in cache.entries()}
    assert second.path.name not in kept and first.path.name in kept
    assert cache.total_bytes() <= 1024 * 1024


def test_a_state_larger_than_the_limit_is_not_saved(tmp_path):
    cache = KVCache(tmp_path / "kv", limit_mb=1)
    assert _put(cache, [2, 1], blob_size=2_000_000) is None
    assert cache.entries() == []


def test_limit_zero_disables_the_cache(tmp_path):
    cache = KVCache(tmp_path / "kv", limit_mb=0)
    assert not cache.enabled and _put(cache, [2, 1], text="a") is None
    assert cache.find(model_sha256=SHA_A, fingerprint=FP, text="a") is None


def test_other_model_or_settings_never_match(cache):
    _put(cache, [2, 5, 6], text="abc")
    assert cache.find(model_sha256=SHA_B, fingerprint=FP, text="abcd") is None
    assert cache.find(model_sha256=SHA_A, fingerprint="other-n_ctx", text="abcd") is None
    assert cache.find(model_sha256=SHA_A, fingerprint=FP, text="abcd") is not None


def test_saving_under_new_settings_drops_that_models_stale_states(cache):
    _put(cache, [2, 5], text="a", fp="old")
    _put(cache, [2, 5], text="a", sha=SHA_B, fp="old")  # another model: left alone
    _put(cache, [2, 6], text="b", fp="new")
    assert sorted((e.model_sha256[0], e.fingerprint) for e in cache.entries()) == [("a", "new"), ("b", "old")]


def test_invalidate_a_model_and_remove_a_conversation(cache):
    _put(cache, [2, 1], text="a", conversation_id="c1")
    _put(cache, [2, 2], text="b", conversation_id="c2")
    _put(cache, [2, 3], text="c", sha=SHA_B, conversation_id="c3")
    assert cache.remove_conversation("c1") == 1
    assert cache.invalidate(SHA_B) == 1
    assert [e.conversation_id for e in cache.entries()] == ["c2"]


def test_states_without_a_conversation_id_go_with_any_deleted_conversation(cache):
    """An unlabelled state could hold any chat's text, and no deletion could ever name it."""
    _put(cache, [2, 1], text="a", conversation_id="c1")
    _put(cache, [2, 2], text="b")
    _put(cache, [2, 3], text="c", conversation_id="c2")
    assert cache.remove_conversation("c1") == 2
    assert [e.conversation_id for e in cache.entries()] == ["c2"]


@pytest.mark.parametrize("damage", ["flip_blob_byte", "truncate", "garbage", "bad_header"])
def test_a_corrupt_file_is_ignored_with_a_log_line(cache, caplog, damage):
    entry = _put(cache, [2, 7, 8], text="abc")
    data = bytearray(entry.path.read_bytes())
    if damage == "flip_blob_byte":
        data[-10] ^= 0xFF
    elif damage == "truncate":
        data = data[:-100]
    elif damage == "garbage":
        data = bytearray(b"not a cache file at all")
    else:
        data[12:20] = b"{{{{{{{{"
    entry.path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="app.core.inference.kv_cache"):
        found = cache.find(model_sha256=SHA_A, fingerprint=FP, text="abcd")
        state = cache.load(found) if found is not None else None
    assert state is None
    assert "ignoring unusable KV cache file" in caplog.text
    assert not entry.path.exists()  # removed, so it is not read again
    assert _put(cache, [2, 7, 8], text="abc") is not None  # and the cache still works
