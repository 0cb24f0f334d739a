"""Issue 14: embeddings never block the window. Sending a message in a chat with documents, with an
embedding model active, embeds the question on a worker thread; the GUI thread keeps its heartbeat
and the reply's sources are those the turn found when it embedded inline."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from app.core.base.settings import Settings
from app.core.documents import context, embeddings, store
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from tests.fakes import HashEmbedder, ScriptedEngine

TOPICS = [
    "Bees visit the lavender at noon and carry pollen home.",
    "The ferry to the island leaves at seven from pier nine.",
    "Quinces ripen late in autumn and need a long warm summer.",
    "The lighthouse lamp is cleaned every morning by the keeper.",
]


class SlowRecordingEmbedder(HashEmbedder):
    """Takes 0.3 s per call (a big embedding model) and records the thread that called it."""

    def __init__(self, fail: bool = False):
        self.threads: list[int] = []
        self.fail = fail

    def embed(self, texts):
        self.threads.append(threading.get_ident())
        time.sleep(0.3)
        if self.fail:
            raise RuntimeError("the embedding model fell over")
        return super().embed(texts)


class Heartbeat:
    """A 10 ms timer on the GUI thread; ``longest`` is the longest gap between two beats."""

    def __init__(self):
        self.longest, self._last = 0.0, time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self):
        now = time.monotonic()
        self.longest, self._last = max(self.longest, now - self._last), now


def _send(qtbot, hearth, text):
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=20000) as blocker:
        hearth.window.navigator.submit(text)
    assert blocker.args[2] is MessageStatus.DONE
    return blocker.args[0]


def _chat_with_a_long_document(qtbot, make_app, tmp_path):
    hearth = make_app(lambda: ScriptedEngine())
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)
    notes = tmp_path / "notes.txt"
    notes.write_text("\n\n".join(f"{t} (note {i})" for i in range(200) for t in TOPICS), encoding="utf-8")
    hearth.window.attachment_tray.add_paths([notes])
    qtbot.waitUntil(lambda: not hearth.window.attachment_tray.busy, timeout=20000)
    return hearth


def test_the_question_is_embedded_off_the_gui_thread_and_the_window_keeps_beating(
    qtbot, make_app, scripted_model, app_paths, tmp_path
):
    hearth = _chat_with_a_long_document(qtbot, make_app, tmp_path)
    slow = SlowRecordingEmbedder()
    embeddings.activate(slow)
    try:
        _send(qtbot, hearth, "Hello")  # attaches the document (too long to go whole: retrieved)
        with Storage(app_paths.database_path) as storage:  # vectors for its chunks, as the page computes them
            assert embeddings.embed_chunks(storage, HashEmbedder()) > 10
        heartbeat = Heartbeat()
        reply_id = _send(qtbot, hearth, "pollen lavender bees")  # the chat's document: retrieved again
        heartbeat.timer.stop()
    finally:
        embeddings.activate(None)
    assert len(slow.threads) == 2 and threading.get_ident() not in slow.threads
    assert heartbeat.longest < 0.15  # the 0.3 s embedding did not run on the GUI thread
    with Storage(app_paths.database_path) as storage:
        db = storage.connection
        stored = store.sources_of(db, reply_id)
        question = storage.get_message(storage.get_message(reply_id).parent_id)
        conversation = storage.get_conversation(question.conversation_id)
        embeddings.activate(HashEmbedder())
        try:  # the same turn with the question embedded inline, as before
            inline = context.for_turn(
                db, conversation, storage.path_to(question.id), None, Settings().context_length
            ).sources
        finally:
            embeddings.activate(None)
    assert stored and stored[0].method == "keywords (BM25) + vectors (hash)"
    assert [(s.excerpt, s.method) for s in stored] == [(s.excerpt, s.method) for s in inline]
    assert "Bees visit the lavender" in stored[0].excerpt


def test_a_failed_embedding_sends_the_message_with_keywords_only(qtbot, make_app, scripted_model, app_paths, tmp_path):
    hearth = _chat_with_a_long_document(qtbot, make_app, tmp_path)
    broken = SlowRecordingEmbedder(fail=True)
    embeddings.activate(broken)
    try:
        reply_id = _send(qtbot, hearth, "When does the ferry leave?")
    finally:
        embeddings.activate(None)
    assert len(broken.threads) == 1 and threading.get_ident() not in broken.threads
    with Storage(app_paths.database_path) as storage:
        sources = store.sources_of(storage.connection, reply_id)
        question = storage.get_message(storage.get_message(reply_id).parent_id)
    assert question.content == "When does the ferry leave?"
    assert sources and all(s.method == embeddings.KEYWORDS_ONLY for s in sources)


def test_without_an_embedding_model_the_message_is_sent_at_once(qtbot, make_app, scripted_model, tmp_path):
    hearth = _chat_with_a_long_document(qtbot, make_app, tmp_path)
    embeddings.activate(None)
    started = []
    hearth.chat.reply_started.connect(lambda user, reply: started.append(reply))
    hearth.window.navigator.submit("When does the ferry leave?")
    assert len(started) == 1  # started within the same call: no hop to a worker
    qtbot.waitUntil(lambda: not hearth.chat.busy, timeout=20000)
