"""Chat with a model served elsewhere, through an OpenAI-compatible API (vLLM, llama.cpp's
``llama-server``, Ollama, LM Studio, llama-cpp-python's server, another Hearth).

:class:`RemoteEngine` implements the same :class:`~app.core.inference.engine.Engine` protocol as the
local llama.cpp engine, so the CLI and the inference worker drive it the same way:

* ``load`` connects: it lists the server's models (reachable? the key accepted? the model there?)
  and learns the context length (the ``/v1/models`` metadata, llama-server's ``/props``, else the
  endpoint's own setting, else the user's context setting).
* ``generate`` streams ``/chat/completions`` (SSE, parsed by the official ``openai`` client); Stop
  closes the stream, which frees the server. Token counts come from the server's ``usage`` when it
  sends one (``stream_options.include_usage``), else they are estimated and the stats say so. Time
  to first token and tokens/s are measured here, on the client: they include the network.
* Every failure becomes one :class:`EngineError` sentence naming the endpoint and what to check.
  Text already streamed has reached ``on_text`` (the callers keep it as the partial reply); a
  stream that breaks raises :class:`RemoteStreamBroken` carrying that text.

TLS is verified against the operating system's trust store (``ssl.create_default_context``). The
API key is sent only to the endpoint it belongs to and never logged.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
import socket
import ssl
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

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
# Longest silence allowed between two pieces of a reply (and before the first: a long prompt on a
# busy server takes a while), after which the reply is given up as stalled.
BETWEEN_TOKENS_TIMEOUT_S = 120.0
CHARS_PER_TOKEN = 3.5  # a deliberately low estimate: over-counting tokens is the safe side of a context check
DEFAULT_REMOTE_CONTEXT = 4096
_ESTIMATE_FORMAT = ChatFormat(name="estimate for a remote server")


class RemoteStreamBroken(EngineError):
    """The reply stopped part-way; ``partial`` holds what arrived (already given to ``on_text``)."""

    def __init__(self, message: str, partial: str):
        super().__init__(message)
        self.partial = partial


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


def make_client(
    endpoint: RemoteEndpoint,
    api_key: str | None,
    *,
    connect_timeout: float = CONNECT_TIMEOUT_S,
    read_timeout: float = BETWEEN_TOKENS_TIMEOUT_S,
):
    """An ``openai`` client for this endpoint: no automatic retries (the user hears about a 429
    at once), the system's trust store, separate connect and between-token timeouts."""
    import httpx2
    import openai

    timeout = httpx2.Timeout(read_timeout, connect=connect_timeout)
    http = httpx2.Client(verify=ssl.create_default_context(), timeout=timeout, follow_redirects=False)
    # Servers without authentication ignore the header; the client insists on some value.
    return openai.OpenAI(
        base_url=endpoint.url, api_key=api_key or "no-key", max_retries=0, timeout=timeout, http_client=http
    )


