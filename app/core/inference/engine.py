"""Inference with llama.cpp: the only module that imports ``llama_cpp``.

One :class:`LlamaCppEngine` holds one ``Llama`` and must be used from a single thread (the
inference worker). It formats prompts with :mod:`prompting` (never llama-cpp-python's guessed chat
format), stops within one token (also during prompt processing, through llama.cpp's abort
callback), and routes llama.cpp's own log into Python logging instead of stderr.

Prompt processing is the slow part on a CPU, so the engine works hard never to redo it:

* **Prefix reuse.** The model stays loaded and llama-cpp-python evaluates only the tokens after the
  longest common prefix with what its KV cache holds. The engine remembers the exact tokens in the
  cache *and the text they spell* (:class:`_Context`); when the next prompt's text starts with that
  text, its tokens are built as "cached tokens + the new suffix", so the model's own reply tokens
  are reused even where re-tokenizing the text would split it differently. Trailing whitespace the
  chat format trims from a reply is cut from the cache too, so the next turn extends it exactly.
* **Saved states.** With a :class:`~app.core.inference.kv_cache.KVCache`, the KV state of a conversation is
  written to disk when the engine is about to throw it away (another conversation takes the
  context, the model is unloaded, the app quits) and restored when a prompt extends it again.
  Every state is labelled with its conversation (a context of unknown origin is never saved
  unasked), and :meth:`LlamaCppEngine.forget_conversation` drops a deleted conversation from
  memory and disk, so its text is never written back later.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import io
import json
import logging
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence

from ..history.conversation import GenerationStats, Role
from .cpu_threads import ThreadChoice, choose_threads
from ..models.gguf_info import GGUFError, GGUFInfo, estimate_memory_bytes, read_gguf_info
from .kv_cache import KVCache, KVEntry, tokens_digest
from ..base.logs import log_exception
from .prompting import ChatFormat, ChatMessage, FittedPrompt, PromptError, choose_format, fit_to_context
from ..base.settings import SamplingParams
from ..base.system import available_memory_bytes, format_bytes
from .thread_tuning import ThreadTuner

log = logging.getLogger(__name__)
llama_log = logging.getLogger("hearth.llama_cpp")

_IMPORT_ERROR: Exception | None = None


def _llama():
    """``llama_cpp``, imported on first use: the import costs ~150 ms (numpy, the shared library)
    that the window's start-up should not wait for. A broken install gives None and the reason in
    ``_IMPORT_ERROR``, reported when a model is loaded."""
    global _IMPORT_ERROR
    module = globals().get("llama_cpp")
    if module is None and _IMPORT_ERROR is None:
        try:
            import llama_cpp as module
        except Exception as exc:  # pragma: no cover - depends on the install
            _IMPORT_ERROR, module = exc, None
        globals()["llama_cpp"] = module
    return module


def __getattr__(name: str):
    """``engine.llama_cpp`` for callers that check the install (self-test, doctor)."""
    if name == "llama_cpp":
        return _llama()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_OFFLOAD_RE = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")
_LAYER_DEVICE_RE = re.compile(r"layer\s+(\d+) assigned to device (\S+?),")
_BUFFER_RE = re.compile(r"(\S+)\s+(model|KV|compute|output) buffer size =\s*([\d.]+) MiB")
REINSTALL_HINT = (
    'reinstall llama-cpp-python with GPU support, e.g. CMAKE_ARGS="-DGGML_CUDA=on" pip install '
    "--force-reinstall --no-cache-dir llama-cpp-python (or -DGGML_VULKAN=on, -DGGML_HIP=on; "
    "-DGGML_METAL=on on a Mac)"
)
# A context shorter than this is re-read in a few seconds at most: not worth a file when leaving it.
KV_AUTOSAVE_MIN_TOKENS = 64
# Restore a saved state only when it saves this many tokens of prefill over what is already cached.
KV_RESTORE_MIN_GAIN = 16
_USE_ENGINE_CACHE = object()  # generate(kv_cache=...) default: the engine's own cache
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
        self._captures: list[list[str]] = []

    @contextlib.contextmanager
    def capture(self) -> Iterator[list[str]]:
        """Collect every line logged inside the block (a model load logs over a thousand)."""
        lines: list[str] = []
        self._captures.append(lines)
        try:
            yield lines
        finally:
            self._captures.remove(lines)

    def install(self) -> None:
        if _llama() is None or self._callback is not None:
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
                for lines in self._captures:
                    lines.append(line)
                llama_log.log(self._level if self._level >= logging.WARNING else logging.DEBUG, "%s", line)


_router = _LlamaLogRouter()


def llama_cpp_version() -> str:
    return getattr(_llama(), "__version__", "not installed")


def gpu_offload_supported() -> bool:
    if _llama() is None:
        return False
    try:
        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # noqa: BLE001 - very old builds lack the call
        return False


def system_info() -> str:
    if _llama() is None:
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
    # llama.cpp's buffers as it reported them: (device, kind, MiB), e.g. ("CPU", "KV", 72.0).
    buffers: tuple[tuple[str, str, float], ...] = ()
    devices: tuple[str, ...] = ()  # the devices llama.cpp placed layers on, e.g. ("CPU",) or ("CUDA0", "CPU")
    threads: ThreadChoice | None = None  # the CPU threads llama.cpp was given, and why

    @property
    def backend(self) -> str:
        """What actually runs the model, from llama.cpp's own log: never what was merely asked for."""
        if not self.gpu_offload_supported or not self.layers_offloaded:
            return "CPU only"
        gpus = ", ".join(d for d in self.devices if not d.upper().startswith("CPU")) or "GPU"
        return f"{gpus} ({self.layers_offloaded}/{self.layers_total} layers)"

    @property
    def memory_mib(self) -> float:
        return round(sum(size for _, _, size in self.buffers), 1)

    def memory_by_kind(self) -> dict[str, float]:
        """MiB per buffer kind ("model", "KV", "compute", "output"), all devices together."""
        totals: dict[str, float] = {}
        for _, kind, size in self.buffers:
            totals[kind] = round(totals.get(kind, 0.0) + size, 2)
        return totals

    def summary(self) -> str:
        """One line for the status bar and ``hearth doctor``."""
        parts = [self.backend, f"context {self.context_length}"]
        if self.threads is not None:
            parts.append(self.threads.describe())
        kinds = self.memory_by_kind()
        if kinds:
            parts.append("memory " + ", ".join(f"{kind} {size:.0f} MiB" for kind, size in kinds.items()))
        return " · ".join(parts)


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
    def from_settings(cls, settings, tuner: ThreadTuner | None = None) -> "LoadOptions":
        """The options every caller (window, CLI, doctor) loads the user's models with."""
        return cls(settings.context_length, settings.n_gpu_layers, settings.threads, tuner=tuner)


