"""`hearth chat` refuses a message longer than the context before it stores anything (the real
model's tokenizer measures it), as the README promises and as the window does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.core.base.settings import Settings, save_settings
from app.core.history.storage import Storage

pytestmark = pytest.mark.model


def _hearth(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=dict(os.environ), capture_output=True, text=True, timeout=180
    )


def test_cli_refuses_an_over_long_message_without_saving_it(app_paths, installed_starter):
    save_settings(app_paths.settings_path, Settings(context_length=256))
    result = _hearth("chat", "--max-tokens", "8", "word " * 400)
    assert result.returncode == 1
    assert "this message needs" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Storage(app_paths.database_path) as storage:
        assert storage.count_conversations() == 0  # not even an empty chat

    assert _hearth("chat", "--max-tokens", "4", "--temperature", "0", "Hi.").returncode == 0
    with Storage(app_paths.database_path) as storage:
        [chat] = storage.list_conversations()
    result = _hearth("chat", "--conversation", chat.id, "word " * 400)
    assert result.returncode == 1 and "this message needs" in result.stderr
    with Storage(app_paths.database_path) as storage:
        assert len(storage.messages(chat.id)) == 2  # the earlier exchange only
