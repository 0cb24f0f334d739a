"""Vector retrieval beside BM25: reciprocal rank fusion, vectors stored per chunk and model, and
the starter Gemma GGUF in embedding mode as a real embedding model."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.base.settings import Settings
from app.core.documents import embeddings, store
from app.core.documents.extract import extract_bytes
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn, finish_turn
from tests.fakes import HashEmbedder

TOPICS = [
    "Bees visit the lavender at noon and carry pollen home.",
    "The ferry to the island leaves at seven from pier nine.",
    "Quinces ripen late in autumn and need a long warm summer.",
    "The lighthouse lamp is cleaned every morning by the keeper.",
]


def test_reciprocal_rank_fusion_rewards_agreement():
    assert embeddings.fuse([1, 2, 3], [3, 1, 4]) == [1, 3, 2, 4]
    assert embeddings.fuse([], [5, 6]) == [5, 6]


def test_without_an_embedding_model_sources_say_keywords_only(tmp_path):
    embeddings.activate(None)
    document = extract_bytes("topics.txt", ("\n\n".join(TOPICS * 40)).encode())
    with Storage(tmp_path / "h.sqlite3") as storage:
        conversation = storage.create_conversation(settings={"documents_mode": "retrieve"})
        request = begin_turn(storage, conversation.id, "When does the ferry leave?", Settings(), attachments=[document])
        sources = store.sources_of(storage.connection, request.assistant_message_id)
    assert sources and all(s.method == embeddings.KEYWORDS_ONLY for s in sources)


def test_vectors_are_stored_per_chunk_fused_and_deleted_with_the_chat(tmp_path):
    text = "\n\n".join(f"{topic} (note {i})" for i in range(30) for topic in TOPICS)
    document = extract_bytes("topics.txt", text.encode())
    with Storage(tmp_path / "h.sqlite3") as storage:
        conversation = storage.create_conversation(settings={"documents_mode": "retrieve"})
        first = begin_turn(storage, conversation.id, "Hello", Settings(), attachments=[document])
        finish_turn(storage, first, "Hi.", MessageStatus.DONE, None)
        embedder = HashEmbedder()
        chunks = storage.connection.execute("SELECT COUNT(*) FROM document_chunks").fetchone()[0]
        assert embeddings.embed_chunks(storage, embedder) == chunks
        assert embeddings.embed_chunks(storage, embedder) == 0  # nothing missing the second time
        embeddings.activate(embedder)
        try:
            request = begin_turn(storage, conversation.id, "pollen lavender bees", Settings())
        finally:
            embeddings.activate(None)
        sources = store.sources_of(storage.connection, request.assistant_message_id)
        assert sources[0].method == "keywords (BM25) + vectors (hash)"
        assert "Bees visit the lavender" in sources[0].excerpt
        storage.delete_conversation(conversation.id)
        assert storage.connection.execute("SELECT COUNT(*) FROM document_vectors").fetchone()[0] == 0


@pytest.mark.model
def test_the_starter_gguf_in_embedding_mode_serves_the_vector_path(tmp_path, starter_gguf):
    embedder = embeddings.LlamaEmbedder(starter_gguf)
    try:
        vectors = embedder.embed(TOPICS[:2])
        assert len(vectors) == 2 and len(vectors[0]) > 16
        assert abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-3
        document = extract_bytes("topics.txt", "\n\n".join(TOPICS).encode())
        with Storage(tmp_path / "h.sqlite3") as storage:
            conversation = storage.create_conversation()
            begin_turn(storage, conversation.id, "Hello", Settings(), attachments=[document])
            assert embeddings.embed_chunks(storage, embedder) >= 1
            (chunk_id, content), *_ = storage.connection.execute("SELECT id, content FROM document_chunks").fetchall()
            (query,) = embedder.embed([content])
            nearest = embeddings.vector_search(storage.connection, [document.sha256], embedder.model_id, query, 3)
            assert nearest[0] == chunk_id  # a chunk is nearest to itself: the stored vectors are the model's
    finally:
        embedder.close()


class CountingEmbedder:
    """Wraps a real embedder and counts its calls: retrieval with a given vector must make none."""

    def __init__(self, inner):
        self.inner, self.model_id, self.calls = inner, inner.model_id, 0

    def embed(self, texts):
        self.calls += 1
        return self.inner.embed(texts)


class BrokenEmbedder:
    model_id = "broken:1"

    def __init__(self):
        self.calls = 0

    def embed(self, texts):
        self.calls += 1
        raise RuntimeError("the model fell over")


def test_a_vector_given_to_the_turn_is_used_and_the_active_model_is_not_called(tmp_path):
    text = "\n\n".join(f"{topic} (note {i})" for i in range(30) for topic in TOPICS)
    document = extract_bytes("topics.txt", text.encode())
    with Storage(tmp_path / "h.sqlite3") as storage:
        conversation = storage.create_conversation(settings={"documents_mode": "retrieve"})
        first = begin_turn(storage, conversation.id, "Hello", Settings(), attachments=[document])
        finish_turn(storage, first, "Hi.", MessageStatus.DONE, None)
        embeddings.embed_chunks(storage, HashEmbedder())
        vector = embeddings.embed_question("pollen lavender bees", HashEmbedder())
        broken = BrokenEmbedder()
        embeddings.activate(broken)  # would fail the fusion if the turn asked it
        try:
            request = begin_turn(storage, conversation.id, "pollen lavender bees", Settings(), question_vector=vector)
        finally:
            embeddings.activate(None)
        assert broken.calls == 0
        sources = store.sources_of(storage.connection, request.assistant_message_id)
        assert sources[0].method == "keywords (BM25) + vectors (hash)"
        assert "Bees visit the lavender" in sources[0].excerpt


def test_a_question_the_model_failed_to_embed_is_retrieved_by_keywords_and_kept(tmp_path):
    broken = BrokenEmbedder()
    failed = embeddings.embed_question("When does the ferry leave?", broken)
    assert failed == embeddings.QuestionVector("broken:1", None)
    document = extract_bytes("topics.txt", ("\n\n".join(TOPICS * 40)).encode())
    embeddings.activate(broken)
    try:
        with Storage(tmp_path / "h.sqlite3") as storage:
            conversation = storage.create_conversation(settings={"documents_mode": "retrieve"})
            request = begin_turn(
                storage,
                conversation.id,
                "When does the ferry leave?",
                Settings(),
                attachments=[document],
                question_vector=failed,
            )
            sources = store.sources_of(storage.connection, request.assistant_message_id)
            user = storage.get_message(storage.get_message(request.assistant_message_id).parent_id)
    finally:
        embeddings.activate(None)
    assert broken.calls == 1  # the failure is not retried on the turn's thread
    assert user.content == "When does the ferry leave?"
    assert sources and all(s.method == embeddings.KEYWORDS_ONLY for s in sources)
    assert "ferry" in sources[0].excerpt


@pytest.mark.model
def test_retrieval_with_a_vector_from_the_starter_gguf_ranks_as_embedding_inline(tmp_path, starter_gguf):
    real = embeddings.LlamaEmbedder(starter_gguf)
    embedder = CountingEmbedder(real)
    text = "\n\n".join(f"{topic} (note {i})" for i in range(12) for topic in TOPICS)
    document = extract_bytes("topics.txt", text.encode())
    question = "When does the ferry to the island leave?"
    try:
        with Storage(tmp_path / "h.sqlite3") as storage:
            conversation = storage.create_conversation()
            begin_turn(storage, conversation.id, "Hello", Settings(), attachments=[document])
            assert embeddings.embed_chunks(storage, real) >= 2
            db = storage.connection
            embeddings.activate(embedder)
            inline_hits, inline_method = embeddings.retrieve(db, [document.sha256], question, 6)
            assert embedder.calls == 1
            vector = embeddings.embed_question(question)  # what the window's worker thread does
            assert embedder.calls == 2 and vector.model_id == real.model_id
            given_hits, given_method = embeddings.retrieve(db, [document.sha256], question, 6, question_vector=vector)
            assert embedder.calls == 2  # the given vector was used; the model was not asked again
    finally:
        embeddings.activate(None)
        real.close()
    assert given_method == inline_method and "vectors (" in given_method
    assert [h.chunk_id for h in given_hits] == [h.chunk_id for h in inline_hits] and given_hits