class Engine(Protocol):
    """What the inference worker needs; ScriptedEngine in the tests implements it too."""

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport: ...

    def unload(self) -> None: ...

    def fit(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
            overflow_policy: str = "stop") -> FittedPrompt: ...

    def forget_conversation(self, conversation_id: str) -> int: ...

    def generate(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
                 on_text: Callable[[str], None], should_stop: Callable[[], bool],
                 overflow_policy: str = "stop", *, conversation_id: str | None = None) -> GenerationResult: ...


# -------------------------------------------------------------------- engine
@dataclass
class _Context:
    """What llama.cpp's KV cache holds: its tokens (BOS first) and, when known, the prompt text
    they spell (without the BOS). A text of None means "only the tokens are known" (after an
    aborted prefill, or when someone used the ``Llama`` directly); reuse then falls back to
    comparing tokens."""

    tokens: list[int]
    text: str | None
    conversation_id: str | None = None


class LlamaCppEngine:
    """One llama.cpp model, used from one thread.

    ``kv_cache``: where conversations' KV states are saved when the engine leaves them and looked
    up when a prompt could continue one (None: prefix reuse in memory only).
    """

    # Where trial-load verdicts are remembered (None: the profile's library folder); tests point
    # it elsewhere so they never write into a real profile.
    trial_cache: Path | None = None

    def __init__(self, kv_cache: KVCache | None = None) -> None:
        self._llm = None
        self._format: ChatFormat | None = None
        self._info: GGUFInfo | None = None
        self._sha256 = ""
        self._fingerprint = ""
        self._context: _Context | None = None
        # The conversation whose tokens the KV cache holds, kept even when the context must be
        # rebuilt from llama's own token list: a state saved without it could never be deleted.
        self._conversation_id: str | None = None
        self.kv_cache = kv_cache
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

    @property
    def model_sha256(self) -> str:
        return self._sha256

    @property
    def kv_fingerprint(self) -> str:
        """Identifies every setting that changes the KV layout; saved states must match it."""
        return self._fingerprint

    @property
    def context_length(self) -> int:
        self._require_loaded()
        return self._llm.n_ctx()

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport:
        if _llama() is None:
            raise ModelLoadError(f"llama-cpp-python is not usable in this install: {_IMPORT_ERROR}")
        path = Path(path)
        info = _check_model_file(path)
        self._require_trial(path, model_sha256)  # before anything is unloaded: a refusal keeps the old model
        n_ctx = _choose_context(options.n_ctx, info.context_length)
        offload = gpu_offload_supported()
        # With offload the weights go to the GPU, so system RAM is not the limit: warn, never refuse.
        warnings = _memory_warnings(info, n_ctx, refuse=not (offload and options.n_gpu_layers != 0))
        self.unload()
        _router.install()
        requested = options.n_gpu_layers
        if requested > 0 and not offload:  # -1 is "auto": all layers when the build can, else quietly CPU
            warnings.append(f"GPU offload was requested, but this llama-cpp-python build has none; running on "
                            f"the CPU. To use the GPU, {REINSTALL_HINT}.")
        start = time.perf_counter()
        threads = choose_threads(options.n_threads)
        with _router.capture() as load_log:
            llm, used_layers = self._load_with_fallback(path, n_ctx, requested if offload else 0, options, warnings,
                                                        threads)
        if options.tuner is not None and options.n_threads == 0 and used_layers == 0:
            threads = _tune_threads(llm, threads, options.tuner, model_sha256 or _file_key(path))
        self._llm, self._info, self._sha256 = llm, info, model_sha256
        self._format = choose_format(info.metadata)
        if self._format.note:  # the model's chat template was set aside: the user must know why
            warnings.append(self._format.note)
        self._fingerprint = _kv_fingerprint(llm)
        self._context = None
        offloaded, total, devices = _offload_from_log(load_log)
        if used_layers == 0 or not offload:
            offloaded = 0
        self.report = LoadReport(
            path=path, architecture=info.architecture, chat_format=self._format.name, context_length=llm.n_ctx(),
            trained_context_length=info.context_length, gpu_layers_requested=requested,
            gpu_offload_supported=offload, layers_offloaded=offloaded, layers_total=total or info.block_count,
            load_seconds=time.perf_counter() - start, warnings=tuple(warnings),
            buffers=_buffers_from_log(load_log), devices=devices, threads=threads,
        )
        for warning in warnings:
            log.warning("%s", warning)
        log.info("loaded %s (%s) in %.1f s: %s", path.name, info.architecture, self.report.load_seconds,
                 self.report.summary())
        return self.report

    def _require_trial(self, path: Path, model_sha256: str) -> None:
        """Refuse a file that crashed llama.cpp in a trial load (a child process): loading it here
        would abort the whole app. Each file is tried once; see :mod:`trial_load`."""
        from ..models.trial_load import default_trial_cache, ensure_trial

        verdict = ensure_trial(path, self.trial_cache or default_trial_cache(), model_sha256 or None)
        if not verdict.usable:
            raise ModelLoadError(f"{path.name} cannot be used: {verdict.reason}")

    def _load_with_fallback(self, path: Path, n_ctx: int, layers: int, options: LoadOptions,
                            warnings: list[str], threads: ThreadChoice):
        """Try the requested GPU layers, then half, then the CPU, saying what happened."""
        attempts = [layers] if layers == 0 else [layers, max(1, (self._layers_hint(path) or 2) // 2), 0]
        last_error: Exception | None = None
        for attempt in dict.fromkeys(attempts):
            try:
                return self._construct(path, n_ctx, attempt, options, threads), attempt
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
    def _construct(path: Path, n_ctx: int, layers: int, options: LoadOptions, threads: ThreadChoice):
        # Prompt processing, measured (bench/RESULTS.md, "Threads, prompt speed and start-up"): flash
        # attention on the CPU too, and 2,048-token batches (fewer llama_decode calls) in 512-token
        # micro-batches (a larger n_ubatch was faster still, but the compute buffer grows with it:
        # gguf_info's estimate counts n_ubatch x vocabulary x 4 bytes, 2 GiB at 2,048 for Gemma).
        kwargs = dict(model_path=str(path), n_ctx=n_ctx, n_gpu_layers=layers, verbose=True,
                      n_threads=threads.generation, n_threads_batch=threads.batch,
                      n_batch=2048, n_ubatch=512, flash_attn=True)
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

    def unload(self, save_state: bool = True) -> None:
        """Close the model; with a KV cache, its current conversation is saved first (on quit and
        when another model is loaded), so coming back to it skips the prefill.

        Never raises: a cache or close problem must not block a quit, but it is logged."""
        if self._llm is not None:
            if save_state and self.kv_cache is not None:
                try:
                    self._autosave(self.kv_cache, self._live_context())
                except Exception as exc:  # noqa: BLE001
                    log_exception(log, "could not save the KV state while unloading", exc)
            try:
                self._llm.close()
            except Exception as exc:  # noqa: BLE001
                log_exception(log, "llama.cpp did not close the model cleanly", exc)
        self._llm = None
        self._context = None
        self._conversation_id = None
        self.report = None

    # -- tokens
    def tokenize(self, text: str) -> list[int]:
        self._require_loaded()
        return self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text))

    def prompt_tokens(self, text: str) -> list[int]:
        """The tokens generate() would send for this prompt text: the cached tokens when the text
        continues what the KV cache holds, plus the new part tokenized on its own."""
        self._require_loaded()
        context = self._live_context()
        if context.tokens and context.text is not None and text.startswith(context.text):
            return context.tokens + self._tokenize_piece(text[len(context.text):])
        return self.tokenize(text)

    def _tokenize_piece(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=True) if text else []

    def _count_prompt(self, text: str) -> int:
        return len(self.prompt_tokens(text))

    def fit(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
            overflow_policy: str = "stop") -> FittedPrompt:
        """The prompt for ``history`` fitted into the context (raises ContextOverflowError)."""
        self._require_loaded()
        n_ctx = self._llm.n_ctx()
        return fit_to_context(
            self._format, history, system_prompt, context_length=n_ctx,
            reserve_tokens=_reply_reserve(sampling, n_ctx), count_tokens=self._count_prompt, policy=overflow_policy,
        )

    def context_usage(self, history: Sequence[ChatMessage], system_prompt: str | None = None) -> tuple[int, int]:
        """(tokens the whole history needs as a prompt, context size): the context meter.

        Cheap when the history continues what the KV cache holds (only the new part is tokenized).
        Like everything else here, call it on the engine's thread.
        """
        self._require_loaded()
        n_ctx = self._llm.n_ctx()
        if not history and not (system_prompt or "").strip():
            return 0, n_ctx
        messages = list(history) or [ChatMessage(Role.USER, "")]
        try:
            text = self._format.render(messages, system_prompt)
        except PromptError:  # a template that refuses this history: estimate from the contents
            return sum(self.count_tokens(m.content) + 4 for m in messages), n_ctx
        return self._count_prompt(text), n_ctx

    # -- generation
    def generate(self, history: Sequence[ChatMessage], system_prompt: str | None, sampling: SamplingParams,
                 on_text: Callable[[str], None], should_stop: Callable[[], bool],
                 overflow_policy: str = "stop", *, kv_cache: KVCache | None | object = _USE_ENGINE_CACHE,
                 conversation_id: str | None = None) -> GenerationResult:
        """Stream a reply to ``history``.

        ``kv_cache`` (default: the engine's own) is consulted when the loaded context does not
        already hold this prompt's prefix, and receives the outgoing conversation's state before
        another one overwrites it. ``conversation_id`` labels saved states so they can be deleted
        with their conversation.
        """
        self._require_loaded()
        cache = self.kv_cache if kv_cache is _USE_ENGINE_CACHE else kv_cache
        fitted = self.fit(history, system_prompt, sampling, overflow_policy)
        restored = self._prepare_context(fitted.text, cache) if cache is not None else 0
        tokens = self.prompt_tokens(fitted.text)
        self._forget_unreachable_prefix(tokens)
        n_ctx = self._llm.n_ctx()
        seed = sampling.seed if sampling.seed >= 0 else secrets.randbelow(2**31 - 1)
        max_tokens = max(1, min(sampling.max_tokens, n_ctx - len(tokens)))
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
                self._context = None  # llama.cpp's state is unknown now; rebuild it from its tokens
                self._conversation_id = conversation_id  # ...but they still belong to this conversation
                raise EngineError(f"llama.cpp failed while generating: {exc}") from exc
            finish_reason = "stopped"  # aborted during prompt processing
        finally:
            self._disarm_abort()
            with contextlib.suppress(Exception):
                stream.close()
        end = time.perf_counter()
        text = "".join(pieces)
        stats = self._stats(tokens, text, sampling, seed, finish_reason, start, first_token_at, end)
        self._remember(fitted.text, tokens, text, conversation_id)
        return GenerationResult(
            text, finish_reason, stats, fitted.dropped, fitted.dropped_indices,
            context_tokens=stats.prompt_tokens + stats.completion_tokens, context_length=n_ctx,
            restored_tokens=restored,
        )

    def _stats(self, tokens: list[int], text: str, sampling: SamplingParams, seed: int, finish_reason: str,
               start: float, first: float | None, end: float) -> GenerationStats:
        # The KV cache now holds the prompt and every generated token but the last one sampled
        # (the end-of-turn token, or the one after which we stopped), so llama.cpp's own counters
        # split into prompt tokens evaluated and reply tokens without guessing.
        in_cache = max(0, self._llm.n_tokens - len(tokens))
        completion = in_cache + (1 if finish_reason != "stop" and (in_cache or text) else 0)
        perf = self._perf()
        if perf is not None:
            evaluated = min(len(tokens), max(0, perf.n_p_eval + perf.n_eval - in_cache))
        else:
            evaluated = len(tokens)
        gen_time = end - first if first is not None else 0.0
        return GenerationStats(
            time_to_first_token_s=None if first is None else round(first - start, 4),
            tokens_per_second=round((completion - 1) / gen_time, 2) if completion > 1 and gen_time > 0 else None,
            prompt_tokens=len(tokens),
            prompt_tokens_evaluated=evaluated,
            completion_tokens=completion,
            model_file=self.report.path.name if self.report else "",
            model_sha256=self._sha256,
            sampling=sampling.to_dict(),
            seed=seed,
            finish_reason=finish_reason,
        )

    # -- what the KV cache holds
    def _live_context(self) -> _Context:
        """The remembered context, checked against llama-cpp-python's own token list."""
        llm = self._llm
        n = llm.n_tokens
        context = self._context
        if context is not None and len(context.tokens) == n and llm.input_ids[:n].tolist() == context.tokens:
            return context
        # The Llama was used directly (a benchmark) or a prefill was aborted: trust its tokens.
        self._context = _Context(llm.input_ids[:n].tolist(), None if n else "", self._conversation_id if n else None)
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
            self._context = _Context(held, None, conversation_id)
            return
        keep, reply_text = self._reply_prefix(held[p:], reply.strip())
        if p + keep < n and not self._truncate(p + keep):
            self._context = _Context(held, None, conversation_id)
            return
        self._context = _Context(held[: p + keep], prompt_text + reply_text, conversation_id)

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
        memory = llama_cpp.llama_get_memory(self._llm.ctx)
        if not llama_cpp.llama_memory_seq_rm(memory, -1, n_tokens, -1):
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
        common = _common_prefix(llm.input_ids[:n].tolist(), tokens)
        resume_at = common - 1 if common == len(tokens) else common  # llama-cpp-python's own rule
        if resume_at >= n:
            return  # a pure extension
        oldest = llama_cpp.llama_memory_seq_pos_min(llama_cpp.llama_get_memory(llm.ctx), 0)
        window = llama_cpp.llama_model_n_swa(llm.model) if oldest > 0 else 0
        # A token at position p attends to positions above p - window: they must all be there.
        if oldest > 0 and (not window or resume_at - window + 1 < oldest):
            log.info("the cache holds positions from %d only; re-reading the prompt from the start", oldest)
            self.clear_cache()

    def _reusable(self, context: _Context, text: str) -> int:
        """How many cached tokens a prompt with this text would keep."""
        if not context.tokens:
            return 0
        if context.text is not None and text.startswith(context.text):
            return len(context.tokens)
        return _common_prefix(context.tokens, self.tokenize(text))

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

    def restore_state_for(self, prompt_tokens: Sequence[int] | None = None, cache: KVCache | None = None, *,
                          prompt_text: str | None = None) -> int:
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
            reusable = _common_prefix(context.tokens, list(prompt_tokens))
        entry = cache.find(model_sha256=self._sha256, fingerprint=self._fingerprint, text=prompt_text,
                           tokens=prompt_tokens)
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
            entry = cache.find(model_sha256=self._sha256, fingerprint=self._fingerprint, text=text,
                               tokens=self.tokenize(text))
        if entry is not None and entry.n_tokens < reusable + KV_RESTORE_MIN_GAIN:
            entry = None
        if leaving and (entry is None or entry.tokens_sha256 != tokens_digest(context.tokens)):
            self._autosave(cache, context)
        return self._restore(entry, cache, text) if entry is not None else 0

    def _autosave(self, cache: KVCache, context: _Context) -> bool:
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

    def _save(self, cache: KVCache, context: _Context) -> bool:
        if not cache.enabled or not context.tokens:
            return False
        if not self._sha256:
            log.info("not saving the KV state: the model's sha256 is unknown, so it could not be matched safely")
            return False
        ctx = self._llm.ctx
        # Nothing past the known tokens may ride along in the blob.
        llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(ctx), -1, len(context.tokens), -1)
        size = llama_cpp.llama_state_seq_get_size(ctx, 0)
        blob = bytearray(size)
        written = llama_cpp.llama_state_seq_get_data(ctx, (ctypes.c_uint8 * size).from_buffer(blob), size, 0)
        if not written:
            log.warning("llama.cpp returned no KV state to save")
            return False
        started = time.perf_counter()
        try:
            entry = cache.put(model_sha256=self._sha256, fingerprint=self._fingerprint, tokens=context.tokens,
                              blob=memoryview(blob)[:written], text=context.text,
                              conversation_id=context.conversation_id)
        except OSError as exc:
            log.warning("could not save the KV state: %s", exc)
            return False
        if entry is not None:
            log.info("saved the KV state of %d tokens (%.1f MB) in %.2f s", len(context.tokens), written / 1e6,
                     time.perf_counter() - started)
        return entry is not None

    def _restore(self, entry: KVEntry, cache: KVCache, text: str | None) -> int:
        started = time.perf_counter()
        state = cache.load(entry)
        if state is None or len(state.tokens) >= self._llm.n_ctx():
            return 0
        self.clear_cache()
        blob = state.blob
        read = llama_cpp.llama_state_seq_set_data(
            self._llm.ctx, (ctypes.c_uint8 * len(blob)).from_buffer(blob), len(blob), 0)
        if not read:
            log.warning("llama.cpp refused the saved KV state %s; evaluating the prompt instead", entry.path.name)
            self.clear_cache()
            return 0
        n = len(state.tokens)
        self._llm.input_ids[:n] = state.tokens
        self._llm.n_tokens = n
        if hasattr(self._llm, "_requires_eval"):
            self._llm._requires_eval = True  # no logits were restored: the next decode recomputes them
        known_text = text[: entry.text_chars] if entry.prefix_of_text(text) else None
        self._context = _Context(list(state.tokens), known_text, entry.conversation_id)
        self._conversation_id = entry.conversation_id
        log.info("restored %d tokens of KV state from %s in %.2f s", n, entry.path.name, time.perf_counter() - started)
        return n

    # -- llama.cpp plumbing
    def _reset_perf(self) -> None:
        with contextlib.suppress(Exception):
            # llama.cpp counts a decode when its results are first read: settle any earlier one
            # (an aborted prefill) so it is not counted in this turn's numbers.
            llama_cpp.llama_synchronize(self._llm.ctx)
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
        """Forget the KV cache. Rarely needed: a prompt that shares only part of the cached tokens
        reuses that part and overwrites the rest."""
        if self._llm is None:
            return
        with contextlib.suppress(Exception):
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(self._llm.ctx), True)
        self._llm.reset()
        self._context = None
        self._conversation_id = None

    def _require_loaded(self) -> None:
        if self._llm is None:
            raise EngineError("no model is loaded")


