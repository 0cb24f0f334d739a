"""``hearth --self-test``: the real starter model end to end, and a broken model file.

The frozen build runs the same check (tests/integration/test_frozen_build.py, slow).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.selftest import run_self_test
from tests.build_facts import gpu_build

STEPS = ["runtime", "model", "load", "generate", "database", "keyring", "render", "qt", "server", "documents"]


def _statuses(report: str) -> dict[str, str]:
    return {m.group(2): m.group(1) for m in re.finditer(r"^\s+(ok|FAIL|skip)\s+(\w+)\s", report, re.MULTILINE)}


@pytest.mark.model
def test_self_test_passes_with_the_starter_model(starter_gguf: Path, hearth_home: Path):
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test", "--model", str(starter_gguf)],
        capture_output=True,
        text=True,
        timeout=240,
        env=dict(os.environ, HEARTH_HOME=str(hearth_home)),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _statuses(result.stdout) == {step: "ok" for step in STEPS}
    assert "Self-test passed" in result.stdout
    assert ("GPU offload available" if gpu_build() else "CPU only") in result.stdout
    assert "(source install" in result.stdout
    # The database step used a temporary file, never the user's history.
    assert not (hearth_home / "data" / "hearth.sqlite3").exists()


def test_self_test_names_the_failing_step_for_a_corrupt_model(tmp_path: Path, hearth_home: Path):
    corrupt = tmp_path / "broken.gguf"
    corrupt.write_bytes(b"GGUF" + os.urandom(4096))
    out = io.StringIO()
    code = run_self_test(corrupt, out)
    report = out.getvalue()
    assert code != 0
    statuses = _statuses(report)
    assert statuses["load"] == "FAIL" and statuses["generate"] == "skip"
    # The steps that do not need the model still ran and passed.
    assert all(
        statuses[step] == "ok" for step in ("runtime", "model", "database", "keyring", "render", "qt", "documents")
    )
    assert "Self-test FAILED at step 'load'" in report and "broken.gguf" in report


def test_self_test_reports_a_missing_model_file(tmp_path: Path, hearth_home: Path):
    out = io.StringIO()
    assert run_self_test(tmp_path / "nowhere.gguf", out) == 1
    assert "FAILED at step 'model'" in out.getvalue() and "no model file at" in out.getvalue()


def test_the_cli_route_prints_help_for_self_test_options():
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "--model PATH" in result.stdout
