"""5. Start-up: time until Hearth's main window is on screen, against the least a Qt app can do.

Each measurement is a fresh ``python`` process, timed by this (parent) process from launch until
the child reports that a window has finished its first paint. The baseline child imports
PySide6.QtWidgets and shows an empty ``QWidget``; the Hearth child runs the real GUI entry point
(``app.ui.application.run_gui``) on a prepared HEARTH_HOME (the starter model in the library, as
for a returning user). Hearth paints a light first frame before it builds the main window
(``app/ui/first_frame.py``), so two times are taken: the first frame (the target) and the painted
main window (reported alongside, so the full cost stays visible). Runs are interleaved after one
warm-up of each, and medians compared.
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
from PySide6.QtWidgets import QApplication, QMainWindow

class _FirstPaint(QObject):
    """Prints "shown" once the first frame of any top-level window has been painted, and "main"
    once a QMainWindow's has (then exits); without WAIT_FOR_MAIN it exits after "shown"."""
    shown = main = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible():
            if not self.shown:
                self.shown = True
                QTimer.singleShot(0, self.report_shown)  # after the whole frame is painted
            if WAIT_FOR_MAIN and not self.main and isinstance(obj.window(), QMainWindow):
                self.main = True
                QTimer.singleShot(0, self.report_main)
        return False
    def report_shown(self):
        print("shown", flush=True)
        if not WAIT_FOR_MAIN:
            os._exit(0)
    def report_main(self):
        print("main", flush=True)
        os._exit(0)

app = QApplication([sys.argv[0]])
_filter = _FirstPaint()
app.installEventFilter(_filter)
'''

BASELINE = (
    "WAIT_FOR_MAIN = False"
    + _REPORTER
    + """
from PySide6.QtWidgets import QWidget
window = QWidget()
window.resize(1200, 800)
window.show()
app.exec()
"""
)

HEARTH = (
    "WAIT_FOR_MAIN = True"
    + _REPORTER
    + """
from app.ui.application import run_gui
run_gui([sys.argv[0]])
"""
)


def _read_line(proc: subprocess.Popen, deadline: float) -> bytes:
    ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.perf_counter()))
    return proc.stdout.readline().strip() if ready else b""


def _launch(code: str, env: dict, timeout: float = 60) -> tuple[float, float]:
    """Seconds from launch to the first painted window, and to the painted main window."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    deadline = start + timeout
    first = _read_line(proc, deadline)
    shown = time.perf_counter() - start
    main = _read_line(proc, deadline) if first == b"shown" and code is HEARTH else b"main"
    full = time.perf_counter() - start
    if first != b"shown" or main != b"main":
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"the start-up child did not show a window: {err.decode(errors='replace')[-2000:]}")
    proc.communicate(timeout=30)
    return shown, (full if code is HEARTH else shown)


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
    baseline, first, full = [], [], []
    load = os.getloadavg()[0]
    for i in range(runs):
        order = (BASELINE, HEARTH) if i % 2 == 0 else (HEARTH, BASELINE)
        for code in order:
            shown, main = _launch(code, env)
            if code is BASELINE:
                baseline.append(shown)
            else:
                first.append(shown)
                full.append(main)
    shutil.rmtree(home, ignore_errors=True)
    b = median(baseline)
    rows = [
        Row(
            "time to a shown window (the first frame) / empty Qt window",
            median(first),
            b,
            median(first) / b,
            2.0,
            unit="s",
        ),
        Row("time to the painted main window / empty Qt window", median(full), b, median(full) / b, None, unit="s"),
    ]
    print_table(
        "5. Start-up: fresh process to first painted window",
        rows,
        baseline_name="empty QWidget",
        note=(
            f"{runs} interleaved runs each after a warm-up, medians; platform {env['QT_QPA_PLATFORM']}; "
            f"load average {load:.2f} at start; Hearth first frame: {' '.join(f'{t:.2f}' for t in first)}; "
            f"main window: {' '.join(f'{t:.2f}' for t in full)}; empty: {' '.join(f'{t:.2f}' for t in baseline)}"
        ),
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    run(quick="--quick" in sys.argv)
