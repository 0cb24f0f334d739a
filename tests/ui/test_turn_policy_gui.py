"""The window's side of the turn policy: the delete confirmation names exactly what goes and
defaults to No; a question whose reply was deleted can be answered; a message longer than the
context is refused before it is saved; "forget oldest turns?" is asked once, never in a loop;
per-chat settings keep only what the user changed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.base.settings import Settings, save_settings
from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import Storage
from app.core.inference.prompting import ContextOverflowError
from tests.fakes import ScriptedEngine


def _ready(qtbot, hearth):
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)


def _send(qtbot, window, text):
    window.composer.editor.setFocus()
    window.composer.editor.setPlainText(text)
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return)


def _send_and_wait(qtbot, hearth, text):
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _send(qtbot, hearth.window, text)


def _answer_next_dialog(qtbot, handle):
    """Run ``handle(box)`` on the next modal message box (the window opens it with exec())."""
    seen = []

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            handle(box)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def _views(hearth):
    return hearth.window.chat_view.message_views()


def _stored(app_paths, conversation_id):
    with Storage(app_paths.database_path) as storage:
        return storage.messages(conversation_id)


def test_delete_names_hidden_versions_defaults_to_no_and_deletes_only_what_it_named(
    qtbot, make_app, scripted_model, app_paths
):
    engine = ScriptedEngine(tokens=["first"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    _send_and_wait(qtbot, hearth, "Question")
    engine.tokens = ["second"]
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        _views(hearth)[1].regenerate_requested.emit(_views(hearth)[1].message_id)
    _send_and_wait(qtbot, hearth, "Follow-up")
    # Edit the follow-up: the old follow-up and its reply are now a branch that is not on screen.
    follow_up = _views(hearth)[2].message_id
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.edit(follow_up, "Edited follow-up")
    conversation_id = hearth.chat.conversation_id
    assert len(_stored(app_paths, conversation_id)) == 7
    hearth.chat.reload()
    second_reply = _views(hearth)[1]

    seen = []
    asked = _answer_next_dialog(
        qtbot, lambda box: (seen.append((box.text(), box.defaultButton())), qtbot.keyClick(box, Qt.Key.Key_Return))
    )
    second_reply.delete_requested.emit(second_reply.message_id)
    assert asked, "no confirmation was shown"
    text, default = seen[0]
    assert text == (
        "Delete this reply, the 2 messages after it and 2 more messages on other versions below it "
        "(not shown)? Its other version stays. 5 messages in all; this cannot be undone."
    )
    assert default is asked[0].button(QMessageBox.StandardButton.No)
    assert len(_stored(app_paths, conversation_id)) == 7  # Enter took the default: nothing deleted

    _answer_next_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    second_reply = _views(hearth)[1]
    second_reply.delete_requested.emit(second_reply.message_id)
    left = _stored(app_paths, conversation_id)
    assert [m.content for m in left] == ["Question", "first"]  # exactly the 5 named went
    assert [v.text for v in _views(hearth)] == ["Question", "first"]  # the version that stayed is shown


def test_answer_writes_a_reply_under_a_question_whose_reply_was_deleted(qtbot, make_app, scripted_model, app_paths):
    engine = ScriptedEngine(tokens=["reply"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    _send_and_wait(qtbot, hearth, "What is a quokka?")
    question, reply = _views(hearth)
    assert not question.answer_button.isVisibleTo(question)  # it has a reply
    hearth.chat.history.delete_message(reply.message_id)
    [question] = _views(hearth)
    assert question.answer_button.isVisibleTo(question)

    engine.tokens = ["A small wallaby."]
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000) as blocker:
        question.answer_button.click()
    assert blocker.args[2] is MessageStatus.DONE
    assert [v.text for v in _views(hearth)] == ["What is a quokka?", "A small wallaby."]
    assert not _views(hearth)[0].answer_button.isVisibleTo(_views(hearth)[0])
    with Storage(app_paths.database_path) as storage:
        answer = storage.get_message(blocker.args[0])
        assert answer.role is Role.ASSISTANT and answer.parent_id == question.message_id
    assert engine.prompts[-1].endswith("What is a quokka?<end_of_turn>\n<start_of_turn>model\n")


def test_a_new_message_after_a_deleted_reply_never_sends_two_user_turns(qtbot, make_app, scripted_model):
    engine = ScriptedEngine(tokens=["reply"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    _send_and_wait(qtbot, hearth, "first question")
    hearth.chat.history.delete_message(_views(hearth)[1].message_id)
    _send_and_wait(qtbot, hearth, "second question")
    assert [v.text for v in _views(hearth)] == ["first question", "second question", "reply"]
    assert engine.prompts[-1] == (
        "<start_of_turn>user\nfirst question\n\nsecond question<end_of_turn>\n<start_of_turn>model\n"
    )


def test_a_message_longer_than_the_context_is_refused_before_it_is_saved(
    qtbot, make_app, scripted_model, app_paths, monkeypatch
):
    save_settings(app_paths.settings_path, Settings(context_length=256))  # 192 tokens for the prompt
    engine = ScriptedEngine(tokens=["ok"])
    hearth = make_app(lambda: engine)
    asked = []
    monkeypatch.setattr("app.ui.window_dialogs.ask", lambda *a: asked.append(a) or True)
    _ready(qtbot, hearth)
    editor = hearth.window.composer.editor

    too_long = "word " * 300
    _send(qtbot, hearth.window, too_long)
    qtbot.waitUntil(lambda: hearth.window.last_error is not None, timeout=10000)
    assert "too long" in hearth.window.last_error and "Nothing was saved" in hearth.window.last_error
    assert editor.toPlainText() == too_long and not hearth.chat.busy
    with Storage(app_paths.database_path) as storage:
        assert storage.count_conversations() == 0  # not even an empty chat

    editor.clear()
    _send_and_wait(qtbot, hearth, "hi")
    conversation_id = hearth.chat.conversation_id
    hearth.window.last_error = None
    _send(qtbot, hearth.window, too_long)
    qtbot.waitUntil(lambda: hearth.window.last_error is not None, timeout=10000)
    assert editor.toPlainText() == too_long
    assert [m.content for m in _stored(app_paths, conversation_id)] == ["hi", "ok"]
    assert asked == []  # never "forget the oldest turns?": that cannot help a message this long

    # Long in characters but within the context in tokens: measured by the engine, then sent.
    editor.clear()
    checks = engine.fit_checks
    _send_and_wait(qtbot, hearth, " ".join(["supercalifragilistic"] * 60))
    assert engine.fit_checks == checks + 1
    assert len(_stored(app_paths, conversation_id)) == 4


class _NeverFitsEngine(ScriptedEngine):
    """A chat that cannot be made to fit: too long under 'stop', and still too long without its
    oldest unpinned turns under 'drop_oldest' (as the real fitting says then)."""

    def generate(self, history, system_prompt, sampling, on_text, should_stop, overflow_policy="stop", **_ignored):
        if overflow_policy == "drop_oldest":
            raise ContextOverflowError(
                "even without its 2 oldest unpinned messages the conversation needs 5000 tokens",
                prompt_tokens=5000,
                context_length=4096,
            )
        raise ContextOverflowError(
            "the conversation needs 5000 tokens but the context holds 4096", prompt_tokens=5000, context_length=4096
        )


def test_forget_oldest_turns_is_asked_once_never_in_a_loop(qtbot, make_app, scripted_model, monkeypatch):
    hearth = make_app(lambda: _NeverFitsEngine())
    asked = []

    def question(_parent, _title, text):
        asked.append(text)
        # Yes, as the user kept answering; No after a few so a regression ends instead of spinning.
        return len(asked) < 4

    monkeypatch.setattr("app.ui.window_dialogs.ask", question)
    _ready(qtbot, hearth)
    _send(qtbot, hearth.window, "hello")
    qtbot.waitUntil(lambda: "even without" in (hearth.window.last_error or "") or len(asked) >= 4, timeout=10000)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    assert len(asked) == 1 and "5000 tokens" in asked[0]
    assert "even without" in hearth.window.last_error


def test_chat_settings_keep_only_changed_values_so_new_defaults_reach_the_chat(
    qtbot, make_app, scripted_model, app_paths
):
    from app.ui.conversation_settings import ConversationSettingsDialog

    engine = ScriptedEngine(tokens=["ok"])
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    _send_and_wait(qtbot, hearth, "hi")

    def dialog():
        box = ConversationSettingsDialog(
            hearth.chat.history.conversation(),
            hearth.settings.get(),
            hearth.chat.history.presets(),
            hearth.chat.history.save_preset,
            hearth.chat.history.delete_preset,
        )
        qtbot.addWidget(box)
        return box

    first = dialog()
    assert first.values() == (None, {})  # opened and OK'd unchanged: nothing is copied
    first.sampling.temperature.setValue(0.3)
    hearth.chat.history.set_conversation_settings(*first.values())
    assert hearth.chat.history.conversation().settings == {"sampling": {"temperature": 0.3}}

    old = hearth.settings.get()
    hearth.apply_settings(old.with_changes(sampling=replace(old.sampling, top_p=0.5, max_tokens=99)))
    again = dialog()
    assert (again.sampling.temperature.value(), again.sampling.top_p.value()) == (0.3, 0.5)
    assert again.values() == (None, {"sampling": {"temperature": 0.3}})
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000) as blocker:
        _send(qtbot, hearth.window, "again")
    used = blocker.args[3].sampling
    assert (used["temperature"], used["top_p"], used["max_tokens"]) == (0.3, 0.5, 99)

    again.use_defaults()
    assert again.values() == (None, {})
