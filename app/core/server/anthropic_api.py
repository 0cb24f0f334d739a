"""Anthropic's wire format: ``POST /v1/messages``, streaming and not.

``system`` (a string or text blocks) goes to the engine as the system prompt, which Gemma's
template folds into the first user turn, as the window does. Streams send ``message_start``,
``content_block_start``, ``content_block_delta``..., ``content_block_stop``, ``message_delta``
(stop reason and output tokens) and ``message_stop``."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import replace

from starlette.requests import Request
from starlette.responses import JSONResponse

from .errors import ApiError
from .service import ChatCall, ModelService, Outcome, merge_turns
from .wire import read_json, sse, start_stream, text_of

_STOP_REASONS = {"stop": "end_turn", "length": "max_tokens", "stop_sequence": "stop_sequence"}


def _call(service: ModelService, data: dict) -> tuple[ChatCall, bool]:
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages: must be a non-empty list")
    turns = []
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            raise ApiError(400, f"messages.{index}: role must be 'user' or 'assistant'")
        turns.append((message["role"], text_of(message.get("content", ""), f"messages.{index}")))
    max_tokens = data.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise ApiError(400, "max_tokens: a whole number of at least 1 is required")
    stops = data.get("stop_sequences") or []
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
        raise ApiError(400, "stop_sequences: must be a list of strings")
    system = data.get("system")
    system_text = text_of(system, "system") if system is not None else None
    sampling = service.sampling(
        max_tokens=max_tokens, temperature=data.get("temperature"), top_p=data.get("top_p"), top_k=data.get("top_k")
    )
    return ChatCall(merge_turns(turns), system_text or None, sampling, tuple(stops)), bool(data.get("stream"))


def _message(message_id: str, model: str, content: list, stop_reason, stop_sequence, outcome: Outcome) -> dict:
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {"input_tokens": outcome.prompt_tokens, "output_tokens": outcome.completion_tokens},
    }


async def messages(request: Request, service: ModelService):
    data = await read_json(request)
    call, stream = _call(service, data)
    model = await service.use_model(data.get("model"))
    request.state.model = model
    call = replace(call, model=model, keep=True)
    message_id = f"msg_{uuid.uuid4().hex}"
    outcome = Outcome()

    def record() -> None:
        request.state.prompt_tokens = outcome.prompt_tokens
        request.state.completion_tokens = outcome.completion_tokens

    if not stream:
        text, outcome = await service.complete(call)
        record()
        return JSONResponse(
            _message(
                message_id,
                model,
                [{"type": "text", "text": text}],
                _STOP_REASONS[outcome.finish_reason],
                outcome.stop_sequence,
                outcome,
            )
        )

    async def render(rest: AsyncIterator[str], first: str) -> AsyncIterator[bytes]:
        yield sse(
            {"type": "message_start", "message": _message(message_id, model, [], None, None, outcome)}, "message_start"
        )
        yield sse(
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            "content_block_start",
        )
        if first:
            yield sse(
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": first}},
                "content_block_delta",
            )
        async for piece in rest:
            yield sse(
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}},
                "content_block_delta",
            )
        record()
        yield sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
        yield sse(
            {
                "type": "message_delta",
                "delta": {"stop_reason": _STOP_REASONS[outcome.finish_reason], "stop_sequence": outcome.stop_sequence},
                "usage": {"output_tokens": outcome.completion_tokens},
            },
            "message_delta",
        )
        yield sse({"type": "message_stop"}, "message_stop")

    return await start_stream(request.url.path, service.stream(call, outcome), render)
