"""Chat with a model served elsewhere, through an OpenAI-compatible API (vLLM, llama.cpp's
``llama-server``, Ollama, LM Studio, llama-cpp-python's server, another Hearth).

:class:`RemoteEngine` implements the same :class:`~app.core.inference.engine.Engine` protocol as the
local llama.cpp engine, so the CLI and the inference worker drive it the same way:

* ``load`` connects: it lists the server's models (reachable? the key accepted? the model there?)
  and learns the context length (:mod:`.remote_context`: what the server says, else the
  endpoint's own setting, else a stated guess).
* ``generate`` streams ``/chat/completions`` (SSE, parsed by the official ``openai`` client); Stop
  closes the stream, which frees the server. Token counts come from the server's ``usage`` when it
  sends one (``stream_options.include_usage``), else they are estimated and the stats say so. Time
  to first token and tokens/s are measured here, on the client: they include the network.
* Every failure becomes one :class:`EngineError` sentence naming the endpoint and what to check
  (:mod:`.remote_errors`). Text already streamed has reached ``on_text`` (the callers keep it as
  the partial reply); a stream that breaks raises :class:`RemoteStreamBroken` carrying that text.

The HTTP side (TLS against the system's trust store, timeouts, no redirects) is
:mod:`.remote_client`; its ``list_models`` and ``survey`` are re-exported here for callers.
"""

from __future__ import annotations

import logging
import math
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..base.settings import SamplingParams
from ..history.conversation import GenerationStats
from ..models.remotes import RemoteEndpoint, RemoteModelRef
from .engine import EngineError, GenerationResult, LoadOptions, LoadReport, ModelLoadError
from .prompting import ChatFormat, ChatMessage, FittedPrompt, alternating, fit_to_context
from .remote_client import BETWEEN_TOKENS_TIMEOUT_S, CONNECT_TIMEOUT_S, list_models, make_client, survey
from .remote_context import DEFAULT_REMOTE_CONTEXT, discover_context
from .remote_errors import RemoteStreamBroken, broken_stream, explain, kept_note, refused_stream_options

__all__ = [
    "DEFAULT_REMOTE_CONTEXT",
    "RemoteEngine",
    "RemoteLoadReport",
    "RemoteStreamBroken",
    "estimate_tokens",
    "explain",
    "list_models",
    "survey",
]

log = logging.getLogger(__name__)

CHARS_PER_TOKEN = 3.5  # a deliberately low estimate: over-counting tokens is the safe side of a context check
_ESTIMATE_FORMAT = ChatFormat(name="estimate for a remote server")


@dataclass(frozen=True)
class RemoteLoadReport(LoadReport):
    """A connected remote model, shaped like a local load report for the status bar."""

    endpoint_name: str = ""
    endpoint_url: str = ""
    model_id: str = ""
    server_kind: str = ""  # "llama.cpp server", "vLLM", "Ollama"... when the server says

    @property
    def backend(self) -> str:
        host = self.endpoint_url.split("//", 1)[-1].split("/", 1)[0]
        return f"{self.server_kind or 'server'} at {host}"

    def summary(self) -> str:
        """ "llama.cpp server at 127.0.0.1:8080 · gemma-3-27b-it · context 8192"."""
        return " · ".join([self.backend, self.model_id, f"context {self.context_length}", *self.warnings[:1]])


def estimate_tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARS_PER_TOKEN)) if text else 0


