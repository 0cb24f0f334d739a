"""Issue 15, keyboard: search → Down → Enter opens the hit, Esc clears; Up in an empty message box
edits the last message in place; shortcuts for regenerate, copy last reply, the shortcuts sheet;
copy says "Copied"; every confirmation defaults to No."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.core.history.conversation import Role
from app.ui.confirm import question_box
from tests.fakes import ScriptedEngine


def _start(qtbot, make_app, engine=None):
    hearth = make_app(lambda: engine or ScriptedEngine())
    hearth.window.show()
    hearth.window.activateWindow()
    qtbot.waitUntil(hearth.window.isActiveWindow, timeout=5000)  # keyboard focus needs an active window
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    return hearth


def _send(qtbot, hearth, text):
    editor = hearth.window.composer.editor
    editor.setFocus()
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=5000)


def test_search_down_enter_opens_the_hit_and_escape_clears(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "tell me about wombats")
    wombat_chat = hearth.chat.conversation_id
    hearth.window.navigator.new_chat()
    _send(qtbot, hearth, "something else entirely")
    sidebar = hearth.window.sidebar
    hearth.window.find_action.trigger()
    assert sidebar.search_box.hasFocus()
    qtbot.keyClicks(sidebar.search_box, "wombats")
    qtbot.waitUntil(
        lambda: sidebar.list.count() == 1 and bool(sidebar.list.item(0).data(Qt.ItemDataRole.UserRole + 1)),
        timeout=5000,
    )
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Down)
    assert sidebar.list.hasFocus() and sidebar.list.currentRow() == 0
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hearth.chat.conversation_id == wombat_chat, timeout=5000)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Escape)
    assert sidebar.search_box.text() == "" and sidebar.search_box.hasFocus()
    qtbot.waitUntil(lambda: sidebar.list.count() == 2, timeout=5000)  # the chat list is back


def test_up_in_an_empty_box_edits_the_last_message_in_place(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "first question")
    composer = hearth.window.composer
    composer.editor.setFocus()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Up)
    assert composer.editor.toPlainText() == "first question" and composer.edit_bar.isVisible()
    composer.editor.selectAll()
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClicks(composer.editor, "better question")
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    views = hearth.window.chat_view.message_views()
    assert views[0].text == "better question" and views[0].branch_label.text() == "2/2"  # the original stays
    assert not composer.edit_bar.isVisible() and composer.editing is None


def test_escape_cancels_an_edit_and_gives_back_the_draft(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "sent words")
    composer = hearth.window.composer
    hearth.window.edit_last_action.trigger()
    assert composer.editor.toPlainText() == "sent words"
    qtbot.keyClick(composer.editor, Qt.Key.Key_Escape)
    assert composer.editor.toPlainText() == "" and composer.editing is None


def test_shortcuts_regenerate_copy_and_the_sheet(qtbot, make_app, scripted_model):
    engine = ScriptedEngine(tokens=["first"])
    hearth = _start(qtbot, make_app, engine)
    _send(qtbot, hearth, "question")
    window = hearth.window
    assert window.regenerate_action.shortcut().toString() == "Ctrl+R"
    engine.tokens = ["second"]
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        window.regenerate_action.trigger()
    assert window.chat_view.message_views()[-1].text == "second"
    window.copy_reply_action.trigger()
    assert QGuiApplication.clipboard().text() == "second"
    assert window.statusBar().currentMessage() == "Copied"
    sheet = window.show_shortcuts()
    listed = dict(sheet.rows())
    for what in (
        "Regenerate last reply",
        "Copy last reply",
        "Stop reply",
        "New chat",
        "Search chats",
        "Settings",
        "Model manager",
        "Keyboard shortcuts",
        "Edit last message",
    ):
        assert what in listed, what
    assert listed["Keyboard shortcuts"] == "Ctrl+/"
    sheet.close()


def test_copy_button_says_copied(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "hi")
    reply = hearth.window.chat_view.message_views()[1]
    reply.copy_button.click()
    assert reply.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: reply.copy_button.text() == "Copy", timeout=5000)


def test_every_confirmation_defaults_to_no(qtbot):
    box = question_box(None, "Delete chat", "Delete it?")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
    # No window code asks with QMessageBox.question (whose default is Yes).
    from pathlib import Path

    import app.ui

    offenders = [
        p.name
        for p in Path(app.ui.__file__).parent.glob("*.py")
        if "QMessageBox.question(" in p.read_text(encoding="utf-8") and p.name != "model_manager.py"
    ]
    assert offenders == []


def test_a_message_has_one_tab_stop_and_its_actions_in_a_menu(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "hello")
    reply = hearth.window.chat_view.message_views()[1]
    assert reply.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not reply.copy_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    names = [a.text() for a in reply.actions_menu().actions()]
    assert {"Copy", "Pin", "Regenerate", "Delete"} <= set(names)
    user = hearth.window.chat_view.message_views()[0]
    assert user.accessibleName() == "Message from You" and user.accessibleDescription() == "hello"
    assert hearth.window.chat_view.transcript.items[0].message.role is Role.USER
