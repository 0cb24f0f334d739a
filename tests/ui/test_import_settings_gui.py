"""The window with hostile input: a broken settings file is reported once and the window still starts;
an import file that is a FIFO, a zip bomb or holds a bad value gets a dialog and imports nothing."""

from __future__ import annotations

import json
import os
import threading
import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.history import importers
from tests.fakes import ScriptedEngine


def _dialogs(hearth):
    return [box for box in hearth.window.findChildren(QMessageBox) if box.isVisible()]


def test_a_broken_settings_file_is_reported_once_and_the_window_starts(qtbot, make_app, app_paths, scripted_model):
    # A number as default_model used to stop the window from starting at all.
    app_paths.settings_path.write_text('{"default_model": 5, "context_length": 1e400, "theme": "dark"}', "utf-8")
    hearth = make_app(lambda: ScriptedEngine())
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    assert hearth.settings.get().theme == "dark" and hearth.settings.get().default_model != 5
    [box] = _dialogs(hearth)
    assert "default_model: expected a model file name or null, got 5" in box.text()
    assert "context_length" in box.text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_settings_json_does_not_hang_the_start(qtbot, make_app, app_paths):
    os.mkfifo(app_paths.settings_path)
    built = {}
    thread = threading.Thread(target=lambda: built.update(notice=_settings_notice(app_paths)), daemon=True)
    thread.start()
    thread.join(20)  # the hang guard: reading the FIFO used to block the start forever
    assert not thread.is_alive()
    assert "FIFO" in built["notice"]
    hearth = make_app(lambda: ScriptedEngine())  # moved aside: the window starts with defaults
    assert hearth.settings.load_message is None


def _settings_notice(app_paths):
    from app.ui.application import SettingsStore

    return SettingsStore(app_paths.settings_path).load_message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_importing_a_fifo_shows_a_dialog_and_imports_nothing(qtbot, make_app, tmp_path):
    hearth = make_app(lambda: ScriptedEngine())
    fifo = tmp_path / "conversations.json"
    os.mkfifo(fifo)
    hearth.history.import_from(fifo)  # runs on the history thread; a FIFO is never opened for reading
    qtbot.waitUntil(lambda: hearth.history.last_message != "", timeout=20_000)
    assert hearth.history.last_message == (
        "Nothing was imported from conversations.json: it is a FIFO (named pipe), "
        "not a regular file; only a file can be imported"
    )
    assert _dialogs(hearth) and hearth.storage.count_conversations() == 0


def test_importing_a_zip_bomb_or_a_bad_value_shows_a_dialog(qtbot, make_app, tmp_path, monkeypatch):
    hearth = make_app(lambda: ScriptedEngine())
    monkeypatch.setattr(importers, "MAX_IMPORT_BYTES", 1024 * 1024)  # a small cap keeps the bomb small
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("conversations.json", b"0" * (8 * 1024 * 1024))
    hearth.history.import_from(bomb)
    qtbot.waitUntil(lambda: hearth.history.last_message != "", timeout=20_000)
    assert "conversations.json in the zip archive holds more than 1 MB" in hearth.history.last_message
    bad = tmp_path / "hot.json"
    bad.write_text(
        json.dumps(
            {
                "format": "hearth-conversations",
                "version": 1,
                "conversations": [
                    {
                        "id": "c1",
                        "title": "T",
                        "created_at": 1,
                        "updated_at": 1,
                        "settings": {"sampling": {"temperature": "hot"}},
                        "messages": [],
                    }
                ],
            }
        ),
        "utf-8",
    )
    first = hearth.history.last_message
    hearth.history.import_from(bad)
    qtbot.waitUntil(lambda: hearth.history.last_message != first, timeout=20_000)
    assert (
        'conversations[0].settings.sampling.temperature: expected a number between 0 and 5, got "hot"'
        in hearth.history.last_message
    )
    assert len(_dialogs(hearth)) == 2 and hearth.storage.count_conversations() == 0
