"""A real HTTP server on 127.0.0.1 speaking the Hugging Face hub endpoints huggingface_hub calls.

Endpoints: ``GET /api/models`` (search), ``GET /api/models/{repo}[/revision/{rev}]`` (info),
``GET /api/models/{repo}/tree/{rev}`` (files with size and LFS sha256), and ``HEAD``/``GET
/{repo}/resolve/{rev}/{path}`` with ``X-Repo-Commit``, ``ETag``, ``Content-Length``, ``206`` +
``Content-Range`` for ``Range`` requests and ``X-Error-Code`` on errors (no ``X-Xet-*`` headers,
so clients stay on plain HTTP). Optionally LFS files redirect to a second "CDN" server on another
port, as the real hub does, so tests can check the token never leaves the hub.

Fault injection, per file: cut the connection after N body bytes, answer a status (503...) with
an optional ``Retry-After``, stay silent before the body (a stalled server), trickle one byte at a
time, redirect anywhere (``file://``, ``ftp://``), send the body with no ``Content-Length`` and
extra bytes after it, throttle the rate, advertise a wrong sha256, gate the repo behind a token
(401 without one, 403 with a wrong one).

Also here: a GGUF writer for small generated models, and an in-memory keyring backend.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

import keyring
import keyring.backend
import keyring.errors
import pytest

_CHUNK = 64 * 1024


# ------------------------------------------------------------------ GGUF files
def gguf_bytes(
    architecture: str = "gemma3",
    name: str = "Test Gemma",
    tensor_elements: int = 8,
    padding: int = 0,
    seed: int = 0,
    file_type: int = 15,
    context_length: int = 2048,
) -> bytes:
    """A small valid GGUF v3: a header with real metadata, one F32 tensor (none with
    ``tensor_elements=0``: not a usable model), then padding."""

    def string(text: str) -> bytes:
        raw = text.encode()
        return struct.pack("<Q", len(raw)) + raw

    kvs = [
        ("general.architecture", 8, string(architecture)),
        ("general.name", 8, string(name)),
        ("general.file_type", 4, struct.pack("<I", file_type)),
        (f"{architecture}.context_length", 4, struct.pack("<I", context_length)),
        (f"{architecture}.block_count", 4, struct.pack("<I", 2)),
        (f"{architecture}.attention.head_count", 4, struct.pack("<I", 2)),
        (f"{architecture}.attention.head_count_kv", 4, struct.pack("<I", 1)),
        (f"{architecture}.attention.key_length", 4, struct.pack("<I", 64)),
        (f"{architecture}.attention.value_length", 4, struct.pack("<I", 64)),
    ]
    tensors = 1 if tensor_elements else 0
    out = bytearray(b"GGUF" + struct.pack("<IQQ", 3, tensors, len(kvs)))
    for key, kind, value in kvs:
        out += string(key) + struct.pack("<I", kind) + value
    if tensors:
        out += string("token_embd.weight") + struct.pack("<IQIQ", 1, tensor_elements, 0, 0)
    out += b"\0" * (-len(out) % 32)  # data section is aligned to 32 bytes
    if tensors:
        out += _pseudo_random(tensor_elements * 4, seed)
    out += _pseudo_random(padding, seed + 1)
    return bytes(out)


def _pseudo_random(size: int, seed: int) -> bytes:
    """Incompressible-looking bytes, fast and reproducible."""
    block = hashlib.sha256(f"seed{seed}".encode()).digest() * 2048  # 64 KiB
    whole, rest = divmod(size, len(block))
    return block * whole + block[:rest]


def write_gguf(path: Path, **kwargs) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gguf_bytes(**kwargs))
    return path


def sha256_hex(data: bytes | Path) -> str:
    if isinstance(data, Path):
        digest = hashlib.sha256()
        with data.open("rb") as handle:
            while block := handle.read(4 * 1024 * 1024):
                digest.update(block)
        return digest.hexdigest()
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------- the hub
@dataclass
class Fault:
    """One injected misbehaviour for the next GET of a file (consumed in order)."""

    drop_after: int | None = None  # send this many body bytes, then cut the connection
    status: int | None = None  # answer this status with an empty body instead
    retry_after: str | None = None  # the Retry-After header sent with ``status``
    stall: float = 0.0  # seconds of silence after the headers, before the body
    trickle: float = 0.0  # send the body one byte at a time, this many seconds apart
    redirect: str | None = None  # answer 302 with this Location instead of the bytes
    no_length: bool = False  # no Content-Length: the body ends when the connection closes
    extra: int = 0  # garbage bytes sent after the real content (with no_length)


@dataclass
class FakeFile:
    content: bytes | Path
    sha256: str  # the real one
    advertised_sha256: str  # what the tree and ETag claim (differs for the wrong-sha fault)

    @property
    def size(self) -> int:
        return self.content.stat().st_size if isinstance(self.content, Path) else len(self.content)

    def read(self, start: int, end: int):
        """Yield the bytes [start, end) in chunks."""
        if isinstance(self.content, Path):
            with self.content.open("rb") as handle:
                handle.seek(start)
                left = end - start
                while left > 0:
                    block = handle.read(min(_CHUNK, left))
                    if not block:
                        return
                    left -= len(block)
                    yield block
        else:
            for offset in range(start, end, _CHUNK):
                yield self.content[offset : min(end, offset + _CHUNK)]


@dataclass
class FakeRepo:
    repo_id: str
    files: dict[str, FakeFile]
    gated: bool = False
    commit: str = ""


@dataclass
class Seen:
    """A request the server received (headers lower-cased)."""

    server: str  # "hub" or "cdn"
    method: str
    path: str
    headers: dict[str, str]

    @property
    def range(self) -> str | None:
        return self.headers.get("range")


class FakeHub:
    """Start with :meth:`start`; ``endpoint`` is the base URL to give HubClient / HF_ENDPOINT."""

    def __init__(self, cdn: bool = False):
        self.repos: dict[str, FakeRepo] = {}
        self.tokens: set[str] = set()  # tokens that may read gated repos
        self.faults: dict[str, list[Fault]] = {}
        self.throttle: dict[str, int] = {}  # path -> bytes per second
        self.seen: list[Seen] = []
        self.use_cdn = cdn
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self.endpoint = ""
        self.cdn_endpoint = ""

    # -- setup
    def add_repo(
        self, repo_id: str, files: dict[str, bytes | Path], gated: bool = False, wrong_sha: tuple[str, ...] = ()
    ) -> FakeRepo:
        entries = {}
        for path, content in files.items():
            real = sha256_hex(content)
            advertised = hashlib.sha256(b"not the content" + real.encode()).hexdigest() if path in wrong_sha else real
            entries[path] = FakeFile(content, real, advertised)
        commit = hashlib.sha1(repo_id.encode()).hexdigest()
        repo = FakeRepo(repo_id, entries, gated, commit)
        self.repos[repo_id] = repo
        return repo

    def inject(self, path: str, *faults: Fault) -> None:
        with self._lock:
            self.faults.setdefault(path, []).extend(faults)

    def next_fault(self, path: str) -> Fault | None:
        with self._lock:
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def file_gets(self, path: str, server: str | None = None) -> list[Seen]:
        """Every GET that asked for ``path``'s bytes (on the hub, or on the CDN by its blob)."""
        with self._lock:
            seen = list(self.seen)
        blobs = {f"/blobs/{f.sha256}" for r in self.repos.values() for p, f in r.files.items() if p == path}
        return [
            s
            for s in seen
            if s.method == "GET"
            and (server is None or s.server == server)
            and (s.path.endswith("/" + quote(path)) or s.path.endswith("/" + path) or s.path in blobs)
        ]

    # -- lifecycle
    def start(self) -> FakeHub:
        hub_server = self._serve("hub")
        self.endpoint = f"http://127.0.0.1:{hub_server.server_address[1]}"
        if self.use_cdn:
            cdn_server = self._serve("cdn")
            self.cdn_endpoint = f"http://127.0.0.1:{cdn_server.server_address[1]}"
        return self

    def _serve(self, role: str) -> ThreadingHTTPServer:
        handler = type(f"{role.title()}Handler", (_Handler,), {"hub": self, "role": role})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.05,), name=f"fake-{role}", daemon=True).start()
        self._servers.append(server)
        return server

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def find_blob(self, sha: str) -> FakeFile | None:
        for repo in self.repos.values():
            for item in repo.files.values():
                if item.sha256 == sha:
                    return item
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub: FakeHub
    role: str

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    # -- routing
    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        self.hub.record(Seen(self.role, method, url.path, {k.lower(): v for k, v in self.headers.items()}))
        if self.role == "cdn":
            return self._cdn(method, path)
        parts = path.strip("/").split("/")
        if parts[:2] == ["api", "models"]:
            return self._api(parts[2:], parse_qs(url.query))
        if len(parts) >= 5 and parts[2] == "resolve":
            return self._resolve(method, "/".join(parts[:2]), parts[3], "/".join(parts[4:]))
        self._error(404, "RepoNotFound", "no such endpoint")

    def _api(self, rest: list[str], query: dict[str, list[str]]) -> None:
        if not rest:
            return self._search(query)
        repo = self.hub.repos.get("/".join(rest[:2]))
        if repo is None:
            return self._error(404, "RepoNotFound", "Repository not found")
        if len(rest) == 2 or (len(rest) == 4 and rest[2] == "revision"):
            return self._json(self._info(repo))
        if len(rest) >= 4 and rest[2] == "tree":
            if rest[3] not in ("main", repo.commit):
                return self._error(404, "RevisionNotFound", "Invalid rev id")
            return self._json(self._tree(repo))
        self._error(404, "EntryNotFound", "no such endpoint")

    def _search(self, query: dict[str, list[str]]) -> None:
        words = (query.get("search") or [""])[0].lower()
        found = [
            {
                "id": r.repo_id,
                "downloads": 10 * len(r.files),
                "likes": 1,
                "gated": "manual" if r.gated else False,
                "lastModified": "2025-06-01T00:00:00.000Z",
                "tags": ["gguf"],
            }
            for r in self.hub.repos.values()
            if words in r.repo_id.lower()
        ]
        limit = int((query.get("limit") or ["1000"])[0])
        self._json(found[:limit])

    @staticmethod
    def _info(repo: FakeRepo) -> dict:
        return {
            "id": repo.repo_id,
            "sha": repo.commit,
            "gated": "manual" if repo.gated else False,
            "private": False,
            "tags": ["gguf"],
            "downloads": 0,
            "likes": 0,
            "siblings": [{"rfilename": p} for p in repo.files],
        }

    @staticmethod
    def _tree(repo: FakeRepo) -> list[dict]:
        entries, folders = [], set()
        for path, item in repo.files.items():
            parent = path.rsplit("/", 1)[0] if "/" in path else ""
            if parent and not parent.startswith(".."):
                folders.add(parent)
            blob = hashlib.sha1(b"version https://git-lfs.github.com/spec/v1\n" + item.advertised_sha256.encode())
            entries.append(
                {
                    "type": "file",
                    "path": path,
                    "size": item.size,
                    "oid": blob.hexdigest(),
                    "lfs": {"oid": item.advertised_sha256, "size": item.size, "pointerSize": 134},
                }
            )
        entries += [{"type": "directory", "path": d, "oid": hashlib.sha1(d.encode()).hexdigest()} for d in folders]
        return entries

    # -- files
    def _resolve(self, method: str, repo_id: str, revision: str, file_path: str) -> None:
        repo = self.hub.repos.get(repo_id)
        if repo is None:
            return self._error(404, "RepoNotFound", "Repository not found")
        if revision not in ("main", repo.commit):
            return self._error(404, "RevisionNotFound", "Invalid rev id")
        item = repo.files.get(file_path)
        if item is None:
            return self._error(404, "EntryNotFound", "Entry not found")
        if repo.gated:
            token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            if not token:
                return self._error(
                    401,
                    "GatedRepo",
                    f"Access to model {repo_id} is restricted. You must have "
                    "access to it and be authenticated to access it.",
                )
            if token not in self.hub.tokens:
                return self._error(
                    403, "GatedRepo", f"Access to model {repo_id} is restricted and you are not in the authorized list."
                )
        common = {"X-Repo-Commit": repo.commit, "ETag": f'"{item.advertised_sha256}"', "Accept-Ranges": "bytes"}
        if self.hub.use_cdn:
            location = f"{self.hub.cdn_endpoint}/blobs/{item.sha256}?signature=fake"
            headers = dict(
                common,
                Location=location,
                **{"X-Linked-Size": str(item.size), "X-Linked-Etag": f'"{item.advertised_sha256}"'},
            )
            return self._send(302, headers, b"")
        if method == "HEAD":
            return self._send(200, dict(common, **{"Content-Length": str(item.size)}), None)
        self._serve_bytes(item, file_path, common)

    def _cdn(self, method: str, path: str) -> None:
        item = self.hub.find_blob(path.rsplit("/", 1)[-1]) if path.startswith("/blobs/") else None
        if item is None:
            return self._send(404, {}, b"not found")
        if method == "HEAD":
            return self._send(200, {"Content-Length": str(item.size), "Accept-Ranges": "bytes"}, None)
        path_in_repo = next(p for r in self.hub.repos.values() for p, f in r.files.items() if f is item)
        self._serve_bytes(item, path_in_repo, {"Accept-Ranges": "bytes"})

    def _serve_bytes(self, item: FakeFile, path: str, headers: dict[str, str]) -> None:
        fault = self.hub.next_fault(path)
        if fault and fault.status:
            extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return self._send(fault.status, extra, b"injected failure")
        if fault and fault.redirect:
            return self._send(302, {"Location": fault.redirect}, b"")
        start, end, status = 0, item.size, 200
        wanted = self.headers.get("Range")
        if wanted and wanted.startswith("bytes="):
            first, _, last = wanted[6:].partition("-")
            start = int(first or 0)
            end = int(last) + 1 if last else item.size
            if start >= item.size:
                return self._send(416, {"Content-Range": f"bytes */{item.size}"}, b"")
            status = 206
            headers = dict(headers, **{"Content-Range": f"bytes {start}-{end - 1}/{item.size}"})
        self.send_response(status)
        if fault and fault.no_length:
            self.close_connection = True  # the body ends when the connection does
        else:
            headers = dict(headers, **{"Content-Length": str(end - start)})
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.flush()
        if fault and fault.stall:
            time.sleep(fault.stall)
        if fault and fault.trickle:
            return self._trickle(item, start, end, fault.trickle)
        sent, rate = 0, self.hub.throttle.get(path)
        try:
            if fault and fault.extra:
                for block in item.read(start, end):
                    self.wfile.write(block)
                self.wfile.write(_pseudo_random(fault.extra, 99))
                return
            for block in item.read(start, end):
                if fault and fault.drop_after is not None and sent + len(block) > fault.drop_after:
                    self.wfile.write(block[: max(0, fault.drop_after - sent)])
                    self.wfile.flush()
                    self._cut()
                    return
                self.wfile.write(block)
                sent += len(block)
                if rate:
                    self.wfile.flush()
                    time.sleep(len(block) / rate)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _trickle(self, item: FakeFile, start: int, end: int, interval: float) -> None:
        """One byte at a time until the client gives up (or the file ends, which takes for ever)."""
        try:
            for block in item.read(start, end):
                for offset in range(len(block)):
                    self.wfile.write(block[offset : offset + 1])
                    self.wfile.flush()
                    time.sleep(interval)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True

    def _cut(self) -> None:
        """Drop the connection mid-body, like a network failure."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # -- replies
    def _json(self, payload) -> None:
        self._send(200, {"Content-Type": "application/json"}, json.dumps(payload).encode())

    def _error(self, status: int, code: str, message: str) -> None:
        body = json.dumps({"error": message}).encode()
        self._send(status, {"Content-Type": "application/json", "X-Error-Code": code, "X-Error-Message": message}, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes | None) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)


# -------------------------------------------------------------------- keyring
class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps passwords in a dict. Never chosen automatically (its priority says it is not viable)."""

    @keyring.backend.properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("MemoryKeyring is for explicit use in tests only")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


