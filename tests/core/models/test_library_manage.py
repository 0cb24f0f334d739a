"""The local library: metadata without loading, problems flagged (truncated, not GGUF, unknown
architecture, projector, missing split part), import by copy/link, delete, verify, default model."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.core.base.settings import load_settings
from app.core.models.library import (
    COPY,
    LINK,
    SYMLINK,
    LibraryError,
    ModelLibrary,
    architecture_supported,
    record_source,
    set_default_model,
)
from tests.fakes_hub import gguf_bytes, sha256_hex, write_gguf


@pytest.fixture
def library(app_paths) -> ModelLibrary:
    return ModelLibrary(app_paths.models_dir)


def test_starter_metadata_is_read_without_loading_the_model(installed_starter, hearth_home):
    """A fresh interpreter lists the library and describes the starter; llama_cpp is never imported."""
    script = (
        "import sys\n"
        "from app.core.base.paths import AppPaths\n"
        "from app.core.models.library import ModelLibrary\n"
        "(m,) = ModelLibrary(AppPaths.from_environment().models_dir).models()\n"
        "i = m.info\n"
        "print(m.usable, i.architecture, i.quantization, i.context_length, i.sliding_window, i.parameter_count > 1e8,"
        " m.size == m.path.stat().st_size)\n"
        "assert 'llama_cpp' not in sys.modules, 'listing loaded llama.cpp'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, HEARTH_HOME=str(hearth_home)),
    )
    assert result.returncode == 0, result.stderr
    usable, arch, quant, ctx, window, params, size_ok = result.stdout.split()
    assert (usable, arch, quant, params, size_ok) == ("True", "gemma3", "Q4_K_M", "True", "True")
    assert int(ctx) == 32768 and int(window) == 512


def test_truncated_and_non_gguf_files_are_flagged_not_hidden(library):
    whole = gguf_bytes(tensor_elements=10_000)
    (library.models_dir / "cut.gguf").write_bytes(whole[: len(whole) - 5000])
    (library.models_dir / "notes.gguf").write_bytes(b"this is not a model at all" * 10)
    (library.models_dir / "empty.gguf").write_bytes(b"")
    problems = {m.name: m.problem for m in library.models()}
    assert "incomplete file" in problems["cut.gguf"]
    assert "not a GGUF model file" in problems["notes.gguf"]
    assert problems["empty.gguf"]
    assert not any(m.usable for m in library.models())


def test_architecture_this_llama_cpp_cannot_run_is_flagged_with_the_reason(library):
    assert architecture_supported("gemma3") and not architecture_supported("notanarch9")
    write_gguf(library.models_dir / "alien.gguf", architecture="notanarch9")
    write_gguf(library.models_dir / "mmproj-F16.gguf", architecture="clip")
    write_gguf(library.models_dir / "fine.gguf", architecture="gemma3")
    problems = {m.name: m.problem for m in library.models()}
    assert "'notanarch9' architecture is not supported by the installed llama.cpp" in problems["alien.gguf"]
    assert "vision projector" in problems["mmproj-F16.gguf"]
    assert problems["fine.gguf"] is None


def test_split_models_are_listed_once_and_a_missing_part_is_flagged(library):
    write_gguf(library.models_dir / "big-00001-of-00003.gguf")
    (library.models_dir / "big-00002-of-00003.gguf").write_bytes(b"x" * 100)
    (model,) = library.models()
    assert model.name == "big-00001-of-00003.gguf"
    assert model.problem == "split model is missing big-00003-of-00003.gguf"
    (library.models_dir / "big-00003-of-00003.gguf").write_bytes(b"y" * 100)
    (model,) = library.models()
    assert model.usable and len(model.parts) == 3

    library.delete(model.name)
    assert not any(library.models_dir.glob("big-*"))


# --------------------------------------------------------------------- import
def test_import_copies_after_validating_and_records_the_hash(library, tmp_path):
    source = write_gguf(tmp_path / "elsewhere" / "mine-Q4_K_M.gguf", padding=50_000)
    progress = []
    model = library.import_file(source, COPY, lambda done, total: progress.append((done, total)))
    assert model.usable and model.path == library.models_dir / "mine-Q4_K_M.gguf"
    assert model.path.read_bytes() == source.read_bytes() and not model.path.is_symlink()
    assert progress[-1] == (source.stat().st_size, source.stat().st_size)
    assert model.source.origin == "import" and model.source.sha256 == sha256_hex(source)
    assert library.sha256(model) == sha256_hex(source)
    assert not list(library.models_dir.glob("*.part"))


def test_import_by_link_uses_no_copy_and_delete_leaves_the_original(library, tmp_path):
    source = write_gguf(tmp_path / "keep-me.gguf")
    hard = library.import_file(source, LINK)
    assert os.path.samefile(hard.path, source)
    library.delete(hard.name)
    assert source.exists() and not hard.path.exists()

    soft = library.import_file(source, SYMLINK)
    assert soft.path.is_symlink() and soft.usable
    library.delete(soft.name)
    assert source.exists() and not soft.path.is_symlink()


def test_a_broken_symlink_shows_up_as_a_problem(library, tmp_path):
    source = write_gguf(tmp_path / "moving.gguf")
    library.import_file(source, SYMLINK)
    source.unlink()
    (model,) = library.models()
    assert model.problem and "not found" in model.problem


def test_import_refuses_bad_files_and_name_clashes(library, tmp_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"definitely not gguf")
    with pytest.raises(LibraryError, match="cannot be imported: junk.gguf: not a GGUF model file"):
        library.import_file(junk)
    text = tmp_path / "model.bin"
    text.write_bytes(b"x")
    with pytest.raises(LibraryError, match="not a .gguf file"):
        library.import_file(text)
    with pytest.raises(LibraryError, match="not supported"):
        library.import_file(write_gguf(tmp_path / "alien.gguf", architecture="notanarch9"))

    first = write_gguf(tmp_path / "a" / "same.gguf", seed=1, padding=10)
    other = write_gguf(tmp_path / "b" / "same.gguf", seed=2, padding=10)
    library.import_file(first)
    assert library.import_file(first, COPY).name == "same.gguf"  # identical content: nothing to do
    with pytest.raises(LibraryError, match="a model named same.gguf is already in the library"):
        library.import_file(other)
    assert (library.models_dir / "same.gguf").read_bytes() == first.read_bytes()
    assert [m.name for m in library.models()] == ["same.gguf"]


def test_importing_a_linked_file_twice_is_a_no_op(library, tmp_path):
    source = write_gguf(tmp_path / "twice.gguf")
    library.import_file(source, LINK)
    assert library.import_file(source, LINK).name == "twice.gguf"
    assert len(library.models()) == 1


# ------------------------------------------------------------- verify, default
def test_verify_detects_damage_against_the_recorded_hub_hash(library):
    path = write_gguf(library.models_dir / "dl-Q4_K_M.gguf", padding=20_000)
    record_source(library.models_dir, path.name, "o/r", "dl-Q4_K_M.gguf", "c" * 40, sha256_hex(path))
    assert library.verify(path.name).ok

    damaged = bytearray(path.read_bytes())
    damaged[-10] ^= 0xFF
    path.write_bytes(bytes(damaged))
    result = library.verify(path.name)
    assert not result.ok and "does not match its recorded sha256" in result.message


def test_verify_without_a_record_records_one(library):
    path = write_gguf(library.models_dir / "dropped-in.gguf")
    first = library.verify(path.name)
    assert first.ok and "now recorded" in first.message
    assert library.find(path.name).source.sha256 == sha256_hex(path)
    assert "matches" in library.verify(path.name).message


def test_set_default_model_saves_settings(library, app_paths):
    write_gguf(library.models_dir / "good.gguf")
    (library.models_dir / "bad.gguf").write_bytes(b"nope")
    assert set_default_model(library, "good", app_paths.settings_path).default_model == "good.gguf"
    assert load_settings(app_paths.settings_path).default_model == "good.gguf"
    with pytest.raises(LibraryError, match="cannot be the default model"):
        set_default_model(library, "bad.gguf", app_paths.settings_path)
    assert load_settings(app_paths.settings_path).default_model == "good.gguf"


def test_copy_hashed_puts_nothing_in_place_on_a_checksum_mismatch(tmp_path):
    import hashlib

    from app.core.models.library import ChecksumMismatch, copy_hashed

    parts = [tmp_path / "a", tmp_path / "b"]
    parts[0].write_bytes(b"first ")
    parts[1].write_bytes(b"second")
    target = tmp_path / "joined.gguf"
    seen = []
    assert (
        copy_hashed(parts, target, lambda done, total: seen.append((done, total)))
        == hashlib.sha256(b"first second").hexdigest()
    )
    assert target.read_bytes() == b"first second" and seen[-1] == (12, 12)
    other = tmp_path / "other.gguf"
    with pytest.raises(ChecksumMismatch):
        copy_hashed(parts, other, expected_sha256="0" * 64)
    assert not other.exists() and not other.with_name("other.gguf.part").exists()
