"""The window with the real starter model: a long message is read with progress that reaches the
reply card, end to end (engine → owner → worker relay → chat session → message view)."""

from __future__ import annotations

import pytest

from app.core.base.settings import SamplingParams, Settings, save_settings

pytestmark = pytest.mark.model
LONG = "Here is a story. " + "The lighthouse keeper climbed the stairs every night and lit the lamp. " * 45


def test_a_long_message_is_read_with_progress_on_the_reply_card(qtbot, make_app, installed_starter, app_paths):
    save_settings(
        app_paths.settings_path,
        Settings().with_changes(context_length=2048, sampling=SamplingParams(temperature=0.0, max_tokens=8, seed=5)),
    )
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=120000)
    progress: list[tuple[int, int]] = []
    badges: list[str] = []

    def seen(message_id: str, done: int, total: int) -> None:
        progress.append((done, total))
        badges.append(hearth.window.chat_view.view_for(message_id).status_label.text())

    hearth.chat.prompt_progress.connect(seen)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as finished:
        hearth.chat.submit(LONG + "\nWhat did the keeper do?")
    total = progress[-1][1]
    assert total > 512  # more than one of llama.cpp's 512-token micro-batches: several progress points
    assert progress[0] == (0, total) and progress[-1] == (total, total)
    assert [done for done, _ in progress] == sorted({done for done, _ in progress})
    assert f"Reading {total:,} tokens" in badges[0] or f"Reading {total} tokens" in badges[0]
    assert finished.args[1].strip()  # and then it answered
    assert "Reading" not in hearth.window.chat_view.view_for(finished.args[0]).status_label.text()
