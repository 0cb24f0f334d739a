"""Inference with llama.cpp: the only module that imports ``llama_cpp``.

One :class:`LlamaCppEngine` holds one ``Llama`` and must be used from a single thread (the
inference worker). It formats prompts with :mod:`prompting` (never llama-cpp-python's guessed chat
format), keeps the model loaded across turns so llama.cpp reuses the common token prefix, stops
within one token (also during prompt processing, through llama.cpp's abort callback), and routes
llama.cpp's own log into Python logging instead of stderr.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol, Sequence

from .conversation import GenerationStats
from .gguf_info import GGUFError, GGUFInfo, estimate_memory_bytes, read_gguf_info
from .prompting import ChatFormat, ChatMessage, FittedPrompt, choose_format, fit_to_context
from .settings import SamplingParams
from .system import available_memory_bytes, format_bytes

log = logging.getLogger(__name__)
llama_log = logging.getLogger("hearth.llama_cpp")

try:  # The import itself can fail on a broken install; report it when a model is loaded.
    import llama_cpp

    _IMPORT_ERROR: Exception | None = None
except Exception as exc:  # pragma: no cover - depends on the install
    llama_cpp = None  # type: ignore[assignment]
    _IMPORT_ERROR = exc

_OFFLOAD_RE = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")
_LEVELS = {0: logging.DEBUG, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}  # ggml_log_level


class EngineError(Exception):
    """Something the user must hear about, in one readable sentence."""


class ModelLoadError(EngineError):
    pass


class GenerationStopped(Exception):
    """Raised internally when the user stopped a generation during prompt processing."""


# ------------------------------------------------------------------ logging
class _LlamaLogRouter:
    """Sends llama.cpp's log lines to Python logging and remembers the interesting ones."""

    def __init__(self) -> None:
        self._buffer = ""
        self._level = logging.INFO
        self.recent: list[str] = []
        self._callback = None

    def install(self) -> None:
        if llama_cpp is None or self._callback is not None:
            return

        @llama_cpp.llama_log_callback
        def callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            self._receive(level, text)

        self._callback = callback  # keep a reference: ctypes does not
        llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))

    def _receive(self, level: int, text: bytes) -> None:
        if level != 5:  # 5 continues the previous line at its level
            self._level = _LEVELS.get(level, logging.DEBUG)
        self._buffer += text.decode("utf-8", errors="replace")
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            if line.strip():
                self.recent.append(line)
                del self.recent[:-400]
                llama_log.log(self._level if self._level >= logging.WARNING else logging.DEBUG, "%s", line)


_router = _LlamaLogRouter()


def llama_cpp_version() -> str:
    return getattr(llama_cpp, "__version__", "not installed")


def gpu_offload_supported() -> bool:
    if llama_cpp is None:
        return False
    try:
        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # noqa: BLE001 - very old builds lack the call
        return False


def system_info() -> str:
    if llama_cpp is None:
        return f"llama-cpp-python unavailable: {_IMPORT_ERROR}"
    return llama_cpp.llama_print_system_info().decode("utf-8", errors="replace").strip()


# ------------------------------------------------------------------- results
@dataclass(frozen=True)
class LoadReport:
    path: Path
    architecture: str
    chat_format: str
    context_length: int
    trained_context_length: int | None
    gpu_layers_requested: int
    gpu_offload_supported: bool
    layers_offloaded: int | None
    layers_total: int | None
    load_seconds: float
    warnings: tuple[str, ...] = ()

    @property
    def backend(self) -> str:
        if not self.layers_offloaded:
            return "CPU only"
        return f"GPU ({self.layers_offloaded}/{self.layers_total} layers)"


@dataclass(frozen=True)
class GenerationResult:
    text: str
    finish_reason: str  # "stop" (end of turn), "length" (max tokens), "stopped" (the user)
    stats: GenerationStats
    dropped_messages: int = 0


@dataclass
class LoadOptions:
    n_ctx: int = 4096
    n_gpu_layers: int = -1
    n_threads: int = 0
    extra: dict = field(default_factory=dict)


