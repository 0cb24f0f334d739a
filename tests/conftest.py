"""Shared fixtures: an isolated HEARTH_HOME per test and the real starter Gemma GGUF."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# GUI tests run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.base.paths import AppPaths  # noqa: E402


@pytest.fixture
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HEARTH_HOME so nothing touches the real user's data."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    return home


@pytest.fixture
def app_paths(hearth_home: Path) -> AppPaths:
    return AppPaths.from_environment().ensure()


@pytest.fixture(scope="session")
def starter_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real Gemma 3 270M Q4_K_M GGUF, assembled once per test session."""
    from app.core.models.library import ModelLibrary

    library = ModelLibrary(tmp_path_factory.mktemp("starter-models"))
    try:
        return library.ensure_starter()
    except ImportError as exc:
        pytest.fail(f"the starter model package is required for the test suite: {exc}")


@pytest.fixture
def installed_starter(app_paths: AppPaths, starter_gguf: Path) -> Path:
    """The starter model placed in this test's models dir (hard link: no 250 MB copy)."""
    target = app_paths.models_dir / starter_gguf.name
    try:
        os.link(starter_gguf, target)
    except OSError:
        import shutil

        shutil.copyfile(starter_gguf, target)
    return target


@pytest.fixture(scope="session")
def loaded_engine(starter_gguf: Path):
    """One real engine with the starter model, shared by the tests that only generate."""
    from app.core.inference.engine import LlamaCppEngine, LoadOptions

    engine = LlamaCppEngine()
    engine.trial_cache = starter_gguf.parent / ".trials.json"  # not the real profile's library
    engine.load(starter_gguf, LoadOptions(n_ctx=2048, n_gpu_layers=0))
    yield engine
    engine.unload()
