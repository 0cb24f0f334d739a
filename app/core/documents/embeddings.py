"""Vector search beside BM25: an embedding GGUF, vectors as BLOBs, reciprocal rank fusion.

The embedding model is a second ``Llama`` with ``embedding=True`` (mean pooling, vectors
normalised, so a dot product is the cosine). Any GGUF can serve (EmbeddingGemma, nomic-embed,
bge-small; the starter Gemma in embedding mode in the tests). Vectors are float32 BLOBs in
``document_vectors``, one per chunk and model, deleted with their chunk; search is exact (a numpy
dot product over the chunks of the chat's documents: 10,000 × 768 floats is a few ms).

The model in use is process-wide (:func:`activate`): the CLI activates the one chosen with
``hearth docs embed`` before a chat with documents. Without one, retrieval is BM25 alone and each
source says so (:data:`KEYWORDS_ONLY`).

The question's own vector can be computed before the turn (:func:`embed_question`, on a worker
thread in the window) and handed to :func:`retrieve`, so the thread that runs the turn only reads
SQLite and fuses; the CLI lets :func:`retrieve` embed it inline.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from . import store

log = logging.getLogger(__name__)

RRF_K = 60  # the usual reciprocal rank fusion constant: 1 / (60 + rank)
EMBED_BATCH = 8
EMBED_CHARS = 1500  # a chunk is at most 2,000 characters; the model's context is 512 tokens
SETTING = "embedding_model"  # document_settings key: the model's id (file name and size)
KEYWORDS_ONLY = "keywords (BM25); no embedding model"


class Embedder(Protocol):
    model_id: str

    def embed(self, texts: list[str]) -> list[list[float]]: ...


class LlamaEmbedder:
    """An embedding GGUF loaded with llama.cpp; one call at a time (a lock: llama.cpp contexts are
    not thread-safe)."""

    def __init__(self, path: Path | str, n_ctx: int = 512, n_threads: int | None = None):
        import llama_cpp

        path = Path(path)
        self.model_id = model_id(path)
        self._lock = threading.Lock()
        self._llama = llama_cpp.Llama(
            model_path=str(path),
            embedding=True,
            n_ctx=n_ctx,
            n_batch=n_ctx,
            pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
            n_threads=n_threads,
            verbose=False,
        )

    def embed(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            vectors = self._llama.embed([t[:EMBED_CHARS] for t in texts], normalize=True, truncate=True)
        return [_pooled(v) for v in vectors]

    def close(self) -> None:
        with self._lock:  # not while another thread is embedding with it
            self._llama.close()


def _pooled(vector) -> list[float]:
    """One vector per text, even from a model that returns one per token (no pooling)."""
    if vector and isinstance(vector[0], list):
        mean = np.mean(np.asarray(vector, dtype=np.float32), axis=0)
        return (mean / (np.linalg.norm(mean) or 1.0)).tolist()
    return vector


def model_id(path: Path) -> str:
    return f"{path.name}:{path.stat().st_size}"


_active: Embedder | None = None


def activate(embedder: Embedder | None) -> None:
    """Use ``embedder`` from now on; the one it replaces is closed (its memory freed)."""
    global _active
    previous, _active = _active, embedder
    if previous is not None and previous is not embedder and hasattr(previous, "close"):
        previous.close()


def active() -> Embedder | None:
    return _active


def embed_chunks(
    storage,
    embedder: Embedder,
    progress: Callable[[int, int], None] | None = None,
    cancelled: threading.Event | None = None,
) -> int:
    """Vectors for every chunk that has none for this model yet; batch by batch, each batch stored
    in its own transaction (a cancel keeps what is done). Returns how many were added."""
    db = storage.connection
    missing = [
        row
        for row in db.execute(
            "SELECT c.id, c.content FROM document_chunks c WHERE NOT EXISTS"
            " (SELECT 1 FROM document_vectors v WHERE v.chunk_id = c.id AND v.model = ?) ORDER BY c.id",
            (embedder.model_id,),
        )
    ]
    done = 0
    for start in range(0, len(missing), EMBED_BATCH):
        if cancelled is not None and cancelled.is_set():
            break
        batch = missing[start : start + EMBED_BATCH]
        vectors = embedder.embed([text for _, text in batch])
        with storage.transaction() as tx:
            tx.executemany(
                "INSERT OR IGNORE INTO document_vectors (chunk_id, model, vector) VALUES (?, ?, ?)",
                [
                    (chunk_id, embedder.model_id, np.asarray(v, dtype=np.float32).tobytes())
                    for (chunk_id, _), v in zip(batch, vectors, strict=True)
                ],
            )
        done += len(batch)
        if progress is not None:
            progress(done, len(missing))
    return done


def vector_search(
    db: sqlite3.Connection, document_ids: list[str], model: str, query: list[float], limit: int
) -> list[int]:
    """Chunk ids of these documents, nearest to ``query`` first (exact cosine of normalised vectors)."""
    if not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    rows = db.execute(
        "SELECT v.chunk_id, v.vector FROM document_vectors v JOIN document_chunks c ON c.id = v.chunk_id"
        f" WHERE v.model = ? AND c.document_id IN ({marks})",
        (model, *document_ids),
    ).fetchall()
    if not rows:
        return []
    target = np.asarray(query, dtype=np.float32)
    matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
    if matrix.shape[1] != target.shape[0]:  # vectors of another model that reused the id: ignore them
        return []
    order = np.argsort(-(matrix @ target))[:limit]
    return [rows[i][0] for i in order]


def fuse(*rankings: list[int], k: int = RRF_K) -> list[int]:
    """Reciprocal rank fusion: each list adds 1 / (k + rank) to its items; best total first."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda item: -scores[item])


