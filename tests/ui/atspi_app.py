"""Hearth with a scripted engine and one finished exchange on screen, for the AT-SPI test.

Run in its own process (the screen-reader side must query it while its event loop runs) with
HEARTH_HOME pointing at a profile whose models folder holds a GGUF file:
``python -m tests.ui.atspi_app "question"``. Prints READY once the reply is shown, then runs
until it is terminated (or for at most ``LIFETIME_S``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core.base.paths import AppPaths
from app.ui.application import HearthApp
from tests.fakes import ScriptedEngine

APP_NAME = "hearth-atspi-test"
REPLY = ("The answer", " is forty-two.\n\n```python\nprint(42)\n```\n")
LIFETIME_S = 120


def main(question: str) -> int:
    qt_app = QApplication(sys.argv[:1])
    hearth = HearthApp(qt_app, AppPaths.from_environment().ensure(), engine_factory=lambda: ScriptedEngine(REPLY))
    qt_app.setApplicationName(APP_NAME)  # the name the screen reader lists it under
    hearth.window.resize(1000, 700)
    hearth.window.show()
    hearth.start()

    def ask_when_ready() -> None:
        if not hearth.models.ready:
            QTimer.singleShot(100, ask_when_ready)
            return
        hearth.chat.submit(question)

    def on_finished(*_args) -> None:
        print("READY", flush=True)

    hearth.chat.reply_finished.connect(on_finished)
    QTimer.singleShot(0, ask_when_ready)
    QTimer.singleShot(LIFETIME_S * 1000, qt_app.quit)
    code = qt_app.exec()
    hearth.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "Hello"))
