"""Export from the menu and import back, through the window's own actions (real files, real SQLite)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.fakes import ScriptedEngine


def _chat(qtbot, hearth, text):
    hearth.chat.submit(text)
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=10000)


@pytest.mark.parametrize(
    "suffix, check",
    [
        (".md", lambda data: b"code" in data),
        (".html", lambda data: data.lstrip().lower().startswith(b"<!doctype html")),
        (".pdf", lambda data: data.startswith(b"%PDF")),
        (".json", lambda data: json.loads(data)["format"] == "hearth-conversations"),
    ],
)
def test_export_this_chat_from_the_file_menu(qtbot, make_app, scripted_model, tmp_path, monkeypatch, suffix, check):
    hearth = make_app(lambda: ScriptedEngine(tokens=["Some ", "`code`", " here"]))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    _chat(qtbot, hearth, "export me")
    target = tmp_path / f"chat{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(hearth.history_tasks.finished, timeout=30000):  # the export runs in its own thread
        hearth.window.export_action.trigger()
    assert target.exists() and check(target.read_bytes()), hearth.history.last_message


def test_import_from_the_file_menu_brings_conversations_back(qtbot, make_app, scripted_model, tmp_path, monkeypatch):
    hearth = make_app(lambda: ScriptedEngine(tokens=["answer"]))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    _chat(qtbot, hearth, "keep this")
    exported = tmp_path / "all.json"
    with qtbot.waitSignal(hearth.history_tasks.finished, timeout=30000):
        hearth.history.export_to(None, "json", exported)
    conversation_id = hearth.chat.conversation_id
    hearth.chat.history.delete_conversation(conversation_id)
    assert hearth.window.sidebar.list.count() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    with qtbot.waitSignal(hearth.history_tasks.finished, timeout=30000):
        hearth.window.import_action.trigger()
    assert hearth.window.sidebar.list.count() == 1, hearth.history.last_message
    hearth.chat.open(conversation_id)
    assert [v.text for v in hearth.window.chat_view.message_views()] == ["keep this", "answer"]


def test_a_broken_import_file_reports_and_imports_nothing(qtbot, make_app, scripted_model, tmp_path):
    hearth = make_app(lambda: ScriptedEngine())
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "hearth-conversations", "version": 1, "conversations": [{"id": 5}]}')
    with qtbot.waitSignal(hearth.history_tasks.finished, timeout=30000):
        hearth.history.import_from(bad)
    assert "Nothing was imported" in hearth.history.last_message
    assert hearth.storage.count_conversations() == 0
