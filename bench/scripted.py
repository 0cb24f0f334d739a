"""A stand-in engine for the GUI benchmarks: streams a fixed Markdown reply at a fixed pace through
the real worker thread and signals, so only the GUI's own cost is measured."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app.core.base.settings import SamplingParams
from app.core.history.conversation import GenerationStats
from app.core.inference.engine import GenerationResult, LoadOptions, LoadReport
from app.core.inference.prompting import ChatMessage

_CODE = '''```python
def keeper_log(entries: list[str], limit: int = 10) -> dict[str, int]:
    """Count how often each event appears in the keeper's log."""
    counts: dict[str, int] = {}
    for entry in entries[:limit]:
        word = entry.split()[0].lower()
        counts[word] = counts.get(word, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
```'''


def markdown_reply(tokens: int = 2000) -> list[str]:
    """A long reply with headings, lists, inline code and many fenced code blocks, cut into
    word-sized pieces (about one token each)."""
    parts: list[str] = []
    section = 0
    while sum(len(re.findall(r"\s*\S+", p)) for p in parts) < tokens:
        section += 1
        parts.append(
            f"## Part {section}: the lamp room\n\n"
            "The keeper climbed the **hundred and twelve** steps, trimmed the wick and polished the lens. "
            "Each night the `beam` swept the bay while ships passed the *reef* safely.\n\n"
            "- check the oil level\n- wind the clockwork\n- write the `log` entry\n\n"
            f"{_CODE}\n\nAfter the storm the log showed {section * 3} entries; the function above counts them.\n\n"
        )
    pieces = re.findall(r"\s*\S+", "".join(parts))
    return pieces[:tokens]


class PacedEngine:
    """Implements the Engine protocol; emits ``tokens`` at ``rate`` tokens per second."""

    def __init__(self, tokens: Sequence[str], rate: float = 25.0):
        self.tokens = list(tokens)
        self.rate = rate

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport:
        return LoadReport(
            Path(path), "gemma3", "gemma turns (gemma3)", options.n_ctx, 32768, options.n_gpu_layers, False, 0, 18, 0.01
        )

    def unload(self) -> None:
        pass

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
        **_: object,
    ) -> GenerationResult:
        start = time.perf_counter()
        sent: list[str] = []
        for index, token in enumerate(self.tokens):
            delay = start + index / self.rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            if should_stop():
                break
            sent.append(token)
            on_text(token)
        text = "".join(sent)
        reason = "stop" if len(sent) == len(self.tokens) else "stopped"
        stats = GenerationStats(
            time_to_first_token_s=0.0,
            tokens_per_second=self.rate,
            prompt_tokens=10,
            prompt_tokens_evaluated=10,
            completion_tokens=len(sent),
            model_file="scripted.gguf",
            seed=1,
            finish_reason=reason,
            sampling=sampling.to_dict(),
        )
        return GenerationResult(text, reason, stats)
