"""3. Reopen: time to first token after a restart, with the saved KV state against a cold prefill.

A ~3,000-token conversation is prefilled once and its state saved the way the app does it when
the user quits (``engine.unload()`` with a KV cache). Then, each in a freshly loaded engine (a
restart: nothing in llama.cpp's memory), the user asks one more question: once with the saved
state on disk (the engine restores it and evaluates only the new question), once without
(everything is evaluated again). The first-token times are compared.
"""

from __future__ import annotations

import shutil

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.kv_cache import KVCache
from app.core.inference.prompting import ChatMessage

from .common import Row, bench_dir, median, print_table, starter_model

SYSTEM = "You are Hearth, a helpful assistant."
PARAGRAPH = (
    "The lighthouse stood on the last rock of the cape, and every evening the keeper climbed its "
    "hundred and twelve steps to trim the wick, polish the great lens and light the lamp. "
)


def _history(target_tokens: int, engine) -> list[ChatMessage]:
    """A conversation of long user messages and short replies, about ``target_tokens`` long."""
    history: list[ChatMessage] = []
    n = 0
    while True:
        history += [
            ChatMessage(Role.USER, f"Part {n + 1} of my notes: " + PARAGRAPH * 6 + "What do you think?"),
            ChatMessage(Role.ASSISTANT, f"Part {n + 1} reads well; the keeper's routine is vivid."),
        ]
        n += 1
        if engine.count_tokens(engine.chat_format.render(history, SYSTEM)) >= target_tokens:
            return history


def _fresh_engine(path, sha, cache):
    engine = LlamaCppEngine(kv_cache=cache)
    engine.load(path, LoadOptions(n_ctx=4096, n_gpu_layers=0), model_sha256=sha)
    return engine


def run(quick: bool = False) -> list[Row]:
    path, sha = starter_model()
    cache_dir = bench_dir() / "kv-reopen"
    shutil.rmtree(cache_dir, ignore_errors=True)
    cache = KVCache(cache_dir, limit_mb=1024)
    sampling = SamplingParams(temperature=0.0, max_tokens=8, seed=3)

    engine = _fresh_engine(path, sha, cache)
    history = _history(1000 if quick else 3000, engine)
    engine.generate(
        history + [ChatMessage(Role.USER, "Summarise my notes.")],
        SYSTEM,
        sampling,
        lambda _: None,
        lambda: False,
        conversation_id="bench",
    )
    last = engine.generate(
        history + [ChatMessage(Role.USER, "Summarise my notes.")],
        SYSTEM,
        sampling,
        lambda _: None,
        lambda: False,
        conversation_id="bench",
    )
    history = history + [ChatMessage(Role.USER, "Summarise my notes."), ChatMessage(Role.ASSISTANT, last.text)]
    engine.unload()  # quitting: the conversation's KV state is written to the cache
    (entry,) = cache.entries()
    ask = history + [ChatMessage(Role.USER, "Which part did you like best?")]

    restored, cold, evaluated = [], [], {}
    for _ in range(1 if quick else 2):
        for label, use_cache in (("restored", cache), ("cold", None)):
            engine = _fresh_engine(path, sha, use_cache)
            result = engine.generate(ask, SYSTEM, sampling, lambda _: None, lambda: False, kv_cache=use_cache)
            engine.unload(save_state=False)
            (restored if use_cache else cold).append(result.stats.time_to_first_token_s)
            evaluated[label] = (
                result.stats.prompt_tokens,
                result.stats.prompt_tokens_evaluated,
                result.restored_tokens,
                result.text,
            )
    r, c = median(restored), median(cold)
    same = evaluated["restored"][3] == evaluated["cold"][3]
    rows = [Row("TTFT after restart: saved KV state / cold prefill", r, c, r / c, 0.15, unit="s")]
    print_table(
        "3. Reopen: first token after a restart, saved KV state vs cold re-prefill",
        rows,
        baseline_name="cold",
        note=(
            f"{evaluated['cold'][0]}-token prompt; saved state {entry.n_tokens} tokens, "
            f"{entry.file_size / 1e6:.1f} MB on disk; evaluated with state: {evaluated['restored'][1]} tokens "
            f"({evaluated['restored'][2]} restored), cold: {evaluated['cold'][1]}; same reply: {same}"
        ),
    )
    shutil.rmtree(cache_dir, ignore_errors=True)
    return rows


if __name__ == "__main__":  # pragma: no cover
    from .common import quiet_logging

    quiet_logging()
    run()
