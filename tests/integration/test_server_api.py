"""The API server through the official ``openai`` and ``anthropic`` clients, against a real
``hearth serve`` process on the real starter model."""

from __future__ import annotations

import threading
import time

import anthropic
import httpx
import openai
import pytest

from tests.integration.conftest import API_KEY

pytestmark = pytest.mark.model
HANG_GUARD_S = 120
HELLO = [{"role": "user", "content": "Say hello in three words."}]


@pytest.fixture(scope="module")
def oai(hearth_server):
    return openai.OpenAI(base_url=hearth_server.base_url, api_key=API_KEY, timeout=HANG_GUARD_S, max_retries=0)


@pytest.fixture(scope="module")
def claude(hearth_server):
    return anthropic.Anthropic(base_url=hearth_server.base, api_key=API_KEY, timeout=HANG_GUARD_S, max_retries=0)


@pytest.fixture(scope="module")
def model_id(oai, starter_gguf):
    return starter_gguf.name


def test_models_lists_the_starter(oai, starter_gguf):
    ids = [model.id for model in oai.models.list()]
    assert starter_gguf.name in ids


def test_chat_completion_non_streaming(oai, model_id):
    reply = oai.chat.completions.create(model=model_id, messages=HELLO, max_tokens=12, temperature=0, seed=1)
    choice = reply.choices[0]
    assert choice.message.role == "assistant" and choice.message.content.strip()
    assert choice.finish_reason in ("stop", "length")
    assert reply.usage.prompt_tokens > 0 and 0 < reply.usage.completion_tokens <= 12
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_chat_streams_and_sends_usage_last(oai, model_id):
    stream = oai.chat.completions.create(
        model=model_id,
        messages=HELLO,
        max_completion_tokens=10,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes in (["stop"], ["length"])
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])


def test_the_same_seed_gives_the_same_reply_and_system_is_honoured(oai, model_id):
    messages = [{"role": "system", "content": "Answer in French."}, *HELLO]
    first = oai.chat.completions.create(model=model_id, messages=messages, max_tokens=8, seed=7)
    second = oai.chat.completions.create(model=model_id, messages=messages, max_tokens=8, seed=7)
    assert first.choices[0].message.content == second.choices[0].message.content


def test_completions_endpoint(oai, model_id):
    reply = oai.completions.create(model=model_id, prompt="Name one colour.", max_tokens=6, temperature=0)
    assert reply.choices[0].text.strip() and reply.usage.completion_tokens > 0
    pieces = [
        c.choices[0].text
        for c in oai.completions.create(
            model=model_id, prompt="Name one colour.", max_tokens=6, temperature=0, stream=True
        )
        if c.choices
    ]
    assert "".join(pieces) == reply.choices[0].text  # temperature 0: the same words, streamed


def test_anthropic_messages_non_streaming(claude, model_id):
    message = claude.messages.create(model=model_id, max_tokens=12, system="You are terse.", messages=HELLO)
    assert message.role == "assistant" and message.content[0].type == "text" and message.content[0].text.strip()
    assert message.stop_reason in ("end_turn", "max_tokens")
    assert message.usage.input_tokens > 0 and 0 < message.usage.output_tokens <= 12


def test_anthropic_streaming_events(claude, model_id):
    with claude.messages.stream(model=model_id, max_tokens=10, messages=HELLO) as stream:
        events = [event.type for event in stream]
        final = stream.get_final_message()
    assert events[0] == "message_start" and events[1] == "content_block_start"
    assert "text" in events or "content_block_delta" in events
    assert events[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert final.content[0].text.strip() and final.usage.output_tokens > 0


def test_stop_sequences_cut_the_reply(oai, model_id):
    reply = oai.chat.completions.create(
        model=model_id,
        max_tokens=40,
        temperature=0,
        stop=["\n", "."],
        messages=[{"role": "user", "content": "Write two sentences about cats."}],
    )
    text = reply.choices[0].message.content
    assert "." not in text and "\n" not in text and reply.choices[0].finish_reason == "stop"


def test_errors_are_the_clients_own_exceptions(hearth_server, oai, claude, model_id):
    wrong = openai.OpenAI(base_url=hearth_server.base_url, api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.models.list()
    with pytest.raises(openai.NotFoundError, match="does not exist"):
        oai.chat.completions.create(model="no-such-model", messages=HELLO, max_tokens=4)
    with pytest.raises(openai.BadRequestError, match="n = 1"):
        oai.chat.completions.create(model=model_id, messages=HELLO, max_tokens=4, n=2)
    with pytest.raises(openai.BadRequestError, match="image|text"):
        oai.chat.completions.create(
            model=model_id,
            max_tokens=4,
            messages=[
                {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}
            ],
        )
    with pytest.raises(anthropic.AuthenticationError):
        anthropic.Anthropic(base_url=hearth_server.base, api_key="wrong", max_retries=0).messages.create(
            model=model_id, max_tokens=4, messages=HELLO
        )
    with pytest.raises(anthropic.BadRequestError, match="last message"):
        claude.messages.create(model=model_id, max_tokens=4, messages=[{"role": "assistant", "content": "Hi"}])


def test_two_concurrent_clients_both_get_complete_answers(oai, model_id):
    results: dict[int, tuple[str, str | None]] = {}

    def ask(index: int) -> None:
        stream = oai.chat.completions.create(model=model_id, messages=HELLO, max_tokens=16, temperature=0, stream=True)
        pieces, finish = [], None
        for chunk in stream:
            pieces.append(chunk.choices[0].delta.content or "")
            finish = chunk.choices[0].finish_reason or finish
        results[index] = ("".join(pieces), finish)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(HANG_GUARD_S)
    assert set(results) == {0, 1}
    assert results[0] == results[1]  # temperature 0, queued one after the other: the same full answer
    assert results[0][0].strip() and results[0][1] in ("stop", "length")


def test_a_client_that_hangs_up_frees_the_engine(hearth_server, oai, model_id):
    long_request = {
        "model": model_id,
        "max_tokens": 3000,
        "temperature": 0.8,
        "seed": 5,
        "stream": True,
        "messages": [{"role": "user", "content": "Count from 1 to 2000, one number per line."}],
    }
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with (
        httpx.Client(timeout=HANG_GUARD_S) as client,
        client.stream(
            "POST", f"{hearth_server.base_url}/chat/completions", json=long_request, headers=headers
        ) as response,
    ):
        assert response.status_code == 200
        lines = 0
        for line in response.iter_lines():
            lines += line.startswith("data:")
            if lines >= 5:
                break  # hang up mid-stream
    started = time.monotonic()
    stream = oai.chat.completions.create(model=model_id, messages=HELLO, max_tokens=4, stream=True)
    first = next(iter(stream))
    waited = time.monotonic() - started
    list(stream)
    assert first.choices[0].delta.role == "assistant"
    # The abandoned reply would need minutes for 3,000 tokens here; a freed engine answers in seconds.
    assert waited < 30, f"the next request waited {waited:.1f} s: the abandoned generation kept running"
