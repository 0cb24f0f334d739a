"""Issue 15: what the reply card says while a long prompt is read, and numbers and dates written
as the reader's locale writes them (German and Japanese here)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale

from app.core.history.conversation import GenerationStats, Message, Role
from app.core.history.storage import Storage
from app.ui.message_view import MessageItem, MessageView, format_stats, prompt_progress_text
from app.ui.sidebar import GROUP_ROLE
from tests.fakes import ScriptedEngine

STATS = GenerationStats(time_to_first_token_s=0.21, tokens_per_second=36.5, prompt_tokens=1840, completion_tokens=1234)


@pytest.fixture
def in_locale(qapp):
    """Run the test's window code in a locale, as the OS or Settings would set it."""
    previous = QLocale()

    def use(name: str) -> QLocale:
        QLocale.setDefault(QLocale(name))
        return QLocale(name)

    yield use
    QLocale.setDefault(previous)


def _start(qtbot, make_app, engine):
    hearth = make_app(lambda: engine)
    hearth.window.resize(1000, 700)
    hearth.window.show()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    return hearth


def test_the_reply_card_says_how_much_of_a_long_prompt_is_read(qtbot, make_app, scripted_model, in_locale):
    in_locale("en_US")
    engine = ScriptedEngine(tokens=["Done", " reading."], prefill=(1840, 736))
    engine.prefill_gate = gate = threading.Event()
    hearth = _start(qtbot, make_app, engine)
    hearth.chat.submit("a long question")
    reply = hearth.window.chat_view.message_views()[-1]
    try:
        # The engine has read 736 of 1,840 tokens and waits: the empty reply says so.
        qtbot.waitUntil(lambda: "Reading 1,840 tokens… 40%" in reply.status_label.text(), timeout=10000)
        assert reply.accessibleDescription() == "Reading 1,840 tokens… 40%"  # a screen reader hears it too
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)
    assert "Reading" not in reply.status_label.text() and reply.text == "Done reading."


def test_a_short_prompt_shows_no_progress_line(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, ScriptedEngine(tokens=["ok"], prefill=(20, 10)))
    seen: list[str] = []
    hearth.chat.prompt_progress.connect(
        lambda *_: seen.append(hearth.window.chat_view.message_views()[-1].status_label.text())
    )
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("hi")
    assert seen and not any("Reading" in text for text in seen)  # reported, but too short to show


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("de_DE", ["0,21 s", "36,5", "1.234", "1.840"]),
        ("ja_JP", ["0.21 s", "36.5", "1,234", "1,840"]),
    ],
)
def test_reply_numbers_follow_the_locale(qapp, in_locale, name, expected):
    in_locale(name)
    shown = format_stats(STATS) + " " + prompt_progress_text(736, 1840)
    for text in expected:
        assert text in shown, (name, text, shown)


@pytest.mark.parametrize("name", ["de_DE", "ja_JP"])
def test_message_times_follow_the_locale(qtbot, qapp, in_locale, name):
    locale = in_locale(name)
    from app.ui.markdown_render import MarkdownRenderer

    written = datetime.now().replace(hour=14, minute=5) - timedelta(days=3)
    message = Message(
        id="m", conversation_id="c", parent_id=None, role=Role.USER, content="hi", created_at=written.timestamp()
    )
    view = MessageView(MessageItem(message), MarkdownRenderer())
    qtbot.addWidget(view)
    shown, tooltip = view.time_label.text(), view.time_label.toolTip()
    assert "14:05" in shown
    day = QDate(written.year, written.month, written.day)
    assert locale.toString(day, QLocale.FormatType.ShortFormat) in shown  # not today: the date too
    assert locale.dayName(day.dayOfWeek()) in tooltip  # the long form names the weekday in that language
    if name == "de_DE":
        assert f"{written.day:02d}.{written.month:02d}." in shown
    else:
        assert f"{written.year}/{written.month:02d}/{written.day:02d}" in shown


@pytest.mark.parametrize("name", ["de_DE", "ja_JP"])
def test_sidebar_headings_and_counts_follow_the_locale(qtbot, make_app, scripted_model, app_paths, in_locale, name):
    locale = in_locale(name)
    old = datetime.now().replace(day=15) - timedelta(days=90)  # three months ago, mid-month
    with Storage(app_paths.database_path) as storage:
        early = storage.create_conversation("Early chat")
        parent = None
        for index in range(1001):
            role = Role.USER if index % 2 == 0 else Role.ASSISTANT
            parent = storage.add_message(early.id, role, f"m{index}", parent_id=parent).id
        storage.restore_updated_at(early.id, old.timestamp(), {})
        storage.create_conversation("Today's chat")
    hearth = _start(qtbot, make_app, ScriptedEngine())
    sidebar = hearth.window.sidebar
    rows = {sidebar.list.item(i).text(): sidebar.list.item(i) for i in range(sidebar.list.count())}
    heading = rows["Early chat"].data(GROUP_ROLE)
    assert locale.standaloneMonthName(old.month) in heading or locale.monthName(old.month) in heading
    assert str(old.year) in heading
    if name == "ja_JP":
        assert "月" in heading
    assert locale.toString(1001) in rows["Early chat"].toolTip()  # 1.001 / 1,001 messages
    assert locale.dayName(QDate(old.year, old.month, old.day).dayOfWeek()) in rows["Early chat"].toolTip()
