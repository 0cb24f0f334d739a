"""How the main window shows the model: the picker's list and choice, the status bar's state text
and load progress, and whether the message box accepts a message (with the reason when it does not).

:class:`ModelStatus` follows :class:`ModelSession`; the window connects the session's signals to
its slots in ``_connect_signals``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressBar

from .composer import Composer
from .elided_label import ElidedLabel
from .model_picker import ModelPicker
from .model_session import ModelSession


class ModelStatus(QObject):
    def __init__(
        self,
        models: ModelSession,
        picker: ModelPicker,
        state_label: ElidedLabel,
        progress: QProgressBar,
        composer: Composer,
        show_error: Callable[[str], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._models, self._picker, self._composer, self._show_error = models, picker, composer, show_error
        self._state_label, self._progress = state_label, progress

    def choose(self, name: str) -> None:
        """The user picked a model in the toolbar."""
        if name != self._models.current:
            self._models.select(name)

    def not_ready_reason(self) -> str:
        if self._models.state in ("loading", "preparing"):
            return QCoreApplication.translate("MainWindow", "The model is still loading")
        return QCoreApplication.translate("MainWindow", "No model is loaded (Models → Model manager)")

    def on_ready(self, ready: bool) -> None:
        self._composer.set_ready(ready, self.not_ready_reason())

    def on_state(self, state: str, text: str) -> None:
        if state != "ready":
            self._composer.set_ready(False, self.not_ready_reason())
        self._state_label.setText(text)
        busy = state in ("preparing", "loading")
        self._progress.setVisible(busy)
        if busy:
            self._progress.setRange(0, 0)
        if state == "error":
            self._show_error(text)

    def on_progress(self, done: int, total: int) -> None:
        self._progress.show()
        if total > 0:
            self._progress.setRange(0, 1000)
            self._progress.setValue(int(1000 * done / total))
        else:
            self._progress.setRange(0, 0)
