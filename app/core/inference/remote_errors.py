"""Failures talking to a remote server, as one sentence each: what happened and what to check.

:func:`explain` maps anything the ``openai`` client or the network raises (HTTP status errors,
DNS, refused connections, TLS, timeouts, malformed server-sent events, a stream cut mid-reply)
to an :class:`~app.core.inference.engine.EngineError` naming the endpoint. A reply that breaks
part-way raises :class:`RemoteStreamBroken`, which carries the text already received so callers
keep it as the partial reply. The API key is only ever used to choose the wording (missing or
refused), never quoted.
"""

from __future__ import annotations

import json
import socket
import ssl

from ..models.remotes import RemoteEndpoint
from .engine import EngineError


class RemoteStreamBroken(EngineError):
    """The reply stopped part-way; ``partial`` holds what arrived (already given to ``on_text``)."""

    def __init__(self, message: str, partial: str):
        super().__init__(message)
        self.partial = partial


def broken_stream(
    exc: Exception, endpoint: RemoteEndpoint, model_id: str, api_key: str | None, partial: str
) -> RemoteStreamBroken:
    """A failure after some of the reply arrived: the reason, and that the text so far is kept."""
    reason = explain(exc, endpoint, model_id, api_key, mid_stream=True)
    return RemoteStreamBroken(f"{reason}{kept_note(partial)}", partial)


def kept_note(partial: str) -> str:
    return f"; the {len(partial)} characters received are kept" if partial else ""


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


def refused_stream_options(exc: Exception) -> bool:
    """A strict server that rejects ``stream_options`` (HTTP 400/422 naming it)."""
    import openai

    return (
        isinstance(exc, openai.APIStatusError)
        and exc.status_code in (400, 422)
        and "stream_options" in _body_message(exc) + str(exc)
    )


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
