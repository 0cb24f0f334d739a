"""Read a GGUF file's header (metadata and tensor table) without loading any weights.

The ``gguf`` package parses the whole 262k-entry Gemma vocabulary (about 30 s); this reader skips
large arrays and keeps only their length, so a header reads in a fraction of a second. It also
checks that the file is long enough for every tensor it declares, so a truncated download is
caught here rather than at chat time.

The header is untrusted input: every way it can be wrong (nesting, counts, types, values of the
fields the app computes with) ends in :class:`GGUFError` with the field named, never in another
exception, and only regular files are opened (a FIFO or a device would block the reader).
"""

from __future__ import annotations

import math
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..base import fileutil
from .ggml_types import FILE_TYPES, TENSOR_BLOCKS
from .memory import kv_cache_bytes_per_token

GGUF_MAGIC = b"GGUF"
_SMALL_ARRAY = 64  # arrays longer than this are skipped; only their length is kept
_SMALL_NUMBER_ARRAY = 4096  # numbers are cheap to keep: per-layer head counts of any real model
_MAX_NESTING = 4  # llama.cpp reads no nested arrays at all; a few levels keep odd writers readable
# The smallest a metadata entry (empty key, type, a one-byte value) and a tensor entry (empty name,
# no dims, type, offset) can be on disk: counts that could not fit in the file are corrupt.
_MIN_KV_BYTES, _MIN_TENSOR_BYTES = 13, 24

# GGUF metadata value types -> struct format (None: variable-length).
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9


class GGUFError(ValueError):
    """The file is not a readable GGUF model; the message says why in plain words."""


# Header fields the app computes with, per architecture: they must be whole numbers (or, where a
# model may give one per layer, a list of them). "positive" ones may not be zero either.
_WHOLE_NUMBER_FIELDS = {
    "context_length": "positive",
    "block_count": "any",
    "embedding_length": "positive",
    "feed_forward_length": "any",
    "attention.head_count": "positive",
    "attention.head_count_kv": "any",
    "attention.key_length": "positive",
    "attention.value_length": "positive",
    "attention.sliding_window": "any",
    "vocab_size": "positive",
}
_PER_LAYER_FIELDS = {
    "feed_forward_length",
    "attention.head_count",
    "attention.head_count_kv",
    "attention.sliding_window",
}


@dataclass(frozen=True)
class ArrayInfo:
    """A metadata array too long to keep (for example the vocabulary): its element type and length."""

    item_type: int
    length: int


