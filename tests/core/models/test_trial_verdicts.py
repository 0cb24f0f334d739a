"""How a trial load's end becomes a verdict, and which verdicts are remembered. The child here is
a stand-in script that dies the way llama.cpp or a user would make it; the real thing (a crafted
GGUF that aborts llama.cpp) is in tests/integration/test_trial_load.py."""

from __future__ import annotations

import json
import sys

import pytest

from app.core.models import trial_load
from app.core.models.trial_load import CRASHED, INTERRUPTED, PASSED, SKIPPED, cached_verdict, ensure_trial
from tests.gguf_craft import write_gguf

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _child(monkeypatch, code: str) -> None:
    """Make the 'trial' run this Python code instead of loading the model."""
    monkeypatch.setattr(trial_load, "trial_command", lambda path: [sys.executable, "-c", code])


@pytest.fixture
def model(tmp_path):
    return write_gguf(tmp_path / "m.gguf")


@POSIX
def test_an_abort_is_a_crash_with_the_last_log_line_and_is_remembered(monkeypatch, model, tmp_path):
    _child(
        monkeypatch,
        "import os, sys\n"
        "print('load_hparams: reading', file=sys.stderr)\n"
        "print('/build/x/src/llama-model.cpp:1328: GGML_ASSERT(n > 0) failed', file=sys.stderr, flush=True)\n"
        "os.abort()",
    )
    cache = tmp_path / ".trials.json"
    verdict = ensure_trial(model, cache, "ab" * 32)
    assert verdict.outcome == CRASHED and not verdict.usable and verdict.exit_code == -6
    assert verdict.reason == (
        "llama.cpp crashed while loading this file (exit -6): llama-model.cpp:1328: GGML_ASSERT(n > 0) failed"
    )
    assert list(json.loads(cache.read_text())) == ["sha256:" + "ab" * 32]
    monkeypatch.setattr(trial_load.subprocess, "run", lambda *a, **k: pytest.fail("tried again"))
    assert ensure_trial(model, cache, "AB" * 32).cached
    assert cached_verdict(model, cache) is None  # stored by sha256 only; without it, unknown


@POSIX
def test_the_quoted_log_carries_no_terminal_escapes(monkeypatch, model, tmp_path):
    _child(
        monkeypatch,
        "import os, sys\nprint('error: bad name \\x1b]52;c;aGk=\\x07 here', file=sys.stderr, flush=True)\nos.abort()",
    )
    verdict = ensure_trial(model, tmp_path / ".trials.json")
    assert verdict.outcome == CRASHED and "\x1b" not in verdict.reason and "\x07" not in verdict.reason
    assert "error: bad name ?]52;c;aGk=? here" in verdict.reason


@POSIX
@pytest.mark.parametrize(
    "code",
    [
        "import os, signal; os.kill(os.getpid(), signal.SIGTERM)",
        "raise KeyboardInterrupt",
        f"raise SystemExit({trial_load.EXIT_INTERRUPTED})",
    ],
)
def test_a_stopped_trial_is_not_a_verdict(monkeypatch, model, tmp_path, code):
    if code == "raise KeyboardInterrupt":  # what Ctrl+C does to the real child
        code = (
            "from app.core.models.trial_load import child_main\nimport app.core.models.trial_load as t\n"
            "t._load_once = lambda path: (_ for _ in ()).throw(KeyboardInterrupt)\nraise SystemExit(child_main(['x']))"
        )
    _child(monkeypatch, code)
    cache = tmp_path / ".trials.json"
    verdict = ensure_trial(model, cache)
    assert verdict.outcome == INTERRUPTED and verdict.usable
    assert not cache.exists()


def test_a_child_that_cannot_start_or_use_llama_cpp_skips_the_trial(monkeypatch, model, tmp_path):
    monkeypatch.setattr(trial_load, "trial_command", lambda path: [str(tmp_path / "no-such-program")])
    assert ensure_trial(model, tmp_path / ".trials.json").outcome == SKIPPED
    _child(monkeypatch, f"raise SystemExit({trial_load.EXIT_BROKEN_INSTALL})")
    verdict = ensure_trial(model, tmp_path / ".trials.json")
    assert verdict.outcome == SKIPPED and verdict.usable
    assert not (tmp_path / ".trials.json").exists()


def test_a_pass_is_remembered_by_path_size_and_time_without_a_hash(monkeypatch, model, tmp_path):
    _child(monkeypatch, "pass")
    cache = tmp_path / ".trials.json"
    assert ensure_trial(model, cache).outcome == PASSED
    assert cached_verdict(model, cache).outcome == PASSED
    model.write_bytes(model.read_bytes() + b"\0")  # a changed file is a new file
    assert cached_verdict(model, cache) is None


def test_a_broken_cache_file_is_ignored(model, tmp_path):
    cache = tmp_path / ".trials.json"
    cache.write_text("[" * 100_000)
    assert cached_verdict(model, cache, "ab" * 32) is None


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_fifo_as_the_verdict_file_does_not_block(model, tmp_path):
    import os

    os.mkfifo(tmp_path / ".trials.json")
    assert cached_verdict(model, tmp_path / ".trials.json") is None
