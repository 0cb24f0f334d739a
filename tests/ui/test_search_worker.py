"""The window with hostile histories: search runs on a worker thread and only the newest query's
results arrive; a damaged database or a looped chat gives a message, not a dead window."""

from __future__ import annotations

import threading

from app.core.base.paths import AppPaths
from app.core.history import storage as storage_module
from app.core.history.conversation import Role
from app.core.history.storage import Storage
from tests.core.history.test_storage_hostile import write_cyclic_database, write_damaged_database


def _fill(path):
    with Storage(path) as storage:
        for n in range(3):
            conv = storage.create_conversation(f"Chat {n}")
            user = storage.add_message(conv.id, Role.USER, f"tell me about the storm number {n}", parent_id=None)
            storage.add_message(conv.id, Role.ASSISTANT, f"the lamp stayed lit through storm {n}", parent_id=user.id)


def test_search_results_arrive_from_a_worker_thread(qtbot, make_app, app_paths: AppPaths, monkeypatch):
    _fill(app_paths.database_path)
    threads = []
    real_search = storage_module.SearchReader.search

    def recording_search(self, query, limit=50):
        threads.append(threading.current_thread())
        return real_search(self, query, limit)

    monkeypatch.setattr(storage_module.SearchReader, "search", recording_search)
    hearth = make_app()
    with qtbot.waitSignal(hearth.chat.search_results, timeout=10000) as arrived:
        hearth.window.sidebar.search_box.setText("lamp stayed")
    query, hits = arrived.args
    assert query == "lamp stayed" and len(hits) == 3
    qtbot.waitUntil(lambda: hearth.window.sidebar.list.count() == 3, timeout=3000)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_only_the_newest_search_is_delivered(qtbot, make_app, app_paths: AppPaths):
    _fill(app_paths.database_path)
    hearth = make_app()
    delivered = []
    hearth.chat.search_results.connect(lambda query, hits: delivered.append(query))
    hearth.chat.history.search_in_background("storm " * 3000)  # a pasted page of words: bounded, then replaced
    hearth.chat.history.search_in_background("number 2")
    qtbot.waitUntil(lambda: "number 2" in delivered, timeout=10000)
    qtbot.wait(200)
    assert delivered == ["number 2"]


def test_a_damaged_database_opens_with_a_message_and_keeps_its_readable_chats(qtbot, make_app, app_paths):
    write_damaged_database(app_paths.database_path)
    hearth = make_app()
    hearth.start()
    assert "damaged" in hearth.window.last_error and "doctor --repair" in hearth.window.last_error
    assert hearth.window.sidebar.list.count() > 0


def test_opening_a_looped_chat_shows_a_message(qtbot, make_app, app_paths):
    looped, _ids, healthy = write_cyclic_database(app_paths.database_path)
    hearth = make_app()
    with qtbot.waitSignal(hearth.chat.error, timeout=5000) as failed:
        hearth.chat.open(looped)
    assert "loop" in failed.args[0]
    hearth.chat.open(healthy)
    assert [v.text for v in hearth.window.chat_view.message_views()] == ["hello", "hi there"]
