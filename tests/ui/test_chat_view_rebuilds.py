"""A finished reply stays finished whenever the chat view rebuilds itself (issue 9, item 1).

Settings → OK, a theme change (the View menu, or the OS switching light/dark) and "Show earlier
messages" all rebuild the message widgets; they must be built from what the turn left (the
finished text, status and stats), never from the streaming placeholder the reply started as.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.core.history.conversation import MessageStatus, Role
from app.ui.chat_view import PAGE_SIZE
from tests.fakes import ScriptedEngine

REPLY_TOKENS = ["The answer ", "is **forty-two**", "."]
REPLY_TEXT = "".join(REPLY_TOKENS)


def _ready(qtbot, hearth):
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)


def _send(qtbot, hearth, text):
    editor = hearth.window.composer.editor
    editor.setFocus()
    qtbot.keyClicks(editor, text)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)


def _assert_reply_is_whole(qtbot, hearth):
    views = hearth.window.chat_view.message_views()
    reply = views[-1]
    assert reply.text == REPLY_TEXT
    assert "writing" not in reply.status_label.text()
    assert "The answer is forty-two." in reply.body.toPlainText()
    assert "tokens" in reply.stats_label.text()  # the stats card came back too
    QApplication.clipboard().clear()
    qtbot.mouseClick(reply.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == REPLY_TEXT


def _click_ok_when_a_dialog_opens(qtbot):
    """Press OK in the settings dialog once its exec() loop runs (as a user would)."""

    def press():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, press)


def test_settings_ok_keeps_the_finished_reply(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine(tokens=REPLY_TOKENS))
    _ready(qtbot, hearth)
    _send(qtbot, hearth, "What is the answer?")
    _click_ok_when_a_dialog_opens(qtbot)
    hearth.window.settings_action.trigger()
    _assert_reply_is_whole(qtbot, hearth)


@pytest.mark.parametrize("how", ["view menu", "os switch"])
def test_theme_change_keeps_the_finished_reply(qtbot, make_app, scripted_model, how):
    hearth = make_app(lambda: ScriptedEngine(tokens=REPLY_TOKENS))
    _ready(qtbot, hearth)
    _send(qtbot, hearth, "What is the answer?")
    if how == "view menu":
        hearth.window.theme_requested.emit("dark")
        assert hearth.window.chat_view.renderer.dark
    else:  # the desktop switches colour scheme while Hearth follows the system
        hearth.settings.save(hearth.settings.get().with_changes(theme="system"))
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    _assert_reply_is_whole(qtbot, hearth)


def test_show_earlier_messages_keeps_the_finished_reply(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine(tokens=REPLY_TOKENS))
    _ready(qtbot, hearth)
    conversation = hearth.storage.create_conversation("long chat")
    parent = None
    for index in range(PAGE_SIZE + 10):  # more than one page, so the button appears
        role = Role.USER if index % 2 == 0 else Role.ASSISTANT
        parent = hearth.storage.add_message(conversation.id, role, f"old message {index}", parent_id=parent).id
    hearth.chat.open(conversation.id)
    _send(qtbot, hearth, "What is the answer?")
    earlier = hearth.window.chat_view._earlier_button
    assert earlier.isVisibleTo(hearth.window.chat_view)
    qtbot.mouseClick(earlier, Qt.MouseButton.LeftButton)
    views = hearth.window.chat_view.message_views()
    assert views[0].text == "old message 0" and len(views) == PAGE_SIZE + 12
    _assert_reply_is_whole(qtbot, hearth)


def test_a_rebuild_while_streaming_keeps_the_text_so_far_and_the_rest(qtbot, make_app, scripted_model, app_paths):
    """A theme change in the middle of a reply: the rebuilt view shows what arrived so far and
    keeps receiving the rest."""
    hearth = make_app(lambda: ScriptedEngine(tokens=["word "] * 200, delay_s=0.005))
    _ready(qtbot, hearth)
    hearth.window.composer.editor.setPlainText("talk")
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=20000) as finished:
        hearth.window.composer.send_button.click()
        qtbot.waitUntil(lambda: hearth.window.chat_view.message_views()[-1].text.count("word") >= 20, timeout=10000)
        hearth.window.theme_requested.emit("dark")
        assert hearth.window.chat_view.message_views()[-1].text.count("word") >= 20
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    reply = hearth.window.chat_view.message_views()[-1]
    assert finished.args[2] is MessageStatus.DONE
    assert reply.text == "word " * 200 and reply.body.toPlainText().count("word") == 200
