"""OpenAI's wire format: ``GET /v1/models``, ``POST /v1/chat/completions`` and ``POST /v1/completions``.

Streams are SSE ``data:`` chunks ending in ``data: [DONE]``; with
``stream_options.include_usage`` a last chunk with empty ``choices`` carries the usage. A
completions prompt is sent to the model as one user turn (Hearth runs chat models)."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse

from .errors import ApiError
from .service import ChatCall, ModelService, Outcome, merge_turns
from .wire import read_json, sse, start_stream, text_of

OWNER = "hearth"


def list_models(service: ModelService) -> JSONResponse:
    created = int(time.time())
    return JSONResponse(
        {
            "object": "list",
            "data": [_model_entry(service, name, created) for name in service.model_names()],
        }
    )


def _model_entry(service: ModelService, name: str, created: int) -> dict:
    entry = {"id": name, "object": "model", "created": created, "owned_by": OWNER}
    context = service.running_context(name)
    if context:
        entry["context_length"] = context  # the key LM Studio and remote_context read
    return entry


def _common(service: ModelService, data: dict) -> tuple:
    if data.get("n", 1) != 1:
        raise ApiError(400, "only n = 1 is supported", param="n")
    stop = data.get("stop")
    stops = (stop,) if isinstance(stop, str) else stop or ()
    if not isinstance(stops, (list, tuple)) or not all(isinstance(s, str) for s in stops) or len(stops) > 4:
        raise ApiError(400, "stop must be a string or a list of up to 4 strings", param="stop")
    max_tokens = data.get("max_completion_tokens", data.get("max_tokens"))
    sampling = service.sampling(
        max_tokens=max_tokens, temperature=data.get("temperature"), top_p=data.get("top_p"), seed=data.get("seed")
    )
    options = data.get("stream_options") or {}
    include_usage = bool(isinstance(options, dict) and options.get("include_usage"))
    return sampling, tuple(stops), bool(data.get("stream")), include_usage


def _chat_turns(data: dict) -> tuple[tuple, str | None]:
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages must be a non-empty list", param="messages")
    system, turns = [], []
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise ApiError(400, f"messages[{index}] must be an object", param="messages")
        role = message.get("role")
        text = text_of(message.get("content", ""), f"messages[{index}]")
        if role in ("system", "developer"):
            system.append(text)
        elif role in ("user", "assistant"):
            turns.append((role, text))
        else:
            raise ApiError(400, f"messages[{index}]: role {role!r} is not supported", param="messages")
    return merge_turns(turns), "\n\n".join(system) or None


def _usage(outcome: Outcome) -> dict:
    return {
        "prompt_tokens": outcome.prompt_tokens,
        "completion_tokens": outcome.completion_tokens,
        "total_tokens": outcome.prompt_tokens + outcome.completion_tokens,
    }


@dataclass(frozen=True)
class _Reply:
    """What every object of one reply repeats: its id, when it was created, the model."""

    id: str
    created: int
    model: str

    def body(self, kind: str, **fields) -> dict:
        return {"id": self.id, "object": kind, "created": self.created, "model": self.model, **fields}


def _finish(outcome: Outcome) -> str:
    return "length" if outcome.finish_reason == "length" else "stop"


def _record(request: Request, model: str, outcome: Outcome) -> None:
    request.state.model = model
    request.state.prompt_tokens = outcome.prompt_tokens
    request.state.completion_tokens = outcome.completion_tokens


async def chat_completions(request: Request, service: ModelService):
    data = await read_json(request)
    sampling, stops, stream, include_usage = _common(service, data)
    history, system = _chat_turns(data)
    model = await service.use_model(data.get("model"))
    request.state.model = model
    call = ChatCall(history, system, sampling, stops, model=model, keep=True)
    reply = _Reply(f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), model)
    outcome = Outcome()
    if not stream:
        text, outcome = await service.complete(call)
        _record(request, model, outcome)
        return JSONResponse(
            reply.body(
                "chat.completion",
                choices=[
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": _finish(outcome),
                        "logprobs": None,
                    }
                ],
                usage=_usage(outcome),
            )
        )

    def chunk(delta: dict, finish: str | None = None) -> bytes:
        return sse(
            reply.body(
                "chat.completion.chunk",
                choices=[{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
            )
        )

    async def render(rest: AsyncIterator[str], first: str) -> AsyncIterator[bytes]:
        yield chunk({"role": "assistant", "content": ""})
        if first:
            yield chunk({"content": first})
        async for piece in rest:
            yield chunk({"content": piece})
        _record(request, model, outcome)
        yield chunk({}, _finish(outcome))
        if include_usage:
            yield sse(
                reply.body(
                    "chat.completion.chunk",
                    choices=[],
                    usage=_usage(outcome),
                )
            )
        yield b"data: [DONE]\n\n"

    return await start_stream(request.url.path, service.stream(call, outcome), render)


async def completions(request: Request, service: ModelService):
    data = await read_json(request)
    sampling, stops, stream, include_usage = _common(service, data)
    prompt = data.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str) or not prompt:
        raise ApiError(400, "prompt must be a non-empty string", param="prompt")
    model = await service.use_model(data.get("model"))
    request.state.model = model
    call = ChatCall(merge_turns([("user", prompt)]), None, sampling, stops, model=model)
    reply = _Reply(f"cmpl-{uuid.uuid4().hex}", int(time.time()), model)
    outcome = Outcome()
    if not stream:
        text, outcome = await service.complete(call)
        _record(request, model, outcome)
        return JSONResponse(
            reply.body(
                "text_completion",
                choices=[{"index": 0, "text": text, "finish_reason": _finish(outcome), "logprobs": None}],
                usage=_usage(outcome),
            )
        )

    def chunk(text: str, finish: str | None = None) -> bytes:
        return sse(
            reply.body(
                "text_completion",
                choices=[{"index": 0, "text": text, "finish_reason": finish, "logprobs": None}],
            )
        )

    async def render(rest: AsyncIterator[str], first: str) -> AsyncIterator[bytes]:
        if first:
            yield chunk(first)
        async for piece in rest:
            yield chunk(piece)
        _record(request, model, outcome)
        yield chunk("", _finish(outcome))
        if include_usage:
            yield sse(
                reply.body(
                    "text_completion",
                    choices=[],
                    usage=_usage(outcome),
                )
            )
        yield b"data: [DONE]\n\n"

    return await start_stream(request.url.path, service.stream(call, outcome), render)
