"""``/v1/embeddings`` refuses a text longer than the embedding model reads, as OpenAI does (400,
``invalid_request_error``, the limit named), instead of cutting it silently: through the official
``openai`` client against a real ``hearth serve`` with the starter GGUF chosen as the documents'
embedding model."""

from __future__ import annotations

import openai
import pytest

from app.core.documents.embeddings import EMBED_CHARS
from tests.integration.conftest import API_KEY, home_with_starter, start_embedding_server, stop_cleanly

pytestmark = pytest.mark.model
HANG_GUARD_S = 120


@pytest.fixture(scope="module")
def embedding_server(starter_gguf, tmp_path_factory):
    home = home_with_starter(tmp_path_factory.mktemp("embedding-limits-home"), starter_gguf)
    server = start_embedding_server(home, starter_gguf.name)
    yield server
    stop_cleanly(server)


@pytest.fixture
def client(embedding_server) -> openai.OpenAI:
    return openai.OpenAI(base_url=embedding_server.base_url, api_key=API_KEY, timeout=HANG_GUARD_S, max_retries=0)


def _refusal(client: openai.OpenAI, texts: list[str]) -> dict:
    with pytest.raises(openai.BadRequestError) as raised:
        client.embeddings.create(model="", input=texts, encoding_format="float")
    assert raised.value.status_code == 400
    return raised.value.body  # the "error" object: message, type, param, code


def test_a_text_over_the_character_limit_is_refused_naming_the_limit(client):
    fits = "word " * (EMBED_CHARS // 5)  # exactly EMBED_CHARS characters, few tokens
    assert len(fits) == EMBED_CHARS
    error = _refusal(client, ["short", fits + "x"])
    assert error["type"] == "invalid_request_error" and error["param"] == "input"
    assert "input[1]" in error["message"] and f"{EMBED_CHARS} characters" in error["message"]
    assert f"{EMBED_CHARS + 1} characters" in error["message"]
    # The same text within the limit still gets its vector.
    assert len(client.embeddings.create(model="", input=fits, encoding_format="float").data[0].embedding) > 100


def test_a_text_over_the_models_context_is_refused_not_cut(client):
    dense = "7," * (EMBED_CHARS // 2)  # within the characters, but about a token a character
    error = _refusal(client, [dense])
    assert error["type"] == "invalid_request_error" and error["code"] == "context_length_exceeded"
    assert "input[0]" in error["message"] and "512 tokens" in error["message"]  # the model's context
    # The server is not left broken: a text that fits still works.
    assert client.embeddings.create(model="", input="The cat sat.", encoding_format="float").data[0].embedding