# ------------------------------------------------------------------ helpers
def _file_key(path: Path) -> str:
    """Identifies a model file when its sha256 is not known yet."""
    try:
        stat = path.stat()
    except OSError:
        return path.name
    return f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"


# Longest a single decode may take for the tune to run at all: slower models keep the default
# rather than make every first load several seconds longer.
_TUNE_MAX_SECONDS_PER_TOKEN = 0.25


def _tune_threads(llm, choice: ThreadChoice, tuner: ThreadTuner, model_key: str) -> ThreadChoice:
    """Measure a few single-token decodes per candidate count (well under 2 s for a small model)
    and leave the context empty, with the chosen counts set."""
    prompt = llm.tokenize(b"The quick brown fox jumps over the lazy dog and runs far away.", add_bos=True)

    def seconds_per_token(threads: int, steps: int) -> float:
        llama_cpp.llama_set_n_threads(llm.ctx, threads, choice.batch)
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm.ctx), True)
        llm.reset()
        llm.eval(prompt[:4])
        start = time.perf_counter()
        for token in prompt[4:4 + steps]:
            llm.eval([token])
        return (time.perf_counter() - start) / steps

    try:
        first = seconds_per_token(choice.generation, 1)
        steps = max(1, min(8, int(0.1 / max(first, 1e-4))))
        if first <= _TUNE_MAX_SECONDS_PER_TOKEN:
            choice = tuner.tune(choice, model_key, lambda n: seconds_per_token(n, steps))
    except Exception as exc:  # a failed tune never fails the load: the physical-core default stays
        log.warning("thread auto-tune skipped: %s", exc)
    finally:
        llama_cpp.llama_set_n_threads(llm.ctx, choice.generation, choice.batch)
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm.ctx), True)
        llm.reset()
    return choice


