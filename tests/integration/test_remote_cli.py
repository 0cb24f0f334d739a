"""Remote servers end to end through the CLI: llama-cpp-python's real OpenAI-compatible server on
the starter model (with an API key in the keyring), and the misbehaving local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.prompting import ChatMessage
from app.core.inference.remote import RemoteEngine
from app.core.models.remotes import RemoteEndpoint, RemoteModelRef
from tests.fakes_remote import MODEL_ALIAS, PIECES, fault_server, llama_server

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-hearth-test-0123456789"


@pytest.fixture(scope="module")
def served(starter_gguf):
    with llama_server(starter_gguf, api_key=KEY) as url:
        yield url


@pytest.fixture
def cli_env(hearth_home, tmp_path):
    env = dict(
        os.environ,
        HEARTH_HOME=str(hearth_home),
        PYTHON_KEYRING_BACKEND="tests.fakes_hub.FileKeyring",
        HEARTH_TEST_KEYRING_FILE=str(tmp_path / "os-keyring.json"),
        PYTHONPATH=str(ROOT),
    )
    return env


def hearth(env, *args, stdin: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def export_all(env, tmp_path) -> str:
    out = tmp_path / "export.json"
    done = hearth(env, "history", "export", "--all", "-f", "json", "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


def replies(export_text: str) -> list[dict]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("role") == "assistant":
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(export_text))
    return found


def test_add_list_chat_continue_and_export_through_a_real_server(served, cli_env, hearth_home, tmp_path):
    added = hearth(cli_env, "remotes", "add", "box", served, "--api-key-stdin", stdin=KEY + "\n")
    assert added.returncode == 0, added.stderr
    assert "keyring" in added.stdout and "warning" not in added.stderr  # loopback: no plain-http warning
    assert KEY in (tmp_path / "os-keyring.json").read_text()

    listed = hearth(cli_env, "remotes", "list")
    assert listed.returncode == 0 and "reachable" in listed.stdout and MODEL_ALIAS in listed.stdout
    models = hearth(cli_env, "models", "list", "--remote", "box")
    assert f"remote:box/{MODEL_ALIAS}" in models.stdout

    chat = hearth(cli_env, "chat", "--remote", "box", "--max-tokens", "12", "--seed", "3", "Name a colour.")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.strip()
    conversation_id = chat.stderr.split("[conversation ", 1)[1][:8]

    # Continuing the chat reconnects to the same endpoint and model, without naming them.
    again = hearth(cli_env, "chat", "--conversation", conversation_id, "--max-tokens", "8", "And another?")
    assert again.returncode == 0, again.stderr

    exported = export_all(cli_env, tmp_path)
    answers = replies(exported)
    assert len(answers) == 2
    for answer in answers:
        assert answer["stats"]["model_file"] == f"remote:box/{MODEL_ALIAS}"
        assert answer["stats"]["endpoint"] == served
        assert answer["status"] == "done" and answer["content"].strip()
    # The key is in the keyring only: never in the config, the database, the logs or an export.
    assert KEY not in exported
    for path in hearth_home.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_a_wrong_key_says_so_in_one_line(served, cli_env):
    assert hearth(cli_env, "remotes", "add", "box", served, "--api-key-stdin", stdin="sk-wrong\n").returncode == 0
    chat = hearth(cli_env, "chat", "--remote", "box", "hello")
    assert chat.returncode == 1
    assert chat.stderr.strip().count("\n") == 0
    assert "refused the API key (HTTP 401)" in chat.stderr and "Traceback" not in chat.stderr
    # --api-key-stdin on the chat itself serves a machine without a keyring.
    fixed = hearth(
        cli_env, "chat", "--remote", "box", "--api-key-stdin", "--max-tokens", "4", "hello", stdin=KEY + "\n"
    )
    assert fixed.returncode == 0, fixed.stderr


def test_stop_mid_stream_frees_the_server(served):
    engine = RemoteEngine(RemoteEndpoint("box", served), KEY)
    engine.load(RemoteModelRef("box", MODEL_ALIAS))
    received: list[str] = []
    history = [ChatMessage(Role.USER, "Write a very long story about the sea.")]
    stopped = engine.generate(
        history,
        None,
        SamplingParams(max_tokens=3000, temperature=1.0, seed=1),
        received.append,
        lambda: len(received) >= 3,
    )
    assert stopped.finish_reason == "stopped" and stopped.text == "".join(received)
    # The server serves one request at a time: had it kept generating the 3,000 tokens, this
    # reply would wait for minutes.
    started = time.monotonic()
    after = engine.generate(
        [ChatMessage(Role.USER, "Hi")], None, SamplingParams(max_tokens=4, seed=1), lambda _t: None, lambda: False
    )
    assert after.finish_reason in ("stop", "length")
    assert time.monotonic() - started < 60  # hang guard
    assert after.stats.time_to_first_token_s is not None and after.stats.tokens_estimated  # no usage from it


def test_a_reply_cut_mid_stream_is_kept_and_marked_in_history(cli_env):
    with fault_server() as server:
        assert hearth(cli_env, "remotes", "add", "faulty", server.url).returncode == 0
        chat = hearth(cli_env, "chat", "--remote", "faulty", "--model", "drop", "Tell me a story")
        assert chat.returncode == 1
        assert "broke mid-reply" in chat.stderr and "Traceback" not in chat.stderr
        assert chat.stdout.startswith("".join(PIECES))
        shown = hearth(cli_env, "history", "list")
        conversation_id = shown.stdout.split()[0]
        history = hearth(cli_env, "history", "show", conversation_id)
        assert "".join(PIECES) in history.stdout and "Tell me a story" in history.stdout
        assert "error" in history.stdout.lower() or "broke" in history.stdout
