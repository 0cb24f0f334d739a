"""Hostile model files (issue 10): headers that break the reader, wrong-typed metadata, fragments
of architecture names, FIFOs. Each file is written by the test; each must end in one clear
sentence naming the problem, never an exception or a hang, and never in the library as usable."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.models.gguf_info import GGUFError, read_gguf_info
from app.core.models.library import LibraryError, ModelLibrary, architecture_supported
from tests.gguf_craft import (
    ARRAY,
    F32,
    F64,
    I32,
    STRING,
    U32,
    gguf_string,
    minimal_kvs,
    write_gguf,
)

ROOT = Path(__file__).resolve().parents[3]
fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")


def _nested_array_bytes(depth: int) -> bytes:
    """The value of an array of arrays ``depth`` levels deep (innermost: one u32)."""
    value = struct.pack("<IQ", U32, 1) + struct.pack("<I", 7)
    for _ in range(depth - 1):
        value = struct.pack("<IQ", ARRAY, 1) + value
    return value


def _deep_nesting(path: Path, depth: int = 5000) -> Path:
    raw = gguf_string("general.deep") + struct.pack("<I", ARRAY) + _nested_array_bytes(depth)
    return write_gguf(path, minimal_kvs(), raw_kvs=raw, extra_kv_count=1)


# (what is wrong, how to write it, the field the message must name)
BROKEN_HEADERS = {
    "arrays nested 5,000 deep": (_deep_nesting, "general.deep"),
    "alignment 0": (lambda p: write_gguf(p, minimal_kvs(general__alignment=(U32, 0))), "general.alignment"),
    "alignment not a power of two": (
        lambda p: write_gguf(p, minimal_kvs(general__alignment=(U32, 48))),
        "general.alignment",
    ),
    "alignment as text": (lambda p: write_gguf(p, minimal_kvs(general__alignment=(STRING, "32"))), "general.alignment"),
    "context length as text": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__context_length=(STRING, "8192"))),
        "gemma3.context_length",
    ),
    "context length infinite": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__context_length=(F32, float("inf")))),
        "gemma3.context_length",
    ),
    "context length NaN": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__context_length=(F64, float("nan")))),
        "gemma3.context_length",
    ),
    "context length negative": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__context_length=(I32, -5))),
        "gemma3.context_length",
    ),
    "block count as text": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__block_count=(STRING, "18"))),
        "gemma3.block_count",
    ),
    "head count zero": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__attention__head_count=(U32, 0))),
        "gemma3.attention.head_count",
    ),
    "head counts with text": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__attention__head_count_kv=(ARRAY, (STRING, ["1", "2"])))),
        "gemma3.attention.head_count_kv",
    ),
    "sliding window as a fraction": (
        lambda p: write_gguf(p, minimal_kvs(gemma3__attention__sliding_window=(F32, 512.5))),
        "gemma3.attention.sliding_window",
    ),
    "empty architecture": (
        lambda p: write_gguf(p, minimal_kvs(general__architecture=(STRING, "  "))),
        "general.architecture",
    ),
    "architecture as a number": (
        lambda p: write_gguf(p, minimal_kvs(general__architecture=(U32, 3))),
        "general.architecture",
    ),
    "no architecture": (
        lambda p: write_gguf(p, [kv for kv in minimal_kvs() if kv[0] != "general.architecture"]),
        "general.architecture",
    ),
    "no tensors": (lambda p: write_gguf(p, minimal_kvs(), tensors=[]), "no tensors"),
}


@pytest.fixture
def library(app_paths) -> ModelLibrary:
    return ModelLibrary(app_paths.models_dir)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("case", BROKEN_HEADERS, ids=list(BROKEN_HEADERS))
def test_broken_header_is_not_a_usable_model_with_the_field_named(tmp_path, case):
    write, field = BROKEN_HEADERS[case]
    path = write(tmp_path / "hostile.gguf")
    with pytest.raises(GGUFError) as caught:
        read_gguf_info(path)
    message = str(caught.value)
    assert message.startswith("hostile.gguf: ") and field in message
    assert "not a usable model" in message or field == "no tensors"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", BROKEN_HEADERS, ids=list(BROKEN_HEADERS))
def test_broken_header_is_never_imported_and_is_listed_with_its_reason(tmp_path, library, case):
    write, field = BROKEN_HEADERS[case]
    source = write(tmp_path / "hostile.gguf")
    with pytest.raises(LibraryError, match="cannot be imported") as caught:
        library.import_file(source)
    assert field in str(caught.value)
    assert not (library.models_dir / "hostile.gguf").exists()
    # Dropped into the folder by hand, it is listed as unusable instead.
    os.replace(source, library.models_dir / "hostile.gguf")
    (model,) = library.models()
    assert not model.usable and field in model.problem


def test_a_hostile_key_name_is_shown_without_control_characters(tmp_path):
    raw = gguf_string("evil\x1b]52;c;aGk=\x07") + struct.pack("<I", ARRAY) + _nested_array_bytes(50)
    path = write_gguf(tmp_path / "evil.gguf", minimal_kvs(), raw_kvs=raw, extra_kv_count=1)
    with pytest.raises(GGUFError, match=r"'evil\?\]52;c;aGk=\?' nests arrays") as caught:
        read_gguf_info(path)
    assert "\x1b" not in str(caught.value)


def test_a_valid_crafted_header_still_reads(tmp_path):
    """The checks refuse what is wrong, not what is merely unusual."""
    path = write_gguf(
        tmp_path / "fine.gguf",
        minimal_kvs(general__alignment=(U32, 64), gemma3__attention__head_count_kv=(ARRAY, (U32, [1, 0, 1]))),
        alignment=64,
    )
    info = read_gguf_info(path)
    assert info.context_length == 2048 and info.block_count == 1 and not info.is_truncated


def test_numbers_of_a_kept_per_layer_array_are_used(tmp_path):
    """Per-layer head counts of a deep model (more than 64 entries) are kept, not reduced to a
    length the memory estimate then choked on."""
    layers = 80
    path = write_gguf(
        tmp_path / "deep.gguf",
        minimal_kvs(
            gemma3__block_count=(U32, layers),
            gemma3__attention__head_count_kv=(ARRAY, (U32, [2] * layers)),
            gemma3__attention__key_length=(U32, 64),
            gemma3__attention__value_length=(U32, 64),
        ),
    )
    assert read_gguf_info(path).kv_bytes_per_token() == 2 * layers * 128 * 2


def test_many_declared_entries_in_a_small_file_are_refused_at_once(tmp_path):
    path = tmp_path / "counts.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 2**40, 2**40) + b"\0" * 64)
    with pytest.raises(GGUFError, match="more entries than the file can hold"):
        read_gguf_info(path)


# --------------------------------------------- wrong-typed metadata in the library
def _three_wrong_typed(folder: Path) -> None:
    write_gguf(folder / "ctx-text.gguf", minimal_kvs(gemma3__context_length=(STRING, "lots")))
    write_gguf(folder / "blocks-float.gguf", minimal_kvs(gemma3__block_count=(F32, 18.0)))
    write_gguf(folder / "window-nan.gguf", minimal_kvs(gemma3__attention__sliding_window=(F64, float("nan"))))


def test_wrong_typed_metadata_in_the_folder_is_listed_as_unusable_and_the_rest_still_works(library):
    _three_wrong_typed(library.models_dir)
    write_gguf(library.models_dir / "good.gguf")
    models = {m.name: m for m in library.models()}
    assert models["good.gguf"].usable
    for name, field in (
        ("ctx-text.gguf", "context_length"),
        ("blocks-float.gguf", "block_count"),
        ("window-nan.gguf", "attention.sliding_window"),
    ):
        assert not models[name].usable and f"'gemma3.{field}'" in models[name].problem
    with pytest.raises(LibraryError, match="cannot be used"):
        from app.core.models.library import resolve_model

        resolve_model(library, "ctx-text.gguf", None)


@pytest.mark.timeout(120)
def test_cli_lists_doctors_and_refuses_wrong_typed_models_without_a_traceback(app_paths, hearth_home):
    _three_wrong_typed(app_paths.models_dir)
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))

    def hearth(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
        )

    listing = hearth("models", "list")
    assert listing.returncode == 0 and "Traceback" not in listing.stderr, listing.stderr
    assert listing.stdout.count("PROBLEM") == 3 and "gemma3.context_length" in listing.stdout
    doctor = hearth("doctor")
    assert doctor.returncode == 0 and "Traceback" not in doctor.stderr, doctor.stderr
    chat = hearth("chat", "--model", "ctx-text.gguf", "hello")
    assert chat.returncode == 1 and "Traceback" not in chat.stderr
    assert chat.stderr.strip().count("\n") == 0 and "gemma3.context_length" in chat.stderr


# ------------------------------------------------------------------ architectures
def test_architecture_names_match_exactly_not_as_fragments():
    assert architecture_supported("gemma3") and architecture_supported("gemma")
    # "ma3" ends "gemma3" and "emma" sits inside it: neither is an architecture.
    for fragment in ("ma3", "emma", "mma3", "a3", "3", "", "gemma3\0"):
        assert not architecture_supported(fragment), fragment


def test_real_architectures_stored_as_the_end_of_another_name_are_still_supported():
    """Linkers keep "qwen2" only inside "rwkv6qwen2"; the known such names still count."""
    assert architecture_supported("qwen2") and architecture_supported("llama")


def test_fragment_architecture_file_is_listed_unusable(library):
    write_gguf(library.models_dir / "frag.gguf", minimal_kvs("ma3"))
    (model,) = library.models()
    assert not model.usable and "'ma3' architecture is not supported" in model.problem


# --------------------------------------------------------------------- special files
@fifo_only
@pytest.mark.timeout(30)
def test_symlink_to_a_fifo_in_the_models_folder_does_not_block_the_listing(tmp_path, library):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (library.models_dir / "piped.gguf").symlink_to(fifo)
    os.mkfifo(library.models_dir / "bare-pipe.gguf")
    write_gguf(library.models_dir / "good.gguf")
    models = {m.name: m for m in library.models()}
    assert models["good.gguf"].usable
    for name in ("piped.gguf", "bare-pipe.gguf"):
        assert not models[name].usable and "named pipe" in models[name].problem
    with pytest.raises(GGUFError, match="named pipe"):
        read_gguf_info(fifo)


@fifo_only
@pytest.mark.timeout(30)
def test_a_fifo_as_the_import_file_is_refused_at_once(tmp_path, library):
    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    link = tmp_path / "link.gguf"
    link.symlink_to(fifo)
    for source in (fifo, link):
        with pytest.raises(LibraryError, match="not a regular file"):
            library.import_file(source)
    assert list(library.models_dir.iterdir()) == []
    from app.core.models.library import resolve_model

    with pytest.raises(LibraryError, match="named pipe"):  # `hearth chat --model PATH-TO-FIFO`
        resolve_model(library, str(fifo), None)


@fifo_only
@pytest.mark.timeout(120)
def test_cli_models_list_and_doctor_with_a_fifo_link_finish(app_paths, hearth_home, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (app_paths.models_dir / "piped.gguf").symlink_to(fifo)
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    for args in (("models", "list"), ("doctor",), ("chat", "--model", "piped.gguf", "hi")):
        result = subprocess.run(
            [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == (1 if args[0] == "chat" else 0), (args, result.stderr)
        assert "named pipe" in result.stdout + result.stderr


def test_a_dangling_link_is_listed_not_raised(library, tmp_path):
    (library.models_dir / "gone.gguf").symlink_to(tmp_path / "nowhere.gguf")
    (model,) = library.models()
    assert not model.usable and "not found" in model.problem
