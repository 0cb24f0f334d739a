"""Global settings: default system prompt and sampling, context length, GPU offload, theme."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.base.settings import Settings
from .sampling_form import SamplingForm

GPU_CHOICES = [(QT_TRANSLATE_NOOP("SettingsDialog", "Auto (all layers when the GPU build supports it)"), "auto"),
               (QT_TRANSLATE_NOOP("SettingsDialog", "CPU only"), "cpu"),
               (QT_TRANSLATE_NOOP("SettingsDialog", "A number of layers"), "layers")]
OVERFLOW_CHOICES = [(QT_TRANSLATE_NOOP("SettingsDialog", "Stop and ask"), "stop"),
                    (QT_TRANSLATE_NOOP("SettingsDialog", "Drop oldest turns (keep system prompt)"), "drop_oldest")]


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, gpu_supported: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setPlaceholderText(self.tr("Default system prompt for new chats (optional)"))
        self.system_prompt.setFixedHeight(80)
        self.system_prompt.setAccessibleName(self.tr("Default system prompt"))
        self.sampling = SamplingForm(settings.sampling)
        self.context = QSpinBox()
        self.context.setRange(256, 1_048_576)
        self.context.setSingleStep(1024)
        self.context.setValue(settings.context_length)
        self.context.setToolTip(self.tr("Capped at the model's trained context when it loads"))
        self.gpu = QComboBox()
        for label, value in GPU_CHOICES:
            self.gpu.addItem(self.tr(label), value)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(1, 1000)
        mode = settings.gpu_layers if settings.gpu_layers in ("auto", "cpu") else "layers"
        self.gpu.setCurrentIndex(self.gpu.findData(mode))
        self.gpu_layers.setValue(int(settings.gpu_layers) if mode == "layers" else 32)
        self.gpu_layers.setEnabled(mode == "layers")
        self.gpu.currentIndexChanged.connect(lambda _: self.gpu_layers.setEnabled(self.gpu.currentData() == "layers"))
        self.threads = QSpinBox()
        self.threads.setRange(0, 512)
        self.threads.setSpecialValueText(self.tr("automatic"))
        self.threads.setValue(settings.threads)
        self.overflow = QComboBox()
        for label, value in OVERFLOW_CHOICES:
            self.overflow.addItem(self.tr(label), value)
        self.overflow.setCurrentIndex(self.overflow.findData(settings.overflow_policy))
        self.theme = QComboBox()
        for value in ("system", "light", "dark"):
            self.theme.addItem({"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}[value], value)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        from .i18n import LANGUAGES

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(self.tr("System language") if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(self.tr("Takes effect the next time Hearth starts"))
        self._layout(gpu_supported)

    def _layout(self, gpu_supported: bool) -> None:
        model_box = QGroupBox(self.tr("Model"))
        form = QFormLayout(model_box)
        form.addRow(self.tr("Context length (tokens)"), self.context)
        form.addRow(self.tr("GPU offload"), self.gpu)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("When the context is full"), self.overflow)
        if not gpu_supported:
            note = QLabel(self.tr("This llama-cpp-python build has no GPU support; Hearth runs on the CPU. "
                                  "See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on."))
            note.setWordWrap(True)
            form.addRow(note)
        reply_box = QGroupBox(self.tr("Replies (defaults for new chats)"))
        reply_layout = QVBoxLayout(reply_box)
        reply_layout.addWidget(self.system_prompt)
        reply_layout.addWidget(self.sampling)
        look = QFormLayout()
        look.addRow(self.tr("Theme"), self.theme)
        look.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(model_box)
        layout.addWidget(reply_box)
        layout.addLayout(look)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        mode = self.gpu.currentData()
        gpu = str(self.gpu_layers.value()) if mode == "layers" else mode
        return self._original.with_changes(
            system_prompt=self.system_prompt.toPlainText().strip(), sampling=self.sampling.params(),
            context_length=self.context.value(), gpu_layers=gpu, threads=self.threads.value(),
            overflow_policy=self.overflow.currentData(), theme=self.theme.currentData(),
            language=self.language.currentData(),
        )
