"""The real starter Gemma GGUF through the engine, the turn bookkeeping and the CLI."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core.base.settings import SamplingParams, Settings
from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import Storage
from app.core.history.turns import ReplyBuffer, begin_turn, status_for
from app.core.inference.engine import LlamaCppEngine, LoadOptions, ModelLoadError
from app.core.inference.prompting import ChatMessage
from tests.build_facts import expected_auto_backend

pytestmark = pytest.mark.model
GREEDY = SamplingParams(temperature=0.0, max_tokens=24, seed=1)


def test_engine_streams_a_reply_from_the_starter_model(loaded_engine):
    pieces: list[str] = []
    result = loaded_engine.generate(
        [ChatMessage(Role.USER, "Write one sentence about the sea.")], None, GREEDY, pieces.append, lambda: False
    )
    assert len(pieces) > 1  # streamed, not delivered at once
    assert "".join(pieces) == result.text and result.text.strip()
    assert result.stats.completion_tokens > 0 and result.stats.prompt_tokens > 5
    assert result.stats.time_to_first_token_s is not None
    assert loaded_engine.report.chat_format.startswith("gemma turns")


def test_same_seed_gives_same_reply(loaded_engine):
    sampling = SamplingParams(temperature=0.8, max_tokens=16, seed=42)
    history = [ChatMessage(Role.USER, "Name a colour.")]
    first = loaded_engine.generate(history, None, sampling, lambda _: None, lambda: False)
    loaded_engine.clear_cache()
    second = loaded_engine.generate(history, None, sampling, lambda _: None, lambda: False)
    assert first.text == second.text and first.stats.seed == 42


def test_stop_mid_stream_returns_quickly_and_is_persisted_as_stopped(loaded_engine, tmp_path):
    storage = Storage(tmp_path / "h.sqlite3")
    conv = storage.create_conversation()
    request = begin_turn(
        storage,
        conv.id,
        "Count slowly from one to one thousand.",
        Settings().with_changes(sampling=SamplingParams(temperature=0.0, max_tokens=2000)),
    )
    buffer = ReplyBuffer(storage, request)
    stop = threading.Event()
    stopped_at: list[float] = []

    def on_text(piece: str) -> None:
        buffer.append(piece)
        if len(buffer.text) > 20 and not stop.is_set():
            stop.set()
            stopped_at.append(time.perf_counter())

    result = loaded_engine.generate(request.history, None, request.sampling, on_text, stop.is_set)
    returned_after = time.perf_counter() - stopped_at[0]
    buffer.finish(status_for(result.finish_reason), result.stats, result.text)
    assert result.finish_reason == "stopped"
    assert returned_after < 1.0
    reply = storage.get_message(request.assistant_message_id)
    assert reply.status is MessageStatus.STOPPED and reply.content == result.text and reply.content
    storage.close()


def test_stop_during_prompt_processing_aborts_the_prefill(loaded_engine):
    long_prompt = "Here is a long document. " + "The quick brown fox jumps over the lazy dog. " * 120
    calls = {"n": 0}

    def should_stop() -> bool:  # becomes true while llama.cpp is still evaluating the prompt
        calls["n"] += 1
        return calls["n"] > 50

    result = loaded_engine.generate([ChatMessage(Role.USER, long_prompt)], None, GREEDY, lambda _: None, should_stop)
    assert result.finish_reason == "stopped" and result.text == ""
    assert result.stats.time_to_first_token_s is None
    # The context stays usable after an abort.
    after = loaded_engine.generate([ChatMessage(Role.USER, "Hi")], None, GREEDY, lambda _: None, lambda: False)
    assert after.text


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"not a model at all" * 100, "not a GGUF"),
        (None, "incomplete"),  # None: a truncated copy of the real model
    ],
)
def test_corrupt_or_truncated_gguf_gives_a_clear_error_and_engine_stays_usable(tmp_path, starter_gguf, content, reason):
    bad = tmp_path / "bad.gguf"
    if content is None:
        with starter_gguf.open("rb") as source:
            bad.write_bytes(source.read(starter_gguf.stat().st_size // 3))
    else:
        bad.write_bytes(content)
    engine = LlamaCppEngine()
    with pytest.raises(ModelLoadError, match=reason):
        engine.load(bad, LoadOptions(n_ctx=512, n_gpu_layers=0))
    assert not engine.is_loaded
    engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=0))
    assert engine.generate([ChatMessage(Role.USER, "Hi")], None, GREEDY, lambda _: None, lambda: False).text
    engine.unload()


def _hearth(*args: str, env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=180, **kwargs
    )


def test_cli_chat_saves_the_exchange_and_history_shows_it(hearth_home, installed_starter):
    env = dict(os.environ)
    result = _hearth("chat", "--seed", "3", "--max-tokens", "12", "--temperature", "0", "Say hello.", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr
    listing = _hearth("history", "list", env=env)
    assert "Say hello." in listing.stdout
    conv_id = listing.stdout.split()[0]
    shown = _hearth("history", "show", conv_id, env=env)
    assert "## user\nSay hello." in shown.stdout and "## assistant" in shown.stdout
    with Storage(Path(hearth_home) / "data" / "hearth.sqlite3") as storage:
        conv = storage.find_conversation(conv_id)
        reply = storage.active_path(conv.id)[-1]
        assert reply.status is MessageStatus.DONE
        assert reply.stats.model_sha256 and reply.stats.seed == 3 and reply.stats.completion_tokens > 0


@pytest.mark.parametrize(
    "args, message",
    [
        (("history", "show", "doesnotexist"), "no conversation"),
        (("chat", "--model", "missing-model", "hi"), "no model named"),
        (("chat", "--conversation", "nope", "hi"), "no conversation"),
    ],
)
def test_cli_errors_are_one_line_without_traceback(hearth_home, installed_starter, args, message):
    result = _hearth(*args, env=dict(os.environ))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_cli_chat_with_a_corrupt_model_file(hearth_home, app_paths, tmp_path):
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 10)
    result = _hearth("chat", "--model", str(bad), "hi", env=dict(os.environ))
    assert result.returncode == 1 and "broken.gguf" in result.stderr and "Traceback" not in result.stderr


def test_killed_chat_leaves_user_message_and_partial_reply_marked_interrupted(hearth_home, installed_starter):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "chat",
            "--max-tokens",
            "2000",
            "--temperature",
            "0",
            "Write a very long story about a lighthouse keeper.",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    db_path = Path(hearth_home) / "data" / "hearth.sqlite3"
    deadline = time.monotonic() + 120
    partial = ""
    try:
        while time.monotonic() < deadline and not partial:
            time.sleep(0.3)
            if db_path.exists():
                with Storage(db_path) as peek:
                    rows = peek._db.execute("SELECT content FROM messages WHERE role='assistant'").fetchall()
                    partial = rows[0][0] if rows else ""
        assert partial, "no partial reply was saved while streaming"
        assert proc.poll() is None, "the chat finished before it could be killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with Storage(db_path) as storage:  # the next start
        assert storage.recover_interrupted() == 1
        conv = storage.list_conversations()[0]
        user, reply = storage.active_path(conv.id)
        assert user.role is Role.USER and user.content.startswith("Write a very long story")
        assert reply.status is MessageStatus.INTERRUPTED and reply.content.startswith(partial[:10])


def test_cli_continuation_reuses_the_saved_kv_state_and_rm_deletes_it(hearth_home, installed_starter, app_paths):
    env = dict(os.environ)
    first = _hearth("chat", "--max-tokens", "8", "--temperature", "0", "Tell me about the moon. " * 30, env=env)
    assert first.returncode == 0, first.stderr
    kv_dir = app_paths.kv_cache_dir
    assert kv_dir.is_dir() and any(kv_dir.iterdir()), "no KV state was saved when the chat process ended"
    conv_id = _hearth("history", "list", env=env).stdout.split()[0]
    second = _hearth(
        "chat", "--conversation", conv_id, "--max-tokens", "8", "--temperature", "0", "And the sun?", env=env
    )
    assert second.returncode == 0, second.stderr
    with Storage(app_paths.database_path) as storage:
        reply = storage.active_path(storage.find_conversation(conv_id).id)[-1]
        # The saved state covered the first exchange: only the new turn was evaluated.
        assert reply.stats.prompt_tokens_evaluated < reply.stats.prompt_tokens / 2
    removed = _hearth("history", "rm", conv_id, env=env)
    assert removed.returncode == 0
    assert not [p for p in kv_dir.iterdir() if p.is_file() and not p.name.startswith(".")]


def test_a_model_too_large_for_free_memory_is_refused_clearly(starter_gguf, monkeypatch):
    from app.core.inference import model_loading

    monkeypatch.setattr(model_loading, "available_memory_bytes", lambda: 300 * 1024 * 1024)
    engine = LlamaCppEngine()
    with pytest.raises(ModelLoadError, match="of memory is free; choose a smaller quantization or context"):
        engine.load(starter_gguf, LoadOptions(n_ctx=2048, n_gpu_layers=0))
    assert not engine.is_loaded


def test_doctor_reports_paths_keyring_and_what_loading_really_did(hearth_home, installed_starter):
    result = _hearth("doctor", "--load", env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert str(hearth_home) in out and "Keyring" in out and "GPU offload" in out
    result_line = next(line for line in out.splitlines() if line.startswith("Result  "))
    assert re.fullmatch(rf"Result +{expected_auto_backend().pattern} · context .*", result_line), result_line
    assert "KV" in out
