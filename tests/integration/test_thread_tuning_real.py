"""The auto-tune through the real engine and the starter Gemma GGUF: it runs on the first load,
is remembered for the next, leaves the context empty and generation unchanged."""

from __future__ import annotations

import json

import pytest

import app.core.inference.engine as engine_module
from app.core.base.settings import SamplingParams
from app.core.inference.cpu_threads import ThreadChoice
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.thread_tuning import ThreadTuner

pytestmark = pytest.mark.model


def test_first_load_tunes_and_the_next_remembers(starter_gguf, tmp_path, monkeypatch):
    # Two candidates even on a 2-core machine: 1 thread (as if 1 physical core) against 2.
    monkeypatch.setattr("app.core.inference.thread_tuning.machine_is_busy", lambda usable: False)  # shared CI machines
    monkeypatch.setattr(engine_module, "choose_threads", lambda override=0: ThreadChoice(1, 2, "1 physical core"))
    store = tmp_path / "tuning.json"
    engine = LlamaCppEngine()
    try:
        report = engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=0, tuner=ThreadTuner(store)))
        assert report.threads.tuned and report.threads.generation in (1, 2) and report.threads.batch == 2
        assert report.threads.describe() in report.summary()
        (measured,) = json.loads(store.read_text()).values()
        assert set(measured["seconds_per_token"]) == {"1", "2"}
        assert all(0 < t < 5 for t in measured["seconds_per_token"].values())
        # The tune left no tokens behind: a greedy reply equals one from a fresh, untuned load.
        sampling = SamplingParams(temperature=0.0, max_tokens=12, seed=1)
        tuned_text = engine.generate(
            [_user("The capital of France is")], None, sampling, lambda _: None, lambda: False
        ).text
        engine.unload(save_state=False)

        monkeypatch.setattr(ThreadTuner, "_measure", staticmethod(lambda *a: pytest.fail("measured twice")))
        again = engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=0, tuner=ThreadTuner(store)))
        assert again.threads.generation == report.threads.generation
        engine.unload(save_state=False)
        engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=0))
        plain_text = engine.generate(
            [_user("The capital of France is")], None, sampling, lambda _: None, lambda: False
        ).text
        assert tuned_text == plain_text
    finally:
        engine.unload(save_state=False)


def _user(text: str):
    from app.core.history.conversation import Role
    from app.core.inference.prompting import ChatMessage

    return ChatMessage(Role.USER, text)


def test_override_is_not_tuned(starter_gguf, tmp_path):
    engine = LlamaCppEngine()
    try:
        report = engine.load(
            starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=0, n_threads=1, tuner=ThreadTuner(tmp_path / "t.json"))
        )
        assert (report.threads.generation, report.threads.reason, report.threads.tuned) == (1, "set in Settings", False)
        assert not (tmp_path / "t.json").exists()
    finally:
        engine.unload(save_state=False)
