"""The context length a model is given: one rule for loading, ``hearth models info``, the window's
model manager and the memory estimate, so they never show different numbers for one model."""

from __future__ import annotations

DEFAULT_CONTEXT_LENGTH = 4096  # when neither the request nor the model's header says


def effective_context_length(requested: int, trained: int | None) -> int:
    """What was asked for, never more than the model was trained for.

    Beyond its trained length a model's replies fall apart, and the larger KV cache only costs
    memory. ``requested`` of 0 or less asks for the model's own length (or the default when the
    header does not say); a header without a trained length leaves the request as it is.
    """
    if requested <= 0:
        return trained or DEFAULT_CONTEXT_LENGTH
    return min(requested, trained) if trained else requested
