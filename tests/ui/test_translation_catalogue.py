"""Every string the window asks Qt to translate is in the shipped catalogues, translated.

The pseudo-translation test (test_window_languages) proves a string goes through Qt's translation
call, but not that ``lupdate`` can see it: a string passed through a helper such as
``def _tr(text): return QCoreApplication.translate("Page", text)`` is translated at run time by a
pseudo translator, yet never reaches the ``.ts`` files, so German users see English. Here a
recording translator notes each (context, text) Hearth's windows and dialogs look up, and each
must have a finished translation in every shipped ``.ts`` file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt, QTranslator

from app.ui.i18n import TRANSLATIONS_DIR
from tests.fakes import ScriptedEngine

LANGUAGES = ("de", "fr", "es", "ja", "zh_CN")
QT_OWN_CONTEXT = re.compile(r"^Q[A-Z]")  # QDialogButtonBox, QLineEdit...: Qt's catalogue, not Hearth's


class RecordingTranslator(QTranslator):
    """Answers nothing (English stays), remembers what Hearth asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt name; an empty translator is never asked
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if context and source_text and not QT_OWN_CONTEXT.match(context):
            self.asked.add((context, source_text))
        return ""


def finished_entries(language: str) -> set[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS_DIR / f"hearth_{language}.ts").getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            has_text = translation is not None and (
                (translation.text or "").strip() or any((f.text or "").strip() for f in translation.iter("numerusform"))
            )
            if kind is None and has_text:
                found.add((name, message.findtext("source")))
    return found


@pytest.fixture
def recorder(qapp):
    translator = RecordingTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _visit_every_window(qtbot, hearth) -> None:
    window = hearth.window
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    editor = window.composer.editor
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        qtbot.keyClicks(editor, "hello")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=5000)
    for view in window.chat_view.message_views():
        view.actions_menu().close()
    manager = hearth.open_model_manager()
    for index in range(manager.tabs.count()):
        manager.tabs.setCurrentIndex(index)
    manager.close()
    hearth.server.open_panel()
    hearth.server.panel[0].close()
    page = hearth.documents.open_page()
    page.close()
    window.show_shortcuts()
    window.shortcuts_sheet.close()
    from app.ui.settings_dialog import SettingsDialog

    SettingsDialog(hearth.settings.get(), False, window).close()


def test_every_string_the_windows_ask_for_is_translated_in_every_language(qtbot, make_app, scripted_model, recorder):
    hearth = make_app(lambda: ScriptedEngine(tokens=["Fine", " thanks."]))
    _visit_every_window(qtbot, hearth)
    assert len(recorder.asked) > 150  # the walk reached the windows and dialogs
    missing = {
        language: sorted(f"{context}: {text!r}" for context, text in recorder.asked - finished_entries(language))
        for language in LANGUAGES
    }
    assert missing == {language: [] for language in LANGUAGES}


def test_the_recorder_notices_a_string_lupdate_cannot_see(recorder):
    """Guards the test above: a string looked up through a wrapper function is recorded, and it
    is not in the catalogue."""
    from PySide6.QtCore import QCoreApplication

    def hidden_wrapper(text: str) -> str:
        return QCoreApplication.translate("CollectionsPage", text)

    hidden_wrapper("A sentence no catalogue has")
    assert ("CollectionsPage", "A sentence no catalogue has") in recorder.asked
    assert ("CollectionsPage", "A sentence no catalogue has") not in finished_entries("de")
