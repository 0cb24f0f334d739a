"""Inference with llama.cpp: :class:`LlamaCppEngine`, one loaded model.

One :class:`LlamaCppEngine` holds one ``Llama`` and must be used from a single thread (the
inference worker). It formats prompts with :mod:`prompting` (never llama-cpp-python's guessed chat
format), stops within one token (also during prompt processing, through llama.cpp's abort
callback), and routes llama.cpp's own log into Python logging instead of stderr.

Prompt processing is the slow part on a CPU, so the engine works hard never to redo it: prefix
reuse keeps what the KV cache holds and evaluates only a prompt's new tokens (``prefix_cache``),
and saved states write a conversation's KV cache to disk when the engine leaves it and restore it
when a prompt extends it again (``kv_states``). Its collaborators: ``llama_runtime`` (the only
module that touches llama-cpp-python's ctypes bindings: import, log router, abort callback, state
blobs), ``model_loading`` (header and memory checks, constructing the ``Llama`` with its GPU
fallback, threads), ``load_report`` (what the load did, from llama.cpp's log),
``generation_stats`` (a reply's numbers) and ``engine_api`` (the interface and its types).
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..base.logs import log_exception
from ..base.settings import SamplingParams
from ..history.conversation import Role
from ..models.context_window import effective_context_length
from ..models.gguf_info import GGUFInfo
from .cpu_threads import choose_threads
from .engine_api import (  # noqa: F401 (re-exported)
    Engine,
    EngineError,
    GenerationResult,
    GenerationStopped,
    LoadOptions,
    ModelLoadError,
)
from .generation_stats import generation_stats
from .kv_cache import KVCache
from .kv_states import KVStatePersistence
from .llama_runtime import (  # noqa: F401 (gpu_offload_supported, llama_cpp_version, system_info: re-exported)
    AbortSwitch,
    gpu_offload_supported,
    import_error,
    llama_cpp_version,
    load_llama_cpp,
    reset_perf,
    router,
    system_info,
)
from .load_report import LoadReport, buffers_from_log, offload_from_log
from .model_loading import (
    check_model_file,
    file_key,
    kv_fingerprint_of,
    load_with_fallback,
    memory_warnings,
    offload_warnings,
    require_trial,
    tune_threads,
)
from .prefill import PrefillProgress, evaluate_prompt
from .prefix_cache import CachedContext, PrefixReuse
from .prompt_errors import PromptError
from .prompting import ChatFormat, ChatMessage, FittedPrompt, choose_format, fit_to_context

log = logging.getLogger(__name__)


def _llama():
    """``llama_cpp`` when the install can import it, else None (see ``llama_runtime``)."""
    return load_llama_cpp()


def __getattr__(name: str):
    """``engine.llama_cpp`` and ``engine._IMPORT_ERROR`` for callers that check the install (self-test, doctor)."""
    if name == "llama_cpp":
        return load_llama_cpp()
    if name == "_IMPORT_ERROR":
        return import_error()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_USE_ENGINE_CACHE = object()  # generate(kv_cache=...) default: the engine's own cache


# -------------------------------------------------------------------- engine
class LlamaCppEngine(PrefixReuse, KVStatePersistence):
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
        self._context: CachedContext | None = None
        # The conversation whose tokens the KV cache holds, kept even when the context must be
        # rebuilt from llama's own token list: a state saved without it could never be deleted.
        self._conversation_id: str | None = None
        self.kv_cache = kv_cache
        self.report: LoadReport | None = None
        self._abort = AbortSwitch()

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
            raise ModelLoadError(f"llama-cpp-python is not usable in this install: {import_error()}")
        path = Path(path)
        info = check_model_file(path)
        require_trial(path, self.trial_cache, model_sha256)  # before the unload: a refusal keeps the old model
        n_ctx = effective_context_length(options.n_ctx, info.context_length)
        offload = gpu_offload_supported()
        # With offload the weights go to the GPU, so system RAM is not the limit: warn, never refuse.
        warnings = memory_warnings(info, n_ctx, refuse=not (offload and options.n_gpu_layers != 0))
        self.unload()
        router.install()
        requested = options.n_gpu_layers
        warnings += offload_warnings(requested, offload)
        start = time.perf_counter()
        threads = choose_threads(options.n_threads)
        with router.capture() as load_log:
            llm, used_layers = load_with_fallback(path, n_ctx, requested if offload else 0, options, warnings, threads)
        if options.tuner is not None and options.n_threads == 0 and used_layers == 0:
            threads = tune_threads(llm, threads, options.tuner, model_sha256 or file_key(path))
        self._llm, self._info, self._sha256 = llm, info, model_sha256
        self._format = choose_format(info.metadata)
        if self._format.note:  # the model's chat template was set aside: the user must know why
            warnings.append(self._format.note)
        self._fingerprint = kv_fingerprint_of(llm)
        self._context = None
        offloaded, total, devices = offload_from_log(load_log)
        if used_layers == 0 or not offload:
            offloaded = 0
        self.report = LoadReport(
            path=path,
            architecture=info.architecture,
            chat_format=self._format.name,
            context_length=llm.n_ctx(),
            trained_context_length=info.context_length,
            gpu_layers_requested=requested,
            gpu_offload_supported=offload,
            layers_offloaded=offloaded,
            layers_total=total or info.block_count,
            load_seconds=time.perf_counter() - start,
            warnings=tuple(warnings),
            buffers=buffers_from_log(load_log),
            devices=devices,
            threads=threads,
        )
        for warning in warnings:
            log.warning("%s", warning)
        log.info(
            "loaded %s (%s) in %.1f s: %s",
            path.name,
            info.architecture,
            self.report.load_seconds,
            self.report.summary(),
        )
        return self.report

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
            return context.tokens + self._tokenize_piece(text[len(context.text) :])
        return self.tokenize(text)

    def _tokenize_piece(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=True) if text else []

    def _count_prompt(self, text: str) -> int:
        return len(self.prompt_tokens(text))

    def fit(
        self,
        history: Sequence[ChatMessage],
        system_prompt: str | None,
        sampling: SamplingParams,
        overflow_policy: str = "stop",
    ) -> FittedPrompt:
        """The prompt for ``history`` fitted into the context (raises ContextOverflowError)."""
        self._require_loaded()
        n_ctx = self._llm.n_ctx()
        return fit_to_context(
            self._format,
            history,
            system_prompt,
            context_length=n_ctx,
            reserve_tokens=_reply_reserve(sampling, n_ctx),
            count_tokens=self._count_prompt,
            policy=overflow_policy,
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
    def generate(
        self,
        history: Sequence[ChatMessage],
        system_prompt: str | None,
        sampling: SamplingParams,
        on_text: Callable[[str], None],
        should_stop: Callable[[], bool],
        overflow_policy: str = "stop",
        *,
        kv_cache: KVCache | None | object = _USE_ENGINE_CACHE,
        conversation_id: str | None = None,
        on_prefill: PrefillProgress | None = None,
    ) -> GenerationResult:
        """Stream a reply to ``history``.

        ``on_prefill(done, total)``: progress while the prompt's new tokens are read (see ``prefill``).

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
            tokens,
            stream=True,
            max_tokens=max_tokens,
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            top_k=sampling.top_k,
            min_p=sampling.min_p,
            repeat_penalty=sampling.repeat_penalty,
            seed=seed,
            stop=list(self._format.stop),
        )
        try:
            if on_prefill is not None:  # read the prompt in chunks, with progress; the stream then starts sampling
                evaluate_prompt(self._llm, tokens, on_prefill, should_stop)
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
        model_file = self.report.path.name if self.report else ""
        times = (start, first_token_at, end)
        stats = generation_stats(
            self._llm, tokens, text, sampling, seed, finish_reason, times, model_file, self._sha256
        )
        self._remember(fitted.text, tokens, text, conversation_id)
        return GenerationResult(
            text,
            finish_reason,
            stats,
            fitted.dropped,
            fitted.dropped_indices,
            context_tokens=stats.prompt_tokens + stats.completion_tokens,
            context_length=n_ctx,
            restored_tokens=restored,
        )

    # -- llama.cpp plumbing (llama_runtime)
    def _reset_perf(self) -> None:
        reset_perf(self._llm.ctx)

    def _arm_abort(self, should_stop: Callable[[], bool]) -> None:
        self._abort.arm(self._llm.ctx, should_stop)

    def _disarm_abort(self) -> None:
        if self._llm is not None:
            AbortSwitch.disarm(self._llm.ctx)

    def _require_loaded(self) -> None:
        if self._llm is None:
            raise EngineError("no model is loaded")


def _reply_reserve(sampling: SamplingParams, n_ctx: int) -> int:
    return min(sampling.max_tokens, max(16, n_ctx // 4))
