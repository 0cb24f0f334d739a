"""The CLI against hostile stored text and bad input: no terminal escapes, no tracebacks, no empty
conversations, nothing lost when ``hearth chat`` dies early or the disk fills up."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import run
from app.core.base.paths import AppPaths
from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import Storage
from tests.fakes_hub import gguf_bytes

ROOT = Path(__file__).resolve().parents[2]
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # "write this to the clipboard"
CSI_CLEAR = "\x1b[2J\x9b31m"


@pytest.fixture
def db_path(app_paths: AppPaths) -> Path:
    return app_paths.database_path


def _stored(db_path: Path) -> list[tuple[str, str]]:
    """(role, content) of every stored message, read through a connection of the test's own."""
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT role, content FROM messages ORDER BY created_at").fetchall()


def _conversation_count(db_path: Path) -> int:
    with Storage(db_path) as storage:
        return storage.count_conversations()


def _hearth(home: Path, *args, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, HEARTH_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, input=stdin, capture_output=True, timeout=timeout
    )


# ------------------------------------------------------------------ terminal escapes
def test_history_commands_never_print_terminal_escapes(db_path, capsys):
    with Storage(db_path) as storage:
        conversation = storage.create_conversation(f"title {OSC52}{CSI_CLEAR} end")
        user = storage.add_message(conversation.id, Role.USER, f"paste {OSC52} zebra", parent_id=None)
        storage.add_message(conversation.id, Role.ASSISTANT, f"line one\r{CSI_CLEAR}\nline two\ttab", parent_id=user.id)
    for argv in (["history", "list"], ["history", "show", conversation.id[:8]], ["history", "search", "zebra"]):
        assert run(argv) == 0
        out, err = capsys.readouterr()
        for raw in ("\x1b", "\x07", "\x9b", "\r"):
            assert raw not in out + err, (argv, raw)
        assert "\u241b]52;c;ZWNobyBwd25lZA==\u2407" in out, argv  # shown, as visible pictures
    run(["history", "show", conversation.id[:8]])
    shown = capsys.readouterr().out
    assert "line two\ttab" in shown and "\nline two" in shown  # newline and tab are kept


# ------------------------------------------------------------------ bad input
def test_invalid_utf8_in_argv_is_one_line_and_stores_nothing(hearth_home, app_paths, db_path):
    result = _hearth(hearth_home, "chat", b"caf\xff au lait")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["hearth: error: the message is not valid UTF-8 (at character 4)"]
    assert _conversation_count(db_path) == 0
    search = _hearth(hearth_home, "history", "search", b"\xfe\xff")
    assert search.returncode == 1 and search.stderr.decode().count("\n") == 1, search.stderr


def test_invalid_utf8_on_stdin_is_one_line_and_stores_nothing(db_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"hello \xc3\x28 there")))
    assert run(["chat", "-"]) == 1
    assert capsys.readouterr().err == "hearth: error: the message on standard input is not valid UTF-8 (byte 7)\n"
    assert _conversation_count(db_path) == 0


def test_a_huge_limit_lists_everything_and_a_bad_one_is_refused(db_path, capsys):
    with Storage(db_path) as storage:
        storage.create_conversation("only one")
    assert run(["history", "list", "--limit", "99999999999999999999"]) == 0
    assert "only one" in capsys.readouterr().out
    assert run(["history", "search", "only", "--limit", "99999999999999999999"]) == 0
    with pytest.raises(SystemExit) as exit_info:
        run(["history", "list", "--limit", "0"])
    assert exit_info.value.code == 2 and "must be at least 1" in capsys.readouterr().err


