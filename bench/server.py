"""7. API server overhead: streaming through ``hearth serve``'s app with the official ``openai``
client against the same engine owner driven directly.

Both sides use one loaded engine behind one :class:`EngineOwner`, the same prompt and sampling at
temperature 0 (the same tokens), with the KV cache cleared before every run so both prefill the
same prompt. The server runs in-process on a loopback port (uvicorn on its own thread, as in the
window). Runs are interleaved; medians; ratios are medians of back-to-back pairs.
"""

from __future__ import annotations

import time
from dataclasses import replace

from app.core.base.settings import SamplingParams, Settings
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.owner import EngineOwner
from app.core.inference.prompting import ChatMessage

from .common import Row, bench_dir, median, print_table, starter_model

PROMPT = "Write a long, detailed story about a lighthouse keeper and a storm. Use many paragraphs."
KEY = "bench-key"


def _direct(owner: EngineOwner, sampling: SamplingParams):
    owner.with_engine("clear", lambda engine: engine.clear_cache()).result()
    first: list[float] = []
    start = time.perf_counter()
    job = owner.generate(
        [ChatMessage(Role.USER, PROMPT)], None, sampling, lambda _text: first or first.append(time.perf_counter())
    )
    result = job.result()
    end = time.perf_counter()
    return start, first[0], end, result.stats.completion_tokens, result.text


def _through_server(owner: EngineOwner, client, sampling: SamplingParams):
    owner.with_engine("clear", lambda engine: engine.clear_cache()).result()
    first, pieces, tokens = None, [], 0
    start = time.perf_counter()
    stream = client.chat.completions.create(
        model="",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=sampling.max_tokens,
        temperature=sampling.temperature,
        top_p=sampling.top_p,
        seed=sampling.seed,
        stream=True,
        stream_options={"include_usage": True},
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            first = first or time.perf_counter()
            pieces.append(chunk.choices[0].delta.content)
        if chunk.usage is not None:
            tokens = chunk.usage.completion_tokens
    end = time.perf_counter()
    return start, first, end, tokens, "".join(pieces)


def run(quick: bool = False) -> list[Row]:
    import openai

    from app.core.models.library import ModelLibrary
    from app.core.server.app import build_app
    from app.core.server.runner import BackgroundServer, bind
    from app.core.server.service import ModelService

    path, sha = starter_model()
    sampling = SamplingParams(
        temperature=0.0, top_p=0.95, top_k=64, min_p=0.0, repeat_penalty=1.0, max_tokens=64 if quick else 160, seed=7
    )
    settings = replace(Settings(), sampling=sampling)
    options = LoadOptions(n_ctx=2048, n_gpu_layers=0)
    owner = EngineOwner(LlamaCppEngine, name="bench-engine")
    owner.load(path, options, sha256=sha).result()
    service = ModelService(owner, ModelLibrary(bench_dir() / "models"), settings, lambda: options)
    server = BackgroundServer(build_app(service, bind_host="127.0.0.1", api_key=lambda: KEY), bind("127.0.0.1", 0))
    server.start()
    client = openai.OpenAI(base_url=server.address.base_url, api_key=KEY, max_retries=0, timeout=300)
    runs = 2 if quick else 8
    samples = {"direct": [], "server": []}
    try:
        _through_server(owner, client, sampling)  # warm-up: weights paged in, connection open
        for i in range(runs):
            for side in ("direct", "server") if i % 2 == 0 else ("server", "direct"):
                samples[side].append(
                    _direct(owner, sampling) if side == "direct" else _through_server(owner, client, sampling)
                )
    finally:
        server.stop()
        owner.shutdown()
    texts = {side: {s[4] for s in values} for side, values in samples.items()}
    same_output = texts["direct"] == texts["server"] and len(texts["direct"]) == 1

    def decode_tps(s):
        return (s[3] - 1) / (s[2] - s[1])

    def ttft(s):
        return s[1] - s[0]

    server_tps = [decode_tps(s) for s in samples["server"]]
    direct_tps = [decode_tps(s) for s in samples["direct"]]
    added = [ttft(a) - ttft(b) for a, b in zip(samples["server"], samples["direct"])]
    rows = [
        Row(
            "API server: streaming tokens/s (openai client ÷ engine owner)",
            median(server_tps),
            median(direct_tps),
            median([a / b for a, b in zip(server_tps, direct_tps)]),
            0.95,
            lower_is_better=False,
        ),
        Row(
            "API server: added time to first token (ms; target 30)",
            median(added) * 1000,
            None,
            median(added) * 1000 / 30,
            1.0,
            unit="",
        ),
    ]
    print_table(
        "7. API server: openai client through hearth's app vs the engine owner directly",
        rows,
        note=(
            f"{samples['direct'][0][3]} tokens generated, temperature 0, {runs} interleaved runs each, "
            f"identical output: {same_output}; TTFT direct {median([ttft(s) for s in samples['direct']]) * 1000:.0f} ms, "
            f"server {median([ttft(s) for s in samples['server']]) * 1000:.0f} ms"
        ),
        baseline_name="engine owner",
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    from .common import quiet_logging

    quiet_logging()
    run()
