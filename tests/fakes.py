"""Stand-ins for the outside world in fast tests. The real things are tested elsewhere."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app.core.base.settings import SamplingParams
from app.core.history.conversation import GenerationStats
from app.core.inference.engine import GenerationResult, LoadOptions, LoadReport, ModelLoadError
from app.core.inference.prompting import ChatMessage, FittedPrompt, choose_format, fit_to_context


class ScriptedEngine:
    """An Engine that 'generates' a fixed list of tokens, honouring the stop flag between them."""

    def __init__(
        self,
        tokens: Sequence[str] = ("Hello", " there", "!", " **bold**", " and", " `code`."),
        delay_s: float = 0.0,
        fail_load: str | None = None,
        prefill: tuple[int, int] = (0, 0),
    ):
        self.tokens = list(tokens)
        # (prompt tokens to read, chunk): progress reported to on_prefill before the first token;
        # after the first chunk it waits for prefill_gate (when set) so a test can look.
        self.prefill = prefill
        self.prefill_gate: threading.Event | None = None
        self.delay_s = delay_s
        self.fail_load = fail_load
        self.prompts: list[str] = []
        self.loaded: Path | None = None
        self.n_ctx = 4096
        self.fit_checks = 0  # how often the window asked whether a message fits

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport:
        if self.fail_load:
            raise ModelLoadError(self.fail_load)
        self.loaded = Path(path)
        self.n_ctx = options.n_ctx
        return LoadReport(
            Path(path), "gemma3", "gemma turns (gemma3)", options.n_ctx, 32768, options.n_gpu_layers, False, 0, 18, 0.01
        )

    def unload(self) -> None:
        self.loaded = None

    def fit(
        self,
        history: Sequence[ChatMessage],
        system_prompt: str | None,
        sampling: SamplingParams,
        overflow_policy: str = "stop",
    ) -> FittedPrompt:
        """The real context fitting, counting one token per word (fewer than the real tokenizer)."""
        self.fit_checks += 1
        reserve = min(sampling.max_tokens, max(16, self.n_ctx // 4))  # as the real engine reserves
        return fit_to_context(
            choose_format({"general.architecture": "gemma3"}),
            history,
            system_prompt,
            context_length=self.n_ctx,
            reserve_tokens=reserve,
            count_tokens=lambda text: len(text.split()),
            policy=overflow_policy,
        )

    def forget_conversation(self, conversation_id: str) -> int:
        return 0  # it keeps no KV cache

    def generate(
        self,
        history: Sequence[ChatMessage],
        system_prompt: str | None,
        sampling: SamplingParams,
        on_text: Callable[[str], None],
        should_stop: Callable[[], bool],
        overflow_policy: str = "stop",
        *,
        conversation_id: str | None = None,
        on_prefill: Callable[[int, int], None] | None = None,
    ) -> GenerationResult:
        if on_prefill is not None and not self._read_prompt(on_prefill, should_stop):
            stats = GenerationStats(finish_reason="stopped", sampling=sampling.to_dict())
            return GenerationResult("", "stopped", stats)
        self.prompts.append(choose_format({"general.architecture": "gemma3"}).render(history, system_prompt))
        pieces, reason = [], "stop"
        for token in self.tokens:
            if should_stop():
                reason = "stopped"
                break
            time.sleep(self.delay_s)
            pieces.append(token)
            on_text(token)
        text = "".join(pieces)
        stats = GenerationStats(
            time_to_first_token_s=0.01,
            tokens_per_second=100.0,
            prompt_tokens=10,
            completion_tokens=len(pieces),
            model_file="scripted.gguf",
            seed=1,
            finish_reason=reason,
            sampling=sampling.to_dict(),
        )
        return GenerationResult(text, reason, stats)

    def _read_prompt(self, on_prefill: Callable[[int, int], None], should_stop: Callable[[], bool]) -> bool:
        """Report reading ``prefill[0]`` tokens in chunks; False when stopped meanwhile."""
        total, chunk = self.prefill
        if total <= 0:
            return True
        done = 0
        on_prefill(0, total)
        while done < total:
            if should_stop():
                return False
            done = min(total, done + chunk)
            on_prefill(done, total)
            if done == chunk and self.prefill_gate is not None:
                self.prefill_gate.wait(20)
        return True


class HashEmbedder:
    """Stands in for an embedding model where the plumbing is under test: a deterministic bag of
    hashed words, normalised (the real GGUF embedder has its own tests)."""

    model_id = "hash:1"

    def embed(self, texts):
        import numpy as np

        out = []
        for text in texts:
            vector = np.zeros(64, dtype=np.float32)
            for word in text.lower().split():
                vector[hash(word.strip(".,?()")) % 64] += 1
            out.append((vector / (np.linalg.norm(vector) or 1)).tolist())
        return out
