"""The first frame: a window on screen at once, while the rest of Hearth is imported and built.

Importing Hearth's window and everything behind it (chat view, sessions, storage, the inference
worker) takes Python longer than Qt needs to show an empty window. So :func:`run_gui
<app.ui.application.run_gui>` shows this light stand-in first (it needs nothing but Qt's
widgets): the same title, icon, size and colours as the main window, saying that Hearth is
starting. Once it has been painted, the real window is built and shown, and the stand-in closes
(:meth:`FirstFrame.hand_over`) after the real window is on screen, so there is never a moment
without a window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import APP_NAME

FIRST_FRAME_SIZE = (1100, 760)  # the main window's default size, so the hand-over does not jump
# A window that is never painted (started minimised, a platform without expose events) must still
# get its real window: the build starts after this long at the latest.
PAINT_FALLBACK_MS = 1000


class FirstFrame(QWidget):
    """A light stand-in for the main window, shown while the real one is being built."""

    painted = Signal()  # once, after the first paint has been drawn

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstFrame")
        self.setWindowTitle(APP_NAME)
        self.resize(*FIRST_FRAME_SIZE)
        label = QLabel(f"Starting {APP_NAME}…")
        label.setObjectName("placeholder")  # the theme's muted placeholder style
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self._reported = False

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name for the handler
        super().paintEvent(event)
        if not self._reported:
            self._reported = True
            # Queued: the signal's receivers run after this frame has reached the screen.
            QTimer.singleShot(0, self.painted.emit)

    @property
    def was_painted(self) -> bool:
        return self._reported

    def when_painted(self, callback: Callable[[], None], fallback_ms: int = PAINT_FALLBACK_MS) -> None:
        """Call ``callback`` once: after the first paint, or after ``fallback_ms`` without one."""
        called = False

        def once() -> None:
            nonlocal called
            if not called:
                called = True
                callback()

        self._connect_first_paint(once)
        QTimer.singleShot(fallback_ms, self, once)  # with self as context: no call once it is gone

    def _connect_first_paint(self, slot: Callable[[], None]) -> None:
        self.painted.connect(slot, Qt.ConnectionType.SingleShotConnection)

    def hand_over(self, window: QWidget) -> None:
        """Show the real window, then close this stand-in (keeping a minimised start minimised)."""
        if self.isMinimized():
            window.showMinimized()
        else:
            window.show()
            window.activateWindow()  # the keyboard focus the first frame had
        self.close()
