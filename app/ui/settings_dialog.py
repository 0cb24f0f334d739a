"""Global settings: default system prompt and sampling, context length, GPU offload, threads, theme.

Opening Settings must be instant, so nothing slow runs on the GUI thread: whether this
llama-cpp-python build can offload to a GPU comes from the loaded model's report, or is asked once
on a worker thread (importing llama.cpp takes a moment) and filled in when the answer arrives.
Next to the CPU threads the dialog says what is in use and why ("2 threads: 2 physical cores,
tuned"), and "Measure again" forgets the remembered auto-tune and reloads the model.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.base.settings import Settings
from .sampling_form import SamplingForm

if TYPE_CHECKING:
    from ..core.inference.engine import LoadReport
    from .model_session import ModelSession

GPU_CHOICES = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Auto (all layers when the GPU build supports it)"), "auto"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "CPU only"), "cpu"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "A number of layers"), "layers"),
]
OVERFLOW_CHOICES = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Stop and ask"), "stop"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Drop oldest turns (keep system prompt)"), "drop_oldest"),
]
NO_GPU_NOTE = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "This llama-cpp-python build has no GPU support; Hearth runs on the "
    "CPU. See the README for CMAKE_ARGS=-DGGML_CUDA=on / -DGGML_VULKAN=on.",
)
MEASURING = QT_TRANSLATE_NOOP("SettingsDialog", "Measuring again: the model is reloading…")
FORGOTTEN = QT_TRANSLATE_NOOP("SettingsDialog", "Forgotten: the next model load measures again.")
RETUNE_TIP = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Forget the thread count measured for this machine and measure "
    "again: the model reloads and a few short timed steps (a second or two) pick the "
    "fastest count. Only automatic threads on the CPU are measured.",
)

_gpu_support: bool | None = None  # llama.cpp's answer, once known: it cannot change while Hearth runs


class GpuSupportProbe(QObject):
    """Asks llama.cpp on a worker thread whether it can offload to a GPU; ``known`` brings the answer."""

    known = Signal(bool)

    def start(self) -> None:
        threading.Thread(target=self._ask, name="gpu-support-probe", daemon=True).start()

    def _ask(self) -> None:
        global _gpu_support
        try:
            from ..core.inference.engine import gpu_offload_supported  # imports llama.cpp: the slow part

            _gpu_support = bool(gpu_offload_supported())
        except Exception:  # noqa: BLE001 - a broken install says so when a model loads; the note stays off
            return
        try:
            self.known.emit(_gpu_support)  # queued to the GUI thread
        except RuntimeError:  # the dialog (and this probe with it) closed before the answer came
            pass


def describe_threads(settings: Settings, report: LoadReport | None) -> str:
    """The CPU threads in use and why: the loaded model's choice, else what the next load starts from."""
    if report is not None and report.threads is not None:
        return report.threads.describe()
    from ..core.inference.cpu_threads import choose_threads  # reads a few sysfs files: fast

    choice = choose_threads(settings.threads)
    suffix = "" if settings.threads else QCoreApplication.translate("SettingsDialog", "; measured when a model loads")
    return f"{choice.describe()}{suffix}"


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        gpu_supported: bool | None,
        parent: QWidget | None = None,
        *,
        threads_text: str = "",
        retune: Callable[[], bool] | None = None,
        models: ModelSession | None = None,
    ):
        """``gpu_supported`` None: not known yet (see :meth:`set_gpu_supported`); ``retune`` forgets
        the remembered thread tune and reloads the model, returning whether a reload started (no
        button without it); ``models``: the dialog follows its loads while open."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._retune = retune
        self._probe = GpuSupportProbe(self)  # started only when llama.cpp must be asked (for_window)
        self._models = models
        self._build_widgets(settings, threads_text)
        self._layout(gpu_supported)
        self._connect_signals()
        self._update_retune_button()

    def _build_widgets(self, settings: Settings, threads_text: str) -> None:
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
        self.threads = QSpinBox()
        self.threads.setRange(0, 512)
        self.threads.setSpecialValueText(self.tr("automatic"))
        self.threads.setValue(settings.threads)
        self.threads_status = QLabel(threads_text)
        self.threads_status.setObjectName("threadsStatus")
        self.threads_status.setWordWrap(True)
        self.retune_button = QPushButton(self.tr("Measure again"))
        self.retune_button.setToolTip(self.tr(RETUNE_TIP))
        self.retune_button.setVisible(self._retune is not None)
        self.overflow = QComboBox()
        for label, value in OVERFLOW_CHOICES:
            self.overflow.addItem(self.tr(label), value)
        self.overflow.setCurrentIndex(self.overflow.findData(settings.overflow_policy))
        self.theme = QComboBox()
        for value in ("system", "light", "dark"):
            self.theme.addItem(
                {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}[value], value
            )
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        from .i18n import LANGUAGES

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(self.tr("System language") if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(self.tr("Takes effect the next time Hearth starts"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    def _connect_signals(self) -> None:
        self.gpu.currentIndexChanged.connect(self._update_gpu_layers)
        self.threads.valueChanged.connect(self._update_retune_button)
        self.retune_button.clicked.connect(self._measure_again)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._probe.known.connect(self.set_gpu_supported)
        if self._models is not None:  # disconnected when the dialog closes (done)
            self._models.state_changed.connect(self._on_model_state)

    def _layout(self, gpu_supported: bool | None) -> None:
        model_box = QGroupBox(self.tr("Model"))
        form = QFormLayout(model_box)
        form.addRow(self.tr("Context length (tokens)"), self.context)
        form.addRow(self.tr("GPU offload"), self.gpu)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        threads_row = QHBoxLayout()
        threads_row.addWidget(self.threads, 1)
        threads_row.addWidget(self.retune_button)
        form.addRow(self.tr("CPU threads"), threads_row)
        form.addRow("", self.threads_status)
        form.addRow(self.tr("When the context is full"), self.overflow)
        self.gpu_note = QLabel(self.tr(NO_GPU_NOTE))
        self.gpu_note.setWordWrap(True)
        form.addRow(self.gpu_note)
        self.set_gpu_supported(gpu_supported)
        reply_box = QGroupBox(self.tr("Replies (defaults for new chats)"))
        reply_layout = QVBoxLayout(reply_box)
        reply_layout.addWidget(self.system_prompt)
        reply_layout.addWidget(self.sampling)
        look = QFormLayout()
        look.addRow(self.tr("Theme"), self.theme)
        look.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(model_box)
        layout.addWidget(reply_box)
        layout.addLayout(look)
        layout.addWidget(self.buttons)

    @classmethod
    def for_window(cls, settings: Settings, models: ModelSession, parent: QWidget | None = None) -> SettingsDialog:
        """The dialog as the main window opens it: facts from the loaded model, nothing slow asked here."""
        report = models.report if models.ready else None
        gpu = report.gpu_offload_supported if report is not None else _gpu_support
        dialog = cls(
            settings,
            gpu,
            parent,
            threads_text=describe_threads(settings, report),
            retune=models.retune_threads,
            models=models,
        )
        if gpu is None:
            dialog._probe.start()
        return dialog

    def set_gpu_supported(self, supported: bool | None) -> None:
        """The no-GPU note shows only once llama.cpp has said so (None: not known yet)."""
        self.gpu_note.setVisible(supported is False)

    def _update_gpu_layers(self) -> None:
        self.gpu_layers.setEnabled(self.gpu.currentData() == "layers")

    def _update_retune_button(self) -> None:
        # A number set by hand is used as it is: only the automatic choice is measured.
        automatic = self.threads.value() == 0
        self.retune_button.setEnabled(
            automatic and self.threads_status.text() not in (self.tr(MEASURING), self.tr(FORGOTTEN))
        )

    def _measure_again(self) -> None:
        if self._retune is None:
            return
        self.threads_status.setText(self.tr(MEASURING))
        if not self._retune():  # no model loaded now: the next load measures
            self.threads_status.setText(self.tr(FORGOTTEN))
        self._update_retune_button()

    def _on_model_state(self, state: str, _text: str) -> None:
        models = self._models
        if models is None:
            return
        if state == "ready" and models.report is not None:
            self.threads_status.setText(describe_threads(self._original, models.report))
            self.set_gpu_supported(models.report.gpu_offload_supported)
        elif state in ("error", "none"):
            self.threads_status.setText(describe_threads(self._original, None))
        else:
            return
        self._update_retune_button()

    def done(self, result: int) -> None:
        if self._models is not None:  # a closed dialog no longer follows the model's loads
            self._models.state_changed.disconnect(self._on_model_state)
            self._models = None
        super().done(result)

    def result_settings(self, current: Settings | None = None) -> Settings:
        """``current`` (the settings as they are now; default: as they were when the dialog opened)
        with the dialog's edits applied. Only the fields the person changed here are written, so a
        change made elsewhere while the dialog was open (the Server panel, the theme menu) is kept."""
        base = self._original if current is None else current
        return base.with_changes(**self.edits())

    def edits(self) -> dict[str, object]:
        """The fields this dialog edits whose value differs from when it opened."""
        mode = self.gpu.currentData()
        shown = {
            "system_prompt": self.system_prompt.toPlainText().strip(),
            "sampling": self.sampling.params(),
            "context_length": self.context.value(),
            "gpu_layers": str(self.gpu_layers.value()) if mode == "layers" else mode,
            "threads": self.threads.value(),
            "overflow_policy": self.overflow.currentData(),
            "theme": self.theme.currentData(),
            "language": self.language.currentData(),
        }
        return {name: value for name, value in shown.items() if getattr(self._original, name) != value}
