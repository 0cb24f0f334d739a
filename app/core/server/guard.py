"""The gate every request passes before it reaches an endpoint (pure ASGI, so streams stay streams).

In order: the ``Host`` header must name this machine (a DNS-rebinding page gets 403); a request
from a browser ``Origin`` not on the allow-list gets 403 (no web page may drive the model; a
preflight from such an origin gets no ``Access-Control-Allow-Origin``); the body may not pass the
size limit (413, checked while it is read, not only from ``Content-Length``); the key must match
(``Authorization: Bearer`` or ``x-api-key``; 401). Each request then gets one log line: time,
client, method, path, status, model, tokens, duration; never message content.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import error_bytes

log = logging.getLogger(__name__)

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "localhost.localdomain"})
MAX_BODY_BYTES = 8 * 1024 * 1024
_CORS_HEADERS = "authorization, content-type, x-api-key, anthropic-version, openai-organization, x-stainless-*"


@dataclass(frozen=True)
class RequestRecord:
    """One finished request, for the CLI's log line and the window's request log."""

    time: float
    client: str
    method: str
    path: str
    status: int
    model: str
    prompt_tokens: int
    completion_tokens: int
    duration_s: float

    def line(self) -> str:
        stamp = time.strftime("%H:%M:%S", time.localtime(self.time))
        tokens = f" {self.prompt_tokens}+{self.completion_tokens} tokens" if self.completion_tokens else ""
        model = f" {self.model}" if self.model else ""
        return (
            f"{stamp} {self.client} {self.method} {self.path} {self.status}{model}{tokens} "
            f"{self.duration_s * 1000:.0f} ms"
        )


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind_host: str) -> frozenset[str]:
    """Names a request's Host header may carry: loopback names, the bound address and, when
    listening beyond loopback, this machine's name and addresses."""
    names = set(LOOPBACK_NAMES) | {"127.0.0.1"}
    bind = bind_host.strip("[]").lower()
    if bind not in ("0.0.0.0", "::", ""):
        names.add(bind)
    if not is_loopback(bind):
        hostname = socket.gethostname().lower()
        names |= {hostname, f"{hostname}.local"}
        try:
            for info in socket.getaddrinfo(hostname, None):
                names.add(str(info[4][0]).lower())
        except OSError:
            pass
    return frozenset(names)


_ORIGIN = re.compile(r"https?://[^\s/?#@]+\Z")


def parse_origins(text: str) -> tuple[str, ...]:
    """Web origins typed by a person, separated by spaces or commas ("http://localhost:3000");
    ValueError with one sentence for anything that is not an origin (a path, a wildcard)."""
    origins = []
    for word in text.replace(",", " ").split():
        origin = word.rstrip("/")
        if not _ORIGIN.match(origin) or "*" in origin:
            raise ValueError(
                f"{word[:80]!r} is not a web origin: write the scheme, host and port only, like http://localhost:3000"
            )
        if origin not in origins:
            origins.append(origin)
    return tuple(origins)


def host_of(header: str) -> str:
    """The name in a Host header, without the port ("[::1]:8427" → "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware around the Starlette app."""

    def __init__(
        self,
        app,
        *,
        api_key: Callable[[], str | None],
        hosts: frozenset[str],
        allow_origins: frozenset[str] = frozenset(),
        max_body: int = MAX_BODY_BYTES,
        on_request: Callable[[RequestRecord], None] | None = None,
    ):
        self.app = app
        self.api_key = api_key  # a function: the window's Regenerate takes effect at once
        self.hosts = hosts
        self.allow_origins = allow_origins
        self.max_body = max_body
        self.on_request = on_request

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        state = scope.setdefault("state", {})
        status_holder = [0]

        async def send_logged(message):
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                message = self._with_cors(scope, message)
            await send(message)

        try:
            await self._handle(scope, receive, send_logged)
        finally:
            self._log(scope, state, status_holder[0], time.perf_counter() - started)

    async def _handle(self, scope, receive, send):
        path = scope.get("path", "")
        headers = _headers(scope)
        if host_of(headers.get("host", "")) not in self.hosts:
            return await _refuse(
                send,
                path,
                403,
                "this server answers only requests addressed to this machine (the Host header is not allowed)",
            )
        origin = headers.get("origin")
        if origin is not None and origin not in self.allow_origins:
            return await _refuse(
                send,
                path,
                403,
                "requests from web pages are not allowed unless their origin is on the allow-list (--allow-origin)",
            )
        if scope["method"] == "OPTIONS" and origin is not None:
            return await _preflight(send)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return await _refuse(send, path, 413, f"the request body is over {self.max_body // (1024 * 1024)} MB")
        body = await self._read_body(receive)
        if body is None:
            return await _refuse(send, path, 413, f"the request body is over {self.max_body // (1024 * 1024)} MB")
        if not self._authorized(headers):
            return await _refuse(
                send, path, 401, "a valid API key is required (Authorization: Bearer KEY, or x-api-key: KEY)"
            )
        await self.app(scope, _replay(body, receive), send)

    async def _read_body(self, receive) -> bytes | None:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _authorized(self, headers: dict[str, str]) -> bool:
        expected = self.api_key()
        if not expected:
            return True  # --no-auth (allowed on loopback only)
        given = headers.get("x-api-key", "")
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            given = auth[7:].strip()
        return bool(given) and hmac.compare_digest(given.encode(), expected.encode())

    def _with_cors(self, scope, message):
        origin = _headers(scope).get("origin")
        if origin is None or origin not in self.allow_origins:
            return message
        headers = list(message.get("headers", []))
        headers += [(b"access-control-allow-origin", origin.encode()), (b"vary", b"Origin")]
        return {**message, "headers": headers}

    def _log(self, scope, state: dict, status: int, duration: float) -> None:
        client = scope.get("client") or ("?", 0)
        record = RequestRecord(
            time.time(),
            f"{client[0]}:{client[1]}",
            scope.get("method", "?"),
            scope.get("path", "?"),
            status,
            str(state.get("model", "")),
            int(state.get("prompt_tokens", 0)),
            int(state.get("completion_tokens", 0)),
            duration,
        )
        log.info("%s", record.line())
        if self.on_request is not None:
            try:
                self.on_request(record)
            except Exception:
                log.debug("request log consumer failed", exc_info=True)


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _replay(body: bytes, receive):
    """A receive() that hands the app the body read already, then passes on (disconnects)."""
    sent = [False]

    async def replay():
        if not sent[0]:
            sent[0] = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _refuse(send, path: str, status: int, message: str) -> None:
    body = error_bytes(path, status, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _preflight(send) -> None:
    """A preflight from an allowed origin (others were refused before)."""
    await send(
        {
            "type": "http.response.start",
            "status": 204,
            "headers": [
                (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
                (b"access-control-allow-headers", _CORS_HEADERS.encode()),
                (b"access-control-max-age", b"600"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})
