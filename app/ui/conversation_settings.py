"""Per-conversation settings: system prompt, sampling and overflow policy, with named presets.

The form shows the values a chat will use (the global defaults with the chat's own overrides on
top), but OK stores only the values that differ from the defaults: a later change of a default
still reaches every chat that did not choose that value itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.base.settings import SamplingParams, Settings
from ..core.history.conversation import Conversation
from ..core.history.turns import effective_overflow_policy, effective_sampling, sampling_overrides
from .sampling_form import SamplingForm, as_shown
from .settings_dialog import OVERFLOW_CHOICES
from .sources_view import documents_mode_box

Presets = dict[str, tuple[str | None, dict[str, Any]]]


class ConversationSettingsDialog(QDialog):
    """Edits one conversation's overrides; presets are read from and saved to the database."""

    def __init__(
        self,
        conversation: Conversation,
        settings: Settings,
        presets: Presets,
        save_preset,
        delete_preset=lambda name: None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(f"Chat settings – {conversation.title}")
        self._defaults = settings
        self._save_preset = save_preset
        self._delete_preset = delete_preset
        self._presets = dict(presets)
        self.own_prompt = QCheckBox("Use a system prompt for this chat (otherwise the default)")
        self.own_prompt.setChecked(conversation.system_prompt is not None)
        self.system_prompt = QPlainTextEdit(conversation.system_prompt or settings.system_prompt)
        self.system_prompt.setFixedHeight(90)
        self.system_prompt.setAccessibleName(self.tr("System prompt for this chat"))
        self.system_prompt.setEnabled(self.own_prompt.isChecked())
        self.sampling = SamplingForm(effective_sampling(conversation, settings))
        self.overflow = QComboBox()
        for label, value in OVERFLOW_CHOICES:
            self.overflow.addItem(label, value)
        self.overflow.setCurrentIndex(self.overflow.findData(effective_overflow_policy(conversation, settings)))
        # Keys this dialog does not edit (the chat's collections...) are kept as they are.
        self._kept = {k: v for k, v in conversation.settings.items() if k not in ("sampling", "overflow_policy")}
        self.documents = documents_mode_box(conversation)
        self.preset_box = QComboBox()
        self._fill_presets()
        self.apply_button = QPushButton("Apply preset")
        self.save_button = QPushButton("Save as preset…")
        self.delete_button = QPushButton("Delete preset")
        self.defaults_button = QPushButton("Use the defaults")
        self.defaults_button.setToolTip("Follow the global sampling settings and overflow policy (Edit → Settings)")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self._connect_signals()

    def _layout(self) -> None:
        presets_row = QHBoxLayout()
        presets_row.addWidget(self.preset_box, 1)
        for button in (self.apply_button, self.save_button, self.delete_button, self.defaults_button):
            presets_row.addWidget(button)
        form = QFormLayout()
        form.addRow("When the context is full", self.overflow)
        form.addRow("Attached documents", self.documents)
        layout = QVBoxLayout(self)
        layout.addLayout(presets_row)
        layout.addWidget(self.own_prompt)
        layout.addWidget(self.system_prompt)
        layout.addWidget(self.sampling)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.own_prompt.toggled.connect(self.system_prompt.setEnabled)
        self.apply_button.clicked.connect(self._apply_preset)
        self.save_button.clicked.connect(self._save_as_preset)
        self.delete_button.clicked.connect(self._delete_current_preset)
        self.defaults_button.clicked.connect(self.use_defaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill_presets(self) -> None:
        self.preset_box.clear()
        self.preset_box.addItem("Presets…", None)
        for name in sorted(self._presets):
            self.preset_box.addItem(name, name)

    def _apply_preset(self) -> None:
        name = self.preset_box.currentData()
        if not name:
            return
        prompt, data = self._presets[name]
        self.own_prompt.setChecked(prompt is not None)
        self.system_prompt.setPlainText(prompt or "")
        # Older presets hold every value, newer ones may hold a few: the rest are the defaults.
        base = self._defaults.sampling.to_dict()
        self.sampling.set_params(SamplingParams.from_dict({**base, **(data.get("sampling") or {})}))
        if data.get("overflow_policy"):
            self.overflow.setCurrentIndex(self.overflow.findData(data["overflow_policy"]))

    def _save_as_preset(self) -> None:
        from .main_window import text_dialog

        dialog = text_dialog(self, self.tr("Save preset"), self.tr("Preset name:"), "")
        name, ok = dialog.textValue(), bool(dialog.exec())
        if ok and name.strip():
            prompt, data = self.preset_values()
            self._save_preset(name.strip(), prompt, data)
            self._presets[name.strip()] = (prompt, data)
            self._fill_presets()
            self.preset_box.setCurrentIndex(self.preset_box.findData(name.strip()))

    def _delete_current_preset(self) -> None:
        name = self.preset_box.currentData()
        if name:
            self._delete_preset(name)
            self._presets.pop(name, None)
            self._fill_presets()

    def use_defaults(self) -> None:
        """Show the global sampling and overflow policy: on OK the chat then keeps no overrides."""
        self.sampling.set_params(self._defaults.sampling)
        self.overflow.setCurrentIndex(self.overflow.findData(self._defaults.overflow_policy))

    def _prompt(self) -> str | None:
        return self.system_prompt.toPlainText().strip() if self.own_prompt.isChecked() else None

    def values(self) -> tuple[str | None, dict[str, Any]]:
        """(system prompt or None for the default, settings overrides) as stored on the conversation:
        only what differs from the global defaults."""
        data: dict[str, Any] = {**self._kept, "documents_mode": self.documents.currentData()}
        if data["documents_mode"] == "auto":
            del data["documents_mode"]
        overrides = sampling_overrides(self.sampling.params(), as_shown(self._defaults.sampling))
        if overrides:
            data["sampling"] = overrides
        if self.overflow.currentData() != self._defaults.overflow_policy:
            data["overflow_policy"] = self.overflow.currentData()
        return self._prompt(), data

    def preset_values(self) -> tuple[str | None, dict[str, Any]]:
        """Everything on the form: a preset is meant to reproduce it whatever the defaults are then."""
        return self._prompt(), {
            "sampling": self.sampling.params().to_dict(),
            "overflow_policy": self.overflow.currentData(),
        }