def list_models(
    endpoint: RemoteEndpoint, api_key: str | None, *, connect_timeout: float = CONNECT_TIMEOUT_S
) -> list[dict[str, Any]]:
    """The models the server offers (``/v1/models`` entries as dicts), or EngineError saying why not."""
    client = make_client(endpoint, api_key, connect_timeout=connect_timeout, read_timeout=max(connect_timeout, 15))
    try:
        return [model.model_dump() for model in client.models.list()]
    except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence
        raise explain(exc, endpoint, api_key=api_key) from exc
    finally:
        client.close()


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
        n_ctx, kind, warnings = self._context_length(entry, options)
        self.report = RemoteLoadReport(
            path=Path(model_id.replace("/", "_") or "remote"),
            architecture="remote",
            chat_format="the server's own",
            context_length=n_ctx,
            trained_context_length=None,
            gpu_layers_requested=0,
            gpu_offload_supported=False,
            layers_offloaded=None,
            layers_total=None,
            load_seconds=round(time.perf_counter() - started, 3),
            warnings=tuple(warnings),
            endpoint_name=self.endpoint.name,
            endpoint_url=self.endpoint.url,
            model_id=model_id,
            server_kind=kind,
        )
        log.info("connected to remote %s, model %s, context %d", self.endpoint.name, model_id, n_ctx)
        return self.report

    def _context_length(self, entry: dict, options: LoadOptions | None) -> tuple[int, str, list[str]]:
        """(context, server kind, warnings): the server's word first, then the endpoint's setting."""
        kind = _server_kind(entry)
        for key in ("max_model_len", "context_length", "n_ctx", "max_context_length"):
            value = entry.get(key) or (entry.get("meta") or {}).get(key)
            if isinstance(value, int) and value > 0:
                return value, kind, []
        props = self._props()
        if props:
            n_ctx = (props.get("default_generation_settings") or {}).get("n_ctx") or props.get("n_ctx")
            if isinstance(n_ctx, int) and n_ctx > 0:
                return n_ctx, kind or "llama.cpp server", []
        if self.endpoint.context_length:
            return self.endpoint.context_length, kind, []
        fallback = (options.n_ctx if options and options.n_ctx > 0 else 0) or DEFAULT_REMOTE_CONTEXT
        return (
            fallback,
            kind,
            [
                f"the server does not say its context length; assuming {fallback} tokens "
                "(set it with hearth remotes add NAME URL --context N)"
            ],
        )

    def _props(self) -> dict | None:
        """llama-server's ``/props`` (beside ``/v1``), which holds its context size; None elsewhere."""
        base = self.endpoint.url.rsplit("/v1", 1)[0] if self.endpoint.url.endswith("/v1") else self.endpoint.url
        import httpx2

        try:
            response = httpx2.get(
                base + "/props",
                timeout=self._connect_timeout,
                headers=self._auth_headers(),
                verify=ssl.create_default_context(),
                follow_redirects=False,
            )
            return response.json() if response.status_code == 200 else None
        except Exception:  # noqa: BLE001 - only llama-server has it
            return None

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}

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
                raise self._broken(exc, "".join(pieces)) from exc
        finally:
            stream.close()  # hangs up: the server stops generating for us
        end = time.perf_counter()
        text = "".join(pieces)
        if not finished and finish_reason != "stopped":  # a clean end of the body, but no end of reply
            kept = f"; the {len(text)} characters received are kept" if text else ""
            raise RemoteStreamBroken(
                f"the reply from {self._where()} ended before the server said it was "
                f"complete; check the server's log{kept}",
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
                if not _refused_stream_options(exc):
                    raise explain(exc, self.endpoint, self.model_id, self._api_key) from exc
                self._usage_supported = False
        try:
            return self._client.chat.completions.create(**body)
        except Exception as exc:  # noqa: BLE001
            raise explain(exc, self.endpoint, self.model_id, self._api_key) from exc

    def _broken(self, exc: Exception, partial: str) -> RemoteStreamBroken:
        reason = explain(exc, self.endpoint, self.model_id, self._api_key, mid_stream=True)
        kept = f"; the {len(partial)} characters received are kept" if partial else ""
        return RemoteStreamBroken(f"{reason}{kept}", partial)

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


# ------------------------------------------------------------------ errors
def explain(
    exc: Exception, endpoint: RemoteEndpoint, model_id: str = "", api_key: str | None = None, mid_stream: bool = False
) -> EngineError:
    """One sentence for any failure talking to ``endpoint``: what happened, and what to check."""
    import openai

    where = f"{endpoint.name} ({endpoint.host})"
    if isinstance(exc, EngineError):
        return exc
    if isinstance(exc, openai.APIStatusError):
        return EngineError(_status_sentence(exc, where, endpoint, model_id, api_key))
    chain = _causes(exc)
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or _mentions(chain, "CERTIFICATE_VERIFY"):
        return EngineError(
            f"the TLS certificate of {where} is not trusted by this system; install its CA in the "
            "system's trust store, or check that the URL names the right host"
        )
    if any(isinstance(e, ssl.SSLError) for e in chain) or _mentions(chain, "SSL"):
        return EngineError(
            f"the TLS handshake with {where} failed; check whether the server speaks https:// "
            "or plain http:// and fix the URL"
        )
    if any(isinstance(e, socket.gaierror) for e in chain) or _mentions(
        chain,
        "Name or service not known",
        "nodename nor servname",
        "getaddrinfo failed",
        "Temporary failure in name resolution",
        "No address associated",
    ):
        return EngineError(
            f"the host name of {where} could not be resolved (DNS); check the URL's host name "
            "and this machine's network"
        )
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or _mentions(chain, "Connection refused"):
        return EngineError(
            f"{where} refused the connection; check that the server is running and listening on that port"
        )
    names = {type(e).__name__ for e in chain}
    if "ConnectTimeout" in names:
        return EngineError(
            f"{where} did not answer within the connect timeout; check the host, the port and "
            "any firewall between here and there"
        )
    if "ReadTimeout" in names or isinstance(exc, openai.APITimeoutError):
        return EngineError(
            f"{where} went silent for too long {'mid-reply' if mid_stream else 'before answering'}; "
            "the server may be overloaded or stuck: check its log"
        )
    if isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)) or "JSONDecodeError" in names:
        return EngineError(
            f"{where} sent a reply that is not valid server-sent events JSON; check that the URL "
            "points at an OpenAI-compatible API (…/v1)"
        )
    if isinstance(exc, openai.APIError) and not isinstance(exc, openai.APIConnectionError):
        return EngineError(
            f"{where} reported an error {'mid-reply' if mid_stream else ''}: "
            f"{_short(getattr(exc, 'message', str(exc)))}".replace("  ", " ")
        )
    if mid_stream or names & {"RemoteProtocolError", "ReadError"}:
        return EngineError(
            f"the connection to {where} broke {'mid-reply' if mid_stream else ''}; check that "
            "the server is still running (its log says why it stopped)".replace("  ", " ")
        )
    if isinstance(exc, openai.APIConnectionError) or names & {"ConnectError", "NetworkError"}:
        return EngineError(f"could not reach {where}; check the URL and that the server is running")
    return EngineError(f"talking to {where} failed: {_short(str(exc)) or type(exc).__name__}")


