"""5. Start-up: time until Hearth's main window is on screen, against the least a Qt app can do.

Each measurement is a fresh ``python`` process, timed by this (parent) process from launch until
the child reports that its window has finished its first paint. The baseline child imports
PySide6.QtWidgets and shows an empty ``QWidget``; the Hearth child runs the real GUI entry point
(``app.ui.application.run_gui``) on a prepared HEARTH_HOME (the starter model in the library, as
for a returning user). Runs are interleaved after one warm-up of each, and medians compared.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Row, median, print_table, starter_model

ROOT = Path(__file__).resolve().parent.parent

_REPORTER = '''
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class _FirstPaint(QObject):
    """Reports once the first frame of a top-level window has been painted."""
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible():
            self.seen = True
            QTimer.singleShot(0, self.report)  # after the whole frame is painted
        return False
    def report(self):
        print("shown", flush=True)
        os._exit(0)

app = QApplication([sys.argv[0]])
_filter = _FirstPaint()
app.installEventFilter(_filter)
'''

BASELINE = _REPORTER + '''
from PySide6.QtWidgets import QWidget
window = QWidget()
window.resize(1200, 800)
window.show()
app.exec()
'''

HEARTH = _REPORTER + '''
from app.ui.application import run_gui
run_gui([sys.argv[0]])
'''


def _launch(code: str, env: dict, timeout: float = 60) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=ROOT)
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else b""
    elapsed = time.perf_counter() - start
    if line.strip() != b"shown":
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"the start-up child did not show a window: {err.decode(errors='replace')[-2000:]}")
    proc.communicate(timeout=30)
    return elapsed


def run(quick: bool = False) -> list[Row]:
    home = Path(tempfile.mkdtemp(prefix="hearth-bench-start-"))
    env = dict(os.environ, HEARTH_HOME=str(home))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    models = home / "data" / "models"
    models.mkdir(parents=True)
    model, _ = starter_model()
    os.link(model, models / model.name)
    runs = 3 if quick else 7
    _launch(BASELINE, env)
    _launch(HEARTH, env)  # first run: creates the database and settings, hashes the model
    baseline, hearth = [], []
    for i in range(runs):
        order = (BASELINE, HEARTH) if i % 2 == 0 else (HEARTH, BASELINE)
        for code in order:
            (baseline if code is BASELINE else hearth).append(_launch(code, env))
    shutil.rmtree(home, ignore_errors=True)
    h, b = median(hearth), median(baseline)
    rows = [Row("time to a shown main window / empty Qt window", h, b, h / b, 2.0, unit="s")]
    print_table(
        "5. Start-up: fresh process to first painted window", rows, baseline_name="empty QWidget",
        note=(f"{runs} interleaved runs each after a warm-up, medians; platform {env['QT_QPA_PLATFORM']}; "
              f"Hearth runs: {' '.join(f'{t:.2f}' for t in hearth)}; empty: {' '.join(f'{t:.2f}' for t in baseline)}"),
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    run(quick="--quick" in sys.argv)
