"""The Starlette application: routes, error shapes, and the guard in front of it all."""

from __future__ import annotations

from collections.abc import Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from . import anthropic_api, embeddings_api, openai_api
from .errors import ApiError
from .guard import MAX_BODY_BYTES, Guard, RequestRecord, allowed_hosts
from .service import ModelService
from .wire import api_error_of, error_response, unless_client_leaves

_REASONS = {404: "there is no such endpoint here", 405: "this endpoint does not accept that method"}


def build_app(
    service: ModelService,
    *,
    bind_host: str,
    api_key: Callable[[], str | None],
    allow_origins: tuple[str, ...] = (),
    max_body: int = MAX_BODY_BYTES,
    on_request: Callable[[RequestRecord], None] | None = None,
) -> Guard:
    """The ASGI application to hand to uvicorn."""

    def endpoint(handler):
        async def run(request: Request):
            try:
                return await unless_client_leaves(request, lambda: handler(request, service))
            except Exception as exc:  # noqa: BLE001 - every failure in the API's own shape
                return error_response(request.url.path, api_error_of(exc))

        return run

    async def models(request: Request):
        return openai_api.list_models(service)

    async def http_error(request: Request, exc: HTTPException):
        error = ApiError(exc.status_code, _REASONS.get(exc.status_code, str(exc.detail)))
        response = error_response(request.url.path, error)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    routes = [
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/chat/completions", endpoint(openai_api.chat_completions), methods=["POST"]),
        Route("/v1/completions", endpoint(openai_api.completions), methods=["POST"]),
        Route("/v1/messages", endpoint(anthropic_api.messages), methods=["POST"]),
        Route("/v1/embeddings", endpoint(embeddings_api.create), methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    return Guard(
        app,
        api_key=api_key,
        hosts=allowed_hosts(bind_host),
        allow_origins=frozenset(allow_origins),
        max_body=max_body,
        on_request=on_request,
    )