def _status_sentence(exc, where: str, endpoint: RemoteEndpoint, model_id: str, api_key: str | None) -> str:
    code = exc.status_code
    if code in (401, 403):
        if not api_key:
            return (
                f"{where} needs an API key (HTTP {code}); add one with: hearth remotes add {endpoint.name} "
                f"{endpoint.url} --api-key-stdin"
            )
        return (
            f"{where} refused the API key (HTTP {code}): the key is wrong or lacks access; store the right "
            f"one with: hearth remotes add {endpoint.name} {endpoint.url} --api-key-stdin"
        )
    if code == 404:
        if model_id:
            return (
                f"{where} has no model {model_id!r} (HTTP 404); check the model id (hearth models list "
                f"--remote {endpoint.name}) and the URL's path (usually ending in /v1)"
            )
        return f"{where} has no OpenAI-compatible API at {endpoint.url} (HTTP 404); check the URL's path (usually …/v1)"
    if code == 429:
        wait = exc.response.headers.get("retry-after", "")
        after = f"retry after {wait} s" if wait.strip().isdigit() else "retry in a moment"
        return f"{where} is rate-limiting requests (HTTP 429): {after}"
    if code >= 500:
        return (
            f"{where} failed with HTTP {code} ({_short(_body_message(exc))}); the server's log says why; "
            "try again or check the server"
        )
    return f"{where} rejected the request (HTTP {code}: {_short(_body_message(exc))})"


def _body_message(exc) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else error
        return str(message or body.get("detail") or "")
    return str(getattr(exc, "message", "") or "")


def _refused_stream_options(exc: Exception) -> bool:
    """A strict server that rejects ``stream_options`` (HTTP 400/422 naming it)."""
    import openai

    return (
        isinstance(exc, openai.APIStatusError)
        and exc.status_code in (400, 422)
        and "stream_options" in _body_message(exc) + str(exc)
    )


def _server_kind(entry: dict) -> str:
    owner = str(entry.get("owned_by") or "").lower()
    return {
        "vllm": "vLLM",
        "llamacpp": "llama.cpp server",
        "library": "Ollama",
        "ollama": "Ollama",
        "me": "llama-cpp-python server",
        "hearth": "Hearth",
    }.get(owner, "")


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen and len(seen) < 12:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _mentions(chain: list[BaseException], *needles: str) -> bool:
    text = " ".join(str(e) for e in chain)
    return any(needle in text for needle in needles)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def survey(
    endpoints: Sequence[RemoteEndpoint], key_for: Callable[[str], str | None], connect_timeout: float = 5.0
) -> list[tuple[RemoteEndpoint, list[str], str | None]]:
    """(endpoint, model ids, None) or (endpoint, [], why not) for each server: what the window's
    picker and ``hearth remotes list`` show. Slow when a server is down: call it off the GUI thread."""
    found = []
    for endpoint in endpoints:
        try:
            ids = [
                str(m.get("id", ""))
                for m in list_models(endpoint, key_for(endpoint.name), connect_timeout=connect_timeout)
            ]
            found.append((endpoint, ids, None))
        except EngineError as exc:
            found.append((endpoint, [], str(exc)))
    return found
