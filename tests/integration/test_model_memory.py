"""The context clamp and the memory estimate against the real things: ``hearth models info`` names
the context a load really uses (a header without a trained length included), and the estimate for
the starter model is within sane bounds of the buffers llama.cpp reports when it loads it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.base.settings import Settings, load_settings, save_settings
from app.core.inference import engine as engine_module
from app.core.inference.engine import LlamaCppEngine, LoadOptions, ModelLoadError
from app.core.models.gguf_info import read_gguf_info
from app.core.models.memory import estimate_for_file
from tests.gguf_craft import copy_with_u32, minimal_kvs, write_gguf

ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024


def _cli_context(name: str) -> tuple[int, str]:
    """(the context ``hearth models info`` estimates memory at, its Memory line)."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "models", "info", name],
        env=dict(os.environ),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("Memory"))
    return int(re.search(r"at context (\d+)$", line).group(1)), line


def _context_a_load_uses(path: Path, options: LoadOptions, monkeypatch) -> int:
    """Run the real ``LlamaCppEngine.load`` up to the point where llama.cpp would read the weights
    and return the context it chose. A crafted header has no weights llama.cpp could run, so the
    trial load (a child process) and the construction are the two steps left out."""
    chosen: list[int] = []

    def construct(path, n_ctx, layers, options, warnings, threads):
        chosen.append(n_ctx)
        raise ModelLoadError("stopped before llama.cpp")

    monkeypatch.setattr(engine_module, "require_trial", lambda *args: None)
    monkeypatch.setattr(engine_module, "load_with_fallback", construct)
    with pytest.raises(ModelLoadError, match="stopped before llama.cpp"):
        LlamaCppEngine().load(path, options)
    assert len(chosen) == 1
    return chosen[0]


@pytest.mark.parametrize(("trained", "expected"), [(2048, 2048), (None, 8192)], ids=["trained-2048", "no-length"])
def test_models_info_and_loading_agree_on_the_context(hearth_home, app_paths, monkeypatch, trained, expected):
    save_settings(app_paths.settings_path, Settings(context_length=8192))
    kvs = [kv for kv in minimal_kvs() if trained is not None or kv[0] != "gemma3.context_length"]
    path = write_gguf(app_paths.models_dir / "crafted.gguf", kvs)
    assert read_gguf_info(path).context_length == trained

    cli_context, line = _cli_context("crafted")
    options = LoadOptions.from_settings(load_settings(app_paths.settings_path))
    assert cli_context == _context_a_load_uses(path, options, monkeypatch) == expected, line


@pytest.mark.model
def test_models_info_and_a_real_load_agree_when_the_setting_exceeds_the_trained_length(
    hearth_home, app_paths, starter_gguf
):
    """The starter with its trained length set to 1,024 in the header, and a 4,096-token setting:
    the CLI, the real load and llama.cpp itself all say 1,024."""
    save_settings(app_paths.settings_path, Settings(context_length=4096, gpu_layers="cpu"))
    short = copy_with_u32(starter_gguf, app_paths.models_dir / "short-context.gguf", "gemma3.context_length", 1024)
    cli_context, line = _cli_context("short-context")

    engine = LlamaCppEngine()
    engine.trial_cache = app_paths.models_dir / ".trials.json"
    report = engine.load(short, LoadOptions.from_settings(load_settings(app_paths.settings_path)))
    try:
        assert cli_context == report.context_length == engine.llama.n_ctx() == 1024, line
        assert report.trained_context_length == 1024
    finally:
        engine.unload()


@pytest.mark.model
def test_the_estimate_for_the_starter_is_within_bounds_of_what_llama_cpp_reports(loaded_engine, starter_gguf):
    report = loaded_engine.report
    estimate = estimate_for_file(read_gguf_info(starter_gguf), report.context_length)
    reported = report.memory_by_kind()  # MiB per kind, as llama.cpp logged its buffers
    assert estimate.context_length == report.context_length
    assert {"model", "KV", "compute"} <= reported.keys(), reported
    # Each part on its own: the weights are the file (minus its header and vocabulary), the KV
    # cache is f16 at the full context in every layer, the compute buffer is one micro-batch of logits.
    assert 0.8 <= estimate.weights / (reported["model"] * MiB) <= 1.25, (estimate, reported)
    assert 0.8 <= estimate.kv_cache / (reported["KV"] * MiB) <= 1.25, (estimate, reported)
    assert 0.8 <= estimate.compute / (reported["compute"] * MiB) <= 1.25, (estimate, reported)
    # And the whole: what the load check refuses or warns with is what llama.cpp allocates.
    assert 0.8 <= estimate.total / (report.memory_mib * MiB) <= 1.25, (estimate, reported)
