"""A real ``hearth serve`` process on the starter model, shared by the server tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

API_KEY = "hearth-test-key-0123456789"
ALLOWED_ORIGIN = "http://allowed.example"
START_GUARD_S = 180  # model load and its one-time trial load on a slow shared machine


@dataclass
class RunningServer:
    process: subprocess.Popen
    port: int
    home: Path
    log_path: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.base}/v1"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_env(home: Path) -> dict:
    env = dict(os.environ, HEARTH_HOME=str(home), HEARTH_API_KEY=API_KEY, PYTHONUNBUFFERED="1")
    env.pop("HF_TOKEN", None)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start_server(home: Path, *args: str) -> RunningServer:
    port = free_port()
    log_path = home / "serve.log"
    home.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port), *args],
            env=serve_env(home),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = RunningServer(process, port, home, log_path)
    deadline = time.monotonic() + START_GUARD_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"hearth serve exited with {process.returncode}:\n{server.log()}")
        try:
            if (
                httpx.get(
                    f"{server.base_url}/models", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=2
                ).status_code
                == 200
            ):
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    process.kill()
    pytest.fail(f"hearth serve did not answer within {START_GUARD_S} s:\n{server.log()}")


def home_with_starter(home: Path, starter_gguf: Path) -> Path:
    """A HEARTH_HOME whose library holds the starter model (a hard link: no 250 MB copy)."""
    models = home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    try:
        os.link(starter_gguf, models / starter_gguf.name)
    except OSError:
        import shutil

        shutil.copyfile(starter_gguf, models / starter_gguf.name)
    return home


def start_embedding_server(home: Path, embedding_model: str) -> RunningServer:
    """``hearth serve`` on ``home`` after ``hearth docs embed`` chose ``embedding_model`` there."""
    chosen = subprocess.run(
        [sys.executable, "-m", "app", "docs", "embed", embedding_model],
        env=serve_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert chosen.returncode == 0, chosen.stderr
    return start_server(home)


@pytest.fixture(scope="session")
def hearth_server(starter_gguf: Path, tmp_path_factory: pytest.TempPathFactory):
    """``hearth serve`` with the starter model in a fresh HEARTH_HOME, on a free port."""
    home = home_with_starter(tmp_path_factory.mktemp("serve-home"), starter_gguf)
    server = start_server(home, "--allow-origin", ALLOWED_ORIGIN)
    yield server
    stop_cleanly(server)


def stop_cleanly(server: RunningServer) -> None:
    """Ctrl+C, then check the server stopped without a traceback."""
    server.process.send_signal(signal.SIGINT)  # Ctrl+C: uvicorn finishes, the engine unloads
    try:
        code = server.process.wait(30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(10)
        pytest.fail(f"hearth serve did not stop within 30 s of Ctrl+C:\n{server.log()}")
    if code != 0 or "server stopped" not in server.log() or "Traceback" in server.log():
        pytest.fail(f"hearth serve did not stop cleanly on Ctrl+C (exit {code}):\n{server.log()}")
