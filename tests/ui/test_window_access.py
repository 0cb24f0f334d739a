"""Issue 15, accessibility and layout: every interactive widget of every window and dialog has a
spoken name; a finished reply is announced; the window works at 640×480 (nothing outside it, no
sideways scrolling from a long line); the status bar elides but keeps the speed; the window comes
back as it was after a restart (size, sidebar width, open chat, zoom); date groups; theme ticked."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from app.core.history.date_groups import (
    OLDER,
    PINNED,
    THIS_WEEK,
    TODAY,
    YESTERDAY,
    date_group,
    heading_of,
)
from app.core.history.storage import Storage
from app.ui.accessibility import unnamed_controls
from app.ui.confirm import question_box
from app.ui.conversation_settings import ConversationSettingsDialog
from app.ui.main_window import text_dialog
from app.ui.settings_dialog import SettingsDialog
from tests.fakes import ScriptedEngine


def _start(qtbot, make_app, engine=None, size=(1100, 760)):
    hearth = make_app(lambda: engine or ScriptedEngine())
    hearth.window.resize(*size)
    hearth.window.show()
    qtbot.waitExposed(hearth.window)
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    return hearth


def _send(qtbot, hearth, text):
    editor = hearth.window.composer.editor
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=5000)


def test_every_interactive_widget_of_every_window_and_dialog_has_a_name(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "hello")  # messages with their buttons
    window = hearth.window
    dialogs = {
        "settings": SettingsDialog(hearth.settings.get(), False, window),
        "chat settings": ConversationSettingsDialog(
            hearth.chat.history.conversation(),
            hearth.settings.get(),
            hearth.chat.history.presets(),
            hearth.chat.history.save_preset,
            hearth.chat.history.delete_preset,
            window,
        ),
        "model manager": hearth.open_model_manager(),
        "shortcuts": window.show_shortcuts(),
        "confirmation": question_box(window, "Delete chat", "Delete it?"),
        "rename": text_dialog(window, "Rename chat", "Title:", "hello"),
    }
    problems = {"main window": unnamed_controls(window)}
    for name, dialog in dialogs.items():
        dialog.show()
        problems[name] = unnamed_controls(dialog)
        dialog.hide()
    assert all(not found for found in problems.values()), problems


def test_messages_name_their_author_and_a_finished_reply_is_announced(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, ScriptedEngine(tokens=["All", " done."]))
    _send(qtbot, hearth, "hi")
    user, reply = hearth.window.chat_view.message_views()
    assert (user.accessibleName(), user.accessibleDescription()) == ("Message from You", "hi")
    assert (reply.accessibleName(), reply.accessibleDescription()) == ("Message from Gemma", "All done.")
    assert hearth.window.display.last_announcement == "Reply finished: All done."
    assert hearth.window.chat_view.accessibleDescription() == "Reply finished: All done."


def _outside(widget: QWidget, window: QWidget, sideways_only: bool = False) -> bool:
    """Whether part of ``widget`` lies outside the window (only left/right for scrolled content)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    if sideways_only:
        return top_left.x() < 0 or top_left.x() + widget.width() > window.width()
    return not QRect(QPoint(0, 0), window.size()).contains(QRect(top_left, widget.size()))


def test_usable_at_640_by_480_and_a_long_line_does_not_widen_the_chat(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, ScriptedEngine(tokens=["x" * 3000]), size=(640, 480))
    _send(qtbot, hearth, "y" * 2000)
    window = hearth.window
    qtbot.waitUntil(lambda: window.width() <= 700, timeout=3000)
    assert window.width() <= 660 and window.height() <= 500, window.size()  # no minimum size forces it wider
    important = [
        window.composer.editor,
        window.composer.send_button,
        window.sidebar.search_box,
        window.sidebar.new_button,
        window.model_picker,
        window.rate_label,
        window.title_label,
    ]
    outside = [type(w).__name__ for w in important if w.isVisible() and _outside(w, window)]
    for view in window.chat_view.message_views():  # in the scrolled chat: tall is fine, wide is not
        outside += [type(w).__name__ for w in (view.copy_button, view.body, view) if _outside(w, window, True)]
    assert outside == []
    assert window.chat_view.horizontalScrollBar().maximum() == 0
    assert window.chat_view.widget().width() <= window.chat_view.viewport().width()


def test_status_bar_elides_the_state_and_keeps_the_speed(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, size=(640, 480))
    _send(qtbot, hearth, "hi")
    window = hearth.window
    long_state = "This model is a base model, not instruction-tuned; replies may ramble " * 3
    window.state_label.setText(long_state)
    window.rate_label.setText("123.4 tok/s")
    qtbot.wait(50)
    assert window.state_label.is_elided() and window.state_label.toolTip() == long_state
    assert window.rate_label.isVisible() and not _outside(window.rate_label, window)
    assert window.rate_label.width() >= window.rate_label.sizeHint().width()


