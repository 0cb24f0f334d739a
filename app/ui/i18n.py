"""Languages: Hearth's own translations plus Qt's (standard buttons, context menus), chosen from the
OS language unless Settings names one.

Translations live in ``resources/translations/hearth_<lang>.qm`` (built from the ``.ts`` files by
``make translations``). :class:`PseudoTranslator` is for tests: it wraps and lengthens every
string so an untranslated string (no brackets) or a label too narrow for a longer language
(clipped text) shows up.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"
# The languages Hearth ships, as shown in Settings (each in its own language, so it can be found).
LANGUAGES = {
    "": "System language",
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ja": "日本語",
    "zh_CN": "简体中文",
}

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")


def pseudo(text: str) -> str:
    """``text`` accented, about 40 % longer, and bracketed (placeholders and &-mnemonics kept)."""
    if not text:
        return text
    accented = _accent_outside_placeholders(text)
    padding = "~" * max(2, len(text) * 2 // 5)
    return f"{PSEUDO_OPEN}{accented}{padding}{PSEUDO_CLOSE}"


def _accent_outside_placeholders(text: str) -> str:
    """Accent letters but not inside %1-style arguments, {}-fields, or HTML tags."""
    out, depth = [], 0
    for char in text:
        if char in "<{":
            depth += 1
        if depth:
            out.append(char)
        else:
            out.append(char.translate(_ACCENTED))
        if char in ">}" and depth:
            depth -= 1
    return "".join(out)


class PseudoTranslator(QTranslator):
    """Translates every string of Hearth's own contexts into its pseudo form."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def chosen_language(setting: str) -> str:
    """The language to use: the Settings override, else the OS's UI language."""
    if setting:
        return setting
    languages = QLocale.system().uiLanguages()
    for tag in languages:
        code = tag.replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate in LANGUAGES and candidate:
                return candidate
            if candidate.startswith("zh"):
                return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, setting: str = "") -> list[QTranslator]:
    """Load Qt's and Hearth's translations for the chosen language; returns the installed ones
    (keep them alive: Qt does not own them)."""
    language = chosen_language(setting)
    installed = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("hearth", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no %s translation for %s in %s", name, language, directory)
    if installed:
        QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language
    return installed
