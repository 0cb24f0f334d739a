"""PySide6-Essentials 6.12.0 aborted CPython 3.11 after ~570 signal emits; guard against it."""

import os
import subprocess
import sys

SCRIPT = r"""
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(str, bool)

app = QCoreApplication([])
emitter = Emitter()
count = []
emitter.fired.connect(lambda text, flag: count.append(flag))
for i in range(10_000):
    emitter.fired.emit("x", True)
assert len(count) == 10_000, len(count)
print("ok", len(count))
"""


def test_ten_thousand_signal_emits_do_not_abort_python():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert "ok 10000" in result.stdout
