"""Read a GGUF file's header (metadata and tensor table) without loading any weights.

The ``gguf`` package parses the whole 262k-entry Gemma vocabulary (about 30 s); this reader skips
large arrays and keeps only their length, so a header reads in a fraction of a second. It also
checks that the file is long enough for every tensor it declares, so a truncated download is
caught here rather than at chat time.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

GGUF_MAGIC = b"GGUF"
_SMALL_ARRAY = 64  # arrays longer than this are skipped; only their length is kept

# GGUF metadata value types -> struct format (None: variable-length).
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9

# ggml tensor types -> (elements per block, bytes per block).
_TENSOR_BLOCKS = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34), 9: (32, 36),
    10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210), 15: (256, 292),
    16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110),
    22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8),
    29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17),
}

# llama.cpp's general.file_type values -> the quantization name people know.
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M",
    18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S",
    25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M",
    32: "BF16", 36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4_MOE",
}


class GGUFError(ValueError):
    """The file is not a readable GGUF model; the message says why in plain words."""


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
        value = self.arch_value("context_length")
        return int(value) if value is not None else None

    @property
    def sliding_window(self) -> int | None:
        value = self.arch_value("attention.sliding_window")
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def block_count(self) -> int | None:
        value = self.arch_value("block_count")
        return int(value) if value is not None else None

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
        """f16 K and V for every layer (llama.cpp keeps full-size caches for sliding-window layers too)."""
        layers = self.block_count
        heads_kv = self.arch_value("attention.head_count_kv", self.arch_value("attention.head_count"))
        key_len = self.arch_value("attention.key_length")
        value_len = self.arch_value("attention.value_length")
        if key_len is None or value_len is None:
            heads = self.arch_value("attention.head_count")
            embed = self.arch_value("embedding_length")
            if heads and embed:
                key_len = value_len = int(embed) // int(_first(heads))
        if not layers or heads_kv is None or key_len is None:
            return None
        if isinstance(heads_kv, list):
            total_heads = sum(int(h) for h in heads_kv)
        else:
            total_heads = int(_first(heads_kv)) * layers
        return total_heads * (int(key_len) + int(value_len)) * 2


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def read_gguf_info(path: Path | str) -> GGUFInfo:
    """Parse the header of ``path``. Raises GGUFError with a readable reason on any problem."""
    path = Path(path)
    try:
        file_size = path.stat().st_size
        with path.open("rb") as handle:
            return _parse(handle, path, file_size)
    except FileNotFoundError as exc:
        raise GGUFError(f"{path.name}: file not found") from exc
    except IsADirectoryError as exc:
        raise GGUFError(f"{path.name}: is a folder, not a model file") from exc
    except PermissionError as exc:
        raise GGUFError(f"{path.name}: permission denied") from exc
    except (struct.error, EOFError) as exc:
        raise GGUFError(f"{path.name}: the file ends inside its header (truncated download?)") from exc
    except (UnicodeDecodeError, MemoryError, OverflowError) as exc:
        raise GGUFError(f"{path.name}: the GGUF header is corrupt ({exc.__class__.__name__})") from exc


def _parse(handle: BinaryIO, path: Path, file_size: int) -> GGUFInfo:
    magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise GGUFError(f"{path.name}: not a GGUF model file")
    version = _read(handle, "<I")
    if version not in (2, 3):
        raise GGUFError(f"{path.name}: GGUF version {version} is not supported")
    tensor_count = _read(handle, "<Q")
    kv_count = _read(handle, "<Q")
    if kv_count > 1_000_000 or tensor_count > 10_000_000:
        raise GGUFError(f"{path.name}: the GGUF header is corrupt (implausible counts)")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = _read_string(handle, file_size)
        value_type = _read(handle, "<I")
        metadata[key] = _read_value(handle, value_type, file_size)
    params, tensor_types, data_end = _read_tensor_table(handle, tensor_count, file_size)
    alignment = int(metadata.get("general.alignment", 32) or 32)
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
        block = _TENSOR_BLOCKS.get(ggml_type)
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


def _read_value(handle: BinaryIO, value_type: int, file_size: int) -> Any:
    if value_type in _SCALARS:
        return _read(handle, _SCALARS[value_type])
    if value_type == _STRING:
        return _read_string(handle, file_size)
    if value_type == _ARRAY:
        item_type = _read(handle, "<I")
        length = _read(handle, "<Q")
        if length > file_size:
            raise GGUFError("the GGUF header is corrupt (array longer than the file)")
        if length <= _SMALL_ARRAY:
            return [_read_value(handle, item_type, file_size) for _ in range(length)]
        _skip_array(handle, item_type, length, file_size)
        return ArrayInfo(item_type, length)
    raise GGUFError(f"the GGUF header is corrupt (unknown value type {value_type})")


def _skip_array(handle: BinaryIO, item_type: int, length: int, file_size: int) -> None:
    if item_type in _SCALARS:
        handle.seek(struct.calcsize(_SCALARS[item_type]) * length, 1)
    elif item_type == _STRING:
        for _ in range(length):
            handle.seek(_read(handle, "<Q"), 1)
    else:
        for _ in range(length):
            _read_value(handle, item_type, file_size)


def estimate_memory_bytes(info: GGUFInfo, n_ctx: int, n_ubatch: int = 512) -> int:
    """Weights + KV cache + llama.cpp's compute buffer (dominated by logits over the vocabulary)."""
    kv = (info.kv_bytes_per_token() or 0) * n_ctx
    compute = n_ubatch * (info.vocab_size or 32000) * 4
    return info.file_size + kv + compute
