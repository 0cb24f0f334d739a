"""7. Threads and prompt speed: Hearth's defaults against the best plain llama-cpp-python setting.

Generation: Hearth's engine, loaded with its defaults (physical cores, tuned), against the same
``Llama`` driven by plain ``create_completion`` at every thread count from 1 to the usable CPUs
(switched with ``llama_set_n_threads``, so weights and context are identical). Prefill: Hearth's
load against separately loaded plain ``Llama`` objects over batch sizes, micro-batch sizes and flash
attention. Every configuration runs once per round and rounds are interleaved, so a burst of other
work on the machine hits them alike; medians are compared.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import time
from pathlib import Path

from app.core.history.conversation import Role
from app.core.inference.cpu_threads import usable_cpu_ids
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.prompting import ChatMessage
from app.core.inference.thread_tuning import ThreadTuner

from .common import Row, median, print_table, starter_model

STORY = "Write a long, detailed story about a lighthouse keeper and a storm. Use many paragraphs."
# Plain prefill configurations: (n_batch, n_ubatch, flash_attn). llama-cpp-python's defaults first.
PREFILL_CONFIGS = [
    (512, 512, False),
    (2048, 512, False),
    (512, 256, False),
    (512, 512, True),
    (2048, 2048, False),
    (2048, 512, True),
]


def _decode_tps(llm, tokens: list[int], max_tokens: int) -> float:
    """Tokens/s after the first token of a greedy plain completion from an empty cache."""
    _clear(llm)
    stamps = []
    for _ in llm.create_completion(
        tokens, stream=True, max_tokens=max_tokens, temperature=0.0, seed=7, repeat_penalty=1.0, stop=["<end_of_turn>"]
    ):
        stamps.append(time.perf_counter())
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0


def _prefill_tps(llm, tokens: list[int]) -> float:
    _clear(llm)
    start = time.perf_counter()
    llm.eval(tokens)
    return len(tokens) / (time.perf_counter() - start)


def _clear(llm) -> None:
    import llama_cpp

    llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm.ctx), True)
    llm.reset()


def _plain_llama(path: Path, n_batch: int, n_ubatch: int, flash: bool, threads: int):
    import llama_cpp

    with contextlib.redirect_stderr(io.StringIO()):
        return llama_cpp.Llama(
            str(path),
            n_ctx=2048,
            n_gpu_layers=0,
            n_batch=n_batch,
            n_ubatch=n_ubatch,
            flash_attn=flash,
            n_threads=threads,
            n_threads_batch=threads,
            verbose=False,
        )


def _generation_rows(engine, tokens, rounds, max_tokens, usable) -> tuple[list[Row], str]:
    import llama_cpp

    llm = engine.llama
    chosen = (engine.report.threads.generation, engine.report.threads.batch)
    samples: dict[str, list[float]] = {"hearth": [], **{str(n): [] for n in range(1, usable + 1)}}
    for _ in range(rounds):
        for config in samples:
            threads = chosen if config == "hearth" else (int(config), int(config))
            llama_cpp.llama_set_n_threads(llm.ctx, *threads)
            samples[config].append(_decode_tps(llm, tokens, max_tokens))
    llama_cpp.llama_set_n_threads(llm.ctx, *chosen)
    plain = {n: median(v) for n, v in samples.items() if n != "hearth"}
    best = max(plain, key=plain.__getitem__)
    hearth = median(samples["hearth"])
    note = "plain tokens/s by thread count: " + ", ".join(f"{n}: {v:.1f}" for n, v in plain.items())
    return [
        Row(
            f"generation tokens/s, Hearth default ({engine.report.threads.describe()}) / best plain ({best} threads)",
            hearth,
            plain[best],
            hearth / plain[best],
            0.95,
            lower_is_better=False,
        )
    ], note


def _prefill_rows(engine, path, tokens, rounds, usable) -> tuple[list[Row], str]:
    plains = {config: _plain_llama(path, *config, threads=usable) for config in PREFILL_CONFIGS}
    samples: dict[object, list[float]] = {"hearth": [], **{config: [] for config in plains}}
    for _ in range(rounds):
        samples["hearth"].append(_prefill_tps(engine.llama, tokens))
        for config, llm in plains.items():
            samples[config].append(_prefill_tps(llm, tokens))
    for llm in plains.values():
        llm.close()
    plain = {config: median(samples[config]) for config in plains}
    best = max(plain, key=plain.__getitem__)
    hearth = median(samples["hearth"])
    label = "n_batch {}, n_ubatch {}, flash {}"
    note = "plain prefill tokens/s: " + "; ".join(f"{label.format(*c)}: {v:.0f}" for c, v in plain.items())
    return [
        Row(
            f"prefill tokens/s ({len(tokens)} tokens), Hearth default / best plain ({label.format(*best)})",
            hearth,
            plain[best],
            hearth / plain[best],
            0.95,
            lower_is_better=False,
        )
    ], note


def run(quick: bool = False) -> list[Row]:
    path, sha = starter_model()
    usable = len(usable_cpu_ids())
    engine = LlamaCppEngine()
    with tempfile.TemporaryDirectory() as scratch:
        engine.load(
            path, LoadOptions(n_ctx=2048, n_gpu_layers=0, tuner=ThreadTuner(Path(scratch) / "t.json")), model_sha256=sha
        )
    try:
        story = engine.prompt_tokens(engine.chat_format.render([ChatMessage(Role.USER, STORY)], None))
        long_prompt = engine.prompt_tokens(
            engine.chat_format.render([ChatMessage(Role.USER, " ".join([STORY] * (12 if quick else 60)))], None)
        )[:1800]
        rounds = 2 if quick else 5
        gen_rows, gen_note = _generation_rows(engine, story, rounds, 32 if quick else 96, usable)
        pre_rows, pre_note = _prefill_rows(engine, path, long_prompt, rounds, usable)
    finally:
        engine.unload(save_state=False)
    rows = gen_rows + pre_rows
    print_table(
        "7. Threads and prompt speed: Hearth's defaults vs the best plain llama-cpp-python setting",
        rows,
        note=f"{usable} usable CPUs, {rounds} interleaved rounds, medians.\n{gen_note}\n{pre_note}",
        baseline_name="best plain",
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    from .common import quiet_logging

    quiet_logging()
    run()
