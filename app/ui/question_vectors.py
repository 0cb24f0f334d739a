"""The question's vector, computed off the GUI thread before a turn that retrieves from documents.

Embedding a question takes 50-100 ms with a small embedding GGUF (more with a bigger one): on the
GUI thread that is a visible stall. :class:`QuestionEmbedder` runs it on the one thread of a private
``QThreadPool`` and hands the :class:`~app.core.documents.embeddings.QuestionVector` back to the GUI
thread, where the turn starts with it (only SQLite and the fusion run there).

Why a thread of its own: the engine owner's thread may be busy with a generation for many seconds
(this window's or the API server's), and the collections' job thread with an indexing job for
minutes; the question would queue behind either. The embedder's own lock keeps one call at a time,
so at worst this waits for one batch of chunk vectors being computed for a collection.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.documents import embeddings
from ..core.documents.context import chat_uses_documents
from ..core.documents.extract import ExtractedDocument
from ..core.history.storage import Storage, StorageError


class _Relay(QObject):
    """Lives on the GUI thread; emitted from the worker, so the connection is queued."""

    done = Signal(int, object)  # ticket, QuestionVector


class _EmbedTask(QRunnable):
    def __init__(self, ticket: int, text: str, embedder: embeddings.Embedder, relay: _Relay):
        super().__init__()
        self.ticket = ticket
        self._text, self._embedder, self._relay = text, embedder, relay

    def run(self) -> None:
        # embed_question never raises: a failing model gives a vector-less answer (keywords only)
        self._relay.done.emit(self.ticket, embeddings.embed_question(self._text, self._embedder))


class QuestionEmbedder(QObject):
    """Embeds the question about to be sent on a worker thread; ``ready`` (emitted on the GUI
    thread) gives it back with its attachments and vector. One question at a time."""

    ready = Signal(str, object, object)  # text, attachments (tuple), QuestionVector

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._ticket = 0
        self._pending: tuple | None = None  # (ticket, text, attachments) of the question being embedded
        self._running: dict[int, _EmbedTask] = {}  # keeps the Python side of queued tasks alive
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._relay.done.connect(self._deliver)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def embed_if_needed(
        self, storage: Storage, conversation_id: str | None, text: str, attachments: Sequence[ExtractedDocument]
    ) -> bool:
        """Start embedding ``text`` when an embedding model is active and the message goes with
        documents (its own, or the chat's); False: nothing to embed, send it at once."""
        embedder = embeddings.active()
        if embedder is None or not (attachments or _uses_documents(storage, conversation_id)):
            return False
        self._ticket += 1
        self._pending = (self._ticket, text, tuple(attachments))
        task = _EmbedTask(self._ticket, text, embedder, self._relay)
        task.setAutoDelete(False)
        self._running[self._ticket] = task
        self._pool.start(task)
        return True

    def _deliver(self, ticket: int, vector: embeddings.QuestionVector) -> None:
        self._running.pop(ticket, None)
        if self._pending is None or self._pending[0] != ticket:
            return  # shut down meanwhile
        _, text, attachments = self._pending
        self._pending = None
        self.ready.emit(text, attachments, vector)

    def shutdown(self) -> None:
        """Deliver nothing more; wait briefly for a running call (the embedder is closed later)."""
        self._pending = None
        self._pool.clear()
        self._pool.waitForDone(5000)
        self._running.clear()


def _uses_documents(storage: Storage, conversation_id: str | None) -> bool:
    try:
        return chat_uses_documents(storage, conversation_id)
    except StorageError:
        return False  # begin_turn meets the same error and says so
