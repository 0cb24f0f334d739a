"""The engine's interface, as the window, the CLI and the tests see it: :class:`Engine` (a second
implementation, a remote server, implements the same), the options a load takes, what a
generation returns, and the errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..base.settings import SamplingParams
from ..history.conversation import GenerationStats
from .load_report import LoadReport
from .prompting import ChatMessage, FittedPrompt
from .thread_tuning import ThreadTuner


class EngineError(Exception):
    """Something the user must hear about, in one readable sentence."""


class ModelLoadError(EngineError):
    pass


class GenerationStopped(Exception):
    """Raised internally when the user stopped a generation during prompt processing."""


@dataclass(frozen=True)
class GenerationResult:
    text: str
    finish_reason: str  # "stop" (end of turn), "length" (max tokens), "stopped" (the user)
    stats: GenerationStats
    dropped_messages: int = 0
    dropped_indices: tuple[int, ...] = ()  # positions in the given history left out by "drop_oldest"
    context_tokens: int = 0  # prompt + reply: how full the context is now (for the meter)
    context_length: int = 0
    restored_tokens: int = 0  # prompt tokens read back from a saved KV state instead of evaluated


@dataclass
class LoadOptions:
    n_ctx: int = 4096
    n_gpu_layers: int = -1
    n_threads: int = 0  # 0: the usable physical cores (cpu_threads.choose_threads), tuned when a tuner is given
    extra: dict = field(default_factory=dict)
    tuner: ThreadTuner | None = None  # measures the generation threads once per machine and model

    @classmethod
    def from_settings(cls, settings, tuner: ThreadTuner | None = None) -> LoadOptions:
        """The options every caller (window, CLI, doctor) loads the user's models with."""
        return cls(settings.context_length, settings.n_gpu_layers, settings.threads, tuner=tuner)


class Engine(Protocol):
    """What the inference worker needs; ScriptedEngine in the tests implements it too."""

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport: ...

    def unload(self) -> None: ...

    def fit(
        self,
        history: Sequence[ChatMessage],
        system_prompt: str | None,
        sampling: SamplingParams,
        overflow_policy: str = "stop",
    ) -> FittedPrompt: ...

    def forget_conversation(self, conversation_id: str) -> int: ...

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
        on_prefill: Callable[[int, int], None] | None = None,  # (read, to read) while the prompt is read
    ) -> GenerationResult: ...
