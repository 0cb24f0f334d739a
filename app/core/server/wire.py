"""Shared pieces of the two wire formats: reading the JSON body, mapping engine errors to
HTTP errors, starting a stream so that errors before the first token are still real HTTP
errors (after it, they become an error event in the stream), and noticing a client that hangs
up before its response starts (a non-streaming request waiting for its whole reply)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..inference.owner import JobCancelled
from .errors import ApiError, error_body, stream_error_event

log = logging.getLogger(__name__)

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
CLIENT_CLOSED = 499  # nginx's "client closed request": no one reads it, the request log shows it


async def read_json(request: Request) -> dict:
    body = await request.body()
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "the request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return data


def text_of(content, where: str) -> str:
    """A message's content: a string, or a list of text parts (images are not supported)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        pieces = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                pieces.append(part["text"])
            else:
                kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                raise ApiError(400, f"{where}: only text content is supported (got {kind!r})", param="messages")
        return "\n".join(pieces)
    raise ApiError(400, f"{where}: content must be a string or a list of text parts", param="messages")


def api_error_of(exc: Exception) -> ApiError:
    """An engine or prompt failure as an HTTP error, in one sentence."""
    from ..history.store_errors import StorageError
    from ..inference.engine import EngineError
    from ..inference.prompting import ContextOverflowError, PromptError

    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, ContextOverflowError):
        return ApiError(400, str(exc), "context_length_exceeded", "messages")
    if isinstance(exc, PromptError):
        return ApiError(400, str(exc))
    if isinstance(exc, JobCancelled):
        return ApiError(503, "the server is shutting down")
    if isinstance(exc, (EngineError, StorageError)):  # no model, or the history database: its sentence
        return ApiError(503, str(exc))
    log.error("request failed: %s", type(exc).__name__, exc_info=exc)
    return ApiError(500, f"generation failed ({type(exc).__name__})")


def error_response(path: str, error: ApiError) -> JSONResponse:
    return JSONResponse(error_body(path, error.status, error.message, error.code, error.param), error.status)


async def start_stream(
    path: str, pieces: AsyncIterator[str], render: Callable[[AsyncIterator[str], str], AsyncIterator[bytes]]
):
    """Wait for the first piece (errors before it are plain HTTP errors), then stream
    ``render(rest, first)``; an error after that ends the stream with an error event."""
    try:
        first = await anext(pieces, None)
    except Exception as exc:  # noqa: BLE001
        await pieces.aclose()
        return error_response(path, api_error_of(exc))

    async def body() -> AsyncIterator[bytes]:
        try:
            async for chunk in render(pieces, first or ""):
                yield chunk
        except Exception as exc:  # noqa: BLE001 - headers are out: say it in the stream
            error = api_error_of(exc)
            yield stream_error_event(path, error.status, error.message)
        finally:
            await pieces.aclose()  # a client gone: the job is cancelled

    return StreamingResponse(body(), media_type="text/event-stream", headers=SSE_HEADERS)


def sse(data: dict, event: str | None = None) -> bytes:
    text = json.dumps(data, ensure_ascii=False)
    return (f"event: {event}\ndata: {text}\n\n" if event else f"data: {text}\n\n").encode()


async def unless_client_leaves(request: Request, work: Callable[[], Awaitable[Response]]) -> Response:
    """Run an endpoint up to the response it returns while watching the connection: a client that
    hangs up first (a non-streaming request waiting for its whole reply, or anyone waiting in the
    queue) cancels the endpoint, and with it the engine job, which stops within one token or never
    starts. Once a response exists the watch ends: a stream watches its own connection."""
    await request.body()  # read (and kept by Starlette) before the watch takes over receive()
    task = asyncio.ensure_future(work())
    watcher = asyncio.ensure_future(_hang_up(request))
    try:
        await asyncio.wait((task, watcher), return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:  # the server is stopping
        task.cancel()
        watcher.cancel()
        raise
    if task.done():
        watcher.cancel()
        return task.result()
    if watcher.exception() is not None:  # the watch failed, not the client: let the endpoint finish
        log.debug("watching the connection failed", exc_info=watcher.exception())
        return await task
    task.cancel()
    with contextlib.suppress(BaseException):  # its finally blocks cancel the job; its error is moot
        await task
    log.info("%s %s: the client hung up before the response; its job was cancelled", request.method, request.url.path)
    return Response(status_code=CLIENT_CLOSED)


async def _hang_up(request: Request) -> None:
    """Return when the client disconnects (the body was read already: nothing else arrives)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