def test_window_comes_back_as_it_was_after_a_restart(qtbot, make_app, scripted_model):
    first = _start(qtbot, make_app)
    _send(qtbot, first, "remember this chat")
    chat_id = first.chat.conversation_id
    first.window.navigator.new_chat()
    _send(qtbot, first, "and this newer one")
    first.window.navigator.open_chat(chat_id)
    first.window.resize(720, 520)  # the offscreen screen is 800×600: Qt fits a restored window to it
    first.window.splitter.setSizes([300, 420])
    first.window.zoom_in_action.trigger()
    first.window.zoom_in_action.trigger()
    sidebar_width = first.window.splitter.sizes()[0]
    first.window.close()  # closing saves (HearthApp.shutdown)

    second = make_app(lambda: ScriptedEngine())
    second.window.show()
    qtbot.waitExposed(second.window)
    second.start()
    assert (second.window.size().width(), second.window.size().height()) == (720, 520)
    assert abs(second.window.splitter.sizes()[0] - sidebar_width) <= 2
    assert second.window.zoom_level == 2
    assert second.chat.conversation_id == chat_id
    assert second.window.chat_view.message_views()[0].text == "remember this chat"


def test_zoom_keys_change_the_text_size(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    window = hearth.window
    base = window.font().pointSizeF()
    window.zoom_in_action.trigger()
    assert window.font().pointSizeF() > base and window.zoom_level == 1
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert window.font().pointSizeF() < base
    window.zoom_reset_action.trigger()
    assert window.font().pointSizeF() == base


def test_theme_menu_ticks_the_theme_in_use(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    hearth.set_theme("dark")
    assert hearth.window.theme_actions["dark"].isChecked()
    assert not hearth.window.theme_actions["light"].isChecked()
    hearth.window.theme_actions["light"].trigger()
    assert hearth.window.theme_actions["light"].isChecked() and hearth.settings.get().theme == "light"


def test_date_groups():
    from datetime import timedelta

    now = datetime(2026, 12, 2, 15, 0)

    def stamp(delta):
        return (now - delta).timestamp()

    assert date_group(stamp(timedelta(hours=2)), False, now) == TODAY
    assert date_group(stamp(timedelta(hours=20)), False, now) == YESTERDAY
    assert date_group(stamp(timedelta(days=4)), False, now) == THIS_WEEK
    assert date_group(stamp(timedelta(days=30)), False, now) == OLDER
    assert date_group(stamp(timedelta(days=30)), True, now) == PINNED
    assert heading_of(stamp(timedelta(days=40)), False, now) == (OLDER, 2026, 10)  # older ones by month
    assert heading_of(stamp(timedelta(days=4)), False, now) == (THIS_WEEK, 0, 0)


def test_sidebar_shows_date_headings_and_renaming_keeps_the_order(qtbot, make_app, app_paths, scripted_model):
    with Storage(app_paths.database_path) as storage:
        old = storage.create_conversation("An old chat")
        newer = storage.create_conversation("A newer chat")
        storage.restore_updated_at(old.id, time.time() - 40 * 86400, {})
    hearth = _start(qtbot, make_app)
    sidebar = hearth.window.sidebar
    group_role = Qt.ItemDataRole.UserRole + 3

    def ids():
        return [sidebar.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(sidebar.list.count())]

    assert ids() == [newer.id, old.id]
    today, older = (sidebar.list.item(i).data(group_role) for i in range(2))
    month = datetime.fromtimestamp(time.time() - 40 * 86400)
    assert today == "Today" and older == f"{QLocale().monthName(month.month)} {month.year}"  # older ones by month
    hearth.chat.history.rename(old.id, "Renamed old chat")
    assert ids() == [newer.id, old.id]  # a rename is not activity


def test_rename_dialog_is_sized_to_its_content(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    dialog = text_dialog(hearth.window, "Rename chat", "Title:", "A fairly long chat title about many things")
    dialog.show()
    assert dialog.width() >= 400
    dialog.close()


def test_showing_earlier_messages_keeps_what_the_reader_was_looking_at(qtbot, make_app, app_paths, scripted_model):
    from app.core.history.conversation import Role
    from app.ui.chat_view import PAGE_SIZE

    with Storage(app_paths.database_path) as storage:
        conversation = storage.create_conversation("Long")
        parent = None
        for index in range(PAGE_SIZE + 20):
            role = Role.USER if index % 2 == 0 else Role.ASSISTANT
            parent = storage.add_message(conversation.id, role, f"message {index}", parent_id=parent).id
    hearth = _start(qtbot, make_app)
    hearth.window.navigator.open_chat(conversation.id)
    chat_view = hearth.window.chat_view
    qtbot.waitUntil(lambda: chat_view.verticalScrollBar().maximum() > 1000, timeout=5000)
    chat_view.verticalScrollBar().setValue(0)
    first_shown = chat_view.message_views()[0]
    message_id = first_shown.message_id
    before = first_shown.mapTo(chat_view.viewport(), QPoint(0, 0)).y()
    chat_view._earlier_button.click()
    qtbot.waitUntil(lambda: chat_view.verticalScrollBar().value() > 0, timeout=5000)
    qtbot.wait(300)
    after = chat_view.view_for(message_id).mapTo(chat_view.viewport(), QPoint(0, 0)).y()
    assert abs(after - before) < 30, (before, after)
