"""The suite's own configuration: a misspelt marker is an error, not a silently ignored label
(``-m 'not slow'`` and ``-m model`` select by markers, so a typo would move a test between runs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_an_unregistered_marker_fails_the_run(tmp_path):
    (tmp_path / "test_typo.py").write_text("import pytest\n\n@pytest.mark.modle\ndef test_x():\n    pass\n")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-c",
        str(ROOT / "pyproject.toml"),
        "-p",
        "no:cacheprovider",
        "--rootdir",
        str(tmp_path),
        str(tmp_path / "test_typo.py"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode != 0
    assert "'modle' not found in `markers`" in result.stdout + result.stderr
