"""2. Growth: time to first token late in a conversation against early in the same conversation.

A scripted 20-turn conversation (fixed questions, replies generated at temperature 0 and capped)
runs on one engine as the app runs it: the history is re-rendered every turn and llama.cpp reuses
the cached prefix. The ratio TTFT(turn 20) / TTFT(turn 2) shows whether turns get slower as the
history grows. A single TTFT is ~50 ms here, so one sample is at the mercy of whatever else the
machine runs: turns 2 and 20 are each asked several times with reworded questions (the same
history before them, about the same number of new tokens) and the medians compared. For scale,
the table also shows turn 20 with the cache cleared (a full re-prefill: what an app without
prefix reuse pays every turn).
"""

from __future__ import annotations

import time

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.prompting import ChatMessage

from .common import Row, median, print_table, starter_model

SYSTEM = "You are Hearth, a helpful assistant. Keep answers short."
QUESTIONS = [
    "What is a lighthouse for?",
    "Who keeps it running?",
    "How is the lamp lit?",
    "What happens in a storm?",
    "Why do ships need it?",
    "How tall can one be?",
    "What is a foghorn?",
    "How far can the light be seen?",
    "Who built the first one?",
    "Are they still used today?",
    "What replaced the keepers?",
    "What is a Fresnel lens?",
    "How does the lens focus light?",
    "What colour is the light?",
    "Why does it flash?",
    "How do sailors tell lighthouses apart?",
    "What is a lightship?",
    "Can you visit one?",
    "What is the oldest one still standing?",
    "Sum up what we discussed.",
]


def _conversation(engine, sampling, turns: int) -> list:
    """Run the scripted conversation; returns each turn's GenerationStats."""
    history: list[ChatMessage] = []
    stats = []
    for question in QUESTIONS[:turns]:
        history.append(ChatMessage(Role.USER, question))
        result = engine.generate(history, SYSTEM, sampling, lambda _: None, lambda: False)
        stats.append(result.stats)
        history.append(ChatMessage(Role.ASSISTANT, result.text))
    return stats, history


REWORDINGS = [
    "Please answer this: {q}",
    "{q} Answer in one line.",
    "Quick question: {q}",
    "{q} Be brief.",
    "Tell me: {q}",
    "{q} Keep it short.",
    "One more: {q}",
    "{q} Thanks.",
    "Next: {q}",
]


def _ttft_samples(engine, history: list[ChatMessage], question: str, reps: int) -> list[float]:
    """TTFT of this turn asked ``reps`` times in rewordings, each time on the same history."""
    one_token = SamplingParams(temperature=0.0, max_tokens=1, seed=11)
    samples = []
    for wording in REWORDINGS[:reps]:
        prompt = history + [ChatMessage(Role.USER, wording.format(q=question))]
        result = engine.generate(prompt, SYSTEM, one_token, lambda _: None, lambda: False)
        samples.append(result.stats.time_to_first_token_s)
    return samples


def _llama_cpp_floor(engine, history: list[ChatMessage], question: str, reps: int) -> list[float]:
    """The same turn's new tokens decoded by llama.cpp alone (``Llama.eval``) on the same cached
    prefix: the cost no engine can avoid. Each rep rolls the cache back to the shared prefix."""
    import llama_cpp

    llm = engine.llama
    prompt = history + [ChatMessage(Role.USER, REWORDINGS[0].format(q=question))]
    tokens = engine.prompt_tokens(engine.chat_format.render(prompt, SYSTEM))
    held = llm.input_ids[: llm.n_tokens].tolist()
    keep = next((i for i, (a, b) in enumerate(zip(held, tokens)) if a != b), min(len(held), len(tokens)))
    samples = []
    for _ in range(reps):
        llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm.ctx), -1, keep, -1)
        llm.n_tokens = keep
        start = time.perf_counter()
        llm.eval(tokens[keep:])
        samples.append(time.perf_counter() - start)
    return samples


def run(quick: bool = False) -> list[Row]:
    path, sha = starter_model()
    engine = LlamaCppEngine()
    engine.load(path, LoadOptions(n_ctx=4096, n_gpu_layers=0), model_sha256=sha)
    sampling = SamplingParams(temperature=0.0, repeat_penalty=1.1, max_tokens=40 if quick else 64, seed=11)
    turns = 8 if quick else 20
    reps = 5 if quick else 9
    stats, history = _conversation(engine, sampling, turns)
    # Late first: the cache then still holds the whole conversation, so each ask evaluates only
    # its own new tokens (asking turn 2 first would cut the cache back to turn 1).
    late = _ttft_samples(engine, history[: 2 * (turns - 1)], QUESTIONS[turns - 1], reps)
    floor_late = _llama_cpp_floor(engine, history[: 2 * (turns - 1)], QUESTIONS[turns - 1], reps)
    early = _ttft_samples(engine, history[:2], QUESTIONS[1], reps)
    floor_early = _llama_cpp_floor(engine, history[:2], QUESTIONS[1], reps)
    cold = []
    for _ in range(3 if quick else 5):  # the last turn from a cleared cache: a full re-prefill
        engine.clear_cache()
        result = engine.generate(
            history[:-1], SYSTEM, SamplingParams(temperature=0.0, max_tokens=1), lambda _: None, lambda: False
        )
        cold.append(result.stats.time_to_first_token_s)
    engine.unload(save_state=False)
    e, last, c = median(early), median(late), median(cold)
    rows = [
        Row(f"TTFT turn {turns} / turn 2", last, e, last / e, 1.3, unit="s"),
        Row(
            f"llama.cpp alone: decode of the same new tokens, turn {turns} / turn 2",
            median(floor_late),
            median(floor_early),
            median(floor_late) / median(floor_early),
            None,
            unit="s",
        ),
        Row(f"TTFT turn {turns}: prefix reuse / full re-prefill", last, c, last / c, None, unit="s"),
    ]
    print_table(
        "2. Growth: time to first token as the conversation grows",
        rows,
        baseline_name="baseline",
        note=(
            f"{turns} turns, replies capped at {sampling.max_tokens} tokens; TTFT medians of {reps} asks per turn. "
            f"Prompt tokens (evaluated): turn 2 {stats[1].prompt_tokens} ({stats[1].prompt_tokens_evaluated}), "
            f"turn {turns} {stats[-1].prompt_tokens} ({stats[-1].prompt_tokens_evaluated})\n"
            "TTFT of each turn as it happened, one sample each (s): "
            + " ".join(f"{s.time_to_first_token_s:.2f}" for s in stats)
        ),
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    from .common import quiet_logging

    quiet_logging()
    run()
