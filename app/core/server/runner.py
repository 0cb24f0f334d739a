"""Running the app with uvicorn: in the foreground (``hearth serve``) or on a thread (the window).

The listening socket is bound here first, so "port in use" is one clear sentence, and a server
on another interface without a key is refused before anything listens."""

from __future__ import annotations

import logging
import signal
import socket
import threading
from dataclasses import dataclass

from .guard import is_loopback

log = logging.getLogger(__name__)


class ServerError(Exception):
    """The server cannot start, in one sentence."""


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int

    @property
    def base_url(self) -> str:
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/v1"


def check_exposure(host: str, auth: bool) -> None:
    """Without a key the server may listen on loopback only."""
    if not auth and not is_loopback(host):
        raise ServerError(
            f"--no-auth is allowed only on a loopback address (127.0.0.1 or ::1), not {host}: "
            "anyone on the network could use the model"
        )


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise ServerError(f"port {port} on {host} is in use; choose another with --port") from None
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _server(app, sock: socket.socket):
    import uvicorn

    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=3,
        server_header=False,
    )
    return uvicorn.Server(config)


def serve_forever(app, sock: socket.socket) -> None:
    """Block until Ctrl+C or SIGTERM. uvicorn catches the signal, finishes the open requests
    (a few seconds at most), then hands the signal back to the previous handler: here that ends
    this call normally instead of killing the process before the engine is unloaded."""

    def interrupted(*_):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupted)
    try:
        _server(app, sock).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


class BackgroundServer:
    """The same server on its own thread (the window's Server panel)."""

    def __init__(self, app, sock: socket.socket):
        self._server = _server(app, sock)
        self._sock = sock
        self.address = ServerAddress(*sock.getsockname()[:2])
        self._thread = threading.Thread(target=self._run, name="hearth-api-server", daemon=True)

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except Exception:
            log.exception("the API server stopped unexpectedly")

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self._sock.close()
