"""One engine for the inference worker that is either the local llama.cpp engine or a remote
server, depending on what was loaded last.

The worker holds a single :class:`~app.core.inference.engine.Engine`. :class:`RoutingEngine` is
that engine: ``load`` with a file path goes to the local engine (created on first use), ``load``
with a :class:`~app.core.models.remotes.RemoteModelRef` connects a
:class:`~app.core.inference.remote.RemoteEngine`. Switching to a remote model unloads the local
one (its KV state is saved as on any unload), so its memory is free while the server works.
Everything else is passed to whichever engine is active.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..models.remotes import RemoteModelRef

log = logging.getLogger(__name__)


class RoutingEngine:
    def __init__(self, local_factory: Callable[[], Any], remote_factory: Callable[[RemoteModelRef], Any]):
        self._local_factory = local_factory
        self._remote_factory = remote_factory  # RemoteModelRef -> RemoteEngine (endpoint and key looked up)
        self._local = None
        self._remote = None
        self._active = None

    @property
    def active(self):
        return self._active

    @property
    def is_remote(self) -> bool:
        return self._active is not None and self._active is self._remote

    def load(self, path: Path | RemoteModelRef, options, model_sha256: str = ""):
        if isinstance(path, RemoteModelRef):
            remote = self._remote_factory(path)
            report = remote.load(path, options)  # a failure leaves the current engine as it was
            self._unload_local()
            if self._remote is not None and self._remote is not remote:
                self._remote.unload()
            self._remote = self._active = remote
            return report
        if self._remote is not None:
            self._remote.unload()
            self._remote = None
        if self._local is None:
            self._local = self._local_factory()
        self._active = self._local
        return self._local.load(path, options, model_sha256=model_sha256)

    def _unload_local(self) -> None:
        if self._local is not None and getattr(self._local, "is_loaded", False):
            self._local.unload()

    def unload(self, *args, **kwargs) -> None:
        for engine in (self._remote, self._local):
            if engine is not None:
                engine.unload(*args, **kwargs)
        self._remote = None
        self._active = self._local

    def forget_conversation(self, conversation_id: str) -> int:
        # Saved KV states belong to the local engine, even while a remote model is in use.
        return self._local.forget_conversation(conversation_id) if self._local is not None else 0

    def _require_active(self):
        if self._active is None:
            from .engine import EngineError

            raise EngineError("no model is loaded")
        return self._active

    def fit(self, *args, **kwargs):
        return self._require_active().fit(*args, **kwargs)

    def generate(self, *args, **kwargs):
        return self._require_active().generate(*args, **kwargs)

    def __getattr__(self, name: str):
        """Anything else (``context_usage``, ``save_conversation_state``, ``report``...) is the
        active engine's."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._require_active(), name)


def remote_source(config_dir: Path) -> Callable[[], tuple[list, Callable[[str], str | None]]]:
    """What the window lists in its picker: the endpoints saved now, and how to find their keys."""
    from ..models.remotes import RemoteKeys, RemoteStore

    def current() -> tuple[list, Callable[[str], str | None]]:
        try:
            endpoints = RemoteStore(config_dir).endpoints()
        except Exception as exc:  # noqa: BLE001 - a broken remotes.json must not break the picker
            log.warning("could not read the remote servers: %s", exc)
            endpoints = []
        return endpoints, RemoteKeys().get

    return current


def routing_engine(local_factory: Callable[[], Any], config_dir: Path) -> RoutingEngine:
    """The window's engine: local models through ``local_factory``, remote ones looked up by name
    in ``remotes.json`` (and their keys in the keyring) when they are chosen."""
    from ..models.remotes import RemoteError, RemoteKeys, RemoteStore
    from .engine import EngineError
    from .remote import RemoteEngine

    def remote_factory(ref: RemoteModelRef) -> RemoteEngine:
        try:
            endpoint = RemoteStore(config_dir).get(ref.remote)
        except RemoteError as exc:
            raise EngineError(str(exc)) from None
        return RemoteEngine(endpoint, RemoteKeys().get(endpoint.name))

    return RoutingEngine(local_factory, remote_factory)
