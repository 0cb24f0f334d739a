"""``hearth chat`` with a model whose embedded chat template never ends (issue 10): the reply
comes in Gemma's built-in format and the note is one stderr line, instead of a hang that ignores
Ctrl+C."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gguf_craft import STRING, copy_with_extra_kv

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
def test_cli_chat_with_an_endless_template_answers_with_one_note_line(starter_gguf, app_paths, hearth_home):
    copy_with_extra_kv(
        starter_gguf,
        app_paths.models_dir / "endless.gguf",
        "tokenizer.chat_template",
        STRING,
        "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{% for m in messages %}{% for i in "
        "range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}{% endfor %}",
    )
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "chat",
            "--model",
            "endless.gguf",
            "--max-tokens",
            "6",
            "--temperature",
            "0",
            "--no-save",
            "Say hello.",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    notes = [line for line in result.stderr.splitlines() if "chat template" in line]
    assert len(notes) == 1 and "Gemma's built-in turn format" in notes[0] and notes[0].startswith("hearth: ")
    assert "Traceback" not in result.stderr
