"""The API server in-process on a real loopback socket (uvicorn on its thread, as in the window)
over a scripted engine: kept chats written on the server's database thread, ``/v1/embeddings`` run
on the engine owner's thread, a non-streaming client that hangs up cancelling its job, and the
panel's settings in the settings file."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import httpx
import openai
import pytest

from app.core.base.settings import Settings, read_settings, save_settings
from app.core.documents import embeddings, store
from app.core.history.conversation import SOURCE_API
from app.core.history.storage import Storage
from app.core.inference.engine import LoadOptions
from app.core.inference.owner import EngineOwner
from app.core.models.library import ModelLibrary
from app.core.server import DEFAULT_PORT
from app.core.server.app import build_app
from app.core.server.embeddings_api import EmbeddingModels
from app.core.server.runner import BackgroundServer, bind
from app.core.server.server_db import ServerDatabase
from app.core.server.service import ModelService
from tests.fakes import ScriptedEngine

KEY = "inprocess-key"
HANG_GUARD_S = 20
OWNER_THREAD = "test-engine-owner"


class RecordingEngine(ScriptedEngine):
    """Remembers how each generation ended ("stop", or "stopped" when its stop flag was set)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.endings: list[tuple[str, int]] = []

    def generate(self, *args, **kwargs):
        result = super().generate(*args, **kwargs)
        self.endings.append((result.finish_reason, result.stats.completion_tokens))
        return result


class FakeEmbedder:
    """Vectors from letter counts; remembers the thread each call ran on."""

    threads: list[str] = []

    def __init__(self, path: Path):
        self.model_id = embeddings.model_id(path)
        FakeEmbedder.threads.append(threading.current_thread().name)

    def embed(self, texts):
        FakeEmbedder.threads.append(threading.current_thread().name)
        return [[float(text.count("a")), float(len(text)), 0.5] for text in texts]


class Served:
    def __init__(self, tmp_path: Path, engine: ScriptedEngine, keep: bool):
        self.keep = keep
        self.db_path = tmp_path / "history.sqlite3"
        self.engine = engine
        self.records = []
        self.owner = EngineOwner(lambda: engine, name=OWNER_THREAD)
        self.owner.load(tmp_path / "scripted.gguf", LoadOptions()).result(HANG_GUARD_S)
        self.database = ServerDatabase(self.db_path)
        library = ModelLibrary(tmp_path / "models")
        self.service = ModelService(
            self.owner,
            library,
            Settings(),
            LoadOptions,
            database=self.database,
            keep_history=lambda: self.keep,
        )
        self.service.embedding_models = EmbeddingModels(self.owner, library, self.database, load=FakeEmbedder)
        app = build_app(self.service, bind_host="127.0.0.1", api_key=lambda: KEY, on_request=self.records.append)
        self.server = BackgroundServer(app, bind("127.0.0.1", 0))
        self.server.start()
        self.client = openai.OpenAI(
            base_url=self.server.address.base_url, api_key=KEY, max_retries=0, timeout=HANG_GUARD_S
        )

    def stop(self) -> None:
        self.server.stop()
        self.service.close()
        self.owner.shutdown()
        self.database.close()


@pytest.fixture
def serve(tmp_path):
    running: list[Served] = []

    def start(engine: ScriptedEngine | None = None, keep: bool = False) -> Served:
        running.append(Served(tmp_path, engine or RecordingEngine(tokens=("Fine", ",", " thanks.")), keep))
        return running[-1]

    yield start
    for served in running:
        served.stop()


def _chat(served: Served, messages: list[dict]) -> str:
    reply = served.client.chat.completions.create(model="", messages=messages, max_tokens=16)
    return reply.choices[0].message.content


def test_kept_chats_are_written_and_a_follow_up_is_appended(serve):
    served = serve(keep=True)
    first = [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "How are you?"}]
    answer = _chat(served, first)
    streamed = "".join(
        chunk.choices[0].delta.content or ""
        for chunk in served.client.chat.completions.create(
            model="",
            stream=True,
            messages=[*first, {"role": "assistant", "content": answer}, {"role": "user", "content": "Really?"}],
        )
        if chunk.choices
    )
    with Storage(served.db_path) as storage:
        (summary,) = storage.list_conversations()
        assert summary.source == SOURCE_API and storage.get_conversation(summary.id).system_prompt == "Be kind."
        shown = [(m.role.value, m.content) for m in storage.active_path(summary.id)]
    assert shown == [("user", "How are you?"), ("assistant", answer), ("user", "Really?"), ("assistant", streamed)]
    assert answer == streamed == "Fine, thanks."


