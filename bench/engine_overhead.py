"""1. Engine overhead: Hearth's ``engine.generate`` against a plain ``Llama.create_completion``.

Both drive the very same loaded ``Llama`` (same weights, threads and context settings) with the
same prompt tokens and sampling, at temperature 0 so both produce the same tokens. Runs are
interleaved (A B B A ...) so drift on a shared machine hits both sides alike; medians are compared.
"""

from __future__ import annotations

import time

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.prompting import ChatMessage

from .common import Row, median, print_table, starter_model

PROMPT = "Write a long, detailed story about a lighthouse keeper and a storm. Use many paragraphs."


def _generated(llm, n_prompt: int, finish_reason: str) -> int:
    """Tokens generated: the KV cache holds all but the last one sampled (see inference.generation_stats)."""
    in_cache = max(0, llm.n_tokens - n_prompt)
    return in_cache + (0 if finish_reason == "stop" else 1)


def _hearth(engine, history, sampling):
    engine.clear_cache()
    pieces: list[str] = []
    first: list[float] = []

    def on_text(text: str) -> None:
        if not first:
            first.append(time.perf_counter())
        pieces.append(text)

    start = time.perf_counter()
    result = engine.generate(history, None, sampling, on_text, lambda: False)
    end = time.perf_counter()
    return start, first[0], end, result.stats.completion_tokens, result.text


def _plain(engine, tokens, sampling):
    llm = engine.llama
    engine.clear_cache()
    pieces: list[str] = []
    first, finish = None, "stop"
    start = time.perf_counter()
    stream = llm.create_completion(
        tokens,
        stream=True,
        max_tokens=sampling.max_tokens,
        temperature=sampling.temperature,
        top_p=sampling.top_p,
        top_k=sampling.top_k,
        min_p=sampling.min_p,
        repeat_penalty=sampling.repeat_penalty,
        seed=sampling.seed,
        stop=["<end_of_turn>"],
    )
    for chunk in stream:
        if first is None:
            first = time.perf_counter()
        choice = chunk["choices"][0]
        pieces.append(choice.get("text") or "")
        finish = choice.get("finish_reason") or finish
    end = time.perf_counter()
    return start, first, end, _generated(llm, len(tokens), finish), "".join(pieces)


def run(quick: bool = False) -> list[Row]:
    path, sha = starter_model()
    engine = LlamaCppEngine()
    engine.load(path, LoadOptions(n_ctx=2048, n_gpu_layers=0), model_sha256=sha)
    llm = engine.llama
    history = [ChatMessage(Role.USER, PROMPT)]
    sampling = SamplingParams(
        temperature=0.0, top_p=0.95, top_k=64, min_p=0.0, repeat_penalty=1.0, max_tokens=64 if quick else 160, seed=7
    )
    tokens = engine.prompt_tokens(engine.chat_format.render(history, None))
    runs = 2 if quick else 8
    samples = {"hearth": [], "plain": []}
    _hearth(engine, history, sampling)  # warm-up: page in the weights, build the graphs
    for i in range(runs):
        order = ("hearth", "plain") if i % 2 == 0 else ("plain", "hearth")
        for side in order:
            outcome = _hearth(engine, history, sampling) if side == "hearth" else _plain(engine, tokens, sampling)
            samples[side].append(outcome)
    texts = {side: {s[4] for s in runs_} for side, runs_ in samples.items()}
    same_output = texts["hearth"] == texts["plain"] and len(texts["hearth"]) == 1

    def decode_tps(s):  # tokens after the first, over the time after the first
        return (s[3] - 1) / (s[2] - s[1])

    def total_tps(s):
        return s[3] / (s[2] - s[0])

    rows = []
    for label, fn, target in (
        ("streaming tokens/s (after first token)", decode_tps, 0.97),
        ("end-to-end tokens/s (incl. prompt)", total_tps, None),
    ):
        h = [fn(s) for s in samples["hearth"]]
        p = [fn(s) for s in samples["plain"]]
        # The ratio of each side-by-side pair, then the median: pairs run back to back share
        # whatever else the machine was doing at the time.
        ratio = median([a / b for a, b in zip(h, p)])
        rows.append(Row(label, median(h), median(p), ratio, target, lower_is_better=False))
    n_tokens = samples["hearth"][0][3]
    threads = (llm.context_params.n_threads, llm.context_params.n_threads_batch)
    engine.unload(save_state=False)
    print_table(
        "1. Engine overhead: Hearth engine.generate vs plain Llama.create_completion",
        rows,
        note=(
            f"{len(tokens)} prompt tokens, {n_tokens} generated, temperature 0, threads {threads[0]} "
            f"(batch {threads[1]}), {runs} interleaved runs each; medians, ratio = median of pair ratios; "
            f"identical output: {same_output}"
        ),
        baseline_name="plain llama_cpp",
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    from .common import quiet_logging

    quiet_logging()
    run()
