"""A form for sampling parameters, shared by the global and per-conversation settings dialogs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from ..core.base.settings import SamplingParams


class SamplingForm(QWidget):
    def __init__(self, params: SamplingParams, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.temperature = self._double(0.0, 5.0, 0.05, params.temperature)
        self.top_p = self._double(0.01, 1.0, 0.01, params.top_p)
        self.top_k = self._int(0, 1000, params.top_k)
        self.min_p = self._double(0.0, 1.0, 0.01, params.min_p)
        self.repeat_penalty = self._double(0.5, 2.0, 0.01, params.repeat_penalty)
        self.max_tokens = self._int(1, 131072, params.max_tokens)
        self.seed = self._int(-1, 2**31 - 1, params.seed)
        self.seed.setSpecialValueText(self.tr("random"))
        self.top_k.setSpecialValueText(self.tr("off"))
        layout.addRow(self.tr("Temperature"), self.temperature)
        layout.addRow(self.tr("Top-p"), self.top_p)
        layout.addRow(self.tr("Top-k"), self.top_k)
        layout.addRow(self.tr("Min-p"), self.min_p)
        layout.addRow(self.tr("Repeat penalty"), self.repeat_penalty)
        layout.addRow(self.tr("Max reply tokens"), self.max_tokens)
        layout.addRow(self.tr("Seed"), self.seed)

    @staticmethod
    def _double(low: float, high: float, step: float, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(2)
        box.setValue(value)
        return box

    @staticmethod
    def _int(low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        return box

    def params(self) -> SamplingParams:
        return as_shown(
            SamplingParams(
                temperature=self.temperature.value(),
                top_p=self.top_p.value(),
                top_k=self.top_k.value(),
                min_p=self.min_p.value(),
                repeat_penalty=self.repeat_penalty.value(),
                max_tokens=self.max_tokens.value(),
                seed=self.seed.value(),
            )
        )

    def set_params(self, params: SamplingParams) -> None:
        self.temperature.setValue(params.temperature)
        self.top_p.setValue(params.top_p)
        self.top_k.setValue(params.top_k)
        self.min_p.setValue(params.min_p)
        self.repeat_penalty.setValue(params.repeat_penalty)
        self.max_tokens.setValue(params.max_tokens)
        self.seed.setValue(params.seed)


def as_shown(params: SamplingParams) -> SamplingParams:
    """``params`` as the form shows them (two decimals), so comparing a form's values with
    defaults that have more decimals does not find a change nobody made."""
    return replace(
        params,
        temperature=round(params.temperature, 2),
        top_p=round(params.top_p, 2),
        min_p=round(params.min_p, 2),
        repeat_penalty=round(params.repeat_penalty, 2),
    ).validate()
