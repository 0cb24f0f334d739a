"""Deleting in the window must not run database upkeep on the GUI thread (issue 9, item 16): the
search-index purge after a delete runs on the maintenance thread, and still leaves no deleted
words in the files once the app has quit."""

from __future__ import annotations

import threading

from app.core.history.storage import Storage
from tests.fakes import ScriptedEngine


def test_a_message_delete_purges_the_index_off_the_gui_thread(qtbot, make_app, scripted_model, app_paths, monkeypatch):
    purged_on: list[str] = []
    real_purge = Storage.purge_deleted_text
    monkeypatch.setattr(
        Storage,
        "purge_deleted_text",
        lambda self: purged_on.append(threading.current_thread().name) or real_purge(self),
    )
    hearth = make_app(lambda: ScriptedEngine(tokens=["a ", "reply"]))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("hello there")  # the first message names the chat: keep the secret out of the title
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("my word is quetzalcoatlsecret")
    question = hearth.window.chat_view.message_views()[2].message_id
    purges = hearth.maintenance.purges
    hearth.chat.history.delete_message(question)
    qtbot.waitUntil(lambda: hearth.maintenance.purges > purges, timeout=20000)
    assert purged_on == []  # the GUI connection never ran the optimize
    hearth.shutdown()
    database = app_paths.database_path
    leftovers = [
        p.name
        for p in database.parent.glob(database.name + "*")
        if p.is_file() and b"quetzalcoatlsecret" in p.read_bytes()
    ]
    assert leftovers == []


def test_export_and_import_run_in_the_history_thread_while_the_window_ticks(
    qtbot, make_app, scripted_model, tmp_path, monkeypatch
):
    import time

    from PySide6.QtCore import QThread, QTimer

    from app.core.history import importers
    from app.ui import history_actions

    ran_on: list[str] = []

    def slowly(real):
        def wrapper(*args, **kwargs):  # a big history on a slow disk
            ran_on.append(QThread.currentThread().objectName())
            time.sleep(0.5)
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(history_actions, "write_export", slowly(history_actions.write_export))
    monkeypatch.setattr(importers, "import_file", slowly(importers.import_file))
    hearth = make_app(lambda: ScriptedEngine(tokens=["answer"]))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.chat.submit("keep this")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    exported = tmp_path / "all.json"
    with qtbot.waitSignal(hearth.history_tasks.finished, timeout=30000):
        hearth.history.export_to(None, "json", exported)
    hearth.chat.history.delete_conversation(hearth.chat.conversation_id)
    with qtbot.waitSignal(hearth.history.imported, timeout=30000):
        hearth.history.import_from(exported)
    timer.stop()
    assert ran_on == ["hearth-history-tasks"] * 2
    assert len(ticks) >= 15  # a second of work in the other thread; a blocked GUI thread would not tick
    assert hearth.window.sidebar.list.count() == 1, hearth.history.last_message