@dataclass(frozen=True)
class GGUFInfo:
    path: Path
    version: int
    file_size: int
    metadata: dict[str, Any]
    tensor_count: int
    parameter_count: int
    expected_size: int | None  # bytes the tensor table needs; None if a tensor type was unknown
    tensor_types: dict[int, int] = field(default_factory=dict)  # ggml type -> tensor count

    # Convenience accessors for the keys the app uses.
    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    def arch_value(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)

    @property
    def context_length(self) -> int | None:
        return _whole(self.arch_value("context_length"))

    @property
    def sliding_window(self) -> int | None:
        return _whole(self.arch_value("attention.sliding_window"))

    @property
    def block_count(self) -> int | None:
        return _whole(self.arch_value("block_count"))

    @property
    def chat_template(self) -> str | None:
        template = self.metadata.get("tokenizer.chat_template")
        return template if isinstance(template, str) and template.strip() else None

    @property
    def quantization(self) -> str:
        file_type = self.metadata.get("general.file_type")
        if isinstance(file_type, int) and file_type in FILE_TYPES:
            return FILE_TYPES[file_type]
        return "unknown"

    @property
    def vocab_size(self) -> int | None:
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        if isinstance(tokens, ArrayInfo):
            return tokens.length
        if isinstance(tokens, list):
            return len(tokens)
        return None

    @property
    def is_truncated(self) -> bool:
        return self.expected_size is not None and self.file_size < self.expected_size

    def kv_bytes_per_token(self) -> int | None:
        """The KV cache one token takes in every layer (see :mod:`memory`), from the header's
        shape; None when the header does not say enough to tell."""
        layers = self.block_count
        heads_kv = self.arch_value("attention.head_count_kv", self.arch_value("attention.head_count"))
        key_len = _whole(self.arch_value("attention.key_length"))
        value_len = _whole(self.arch_value("attention.value_length"))
        if key_len is None or value_len is None:
            heads = _whole(_first(self.arch_value("attention.head_count")))
            embed = _whole(self.arch_value("embedding_length"))
            if heads and embed:
                key_len = value_len = embed // heads
        if not layers or key_len is None or value_len is None:
            return None
        if isinstance(heads_kv, list):
            if not all(_whole(h) is not None for h in heads_kv):
                return None
            total_heads = sum(heads_kv)
        else:
            per_layer = _whole(heads_kv)
            if per_layer is None:
                return None
            total_heads = per_layer * layers
        return kv_cache_bytes_per_token(total_heads, key_len, value_len)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _whole(value: Any) -> int | None:
    """``value`` when it is a whole number (not a bool, a float, text or a list), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_gguf_info(path: Path | str) -> GGUFInfo:
    """Parse the header of ``path``. Raises GGUFError with a readable reason on any problem."""
    path = Path(path)
    try:
        with open_regular_file(path) as handle:
            info = _parse(handle, path, os.fstat(handle.fileno()).st_size)
    except GGUFError as exc:
        message = str(exc)
        raise GGUFError(message if message.startswith(f"{path.name}:") else f"{path.name}: {message}") from exc
    except FileNotFoundError as exc:
        raise GGUFError(f"{path.name}: file not found") from exc
    except IsADirectoryError as exc:
        raise GGUFError(f"{path.name}: is a folder, not a model file") from exc
    except PermissionError as exc:
        raise GGUFError(f"{path.name}: permission denied") from exc
    except (struct.error, EOFError) as exc:
        raise GGUFError(f"{path.name}: the file ends inside its header (truncated download?)") from exc
    except (ValueError, TypeError, LookupError, ArithmeticError, MemoryError, RecursionError) as exc:
        # Each known way is caught where it happens; this keeps an unknown one a clean refusal too.
        raise GGUFError(f"{path.name}: the GGUF header is corrupt ({exc.__class__.__name__})") from exc
    except OSError as exc:
        raise GGUFError(f"{path.name}: cannot be read ({exc.strerror or exc.__class__.__name__})") from exc
    problem = header_problem(info)
    if problem is not None:
        raise GGUFError(f"{path.name}: not a usable model: {problem}")
    return info


def open_regular_file(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is (or links to) a regular file (see
    :func:`fileutil.open_regular_file`: a FIFO or a device never blocks), as a GGUFError otherwise."""
    try:
        return fileutil.open_regular_file(path)
    except fileutil.NotRegularFileError as exc:
        raise GGUFError(f"{Path(path).name}: is {exc.kind}, not a model file") from None


def header_problem(info: GGUFInfo) -> str | None:
    """Why a header that parsed cannot describe a usable model (the field named), or None."""
    architecture = info.metadata.get("general.architecture")
    if architecture is None:
        return "the header has no 'general.architecture' field"
    if not isinstance(architecture, str):
        return f"the header field 'general.architecture' holds {_kind(architecture)} where a name belongs"
    if not architecture.strip() or not architecture.isprintable():
        return f"the header field 'general.architecture' is {'empty' if not architecture.strip() else 'garbled'}"
    if info.tensor_count == 0:
        return "the file has no tensors (no weights at all)"
    alignment = info.metadata.get("general.alignment")
    if alignment is not None:
        whole = _whole(alignment)
        if whole is None:
            return f"the header field 'general.alignment' holds {_kind(alignment)} where a whole number belongs"
        if whole <= 0 or whole & (whole - 1):
            return f"the header field 'general.alignment' must be a power of two (it is {whole})"
    for suffix, rule in _WHOLE_NUMBER_FIELDS.items():
        key = f"{architecture}.{suffix}"
        if key in info.metadata:
            problem = _number_field_problem(info.metadata[key], rule, suffix in _PER_LAYER_FIELDS)
            if problem:
                return f"the header field '{key}' {problem}"
    return None


def _number_field_problem(value: Any, rule: str, per_layer: bool) -> str | None:
    if per_layer and isinstance(value, ArrayInfo):
        return "holds an implausibly long list"
    # Per-layer lists may hold zeros (a layer without attention); a single value may not.
    items, positive = (value, False) if per_layer and isinstance(value, list) else ([value], rule == "positive")
    for item in items:
        if _whole(item) is None:
            return f"holds {_kind(item)} where a whole number belongs"
        if item < 0 or (positive and item == 0):
            return f"must be {'positive' if positive else 'zero or more'} (it is {item})"
    return None


