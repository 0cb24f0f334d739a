"""The toolbar's model picker: local models (unusable ones greyed, with the reason), then each
remote server's name over its models. It shows :class:`ModelSession`'s list; choosing an entry is
reported by ``model_chosen`` (the window passes it to the session).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from .accessibility import describe


class ModelPicker(QComboBox):
    model_chosen = Signal(str)  # the name (or remote reference) of the model the user picked, maybe the current one

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Wide enough for a model name, narrow enough for a 640-pixel window; the full name is its tooltip.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        used_for = QCoreApplication.translate("MainWindow", "Model used for new replies")
        self.setToolTip(used_for)
        describe(self, QCoreApplication.translate("MainWindow", "Model"), used_for)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.activated.connect(self._on_activated)  # the user's pick only, not show_models' refills

    def show_models(self, models: list, current: str | None) -> None:
        """Fill the list (without reporting a choice) and select ``current``."""
        self.blockSignals(True)
        self.clear()
        for model in models:
            self._add(model)
        if not models:
            self.addItem(QCoreApplication.translate("MainWindow", "No models installed"))
        index = self.findData(current)
        if index >= 0:
            self.setCurrentIndex(index)
        self.blockSignals(False)

    def _add(self, model) -> None:
        header = getattr(model, "is_header", False)  # a remote server's name above its models
        if model.usable or header:
            shown = model.display_name
        else:
            shown = QCoreApplication.translate("MainWindow", "%1 (unusable)").replace("%1", model.name)
        self.addItem(shown, None if header else model.name)
        index = self.count() - 1
        self.setItemData(index, model.display_name, Qt.ItemDataRole.ToolTipRole)
        if not model.usable:
            self.model().item(index).setEnabled(False)
            self.setItemData(index, model.problem, Qt.ItemDataRole.ToolTipRole)

    def _on_activated(self, index: int) -> None:
        name = self.itemData(index)
        if name:  # not a server's name
            self.model_chosen.emit(name)
