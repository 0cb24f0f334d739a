"""Reading a prompt with progress: "Reading 1,840 tokens… 40%" instead of an empty bubble.

On a CPU, evaluating a long prompt's new tokens (the prefill) takes seconds before the first
reply token. :func:`evaluate_prompt` evaluates them itself, in chunks of llama.cpp's micro-batch
(``n_ubatch``), and reports ``(done, total)`` after each chunk; ``create_completion`` then finds
the whole prompt in the KV cache and samples at once (llama-cpp-python skips the evaluation when
the cached tokens equal the prompt and their logits come from a live decode).

Why micro-batch chunks: llama.cpp splits one large decode into ``n_ubatch`` pieces anyway, so
decoding the same pieces one call at a time computes exactly the same thing (the same greedy
reply) at the same speed, and gives a progress point per piece. Between chunks the stop flag is
asked; inside a chunk llama.cpp's abort callback (armed by the engine) stops it. A stop keeps the
chunks already read in the cache, so asking again continues where it stopped.

Used by :meth:`LlamaCppEngine.generate` only when a caller asks for progress (the window); the
CLI and the API server keep the single ``create_completion`` call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from .llama_runtime import drop_after
from .prefix_cache import common_prefix

log = logging.getLogger(__name__)

PrefillProgress = Callable[[int, int], None]  # (tokens read so far, tokens to read)


class PrefillStopped(RuntimeError):
    """The user stopped the reply while the prompt was being read. A RuntimeError, like
    llama.cpp's own abort inside a chunk, so the engine ends both the same way ("stopped")."""


def tokens_to_read(held: Sequence[int], prompt: Sequence[int]) -> int:
    """Where evaluation must start: after the cached tokens the prompt repeats.

    A prompt wholly inside the cache needs nothing here (llama-cpp-python replays its last token
    when the logits are stale), so the answer is then ``len(prompt)``.
    """
    return common_prefix(held, prompt)


def chunk_size(llm) -> int:
    """llama.cpp's micro-batch for this context (what one decode computes at a time)."""
    params = getattr(llm, "context_params", None)
    size = int(getattr(params, "n_ubatch", 0) or 0) or int(getattr(llm, "n_batch", 512))
    return max(1, min(size, int(getattr(llm, "n_batch", size))))


def evaluate_prompt(
    llm,
    prompt: Sequence[int],
    on_progress: PrefillProgress,
    should_stop: Callable[[], bool],
    chunk: int | None = None,
) -> int:
    """Evaluate ``prompt``'s tokens that the KV cache lacks, ``chunk`` tokens per decode, calling
    ``on_progress(done, total)`` first with 0 and then after each chunk (the last call has
    ``done == total``). Returns how many tokens were read.

    Raises :class:`PrefillStopped` when ``should_stop()`` turns true between chunks; llama.cpp's
    abort inside a chunk raises its own RuntimeError. Either way the chunks read stay cached.
    """
    prompt = list(prompt)
    held = llm.input_ids[: llm.n_tokens].tolist()
    start = tokens_to_read(held, prompt)
    total = len(prompt) - start
    if total <= 0:
        return 0
    if start < llm.n_tokens and not drop_after(llm.ctx, start):
        # This cache cannot drop a tail (llama-cpp-python then starts over too): read it all.
        log.info("the KV cache cannot be cut at %d tokens; reading the prompt from the start", start)
        llm.reset()
        drop_after(llm.ctx, 0)
        start, total = 0, len(prompt)
    llm.n_tokens = start
    step = chunk or chunk_size(llm)
    on_progress(0, total)
    done = 0
    while done < total:
        if should_stop():
            raise PrefillStopped("stopped while reading the prompt")
        piece = prompt[start + done : start + min(total, done + step)]
        llm.eval(piece)  # appends to input_ids and n_tokens; logits are those of the piece's last token
        done += len(piece)
        on_progress(done, total)
    return total
