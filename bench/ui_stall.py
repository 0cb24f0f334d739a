"""4. UI: how the GUI thread copes while a long Markdown reply streams into the real chat view.

The whole app is built (``HearthApp``: real window, chat view, SQLite, inference worker thread)
with a stand-in engine that streams a 2,000-token Markdown reply with code blocks at 25 tokens/s
through the same worker, batching and signals as a real model. A 5 ms ``QTimer`` heartbeat on the
GUI thread measures the longest gap between beats (a stall the user would feel as a frozen
window), and the GUI thread's CPU time is compared with the generation's wall time. Each
once-a-second partial-reply save is timed too (a WAL checkpoint inside one used to stall). It runs in a
child process (offscreen Qt platform unless a display is set).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Row, print_table

RATE = 25.0


def _child(tokens: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="hearth-bench-ui-"))
    os.environ["HEARTH_HOME"] = str(home)
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.base.paths import AppPaths
    from app.core.history import turns
    from app.ui.application import HearthApp

    from .common import starter_model
    from .scripted import PacedEngine, markdown_reply

    saves: list[float] = []  # each once-a-second partial-reply save, timed on the GUI thread
    real_save = turns.save_partial

    def timed_save(*args) -> None:
        started = time.perf_counter()
        real_save(*args)
        saves.append(time.perf_counter() - started)

    turns.save_partial = timed_save
    paths = AppPaths.from_environment().ensure()
    model, _ = starter_model()
    if not (paths.models_dir / model.name).exists():  # a returning user: the model is in the library
        os.link(model, paths.models_dir / model.name)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    pieces = markdown_reply(tokens)
    hearth = HearthApp(qt_app, paths, engine_factory=lambda: PacedEngine(pieces, RATE))
    hearth.window.resize(1200, 900)
    hearth.window.show()
    hearth.start()
    deadline = time.monotonic() + 120
    while not hearth.models.ready and time.monotonic() < deadline:
        qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    if not hearth.models.ready:
        raise RuntimeError(f"the model never became ready: {hearth.models.state}")

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    done: dict = {}

    def finished(message_id, text, status, stats) -> None:
        done.update(wall=time.perf_counter() - started, cpu=time.thread_time() - cpu_started, chars=len(text))
        loop.quit()

    hearth.chat.reply_finished.connect(finished)
    heartbeat.start()
    started, cpu_started = time.perf_counter(), time.thread_time()
    beats.append(started)
    hearth.chat.submit("Tell me about the lighthouse keeper, with code.")
    QTimer.singleShot(int((tokens / RATE + 60) * 1000), loop.quit)  # a safety net
    loop.exec()
    heartbeat.stop()
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    views = len(hearth.window.chat_view.message_views())
    hearth.shutdown()
    return {
        "max_gap_ms": max(gaps) * 1000,
        "p99_gap_ms": sorted(gaps)[int(len(gaps) * 0.99)] * 1000,
        "beats": len(beats),
        "views": views,
        "saves": len(saves),
        "max_save_ms": max(saves, default=0.0) * 1000,
        **done,
    }


def run(quick: bool = False) -> list[Row]:
    tokens = 400 if quick else 2000
    result = subprocess.run(
        [sys.executable, "-m", "bench.ui_stall", "--child", str(tokens)],
        capture_output=True,
        text=True,
        timeout=tokens / RATE + 240,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the UI benchmark failed:\n{result.stderr[-3000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    cpu_share = data["cpu"] / data["wall"]
    rows = [
        Row(
            "longest GUI-thread stall (5 ms heartbeat)", data["max_gap_ms"], 50, data["max_gap_ms"] / 50, 1.0, unit="ms"
        ),
        Row("GUI-thread CPU time / generation wall time", cpu_share, 0.10, cpu_share / 0.10, 1.0),
    ]
    print_table(
        "4. UI: a long Markdown reply streaming into the real chat view",
        rows,
        baseline_name="target",
        note=(
            f"{tokens} tokens at {RATE:g} tok/s with code blocks through the real worker and signals; "
            f"{data['wall']:.1f} s wall, {data['cpu']:.2f} s GUI-thread CPU, 99th-percentile gap "
            f"{data['p99_gap_ms']:.1f} ms; slowest of {data.get('saves', 0)} partial-reply saves "
            f"{data.get('max_save_ms', 0.0):.1f} ms; platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; "
            "the ratio is measured / target"
        ),
    )
    return rows


if __name__ == "__main__":  # pragma: no cover
    if "--child" in sys.argv:
        import logging

        logging.basicConfig(level=logging.ERROR)
        print(json.dumps(_child(int(sys.argv[-1]))), flush=True)
        os._exit(0)  # the app is shut down; skip interpreter teardown of Qt objects
    run(quick="--quick" in sys.argv)
