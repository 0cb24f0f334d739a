"""Remote path: the starter model through llama-cpp-python's OpenAI-compatible server on this
machine (Hearth's RemoteEngine: HTTP, SSE, JSON per token) ÷ the same model in-process.

No target: the ratio shows what the network path costs. Both sides run the same GGUF with the
same thread counts, temperature 0 and the same prompt; runs are interleaved. Tokens are counted as
streamed pieces (both sides stream one piece per token), time to first token includes the HTTP
round trip on the remote side. Both sides reuse the cached prompt prefix between runs (the
server's ``Llama`` does it as Hearth's engine does), so TTFT is mostly the per-request overhead.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.prompting import ChatMessage
from app.core.inference.remote import RemoteEngine
from app.core.models.remotes import RemoteEndpoint, RemoteModelRef

from .common import Row, median, print_table, starter_model

PROMPT = "Write a long, detailed story about a lighthouse keeper and a storm. Use many paragraphs."
ALIAS = "starter"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_server(path, port: int, threads: int, batch_threads: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(path),
            "--model_alias",
            ALIAS,
            "--chat_format",
            "gemma",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "2048",
            "--n_threads",
            str(threads),
            "--n_threads_batch",
            str(batch_threads),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("llama_cpp.server exited; install the dev extra (fastapi, uvicorn, sse-starlette...)")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/docs", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("llama_cpp.server did not start in time")


def _measure(engine, history, sampling) -> tuple[float, float, int]:
    """(time to first token s, tokens/s after the first, tokens)."""
    stamps: list[float] = []
    start = time.perf_counter()
    engine.generate(history, None, sampling, lambda _text: stamps.append(time.perf_counter()), lambda: False)
    if len(stamps) < 2:
        return (stamps[0] - start if stamps else float("nan")), float("nan"), len(stamps)
    return stamps[0] - start, (len(stamps) - 1) / (stamps[-1] - stamps[0]), len(stamps)


def run(quick: bool = False) -> list[Row]:
    path, sha = starter_model()
    local = LlamaCppEngine()
    report = local.load(path, LoadOptions(n_ctx=2048, n_gpu_layers=0), model_sha256=sha)
    threads = report.threads.generation if report.threads else 1
    batch = report.threads.batch if report.threads else 1
    port = _free_port()
    server = _start_server(path, port, threads, batch)
    try:
        remote = RemoteEngine(RemoteEndpoint("bench", f"http://127.0.0.1:{port}/v1", context_length=2048))
        remote.load(RemoteModelRef("bench", ALIAS))
        history = [ChatMessage(Role.USER, PROMPT)]
        sampling = SamplingParams(
            temperature=0.0,
            top_p=0.95,
            top_k=64,
            min_p=0.0,
            repeat_penalty=1.0,
            max_tokens=48 if quick else 160,
            seed=7,
        )
        runs = 2 if quick else 6
        samples: dict[str, list] = {"remote": [], "local": []}
        for engine in (local, remote):  # warm-up: weights paged in, graphs built, connection open
            _measure(engine, history, sampling)
        for i in range(runs):
            order = ("remote", "local") if i % 2 == 0 else ("local", "remote")
            for side in order:
                samples[side].append(_measure(local if side == "local" else remote, history, sampling))
    finally:
        server.terminate()
        server.wait(20)
        local.unload(save_state=False)
    rows = []
    for label, index, lower in (("time to first token (s)", 0, True), ("tokens/s after the first", 1, False)):
        r = [s[index] for s in samples["remote"]]
        loc = [s[index] for s in samples["local"]]
        rows.append(
            Row(
                f"remote ÷ in-process: {label}",
                median(r),
                median(loc),
                median([a / b for a, b in zip(r, loc)]),
                None,
                lower_is_better=lower,
            )
        )
    print_table(
        "Remote path: RemoteEngine via llama_cpp.server on 127.0.0.1 vs the same model in-process",
        rows,
        note=(
            f"{runs} interleaved runs each, temperature 0, threads {threads} (batch {batch}), "
            f"~{median([s[2] for s in samples['remote']]):.0f} tokens per reply; no target"
        ),
        baseline_name="in-process",
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    from .common import quiet_logging

    quiet_logging()
    run()
