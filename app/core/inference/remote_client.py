"""HTTP to a remote model server: the ``openai`` client for its OpenAI-compatible API, the model
list, and plain JSON requests to the server's own routes beside ``/v1`` (llama-server's
``/props``, Ollama's ``/api/show`` and ``/api/ps``).

Every request verifies TLS against the operating system's trust store
(``ssl.create_default_context``), follows no redirects (a key must not travel to another host)
and has separate connect and read timeouts. The API key goes only to the endpoint it belongs to
and is never logged.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Sequence
from typing import Any

from ..models.remotes import RemoteEndpoint
from .engine import EngineError
from .remote_errors import explain

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
# Longest silence allowed between two pieces of a reply (and before the first: a long prompt on a
# busy server takes a while), after which the reply is given up as stalled.
BETWEEN_TOKENS_TIMEOUT_S = 120.0
# A server's description of one model is a few kB (Ollama's includes the licence text); anything
# far larger is not what we asked for and is not parsed.
NATIVE_REPLY_LIMIT_BYTES = 4 * 1024 * 1024


def make_client(
    endpoint: RemoteEndpoint,
    api_key: str | None,
    *,
    connect_timeout: float = CONNECT_TIMEOUT_S,
    read_timeout: float = BETWEEN_TOKENS_TIMEOUT_S,
):
    """An ``openai`` client for this endpoint: no automatic retries (the user hears about a 429
    at once), the system's trust store, separate connect and between-token timeouts."""
    import httpx2
    import openai

    timeout = httpx2.Timeout(read_timeout, connect=connect_timeout)
    http = httpx2.Client(verify=ssl.create_default_context(), timeout=timeout, follow_redirects=False)
    # Servers without authentication ignore the header; the client insists on some value.
    return openai.OpenAI(
        base_url=endpoint.url, api_key=api_key or "no-key", max_retries=0, timeout=timeout, http_client=http
    )


def list_models(
    endpoint: RemoteEndpoint, api_key: str | None, *, connect_timeout: float = CONNECT_TIMEOUT_S
) -> list[dict[str, Any]]:
    """The models the server offers (``/v1/models`` entries as dicts), or EngineError saying why not."""
    client = make_client(endpoint, api_key, connect_timeout=connect_timeout, read_timeout=max(connect_timeout, 15))
    try:
        return [model.model_dump() for model in client.models.list()]
    except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence
        raise explain(exc, endpoint, api_key=api_key) from exc
    finally:
        client.close()


def server_root(endpoint: RemoteEndpoint) -> str:
    """The URL the OpenAI-compatible API hangs under: ``http://host:11434`` for ``…:11434/v1``."""
    return endpoint.url.removesuffix("/v1")


def native_json(
    endpoint: RemoteEndpoint,
    api_key: str | None,
    path: str,
    *,
    body: dict | None = None,
    timeout: float = CONNECT_TIMEOUT_S,
) -> dict | None:
    """GET (or POST ``body`` to) ``path`` beside the API and return its JSON object; None when the
    server has no such route, refuses, or answers anything but a JSON object. These routes are
    optional extras of particular servers, so no failure here is an error."""
    import httpx2

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    url = server_root(endpoint) + path
    try:
        with httpx2.Client(
            verify=ssl.create_default_context(), timeout=httpx2.Timeout(timeout), follow_redirects=False
        ) as http:
            response = (
                http.post(url, json=body, headers=headers) if body is not None else http.get(url, headers=headers)
            )
            if response.status_code != 200 or len(response.content) > NATIVE_REPLY_LIMIT_BYTES:
                return None
            data = response.json()
    except Exception as exc:  # noqa: BLE001 - a server without the route, or not answering it
        log.debug(
            "%s%s not available on %s: %s", "POST " if body is not None else "", path, endpoint.name, type(exc).__name__
        )
        return None
    return data if isinstance(data, dict) else None


def survey(
    endpoints: Sequence[RemoteEndpoint], key_for: Callable[[str], str | None], connect_timeout: float = 5.0
) -> list[tuple[RemoteEndpoint, list[str], str | None]]:
    """(endpoint, model ids, None) or (endpoint, [], why not) for each server: what the window's
    picker and ``hearth remotes list`` show. Slow when a server is down: call it off the GUI thread."""
    found = []
    for endpoint in endpoints:
        try:
            ids = [
                str(m.get("id", ""))
                for m in list_models(endpoint, key_for(endpoint.name), connect_timeout=connect_timeout)
            ]
            found.append((endpoint, ids, None))
        except EngineError as exc:
            found.append((endpoint, [], str(exc)))
    return found
