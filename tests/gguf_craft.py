"""Write hostile GGUF files for tests: headers from scratch, or a real model with one value changed.

Independent of the app's reader on purpose, so a bug there cannot hide itself in the test input.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path
from typing import Any

U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, ARRAY, U64, I64, F64 = range(13)
_FORMATS = {
    U8: "<B",
    I8: "<b",
    U16: "<H",
    I16: "<h",
    U32: "<I",
    I32: "<i",
    F32: "<f",
    BOOL: "<?",
    U64: "<Q",
    I64: "<q",
    F64: "<d",
}


def gguf_string(text: str | bytes) -> bytes:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return struct.pack("<Q", len(raw)) + raw


def gguf_value(value_type: int, value: Any) -> bytes:
    """The bytes of one metadata value (without its type tag, as GGUF stores array items)."""
    if value_type == STRING:
        return gguf_string(value)
    if value_type == ARRAY:
        item_type, items = value
        return struct.pack("<IQ", item_type, len(items)) + b"".join(gguf_value(item_type, i) for i in items)
    return struct.pack(_FORMATS[value_type], value)


def gguf_kv(key: str, value_type: int, value: Any) -> bytes:
    return gguf_string(key) + struct.pack("<I", value_type) + gguf_value(value_type, value)


def tensor_entry(name: str, dims: tuple[int, ...], ggml_type: int = 0, offset: int = 0) -> bytes:
    return (
        gguf_string(name)
        + struct.pack("<I", len(dims))
        + b"".join(struct.pack("<Q", d) for d in dims)
        + struct.pack("<IQ", ggml_type, offset)
    )


def minimal_kvs(architecture: str = "gemma3", **overrides: tuple[int, Any]) -> list[tuple[str, int, Any]]:
    """A small, valid-looking Gemma header; ``overrides`` replace or add keys (dots as '__')."""
    kvs = {
        "general.architecture": (STRING, architecture),
        "general.name": (STRING, "crafted"),
        f"{architecture}.context_length": (U32, 2048),
        f"{architecture}.block_count": (U32, 1),
        f"{architecture}.embedding_length": (U32, 8),
        f"{architecture}.attention.head_count": (U32, 1),
        f"{architecture}.attention.head_count_kv": (U32, 1),
    }
    for key, typed in overrides.items():
        kvs[key.replace("__", ".")] = typed
    return [(k, t, v) for k, (t, v) in kvs.items()]


def write_gguf(
    path: Path,
    kvs: list[tuple[str, int, Any]] | None = None,
    tensors: list[tuple[str, tuple[int, ...]]] | None = None,
    *,
    version: int = 3,
    raw_kvs: bytes = b"",
    extra_kv_count: int = 0,
    alignment: int = 32,
) -> Path:
    """A complete little GGUF: header, tensor table, zero-filled f32 tensor data."""
    kvs = minimal_kvs() if kvs is None else kvs
    tensors = [("token_embd.weight", (8, 4))] if tensors is None else tensors
    table, offset = b"", 0
    for name, dims in tensors:
        table += tensor_entry(name, dims, 0, offset)
        size = 4
        for d in dims:
            size *= d
        offset += -(-size // 32) * 32
    header = (
        b"GGUF"
        + struct.pack("<IQQ", version, len(tensors), len(kvs) + extra_kv_count)
        + b"".join(gguf_kv(k, t, v) for k, t, v in kvs)
        + raw_kvs
        + table
    )
    padding = b"\0" * ((-len(header)) % alignment) if alignment > 0 else b""
    Path(path).write_bytes(header + padding + b"\0" * offset)
    return Path(path)


def value_offsets(path: Path) -> dict[str, tuple[int, int]]:
    """key -> (file offset of its value, value type), for the scalar values of a GGUF's header."""
    offsets: dict[str, tuple[int, int]] = {}
    with open(path, "rb") as handle:
        assert handle.read(4) == b"GGUF"
        _version, _tensors, kv_count = struct.unpack("<IQQ", handle.read(20))
        for _ in range(kv_count):
            (length,) = struct.unpack("<Q", handle.read(8))
            key = handle.read(length).decode("utf-8")
            (value_type,) = struct.unpack("<I", handle.read(4))
            offsets[key] = (handle.tell(), value_type)
            _skip(handle, value_type)
    return offsets


def _skip(handle, value_type: int) -> None:
    if value_type in _FORMATS:
        handle.seek(struct.calcsize(_FORMATS[value_type]), 1)
    elif value_type == STRING:
        (length,) = struct.unpack("<Q", handle.read(8))
        handle.seek(length, 1)
    elif value_type == ARRAY:
        item_type, count = struct.unpack("<IQ", handle.read(12))
        if item_type in _FORMATS:
            handle.seek(struct.calcsize(_FORMATS[item_type]) * count, 1)
        else:
            for _ in range(count):
                _skip(handle, item_type)
    else:
        raise ValueError(f"unknown GGUF value type {value_type}")


def copy_with_u32(source: Path, target: Path, key: str, value: int) -> Path:
    """A copy of ``source`` with the u32 header value ``key`` set to ``value`` (same size, so the
    rest of the file, tensor table and weights included, stays valid)."""
    offset, value_type = value_offsets(source)[key]
    assert value_type == U32, f"{key} is type {value_type}, not u32"
    shutil.copyfile(source, target)
    with open(target, "r+b") as handle:
        handle.seek(offset)
        handle.write(struct.pack("<I", value))
    return target


def copy_with_extra_kv(source: Path, target: Path, key: str, value_type: int, value: Any) -> Path:
    """A copy of ``source`` with one more header value (``tokenizer.chat_template``, say). The
    header grows, so the tensor data is re-aligned; tensor offsets are relative to the data start
    and stay valid."""
    with open(source, "rb") as handle:
        assert handle.read(4) == b"GGUF"
        version, tensor_count, kv_count = struct.unpack("<IQQ", handle.read(20))
        kv_start = handle.tell()
        alignment = 32
        for _ in range(kv_count):
            (length,) = struct.unpack("<Q", handle.read(8))
            name = handle.read(length).decode("utf-8")
            (kind,) = struct.unpack("<I", handle.read(4))
            if name == "general.alignment" and kind == U32:
                (alignment,) = struct.unpack("<I", handle.read(4))
            else:
                _skip(handle, kind)
        kv_end = handle.tell()
        for _ in range(tensor_count):
            (length,) = struct.unpack("<Q", handle.read(8))
            handle.seek(length, 1)
            (n_dims,) = struct.unpack("<I", handle.read(4))
            handle.seek(8 * n_dims + 4 + 8, 1)
        table_end = handle.tell()
        data_start = -(-table_end // alignment) * alignment
        handle.seek(0)
        head = handle.read(table_end)
        header = (
            b"GGUF"
            + struct.pack("<IQQ", version, tensor_count, kv_count + 1)
            + head[kv_start:kv_end]
            + gguf_kv(key, value_type, value)
            + head[kv_end:table_end]
        )
        with open(target, "wb") as out:
            out.write(header + b"\0" * ((-len(header)) % alignment))
            handle.seek(data_start)
            shutil.copyfileobj(handle, out, 16 * 1024 * 1024)
    return Path(target)
