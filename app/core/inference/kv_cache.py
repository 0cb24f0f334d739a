"""Saved llama.cpp KV states on disk, so reopening a long conversation skips its prefill.

Prefilling a 3,000-token history takes tens of seconds on a laptop CPU; reading back the KV state
llama.cpp computed for it takes a fraction of that. One file per saved state lives in
``AppPaths.kv_cache_dir``::

    b"HEARTHKV" | u32 header length | JSON header | int32 tokens | llama.cpp sequence KV blob

The header names the model (sha256), a fingerprint of every setting that changes the KV layout
(context length, KV types, flash attention, llama.cpp version...), hashes of the exact token prefix
and of the prompt text it spells, and a CRC of the blob. Only the tokens and the KV blob are
stored: never llama-cpp-python's ``save_state()`` logits array (hundreds of MB for Gemma's vocabulary),
and never the conversation text itself (only its hash, for matching).

The file name is derived from (model, fingerprint, tokens), so one prefix is stored once. A file's
mtime is its last use; above the size limit the least recently used files go first. A file that
cannot be read or fails its checksum is logged and deleted: the cache is an optimisation and must
never stop a conversation. Callers are expected to use it from the inference thread; a lock makes
the occasional call from another thread (deleting a conversation) safe.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import threading
import time
import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"HEARTHKV"
FORMAT_VERSION = 1
SUFFIX = ".hkv"
_HEADER_LEN = struct.Struct("<I")
_MAX_HEADER = 64 * 1024
_STALE_TMP_SECONDS = 3600
_READ_CHUNK = 8 * 1024 * 1024


class CorruptEntry(Exception):
    """A cache file that cannot be used (truncated, wrong format, bad checksum)."""


def tokens_digest(tokens: Sequence[int]) -> str:
    """sha256 of the tokens as little-endian int32: the identity of an exact token prefix."""
    return hashlib.sha256(_token_bytes(tokens)).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _token_bytes(tokens: Sequence[int]) -> bytes:
    data = array("i", tokens)
    if data.itemsize != 4:  # pragma: no cover - every platform Hearth ships on has 4-byte int
        raise RuntimeError("int32 arrays are required")
    if struct.pack("=i", 1) != struct.pack("<i", 1):  # pragma: no cover - big-endian hosts
        data.byteswap()
    return data.tobytes()


@dataclass(frozen=True)
class KVEntry:
    """One saved state, as described by its header (the blob stays on disk until loaded)."""

    path: Path
    model_sha256: str
    fingerprint: str
    n_tokens: int
    tokens_sha256: str
    text_chars: int | None  # length of the prompt text the tokens spell, when known
    text_sha256: str | None
    blob_size: int
    blob_crc32: int
    conversation_id: str | None
    data_offset: int  # where the tokens start in the file
    file_size: int
    last_used: float

    def matches(self, model_sha256: str, fingerprint: str) -> bool:
        return self.model_sha256 == model_sha256 and self.fingerprint == fingerprint

    def prefix_of_text(self, text: str | None) -> bool:
        """True when ``text`` starts with the exact prompt text this state was computed for."""
        if text is None or self.text_chars is None or self.text_sha256 is None or len(text) < self.text_chars:
            return False
        return text_digest(text[: self.text_chars]) == self.text_sha256

    def prefix_of_tokens(self, token_bytes: bytes | None) -> bool:
        """True when the prompt (given as int32 bytes) starts with exactly this state's tokens."""
        if token_bytes is None or len(token_bytes) < 4 * self.n_tokens:
            return False
        return hashlib.sha256(token_bytes[: 4 * self.n_tokens]).hexdigest() == self.tokens_sha256


@dataclass(frozen=True)
class KVState:
    """A loaded, checksum-verified state ready to hand to llama.cpp."""

    entry: KVEntry
    tokens: list[int]
    blob: bytearray


