"""One long unbroken line never breaks the chat's layout (issue 9, item 5).

A window of a normal size shows a reply (or an error) made of one 5,000-character line: the
message's action buttons stay inside the visible width of the chat, prose and errors wrap, and a
long code line scrolls sideways inside its message. Screenshots go to the temp folder for a look.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from tests.fakes import ScriptedEngine

LONG = "x" * 5000
REPLIES = {
    "prose": LONG,
    "url": "see https://example.org/" + "a" * 5000,
    "inline-code": "`" + LONG + "`",
    "code-block": "```\n" + LONG + "\n```",
}


class _FailingEngine(ScriptedEngine):
    """Fails every reply with one very long error line (a stack dump, a path, a server's answer)."""

    def generate(self, *args, **kwargs):
        raise RuntimeError("the backend said: " + "E" * 5000)


def _right_edge_in_viewport(widget, chat_view) -> int:
    return widget.mapTo(chat_view.viewport(), QPoint(widget.width(), 0)).x()


def _assert_buttons_inside(window, name: str) -> None:
    chat_view = window.chat_view
    Path(tempfile.gettempdir(), f"hearth-long-line-{name}.png").write_bytes(b"")
    window.grab().save(str(Path(tempfile.gettempdir()) / f"hearth-long-line-{name}.png"))
    width = chat_view.viewport().width()
    assert 500 < width < 1100  # a normal window, not a stretched one
    for view in chat_view.message_views():
        for button in (view.copy_button, view.pin_button):
            assert 0 < _right_edge_in_viewport(button, chat_view) <= width, (name, view.message_id)
        assert _right_edge_in_viewport(view, chat_view) <= width
        assert _right_edge_in_viewport(view.stats_label, chat_view) <= width
    assert chat_view.horizontalScrollBar().maximum() == 0  # the chat itself never scrolls sideways


def _start(qtbot, make_app, engine):
    hearth = make_app(lambda: engine)
    hearth.window.resize(1100, 760)
    hearth.window.show()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    return hearth


@pytest.mark.parametrize("name", list(REPLIES))
def test_a_long_unbroken_line_keeps_the_buttons_in_view(qtbot, make_app, scripted_model, name):
    hearth = _start(qtbot, make_app, ScriptedEngine(tokens=[REPLIES[name]]))
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit(LONG)  # the user's own message is one long line too
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    hearth.chat.reload()  # and after reopening the chat
    qtbot.wait(50)
    _assert_buttons_inside(hearth.window, name)
    reply = hearth.window.chat_view.message_views()[-1]
    assert not reply.body.is_wider_than_view()  # the message's prose never scrolls sideways
    if name == "code-block":  # the code line scrolls inside its own block, reachable to its end
        (code,) = reply.body.code_views()
        bar = code.horizontalScrollBar()
        assert bar.isVisibleTo(code) and bar.maximum() > 5000
        assert reply.body.toPlainText().count("x") == 5000
    else:  # prose, links and inline code wrap: the message grows taller, not wider
        assert reply.body.height() > 100


def test_a_long_code_line_scrolls_its_own_block_only(qtbot, make_app, scripted_model):
    """Prose around a wide code block wraps at the view's width; only the block scrolls (issue 9
    item 5, without the deviation: the whole message used to scroll sideways)."""
    prose = "Before the code, a sentence long enough to wrap in a narrow window. " * 6
    reply = f"{prose}\n\n```python\nx = '{LONG}'\n```\n\nAfter: {prose}\n\n```\nshort = 1\n```\n"
    hearth = _start(qtbot, make_app, ScriptedEngine(tokens=[reply]))
    hearth.window.resize(800, 600)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("show me")
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    hearth.chat.reload()
    chat_view = hearth.window.chat_view
    view = chat_view.message_views()[-1]
    qtbot.waitUntil(lambda: len(view.body.code_views()) == 2, timeout=5000)
    qtbot.wait(50)
    width = chat_view.viewport().width()
    wide, short = view.body.code_views()
    before, after = view.body.prose_views()
    for part in (wide, short, before, after):  # every part lies inside the visible chat
        assert 0 < _right_edge_in_viewport(part, chat_view) <= width
    assert wide.horizontalScrollBar().isVisibleTo(wide) and wide.horizontalScrollBar().maximum() > 5000
    assert not short.horizontalScrollBar().isVisibleTo(short)  # a short block does not scroll
    for paragraph in (before, after):  # prose wraps at the width: several lines, no scroll bar
        assert not paragraph.is_wider_than_view()
        assert paragraph.height() > 2 * paragraph.fontMetrics().height()
    # Scrolling the code moves only the code: the prose stays where it is.
    x_before = before.mapTo(chat_view.viewport(), before.rect().topLeft()).x()
    wide.horizontalScrollBar().setValue(wide.horizontalScrollBar().maximum())
    assert before.mapTo(chat_view.viewport(), before.rect().topLeft()).x() == x_before
    assert chat_view.horizontalScrollBar().maximum() == 0


def test_a_long_error_wraps_in_the_stats_line(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, _FailingEngine())
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("go")
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    hearth.chat.reload()
    qtbot.wait(50)
    _assert_buttons_inside(hearth.window, "error")
    stats = hearth.window.chat_view.message_views()[-1].stats_label
    assert stats.text().replace("\u200b", "").count("E") >= 5000  # all of it, wrapped
    assert stats.height() > 5 * stats.fontMetrics().height()


def test_a_long_chat_title_does_not_widen_the_window(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, ScriptedEngine(tokens=["ok"]))
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("hello")
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    hearth.chat.history.rename(hearth.chat.conversation_id, "T" * 3000)
    assert hearth.window.minimumSizeHint().width() < 1100
    assert hearth.window.title_label.toolTip() == "T" * 3000
