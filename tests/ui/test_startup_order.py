"""Start-up order: a light first frame is painted before the main window and its modules are built.

The in-process tests drive :class:`GuiStart` (run_gui's two steps) with a recording builder; the
subprocess test runs the real ``run_gui`` in a fresh interpreter, where it can be seen that the
heavy modules are not even imported when the first frame reaches the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.base.paths import AppPaths
from app.core.history.storage import StorageError
from app.ui import application
from app.ui.application import ErrorDialogs, GuiStart, HearthApp
from tests.fakes import ScriptedEngine

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_frame_is_painted_before_the_app_is_built_then_hands_over(qtbot, qapp, hearth_home):
    paths = AppPaths.from_environment().ensure()
    events: list[str] = []
    built: list[HearthApp] = []

    def build(qt_app, paths, settings):
        events.append(f"build (first frame painted: {start.frame.was_painted}, visible: {start.frame.isVisible()})")
        hearth = HearthApp(qt_app, paths, engine_factory=ScriptedEngine, settings=settings)
        built.append(hearth)
        return hearth

    start = GuiStart(qapp, paths, ErrorDialogs(), build=build)
    start.frame.painted.connect(lambda: events.append("first frame painted"))
    try:
        start.begin()
        assert events == []  # nothing is built before the event loop has painted the frame
        qtbot.waitUntil(lambda: start.hearth is not None, timeout=20000)
        assert events == ["first frame painted", "build (first frame painted: True, visible: True)"]
        assert start.hearth is built[0]
        qtbot.waitUntil(lambda: start.hearth.window.isVisible() and not start.frame.isVisible(), timeout=5000)
        assert start.errors.window is start.hearth.window  # error dialogs now belong to the real window
        # ...and the rest of start-up (model scan, downloads) follows once the real window is up.
        qtbot.waitUntil(lambda: start.hearth.downloads is not None, timeout=5000)
    finally:
        for hearth in built:
            hearth.window.hide()
            hearth.shutdown()
        start.frame.close()


def test_settings_are_read_once_for_the_first_frame_and_handed_to_the_app(qtbot, qapp, hearth_home):
    paths = AppPaths.from_environment().ensure()
    # A broken settings file is moved aside when it is read: reading it twice would lose the notice.
    paths.settings_path.write_text("{not json", encoding="utf-8")
    given: list[object] = []

    def build(qt_app, paths, settings):
        given.append(settings)
        raise StorageError("stop here")  # the rest of start-up is not the point of this test

    shown: list[str] = []
    start = GuiStart(qapp, paths, ErrorDialogs(), build=build)
    original = application.QMessageBox.critical
    application.QMessageBox.critical = staticmethod(lambda parent, title, text: shown.append(text))
    exits: list[int] = []
    # The shared test QApplication must not be told to quit: later tests' event loops would end at once.
    start.qt_app.exit = exits.append
    try:
        assert start.settings.load_message  # the broken file was noticed once, by the first read
        start.begin()
        qtbot.waitUntil(lambda: start.exit_code is not None, timeout=20000)
    finally:
        application.QMessageBox.critical = original
        del start.qt_app.exit
        start.frame.close()
    assert given == [start.settings]
    # A database that cannot be opened: one clear message, exit code 1, and no window left behind.
    assert start.exit_code == 1 and exits == [1] and not start.frame.isVisible()
    assert shown and "cannot open its history database" in shown[0] and "stop here" in shown[0]


_CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY = ["app.ui.main_window", "app.ui.chat_view", "app.ui.chat_session", "app.core.history.storage",
         "app.core.models.library", "app.ui.workers"]
seen = []

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible():
            kind = "main" if isinstance(obj.window(), QMainWindow) else "first"
            if kind not in [s["kind"] for s in seen]:
                seen.append({"kind": kind, "imported": [m for m in HEAVY if m in sys.modules]})
                if kind == "main":
                    QTimer.singleShot(0, lambda: (print(json.dumps(seen), flush=True), os._exit(0)))
        return False

app = QApplication([sys.argv[0]])
watch = Watch()
app.installEventFilter(watch)
from app.ui.application import run_gui
run_gui([])
"""


def test_the_real_entry_point_paints_before_importing_the_window(hearth_home):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HEARTH_HOME=str(hearth_home),
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )  # a hang guard only
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert [s["kind"] for s in seen] == ["first", "main"]
    assert seen[0]["imported"] == []  # the first frame reached the screen before any of them was imported
    assert "app.ui.main_window" in seen[1]["imported"]