class FileKeyring(keyring.backend.KeyringBackend):
    """An "OS keyring" in a JSON file outside HEARTH_HOME, for tests that run ``hearth`` as a
    subprocess (``PYTHON_KEYRING_BACKEND=tests.fakes_hub.FileKeyring``). Viable only where
    ``HEARTH_TEST_KEYRING_FILE`` is set, so it is never picked automatically anywhere else."""

    @keyring.backend.properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        if not os.environ.get("HEARTH_TEST_KEYRING_FILE"):
            raise RuntimeError("FileKeyring needs HEARTH_TEST_KEYRING_FILE")
        return 1.0

    @property
    def _path(self) -> Path:
        return Path(os.environ["HEARTH_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")
        self._path.write_text(json.dumps(data))


# -------------------------------------------------------------------- fixtures
@pytest.fixture
def fake_hub():
    hub = FakeHub().start()
    yield hub
    hub.stop()


@pytest.fixture
def fake_hub_cdn():
    hub = FakeHub(cdn=True).start()
    yield hub
    hub.stop()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class HubFiles:
    """Small generated GGUFs for tests where the bytes do not matter."""

    small: bytes = field(default_factory=lambda: gguf_bytes(name="Small Q4", padding=300_000, seed=1))
    medium: bytes = field(default_factory=lambda: gguf_bytes(name="Medium Q8", file_type=7, padding=2_000_000, seed=2))
