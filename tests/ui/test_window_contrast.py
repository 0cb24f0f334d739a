"""Issue 15: the OS's high-contrast setting and its font size are honoured.

High contrast is forced the way the OS would ask for it (the theme is applied with the hint on);
the rendered window then has no grey text, no code colours of its own, and thicker focus frames.
A larger app font (the OS font size) makes every size in the style sheets larger with it: there
are no pixel font sizes left.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPalette

from app.core.history.conversation import GenerationStats, Message, MessageStatus, Role
from app.ui.markdown_render import CodePart, MarkdownRenderer
from app.ui.message_view import MessageItem, MessageView
from app.ui.theme import (
    SMALL,
    app_style_sheet,
    apply_theme,
    contrast_ratio,
    full_contrast,
)

REPLY = "# A heading\n\nSome prose.\n\n```python\ndef answer():\n    return 42\n```\n"
STATS = GenerationStats(time_to_first_token_s=0.2, tokens_per_second=30.0, prompt_tokens=12, completion_tokens=34)


@pytest.fixture
def restore_look(qapp):
    """Put the app's palette, style sheet and font back after the test."""
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield qapp
    qapp.setFont(font)
    apply_theme(qapp, "light", high_contrast=False)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _reply_view(qtbot, renderer: MarkdownRenderer) -> MessageView:
    message = Message(id="r", conversation_id="c", parent_id=None, role=Role.ASSISTANT, content=REPLY, stats=STATS)
    view = MessageView(MessageItem(message), renderer)
    view.set_status(MessageStatus.DONE, STATS)
    view.resize(700, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _text_colours(image: QImage, background: QColor) -> list[QColor]:
    """The colours in a grabbed label other than its background (the glyphs, antialiased)."""
    seen = {}
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            colour = image.pixelColor(x, y)
            if colour.rgb() != background.rgb():
                seen[colour.rgb()] = colour
    return list(seen.values())


def _darkest_contrast(label, palette: QPalette) -> float:
    """The best contrast any glyph pixel of ``label`` has against the window colour."""
    background = palette.color(QPalette.ColorRole.Window)
    colours = _text_colours(label.grab().toImage(), background)
    assert colours, "the label painted nothing"
    return max(contrast_ratio(colour, background) for colour in colours)


def test_high_contrast_paints_secondary_text_at_full_contrast(qtbot, restore_look):
    app = restore_look
    apply_theme(app, "light", high_contrast=False)
    normal = _reply_view(qtbot, MarkdownRenderer())
    grey = _darkest_contrast(normal.stats_label, app.palette())
    assert grey < 7  # the usual look: the stats line is grey, softer than the text

    apply_theme(app, "light", high_contrast=True)
    palette = app.palette()
    for text, background in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ):
        assert contrast_ratio(palette.color(text), palette.color(background)) >= 7, text
    view = _reply_view(qtbot, MarkdownRenderer(high_contrast=True))
    assert _darkest_contrast(view.stats_label, palette) >= 7
    assert _darkest_contrast(view.time_label, palette) >= 7
    # Code keeps the palette's colours: no background or syntax colours of Hearth's own.
    (code,) = view.body.code_views()
    sheet = app.styleSheet()
    assert "QFrame#codeBlock { border: 1px solid palette(window-text); }" in sheet and "#f4f4f4" not in sheet
    assert not re.search(r"color:\s*#", code.text.toHtml().split("<body", 1)[1].replace("color:#000000", ""))
    assert "3px solid palette(highlight)" in app.styleSheet()  # a focus frame that is easy to see


def test_full_contrast_fixes_only_the_text_that_falls_short(qapp):
    from app.ui.theme import _dark_palette

    dim = QPalette(_dark_palette())
    dim.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))  # grey on near-black: 2.3:1
    fixed = full_contrast(dim)
    assert fixed.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert fixed.color(QPalette.ColorRole.Text).name() == "#e8eaed"  # 14:1 already: kept as the theme has it
    for text, background in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ):
        assert contrast_ratio(fixed.color(text), fixed.color(background)) >= 7, text


def test_no_pixel_font_sizes_and_sizes_follow_the_os_font(qtbot, restore_look):
    app = restore_look
    renderer = MarkdownRenderer()
    sheets = [app_style_sheet(9.0), app_style_sheet(9.0, high_contrast=True), renderer.render(REPLY).html]
    assert not any(re.search(r"font-size:\s*\d+(\.\d+)?px", sheet) for sheet in sheets)

    sizes = {}
    for points in (9.0, 18.0):  # the OS font size, as Qt gives it to the app
        font = QFont(app.font())
        font.setPointSizeF(points)
        app.setFont(font)
        apply_theme(app, "light", high_contrast=False)
        view = _reply_view(qtbot, renderer)
        view.stats_label.ensurePolished()
        prose = view.body.prose_views()[0]
        heading = prose.document().begin().begin().fragment().charFormat().font()
        sizes[points] = (
            view.stats_label.font().pointSizeF(),
            prose.font().pointSizeF(),
            heading.pointSizeF(),
        )
    small_9, body_9, heading_9 = sizes[9.0]
    small_18, body_18, heading_18 = sizes[18.0]
    assert small_9 == pytest.approx(9.0 * SMALL, abs=0.2) and small_18 == pytest.approx(18.0 * SMALL, abs=0.2)
    assert body_18 == pytest.approx(2 * body_9, abs=0.5)
    assert heading_18 > 18.0 and heading_18 == pytest.approx(2 * heading_9, abs=0.5)  # headings scale too


def test_the_zoom_reaches_every_text_and_keeps_the_type_scale(qtbot, make_app, scripted_model):
    """Ctrl+= used to change only the window's own font: under the app's style sheet no widget
    inherited it, so nothing on screen grew."""
    from tests.fakes import ScriptedEngine

    hearth = make_app(lambda: ScriptedEngine(tokens=["ok"]))
    hearth.window.show()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("hello")
    window = hearth.window

    def sizes():
        view = window.chat_view.message_views()[-1]
        return [
            view.stats_label.font().pointSizeF(),
            view.body.prose_views()[0].font().pointSizeF(),
            window.composer.editor.font().pointSizeF(),
            window.sidebar.list.font().pointSizeF(),
        ]

    before = sizes()
    window.set_zoom(5)  # +50 %
    assert sizes() == pytest.approx([size * 1.5 for size in before], abs=0.3)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("again")  # a message made after the zoom has the zoomed sizes too
    assert sizes() == pytest.approx([size * 1.5 for size in before], abs=0.3)
    window.set_zoom(0)
    assert sizes() == pytest.approx(before, abs=0.3)


def test_a_code_part_keeps_its_source(qapp):
    rendered = MarkdownRenderer(high_contrast=True).render(REPLY)
    (code,) = [part for part in rendered.parts if isinstance(part, CodePart)]
    assert code.code == "def answer():\n    return 42\n" and code.language == "python"
