"""A message's actions: each button and its entry in the context menu ask for the same thing.

The branch navigator's menu entries once passed QAction's ``checked`` (False) as the step, so
"Previous version" from the keyboard menu asked for a step of 0 and nothing changed."""

from __future__ import annotations

from app.core.history.conversation import Message, Role
from app.ui.markdown_render import MarkdownRenderer
from app.ui.message_view import MessageItem, MessageView


def _view(qtbot, role: Role, *, pinned: bool = False, index: int = 1, count: int = 3) -> MessageView:
    message = Message("m1", "c1", None, role, "Hello", pinned=pinned)
    view = MessageView(MessageItem(message, sibling_index=index, sibling_count=count), MarkdownRenderer())
    qtbot.addWidget(view)
    return view


def _record(view: MessageView) -> list[tuple]:
    seen: list[tuple] = []
    view.branch_step_requested.connect(lambda message_id, step: seen.append(("step", message_id, step)))
    view.pin_requested.connect(lambda message_id, pinned: seen.append(("pin", message_id, pinned)))
    view.regenerate_requested.connect(lambda message_id: seen.append(("regenerate", message_id)))
    view.edit_requested.connect(lambda message_id: seen.append(("edit", message_id)))
    view.answer_requested.connect(lambda message_id: seen.append(("answer", message_id)))
    view.delete_requested.connect(lambda message_id: seen.append(("delete", message_id)))
    return seen


def _menu_entry(view: MessageView, text: str):
    return next(action for action in view.actions() if action.text() == text)


def test_the_branch_menu_entries_step_back_and_forward(qtbot):
    view = _view(qtbot, Role.ASSISTANT)
    seen = _record(view)
    _menu_entry(view, "Previous version").trigger()
    _menu_entry(view, "Next version").trigger()
    assert seen == [("step", "m1", -1), ("step", "m1", 1)]


def test_each_button_and_its_menu_entry_ask_for_the_same_on_a_reply(qtbot):
    view = _view(qtbot, Role.ASSISTANT, pinned=True)
    seen = _record(view)
    for button, text in ((view.pin_button, "Unpin"), (view.regenerate_button, "Regenerate")):
        button.click()
        _menu_entry(view, text).trigger()
    _menu_entry(view, "Delete").trigger()
    assert seen == [
        ("pin", "m1", False),
        ("pin", "m1", False),
        ("regenerate", "m1"),
        ("regenerate", "m1"),
        ("delete", "m1"),
    ]


def test_each_button_and_its_menu_entry_ask_for_the_same_on_a_user_message(qtbot):
    view = _view(qtbot, Role.USER, index=0, count=1)
    seen = _record(view)
    for button, text in ((view.pin_button, "Pin"), (view.edit_button, "Edit"), (view.answer_button, "Answer")):
        button.click()
        _menu_entry(view, text).trigger()
    assert seen == [
        ("pin", "m1", True),
        ("pin", "m1", True),
        ("edit", "m1"),
        ("edit", "m1"),
        ("answer", "m1"),
        ("answer", "m1"),
    ]
    assert not any(action.text() in ("Previous version", "Next version") for action in view.actions())
