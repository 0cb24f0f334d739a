"""Saved KV states: a conversation's KV cache written to disk when the engine is about to throw it
away (another conversation takes the context, the model is unloaded, the app quits) and restored
when a prompt extends it again.

Every state is labelled with its conversation (a context of unknown origin is never saved
unasked), and ``forget_conversation`` drops a deleted conversation from memory and disk, so its
text is never written back later. :class:`KVStatePersistence` is a part of
:class:`~app.core.inference.engine.LlamaCppEngine`; the files themselves are
:class:`~app.core.inference.kv_cache.KVCache`'s.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from .kv_cache import KVCache, KVEntry, tokens_digest
from .llama_runtime import drop_after, read_sequence_state, write_sequence_state
from .prefix_cache import CachedContext, common_prefix

log = logging.getLogger(__name__)

# A context shorter than this is re-read in a few seconds at most: not worth a file when leaving it.
KV_AUTOSAVE_MIN_TOKENS = 64
# Restore a saved state only when it saves this many tokens of prefill over what is already cached.
KV_RESTORE_MIN_GAIN = 16


class KVStatePersistence:
    """Saving and restoring the engine's KV cache through its ``kv_cache`` (a KVCache or None)."""

    # -- saved KV states
    def save_state(self, cache: KVCache | None = None, conversation_id: str | None = None) -> bool:
        """Save what the KV cache holds now (call when the user leaves a conversation, and on quit).

        Returns True when a state was written (or was already saved). Uses the engine's own cache
        when ``cache`` is None; ``conversation_id`` labels the state for
        :meth:`KVCache.remove_conversation`.
        """
        cache = cache if cache is not None else self.kv_cache
        if self._llm is None or cache is None:
            return False
        context = self._live_context()
        if conversation_id is not None:
            context.conversation_id = conversation_id
        return self._save(cache, context)

    def save_conversation_state(self, conversation_id: str | None = None) -> bool:
        """The GUI's hook on switching conversations and quitting: :meth:`save_state` into the
        engine's own cache."""
        return self.save_state(None, conversation_id)

    def restore_state_for(
        self,
        prompt_tokens: Sequence[int] | None = None,
        cache: KVCache | None = None,
        *,
        prompt_text: str | None = None,
    ) -> int:
        """Load the longest saved state that the prompt extends, if it beats what is already cached.

        Give the prompt as tokens, as text (as generate() renders it), or both. Returns the number
        of tokens restored (0: nothing usable was saved; the cache is then left as it was).
        """
        self._require_loaded()
        cache = cache if cache is not None else self.kv_cache
        if cache is None or (prompt_tokens is None and prompt_text is None):
            return 0
        context = self._live_context()
        if prompt_text is not None:
            reusable = self._reusable(context, prompt_text)
        else:
            reusable = common_prefix(context.tokens, list(prompt_tokens))
        entry = cache.find(
            model_sha256=self._sha256, fingerprint=self._fingerprint, text=prompt_text, tokens=prompt_tokens
        )
        if entry is None or entry.n_tokens <= reusable:
            return 0
        return self._restore(entry, cache, prompt_text)

    def _prepare_context(self, text: str, cache: KVCache) -> int:
        """Before a prompt is evaluated: save the outgoing conversation if this prompt would
        overwrite most of it, and restore a saved state when that beats the live cache."""
        if not cache.enabled or not self._sha256:
            return 0
        context = self._live_context()
        reusable = self._reusable(context, text)
        leaving = reusable < len(context.tokens) // 2
        entry = None
        if leaving or len(context.tokens) < KV_AUTOSAVE_MIN_TOKENS:
            entry = cache.find(
                model_sha256=self._sha256, fingerprint=self._fingerprint, text=text, tokens=self.tokenize(text)
            )
        if entry is not None and entry.n_tokens < reusable + KV_RESTORE_MIN_GAIN:
            entry = None
        if leaving and (entry is None or entry.tokens_sha256 != tokens_digest(context.tokens)):
            self._autosave(cache, context)
        return self._restore(entry, cache, text) if entry is not None else 0

    def _autosave(self, cache: KVCache, context: CachedContext) -> bool:
        # Only a state labelled with its conversation is saved unasked: deleting the conversation
        # (or one of its messages) must be able to find and remove it.
        if len(context.tokens) < KV_AUTOSAVE_MIN_TOKENS or context.conversation_id is None:
            return False
        return self._save(cache, context)

    def forget_conversation(self, conversation_id: str) -> int:
        """The user deleted this conversation or some of its messages: drop every copy of its
        tokens the engine holds, so nothing writes the deleted text back to disk later.

        The live KV cache is cleared (without saving) when it holds this conversation, or tokens
        of unknown origin; the saved states of the conversation (and any unlabelled ones) are
        deleted. Call it on the engine's thread, after any job that could still save a state.
        Returns how many saved states were removed.
        """
        if self._llm is not None:
            live = self._live_context()
            if live.tokens and live.conversation_id in (conversation_id, None):
                self.clear_cache()
                log.info("cleared the KV cache of deleted conversation %s", conversation_id)
        if self.kv_cache is None:
            return 0
        removed = self.kv_cache.remove_conversation(conversation_id)
        if removed:
            log.info("removed %d saved KV state(s) of conversation %s", removed, conversation_id)
        return removed

    def _save(self, cache: KVCache, context: CachedContext) -> bool:
        if not cache.enabled or not context.tokens:
            return False
        if not self._sha256:
            log.info("not saving the KV state: the model's sha256 is unknown, so it could not be matched safely")
            return False
        ctx = self._llm.ctx
        drop_after(ctx, len(context.tokens))  # nothing past the known tokens may ride along in the blob
        blob = read_sequence_state(ctx)
        if blob is None:
            log.warning("llama.cpp returned no KV state to save")
            return False
        started = time.perf_counter()
        try:
            entry = cache.put(
                model_sha256=self._sha256,
                fingerprint=self._fingerprint,
                tokens=context.tokens,
                blob=blob,
                text=context.text,
                conversation_id=context.conversation_id,
            )
        except OSError as exc:
            log.warning("could not save the KV state: %s", exc)
            return False
        if entry is not None:
            log.info(
                "saved the KV state of %d tokens (%.1f MB) in %.2f s",
                len(context.tokens),
                len(blob) / 1e6,
                time.perf_counter() - started,
            )
        return entry is not None

    def _restore(self, entry: KVEntry, cache: KVCache, text: str | None) -> int:
        started = time.perf_counter()
        state = cache.load(entry)
        if state is None or len(state.tokens) >= self._llm.n_ctx():
            return 0
        self.clear_cache()
        if not write_sequence_state(self._llm.ctx, state.blob):
            log.warning("llama.cpp refused the saved KV state %s; evaluating the prompt instead", entry.path.name)
            self.clear_cache()
            return 0
        n = len(state.tokens)
        self._llm.input_ids[:n] = state.tokens
        self._llm.n_tokens = n
        if hasattr(self._llm, "_requires_eval"):
            self._llm._requires_eval = True  # no logits were restored: the next decode recomputes them
        known_text = text[: entry.text_chars] if entry.prefix_of_text(text) else None
        self._context = CachedContext(list(state.tokens), known_text, entry.conversation_id)
        self._conversation_id = entry.conversation_id
        log.info("restored %d tokens of KV state from %s in %.2f s", n, entry.path.name, time.perf_counter() - started)
        return n
