"""The window with the real starter Gemma model: type, Enter, watch tokens stream, restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.base.settings import SamplingParams, Settings, save_settings
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from tests.build_facts import expected_auto_backend

pytestmark = pytest.mark.model


def test_real_model_streams_into_the_view_and_survives_a_restart(qtbot, make_app, installed_starter, app_paths):
    save_settings(
        app_paths.settings_path,
        Settings().with_changes(context_length=1024, sampling=SamplingParams(temperature=0.0, max_tokens=40, seed=5)),
    )
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=120000)
    assert expected_auto_backend().search(hearth.window.state_label.text())  # what this build really does

    updates: list[str] = []
    hearth.chat.reply_text.connect(lambda _id, text: updates.append(text))
    editor = hearth.window.composer.editor
    qtbot.keyClicks(editor, "Write a haiku about autumn.")
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    message_id, text, status, stats = blocker.args
    assert status is MessageStatus.DONE and text.strip()
    assert len(updates) > 1 and "".join(updates) == text  # streamed in batches, nothing lost
    assert stats.completion_tokens > 1 and stats.model_sha256 and stats.tokens_per_second
    shown = hearth.window.chat_view.message_views()
    assert shown[0].text == "Write a haiku about autumn." and shown[1].text == text
    with Storage(app_paths.database_path) as storage:
        reply = storage.get_message(message_id)
        assert reply.content == text and reply.status is MessageStatus.DONE
        assert reply.stats.seed == 5

    hearth.window.close()  # quit, then start a new instance on the same data dir
    again = make_app()
    again.start()
    sidebar = again.window.sidebar.list
    assert sidebar.count() == 1 and sidebar.item(0).text() == "Write a haiku about autumn."
    again.window.sidebar._activated(sidebar.item(0))
    assert [v.text for v in again.window.chat_view.message_views()] == ["Write a haiku about autumn.", text]


def test_regenerate_with_the_real_model_and_step_between_versions(qtbot, make_app, installed_starter, app_paths):
    save_settings(
        app_paths.settings_path,
        Settings().with_changes(context_length=1024, sampling=SamplingParams(temperature=1.0, max_tokens=12, seed=-1)),
    )
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=120000)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as first:
        hearth.chat.submit("Name a fruit.")
    first_id = first.args[0]
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as second:
        hearth.window.chat_view.view_for(first_id).regenerate_requested.emit(first_id)
    second_id = second.args[0]
    assert second_id != first_id and second.args[2] is MessageStatus.DONE
    hearth.chat.reload()
    views = hearth.window.chat_view.message_views()
    assert views[1].message_id == second_id and views[1].branch_label.text() == "2/2"
    hearth.chat.history.step_branch(second_id, -1)
    views = hearth.window.chat_view.message_views()
    assert views[1].message_id == first_id and views[1].branch_label.text() == "1/2"
    assert views[1].text == first.args[1]
    with Storage(app_paths.database_path) as storage:  # both versions are kept
        assert {m.id for m in storage.messages(hearth.chat.conversation_id)} >= {first_id, second_id}
