"""The CLI with hostile files: a broken settings.json and hostile import files each get one line on
stderr (exit 1 for a refused import), never a traceback and never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.base.paths import AppPaths

REPO = Path(__file__).resolve().parents[2]


def _hearth(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HEARTH_HOME=str(home), PYTHONPATH=str(REPO))
    # The timeout is the hang guard: a FIFO used to block these commands forever.
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=60, cwd=REPO
    )


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure()
    return home


@pytest.fixture
def home_with_model(home, starter_gguf):
    """`models list` reads the settings only when there is a model to list."""
    models = AppPaths.from_environment({"HEARTH_HOME": str(home)}).models_dir
    (models / starter_gguf.name).symlink_to(starter_gguf)
    return home


def _settings_path(home: Path) -> Path:
    return AppPaths.from_environment({"HEARTH_HOME": str(home)}).settings_path


def test_bad_settings_values_give_one_line_and_the_command_runs(home_with_model):
    home = home_with_model
    _settings_path(home).write_text('{"default_model": 5, "context_length": 1e400, "threads": 4}', "utf-8")
    result = _hearth(home, "models", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hearth: settings.json: some values could not be used")
    assert "default_model: expected a model file name or null, got 5" in lines[0] and "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_settings_json_is_moved_aside(home_with_model):
    home = home_with_model
    settings = _settings_path(home)
    os.mkfifo(settings)
    result = _hearth(home, "models", "list")
    assert result.returncode == 0, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "settings.json could not be used" in line and "FIFO" in line
    assert "moved aside as settings.json.broken-" in line
    assert not settings.exists() and list(settings.parent.glob("settings.json.broken-*"))


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (
            "digits.json",
            '{"format": "hearth-conversations", "version": 1, "conversations": [], "n": ' + "9" * 5000 + "}",
            "n: a number out of range",
        ),
        (
            "surrogate.json",
            json.dumps([{"title": "\ud800", "mapping": {}}], ensure_ascii=True),
            "[0].title: the text holds a lone surrogate (\\ud800)",
        ),
        (
            "hot.json",
            json.dumps(
                {
                    "format": "hearth-conversations",
                    "version": 1,
                    "conversations": [{"id": "c1", "title": "T", "created_at": 1, "updated_at": 1e20, "messages": []}],
                }
            ),
            "conversations[0].updated_at: expected a Unix time",
        ),
    ],
)
def test_hostile_import_files_get_one_line_and_exit_1(home, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    result = _hearth(home, "history", "import", str(path))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"hearth: error: cannot import {name}: ") and expected in line, line
    assert line.endswith("; nothing was imported")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_and_dev_zero_as_import_files_are_refused_at_once(home, tmp_path):
    fifo = tmp_path / "conversations.json"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a FIFO (named pipe)"), (Path("/dev/zero"), "a device")):
        if not path.exists():
            continue
        result = _hearth(home, "history", "import", str(path))
        assert result.returncode == 1
        assert result.stderr.strip() == (
            f"hearth: error: cannot import {path.name}: it is {kind}, not a regular file; "
            "only a file can be imported; nothing was imported"
        )
