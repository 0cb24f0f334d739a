"""The engine owner: one thread, jobs in order, stop and cancel, errors that do not kill it,
and an ordered shutdown. A scripted engine records what it is asked and on which thread; one
test drives the real starter model through it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import EngineError, LoadOptions, ModelLoadError
from app.core.inference.owner import EngineOwner, JobCancelled, OwnerClosed
from app.core.inference.prompting import ChatMessage
from tests.fakes import ScriptedEngine

HANG_GUARD_S = 20  # catches a hang only
HISTORY = [ChatMessage(Role.USER, "Hello")]


class RecordingEngine(ScriptedEngine):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.events: list[tuple[str, str]] = []
        self.fail_next_generate: Exception | None = None

    def _record(self, event: str) -> None:
        self.events.append((event, threading.current_thread().name))

    def load(self, path, options, model_sha256=""):
        self._record(f"load {Path(path).name}")
        return super().load(path, options, model_sha256)

    def unload(self):
        self._record("unload")
        super().unload()

    def forget_conversation(self, conversation_id):
        self._record(f"forget {conversation_id}")
        return 0

    def generate(
        self, history, system_prompt, sampling, on_text, should_stop, overflow_policy="stop", *, conversation_id=None
    ):
        self._record(f"generate {history[-1].content}")
        if self.fail_next_generate is not None:
            error, self.fail_next_generate = self.fail_next_generate, None
            raise error
        return super().generate(
            history, system_prompt, sampling, on_text, should_stop, overflow_policy, conversation_id=conversation_id
        )


@pytest.fixture
def make_owner():
    owners = []

    def make(engine=None, **kwargs):
        engine = engine or RecordingEngine()
        owner = EngineOwner(lambda: engine, name="test-engine", **kwargs)
        owners.append(owner)
        return owner, engine

    yield make
    for owner in owners:
        owner.shutdown(HANG_GUARD_S)


def _ask(owner, text, sink=None):
    return owner.generate(
        [ChatMessage(Role.USER, text)], None, SamplingParams(), (sink if sink is not None else []).append
    )


def test_jobs_run_in_order_on_the_owner_thread(make_owner, tmp_path):
    owner, engine = make_owner(RecordingEngine(delay_s=0.001))
    load = owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512))
    replies = [_ask(owner, f"q{i}") for i in range(3)]
    forget = owner.forget_conversation("c1")
    forget.result(HANG_GUARD_S)
    assert load.result(0).report.path.name == "a.gguf"
    assert [r.result(0).text for r in replies] == ["".join(engine.tokens)] * 3
    assert [event for event, _ in engine.events] == [
        "load a.gguf",
        "generate q0",
        "generate q1",
        "generate q2",
        "forget c1",
    ]
    assert {thread for _, thread in engine.events} == {"test-engine"}


def test_loading_the_same_model_twice_is_skipped(make_owner, tmp_path):
    owner, engine = make_owner()
    first = owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    second = owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    assert not first.skipped and second.skipped and second.report is first.report
    assert [event for event, _ in engine.events] == ["load a.gguf"]


def test_a_queued_job_can_be_cancelled_and_never_runs(make_owner, tmp_path):
    owner, engine = make_owner(RecordingEngine(tokens=("w ",) * 2000, delay_s=0.005))
    owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512))
    first, second, third = _ask(owner, "first"), _ask(owner, "second"), _ask(owner, "third")
    engine.tokens = ["short"]  # the running reply keeps its own list; the next ones are quick
    assert second.cancel() is True
    first.stop()
    with pytest.raises(JobCancelled):
        second.result(HANG_GUARD_S)
    assert third.result(HANG_GUARD_S).finish_reason == "stop"
    assert first.result(0).finish_reason == "stopped"
    assert [event for event, _ in engine.events] == ["load a.gguf", "generate first", "generate third"]


def test_cancelling_a_running_generation_stops_it_and_the_next_job_starts(make_owner, tmp_path):
    owner, engine = make_owner(RecordingEngine(tokens=("w ",) * 5000, delay_s=0.005))
    owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    streamed: list[str] = []
    running = _ask(owner, "long", streamed)
    following = _ask(owner, "next")
    while not streamed:
        running.wait(0.01)
    engine.tokens = ["short"]  # the running reply keeps its own list; the next one is quick
    assert running.cancel() is False  # already started: it is stopped instead
    result = running.result(HANG_GUARD_S)
    assert result.finish_reason == "stopped" and len(streamed) < 5000
    assert following.result(HANG_GUARD_S).finish_reason == "stop"


def test_errors_reach_the_caller_and_do_not_kill_the_thread(make_owner, tmp_path):
    owner, engine = make_owner()
    with pytest.raises(EngineError, match="no model is loaded"):
        _ask(owner, "too early").result(HANG_GUARD_S)
    owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    engine.fail_next_generate = RuntimeError("boom")
    with pytest.raises(RuntimeError, match="boom"):
        _ask(owner, "fails").result(HANG_GUARD_S)
    assert _ask(owner, "works").result(HANG_GUARD_S).finish_reason == "stop"
    failing = owner.call("broken callback", lambda: 1)
    failing.add_done_callback(lambda job: 1 / 0)  # a caller's bug is logged, not fatal
    assert failing.result(HANG_GUARD_S) == 1
    assert _ask(owner, "still works").result(HANG_GUARD_S).finish_reason == "stop"
    assert owner.alive


def test_a_failed_load_leaves_no_model_and_is_reported(make_owner, tmp_path):
    owner, _ = make_owner(RecordingEngine(fail_load="the file is damaged"))
    with pytest.raises(ModelLoadError, match="damaged"):
        owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    assert owner.loaded_path is None
    with pytest.raises(EngineError):
        _ask(owner, "x").result(HANG_GUARD_S)


def test_shutdown_stops_the_reply_skips_the_queue_forgets_then_unloads(make_owner, tmp_path):
    forgotten_on_disk: list[str] = []
    owner, engine = make_owner(
        RecordingEngine(tokens=("w ",) * 100000, delay_s=0.002), forget_saved=forgotten_on_disk.append
    )
    owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    streamed: list[str] = []
    running = _ask(owner, "long", streamed)
    queued = _ask(owner, "queued")
    forget = owner.forget_conversation("deleted")
    while not streamed:
        running.wait(0.01)
    assert owner.shutdown(HANG_GUARD_S) is True
    assert not owner.alive
    assert running.result(0).finish_reason == "stopped"
    with pytest.raises(OwnerClosed):
        queued.result(0)
    forget.result(0)
    assert forgotten_on_disk == ["deleted"]
    assert [event for event, _ in engine.events] == ["load a.gguf", "generate long", "forget deleted", "unload"]
    with pytest.raises(OwnerClosed):  # nothing new is taken after shutdown
        _ask(owner, "late").result(HANG_GUARD_S)


def test_prompt_reading_progress_reaches_the_caller_and_stop_ends_it(make_owner, tmp_path):
    owner, engine = make_owner(ScriptedEngine(prefill=(300, 100)))
    owner.load(tmp_path / "a.gguf", LoadOptions(n_ctx=512)).result(HANG_GUARD_S)
    progress: list[tuple[int, int]] = []
    job = owner.generate(HISTORY, None, SamplingParams(), [].append, on_prefill=lambda *p: progress.append(p))
    assert job.result(HANG_GUARD_S).finish_reason == "stop"
    assert progress == [(0, 300), (100, 300), (200, 300), (300, 300)]
    # Stopped while the prompt is read: no reply, and no chunk after the stop.
    engine.prefill_gate = gate = threading.Event()
    progress.clear()
    job = owner.generate(HISTORY, None, SamplingParams(), [].append, on_prefill=lambda *p: progress.append(p))
    while len(progress) < 2:
        job.wait(0.01)
    job.stop()
    gate.set()
    result = job.result(HANG_GUARD_S)
    assert result.finish_reason == "stopped" and result.text == ""
    assert progress[-1][0] < 300


@pytest.mark.model
def test_the_real_model_through_the_owner(starter_gguf, tmp_path):
    from app.core.inference.engine import LlamaCppEngine

    def engine():
        real = LlamaCppEngine()
        real.trial_cache = tmp_path / "trials.json"
        return real

    owner = EngineOwner(engine)
    try:
        owner.load(starter_gguf, LoadOptions(n_ctx=1024, n_gpu_layers=0)).result(120)
        fitted = owner.fit(HISTORY, None, SamplingParams()).result(HANG_GUARD_S)
        assert fitted.text
        pieces: list[str] = []
        first = owner.generate(HISTORY, None, SamplingParams(max_tokens=400, seed=1, temperature=0.0), pieces.append)
        second = owner.generate(HISTORY, None, SamplingParams(max_tokens=8, seed=1), [].append)
        while not pieces:
            first.wait(0.01)
        first.stop()
        stopped = first.result(60)
        assert stopped.finish_reason == "stopped" and stopped.stats.completion_tokens < 400
        assert second.result(60).stats.completion_tokens > 0
    finally:
        assert owner.shutdown(60)
