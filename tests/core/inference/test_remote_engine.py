"""RemoteEngine against a real local HTTP server that misbehaves on purpose: each fault gives one
clear sentence naming the endpoint, and the text that arrived before it is kept."""

from __future__ import annotations

import threading
import time

import pytest

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import EngineError, ModelLoadError
from app.core.inference.prompting import ChatMessage
from app.core.inference.remote import RemoteEngine, RemoteStreamBroken, list_models
from app.core.models.remotes import (
    RemoteEndpoint,
    RemoteError,
    RemoteKeys,
    RemoteModelRef,
    RemoteStore,
    insecure_warning,
    normalize_url,
    parse_model_ref,
)
from tests.fakes_remote import PIECES, fault_server, free_port

HISTORY = [ChatMessage(Role.USER, "Tell me a story")]


@pytest.fixture
def server():
    with fault_server() as running:
        yield running


def connect(server, model: str, key: str | None = "test-key", **timeouts) -> RemoteEngine:
    engine = RemoteEngine(RemoteEndpoint("faulty", server.url, context_length=2048), key, **timeouts)
    engine.load(RemoteModelRef("faulty", model))
    return engine


def generate(engine: RemoteEngine, received: list[str], stop=lambda: False):
    return engine.generate(HISTORY, "Be brief.", SamplingParams(max_tokens=64, seed=5), received.append, stop)


def test_a_proper_stream_uses_the_servers_usage_and_records_endpoint_and_sampling(server):
    engine = connect(server, "ok")
    received: list[str] = []
    result = generate(engine, received)
    assert result.text == "".join(PIECES) == "".join(received)
    assert result.finish_reason == "stop"
    stats = result.stats
    assert (stats.prompt_tokens, stats.completion_tokens, stats.tokens_estimated) == (11, 4, False)
    assert stats.model_file == "remote:faulty/ok" and stats.endpoint == server.url
    assert stats.seed == 5 and stats.sampling["max_tokens"] == 64
    assert stats.time_to_first_token_s is not None
    sent = server.requests[-1]
    assert sent["authorization"] == "Bearer test-key"
    assert sent["body"]["seed"] == 5 and sent["body"]["stream"] is True
    assert sent["body"]["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Tell me a story"},
    ]
    assert sent["body"]["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize(
    "model, words",
    [
        ("drop", "broke mid-reply"),
        ("garbage", "not valid server-sent events"),
        ("no-finish", "ended before the server said it was complete"),
    ],
)
def test_a_broken_stream_keeps_the_partial_reply_and_says_why(server, model, words):
    engine = connect(server, model)
    received: list[str] = []
    with pytest.raises(RemoteStreamBroken) as caught:
        generate(engine, received)
    message = str(caught.value)
    assert words in message and "faulty (127.0.0.1:" in message
    assert "characters received are kept" in message
    assert caught.value.partial == "".join(PIECES) == "".join(received)


def test_a_server_that_goes_silent_mid_reply_times_out_with_the_partial_reply(server):
    engine = connect(server, "hang", read_timeout=1.0)
    received: list[str] = []
    started = time.monotonic()
    with pytest.raises(RemoteStreamBroken) as caught:
        generate(engine, received)
    assert time.monotonic() - started < 20  # hang guard: the read timeout ended it
    assert "went silent for too long mid-reply" in str(caught.value)
    assert caught.value.partial == "".join(PIECES)


@pytest.mark.parametrize(
    "model, key, words",
    [
        ("401", "wrong", "refused the API key (HTTP 401)"),
        ("401", None, "needs an API key (HTTP 401)"),
        ("429", "k", "rate-limiting requests (HTTP 429): retry after 7 s"),
        ("500", "k", "failed with HTTP 500 (CUDA out of memory)"),
    ],
)
def test_http_errors_are_one_sentence_naming_the_endpoint(server, model, key, words):
    engine = connect(server, model, key)
    received: list[str] = []
    with pytest.raises(EngineError) as caught:
        generate(engine, received)
    assert words in str(caught.value) and "faulty (127.0.0.1:" in str(caught.value)
    assert "\n" not in str(caught.value) and received == []


