"""``hearth models`` end to end: real subprocesses against the local HTTP hub, including a pull
killed with SIGKILL and resumed, and the token kept out of every file Hearth writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakes_hub import fake_hub, gguf_bytes, sha256_hex  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
REPO = "ggml-org/gemma-3-1b-it-GGUF"
SMALL = gguf_bytes(name="Gemma CLI small", padding=400_000, seed=11)
BIG = gguf_bytes(name="Gemma CLI big", file_type=7, padding=3_000_000, seed=12)


@pytest.fixture
def cli_env(hearth_home, fake_hub, tmp_path):
    """Environment for ``python -m app``: isolated home, the local hub, a file 'OS keyring'."""
    env = dict(
        os.environ,
        HEARTH_HOME=str(hearth_home),
        HF_ENDPOINT=fake_hub.endpoint,
        PYTHON_KEYRING_BACKEND="tests.fakes_hub.FileKeyring",
        HEARTH_TEST_KEYRING_FILE=str(tmp_path / "os-keyring.json"),
    )
    env.pop("HF_TOKEN", None)
    return env


def hearth(env, *args, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_files_pull_list_info_default_rm(cli_env, fake_hub, hearth_home):
    fake_hub.add_repo(
        REPO,
        {"gemma-3-1b-it-Q4_K_M.gguf": SMALL, "gemma-3-1b-it-Q8_0.gguf": BIG, "mmproj-gemma-3-1b-F16.gguf": b"p" * 100},
    )
    search = hearth(cli_env, "models", "search", "gemma")
    assert search.returncode == 0 and REPO in search.stdout

    files = hearth(cli_env, "models", "files", REPO)
    assert files.returncode == 0, files.stderr
    assert "Q4_K_M" in files.stdout and "Q8_0" in files.stdout and "[projector]" in files.stdout
    assert "fits" in files.stdout and "* recommended" in files.stdout

    pull = hearth(cli_env, "models", "pull", f"{REPO}:Q4_K_M")
    assert pull.returncode == 0, pull.stderr
    assert "ready: gemma-3-1b-it-Q4_K_M.gguf (sha256 verified)" in pull.stdout
    models_dir = hearth_home / "data" / "models"
    assert sha256_hex(models_dir / "gemma-3-1b-it-Q4_K_M.gguf") == sha256_hex(SMALL)

    listing = hearth(cli_env, "models", "list")
    assert "gemma-3-1b-it-Q4_K_M.gguf" in listing.stdout and "ok" in listing.stdout
    info = hearth(cli_env, "models", "info", "gemma-3-1b-it-Q4_K_M")
    assert f"Source          {REPO}" in info.stdout and sha256_hex(SMALL) in info.stdout
    assert "Architecture    gemma3" in info.stdout

    default = hearth(cli_env, "models", "default", "gemma-3-1b-it-Q4_K_M.gguf")
    assert default.returncode == 0
    settings = json.loads((hearth_home / "config" / "settings.json").read_text())
    assert settings["default_model"] == "gemma-3-1b-it-Q4_K_M.gguf"
    assert "*" in hearth(cli_env, "models", "list").stdout.splitlines()[1]

    assert hearth(cli_env, "models", "verify", "gemma-3-1b-it-Q4_K_M.gguf").stdout.startswith("ok:")
    removed = hearth(cli_env, "models", "rm", "gemma-3-1b-it-Q4_K_M.gguf")
    assert removed.returncode == 0 and not (models_dir / "gemma-3-1b-it-Q4_K_M.gguf").exists()


def test_errors_are_one_line(cli_env, fake_hub):
    fake_hub.add_repo(REPO, {"gemma-3-1b-it-Q4_K_M.gguf": SMALL, "../x.gguf": SMALL})
    for args, expected in [
        (("models", "pull", "nobody/nothing"), "no repository named 'nobody/nothing'"),
        (("models", "pull", f"{REPO}:../x.gguf"), "unsafe file name from the network"),
        (("models", "pull", f"{REPO}:Q2_K"), "no GGUF file 'Q2_K'"),
        (("models", "info", "missing-model"), "no model named 'missing-model'"),
    ]:
        result = hearth(cli_env, *args)
        assert result.returncode == 1, result
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_a_killed_pull_resumes_from_the_partial_file(cli_env, fake_hub, hearth_home):
    name = "gemma-3-1b-it-Q8_0.gguf"
    fake_hub.add_repo(REPO, {name: BIG})
    fake_hub.throttle[name] = 300_000  # bytes/s, so the kill lands mid-file
    part = hearth_home / "data" / "models" / (name + ".part")
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "models", "pull", f"{REPO}:{name}"],
        env=cli_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not (part.exists() and part.stat().st_size > 200_000):
            assert process.poll() is None, "the pull ended before it could be killed"
            assert time.monotonic() < deadline, "the download never started"
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    left = part.stat().st_size
    assert 0 < left < len(BIG)

    fake_hub.throttle.clear()
    again = hearth(cli_env, "models", "pull", f"{REPO}:{name}")
    assert again.returncode == 0, again.stderr
    assert fake_hub.file_gets(name)[-1].range == f"bytes={left}-"
    assert sha256_hex(hearth_home / "data" / "models" / name) == sha256_hex(BIG)
    assert not part.exists()
    queue = json.loads((hearth_home / "data" / "downloads.json").read_text())
    assert queue["jobs"] == []


def test_gated_pull_login_and_the_token_lands_in_no_file(cli_env, fake_hub, hearth_home, tmp_path):
    token = "hf_TestTokenNeverWrittenByHearth123"
    gated = "google/gemma-3-1b-it-qat-q4_0-gguf"
    fake_hub.add_repo(gated, {"gemma-3-1b-it-q4_0.gguf": SMALL}, gated=True)
    fake_hub.tokens.add(token)

    refused = hearth(cli_env, "-v", "models", "pull", gated)
    assert refused.returncode == 1
    assert "is gated: accept the license on https://huggingface.co/" + gated in refused.stderr
    assert "hearth models login" in refused.stderr

    login = hearth(cli_env, "models", "login", "--token-stdin", stdin=token + "\n")
    assert login.returncode == 0 and "stored in the OS keyring" in login.stdout, login.stderr
    withheld = hearth(cli_env, "-v", "models", "pull", f"{gated}:Q4_0")  # HF_ENDPOINT alone is not trusted
    assert withheld.returncode == 1 and "not the Hugging Face hub" in withheld.stderr
    assert not any("authorization" in s.headers for s in fake_hub.seen)

    settings_path = hearth_home / "config" / "settings.json"  # the endpoint chosen in Hearth's settings
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps({"hub_endpoint": fake_hub.endpoint}))
    pulled = hearth(cli_env, "-v", "models", "pull", f"{gated}:Q4_0")
    assert pulled.returncode == 0, pulled.stderr
    assert hearth(cli_env, "-v", "models", "list").returncode == 0
    assert any(s.headers.get("authorization") == f"Bearer {token}" for s in fake_hub.seen)

    written = [p for p in hearth_home.rglob("*") if p.is_file()]
    assert any(p.name == "hearth.log" for p in written) and any(p.suffix == ".gguf" for p in written)
    leaks = [p for p in written if token.encode() in p.read_bytes()]
    assert leaks == []
    assert token in (tmp_path / "os-keyring.json").read_text()  # it lives in the keyring, and only there

    assert hearth(cli_env, "models", "logout").returncode == 0
    assert token not in (tmp_path / "os-keyring.json").read_text()
