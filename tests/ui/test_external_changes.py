"""The window notices what the CLI or a second window does to the same history (issue 9, item 8).

A chat deleted from outside leaves the sidebar and the screen, what the user was typing stays in
the message box and says so, and sending it starts a new chat instead of failing with "no
conversation with id …". Chats and messages added from outside appear. The outside writer is the
real ``hearth`` CLI in a subprocess, or a second real SQLite connection.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.core.history.conversation import Role
from app.core.history.storage import Storage
from tests.fakes import ScriptedEngine

REPO = Path(__file__).resolve().parents[2]


def _start(qtbot, make_app):
    hearth = make_app(lambda: ScriptedEngine(tokens=["Fine, ", "thanks."]))
    hearth.window.show()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    return hearth


def _chat(qtbot, hearth, text):
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit(text)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    return hearth.chat.conversation_id


def _type(qtbot, hearth, text):
    editor = hearth.window.composer.editor
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def _sidebar_ids(hearth):
    sidebar = hearth.window.sidebar.list
    return [sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(sidebar.count())]


def _cli(app_paths, *args):
    env = dict(os.environ, HEARTH_HOME=os.environ["HEARTH_HOME"], PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_chat_deleted_by_the_cli_leaves_the_window_and_the_typed_text_stays(
    qtbot, make_app, scripted_model, app_paths
):
    hearth = _start(qtbot, make_app)
    doomed = _chat(qtbot, hearth, "how are you?")
    _type(qtbot, hearth, "my half-written follow-up")
    result = _cli(app_paths, "history", "rm", doomed)
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: doomed not in _sidebar_ids(hearth), timeout=10000)  # noticed without any click
    window = hearth.window
    assert hearth.chat.conversation_id is None and window.chat_view.message_views() == []
    assert window.composer.editor.toPlainText() == "my half-written follow-up"
    assert (
        "deleted outside this window" in window.navigator.last_notice
        and "still in the message box" in window.navigator.last_notice
    )
    assert "deleted outside this window" in window.chat_view._placeholder.text()
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    assert window.last_error is None  # no "Could not save your message"
    with Storage(app_paths.database_path) as storage:
        (conversation,) = storage.list_conversations()
        assert conversation.id != doomed
        assert [m.content for m in storage.active_path(conversation.id)] == [
            "my half-written follow-up",
            "Fine, thanks.",
        ]


def test_sending_right_after_an_outside_delete_starts_a_new_chat_and_says_so(
    qtbot, make_app, scripted_model, app_paths
):
    """Enter pressed before the window's next look at the database: the check before the write."""
    hearth = _start(qtbot, make_app)
    hearth.window.navigator.stop_watching()  # the race: nothing has been noticed yet
    doomed = _chat(qtbot, hearth, "first question")
    with Storage(app_paths.database_path) as other_window:
        other_window.delete_conversation(doomed)
    _type(qtbot, hearth, "second question")
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClick(hearth.window.composer.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    assert hearth.window.last_error is None
    assert "starts a new chat" in hearth.window.navigator.last_notice
    assert [v.text for v in hearth.window.chat_view.message_views()] == ["second question", "Fine, thanks."]
    assert _sidebar_ids(hearth) == [hearth.chat.conversation_id] and hearth.chat.conversation_id != doomed


def test_chats_and_messages_added_from_outside_appear(qtbot, make_app, scripted_model, app_paths):
    hearth = _start(qtbot, make_app)
    open_chat = _chat(qtbot, hearth, "hello")
    _type(qtbot, hearth, "draft kept")
    with Storage(app_paths.database_path) as other_window:
        added = other_window.create_conversation("made elsewhere")
        other_window.add_message(added.id, Role.USER, "elsewhere", parent_id=None)
        leaf = other_window.active_path(open_chat)[-1]
        other_window.add_message(open_chat, Role.USER, "continued from the CLI", parent_id=leaf.id)
    qtbot.waitUntil(lambda: added.id in _sidebar_ids(hearth), timeout=10000)
    qtbot.waitUntil(lambda: hearth.window.chat_view.message_views()[-1].text == "continued from the CLI", timeout=5000)
    assert hearth.chat.conversation_id == open_chat
    assert hearth.window.composer.editor.toPlainText() == "draft kept"


def test_the_windows_own_writes_do_not_count_as_outside_changes(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _chat(qtbot, hearth, "hello")
    reloads = []
    hearth.chat.conversation_opened.connect(lambda *args: reloads.append(args))
    before = hearth.window.navigator.seen_version
    hearth.window.check_external_changes()
    assert hearth.window.navigator.seen_version == before and reloads == []


def test_a_chat_deleted_outside_while_its_reply_streams(qtbot, make_app, scripted_model, app_paths):
    """The reply stops, nothing is written back into the deleted chat, and the window says what happened."""
    hearth = make_app(lambda: ScriptedEngine(tokens=["word "] * 2000, delay_s=0.005))
    hearth.window.show()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    hearth.chat.submit("a long answer please")
    doomed = hearth.chat.conversation_id
    qtbot.waitUntil(
        lambda: hearth.chat.busy and hearth.window.chat_view.message_views()[-1].text.count("word") > 5, timeout=5000
    )
    with Storage(app_paths.database_path) as other_window:
        other_window.delete_conversation(doomed)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)  # stopped, not 2,000 tokens later
    qtbot.waitUntil(lambda: hearth.chat.conversation_id is None, timeout=5000)
    assert "deleted outside this window" in hearth.window.navigator.last_notice
    assert hearth.window.last_error is None  # no "could not be saved" for a chat that is gone
    assert doomed not in _sidebar_ids(hearth)
    with Storage(app_paths.database_path) as storage:
        assert storage.count_conversations() == 0
