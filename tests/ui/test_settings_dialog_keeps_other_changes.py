"""The Settings dialog writes only what was changed in it onto the settings as they are when it is
OK'd: a Server panel choice made while the dialog was open (the panel is not modal to it) is kept,
not overwritten by the copy the dialog took when it opened."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.settings_dialog import SettingsDialog
from tests.fakes import ScriptedEngine


def test_a_server_panel_change_made_while_settings_is_open_survives_ok(qtbot, make_app, scripted_model):
    hearth = make_app(lambda: ScriptedEngine())
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=20000)
    hearth.server.open_panel()
    panel = hearth.server.panel[0]
    assert not hearth.settings.get().api_keep_history
    seen: list[SettingsDialog] = []

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog)
        panel.keep_history.setChecked(True)  # saved at once by the panel
        assert hearth.settings.get().api_keep_history
        dialog.system_prompt.setPlainText("Answer in one sentence.")
        dialog.accept()

    QTimer.singleShot(0, while_open)
    hearth.window._open_settings()  # the menu's Settings...: runs the dialog until while_open OKs it

    assert seen, "the Settings dialog did not open"
    after = hearth.settings.get()
    assert after.system_prompt == "Answer in one sentence."  # the dialog's edit
    assert after.api_keep_history  # the panel's change, made while the dialog was open, is kept


def test_fields_left_alone_in_the_dialog_are_not_written_back(qtbot, make_app, hearth_home):
    hearth = make_app(lambda: ScriptedEngine())
    opened_with = hearth.settings.get()
    dialog = SettingsDialog(opened_with, gpu_supported=False)
    qtbot.addWidget(dialog)
    assert dialog.edits() == {}
    dialog.context.setValue(opened_with.context_length * 2)
    newer = opened_with.with_changes(theme="dark" if opened_with.theme != "dark" else "light")  # set from the menu
    result = dialog.result_settings(newer)
    assert result.context_length == opened_with.context_length * 2 and result.theme == newer.theme