def test_stop_closes_the_stream_and_keeps_the_text(server):
    engine = connect(server, "hang", read_timeout=30)
    received: list[str] = []
    result = generate(engine, received, stop=lambda: len(received) >= 2)
    assert result.finish_reason == "stopped" and result.text == "".join(PIECES[:2])


def test_a_model_the_server_does_not_offer_is_refused_on_connect(server):
    engine = RemoteEngine(RemoteEndpoint("faulty", server.url), None)
    with pytest.raises(ModelLoadError, match="has no model 'gemma-99b'; it offers: ok, drop"):
        engine.load(RemoteModelRef("faulty", "gemma-99b"))
    report = engine.load(RemoteModelRef("faulty", ""))  # no model named: the server's first
    assert report.model_id == "ok" and "the server does not say its context length" in report.warnings[0]


def test_unreachable_endpoints_say_what_to_check(server):
    closed = RemoteEndpoint("gone", f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(EngineError, match=r"gone \(127.0.0.1:\d+\) refused the connection; check that the server"):
        list_models(closed, None)
    with pytest.raises(EngineError, match=r"could not be resolved \(DNS\)"):
        list_models(RemoteEndpoint("nowhere", "http://no-such-host.invalid:8000/v1"), None)
    tls_to_plain = RemoteEndpoint("tls", server.url.replace("http://", "https://"))
    with pytest.raises(EngineError, match="TLS handshake .* failed; check whether the server speaks https"):
        list_models(tls_to_plain, None, connect_timeout=5)
    wrong_path = RemoteEndpoint("path", server.url.removesuffix("/v1") + "/api")
    with pytest.raises(EngineError, match="has no OpenAI-compatible API at .* \\(HTTP 404\\)"):
        list_models(wrong_path, None)


def test_a_silent_listener_hits_the_connect_timeout_not_a_hang():
    # A socket that accepts nothing: the backlog fills and further connects wait.
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        started = time.monotonic()
        with pytest.raises(EngineError) as caught:
            list_models(RemoteEndpoint("silent", f"http://127.0.0.1:{port}/v1"), None, connect_timeout=1)
        assert time.monotonic() - started < 30  # hang guard
        assert "silent (127.0.0.1:" in str(caught.value)
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_endpoint_store_keys_and_refs(tmp_path, monkeypatch):
    store = RemoteStore(tmp_path)
    endpoint = store.add("gpu-box", "http://gpu-box:8000")
    assert endpoint.url == "http://gpu-box:8000/v1"
    assert "plain http:// to gpu-box:8000" in insecure_warning(endpoint)
    assert insecure_warning(store.add("local", "http://127.0.0.1:8080/v1")) is None
    assert insecure_warning(store.add("tls", "https://gpu-box/v1")) is None
    assert [e.name for e in RemoteStore(tmp_path).endpoints()] == ["gpu-box", "local", "tls"]
    with pytest.raises(RemoteError, match="not in the URL"):
        store.add("x", "http://user:secret@host/v1")
    with pytest.raises(RemoteError, match="not an http"):
        normalize_url("ftp://host")
    with pytest.raises(RemoteError, match="not a usable endpoint name"):
        store.add("a/b", "http://host")
    assert store.remove("gpu-box") and not store.remove("gpu-box")
    assert parse_model_ref("remote:box/google/gemma-3-27b-it") == RemoteModelRef("box", "google/gemma-3-27b-it")
    assert parse_model_ref("gemma-3-270m.gguf") is None

    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    monkeypatch.setattr(RemoteKeys, "_session", {})
    keyring.set_keyring(FailKeyring())  # no keyring: the key lives in this process only
    keys = RemoteKeys()
    assert keys.set("local", "sk-123") is False and keys.get("local") == "sk-123"
    keys.clear("local")
    assert keys.get("local") is None
    assert "sk-123" not in (tmp_path / "remotes.json").read_text()


def test_the_stream_is_read_off_the_calling_thread_safely(server):
    """The engine is used from the inference worker thread, like the local one."""
    engine = connect(server, "ok")
    results = []
    worker = threading.Thread(target=lambda: results.append(generate(engine, [])))
    worker.start()
    worker.join(20)
    assert results and results[0].text == "".join(PIECES)