def test_history_rm_needs_four_characters_and_yes_for_several(db_path, capsys):
    with Storage(db_path) as storage:
        ids = [storage.create_conversation(f"chat {n}").id for n in range(3)]
    assert run(["history", "rm", ids[0][:3]]) == 1  # 3 characters: too short, yet (almost surely) unique
    assert "too short" in capsys.readouterr().err
    assert run(["history", "rm", ids[0][:8], ids[1][:8]]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert _conversation_count(db_path) == 3  # nothing was deleted by the refused commands
    assert run(["history", "rm", ids[0][:4]]) == 0
    assert run(["history", "rm", "--yes", ids[1], ids[2][:6]]) == 0
    assert _conversation_count(db_path) == 0


# ------------------------------------------------------------------ chat: nothing lost
@pytest.fixture
def fake_model(app_paths: AppPaths) -> Path:
    """A GGUF with a valid Gemma header and no weights: the library accepts it; llama.cpp would not."""
    path = app_paths.models_dir / "gemma-fake-Q4_K_M.gguf"
    path.write_bytes(gguf_bytes(name="Gemma fake"))
    return path


def test_chat_commits_the_message_before_the_model_loads(fake_model, db_path, monkeypatch, capsys):
    from app.core.inference import engine

    seen_at_load: list = []

    def load(self, path, options, model_sha256=None):
        seen_at_load.extend(_stored(db_path))  # read by another connection: it must be committed
        raise engine.EngineError("the test stops here")

    monkeypatch.setattr(engine.LlamaCppEngine, "load", load)
    assert run(["chat", "--model", fake_model.name, "what is a zebra?"]) == 1
    assert seen_at_load == [("user", "what is a zebra?"), ("assistant", "")]
    assert "the test stops here" in capsys.readouterr().err
    with Storage(db_path) as storage:
        (conversation,) = storage.list_conversations()
        user, reply = storage.active_path(conversation.id)
    assert user.content == "what is a zebra?" and reply.status is MessageStatus.ERROR
    assert "the test stops here" in reply.stats.error


def test_chat_killed_right_after_start_keeps_the_message(hearth_home, installed_starter, db_path):
    """SIGKILL as soon as the user's message is in the database: it must survive, and the reply
    is marked interrupted on the next start."""
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "chat", "remember the kiwi"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60  # a hang guard, not a timing assertion
    try:
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if any(role == "user" for role, _ in _stored(db_path)):
                    break
            except sqlite3.OperationalError:  # not created yet, or locked for a moment
                pass
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert ("user", "remember the kiwi") in _stored(db_path)
    shown = _hearth(hearth_home, "history", "list")
    assert shown.returncode == 0 and b"remember the kiwi" in shown.stdout
    with Storage(db_path) as storage:
        (conversation,) = storage.list_conversations()
        statuses = [m.status for m in storage.active_path(conversation.id)]
    assert statuses[0] is MessageStatus.DONE
    assert statuses[1:] in ([MessageStatus.INTERRUPTED], [MessageStatus.DONE])  # done if it finished first


def test_a_full_disk_during_chat_is_one_line(fake_model, db_path, monkeypatch, capsys):
    """SQLite's own "database or disk is full", made real by capping the file's page count."""
    configure = Storage._configure

    def tiny(self):
        configure(self)
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count={pages}")

    with Storage(db_path):
        pass  # create the schema at full size first
    monkeypatch.setattr(Storage, "_configure", tiny)
    # Stored before the model loads: this test is about the disk, not the context's size check.
    monkeypatch.setattr("app.cli.chat.surely_fits", lambda draft, context_length: True)
    assert run(["chat", "--model", fake_model.name, "x" * 20_000]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database or disk is full" in err and "Traceback" not in err
    assert _conversation_count(db_path) == 0  # nothing half-written


@pytest.mark.model
def test_a_disk_that_fills_while_the_reply_streams_is_one_line(installed_starter, db_path, monkeypatch, capsys):
    """Every save of the reply fails as SQLite does on a full disk; the user's message, saved
    before, stays, and the CLI says why in one line."""
    from app.core.history import turns

    def disk_full(storage, request, text):
        with storage.transaction():
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(turns, "save_partial", disk_full)
    monkeypatch.setattr(turns, "finish_turn", lambda storage, request, *a: disk_full(storage, request, ""))
    code = run(
        [
            "chat",
            "--max-tokens",
            "60",
            "--temperature",
            "0",
            "--seed",
            "1",
            "Count from one to fifty, one number per line.",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and "database or disk is full" in err and "Traceback" not in err
    assert ("user", "Count from one to fifty, one number per line.") in _stored(db_path)
