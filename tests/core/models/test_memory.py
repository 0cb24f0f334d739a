"""One memory estimate and one context clamp: a hub file's fit badge and the same model's local
estimate give the same numbers, and the clamp follows one rule, a header without a trained length
included."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.models.catalogue import ModelShape, load_catalogue
from app.core.models.context_window import DEFAULT_CONTEXT_LENGTH, effective_context_length
from app.core.models.fit import Machine, estimate_fit
from app.core.models.gguf_info import read_gguf_info
from app.core.models.memory import GEMMA_VOCAB, estimate_for_file, estimate_for_shape
from tests.gguf_craft import ARRAY, STRING, U32, minimal_kvs, write_gguf

GiB = 1024**3
CONTEXTS = (256, 2048, 4096, 32_768, 131_072)  # below, at and beyond the trained lengths used here


@pytest.mark.parametrize(
    ("requested", "trained", "expected"),
    [
        (4096, 32_768, 4096),  # what was asked for
        (65_536, 32_768, 32_768),  # never more than the model was trained for
        (8192, None, 8192),  # a header without a trained length leaves the request alone
        (0, 2048, 2048),  # 0: the model's own length
        (0, None, DEFAULT_CONTEXT_LENGTH),
    ],
)
def test_context_clamp(requested, trained, expected):
    assert effective_context_length(requested, trained) == expected


def _crafted(path: Path, *, layers: int, kv_heads: int, head_dim: int, vocab: int, context: int | None) -> Path:
    """A GGUF header of the given shape, written from scratch (no ``context_length`` when None)."""
    kvs = minimal_kvs(
        gemma3__block_count=(U32, layers),
        gemma3__embedding_length=(U32, 640),
        gemma3__attention__head_count=(U32, 4),
        gemma3__attention__head_count_kv=(U32, kv_heads),
        gemma3__attention__key_length=(U32, head_dim),
        gemma3__attention__value_length=(U32, head_dim),
        tokenizer__ggml__tokens=(ARRAY, (STRING, [f"t{i}" for i in range(vocab)])),
    )
    if context is None:
        kvs = [kv for kv in kvs if kv[0] != "gemma3.context_length"]
    else:
        kvs = [(k, t, context if k == "gemma3.context_length" else v) for k, t, v in kvs]
    return write_gguf(path, kvs, [("token_embd.weight", (640, 64))])


@pytest.mark.parametrize("trained", [2048, None], ids=["trained-2048", "no-context-length"])
def test_hub_badge_and_local_estimate_agree_for_the_same_shape(tmp_path, trained):
    path = _crafted(tmp_path / "m.gguf", layers=18, kv_heads=2, head_dim=128, vocab=300, context=trained)
    info = read_gguf_info(path)
    assert info.context_length == trained and info.vocab_size == 300
    shape = ModelShape("gemma3", layers=18, kv_heads=2, head_dim=128, vocab=300, context_length=trained)
    machine = Machine(total_ram=64 * GiB, available_ram=32 * GiB)
    for n_ctx in CONTEXTS:
        local = estimate_for_file(info, n_ctx)
        badge = estimate_fit(info.file_size, shape, n_ctx, machine)
        assert badge.memory == local, n_ctx
        assert local.context_length == effective_context_length(n_ctx, trained)
        assert local.kv_cache == 18 * 2 * (128 + 128) * 2 * local.context_length  # f16 K and V, every layer
        assert local.compute == 512 * 300 * 4  # one micro-batch of f32 logits
        assert local.total == info.file_size + local.kv_cache + local.compute


def test_unknown_shapes_agree_too(tmp_path):
    """Neither side knows the KV cache or the trained length: both leave the KV cache out and
    assume Gemma's vocabulary for the compute buffer."""
    bare = [kv for kv in minimal_kvs() if "head_count" not in kv[0] and "context_length" not in kv[0]]
    info = read_gguf_info(write_gguf(tmp_path / "bare.gguf", bare))
    local = estimate_for_file(info, 4096)
    assert local == estimate_fit(info.file_size, None, 4096, Machine(16 * GiB, 16 * GiB)).memory
    assert local.kv_cache is None and local.context_length == 4096
    assert local.total == info.file_size + 512 * GEMMA_VOCAB * 4


def test_the_catalogue_shape_of_the_starter_matches_its_header(starter_gguf):
    """The hub's badge for the starter's repository and the library's estimate for the downloaded
    file are the same number at every context."""
    info = read_gguf_info(starter_gguf)
    shape = next(e.shape for e in load_catalogue() if e.parameters == "270M")
    for n_ctx in CONTEXTS:
        assert estimate_for_shape(info.file_size, shape, n_ctx) == estimate_for_file(info, n_ctx), n_ctx
