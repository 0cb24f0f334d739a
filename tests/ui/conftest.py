"""GUI fixtures: a whole Hearth app (real SQLite, real worker thread) on an isolated HEARTH_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.base.paths import AppPaths


@pytest.fixture
def make_app(qtbot, qapp, hearth_home):
    """Build HearthApp instances and always shut them down (threads joined) at teardown."""
    from app.ui.application import HearthApp

    built = []

    def make(engine_factory=None):
        paths = AppPaths.from_environment().ensure()
        kwargs = {"engine_factory": engine_factory} if engine_factory else {}
        hearth = HearthApp(qapp, paths, **kwargs)
        qtbot.addWidget(hearth.window)
        built.append(hearth)
        return hearth

    yield make
    for hearth in built:
        hearth.shutdown()


@pytest.fixture
def scripted_model(app_paths: AppPaths, starter_gguf: Path) -> Path:
    """A real GGUF file in the library (the scripted engine only needs it to exist and parse)."""
    import os

    target = app_paths.models_dir / starter_gguf.name
    if not target.exists():
        os.link(starter_gguf, target)
    return target


@pytest.fixture(autouse=True)
def _restore_default_locale():
    """A window started in another language sets Qt's default locale for the whole process
    (dates and numbers follow the language); the next test starts from the locale it found."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)
