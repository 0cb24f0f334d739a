"""The statistics stored with a reply, from llama.cpp's own counters: prompt tokens read and
evaluated, reply tokens, time to the first token and tokens per second."""

from __future__ import annotations

from ..base.settings import SamplingParams
from ..history.conversation import GenerationStats
from .llama_runtime import perf as runtime_perf


def generation_stats(
    llm,
    tokens: list[int],
    text: str,
    sampling: SamplingParams,
    seed: int,
    finish_reason: str,
    times: tuple[float, float | None, float],
    model_file: str,
    model_sha256: str,
) -> GenerationStats:
    """The numbers for one reply of ``llm`` to the prompt ``tokens``.

    ``times``: (start, first token or None, end), in ``time.perf_counter`` seconds.
    """
    start, first, end = times
    # The KV cache now holds the prompt and every generated token but the last one sampled
    # (the end-of-turn token, or the one after which we stopped), so llama.cpp's own counters
    # split into prompt tokens evaluated and reply tokens without guessing.
    in_cache = max(0, llm.n_tokens - len(tokens))
    completion = in_cache + (1 if finish_reason != "stop" and (in_cache or text) else 0)
    perf = runtime_perf(llm.ctx)
    if perf is not None:
        evaluated = min(len(tokens), max(0, perf.n_p_eval + perf.n_eval - in_cache))
    else:
        evaluated = len(tokens)
    gen_time = end - first if first is not None else 0.0
    return GenerationStats(
        time_to_first_token_s=None if first is None else round(first - start, 4),
        tokens_per_second=round((completion - 1) / gen_time, 2) if completion > 1 and gen_time > 0 else None,
        prompt_tokens=len(tokens),
        prompt_tokens_evaluated=evaluated,
        completion_tokens=completion,
        model_file=model_file,
        model_sha256=model_sha256,
        sampling=sampling.to_dict(),
        seed=seed,
        finish_reason=finish_reason,
    )
