"""Errors in each API's own shape, so the official clients raise their own readable exceptions.

OpenAI: ``{"error": {"message", "type", "param", "code"}}``; Anthropic: ``{"type": "error",
"error": {"type", "message"}}``. Which one a request gets depends on its path."""

from __future__ import annotations

import json

ANTHROPIC_PREFIX = "/v1/messages"

_OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "invalid_api_key",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "request_too_large",
    500: "server_error",
    503: "service_unavailable",
}
_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "invalid_request_error",
    413: "request_too_large",
    500: "api_error",
    503: "overloaded_error",
}


class ApiError(Exception):
    """A request the server refuses, with the HTTP status and one sentence."""

    def __init__(self, status: int, message: str, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.param = status, message, code, param


def is_anthropic(path: str) -> bool:
    return path == ANTHROPIC_PREFIX or path.startswith(ANTHROPIC_PREFIX + "/")


def error_body(path: str, status: int, message: str, code: str | None = None, param: str | None = None) -> dict:
    if is_anthropic(path):
        return {"type": "error", "error": {"type": _ANTHROPIC_TYPES.get(status, "api_error"), "message": message}}
    kind = _OPENAI_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": message, "type": kind, "param": param, "code": code or kind}}


def error_bytes(path: str, status: int, message: str, code: str | None = None) -> bytes:
    return json.dumps(error_body(path, status, message, code)).encode()


def stream_error_event(path: str, status: int, message: str) -> bytes:
    """An error after the stream has started (the status line is already sent)."""
    body = json.dumps(error_body(path, status, message))
    if is_anthropic(path):
        return f"event: error\ndata: {body}\n\n".encode()
    return f"data: {body}\n\n".encode()
