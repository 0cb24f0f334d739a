"""Remote model servers the user added: OpenAI-compatible endpoints (vLLM, llama.cpp's
``llama-server``, Ollama, LM Studio, another Hearth).

Endpoints live in their own small file, ``remotes.json`` in the config folder, next to
``settings.json`` (name, URL, optional context length); their API keys live only in the OS keyring
(service "Hearth", user ``remote:NAME``), or in this process's memory when there is no keyring,
exactly like the Hugging Face token. A key is never written to that file, the settings, the
database, logs or exports.

A conversation that chats with a remote model stores it in ``conversation.model`` as
``remote:NAME/MODEL_ID`` (:class:`RemoteModelRef`), so continuing the chat reconnects to the same
endpoint and model. Endpoint names cannot hold ``/``; model ids may (``google/gemma-3-27b-it``).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..base.fileutil import atomic_write_text

log = logging.getLogger(__name__)

REMOTES_FILE = "remotes.json"
REF_PREFIX = "remote:"
KEYRING_SERVICE = "Hearth"
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
# An endpoint's context setting: 0 (ask the server), else within what any model could use.
MIN_CONTEXT, MAX_CONTEXT = 256, 16 * 1024 * 1024


class RemoteError(Exception):
    """A bad endpoint name or URL, or an unknown endpoint: one sentence for the user."""


@dataclass(frozen=True)
class RemoteEndpoint:
    name: str
    url: str  # the API base, ending in /v1 (or whatever prefix the server uses)
    context_length: int = 0  # 0: ask the server; else what the user says the server's context is

    @property
    def host(self) -> str:
        """``host:port`` for status lines and messages."""
        return urlsplit(self.url).netloc.rsplit("@", 1)[-1]

    @property
    def insecure(self) -> bool:
        return insecure_url(self.url)


@dataclass(frozen=True)
class RemoteModelRef:
    """One model on one endpoint: what a conversation stores and the window's picker offers."""

    remote: str
    model_id: str

    @property
    def ref(self) -> str:
        return f"{REF_PREFIX}{self.remote}/{self.model_id}"

    @property
    def name(self) -> str:
        """Shown where a local model shows its file name (the worker's "Loading …")."""
        return f"{self.model_id} on {self.remote}"

    def __str__(self) -> str:
        return self.ref


def parse_model_ref(text: str | None) -> RemoteModelRef | None:
    """``remote:NAME/MODEL_ID`` as a ref; None for anything else (a local model's name)."""
    if not text or not text.startswith(REF_PREFIX):
        return None
    remote, _, model_id = text[len(REF_PREFIX) :].partition("/")
    if not _NAME_RE.match(remote) or not model_id:
        return None
    return RemoteModelRef(remote, model_id)


def check_name(name: str) -> str:
    if not _NAME_RE.match(name or ""):
        raise RemoteError(f"{name!r} is not a usable endpoint name: use up to 40 letters, digits, '.', '_' or '-'")
    return name


def check_context(tokens: int) -> int:
    """An endpoint's context setting: 0 (the server says) or a plausible number of tokens."""
    if tokens != 0 and not MIN_CONTEXT <= tokens <= MAX_CONTEXT:
        raise RemoteError(
            f"{tokens} is not a usable context length: give 0 (ask the server) or {MIN_CONTEXT} to {MAX_CONTEXT} tokens"
        )
    return tokens


