"""Issue 15, languages: a pseudo-translation run (every string of Hearth's own wrapped in ⟦…⟧,
accented and 40 % longer) finds untranslated strings and clipped labels; a right-to-left run
keeps the window usable; the shipped translations load and translate the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.ui.i18n import (
    PSEUDO_OPEN,
    TRANSLATIONS_DIR,
    PseudoTranslator,
    chosen_language,
    pseudo,
)
from tests.fakes import ScriptedEngine


@pytest.fixture
def pseudo_language(qapp):
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _start(qtbot, make_app, size=(1100, 760)):
    hearth = make_app(lambda: ScriptedEngine(tokens=["Fine", " thanks."]))
    hearth.window.resize(*size)
    hearth.window.show()
    qtbot.waitExposed(hearth.window)
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    editor = hearth.window.composer.editor
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClicks(editor, "hello")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=5000)
    return hearth


def _is_data(widget, text: str, hearth) -> bool:
    """Text that comes from the user, the model or the files, not from Hearth's strings."""
    window = hearth.window
    views = window.chat_view.message_views()
    data_widgets = {
        window.title_label,
        window.model_picker,
        window.state_label,
        window.rate_label,
        window.context_label,
    }
    for view in views:
        data_widgets |= {view.role_label, view.stats_label, view.status_label, view.time_label}
        data_widgets |= {code.language_label for code in view.body.code_views()}  # a language's name
    return widget in data_widgets or not any(c.isalpha() for c in text)


def test_pseudo_translation_reaches_every_string_and_nothing_is_clipped(
    qtbot, make_app, scripted_model, pseudo_language
):
    hearth = _start(qtbot, make_app)
    window = hearth.window
    untranslated = []
    for menu_action in window.menuBar().actions():
        for action in [menu_action, *menu_action.menu().actions()]:
            if action.text() and not action.text().startswith(PSEUDO_OPEN):
                untranslated.append(action.text())
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        text = widget.text()
        if widget.isVisible() and text and not _is_data(widget, text, hearth) and PSEUDO_OPEN not in text:
            untranslated.append(text)
    for edit in [window.sidebar.search_box, window.composer.editor]:
        if not edit.placeholderText().startswith(PSEUDO_OPEN):
            untranslated.append(edit.placeholderText())
    assert untranslated == []
    clipped = [
        b.text()
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.text() and b.width() < b.minimumSizeHint().width()
    ]
    assert clipped == []
    # The settings dialog, translated too.
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(hearth.settings.get(), False, window)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
    assert texts and [t for t in texts if not t.startswith(PSEUDO_OPEN)] == []
    dialog.close()


def test_pseudo_keeps_placeholders_and_markup():
    assert pseudo("Context %1 / %2").count("%1") == 1
    assert "<b>" in pseudo("<b>bold</b> text")
    assert pseudo("Save").startswith("⟦Sàvé")


def test_right_to_left_layout_stays_usable(qtbot, make_app, scripted_model, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        hearth = _start(qtbot, make_app, size=(640, 480))
        window = hearth.window
        assert window.sidebar.mapTo(window, QPoint(0, 0)).x() > window.chat_view.mapTo(window, QPoint(0, 0)).x()
        frame = QRect(QPoint(0, 0), window.size()).adjusted(0, 0, 1, 0)  # QSplitter mirrors with a 1 px rounding
        for widget in (
            window.composer.editor,
            window.composer.send_button,
            window.sidebar.search_box,
            window.model_picker,
            window.rate_label,
        ):
            assert frame.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())), widget
        for view in window.chat_view.message_views():
            left = view.mapTo(window, QPoint(0, 0)).x()
            assert left >= 0 and left + view.width() <= window.width()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(
    "language, expected",
    [("de", "&Datei"), ("fr", "&Fichier"), ("es", "&Archivo"), ("ja", "ファイル(&F)"), ("zh_CN", "文件(&F)")],
)
def test_shipped_translations_load(qtbot, make_app, scripted_model, app_paths, language, expected):
    from app.core.base.settings import Settings, save_settings

    assert (TRANSLATIONS_DIR / f"hearth_{language}.qm").exists()
    save_settings(app_paths.settings_path, Settings(language=language))
    hearth = make_app(lambda: ScriptedEngine())
    assert hearth.window.menuBar().actions()[0].text() == expected
    assert hearth.translators  # Hearth's and Qt's own


def test_language_follows_the_os_unless_settings_name_one():
    assert chosen_language("fr") == "fr"
    assert chosen_language("") in ("en", "de", "fr", "es", "ja", "zh_CN")


def test_the_base_model_note_in_the_status_bar_is_translated(qtbot, make_app, scripted_model, app_paths):
    """The starter is a base model; the status bar's note about it comes from the core in English
    and is shown in the window's language."""
    from app.core.base.settings import Settings, save_settings
    from app.core.models.model_choice import BASE_MODEL_NOTE
    from app.ui.model_session import BASE_MODEL_NOTE_SOURCE

    assert BASE_MODEL_NOTE_SOURCE == BASE_MODEL_NOTE  # what the translators saw is what the core says
    save_settings(app_paths.settings_path, Settings(language="de"))
    hearth = make_app(lambda: ScriptedEngine())
    states: list[str] = []
    hearth.models.state_changed.connect(lambda _state, text: states.append(text))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=10000)
    ready_text = next(text for text in reversed(states) if scripted_model.name in text)
    assert "Basismodell: setzt Text fort" in ready_text and BASE_MODEL_NOTE not in ready_text
