"""``hearth serve`` on the real starter model, through the official ``openai`` client: API chats
kept in the history when the setting is on (a follow-up appended, not duplicated) and not when it
is off; ``/v1/embeddings`` from the embedding model chosen for documents (the starter GGUF in
embedding mode, chosen with ``hearth docs embed`` as the documents tests do); and a non-streaming
client that hangs up frees the engine."""

from __future__ import annotations

import json
import math
import socket
import time

import openai
import pytest

from app.core.history.conversation import SOURCE_API
from app.core.history.storage import Storage
from tests.integration.conftest import API_KEY, home_with_starter, start_embedding_server, stop_cleanly

pytestmark = pytest.mark.model
HANG_GUARD_S = 120


@pytest.fixture(scope="module")
def keeping_server(starter_gguf, tmp_path_factory):
    """``hearth serve`` with "Keep API conversations in history" on in settings.json, and the starter
    chosen as the documents' embedding model."""
    home = home_with_starter(tmp_path_factory.mktemp("keeping-home"), starter_gguf)
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps({"api_keep_history": True}))
    server = start_embedding_server(home, starter_gguf.name)
    yield server
    stop_cleanly(server)


def _client(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=API_KEY, timeout=HANG_GUARD_S, max_retries=0)


def _kept(server) -> list[tuple[str, list[tuple[str, str]], object]]:
    with Storage(server.home / "data" / "hearth.sqlite3") as storage:
        return [
            (row.source, [(m.role.value, m.content) for m in storage.active_path(row.id)], storage.active_path(row.id))
            for row in storage.list_conversations()
        ]


def test_a_kept_chat_holds_its_reply_and_a_follow_up_is_appended(keeping_server):
    client = _client(keeping_server)
    question = [{"role": "user", "content": "Name a colour of the sky."}]
    first = client.chat.completions.create(model="", messages=question, max_tokens=12, temperature=0)
    answer = first.choices[0].message.content
    ((source, shown, messages),) = _kept(keeping_server)
    assert source == SOURCE_API and shown == [("user", question[0]["content"]), ("assistant", answer)]
    assert messages[-1].stats.completion_tokens == first.usage.completion_tokens > 0

    follow_up = [*question, {"role": "assistant", "content": answer}, {"role": "user", "content": "And at night?"}]
    streamed = "".join(
        chunk.choices[0].delta.content or ""
        for chunk in client.chat.completions.create(
            model="", messages=follow_up, max_tokens=12, temperature=0, stream=True
        )
        if chunk.choices
    )
    ((source, shown, _messages),) = _kept(keeping_server)  # still one conversation
    assert shown == [(m["role"], m["content"]) for m in follow_up] + [("assistant", streamed)]


def test_embeddings_come_from_the_model_chosen_for_documents(keeping_server, starter_gguf):
    client = _client(keeping_server)
    texts = ["The cat sat on the mat.", "Stock prices fell sharply today."]
    listed = client.embeddings.create(model=starter_gguf.name, input=texts, encoding_format="float")
    assert listed.model == starter_gguf.name and [item.index for item in listed.data] == [0, 1]
    vectors = [item.embedding for item in listed.data]
    assert len(vectors[0]) == len(vectors[1]) > 100
    assert all(abs(math.sqrt(sum(x * x for x in vector)) - 1) < 1e-3 for vector in vectors)  # normalised
    assert vectors[0] != vectors[1] and listed.usage.prompt_tokens > len(texts)
    alone = client.embeddings.create(model=starter_gguf.stem, input=texts[0])  # base64, the client's default
    assert max(abs(a - b) for a, b in zip(alone.data[0].embedding, vectors[0], strict=True)) < 1e-4
    with pytest.raises(openai.NotFoundError, match=starter_gguf.name):
        client.embeddings.create(model="text-embedding-3-small", input="hello")


def test_with_the_setting_off_nothing_is_kept_and_embeddings_say_how_to_choose(hearth_server):
    client = _client(hearth_server)
    reply = client.chat.completions.create(
        model="", messages=[{"role": "user", "content": "Say yes."}], max_tokens=4, temperature=0
    )
    assert reply.choices[0].message.content is not None
    assert _kept(hearth_server) == []
    with pytest.raises(openai.NotFoundError, match="hearth docs embed"):
        client.embeddings.create(model="", input="hello")


def test_a_non_streaming_client_that_hangs_up_frees_the_engine(hearth_server):
    body = json.dumps(
        {
            "model": "",
            "max_tokens": 3000,
            "temperature": 0.8,
            "seed": 5,
            "messages": [{"role": "user", "content": "Count from 1 to 2000, one number per line."}],
        }
    ).encode()
    with socket.create_connection(("127.0.0.1", hearth_server.port), timeout=HANG_GUARD_S) as raw:
        raw.sendall(
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{hearth_server.port}\r\n"
            f"Authorization: Bearer {API_KEY}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        time.sleep(3)  # the reply is being generated (nothing comes back before it is whole)
    started = time.monotonic()
    stream = _client(hearth_server).chat.completions.create(
        model="", messages=[{"role": "user", "content": "Hi"}], max_tokens=4, stream=True
    )
    first = next(iter(stream))
    waited = time.monotonic() - started
    list(stream)
    assert first.choices[0].delta.role == "assistant"
    # The abandoned reply would need minutes for 3,000 tokens here; a freed engine answers in seconds.
    assert waited < 30, f"the next request waited {waited:.1f} s: the abandoned generation kept running"
    deadline = time.monotonic() + 10
    while " 499 " not in hearth_server.log() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "POST /v1/chat/completions 499" in hearth_server.log()  # the request log says the client left
