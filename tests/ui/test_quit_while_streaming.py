"""Quitting while a reply streams: the reply is kept as *interrupted* (the word the README, the
window and the exports use, as after a crash) with the statistics known at that moment."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.history import export
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from app.ui.message_view import STATUS_LABELS
from tests.fakes import ScriptedEngine


def test_a_reply_cut_off_by_quitting_is_interrupted_with_its_stats(qtbot, make_app, scripted_model, app_paths):
    hearth = make_app(lambda: ScriptedEngine(tokens=["tok "] * 2000, delay_s=0.01))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    hearth.window.composer.editor.setFocus()
    qtbot.keyClicks(hearth.window.composer.editor, "A long story, please")
    qtbot.keyClick(hearth.window.composer.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hearth.chat._live_tokens > 5 if hearth.chat._first_token_at else False, timeout=10000)

    hearth.shutdown()

    with Storage(app_paths.database_path) as storage:
        conversation = storage.list_conversations()[0]
        _user, reply = storage.active_path(conversation.id)
        assert reply.status is MessageStatus.INTERRUPTED and reply.content.startswith("tok tok")
        stats = reply.stats
        assert stats is not None and stats.completion_tokens > 5 and stats.finish_reason == "interrupted"
        assert stats.model_file == scripted_model.name and stats.sampling and stats.time_to_first_token_s >= 0
        text = export.to_text(export.load(storage, conversation.id))
    assert "· interrupted" in text
    assert STATUS_LABELS[MessageStatus.INTERRUPTED] == "interrupted"