@dataclass(frozen=True)
class QuestionVector:
    """A question's vector and the model that made it; ``vector`` None: there is none (no model,
    or embedding failed), so retrieval is keywords only and must not try again."""

    model_id: str
    vector: list[float] | None


NO_VECTOR = QuestionVector("", None)


def embed_question(question: str, embedder: Embedder | None = None) -> QuestionVector:
    """The question's vector from ``embedder`` (the active one when not given); :data:`NO_VECTOR`
    without a model, and a vector-less answer when the model fails (logged, never raised)."""
    embedder = embedder if embedder is not None else active()
    if embedder is None:
        return NO_VECTOR
    try:
        (vector,) = embedder.embed([question])
    except Exception as exc:  # noqa: BLE001 - a failing model must not stop the turn: keywords still work
        log.warning("embedding the question failed (%s); keywords only", type(exc).__name__)
        return QuestionVector(embedder.model_id, None)
    return QuestionVector(embedder.model_id, vector)


def retrieve(
    db: sqlite3.Connection,
    document_ids: list[str],
    question: str,
    limit: int,
    question_vector: QuestionVector | None = None,
) -> tuple[list, str]:
    """The best chunks for the question and how they were found: BM25, fused with vector search
    when the question has a vector and the documents have that model's vectors.

    ``question_vector`` computed beforehand (:func:`embed_question`) is used as it is, and no model
    is called here; None: the active model embeds the question now."""
    keyword_hits = store.search_chunks(db, document_ids, question, limit=limit * 2)
    if question_vector is None:
        question_vector = embed_question(question)
    if question_vector.vector is None:
        return keyword_hits[:limit], KEYWORDS_ONLY
    model = question_vector.model_id
    nearest = vector_search(db, document_ids, model, question_vector.vector, limit * 2)
    if not nearest:
        return keyword_hits[:limit], "keywords (BM25); the embedding model has no vectors for these documents yet"
    by_id = {hit.chunk_id: hit for hit in keyword_hits}
    order = fuse([hit.chunk_id for hit in keyword_hits], nearest)[:limit]
    by_id.update(store.chunks_by_id(db, [i for i in order if i not in by_id]))
    return [by_id[i] for i in order if i in by_id], f"keywords (BM25) + vectors ({model.split(':')[0]})"