def test_the_anthropic_route_is_kept_too_and_plain_completions_are_not(serve):
    served = serve(keep=True)
    headers = {"x-api-key": KEY}
    body = {"max_tokens": 8, "messages": [{"role": "user", "content": "Hello"}]}
    assert httpx.post(f"{served.server.address.base_url}/messages", json=body, headers=headers).status_code == 200
    served.client.completions.create(model="", prompt="Not a chat", max_tokens=4)
    with Storage(served.db_path) as storage:
        assert [row.title for row in storage.list_conversations()] == ["Hello"]


def test_with_the_setting_off_nothing_is_written(serve):
    served = serve(keep=False)
    assert _chat(served, [{"role": "user", "content": "Hello"}])
    with Storage(served.db_path) as storage:
        assert storage.count_conversations() == 0


def test_embeddings_run_on_the_engine_owners_thread_with_the_model_chosen_for_documents(serve, tmp_path):
    served = serve()
    chosen = tmp_path / "embedder.gguf"
    chosen.write_bytes(b"GGUF")
    missing = served.client.embeddings
    with pytest.raises(openai.NotFoundError, match="hearth docs embed"):
        missing.create(model="", input="banana")
    with Storage(served.db_path) as storage, storage.transaction() as db:
        store.set_setting(db, embeddings.SETTING, str(chosen))
    FakeEmbedder.threads.clear()
    result = served.client.embeddings.create(model="embedder.gguf", input=["banana", "kiwi"], encoding_format="float")
    assert [item.embedding for item in result.data] == [[3.0, 6.0, 0.5], [0.0, 4.0, 0.5]]
    assert result.model == "embedder.gguf" and result.usage.prompt_tokens > 0
    as_base64 = served.client.embeddings.create(model="embedder", input="banana")  # the client's default: base64
    assert as_base64.data[0].embedding == [3.0, 6.0, 0.5]
    assert set(FakeEmbedder.threads) == {OWNER_THREAD}  # loaded once, then every call, on the owner's thread
    assert FakeEmbedder.threads.count(OWNER_THREAD) == 3
    with pytest.raises(openai.NotFoundError, match="embedder.gguf"):
        served.client.embeddings.create(model="text-embedding-3-small", input="banana")
    with pytest.raises(openai.BadRequestError, match="token arrays"):
        served.client.embeddings.create(model="", input=[[1, 2, 3]])


def test_a_non_streaming_client_that_hangs_up_cancels_its_generation(serve):
    engine = RecordingEngine(tokens=["tick "] * 5000, delay_s=0.01)  # 50 s if nobody stops it
    served = serve(engine=engine)
    body = json.dumps({"messages": [{"role": "user", "content": "Count"}], "max_tokens": 3000}).encode()
    address = served.server.address
    with socket.create_connection((address.host, address.port)) as raw:
        raw.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {KEY}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        deadline = time.monotonic() + HANG_GUARD_S
        while not engine.prompts and time.monotonic() < deadline:
            time.sleep(0.02)
        assert engine.prompts, "the generation never started"
    # The socket is closed: the job must be stopped by its flag, long before its 5,000 tokens.
    assert served.owner.with_engine("after", lambda _engine: "ran").result(HANG_GUARD_S) == "ran"
    ((reason, tokens),) = engine.endings
    assert reason == "stopped" and tokens < 5000
    deadline = time.monotonic() + HANG_GUARD_S
    while not served.records and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [record.status for record in served.records] == [499]  # the request log says the client left


def test_the_panels_choices_are_settings_that_survive_a_restart(tmp_path):
    path = tmp_path / "settings.json"
    assert Settings().api_server_port == DEFAULT_PORT and not Settings().api_keep_history
    chosen = Settings().with_changes(
        api_server_enabled=True,
        api_server_port=9123,
        api_server_network=True,
        api_server_origins="http://localhost:3000",
        api_keep_history=True,
    )
    save_settings(path, chosen)
    assert read_settings(path).settings == chosen
    path.write_text(json.dumps({"api_server_port": 70000, "api_keep_history": "yes", "api_server_enabled": True}))
    loaded = read_settings(path)
    assert loaded.settings.api_server_port == DEFAULT_PORT and loaded.settings.api_keep_history is False
    assert loaded.settings.api_server_enabled is True and "api_server_port" in loaded.message
