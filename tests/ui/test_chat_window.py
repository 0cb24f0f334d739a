"""The chat window with a scripted engine: fast checks of the GUI's behaviour and bookkeeping."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import Storage
from tests.fakes import ScriptedEngine
from tests.ui.dialogs import answer_next_question


def _ready(qtbot, hearth):
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)


def _send(qtbot, window, text):
    window.composer.editor.setFocus()
    qtbot.keyClicks(window.composer.editor, text)
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return)


def test_enter_sends_and_reply_is_rendered_and_stored(qtbot, make_app, scripted_model, app_paths):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "Hi")
    views = hearth.window.chat_view.message_views()
    assert [v.text for v in views] == ["Hi", "Hello there! **bold** and `code`."]
    html = views[1].body.toHtml()
    assert "font-weight" in html and "bold" in html  # Markdown was rendered, not shown raw
    with Storage(app_paths.database_path) as storage:
        conv = storage.list_conversations()[0]
        user, reply = storage.active_path(conv.id)
        assert (user.role, user.content) == (Role.USER, "Hi")
        assert reply.status is MessageStatus.DONE and reply.content == views[1].text
        assert reply.stats.completion_tokens == 6
    assert hearth.window.composer.editor.toPlainText() == ""


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    editor = hearth.window.composer.editor
    qtbot.keyClicks(editor, "line one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "line two")
    assert editor.toPlainText() == "line one\nline two"
    assert hearth.chat.conversation_id is None


def test_escape_stops_and_keeps_partial_reply_as_stopped(qtbot, make_app, scripted_model, app_paths):
    hearth = make_app(lambda: ScriptedEngine(tokens=["tok "] * 400, delay_s=0.01))
    _ready(qtbot, hearth)
    hearth.window.show()
    _send(qtbot, hearth.window, "Tell me a long story")
    qtbot.waitUntil(lambda: hearth.chat.busy and hearth.window.composer.editor.isReadOnly(), timeout=5000)
    qtbot.waitUntil(
        lambda: (
            len(hearth.window.chat_view.message_views()) == 2 and bool(hearth.window.chat_view.message_views()[1].text)
        ),
        timeout=5000,
    )
    assert hearth.window.composer.stop_button.isVisibleTo(hearth.window)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=5000) as blocker:
        hearth.window.stop_action.trigger()  # the Esc shortcut's action
    message_id, text, status, _ = blocker.args
    assert status is MessageStatus.STOPPED and 0 < text.count("tok") < 400
    with Storage(app_paths.database_path) as storage:
        assert storage.get_message(message_id).status is MessageStatus.STOPPED
        assert storage.get_message(message_id).content == text
    assert not hearth.window.composer.editor.isReadOnly()


def test_pressing_esc_while_streaming_stops_and_keeps_the_reply(qtbot, make_app, scripted_model, app_paths):
    """A real Esc key press (through Qt's shortcut handling, as a user's would) while a reply streams."""
    hearth = make_app(lambda: ScriptedEngine(tokens=["tok "] * 2000, delay_s=0.005))
    _ready(qtbot, hearth)
    window = hearth.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    _send(qtbot, window, "Tell me a long story")
    qtbot.waitUntil(
        lambda: hearth.chat.busy and window.chat_view.message_views()[-1].text.count("tok") >= 5, timeout=5000
    )
    reply_id = window.chat_view.message_views()[-1].message_id
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=5000) as blocker:
        qtbot.keyClick(window.composer.editor, Qt.Key.Key_Escape)  # focus is in the message box
    message_id, text, status, _ = blocker.args
    assert message_id == reply_id and status is MessageStatus.STOPPED
    assert 5 <= text.count("tok") < 2000
    assert window.chat_view.message_views()[-1].text == text
    assert "stopped" in window.chat_view.message_views()[-1].status_label.text()
    with Storage(app_paths.database_path) as storage:
        stored = storage.get_message(reply_id)
        assert stored.status is MessageStatus.STOPPED and stored.content == text
    assert not hearth.chat.busy and not window.composer.editor.isReadOnly()


def test_regenerate_makes_a_branch_and_arrows_step_between_versions(qtbot, make_app, scripted_model):
    engine = ScriptedEngine(tokens=["first"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "Question")
    engine.tokens = ["second"]
    reply_id = hearth.window.chat_view.message_views()[1].message_id
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.window.chat_view.message_views()[1].regenerate_requested.emit(reply_id)
    hearth.chat.reload()
    views = hearth.window.chat_view.message_views()
    assert views[1].text == "second" and views[1].branch_label.text() == "2/2"
    hearth.chat.history.step_branch(views[1].message_id, -1)
    views = hearth.window.chat_view.message_views()
    assert views[1].text == "first" and views[1].branch_label.text() == "1/2"


def test_new_chat_rename_and_delete_with_confirmation(qtbot, make_app, scripted_model, monkeypatch):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "A chat to delete")
    conv_id = hearth.chat.conversation_id
    assert hearth.window.sidebar.list.count() == 1
    assert hearth.window.sidebar.list.item(0).text() == "A chat to delete"
    seen = answer_next_question(qtbot, press_enter=True)  # Enter takes the default: No
    hearth.window.dialogs.confirm_delete(conv_id)
    assert seen["default"] == QMessageBox.StandardButton.No
    assert hearth.window.sidebar.list.count() == 1
    answer_next_question(qtbot, button=QMessageBox.StandardButton.Yes)
    hearth.window.dialogs.confirm_delete(conv_id)
    assert hearth.window.sidebar.list.count() == 0
    assert hearth.chat.conversation_id is None and hearth.window.chat_view.message_views() == []


def test_load_failure_is_reported_and_typed_text_is_kept(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine(fail_load="broken.gguf is not a usable model: not a GGUF model file"))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.state == "error", timeout=30000)
    assert "not a GGUF" in hearth.window.last_error
    editor = hearth.window.composer.editor
    qtbot.keyClicks(editor, "precious words")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "precious words"  # nothing sent, nothing lost
    assert not hearth.window.composer.send_button.isEnabled()
    assert "No model is loaded" in hearth.window.statusBar().currentMessage()


def test_closing_while_streaming_keeps_the_reply_as_interrupted(qtbot, make_app, scripted_model, app_paths):
    hearth = make_app(lambda: ScriptedEngine(tokens=["x"] * 2000, delay_s=0.005))
    _ready(qtbot, hearth)
    _send(qtbot, hearth.window, "go")
    qtbot.waitUntil(lambda: hearth.chat.busy, timeout=5000)
    reply_id = hearth.chat._request.assistant_message_id
    hearth.window.close()
    with Storage(app_paths.database_path) as storage:
        assert storage.get_message(reply_id).status is MessageStatus.INTERRUPTED


def test_hostile_model_output_is_escaped_in_the_view(qtbot, make_app, scripted_model):
    hostile = ["<script>alert(1)</script> ", "<img src=x onerror=alert(1)> ", "[link](javascript:alert(1))"]
    hearth = make_app(lambda: ScriptedEngine(tokens=hostile))
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "be evil")
    body = hearth.window.chat_view.message_views()[1].body
    assert "<script>alert(1)</script>" in body.toPlainText()  # shown as text
    assert "javascript:" not in body.toHtml().split("<body")[1].replace("(javascript:alert(1))", "")


def test_code_block_copy_link_copies_the_code(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine(tokens=["Here:\n\n```python\n", "print('hi')\n", "```\n"]))
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "code please")
    view = hearth.window.chat_view.message_views()[1]
    (code,) = view.body.code_views()
    assert code.language_label.text() == "python"
    code.copy_button.click()  # the block's own Copy button
    assert QApplication.clipboard().text() == "print('hi')\n"


def test_sidebar_search_opens_the_matching_conversation(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine(tokens=["zebras are striped"]))
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "tell me about animals")
    hearth.chat.new_conversation()
    hearth.window.sidebar.search_box.setText("zebra")
    qtbot.waitUntil(lambda: "«zebras»" in hearth.window.sidebar.list.item(0).text(), timeout=3000)
    from app.ui.sidebar import HTML_ROLE

    assert "<b>zebras</b>" in hearth.window.sidebar.list.item(0).data(HTML_ROLE)
    with qtbot.waitSignal(hearth.chat.message_focused, timeout=3000) as focused:
        hearth.window.sidebar._activated(hearth.window.sidebar.list.item(0))
    assert [v.text for v in hearth.window.chat_view.message_views()] == ["tell me about animals", "zebras are striped"]
    assert focused.args[0] == hearth.window.chat_view.message_views()[1].message_id
    assert hearth.window.chat_view.message_views()[1].property("found")


def test_search_snippet_html_escapes_content():
    from app.ui.sidebar import snippet_html

    html = snippet_html("<b>t</b>", "a \x02<script>\x03 b")
    assert "&lt;script&gt;" in html and "<script>" not in html and "&lt;b&gt;t&lt;/b&gt;" in html


def test_global_settings_are_saved_and_model_reloaded_on_context_change(qtbot, make_app, scripted_model, app_paths):
    from app.core.base.settings import load_settings

    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    changed = hearth.settings.get().with_changes(context_length=2048, theme="dark", system_prompt="Be kind.")
    with qtbot.waitSignal(hearth.inference.load_finished, timeout=30000) as blocker:
        hearth.window.settings_changed.emit(changed)
    assert blocker.args[0].context_length == 2048
    saved = load_settings(app_paths.settings_path)
    assert saved.context_length == 2048 and saved.theme == "dark" and saved.system_prompt == "Be kind."


def test_per_conversation_system_prompt_and_preset_reach_the_prompt(qtbot, make_app, scripted_model):
    from app.ui.conversation_settings import ConversationSettingsDialog

    engine = ScriptedEngine(tokens=["ok"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "first")
    dialog = ConversationSettingsDialog(
        hearth.chat.history.conversation(),
        hearth.settings.get(),
        hearth.chat.history.presets(),
        hearth.chat.history.save_preset,
    )
    dialog.own_prompt.setChecked(True)
    dialog.system_prompt.setPlainText("Speak like a pirate.")
    dialog.sampling.temperature.setValue(0.25)
    prompt, data = dialog.values()
    hearth.chat.history.save_preset("Pirate", prompt, data)
    hearth.chat.history.set_conversation_settings(prompt, data)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000) as blocker:
        _send(qtbot, hearth.window, "second")
    assert engine.prompts[-1].startswith("<start_of_turn>user\nSpeak like a pirate.\n\nfirst<end_of_turn>")
    assert blocker.args[3].sampling["temperature"] == 0.25
    assert "Pirate" in hearth.chat.history.presets()
    chooser = ConversationSettingsDialog(
        hearth.chat.history.conversation(),
        hearth.settings.get(),
        hearth.chat.history.presets(),
        hearth.chat.history.save_preset,
        hearth.chat.history.delete_preset,
    )
    chooser.preset_box.setCurrentIndex(chooser.preset_box.findData("Pirate"))
    chooser._delete_current_preset()
    assert "Pirate" not in hearth.chat.history.presets() and chooser.preset_box.findData("Pirate") == -1


class _OverflowEngine(ScriptedEngine):
    """Refuses histories longer than ``limit`` messages under 'stop', drops the oldest under 'drop_oldest'."""

    limit = 3

    def generate(self, history, system_prompt, sampling, on_text, should_stop, overflow_policy="stop", **_ignored):
        from dataclasses import replace

        from app.core.inference.prompting import ContextOverflowError

        if len(history) > self.limit:
            if overflow_policy != "drop_oldest":
                raise ContextOverflowError(
                    "the conversation needs 5000 tokens but the context holds 4096",
                    prompt_tokens=5000,
                    context_length=4096,
                )
            dropped = len(history) - self.limit
            result = super().generate(history[dropped:], system_prompt, sampling, on_text, should_stop)
            return replace(result, dropped_messages=dropped)
        return super().generate(history, system_prompt, sampling, on_text, should_stop)


def test_full_context_asks_then_drops_oldest_and_marks_the_transcript(qtbot, make_app, scripted_model, monkeypatch):
    engine = _OverflowEngine(tokens=["reply"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    for text in ("one", "two"):
        with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
            _send(qtbot, hearth.window, text)
    asked = []
    monkeypatch.setattr("app.ui.window_dialogs.ask", lambda parent, title, text: asked.append(text) or True)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000) as blocker:
        _send(qtbot, hearth.window, "three")  # 5 messages > 3: refused, asked, retried with drop_oldest
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    qtbot.waitUntil(lambda: blocker.args[2] is MessageStatus.DONE or len(asked) == 1, timeout=10000)
    assert asked and "4096" in asked[0]
    qtbot.waitUntil(
        lambda: (
            [v.text for v in hearth.window.chat_view.message_views()][-1:] == ["reply"]
            and hearth.window.chat_view._memory_marker.isVisibleTo(hearth.window.chat_view)
        ),
        timeout=10000,
    )
    texts = [v.text for v in hearth.window.chat_view.message_views()]
    assert texts == ["one", "reply", "two", "reply", "three", "reply"]  # the failed empty reply is gone
    assert "2 message(s)" in hearth.window.chat_view._memory_marker.text()
    assert hearth.chat.history.conversation().settings["overflow_policy"] == "drop_oldest"
    assert engine.prompts[-1].startswith("<start_of_turn>user\ntwo")


def test_base_model_is_named_as_such(tmp_path, starter_gguf):
    import os

    from app.ui.model_session import looks_like_base_model

    assert looks_like_base_model(starter_gguf)  # the starter is Gemma 3 270M base, no chat template
    tuned = tmp_path / "gemma-3-270m-it-Q4_K_M.gguf"
    os.link(starter_gguf, tuned)
    assert not looks_like_base_model(tuned)


def test_pinned_message_survives_drop_oldest_in_the_prompt(qtbot, make_app, scripted_model, app_paths):
    """A pin set in the view is stored and reaches the prompt builder, which keeps it when the
    'drop oldest' policy makes room (the fitting itself is tested in tests/core/inference/test_context_fit.py)."""
    from app.core.history.storage import Storage
    from app.core.history.turns import begin_turn

    hearth = make_app(lambda: ScriptedEngine(tokens=["ok"]))
    _ready(qtbot, hearth)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "remember: the password is swordfish")
    first = hearth.window.chat_view.message_views()[0]
    first.pin_button.click()
    first = hearth.window.chat_view.message_views()[0]
    assert hasattr(first, "pin_marker") and first.pin_button.text() == "Unpin"  # an icon, not an emoji
    with Storage(app_paths.database_path) as storage:
        assert storage.get_message(first.message_id).pinned
        request = begin_turn(storage, hearth.chat.conversation_id, "next", hearth.settings.get())
        assert request.history[0].pinned and not request.history[1].pinned


def test_full_disk_on_send_keeps_the_typed_message_and_says_why(qtbot, make_app, scripted_model):
    from tests.core.history.test_storage import _FullDisk

    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    real = hearth.storage._db
    hearth.storage._db = _FullDisk(real)
    try:
        _send(qtbot, hearth.window, "my long carefully written question")
    finally:
        hearth.storage._db = real
    assert hearth.window.composer.editor.toPlainText() == "my long carefully written question"
    assert "disk is full" in hearth.window.last_error
    assert not hearth.chat.busy


def test_full_disk_while_streaming_keeps_the_reply_on_screen(qtbot, make_app, scripted_model):
    from tests.core.history.test_storage import _FullDisk

    hearth = make_app(lambda: ScriptedEngine(tokens=["still ", "visible"], delay_s=0.05))
    _ready(qtbot, hearth)
    _send(qtbot, hearth.window, "hello")
    qtbot.waitUntil(lambda: hearth.chat.busy, timeout=5000)
    real = hearth.storage._db
    hearth.storage._db = _FullDisk(real)
    try:
        qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    finally:
        hearth.storage._db = real
    assert hearth.window.chat_view.message_views()[1].text == "still visible"
    assert "could not be saved" in hearth.window.last_error


def test_quitting_from_a_reply_finished_slot_is_clean(qtbot, make_app, scripted_model, app_paths):
    """Closing the window inside a slot of reply_finished shuts the app down mid-signal; the rest of
    the turn's bookkeeping must not touch the closed database (pytest-qt fails on slot exceptions)."""
    hearth = make_app(lambda: ScriptedEngine(tokens=["bye"]))
    _ready(qtbot, hearth)
    hearth.chat.reply_finished.connect(lambda *args: hearth.window.close())
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, "last words")
    assert hearth._down
    with Storage(app_paths.database_path) as storage:
        reply = storage.active_path(storage.list_conversations()[0].id)[-1]
        assert reply.content == "bye" and reply.status is MessageStatus.DONE
