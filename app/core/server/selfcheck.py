"""One real request through the API server's whole stack, for the self-test (and the frozen build):
no model needed, only starlette, uvicorn and the guard."""

from __future__ import annotations

import secrets
import urllib.request
from pathlib import Path


def serve_one_request(models_dir: Path) -> tuple[int, bytes]:
    """Start the server on a free loopback port, GET /v1/models with a fresh key, stop it."""
    from ..base.settings import Settings
    from ..inference.owner import EngineOwner
    from ..models.library import ModelLibrary
    from .app import build_app
    from .runner import BackgroundServer, bind
    from .service import ModelService

    key = secrets.token_urlsafe(16)
    owner = EngineOwner(lambda: None, name="hearth-selftest-engine")
    service = ModelService(owner, ModelLibrary(models_dir), Settings(), lambda: None)
    server = BackgroundServer(build_app(service, bind_host="127.0.0.1", api_key=lambda: key), bind("127.0.0.1", 0))
    server.start()
    try:
        request = urllib.request.Request(
            f"{server.address.base_url}/models", headers={"Authorization": f"Bearer {key}"}
        )
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 - loopback, our own URL
            return response.status, response.read()
    finally:
        server.stop()
        owner.shutdown(5)