class Engine(Protocol):
    """What the inference worker needs; ScriptedEngine in the tests implements it too."""

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport: ...

    def unload(self) -> None: ...

    def generate(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
                 on_text: Callable[[str], None], should_stop: Callable[[], bool],
                 overflow_policy: str = "stop") -> GenerationResult: ...


# -------------------------------------------------------------------- engine
class LlamaCppEngine:
    """One llama.cpp model, used from one thread."""

    def __init__(self) -> None:
        self._llm = None
        self._format: ChatFormat | None = None
        self._info: GGUFInfo | None = None
        self._sha256 = ""
        self.report: LoadReport | None = None
        self._abort_flag: Callable[[], bool] = lambda: False
        self._abort_callback = None

    # -- loading
    @property
    def is_loaded(self) -> bool:
        return self._llm is not None

    @property
    def llama(self):
        """The underlying ``llama_cpp.Llama`` (benchmarks and KV-state code use it)."""
        return self._llm

    @property
    def chat_format(self) -> ChatFormat | None:
        return self._format

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport:
        if llama_cpp is None:
            raise ModelLoadError(f"llama-cpp-python is not usable in this install: {_IMPORT_ERROR}")
        path = Path(path)
        info = _check_model_file(path)
        n_ctx = _choose_context(options.n_ctx, info.context_length)
        warnings = _memory_warnings(info, n_ctx)
        self.unload()
        _router.install()
        offload = gpu_offload_supported()
        requested = options.n_gpu_layers
        if requested > 0 and not offload:  # -1 is "auto": all layers when the build can, else quietly CPU
            warnings.append(
                "GPU offload was requested, but this llama-cpp-python build has none; running on the CPU. "
                "Reinstall with CMAKE_ARGS=-DGGML_CUDA=on (or -DGGML_VULKAN=on / -DGGML_METAL=on)."
            )
        start = time.perf_counter()
        llm, used_layers = self._load_with_fallback(path, n_ctx, requested if offload else 0, options, warnings)
        self._llm, self._info, self._sha256 = llm, info, model_sha256
        self._format = choose_format(info.metadata)
        offloaded, total = _offload_from_log(_router.recent)
        if used_layers == 0:
            offloaded = 0
        self.report = LoadReport(
            path=path, architecture=info.architecture, chat_format=self._format.name, context_length=n_ctx,
            trained_context_length=info.context_length, gpu_layers_requested=requested,
            gpu_offload_supported=offload, layers_offloaded=offloaded, layers_total=total or info.block_count,
            load_seconds=time.perf_counter() - start, warnings=tuple(warnings),
        )
        for warning in warnings:
            log.warning("%s", warning)
        log.info("loaded %s (%s, %s, ctx %d) in %.1f s", path.name, info.architecture, self.report.backend,
                 n_ctx, self.report.load_seconds)
        return self.report

    def _load_with_fallback(self, path: Path, n_ctx: int, layers: int, options: LoadOptions,
                            warnings: list[str]):
        """Try the requested GPU layers, then half, then the CPU, saying what happened."""
        attempts = [layers] if layers == 0 else [layers, max(1, (self._layers_hint(path) or 2) // 2), 0]
        last_error: Exception | None = None
        for attempt in dict.fromkeys(attempts):
            try:
                return self._construct(path, n_ctx, attempt, options), attempt
            except (ValueError, RuntimeError, OSError) as exc:
                last_error = exc
                if attempt != 0:
                    warnings.append(f"loading with {attempt if attempt >= 0 else 'all'} GPU layers failed ({exc}); "
                                    "retrying with fewer")
        reason = _load_failure_reason(path, last_error)
        raise ModelLoadError(reason) from last_error

    @staticmethod
    def _layers_hint(path: Path) -> int | None:
        try:
            return read_gguf_info(path).block_count
        except GGUFError:
            return None

    @staticmethod
    def _construct(path: Path, n_ctx: int, layers: int, options: LoadOptions):
        kwargs = dict(model_path=str(path), n_ctx=n_ctx, n_gpu_layers=layers, verbose=True)
        if options.n_threads:
            kwargs.update(n_threads=options.n_threads, n_threads_batch=options.n_threads)
        if layers != 0:
            kwargs["flash_attn"] = True
        kwargs.update(options.extra)
        captured = io.StringIO()
        # verbose=True keeps llama-cpp-python from dup2-ing the whole process's stdout/stderr to
        # /dev/null; its few Python prints during load are captured here and logged instead.
        with contextlib.redirect_stderr(captured):
            llm = llama_cpp.Llama(**kwargs)
        llm.verbose = False  # no per-call prints to stderr; llama.cpp's own log goes through _router
        for line in captured.getvalue().splitlines():
            if line.strip():
                llama_log.debug("%s", line[:2000])
        return llm

    def unload(self) -> None:
        if self._llm is not None:
            with contextlib.suppress(Exception):
                self._llm.close()
        self._llm = None
        self.report = None

    # -- tokens
    def tokenize(self, text: str) -> list[int]:
        self._require_loaded()
        return self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text))

    def fit(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
            overflow_policy: str = "stop") -> FittedPrompt:
        """The prompt for ``history`` fitted into the context (raises ContextOverflowError)."""
        self._require_loaded()
        n_ctx = self._llm.n_ctx()
        return fit_to_context(
            self._format, history, system_prompt, context_length=n_ctx,
            reserve_tokens=min(sampling.max_tokens, max(16, n_ctx // 4)),
            count_tokens=self.count_tokens, policy=overflow_policy,
        )

    # -- generation
    def generate(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
                 on_text: Callable[[str], None], should_stop: Callable[[], bool],
                 overflow_policy: str = "stop") -> GenerationResult:
        fitted = self.fit(history, system_prompt, sampling, overflow_policy)
        tokens = self.tokenize(fitted.text)
        seed = sampling.seed if sampling.seed >= 0 else secrets.randbelow(2**31 - 1)
        max_tokens = max(1, min(sampling.max_tokens, self._llm.n_ctx() - len(tokens)))
        pieces: list[str] = []
        finish_reason, first_token_at = "stop", None
        start = time.perf_counter()
        self._reset_perf()
        self._arm_abort(should_stop)
        stream = self._llm.create_completion(
            tokens, stream=True, max_tokens=max_tokens, temperature=sampling.temperature, top_p=sampling.top_p,
            top_k=sampling.top_k, min_p=sampling.min_p, repeat_penalty=sampling.repeat_penalty, seed=seed,
            stop=list(self._format.stop),
        )
        try:
            for chunk in stream:
                if first_token_at is None:
                    first_token_at = time.perf_counter()
                    self._disarm_abort()  # the callback costs time per graph node; only prefill needs it
                choice = chunk["choices"][0]
                if choice.get("text"):
                    pieces.append(choice["text"])
                    on_text(choice["text"])
                if choice.get("finish_reason"):
                    finish_reason = choice["finish_reason"]
                if should_stop():
                    finish_reason = "stopped"
                    break
        except RuntimeError as exc:
            if not should_stop():
                raise EngineError(f"llama.cpp failed while generating: {exc}") from exc
            finish_reason = "stopped"  # aborted during prompt processing
        finally:
            self._disarm_abort()
            with contextlib.suppress(Exception):
                stream.close()
        end = time.perf_counter()
        text = "".join(pieces)
        stats = self._stats(tokens, text, sampling, seed, finish_reason, start, first_token_at, end)
        return GenerationResult(text, finish_reason, stats, fitted.dropped)

    def _stats(self, tokens: list[int], text: str, sampling: SamplingParams, seed: int, finish_reason: str,
               start: float, first: float | None, end: float) -> GenerationStats:
        perf = self._perf()
        completion = (perf.n_eval + 1) if (perf is not None and text) else len(self._llm.tokenize(text.encode(), add_bos=False)) if text else 0
        gen_time = end - first if first is not None else 0.0
        return GenerationStats(
            time_to_first_token_s=None if first is None else round(first - start, 4),
            tokens_per_second=round((completion - 1) / gen_time, 2) if completion > 1 and gen_time > 0 else None,
            prompt_tokens=len(tokens),
            prompt_tokens_evaluated=perf.n_p_eval if perf is not None else len(tokens),
            completion_tokens=completion,
            model_file=self.report.path.name if self.report else "",
            model_sha256=self._sha256,
            sampling=sampling.to_dict(),
            seed=seed,
            finish_reason=finish_reason,
        )

    # -- llama.cpp plumbing
    def _reset_perf(self) -> None:
        with contextlib.suppress(Exception):
            llama_cpp.llama_perf_context_reset(self._llm.ctx)

    def _perf(self):
        try:
            return llama_cpp.llama_perf_context(self._llm.ctx)
        except Exception:  # noqa: BLE001 - older builds
            return None

    def _arm_abort(self, should_stop: Callable[[], bool]) -> None:
        self._abort_flag = should_stop
        if self._abort_callback is None:
            @llama_cpp.ggml_abort_callback
            def abort(_data) -> bool:
                return bool(self._abort_flag())

            self._abort_callback = abort  # keep a reference: llama.cpp holds only the pointer
        llama_cpp.llama_set_abort_callback(self._llm.ctx, self._abort_callback, None)

    def _disarm_abort(self) -> None:
        if self._llm is not None:
            llama_cpp.llama_set_abort_callback(self._llm.ctx, llama_cpp.ggml_abort_callback(0), None)

    def clear_cache(self) -> None:
        """Forget the KV cache (when switching to an unrelated conversation)."""
        if self._llm is None:
            return
        with contextlib.suppress(Exception):
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(self._llm.ctx), True)
        self._llm.reset()

    def _require_loaded(self) -> None:
        if self._llm is None:
            raise EngineError("no model is loaded")


# ------------------------------------------------------------------ helpers
def _check_model_file(path: Path) -> GGUFInfo:
    if not path.exists():
        raise ModelLoadError(f"model file not found: {path}")
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        raise ModelLoadError(f"{path.name} is not a usable model: {exc}") from exc
    if info.is_truncated:
        raise ModelLoadError(
            f"{path.name} is incomplete: {format_bytes(info.file_size)} of {format_bytes(info.expected_size)} "
            "(an interrupted download?); download or import it again"
        )
    return info


def _choose_context(requested: int, trained: int | None) -> int:
    if requested <= 0:
        return trained or 4096
    return min(requested, trained) if trained else requested


def _memory_warnings(info: GGUFInfo, n_ctx: int) -> list[str]:
    need = estimate_memory_bytes(info, n_ctx)
    available = available_memory_bytes()
    if available is not None and need > available:
        raise ModelLoadError(
            f"{info.path.name} needs about {format_bytes(need)} at a {n_ctx}-token context, but only "
            f"{format_bytes(available)} of memory is free; choose a smaller quantization or context"
        )
    if available is not None and need > 0.8 * available:
        return [f"{info.path.name} needs about {format_bytes(need)}; only {format_bytes(available)} is free"]
    return []


def _offload_from_log(lines: list[str]) -> tuple[int | None, int | None]:
    for line in reversed(lines[-200:]):
        match = _OFFLOAD_RE.search(line)
        if match:
            return int(match.group(1)), int(match.group(2))
    return None, None


def _load_failure_reason(path: Path, error: Exception | None) -> str:
    recent = " ".join(_router.recent[-20:]).lower()
    if "unknown model architecture" in recent:
        arch = re.search(r"unknown model architecture: '([^']+)'", " ".join(_router.recent[-20:]))
        name = arch.group(1) if arch else "this"
        return f"{path.name}: the installed llama.cpp cannot run the '{name}' architecture; update llama-cpp-python"
    if "out of memory" in recent or "failed to allocate" in recent:
        return f"{path.name}: not enough memory to load this model; try a smaller quantization or context"
    return f"{path.name} could not be loaded: {error}"
