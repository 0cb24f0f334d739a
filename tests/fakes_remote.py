"""Servers for the remote-engine tests: llama-cpp-python's real OpenAI-compatible server on the
starter model, and a small local server that misbehaves on purpose (fault injection).

The misbehaving server answers ``/v1/models`` normally and picks its fault from the model id the
client asks for: ``ok`` (a proper stream, with usage when asked), ``drop`` (a few pieces, then the
connection is cut), ``garbage`` (a few pieces, then an event that is not JSON), ``no-finish`` (a
few pieces, then a clean end without a finish reason), ``hang`` (a few pieces, then silence),
``401``, ``429`` (with Retry-After: 7), ``500``. Every request it saw is kept in ``requests``.

:class:`NativeServer` is a third: it says its context the way Ollama (``/api/show``,
``/api/ps``) or llama-server (``/props``) do, for the context-discovery tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FAULT_MODELS = ("ok", "drop", "garbage", "no-finish", "hang", "401", "429", "500")
PIECES = ("Once", " upon", " a", " time")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, *args) -> None:  # quiet test output
        pass

    def _json(self, status: int, body: dict, headers: dict | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        if self.path.rstrip("/") == "/v1/models":
            self._json(
                200,
                {"object": "list", "data": [{"id": m, "object": "model", "owned_by": "fault"} for m in FAULT_MODELS]},
            )
        else:
            self._json(404, {"detail": "Not Found"})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.path.rstrip("/") != "/v1/chat/completions":  # e.g. Ollama's /api/show: not this server
            return self._json(404, {"detail": "Not Found"})
        self.server.requests.append(
            {"path": self.path, "body": body, "authorization": self.headers.get("Authorization")}
        )
        model = str(body.get("model"))
        if model == "401":
            return self._json(401, {"error": {"message": "Invalid API key", "type": "auth"}})
        if model == "429":
            return self._json(429, {"error": {"message": "slow down"}}, {"Retry-After": "7"})
        if model == "500":
            return self._json(500, {"error": {"message": "CUDA out of memory"}})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for piece in PIECES:
            self._event({"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}, model)
        if model == "drop":
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)  # no final chunk: the stream is cut
            self.close_connection = True
            return
        if model == "garbage":
            self._chunk(b"data: {this is not json\n\n")
        elif model == "hang":
            self.wfile.flush()
            self.server.released.wait(30)
        elif model == "ok":
            self._event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}, model)
            if (body.get("stream_options") or {}).get("include_usage"):
                self._event(
                    {"choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 4, "total_tokens": 15}}, model
                )
            self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")  # the last chunk: a clean end of the body
        self.close_connection = True

    def _event(self, payload: dict, model: str) -> None:
        payload = {"id": "chatcmpl-fault", "object": "chat.completion.chunk", "created": 0, "model": model, **payload}
        self._chunk(b"data: " + json.dumps(payload).encode() + b"\n\n")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _FaultHandler)
        self.requests: list[dict] = []
        self.released = threading.Event()  # ends the "hang" replies

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


@contextlib.contextmanager
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer()
    thread = threading.Thread(target=server.serve_forever, name="fault-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.shutdown()
        server.server_close()
        thread.join(10)


MODEL_ALIAS = "gemma-starter"


@contextlib.contextmanager
def llama_server(model: Path, api_key: str | None = None, n_ctx: int = 4096) -> Iterator[str]:
    """llama-cpp-python's own server on 127.0.0.1 with ``model``; yields its API base URL."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        MODEL_ALIAS,
        "--chat_format",
        "gemma",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
    ]
    if api_key:
        command += ["--api_key", api_key]
    log = open(model.parent / f"llama-server-{port}.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_serving(process, port)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        log.close()


def _wait_until_serving(process: subprocess.Popen, port: int, limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited with {process.returncode} before serving")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/docs", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("llama_cpp.server did not start serving in time")


# ------------------------------------------------------------ servers that say their context
class _NativeHandler(BaseHTTPRequestHandler):
    """``/v1/models`` plus the routes beside ``/v1`` that some servers have: Ollama's
    ``POST /api/show`` and ``GET /api/ps``, llama-server's ``GET /props``. A route whose answer is
    None answers 404, as on a server without it."""

    protocol_version = "HTTP/1.1"
    server: NativeServer

    def log_message(self, *args) -> None:
        pass

    def _reply(self, body: dict | None) -> None:
        data = json.dumps(body if body is not None else {"error": "not found"}).encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _record(self, body: dict | None = None) -> None:
        self.server.requests.append(
            {
                "method": self.command,
                "path": self.path,
                "body": body,
                "authorization": self.headers.get("Authorization"),
            }
        )

    def do_GET(self) -> None:  # noqa: N802
        self._record()
        routes = {
            "/v1/models": {"object": "list", "data": self.server.models},
            "/api/ps": self.server.ps,
            "/props": self.server.props,
        }
        self._reply(routes.get(self.path.rstrip("/")))

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        self._record(body)
        shown = self.server.show
        known = any(m["id"] == body.get("model") for m in self.server.models)
        self._reply(shown if self.path == "/api/show" and shown is not None and known else None)


class NativeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, models: list[dict], show: dict | None = None, ps: dict | None = None, props=None) -> None:
        super().__init__(("127.0.0.1", 0), _NativeHandler)
        self.models, self.show, self.ps, self.props = models, show, ps, props
        self.requests: list[dict] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def paths(self) -> list[str]:
        return [f"{r['method']} {r['path']}" for r in self.requests]


def ollama_show(arch: str = "gemma3", trained: int = 131072, num_ctx: int | None = None) -> dict:
    """An ``/api/show`` answer shaped like Ollama's (``parameters`` is padded text)."""
    parameters = 'stop                           "<end_of_turn>"\ntemperature                    1'
    if num_ctx is not None:
        parameters += f"\nnum_ctx                        {num_ctx}"
    return {
        "license": "Gemma Terms of Use",
        "modelfile": "FROM gemma3",
        "parameters": parameters,
        "template": "{{ .Prompt }}",
        "details": {"format": "gguf", "family": arch, "parameter_size": "4.3B", "quantization_level": "Q4_K_M"},
        "model_info": {
            "general.architecture": arch,
            "general.parameter_count": 4_300_000_000,
            f"{arch}.attention.head_count": 8,
            f"{arch}.context_length": trained,
            f"{arch}.embedding_length": 2560,
        },
        "capabilities": ["completion"],
    }


@contextlib.contextmanager
def native_server(models: list[dict], **routes) -> Iterator[NativeServer]:
    server = NativeServer(models, **routes)
    thread = threading.Thread(target=server.serve_forever, name="native-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