class RemoteEngine:
    """One model on one OpenAI-compatible server; used from one thread, like the local engine.

    ``load`` takes a :class:`RemoteModelRef` (or the bare model id; an empty id means the
    server's first model) where the local engine takes a file path.
    """

    def __init__(
        self,
        endpoint: RemoteEndpoint,
        api_key: str | None = None,
        *,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = BETWEEN_TOKENS_TIMEOUT_S,
    ):
        self.endpoint = endpoint
        self._api_key = api_key
        self._connect_timeout, self._read_timeout = connect_timeout, read_timeout
        self._client = None
        self.model_id = ""
        self.report: RemoteLoadReport | None = None
        self._usage_supported: bool | None = None  # learnt on the first reply

    # -- loading
    @property
    def is_loaded(self) -> bool:
        return self.report is not None

    @property
    def context_length(self) -> int:
        self._require_loaded()
        return self.report.context_length

    @property
    def ref(self) -> str:
        return RemoteModelRef(self.endpoint.name, self.model_id).ref

    def load(
        self, path: RemoteModelRef | str | Path, options: LoadOptions | None = None, model_sha256: str = ""
    ) -> RemoteLoadReport:
        started = time.perf_counter()
        wanted = path.model_id if isinstance(path, RemoteModelRef) else str(path or "")
        models = list_models(self.endpoint, self._api_key, connect_timeout=self._connect_timeout)
        ids = [str(m.get("id", "")) for m in models]
        if not ids:
            raise ModelLoadError(f"{self._where()} offers no models; check that the server has loaded one")
        model_id = wanted or ids[0]
        if model_id not in ids:
            raise ModelLoadError(f"{self._where()} has no model {model_id!r}; it offers: {', '.join(ids[:8])}")
        self.unload()
        self._client = make_client(
            self.endpoint, self._api_key, connect_timeout=self._connect_timeout, read_timeout=self._read_timeout
        )
        self.model_id = model_id
        entry = models[ids.index(model_id)]
        fallback = options.n_ctx if options and options.n_ctx > 0 else DEFAULT_REMOTE_CONTEXT
        context = discover_context(
            self.endpoint, self._api_key, entry, model_id, fallback=fallback, timeout=self._connect_timeout
        )
        self.report = RemoteLoadReport(
            path=Path(model_id.replace("/", "_") or "remote"),
            architecture="remote",
            chat_format="the server's own",
            context_length=context.length,
            trained_context_length=None,
            gpu_layers_requested=0,
            gpu_offload_supported=False,
            layers_offloaded=None,
            layers_total=None,
            load_seconds=round(time.perf_counter() - started, 3),
            warnings=context.warnings,
            endpoint_name=self.endpoint.name,
            endpoint_url=self.endpoint.url,
            model_id=model_id,
            server_kind=context.server_kind,
        )
        log.info("connected to remote %s, model %s, context %d", self.endpoint.name, model_id, context.length)
        return self.report

    def unload(self, save_state: bool = True) -> None:
        if self._client is not None:
            try:
                self._client.close()
            except Exception:  # noqa: BLE001 - closing must never fail a switch or a quit
                log.debug("closing the remote client failed", exc_info=True)
        self._client = None
        self.report = None

    def forget_conversation(self, conversation_id: str) -> int:
        return 0  # nothing of a conversation is kept here (KV states are for local models only)

    def save_conversation_state(self, conversation_id: str | None = None) -> bool:
        return False

    # -- prompts
    def fit(
        self,
        history: Sequence[ChatMessage],
        system_prompt: str | None,
        sampling: SamplingParams,
        overflow_policy: str = "stop",
    ) -> FittedPrompt:
        """Fit with estimated token counts (the server's tokenizer is out of reach)."""
        self._require_loaded()
        n_ctx = self.report.context_length
        reserve = min(sampling.max_tokens, max(16, n_ctx // 4))
        return fit_to_context(
            _ESTIMATE_FORMAT,
            history,
            system_prompt,
            context_length=n_ctx,
            reserve_tokens=reserve,
            count_tokens=estimate_tokens,
            policy=overflow_policy,
        )

    def context_usage(self, history: Sequence[ChatMessage], system_prompt: str | None = None) -> tuple[int, int]:
        self._require_loaded()
        text = (system_prompt or "") + "".join(m.content for m in history)
        return estimate_tokens(text) + 4 * len(history), self.report.context_length

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

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
        conversation_id: str | None = None,
        **_ignored: Any,
    ) -> GenerationResult:
        self._require_loaded()
        fitted = self.fit(history, system_prompt, sampling, overflow_policy)
        seed = sampling.seed if sampling.seed >= 0 else secrets.randbelow(2**31 - 1)
        body = self._request_body(fitted, system_prompt, sampling, seed)
        pieces: list[str] = []
        usage: dict | None = None
        finish_reason, first_at, finished = "stop", None, False
        start = time.perf_counter()
        stream = self._open_stream(body)
        try:
            for chunk in stream:
                if chunk.usage is not None:
                    usage = chunk.usage.model_dump()
                for choice in chunk.choices or ():
                    text = choice.delta.content if choice.delta is not None else None
                    if text:
                        first_at = first_at or time.perf_counter()
                        pieces.append(text)
                        on_text(text)
                    if choice.finish_reason:
                        finish_reason, finished = choice.finish_reason, True
                if should_stop():
                    finish_reason = "stopped"
                    break
        except Exception as exc:  # noqa: BLE001 - anything mid-stream: keep what came, say why
            if should_stop():
                finish_reason = "stopped"
            else:
                raise broken_stream(exc, self.endpoint, self.model_id, self._api_key, "".join(pieces)) from exc
        finally:
            stream.close()  # hangs up: the server stops generating for us
        end = time.perf_counter()
        text = "".join(pieces)
        if not finished and finish_reason != "stopped":  # a clean end of the body, but no end of reply
            raise RemoteStreamBroken(
                f"the reply from {self._where()} ended before the server said it was "
                f"complete; check the server's log{kept_note(text)}",
                text,
            )
        stats = self._stats(fitted, text, usage, sampling, seed, finish_reason, start, first_at, end)
        return GenerationResult(
            text,
            finish_reason,
            stats,
            fitted.dropped,
            fitted.dropped_indices,
            context_tokens=stats.prompt_tokens + stats.completion_tokens,
            context_length=self.report.context_length,
        )

    def _request_body(
        self, fitted: FittedPrompt, system_prompt: str | None, sampling: SamplingParams, seed: int
    ) -> dict[str, Any]:
        messages = [{"role": "system", "content": system_prompt}] if (system_prompt or "").strip() else []
        messages += [{"role": m.role.value, "content": m.content} for m in alternating(fitted.messages)]
        n_ctx = self.report.context_length
        return dict(
            model=self.model_id,
            messages=messages,
            stream=True,
            max_tokens=max(1, min(sampling.max_tokens, n_ctx - fitted.prompt_tokens)),
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            seed=seed,
            # Not in OpenAI's API, but vLLM, llama.cpp and Ollama read them; others ignore them.
            extra_body={"top_k": sampling.top_k, "min_p": sampling.min_p, "repeat_penalty": sampling.repeat_penalty},
        )

    def _open_stream(self, body: dict[str, Any]):
        """The SSE stream, asking for ``usage`` unless the server already refused that once."""
        if self._usage_supported is not False:
            try:
                return self._client.chat.completions.create(**body, stream_options={"include_usage": True})
            except Exception as exc:  # noqa: BLE001
                if not refused_stream_options(exc):
                    raise explain(exc, self.endpoint, self.model_id, self._api_key) from exc
                self._usage_supported = False
        try:
            return self._client.chat.completions.create(**body)
        except Exception as exc:  # noqa: BLE001
            raise explain(exc, self.endpoint, self.model_id, self._api_key) from exc

    def _stats(
        self,
        fitted: FittedPrompt,
        text: str,
        usage: dict | None,
        sampling: SamplingParams,
        seed: int,
        finish_reason: str,
        start: float,
        first: float | None,
        end: float,
    ) -> GenerationStats:
        if usage and usage.get("completion_tokens") is not None:
            self._usage_supported = True
            prompt, completion, estimated = int(usage.get("prompt_tokens") or 0), int(usage["completion_tokens"]), False
        else:
            prompt, completion, estimated = fitted.prompt_tokens, estimate_tokens(text), True
        gen_time = end - first if first is not None else 0.0
        return GenerationStats(
            time_to_first_token_s=None if first is None else round(first - start, 4),
            tokens_per_second=round((completion - 1) / gen_time, 2) if completion > 1 and gen_time > 0 else None,
            prompt_tokens=prompt,
            prompt_tokens_evaluated=prompt,
            completion_tokens=completion,
            model_file=self.ref,
            sampling=sampling.to_dict(),
            seed=seed,
            finish_reason=finish_reason,
            context_dropped=fitted.dropped,
            endpoint=self.endpoint.url,
            tokens_estimated=estimated,
        )

    def _where(self) -> str:
        return f"{self.endpoint.name} ({self.endpoint.host})"

    def _require_loaded(self) -> None:
        if self.report is None or self._client is None:
            raise EngineError(f"not connected to {self._where()}")
