"""Reading a long prompt with progress, on the real starter model (issue 15: "Reading 1,840 tokens… 40%").

The engine is loaded with 64-token micro-batches (and 256-token batches, as the app uses 512 and
2,048) so a prompt of a few hundred tokens is read in several chunks; the chunk is always the
micro-batch, which is why the reply is the same as when llama.cpp splits one large batch itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.prompting import ChatMessage

pytestmark = pytest.mark.model
CHUNK = 64
GREEDY = SamplingParams(temperature=0.0, max_tokens=16, seed=1, repeat_penalty=1.0)
STORY = "Here is a story. " + "The lighthouse keeper climbed the stairs every night and lit the lamp. " * 16
HISTORY = [ChatMessage(Role.USER, STORY + "\nWhat did the keeper do every night?")]


@pytest.fixture(scope="module")
def engine(starter_gguf: Path):
    engine = LlamaCppEngine()
    engine.trial_cache = starter_gguf.parent / ".trials.json"
    engine.load(starter_gguf, LoadOptions(n_ctx=2048, n_gpu_layers=0, extra={"n_batch": 4 * CHUNK, "n_ubatch": CHUNK}))
    yield engine
    engine.unload(save_state=False)


class _CountingEval:
    """Wraps ``Llama.eval`` to record how many tokens each decode call evaluates."""

    def __init__(self, llm):
        self.sizes: list[int] = []
        self._eval = llm.eval

    def __call__(self, tokens):
        self.sizes.append(len(tokens))
        return self._eval(tokens)


def _generate(engine, history=HISTORY, on_prefill=None, should_stop=lambda: False):
    pieces: list[str] = []
    result = engine.generate(history, None, GREEDY, pieces.append, should_stop, on_prefill=on_prefill)
    assert result.text == "".join(pieces)
    return result


def test_a_long_prompt_reports_growing_progress_and_is_read_once(engine, monkeypatch):
    engine.clear_cache()
    prompt_tokens = len(engine.prompt_tokens(engine.fit(HISTORY, None, GREEDY).text))
    assert prompt_tokens > 3 * CHUNK  # several chunks
    counter = _CountingEval(engine.llama)
    monkeypatch.setattr(engine.llama, "eval", counter)
    progress: list[tuple[int, int]] = []
    result = _generate(engine, on_prefill=lambda done, total: progress.append((done, total)))

    assert result.finish_reason in ("stop", "length") and result.text.strip()
    assert progress[0] == (0, prompt_tokens) and progress[-1] == (prompt_tokens, prompt_tokens)
    dones = [done for done, _ in progress]
    assert dones == sorted(set(dones))  # strictly increasing
    assert all(total == prompt_tokens for _, total in progress)
    assert len(progress) == 1 + -(-prompt_tokens // CHUNK)  # a start, then one per chunk
    # create_completion reused what the prefill read: the prompt was evaluated once, in chunks;
    # create_completion's own first eval found it all cached (0 tokens), then one per new token.
    reading = len(progress) - 1
    assert counter.sizes[:reading] == [min(CHUNK, prompt_tokens - start) for start in range(0, prompt_tokens, CHUNK)]
    assert counter.sizes[reading] == 0, counter.sizes
    assert all(size == 1 for size in counter.sizes[reading + 1 :]), counter.sizes
    assert result.stats.prompt_tokens_evaluated == prompt_tokens


def test_the_same_greedy_reply_with_and_without_chunks(engine):
    engine.clear_cache()
    plain = _generate(engine)
    engine.clear_cache()
    chunked = _generate(engine, on_prefill=lambda done, total: None)
    assert chunked.text == plain.text and plain.text.strip()


def test_a_follow_up_reads_only_its_new_tokens(engine):
    engine.clear_cache()
    first = _generate(engine)
    follow_up = [*HISTORY, ChatMessage(Role.ASSISTANT, first.text), ChatMessage(Role.USER, "And in the morning?")]
    progress: list[tuple[int, int]] = []
    result = _generate(engine, follow_up, on_prefill=lambda done, total: progress.append((done, total)))
    total = progress[-1][1]
    assert 0 < total < result.stats.prompt_tokens // 2  # the cached turn was not read again
    assert progress[-1] == (total, total)


def test_stop_while_reading_stops_and_keeps_what_was_read(engine):
    engine.clear_cache()
    progress: list[tuple[int, int]] = []
    stop = {"now": False}

    def on_prefill(done: int, total: int) -> None:
        progress.append((done, total))
        if done >= 2 * CHUNK:
            stop["now"] = True  # the user pressed Stop while the prompt was being read

    result = _generate(engine, on_prefill=on_prefill, should_stop=lambda: stop["now"])
    assert result.finish_reason == "stopped" and result.text == ""
    read, total = progress[-1]
    assert read == 2 * CHUNK < total  # no chunk after the stop
    # Asking again reads only the rest: the chunks read before the stop stayed in the cache.
    again: list[tuple[int, int]] = []
    resumed = _generate(engine, on_prefill=lambda done, whole: again.append((done, whole)))
    assert again[0] == (0, total - read) and again[-1] == (total - read, total - read)
    assert resumed.text.strip()