def _reply_reserve(sampling: SamplingParams, n_ctx: int) -> int:
    return min(sampling.max_tokens, max(16, n_ctx // 4))


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _kv_fingerprint(llm) -> str:
    """A short hash of everything that decides what a saved KV state means and how it is laid
    out. The model itself is matched separately by its sha256."""
    params = llm.context_params
    parts = {"llama_cpp": llama_cpp_version(), "n_ctx": llm.n_ctx()}
    for name in ("type_k", "type_v", "flash_attn_type", "swa_full", "n_seq_max", "kv_unified", "n_rs_seq"):
        value = getattr(params, name, None)
        parts[name] = value if value is None or isinstance(value, (bool, int)) else int(value)
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def _check_model_file(path: Path) -> GGUFInfo:
    if not path.exists():
        raise ModelLoadError(f"model file not found: {path}")
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:  # its message names the file and the reason
        raise ModelLoadError(str(exc)) from exc
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


def _memory_warnings(info: GGUFInfo, n_ctx: int, refuse: bool = True) -> list[str]:
    """Refuse a model that cannot fit in free memory (before llama.cpp tries and the OS starts
    swapping or kills the app); warn when it is tight."""
    need = estimate_memory_bytes(info, n_ctx)
    available = available_memory_bytes()
    if refuse and available is not None and need > available:
        raise ModelLoadError(
            f"{info.path.name} needs about {format_bytes(need)} at a {n_ctx}-token context, but only "
            f"{format_bytes(available)} of memory is free; choose a smaller quantization or context"
        )
    if available is not None and need > 0.8 * available:
        return [f"{info.path.name} needs about {format_bytes(need)}; only {format_bytes(available)} is free"]
    return []


def _offload_from_log(lines: list[str]) -> tuple[int | None, int | None, tuple[str, ...]]:
    """(layers offloaded, layers in all, devices used) as llama.cpp logged them while loading.

    GPU builds print "offloaded N/M layers to GPU"; every build prints where each layer went
    ("layer 3 assigned to device CPU"), which is what a CPU build has to go on.
    """
    devices: dict[int, str] = {}
    for line in lines:
        match = _LAYER_DEVICE_RE.search(line)
        if match:
            devices[int(match.group(1))] = match.group(2)
    used = tuple(dict.fromkeys(devices.values()))
    for line in reversed(lines):
        match = _OFFLOAD_RE.search(line)
        if match:
            return int(match.group(1)), int(match.group(2)), used
    if devices:
        return sum(1 for d in devices.values() if not d.upper().startswith("CPU")), len(devices), used
    return None, None, used


def _buffers_from_log(lines: list[str]) -> tuple[tuple[str, str, float], ...]:
    found = []
    for line in lines:
        match = _BUFFER_RE.search(line)
        if match:
            found.append((match.group(1), match.group(2), float(match.group(3))))
    return tuple(found)


def _load_failure_reason(path: Path, error: Exception | None) -> str:
    recent = " ".join(_router.recent[-20:]).lower()
    if "unknown model architecture" in recent:
        arch = re.search(r"unknown model architecture: '([^']+)'", " ".join(_router.recent[-20:]))
        name = arch.group(1) if arch else "this"
        return f"{path.name}: the installed llama.cpp cannot run the '{name}' architecture; update llama-cpp-python"
    if "out of memory" in recent or "failed to allocate" in recent:
        return f"{path.name}: not enough memory to load this model; try a smaller quantization or context"
    return f"{path.name} could not be loaded: {error}"
