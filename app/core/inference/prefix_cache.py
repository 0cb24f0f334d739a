"""Prefix reuse: what llama.cpp's KV cache holds, so the next prompt evaluates only its new tokens.

The engine remembers the exact tokens in the cache *and the text they spell* (:class:`CachedContext`);
when the next prompt's text starts with that text, its tokens are built as "cached tokens + the new
suffix", so the model's own reply tokens are reused even where re-tokenizing the text would split
it differently. Trailing whitespace the chat format trims from a reply is cut from the cache too,
so the next turn extends it exactly. :class:`PrefixReuse` is a part of
:class:`~app.core.inference.engine.LlamaCppEngine` (it works on the engine's loaded ``Llama``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from .llama_runtime import clear_memory, drop_after, oldest_position, sliding_window

log = logging.getLogger(__name__)


@dataclass
class CachedContext:
    """What llama.cpp's KV cache holds: its tokens (BOS first) and, when known, the prompt text
    they spell (without the BOS). A text of None means "only the tokens are known" (after an
    aborted prefill, or when someone used the ``Llama`` directly); reuse then falls back to
    comparing tokens."""

    tokens: list[int]
    text: str | None
    conversation_id: str | None = None


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class PrefixReuse:
    """The engine's record of its KV cache (``_context``) and the operations that keep it exact."""

    # Set by the engine: ``_llm`` (the loaded Llama), ``_context`` (a CachedContext or None) and
    # ``_conversation_id``; it provides ``tokenize``.

    # -- what the KV cache holds
    def _live_context(self) -> CachedContext:
        """The remembered context, checked against llama-cpp-python's own token list."""
        llm = self._llm
        n = llm.n_tokens
        context = self._context
        if context is not None and len(context.tokens) == n and llm.input_ids[:n].tolist() == context.tokens:
            return context
        # The Llama was used directly (a benchmark) or a prefill was aborted: trust its tokens.
        self._context = CachedContext(
            llm.input_ids[:n].tolist(), None if n else "", self._conversation_id if n else None
        )
        return self._context

    def _remember(self, prompt_text: str, prompt_tokens: list[int], reply: str, conversation_id: str | None) -> None:
        """Record what the cache holds after a reply, trimmed to what the next prompt will repeat.

        Chat formats trim a reply's surrounding whitespace when they render it in the history
        (Gemma's templates do), so generated tokens past the trimmed reply are dropped from the
        cache: the next turn then extends the cache exactly instead of diverging in the last line.
        """
        llm = self._llm
        n = llm.n_tokens
        held = llm.input_ids[:n].tolist()
        p = len(prompt_tokens)
        self._conversation_id = conversation_id
        if n < p or held[:p] != prompt_tokens:  # stopped during the prefill
            self._context = CachedContext(held, None, conversation_id)
            return
        keep, reply_text = self._reply_prefix(held[p:], reply.strip())
        if p + keep < n and not self._truncate(p + keep):
            self._context = CachedContext(held, None, conversation_id)
            return
        self._context = CachedContext(held[: p + keep], prompt_text + reply_text, conversation_id)

    def _reply_prefix(self, generated: list[int], rendered_reply: str) -> tuple[int, str]:
        """How many generated tokens spell a prefix of the reply as the history will render it."""
        target = rendered_reply.encode("utf-8")
        spelled, keep, text = b"", 0, ""
        for index, token in enumerate(generated):
            spelled += self._llm.detokenize([token], special=True)
            if not target.startswith(spelled):
                break
            try:
                text, keep = spelled.decode("utf-8"), index + 1
            except UnicodeDecodeError:  # in the middle of a character: keep going
                continue
        return keep, text

    def _truncate(self, n_tokens: int) -> bool:
        """Drop everything after ``n_tokens`` from the KV cache."""
        if not drop_after(self._llm.ctx, n_tokens):
            return False
        self._llm.n_tokens = n_tokens
        if hasattr(self._llm, "_requires_eval"):
            self._llm._requires_eval = True  # the logits belong to a later position now
        return True

    def _forget_unreachable_prefix(self, tokens: list[int]) -> None:
        """Clear the cache when llama-cpp-python would roll it back to a point it cannot resume from.

        A restored state holds sliding-window layers (most of Gemma's) only for the last window of
        positions: llama.cpp saves no more. Continuing after it is exact, but rolling back further
        (regenerating an older reply, editing an early message) would leave those layers without
        the window the next token needs, and the reply would be silently wrong. Live contexts keep
        every position (swa_full), so this only triggers after a restore.
        """
        llm = self._llm
        n = llm.n_tokens
        if not n:
            return
        common = common_prefix(llm.input_ids[:n].tolist(), tokens)
        resume_at = common - 1 if common == len(tokens) else common  # llama-cpp-python's own rule
        if resume_at >= n:
            return  # a pure extension
        oldest = oldest_position(llm.ctx)
        window = sliding_window(llm.model) if oldest > 0 else 0
        # A token at position p attends to positions above p - window: they must all be there.
        if oldest > 0 and (not window or resume_at - window + 1 < oldest):
            log.info("the cache holds positions from %d only; re-reading the prompt from the start", oldest)
            self.clear_cache()

    def _reusable(self, context: CachedContext, text: str) -> int:
        """How many cached tokens a prompt with this text would keep."""
        if not context.tokens:
            return 0
        if context.text is not None and text.startswith(context.text):
            return len(context.tokens)
        return common_prefix(context.tokens, self.tokenize(text))

    def clear_cache(self) -> None:
        """Forget the KV cache. Rarely needed: a prompt that shares only part of the cached tokens
        reuses that part and overwrites the rest."""
        if self._llm is None:
            return
        clear_memory(self._llm.ctx)
        self._llm.reset()
        self._context = None
        self._conversation_id = None