def normalize_url(url: str) -> str:
    """The API base for ``url``: http(s) only, a host required, no query or fragment; a bare
    ``http://host:port`` gets ``/v1`` (where vLLM, llama-server, Ollama and LM Studio serve it)."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise RemoteError(f"{url!r} is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"{url!r} is not an http:// or https:// URL with a host (e.g. http://gpu-box:8000/v1)")
    if parts.username or parts.password:
        raise RemoteError("put the API key in the keyring (--api-key-stdin), not in the URL")
    if parts.query or parts.fragment:
        raise RemoteError(f"{url!r} has a query or fragment; give only the server's address and API path")
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def is_loopback(host: str | None) -> bool:
    host = (host or "").strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def insecure_url(url: str) -> bool:
    """Plain http to another machine: prompts, replies and the key cross the network unencrypted."""
    parts = urlsplit(url)
    return parts.scheme == "http" and not is_loopback(parts.hostname)


def insecure_warning(endpoint: RemoteEndpoint) -> str | None:
    if not endpoint.insecure:
        return None
    return (
        f"{endpoint.name} uses plain http:// to {endpoint.host}: your messages, the replies and the API key "
        "travel unencrypted; use https:// (or an SSH tunnel) outside a trusted network"
    )


class RemoteStore:
    """The endpoints in ``remotes.json``; every change is written at once (atomically)."""

    def __init__(self, config_dir: Path):
        self.path = Path(config_dir) / REMOTES_FILE

    def endpoints(self) -> list[RemoteEndpoint]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise RemoteError(f"{self.path} could not be read ({exc}); fix or delete it") from None
        found = []
        for item in data.get("endpoints", []) if isinstance(data, dict) else []:
            try:
                found.append(
                    RemoteEndpoint(
                        check_name(str(item["name"])),
                        normalize_url(str(item["url"])),
                        self._stored_context(item),
                    )
                )
            except (KeyError, TypeError, ValueError, RemoteError):
                log.warning("skipping a malformed entry in %s", self.path.name)
        return found

    def _stored_context(self, item: dict) -> int:
        """A hand-edited context that makes no sense is dropped, not the whole endpoint."""
        try:
            return check_context(int(item.get("context_length") or 0))
        except (TypeError, ValueError, RemoteError):
            log.warning("ignoring an unusable context length in %s", self.path.name)
            return 0

    def get(self, name: str) -> RemoteEndpoint:
        for endpoint in self.endpoints():
            if endpoint.name == name:
                return endpoint
        known = ", ".join(e.name for e in self.endpoints()) or "none yet"
        raise RemoteError(f"no remote server named {name!r} (known: {known}); add it with: hearth remotes add")

    def add(self, name: str, url: str, context_length: int = 0) -> RemoteEndpoint:
        endpoint = RemoteEndpoint(check_name(name), normalize_url(url), check_context(int(context_length)))
        others = [e for e in self.endpoints() if e.name != name]
        self._write([*others, endpoint])
        return endpoint

    def remove(self, name: str) -> bool:
        endpoints = self.endpoints()
        kept = [e for e in endpoints if e.name != name]
        if len(kept) == len(endpoints):
            return False
        self._write(kept)
        return True

    def _write(self, endpoints: list[RemoteEndpoint]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(
            self.path, json.dumps({"version": 1, "endpoints": [asdict(e) for e in endpoints]}, indent=2) + "\n"
        )


class RemoteKeys:
    """API keys per endpoint: the keyring, else this process's memory (said so by :meth:`set`)."""

    _session: dict[str, str] = {}  # shared by every instance in the process, like one keyring

    @staticmethod
    def _user(name: str) -> str:
        return f"{REF_PREFIX}{name}"

    @staticmethod
    def _keyring():
        from ..base.secrets import TokenStore, _keyring

        return _keyring() if TokenStore.keyring_available() else None

    def get(self, name: str) -> str | None:
        if name in self._session:
            return self._session[name]
        keyring = self._keyring()
        if keyring is None:
            return None
        try:
            return keyring.get_password(KEYRING_SERVICE, self._user(name)) or None
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the key of %s from the keyring: %s", name, exc.__class__.__name__)
            return None

    def set(self, name: str, key: str) -> bool:
        """Store the key: True in the keyring, False kept for this session only."""
        key = key.strip()
        if not key:
            raise RemoteError("the API key is empty")
        keyring = self._keyring()
        if keyring is not None:
            try:
                keyring.set_password(KEYRING_SERVICE, self._user(name), key)
                self._session.pop(name, None)
                return True
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "could not store the key of %s in the keyring (%s); keeping it for this session",
                    name,
                    exc.__class__.__name__,
                )
        self._session[name] = key
        return False

    def remember_for_session(self, name: str, key: str) -> None:
        """A key given for one command (``--api-key-stdin`` on chat): used, never stored."""
        if key.strip():
            self._session[name] = key.strip()

    def clear(self, name: str) -> None:
        self._session.pop(name, None)
        keyring = self._keyring()
        if keyring is None:
            return
        try:
            keyring.delete_password(KEYRING_SERVICE, self._user(name))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("could not remove the key of %s from the keyring: %s", name, exc.__class__.__name__)


@dataclass(frozen=True)
class RemotePickerEntry:
    """A row of the window's model picker: a server's name (a header, not selectable) or one of
    its models (``name`` is the ref the conversation stores)."""

    name: str
    display_name: str
    usable: bool
    problem: str = ""  # the tooltip: the server's URL, or why it cannot be reached
    is_header: bool = False


def picker_entries(found: list[tuple[RemoteEndpoint, list[str], str | None]]) -> list[RemotePickerEntry]:
    """Headers and models for ``(endpoint, model ids, error or None)`` per server."""
    entries = []
    for endpoint, ids, error in found:
        state = f" — {error}" if error else ""
        header = f"{endpoint.name} · {endpoint.host}" + (" (not reachable)" if error else "")
        entries.append(RemotePickerEntry(header, header, False, f"{endpoint.url}{state}", is_header=True))
        for model_id in ids:
            ref = RemoteModelRef(endpoint.name, model_id)
            entries.append(RemotePickerEntry(ref.ref, f"    {model_id}", True, endpoint.url))
    return entries