class KVCache:
    """A size-capped directory of saved KV states (see the module docstring)."""

    def __init__(self, directory: Path, limit_mb: int = 2048):
        self.directory = Path(directory)
        self.limit_bytes = max(0, int(limit_mb)) * 1024 * 1024
        self._lock = threading.RLock()

    @property
    def enabled(self) -> bool:
        return self.limit_bytes > 0

    # ------------------------------------------------------------ reading
    def entries(self) -> list[KVEntry]:
        """Every readable entry; unreadable files are logged and removed."""
        with self._lock:
            if not self.directory.is_dir():
                return []
            found = []
            for path in self.directory.iterdir():
                if path.name.endswith(".tmp"):
                    self._remove_stale_tmp(path)
                    continue
                if path.suffix != SUFFIX:
                    continue
                entry = self._read_entry(path)
                if entry is not None:
                    found.append(entry)
            return found

    def total_bytes(self) -> int:
        return sum(e.file_size for e in self.entries())

    def find(
        self, *, model_sha256: str, fingerprint: str, text: str | None = None, tokens: Sequence[int] | None = None
    ) -> KVEntry | None:
        """The longest saved state the prompt extends (by text or by exact tokens), if any.

        Only states of the same model and settings fingerprint are considered: a state computed
        under other settings would restore into a context that means something else.
        """
        if not self.enabled or not model_sha256:
            return None
        token_bytes = _token_bytes(tokens) if tokens is not None else None
        best: KVEntry | None = None
        for entry in self.entries():
            if not entry.matches(model_sha256, fingerprint):
                continue
            if best is not None and entry.n_tokens <= best.n_tokens:
                continue
            if entry.prefix_of_text(text) or entry.prefix_of_tokens(token_bytes):
                best = entry
        return best

    def load(self, entry: KVEntry) -> KVState | None:
        """Read and verify ``entry``; None (with a log line, the file removed) when it is unusable."""
        with self._lock:
            try:
                state = self._read_state(entry)
            except FileNotFoundError:
                return None
            except (OSError, CorruptEntry, ValueError) as exc:
                self._discard(entry.path, exc)
                return None
            self._touch(entry.path)
            return state

    # ------------------------------------------------------------ writing
    def put(
        self,
        *,
        model_sha256: str,
        fingerprint: str,
        tokens: Sequence[int],
        blob: bytes | bytearray | memoryview,
        text: str | None = None,
        conversation_id: str | None = None,
    ) -> KVEntry | None:
        """Save a state; returns its entry, or None when caching is off or the state is too big."""
        if not self.enabled or not model_sha256 or not tokens:
            return None
        header = {
            "version": FORMAT_VERSION,
            "model_sha256": model_sha256,
            "fingerprint": fingerprint,
            "n_tokens": len(tokens),
            "tokens_sha256": tokens_digest(tokens),
            "text_chars": len(text) if text is not None else None,
            "text_sha256": text_digest(text) if text is not None else None,
            "blob_size": len(blob),
            "blob_crc32": zlib.crc32(blob),
            "conversation_id": conversation_id,
            "created_at": time.time(),
        }
        header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
        token_bytes = _token_bytes(tokens)
        size = len(MAGIC) + _HEADER_LEN.size + len(header_bytes) + len(token_bytes) + len(blob)
        if size > self.limit_bytes:
            log.info(
                "KV state of %d tokens (%.1f MB) is larger than the %d MB cache limit; not saved",
                len(tokens),
                size / 1e6,
                self.limit_bytes // (1024 * 1024),
            )
            return None
        path = self.directory / (self._key(model_sha256, fingerprint, token_bytes) + SUFFIX)
        with self._lock:
            self._drop_other_settings(model_sha256, fingerprint)
            existing = self._read_entry(path) if path.exists() else None
            if existing is not None and header["text_sha256"] in (None, existing.text_sha256):
                self._touch(path)  # the same prefix is already saved
            else:
                self._write(path, [MAGIC, _HEADER_LEN.pack(len(header_bytes)), header_bytes, token_bytes, blob])
            self.evict()
            return self._read_entry(path) if path.exists() else None

    def evict(self) -> int:
        """Delete least recently used entries until the cache fits its limit. Returns how many."""
        with self._lock:
            entries = sorted(self.entries(), key=lambda e: e.last_used)
            total = sum(e.file_size for e in entries)
            removed = 0
            for entry in entries:
                if total <= self.limit_bytes:
                    break
                self._unlink(entry.path)
                total -= entry.file_size
                removed += 1
            if removed:
                log.info("evicted %d saved KV state(s) to stay under %d MB", removed, self.limit_bytes // (1024 * 1024))
            return removed

    def invalidate(self, model_sha256: str | None = None) -> int:
        """Forget every state of one model (all states when None): the model was deleted or replaced."""
        return self._remove(e for e in self.entries() if model_sha256 is None or e.model_sha256 == model_sha256)

    def remove_conversation(self, conversation_id: str) -> int:
        """Forget the states saved for a conversation the user deleted, or deleted messages from
        (they encode its text). States saved with no conversation id go too: they could hold
        anyone's text, and no later deletion could ever find them by id."""
        return self._remove(e for e in self.entries() if e.conversation_id in (conversation_id, None))

    def clear(self) -> int:
        return self.invalidate(None)

    # ------------------------------------------------------------ internals
    @staticmethod
    def _key(model_sha256: str, fingerprint: str, token_bytes: bytes) -> str:
        digest = hashlib.sha256()
        for part in (model_sha256.encode(), b"\0", fingerprint.encode(), b"\0", token_bytes):
            digest.update(part)
        return digest.hexdigest()[:40]

    def _drop_other_settings(self, model_sha256: str, fingerprint: str) -> None:
        """States of this model under other settings can never be restored again: the settings
        changed (context length, KV type, llama.cpp version), so they only waste the space."""
        stale = [e for e in self.entries() if e.model_sha256 == model_sha256 and e.fingerprint != fingerprint]
        if stale:
            log.info("removing %d saved KV state(s) made with other settings", len(stale))
            self._remove(stale)

    def _remove(self, entries: Iterable[KVEntry]) -> int:
        with self._lock:
            count = 0
            for entry in list(entries):
                count += self._unlink(entry.path)
            return count

    def _write(self, path: Path, parts: list) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            with open(tmp, "wb") as handle:
                for part in parts:
                    handle.write(part)
            # No fsync: a torn file after a power cut fails its size or CRC check and is dropped.
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _read_entry(self, path: Path) -> KVEntry | None:
        try:
            return _parse_entry(path)
        except FileNotFoundError:
            return None
        except (OSError, CorruptEntry, ValueError) as exc:
            self._discard(path, exc)
            return None

    def _read_state(self, entry: KVEntry) -> KVState:
        current = _parse_entry(entry.path)
        if current.tokens_sha256 != entry.tokens_sha256 or current.blob_crc32 != entry.blob_crc32:
            raise CorruptEntry("the file changed since it was found")
        with open(entry.path, "rb") as handle:
            handle.seek(entry.data_offset)
            token_data = _read_exact(handle, 4 * entry.n_tokens)
            blob = bytearray(entry.blob_size)
            view = memoryview(blob)
            done = 0
            while done < entry.blob_size:
                n = handle.readinto(view[done : done + _READ_CHUNK])
                if not n:
                    raise CorruptEntry("the KV data is truncated")
                done += n
        if zlib.crc32(blob) != entry.blob_crc32:
            raise CorruptEntry("the KV data fails its checksum")
        if hashlib.sha256(token_data).hexdigest() != entry.tokens_sha256:
            raise CorruptEntry("the token list fails its checksum")
        tokens = array("i")
        tokens.frombytes(token_data)
        if struct.pack("=i", 1) != struct.pack("<i", 1):  # pragma: no cover
            tokens.byteswap()
        return KVState(entry, tokens.tolist(), blob)

    def _discard(self, path: Path, reason: Exception) -> None:
        log.warning("ignoring unusable KV cache file %s (%s); deleting it", path.name, reason)
        self._unlink(path)

    @staticmethod
    def _unlink(path: Path) -> int:
        try:
            path.unlink()
            return 1
        except FileNotFoundError:
            return 0
        except OSError as exc:
            log.warning("could not delete KV cache file %s: %s", path, exc)
            return 0

    @staticmethod
    def _touch(path: Path) -> None:
        try:
            os.utime(path)
        except OSError:
            pass

    def _remove_stale_tmp(self, path: Path) -> None:
        """A .tmp left by a crash mid-write: delete it once it is clearly not being written."""
        try:
            if time.time() - path.stat().st_mtime > _STALE_TMP_SECONDS:
                path.unlink()
        except OSError:
            pass


def _read_exact(handle, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise CorruptEntry("the file is truncated")
    return data


def _parse_entry(path: Path) -> KVEntry:
    """Read and validate a file's header (not its blob)."""
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        if _read_exact(handle, len(MAGIC)) != MAGIC:
            raise CorruptEntry("not a Hearth KV state file")
        (header_len,) = _HEADER_LEN.unpack(_read_exact(handle, _HEADER_LEN.size))
        if header_len > _MAX_HEADER:
            raise CorruptEntry("the header is implausibly large")
        try:
            header = json.loads(_read_exact(handle, header_len).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorruptEntry(f"the header is unreadable: {exc}") from exc
    if not isinstance(header, dict) or header.get("version") != FORMAT_VERSION:
        raise CorruptEntry("unknown file format version")
    data_offset = len(MAGIC) + _HEADER_LEN.size + header_len
    entry = KVEntry(
        path=path,
        model_sha256=_field(header, "model_sha256", str),
        fingerprint=_field(header, "fingerprint", str),
        n_tokens=_field(header, "n_tokens", int),
        tokens_sha256=_field(header, "tokens_sha256", str),
        text_chars=_field(header, "text_chars", int, optional=True),
        text_sha256=_field(header, "text_sha256", str, optional=True),
        blob_size=_field(header, "blob_size", int),
        blob_crc32=_field(header, "blob_crc32", int),
        conversation_id=_field(header, "conversation_id", str, optional=True),
        data_offset=data_offset,
        file_size=stat.st_size,
        last_used=stat.st_mtime,
    )
    if entry.n_tokens <= 0 or entry.blob_size <= 0:
        raise CorruptEntry("the header describes an empty state")
    if stat.st_size != data_offset + 4 * entry.n_tokens + entry.blob_size:
        raise CorruptEntry("the file size does not match its header (truncated?)")
    return entry


def _field(header: dict, name: str, kind: type, optional: bool = False):
    value = header.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise CorruptEntry(f"the header field {name!r} is missing or malformed")
    return value
