"""The trial load (issue 10): a GGUF whose header is valid but whose ``block_count`` disagrees with
its tensors makes llama.cpp abort (GGML_ASSERT). Copies of the real starter model with that one
header value rewritten must be refused with llama.cpp's reason while the process lives on, the
verdict must be remembered (no second child), and the real model must pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.base.hashing import sha256_file
from app.core.inference.engine import LlamaCppEngine, LoadOptions, ModelLoadError
from app.core.models import trial_load
from app.core.models.library import ModelLibrary
from app.core.models.trial_load import CRASHED, PASSED, REFUSED, TIMED_OUT, cached_verdict, ensure_trial
from tests.gguf_craft import copy_with_u32, minimal_kvs, write_gguf

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
OPTIONS = LoadOptions(n_ctx=256, n_gpu_layers=0)


@pytest.fixture(scope="module")
def crashing_models(starter_gguf: Path, tmp_path_factory) -> dict[int, Path]:
    """Copies of the starter GGUF with gemma3.block_count set to 999 and to 0 (written once)."""
    folder = tmp_path_factory.mktemp("crashing")
    return {
        count: copy_with_u32(starter_gguf, folder / f"blocks-{count}.gguf", "gemma3.block_count", count)
        for count in (999, 0)
    }


def _engine(cache: Path) -> LlamaCppEngine:
    engine = LlamaCppEngine()
    engine.trial_cache = cache
    return engine


@pytest.mark.timeout(300)
@pytest.mark.parametrize("block_count", [999, 0])
def test_crafted_block_count_is_refused_cleanly_and_the_verdict_is_remembered(
    crashing_models, tmp_path, block_count, monkeypatch
):
    model = crashing_models[block_count]
    cache = tmp_path / ".trials.json"
    engine = _engine(cache)
    with pytest.raises(ModelLoadError) as caught:
        engine.load(model, OPTIONS)
    message = str(caught.value)
    assert message.startswith(f"{model.name} cannot be used: llama.cpp crashed while loading this file (exit ")
    if sys.platform != "win32":
        assert "(exit -6)" in message and "GGML_ASSERT" in message
    assert not engine.is_loaded  # and this process is still here to say so
    verdict = cached_verdict(model, cache)
    assert verdict is not None and verdict.outcome == CRASHED and verdict.reason in message

    monkeypatch.setattr(
        trial_load.subprocess, "run", lambda *a, **k: pytest.fail("the remembered verdict was not used")
    )
    with pytest.raises(ModelLoadError, match="crashed while loading"):
        _engine(cache).load(model, OPTIONS)


@pytest.mark.timeout(300)
def test_the_trial_must_exercise_what_aborts(crashing_models):
    """Guards the trial's settings: the child really dies on the crafted file (a vocab-only trial,
    for one, would pass it and let the app load it in-process)."""
    result = subprocess.run(
        trial_load.trial_command(crashing_models[999]),
        capture_output=True,
        timeout=120,
        env=trial_load._child_environment(),
    )
    assert result.returncode not in (trial_load.EXIT_LOADED, trial_load.EXIT_REFUSED, trial_load.EXIT_BROKEN_INSTALL)
    assert b"GGML_ASSERT" in result.stderr or sys.platform == "win32"


@pytest.mark.timeout(300)
def test_the_real_starter_model_passes_and_later_loads_skip_the_trial(starter_gguf, tmp_path, monkeypatch):
    cache = tmp_path / ".trials.json"
    sha = sha256_file(starter_gguf)
    engine = _engine(cache)
    try:
        report = engine.load(starter_gguf, OPTIONS, model_sha256=sha)
        assert report.architecture == "gemma3"
    finally:
        engine.unload()
    verdict = cached_verdict(starter_gguf, cache, sha)
    assert verdict is not None and verdict.outcome == PASSED
    # Remembered by sha256: a copy elsewhere under another name needs no trial either.
    copy = tmp_path / "renamed-copy.gguf"
    os.link(starter_gguf, copy)
    monkeypatch.setattr(trial_load.subprocess, "run", lambda *a, **k: pytest.fail("tried again"))
    assert ensure_trial(copy, cache, sha).outcome == PASSED


@pytest.mark.timeout(120)
def test_a_clean_refusal_and_a_timeout_are_not_remembered(tmp_path):
    alien = write_gguf(tmp_path / "alien.gguf", minimal_kvs("notanarch9"))
    cache = tmp_path / ".trials.json"
    refused = ensure_trial(alien, cache)
    assert refused.outcome == REFUSED and refused.usable  # the real load explains it, cleanly
    slow = ensure_trial(alien, cache, timeout=0.001)
    assert slow.outcome == TIMED_OUT and not slow.usable
    assert cached_verdict(alien, cache) is None


@pytest.mark.timeout(300)
def test_library_lists_a_model_that_crashed_the_trial_as_unusable(crashing_models, app_paths):
    """Through the default cache (the profile's library folder), as the CLI and the window use it."""
    target = app_paths.models_dir / "blocks-999.gguf"
    os.link(crashing_models[999], target)
    library = ModelLibrary(app_paths.models_dir)
    (before,) = library.models()
    assert before.usable  # nothing is known before the first load
    with pytest.raises(ModelLoadError):
        LlamaCppEngine().load(target, OPTIONS)
    (after,) = library.models()
    assert not after.usable and after.problem.startswith("llama.cpp crashed while loading this file")


@pytest.mark.timeout(300)
def test_cli_chat_with_a_crashing_model_says_one_line_and_lists_it_unusable(crashing_models, app_paths, hearth_home):
    target = app_paths.models_dir / "blocks-0.gguf"
    os.link(crashing_models[0], target)
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))

    def hearth(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
        )

    chat = hearth("chat", "--model", "blocks-0.gguf", "hello")
    assert chat.returncode == 1, chat.stderr
    assert "Traceback" not in chat.stderr and "crashed while loading" in chat.stderr
    assert [line for line in chat.stderr.splitlines() if line.strip()][-1].startswith("hearth: error: ")
    listing = hearth("models", "list")
    assert listing.returncode == 0 and "PROBLEM: llama.cpp crashed while loading" in listing.stdout
    again = hearth("chat", "--model", "blocks-0.gguf", "hello")
    assert again.returncode == 1 and "crashed while loading" in again.stderr
