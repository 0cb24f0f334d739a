"""The file format of one saved KV state (see :mod:`kv_cache` for the cache around it)::

    b"HEARTHKV" | u32 header length | JSON header | int32 tokens | llama.cpp sequence KV blob

The header names the model (sha256), the fingerprint of the KV layout, hashes of the exact token
prefix and of the prompt text it spells, the conversation and a CRC of the blob. Reading checks
each of them: a file that fails is a :class:`CorruptEntry`.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import time
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"HEARTHKV"
FORMAT_VERSION = 1
SUFFIX = ".hkv"
_HEADER_LEN = struct.Struct("<I")
_MAX_HEADER = 64 * 1024
_READ_CHUNK = 8 * 1024 * 1024


class CorruptEntry(Exception):
    """A cache file that cannot be used (truncated, wrong format, bad checksum)."""


def tokens_digest(tokens: Sequence[int]) -> str:
    """sha256 of the tokens as little-endian int32: the identity of an exact token prefix."""
    return hashlib.sha256(tokens_as_bytes(tokens)).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tokens_as_bytes(tokens: Sequence[int]) -> bytes:
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


def encode_state(
    *,
    model_sha256: str,
    fingerprint: str,
    tokens: Sequence[int],
    blob: bytes | bytearray | memoryview,
    text: str | None,
    conversation_id: str | None,
) -> tuple[str | None, list]:
    """(the hash of the prompt text, the parts of the file in order) for one state. Only hashes of
    the text are stored, never the text itself."""
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
    return header["text_sha256"], [
        MAGIC,
        _HEADER_LEN.pack(len(header_bytes)),
        header_bytes,
        tokens_as_bytes(tokens),
        blob,
    ]


def read_state(entry: KVEntry) -> KVState:
    """The tokens and blob of ``entry``, each checked against the header (CorruptEntry if not)."""
    current = parse_entry(entry.path)
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


def _read_exact(handle, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise CorruptEntry("the file is truncated")
    return data


def parse_entry(path: Path) -> KVEntry:
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
