"""The inference thread's life cycle: ordered shutdown, forgetting deleted chats, error reports.

A scripted engine records what the worker asks of it and on which thread; the real model's part
(nothing deleted survives on disk) is in test_deleted_text_real_model.py.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.core.base import logs
from app.core.history.conversation import MessageStatus
from app.ui.workers import LoadRequest
from tests.fakes import ScriptedEngine

SECRET = "Quillfeather marmalade"
HANG_GUARD_S = 20  # catches a hang; the real figure is measured in the real-model test


class RecordingEngine(ScriptedEngine):
    """Streams slowly and records (event, thread name) for every call the worker makes."""

    def __init__(self, tokens=("word ",) * 3000, delay_s: float = 0.01):
        super().__init__(tokens=tokens, delay_s=delay_s)
        self.events: list[tuple[str, str]] = []

    def _record(self, event: str) -> None:
        self.events.append((event, threading.current_thread().name))

    def load(self, path, options, model_sha256=""):
        self._record("load")
        return super().load(path, options, model_sha256)

    def generate(self, *args, **kwargs):
        self._record("generate")
        try:
            return super().generate(*args, **kwargs)
        finally:
            self._record("generate done")

    def forget_conversation(self, conversation_id: str) -> int:
        self._record(f"forget {conversation_id}")
        return 0

    def unload(self) -> None:
        self._record("unload")
        super().unload()


def _ready_app(qtbot, make_app, engine):
    hearth = make_app(lambda: engine)
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=20000)
    return hearth


def test_quit_while_streaming_unloads_the_engine_on_its_thread_then_ends_it(qtbot, make_app, scripted_model):
    engine = RecordingEngine()
    hearth = _ready_app(qtbot, make_app, engine)
    with qtbot.waitSignal(hearth.inference.tokens_received, timeout=20000):
        hearth.chat.submit("Tell me a long story.")
    reply_id = hearth.chat._request.assistant_message_id
    # Jobs still queued when the user quits are skipped, not run on the way out.
    hearth.inference.load(LoadRequest(scripted_model.with_name("other.gguf"), _options(hearth)))
    started = time.monotonic()
    hearth.shutdown()
    assert time.monotonic() - started < HANG_GUARD_S
    assert not hearth.inference.owner.alive
    names = [event for event, _ in engine.events]
    assert names == ["load", "generate", "generate done", "unload"]
    assert {thread for _, thread in engine.events} == {"hearth-inference"}
    from app.core.history.storage import Storage

    with Storage(hearth.paths.database_path) as storage:  # the partial reply was kept
        assert (
            storage.get_message(reply_id).status is MessageStatus.INTERRUPTED
        )  # cut off by quitting (issue 9, item 9)


def _options(hearth):
    from app.core.inference.engine import LoadOptions

    return LoadOptions(hearth.settings.get().context_length)


def test_quit_while_a_large_model_is_being_hashed_ends_the_hash(qtbot, make_app, scripted_model, tmp_path):
    """The first load of a model hashes the whole file (minutes for a large one): quitting stops it."""
    big = tmp_path / "big.gguf"
    with open(big, "wb") as handle:
        handle.truncate(64 * 1024**3)  # sparse: 64 GB of zeros take no disk space, but minutes to hash
    engine = RecordingEngine()
    hearth = _ready_app(qtbot, make_app, engine)
    with qtbot.waitSignal(hearth.inference.load_progress, timeout=20000):
        hearth.inference.load(LoadRequest(big, _options(hearth), tmp_path / "hashes.json"))
    started = time.monotonic()
    hearth.shutdown()
    assert time.monotonic() - started < HANG_GUARD_S
    assert [event for event, _ in engine.events] == ["load", "unload"]  # the big file was never loaded
    assert not (tmp_path / "hashes.json").exists()  # and no half-computed hash was remembered


def test_deleting_a_chat_or_a_message_forgets_it_on_the_inference_thread(qtbot, make_app, scripted_model):
    engine = RecordingEngine(tokens=("Hi", " there."), delay_s=0.0)
    hearth = _ready_app(qtbot, make_app, engine)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=20000):
        hearth.chat.submit("First chat")
    first = hearth.chat.conversation_id
    with qtbot.waitSignal(hearth.inference.conversation_forgotten, timeout=20000) as forgotten:
        hearth.chat.history.delete_conversation(first)
    assert forgotten.args == [first]
    assert engine.events[-3:] == [
        ("generate", "hearth-inference"),
        ("generate done", "hearth-inference"),
        (f"forget {first}", "hearth-inference"),
    ]

    hearth.chat.new_conversation()
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=20000):
        hearth.chat.submit("Second chat")
    second = hearth.chat.conversation_id
    user_message = hearth.window.chat_view.message_views()[0].message_id
    with qtbot.waitSignal(hearth.inference.conversation_forgotten, timeout=20000) as forgotten:
        hearth.chat.history.delete_message(user_message)
    assert forgotten.args == [second] and engine.events[-1] == (f"forget {second}", "hearth-inference")


def test_saved_states_are_removed_even_before_a_model_is_loaded(qtbot, make_app, scripted_model):
    """No engine exists yet (the model still loading, or none chosen): the saved states go anyway."""
    from app.core.inference.kv_cache import KVCache

    hearth = make_app(lambda: RecordingEngine())
    cache = KVCache(hearth.paths.kv_cache_dir)
    cache.put(model_sha256="a" * 64, fingerprint="f", tokens=[2, 5, 6], blob=b"\x01" * 64, conversation_id="gone")
    cache.put(model_sha256="a" * 64, fingerprint="f", tokens=[2, 5, 7], blob=b"\x01" * 64, conversation_id="kept")
    with qtbot.waitSignal(hearth.inference.conversation_forgotten, timeout=20000):
        hearth.inference.forget_conversation("gone")
    assert [e.conversation_id for e in cache.entries()] == ["kept"]


class FailingEngine(ScriptedEngine):
    """Fails a turn with an exception that quotes the prompt, as a template or library might."""

    def generate(self, history, *args, **kwargs):
        raise RuntimeError(f"cannot handle {history[-1].content!r}")


def test_a_failing_turn_leaves_its_text_out_of_the_log_file(qtbot, make_app, scripted_model, tmp_path: Path):
    log_file = tmp_path / "hearth.log"
    handler = logs.QuietRotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        hearth = _ready_app(qtbot, make_app, FailingEngine())
        with qtbot.waitSignal(hearth.chat.reply_finished, timeout=20000) as finished:
            hearth.chat.submit(f"My secret is {SECRET}")
        assert finished.args[2] is MessageStatus.ERROR
    finally:
        root.removeHandler(handler)
        handler.close()
    text = log_file.read_text(encoding="utf-8")
    assert "generation failed in conversation" in text and "RuntimeError" in text  # the failure is logged
    assert "Quillfeather" not in text and "marmalade" not in text


@pytest.fixture
def restore_hooks():
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def _visible_boxes() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_failing_slot_is_logged_and_shown_in_one_short_dialog(qtbot, restore_hooks, caplog):
    from PySide6.QtWidgets import QWidget

    from app.ui.application import ErrorDialogs

    window = QWidget()
    qtbot.addWidget(window)
    errors = ErrorDialogs(window)
    logs.install_excepthook(errors.report)

    def broken_slot():
        raise ValueError(f"bad {SECRET}")

    with caplog.at_level(logging.ERROR, logger=logs.CRASH_LOGGER):
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(0, broken_slot)  # a second failure does not stack another dialog
        qtbot.waitUntil(lambda: len(_visible_boxes()) == 1, timeout=5000)
        qtbot.wait(50)
    boxes = _visible_boxes()
    assert len(boxes) == 1 and "ValueError" in boxes[0].text() and SECRET not in boxes[0].text()
    assert caplog.text.count("broken_slot") == 2 and SECRET not in caplog.text
    boxes[0].close()

    # From another thread (a slot on the inference thread): the dialog still opens on the GUI thread.
    worker = threading.Thread(target=lambda: errors.report("from a worker"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: any(b.text() == "from a worker" for b in _visible_boxes()), timeout=5000)
    for box in _visible_boxes():
        box.close()
