"""How much memory a model takes once loaded: the one estimate behind the hub's fit badges, the
check before a load, ``hearth models info`` and the window's model manager.

Memory is about weights + KV cache + compute buffer:

* weights: the file size (llama.cpp uses the tensors as the file stores them);
* KV cache: f16 keys and values for every layer at the context length (after the clamp of
  :mod:`context_window`); with ``swa_full``, which Hearth keeps on for Gemma's sliding-window
  layers, every layer holds the whole context;
* compute buffer: dominated by the logits of one micro-batch over the vocabulary, n_ubatch x
  vocabulary x 4 bytes (512 MiB for Gemma's 262,144 tokens at the engine's 512).

A model's shape comes from its GGUF header (a file in the library) or from the curated catalogue
(a file on the hub); both go through :func:`estimate_memory`, so a file shows the same estimate
before and after it is downloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .context_window import effective_context_length

if TYPE_CHECKING:  # both import this module
    from .catalogue import ModelShape
    from .gguf_info import GGUFInfo

GEMMA_VOCAB = 262_144  # Gemma 3/3n/4 share this vocabulary; assumed when a model does not say
DEFAULT_UBATCH = 512  # the micro-batch the engine loads with (model_loading); sizes the compute buffer
_KV_BYTES = 2  # f16, llama.cpp's default cache type
_LOGIT_BYTES = 4  # f32


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    kv_cache: int | None  # None when the model's shape is unknown (then not counted in the total)
    compute: int
    context_length: int  # the context it was estimated for, after the clamp to the trained length

    @property
    def total(self) -> int:
        return self.weights + (self.kv_cache or 0) + self.compute


def kv_cache_bytes_per_token(kv_heads: int, key_length: int, value_length: int) -> int:
    """The KV cache one token takes; ``kv_heads`` is summed over all layers."""
    return kv_heads * (key_length + value_length) * _KV_BYTES


def estimate_memory(
    weights: int,
    kv_bytes_per_token: int | None,
    vocab: int | None,
    n_ctx: int,
    trained_context: int | None,
    n_ubatch: int = DEFAULT_UBATCH,
) -> MemoryEstimate:
    """The estimate for a model of this shape asked to run at ``n_ctx`` tokens."""
    context = effective_context_length(n_ctx, trained_context)
    kv = kv_bytes_per_token * context if kv_bytes_per_token is not None else None
    compute = n_ubatch * (vocab or GEMMA_VOCAB) * _LOGIT_BYTES
    return MemoryEstimate(weights, kv, compute, context)


def estimate_for_file(info: GGUFInfo, n_ctx: int, n_ubatch: int = DEFAULT_UBATCH) -> MemoryEstimate:
    """A local model, from its GGUF header."""
    return estimate_memory(
        info.file_size, info.kv_bytes_per_token(), info.vocab_size, n_ctx, info.context_length, n_ubatch
    )


def estimate_for_shape(
    file_size: int, shape: ModelShape | None, n_ctx: int, n_ubatch: int = DEFAULT_UBATCH
) -> MemoryEstimate:
    """A file on the hub, from its catalogue shape (None: KV cache unknown)."""
    if shape is None:
        return estimate_memory(file_size, None, None, n_ctx, None, n_ubatch)
    return estimate_memory(file_size, shape.kv_bytes_per_token(), shape.vocab, n_ctx, shape.context_length, n_ubatch)
