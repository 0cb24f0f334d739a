"""One Hearth talking to another: a real ``hearth serve`` on the starter model (the session's one
server process, shared with the server tests) added as a remote with its API key, through the CLI."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.conftest import API_KEY
from tests.integration.test_remote_cli import cli_env, export_all, hearth, replies  # noqa: F401

pytestmark = pytest.mark.model


def served_models(server) -> list[dict]:
    listed = httpx.get(f"{server.base_url}/models", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30)
    return listed.json()["data"]


def served_model_ids(server) -> list[str]:
    return [entry["id"] for entry in served_models(server)]


def test_the_loaded_model_says_its_context_and_a_remote_hearth_uses_it(hearth_server):
    from app.core.inference.remote_context import discover_context
    from app.core.models.remotes import RemoteEndpoint

    (entry,) = served_models(hearth_server)
    assert entry["context_length"] >= 256  # the context the loaded starter model runs with
    endpoint = RemoteEndpoint("desk", hearth_server.base_url, context_length=1024)
    found = discover_context(endpoint, API_KEY, entry, entry["id"], fallback=4096, timeout=10)
    assert found.length == entry["context_length"]  # what the server runs with beats the setting


def test_hearth_serve_as_a_remote_with_its_key(hearth_server, cli_env, hearth_home, tmp_path):  # noqa: F811
    (model_id,) = served_model_ids(hearth_server)
    added = hearth(
        cli_env,
        "remotes",
        "add",
        "desk",
        hearth_server.base_url,
        "--context",
        "2048",
        "--api-key-stdin",
        stdin=API_KEY + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert "keyring" in added.stdout and "context 2048" in added.stdout

    listed = hearth(cli_env, "remotes", "list")
    assert listed.returncode == 0, listed.stderr
    assert "reachable · 1 model(s)" in listed.stdout and model_id in listed.stdout
    assert "context 2048 tokens when the server does not say" in listed.stdout
    models = hearth(cli_env, "models", "list", "--remote", "desk")
    assert f"remote:desk/{model_id} hearth" in models.stdout

    chat = hearth(cli_env, "chat", "--remote", "desk", "--max-tokens", "12", "--seed", "3", "Name a colour.")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.strip() and "Traceback" not in chat.stderr
    assert "does not say its context length" not in chat.stderr  # the endpoint's setting was used
    (answer,) = replies(export_all(cli_env, tmp_path))
    assert answer["status"] == "done" and answer["content"].strip()
    stats = answer["stats"]
    assert stats["model_file"] == f"remote:desk/{model_id}" and stats["endpoint"] == hearth_server.base_url
    assert stats["tokens_estimated"] is False  # Hearth's server sends usage: counted, not estimated
    for path in hearth_home.rglob("*"):  # the key is in the keyring only
        if path.is_file():
            assert API_KEY.encode() not in path.read_bytes(), path


def test_hearth_serve_refuses_a_wrong_key_in_one_clear_line(hearth_server, cli_env):  # noqa: F811
    wrong = hearth(cli_env, "remotes", "add", "desk", hearth_server.base_url, "--api-key-stdin", stdin="sk-wrong\n")
    assert wrong.returncode == 0, wrong.stderr
    chat = hearth(cli_env, "chat", "--remote", "desk", "hello")
    assert chat.returncode == 1 and "Traceback" not in chat.stderr
    assert chat.stderr.strip().count("\n") == 0
    assert "desk (127.0.0.1:" in chat.stderr and "refused the API key (HTTP 401)" in chat.stderr
    assert "hearth remotes add desk" in chat.stderr  # what to do about it
    listed = hearth(cli_env, "remotes", "list")
    assert "NOT REACHABLE" in listed.stdout and "refused the API key (HTTP 401)" in listed.stdout

    assert hearth(cli_env, "remotes", "add", "nokey", hearth_server.base_url).returncode == 0
    keyless = hearth(cli_env, "chat", "--remote", "nokey", "hello")
    assert keyless.returncode == 1 and "needs an API key (HTTP 401)" in keyless.stderr

    bad = hearth(cli_env, "remotes", "add", "desk", hearth_server.base_url, "--context", "5")
    assert bad.returncode == 1 and "not a usable context length" in bad.stderr
    assert bad.stderr.strip().count("\n") == 0 and "Traceback" not in bad.stderr