def _printable(text: str, limit: int = 80) -> str:
    """A name from the file as it may be shown: control characters replaced, length bounded."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in text[:limit])
    return shown + ("..." if len(text) > limit else "")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN (not a number)"
        return "a fraction" if math.isfinite(value) else "an infinite number"
    if isinstance(value, (list, ArrayInfo)):
        return "a list"
    return type(value).__name__


def _parse(handle: BinaryIO, path: Path, file_size: int) -> GGUFInfo:
    magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise GGUFError(f"{path.name}: not a GGUF model file")
    version = _read(handle, "<I")
    if version not in (2, 3):
        raise GGUFError(f"{path.name}: GGUF version {version} is not supported")
    tensor_count = _read(handle, "<Q")
    kv_count = _read(handle, "<Q")
    if kv_count * _MIN_KV_BYTES + tensor_count * _MIN_TENSOR_BYTES > file_size:
        raise GGUFError(f"{path.name}: the GGUF header is corrupt (more entries than the file can hold)")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = _read_string(handle, file_size)
        value_type = _read(handle, "<I")
        try:
            metadata[key] = _read_value(handle, value_type, file_size)
        except _NestedTooDeep:
            raise GGUFError(
                f"not a usable model: the header field '{_printable(key)}' nests arrays more than {_MAX_NESTING} deep"
            ) from None
    params, tensor_types, data_end = _read_tensor_table(handle, tensor_count, file_size)
    alignment = _whole(metadata.get("general.alignment", 32))
    if alignment is None or alignment <= 0:  # reported with the field named by header_problem()
        alignment = 32
    data_start = -(-handle.tell() // alignment) * alignment
    expected = None if data_end is None else data_start + data_end
    return GGUFInfo(path, version, file_size, metadata, tensor_count, params, expected, tensor_types)


def _read_tensor_table(handle: BinaryIO, count: int, file_size: int) -> tuple[int, dict[int, int], int | None]:
    params, types, data_end = 0, {}, 0
    for _ in range(count):
        _read_string(handle, file_size)
        n_dims = _read(handle, "<I")
        if n_dims > 8:
            raise GGUFError("the GGUF tensor table is corrupt")
        elements = 1
        for _ in range(n_dims):
            elements *= _read(handle, "<Q")
        ggml_type = _read(handle, "<I")
        offset = _read(handle, "<Q")
        params += elements
        types[ggml_type] = types.get(ggml_type, 0) + 1
        block = TENSOR_BLOCKS.get(ggml_type)
        if block is None or data_end is None:
            data_end = None
        else:
            data_end = max(data_end, offset + elements // block[0] * block[1])
    return params, types, data_end


def _read(handle: BinaryIO, fmt: str) -> Any:
    size = struct.calcsize(fmt)
    raw = handle.read(size)
    if len(raw) != size:
        raise EOFError
    return struct.unpack(fmt, raw)[0]


def _read_string(handle: BinaryIO, file_size: int) -> str:
    length = _read(handle, "<Q")
    if length > file_size:
        raise GGUFError("the GGUF header is corrupt (string longer than the file)")
    raw = handle.read(length)
    if len(raw) != length:
        raise EOFError
    return raw.decode("utf-8", errors="replace")


class _NestedTooDeep(Exception):
    """Arrays inside arrays beyond _MAX_NESTING (reported with the key by the caller)."""


def _read_value(handle: BinaryIO, value_type: int, file_size: int, depth: int = 0) -> Any:
    if value_type in _SCALARS:
        return _read(handle, _SCALARS[value_type])
    if value_type == _STRING:
        return _read_string(handle, file_size)
    if value_type == _ARRAY:
        if depth >= _MAX_NESTING:
            raise _NestedTooDeep
        item_type = _read(handle, "<I")
        length = _read(handle, "<Q")
        if length > file_size:
            raise GGUFError("the GGUF header is corrupt (array longer than the file)")
        keep = _SMALL_NUMBER_ARRAY if item_type in _SCALARS else _SMALL_ARRAY
        if length <= keep:
            return [_read_value(handle, item_type, file_size, depth + 1) for _ in range(length)]
        _skip_array(handle, item_type, length, file_size, depth + 1)
        return ArrayInfo(item_type, length)
    raise GGUFError(f"the GGUF header is corrupt (unknown value type {value_type})")


def _skip_array(handle: BinaryIO, item_type: int, length: int, file_size: int, depth: int) -> None:
    if item_type in _SCALARS:
        handle.seek(struct.calcsize(_SCALARS[item_type]) * length, 1)
    elif item_type == _STRING:
        for _ in range(length):
            item_length = _read(handle, "<Q")
            if item_length > file_size:
                raise GGUFError("the GGUF header is corrupt (string longer than the file)")
            handle.seek(item_length, 1)
            if handle.tell() > file_size:
                raise EOFError
    else:
        for _ in range(length):
            _read_value(handle, item_type, file_size, depth)
