"""Fuzzing the GGUF header reader (issue 10): random, structured and mutated headers must end in
a GGUFError (a clean "not a usable model") or a GGUFInfo whose accessors all work, never in
another exception and never slowly. The library's describe() on the same bytes must never raise."""

from __future__ import annotations

import math
import struct
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.models.gguf_info import GGUFError, GGUFInfo, read_gguf_info
from app.core.models.library import describe
from app.core.models.memory import estimate_for_file
from tests.gguf_craft import (
    ARRAY,
    BOOL,
    F32,
    F64,
    I8,
    I16,
    I32,
    I64,
    STRING,
    U8,
    U16,
    U32,
    U64,
    gguf_kv,
    minimal_kvs,
    tensor_entry,
    write_gguf,
)

# Every example must finish far below this: the reader takes milliseconds on these files.
FUZZ = settings(
    max_examples=250,
    deadline=timedelta(seconds=5),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_INT_RANGES = {
    U8: (0, 2**8 - 1),
    I8: (-(2**7), 2**7 - 1),
    U16: (0, 2**16 - 1),
    I16: (-(2**15), 2**15 - 1),
    U32: (0, 2**32 - 1),
    I32: (-(2**31), 2**31 - 1),
    U64: (0, 2**64 - 1),
    I64: (-(2**63), 2**63 - 1),
}
_KEYS = st.sampled_from(
    [
        "general.architecture",
        "general.name",
        "general.alignment",
        "general.file_type",
        "gemma3.context_length",
        "gemma3.block_count",
        "gemma3.embedding_length",
        "gemma3.attention.head_count",
        "gemma3.attention.head_count_kv",
        "gemma3.attention.key_length",
        "gemma3.attention.value_length",
        "gemma3.attention.sliding_window",
        "tokenizer.chat_template",
        "tokenizer.ggml.tokens",
    ]
) | st.text(max_size=24)


def _scalar(value_type: int) -> st.SearchStrategy:
    if value_type in _INT_RANGES:
        low, high = _INT_RANGES[value_type]
        return st.integers(low, high)
    if value_type == F32:
        return st.floats(width=32, allow_nan=True, allow_infinity=True)
    if value_type == F64:
        return st.floats(allow_nan=True, allow_infinity=True)
    if value_type == BOOL:
        return st.booleans()
    return st.text(max_size=40)


_SCALAR_TYPES = st.sampled_from([U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, U64, I64, F64])


@st.composite
def typed_values(draw, depth: int = 0) -> tuple[int, object]:
    """A (GGUF type, value) pair: a scalar, or an array (sometimes of arrays)."""
    if depth < 3 and draw(st.integers(0, 4)) == 0:
        item = draw(typed_values(depth + 1))
        items = [item[1]] + [
            draw(typed_values(depth + 1))[1] if item[0] == ARRAY else draw(_scalar(item[0]))
            for _ in range(draw(st.integers(0, 5)))
        ]
        if item[0] == ARRAY:  # arrays of arrays must agree on their item type to be written
            items = [item[1]] * len(items)
        return ARRAY, (item[0], items)
    value_type = draw(_SCALAR_TYPES)
    return value_type, draw(_scalar(value_type))


@st.composite
def headers(draw) -> bytes:
    """A GGUF header built from random, typed metadata and a random tensor table."""
    kvs = [(draw(_KEYS), *draw(typed_values())) for _ in range(draw(st.integers(0, 12)))]
    if draw(st.booleans()):
        kvs = minimal_kvs() + kvs
    tensors = [
        tensor_entry(
            draw(st.text(max_size=12)),
            tuple(draw(st.lists(st.integers(0, 2**20), max_size=4))),
            draw(st.integers(0, 45)),
            draw(st.integers(0, 2**40)),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    version = draw(st.sampled_from([3, 3, 3, 2, 1, 4]))
    body = b"".join(gguf_kv(key, kind, value) for key, kind, value in kvs) + b"".join(tensors)
    head = b"GGUF" + struct.pack("<IQQ", version, len(tensors), len(kvs))
    return head + body + b"\0" * draw(st.integers(0, 256))


def _check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        assert str(exc).startswith(f"{path.name}: ") and len(str(exc)) < 2000
    else:
        _exercise(info)
    model = describe(path)  # the library's view: a LocalModel, usable or with a reason
    assert model.usable or model.problem


def _exercise(info: GGUFInfo) -> None:
    """Every accessor the app uses works on whatever the reader accepted."""
    assert isinstance(info.architecture, str) and info.architecture.strip()
    for value in (info.context_length, info.block_count, info.sliding_window, info.vocab_size):
        assert value is None or (isinstance(value, int) and value >= 0)
    assert info.context_length is None or info.context_length > 0
    kv = info.kv_bytes_per_token()
    assert kv is None or kv >= 0
    assert isinstance(info.quantization, str) and isinstance(info.name, str)
    assert isinstance(info.is_truncated, bool) and info.tensor_count > 0
    assert math.isfinite(estimate_for_file(info, 2048).total)
    assert info.chat_template is None or isinstance(info.chat_template, str)


def _valid_header() -> bytes:
    """A complete, valid crafted file (written once) for the mutation test to damage."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return write_gguf(
            Path(folder) / "seed.gguf",
            minimal_kvs(
                general__alignment=(U32, 32),
                gemma3__attention__head_count_kv=(ARRAY, (U32, [1, 1])),
                tokenizer__ggml__tokens=(ARRAY, (STRING, [f"t{i}" for i in range(80)])),
                tokenizer__chat_template=(STRING, "{{ messages }}"),
            ),
        ).read_bytes()


VALID = _valid_header()


@FUZZ
@given(data=st.binary(max_size=2048), version=st.sampled_from([2, 3]))
def test_random_bytes_after_the_magic(tmp_path, data, version):
    _check(tmp_path / "random.gguf", b"GGUF" + struct.pack("<I", version) + data)


@FUZZ
@given(header=headers())
def test_structured_random_headers(tmp_path, header):
    _check(tmp_path / "structured.gguf", header)


@st.composite
def mutations(draw) -> bytes:
    """The valid file with a few bytes overwritten, inserted, deleted, or cut short."""
    data = bytearray(VALID)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["overwrite", "insert", "delete", "truncate", "u64"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "overwrite" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[at:]
        else:  # a length, count or type field turned into something huge or odd
            data[at : at + 8] = struct.pack("<Q", draw(st.sampled_from([0, 1, 2**31, 2**32 - 1, 2**63, 2**64 - 1])))
    return bytes(data)


@FUZZ
@given(data=mutations())
def test_mutated_valid_headers(tmp_path, data):
    _check(tmp_path / "mutated.gguf", data)


def test_the_mutation_seed_is_itself_valid(tmp_path):
    path = tmp_path / "seed.gguf"
    path.write_bytes(VALID)
    info = read_gguf_info(path)
    assert info.vocab_size == 80 and info.chat_template == "{{ messages }}"
