"""Window details a screenshot pass found (real window, scripted engine, real SQLite and files):

* a chat reopened after a restart shows its context meter and its last reply's speed at once;
* a long chat title ends in "…" beside the context meter, never cut mid-letter;
* a pinned chat's pin is as tall as the text and leaves its title aligned with the others;
* the Library tab says where each model came from, the bundled starter included.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from app.core.base.secrets import TokenStore
from app.core.base.settings import Settings
from app.core.history.conversation import Role
from app.core.models.library import COPY, ModelLibrary, record_source
from tests.fakes import ScriptedEngine
from tests.fakes_hub import memory_keyring, write_gguf  # noqa: F401 (fixture)


def _start(qtbot, make_app, size=(1100, 720)):
    engine = ScriptedEngine(tokens=["one", " two", " three"])
    hearth = make_app(lambda: engine)
    hearth.window.resize(*size)
    hearth.window.show()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    return hearth


def _send(qtbot, hearth, text: str) -> None:
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit(text)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)


# ------------------------------------------------------------------ 1. context meter after a restart
def test_a_chat_reopened_after_a_restart_shows_its_context_and_speed_at_once(qtbot, make_app, scripted_model):
    first = _start(qtbot, make_app)
    _send(qtbot, first, "count to three")
    meter_before = first.window.context_label.text()
    rate_before = first.window.rate_label.text()
    assert "4096" in meter_before and "tok/s" in rate_before  # the scripted reply's numbers
    first.shutdown()
    first.window.close()

    second = _start(qtbot, make_app)  # reopens the last chat; the model loads after that
    qtbot.waitUntil(lambda: second.chat.conversation_id is not None, timeout=10000)
    window = second.window
    assert window.context_label.text() == meter_before  # the stored reply's prompt + reply / context
    assert window.rate_label.text() == rate_before


def test_a_chat_without_reply_statistics_clears_the_meter_and_the_speed(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app)
    _send(qtbot, hearth, "count to three")
    assert hearth.window.context_label.text() and hearth.window.rate_label.text()
    bare = hearth.storage.create_conversation("Imported, no statistics")
    hearth.storage.add_message(bare.id, Role.USER, "hello", parent_id=None)
    hearth.chat.open(bare.id)
    assert hearth.window.context_label.text() == "" and hearth.window.rate_label.text() == ""


# ------------------------------------------------------------------ 2. a long title at 640x480
def _ink_columns(image: QImage, background: QColor, x_from: int, x_to: int) -> list[int]:
    """Columns in [x_from, x_to) with a pixel clearly unlike the background (text drawn there)."""
    found = []
    for x in range(max(0, x_from), min(image.width(), x_to)):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if abs(pixel.lightness() - background.lightness()) > 60:
                found.append(x)
                break
    return found


def test_a_long_title_ends_in_an_ellipsis_beside_the_context_meter(qtbot, make_app, scripted_model):
    hearth = _start(qtbot, make_app, size=(640, 480))
    _send(qtbot, hearth, "count to three")
    title = "W" * 300  # wide letters with no gaps: a cut shows as ink up to the label's edge
    hearth.chat.history.rename(hearth.chat.conversation_id, title)
    window = hearth.window
    qtbot.waitUntil(lambda: window.title_label.toolTip() == title, timeout=5000)
    qtbot.wait(50)
    label, meter = window.title_label, window.context_label
    assert meter.isVisible() and meter.text()
    assert label.geometry().right() < meter.geometry().left()  # side by side, no overlap
    assert label.font().bold()
    shown = label.shown_text()
    assert shown.endswith("…") and label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    # The last letter ("…") ends before the label's edge: the last few columns carry no ink.
    assert _ink_columns(image, background, image.width() - 3, image.width()) == []
    assert label.toolTip() == title and label.accessibleName() == title


# ------------------------------------------------------------------ 3. the pin in the sidebar
def test_a_pinned_chats_pin_is_text_sized_and_its_title_aligned(qtbot, make_app, scripted_model, app_paths):
    from app.core.history.storage import Storage

    with Storage(app_paths.database_path) as storage:
        for title, pinned in (("Weekly plan", True), ("Trip ideas", False)):
            conv = storage.create_conversation(title, pinned=pinned)
            storage.add_message(conv.id, Role.USER, "hello", parent_id=None)
    hearth = _start(qtbot, make_app)
    sidebar = hearth.window.sidebar
    hearth.window.navigator.new_chat()  # nothing selected: every row on the plain background
    rows = {sidebar.list.item(i).text(): sidebar.list.item(i) for i in range(sidebar.list.count())}
    pinned, plain = rows["Weekly plan"], rows["Trip ideas"]
    assert not pinned.icon().isNull()
    pinned_rect, plain_rect = sidebar.list.visualItemRect(pinned), sidebar.list.visualItemRect(plain)
    assert pinned_rect.height() == plain_rect.height()  # both carry a group heading; the pin adds nothing
    image = sidebar.list.viewport().grab().toImage()
    heading = sidebar.list.fontMetrics().height() + 8

    def title_band(rect: QRect) -> QImage:
        return image.copy(rect.adjusted(0, heading, 0, 0))

    def ink(band: QImage) -> list[int]:
        return _ink_columns(band, band.pixelColor(0, band.height() - 1), 0, band.width())

    pinned_ink, plain_ink = ink(title_band(pinned_rect)), ink(title_band(plain_rect))
    assert abs(pinned_ink[0] - plain_ink[0]) <= 2  # the titles start at the same place
    # The pin is drawn after the title, no taller than a line of text.
    text_end = sidebar.list.fontMetrics().horizontalAdvance("Weekly plan") + 8
    pin_columns = [x for x in pinned_ink if x > text_end]
    assert pin_columns and max(pin_columns) - min(pin_columns) <= sidebar.list.fontMetrics().height()


# ------------------------------------------------------------------ 4. the Library tab's Source column
def test_the_library_tab_says_where_each_model_came_from(qtbot, app_paths, installed_starter, memory_keyring, tmp_path):
    from app.ui.model_manager import ModelManagerDialog

    hub_file = write_gguf(app_paths.models_dir / "downloaded-Q4_K_M.gguf", padding=1000)
    record_source(app_paths.models_dir, hub_file.name, "someone/tiny-GGUF", hub_file.name, "abc123", None)
    ModelLibrary(app_paths.models_dir).import_file(write_gguf(tmp_path / "mine-Q8_0.gguf", padding=1000), COPY)
    settings = Settings()
    # A hub address that is never asked (nothing here searches or downloads).
    dialog = ModelManagerDialog(
        app_paths, TokenStore(), lambda: settings, lambda _s: None, endpoint="http://127.0.0.1:9"
    )
    qtbot.addWidget(dialog)
    try:
        tab = dialog.library_tab
        tab.refresh_library()
        table = tab.library_table
        column = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index("Source")
        sources = {name: table.item(row, column).text() for row, name in enumerate(tab.library_names())}
    finally:
        dialog.shutdown()
    assert sources[installed_starter.name] == "bundled starter"
    assert sources["downloaded-Q4_K_M.gguf"] == "someone/tiny-GGUF (downloaded-Q4_K_M.gguf)"
    assert sources["mine-Q8_0.gguf"].startswith("imported from ") and "mine-Q8_0.gguf" in sources["mine-Q8_0.gguf"]


def test_a_file_named_like_the_starter_but_different_is_not_called_the_starter(qtbot, app_paths, installed_starter):
    other = app_paths.models_dir / "other.gguf"
    installed_starter.rename(other)
    write_gguf(installed_starter, padding=1000)  # the starter's name, someone else's bytes
    by_name = {m.name: m for m in ModelLibrary(app_paths.models_dir).models()}
    assert by_name[installed_starter.name].source is None
