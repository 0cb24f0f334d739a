"""Context length of a remote model, learnt from real local HTTP servers that say it the way
Ollama (``/api/show``, ``/api/ps``), llama-server (``/props``) and vLLM (``/v1/models``) do, and
the endpoint's own setting when the server says nothing."""

from __future__ import annotations

import pytest

from app.core.inference.remote import RemoteEngine
from app.core.models.remotes import RemoteEndpoint, RemoteError, RemoteModelRef, RemoteStore
from tests.fakes_remote import fault_server, native_server, ollama_show

OLLAMA_MODELS = [{"id": "gemma3:4b", "object": "model", "owned_by": "library"}]


def connect(url: str, model: str, context_setting: int = 0, key: str | None = None):
    engine = RemoteEngine(RemoteEndpoint("box", url, context_length=context_setting), key)
    return engine.load(RemoteModelRef("box", model))


def test_ollama_model_info_gives_the_trained_context_and_says_it_is_a_maximum():
    with native_server(OLLAMA_MODELS, show=ollama_show("gemma3", trained=131072)) as server:
        report = connect(server.url, "gemma3:4b", key="sk-ollama")
    assert report.context_length == 131072 and report.server_kind == "Ollama"
    assert "only the model's trained context, 131072 tokens" in report.warnings[0]
    assert "hearth remotes add box" in report.warnings[0] and "--context N" in report.warnings[0]
    show = next(r for r in server.requests if r["path"] == "/api/show")
    assert show["method"] == "POST" and show["body"] == {"model": "gemma3:4b"}
    assert show["authorization"] == "Bearer sk-ollama"  # the endpoint's own key, to its own host
    assert "Ollama at 127.0.0.1:" in report.summary()


def test_ollama_num_ctx_parameter_is_the_context_it_runs_and_wins_over_the_setting():
    with native_server(OLLAMA_MODELS, show=ollama_show(trained=131072, num_ctx=8192)) as server:
        report = connect(server.url, "gemma3:4b", context_setting=4096)
    assert report.context_length == 8192
    assert "runs a context of 8192 tokens; its setting of 4096 is not used" in report.warnings[0]


def test_ollama_running_model_allocation_comes_first():
    running = {"models": [{"name": "gemma3:4b", "model": "gemma3:4b", "size_vram": 1, "context_length": 32768}]}
    with native_server(OLLAMA_MODELS, show=ollama_show(trained=131072, num_ctx=8192), ps=running) as server:
        report = connect(server.url, "gemma3:4b")
    assert (report.context_length, report.warnings) == (32768, ())
    assert "GET /api/ps" in server.paths()


def test_the_endpoint_setting_is_used_under_the_trained_maximum_and_capped_by_it():
    with native_server(OLLAMA_MODELS, show=ollama_show(trained=32768)) as server:
        assert connect(server.url, "gemma3:4b", context_setting=8192).context_length == 8192
        capped = connect(server.url, "gemma3:4b", context_setting=65536)
    assert capped.context_length == 32768 and "more than the model was trained for" in capped.warnings[0]


def test_the_endpoint_setting_wins_when_the_server_says_nothing():
    with fault_server() as server:  # no context anywhere; /props and /api/show answer 404
        report = connect(server.url, "ok", context_setting=3000)
        guessed = connect(server.url, "ok")
    assert (report.context_length, report.warnings) == (3000, ())
    assert guessed.context_length == 4096 and "does not say its context length" in guessed.warnings[0]


def test_llama_server_props_and_vllm_model_entries():
    llama = [{"id": "gemma", "object": "model", "owned_by": "llamacpp", "meta": {"n_ctx_train": 131072}}]
    with native_server(llama, props={"default_generation_settings": {"n_ctx": 6144}}) as server:
        report = connect(server.url, "gemma")
    assert (report.context_length, report.server_kind, report.warnings) == (6144, "llama.cpp server", ())

    vllm = [{"id": "google/gemma-3-27b-it", "object": "model", "owned_by": "vllm", "max_model_len": 16384}]
    with native_server(vllm, props={"n_ctx": 1}, show=ollama_show()) as server:
        report = connect(server.url, "google/gemma-3-27b-it")
    assert (report.context_length, report.server_kind) == (16384, "vLLM")
    assert server.paths() == ["GET /v1/models"]  # the model list said it: nothing else is asked


def test_answers_that_are_not_what_was_asked_are_ignored():
    odd = {"model_info": {"general.architecture": "gemma3", "gemma3.context_length": True}, "parameters": 7}
    with native_server(OLLAMA_MODELS, show=odd, props={"default_generation_settings": "x"}) as server:
        report = connect(server.url, "gemma3:4b", context_setting=2048)
    assert (report.context_length, report.server_kind) == (2048, "Ollama")


def test_the_setting_is_checked_and_a_bad_stored_one_loses_only_itself(tmp_path):
    store = RemoteStore(tmp_path)
    with pytest.raises(RemoteError, match="not a usable context length"):
        store.add("box", "http://127.0.0.1:9/v1", context_length=10)
    assert store.add("box", "http://127.0.0.1:9/v1", context_length=8192).context_length == 8192
    (tmp_path / "remotes.json").write_text(
        '{"endpoints": [{"name": "box", "url": "http://127.0.0.1:9/v1", "context_length": "lots"}]}'
    )
    assert [(e.name, e.context_length) for e in store.endpoints()] == [("box", 0)]
