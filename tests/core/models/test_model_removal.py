"""Deleting a model: its file, the default model and its saved KV states go together; the sweep
for models that left the library otherwise neither gives up nor raises."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import run
from app.core.base.hashing import cached_sha256, sha256_file
from app.core.base.settings import Settings, load_settings, save_settings
from app.core.inference.kv_cache import KVCache
from app.core.models.library import ModelLibrary
from app.core.models.model_removal import delete_model, prune_orphan_states
from tests.fakes_hub import gguf_bytes


@pytest.fixture
def library(app_paths) -> ModelLibrary:
    return ModelLibrary(app_paths.models_dir)


@pytest.fixture
def kv(app_paths) -> KVCache:
    return KVCache(app_paths.kv_cache_dir, 64)


def _model(library: ModelLibrary, name: str, seed: int, hashed: bool = True) -> str:
    path = library.models_dir / name
    path.write_bytes(gguf_bytes(name=name, padding=2000, seed=seed))
    return cached_sha256(path, library.hash_cache) if hashed else sha256_file(path)


def _state(kv: KVCache, sha: str, conversation: str) -> None:
    assert (
        kv.put(
            model_sha256=sha,
            fingerprint="f",
            tokens=[1, 2, 3],
            blob=b"secret words " + sha.encode(),
            conversation_id=conversation,
        )
        is not None
    )


def _state_models(kv: KVCache) -> set[str]:
    return {entry.model_sha256 for entry in kv.entries()}


def test_delete_clears_the_default_and_removes_only_that_models_states(library, kv):
    doomed = _model(library, "gemma-doomed-Q4_K_M.gguf", 1)
    kept = _model(library, "gemma-kept-Q4_K_M.gguf", 2)
    _state(kv, doomed, "c1")
    _state(kv, kept, "c2")
    settings = Settings().with_changes(default_model="gemma-doomed-Q4_K_M.gguf")

    removal = delete_model(library, kv, "gemma-doomed-Q4_K_M.gguf", settings)

    assert not (library.models_dir / "gemma-doomed-Q4_K_M.gguf").exists()
    assert removal.was_default and removal.settings.default_model is None and removal.states_removed == 1
    assert _state_models(kv) == {kept}
    other = delete_model(library, kv, "gemma-kept-Q4_K_M.gguf", removal.settings)
    assert other.settings is removal.settings and not other.was_default  # nothing to change: same object


def test_a_second_copy_of_the_same_file_keeps_its_states(library, kv):
    sha = _model(library, "gemma-a-Q4_K_M.gguf", 3)
    (library.models_dir / "gemma-b-Q4_K_M.gguf").write_bytes((library.models_dir / "gemma-a-Q4_K_M.gguf").read_bytes())
    cached_sha256(library.models_dir / "gemma-b-Q4_K_M.gguf", library.hash_cache)
    _state(kv, sha, "c1")
    delete_model(library, kv, "gemma-a-Q4_K_M.gguf", Settings())
    assert _state_models(kv) == {sha}


def test_the_sweep_does_not_give_up_when_a_model_was_never_hashed(library, kv):
    gone = _model(library, "gemma-gone-Q4_K_M.gguf", 4)
    _model(library, "gemma-unhashed-Q4_K_M.gguf", 5, hashed=False)
    stranger = "f" * 64  # a state Hearth never hashed a file for: it may be the unhashed model's
    _state(kv, gone, "c1")
    _state(kv, stranger, "c2")
    (library.models_dir / "gemma-gone-Q4_K_M.gguf").unlink()  # removed behind Hearth's back

    assert prune_orphan_states(library, kv) == 1
    assert _state_models(kv) == {stranger}


def test_the_sweep_treats_a_link_whose_original_moved_as_gone(library, kv, tmp_path):
    original = tmp_path / "elsewhere" / "gemma-linked-Q4_K_M.gguf"
    original.parent.mkdir()
    original.write_bytes(gguf_bytes(name="linked", padding=2000, seed=6))
    link = library.models_dir / original.name
    os.symlink(original, link)
    sha = cached_sha256(link, library.hash_cache)
    _state(kv, sha, "c1")
    original.rename(tmp_path / "moved.gguf")

    assert prune_orphan_states(library, kv) == 1  # no exception from the dangling link
    assert _state_models(kv) == set()


def test_cli_models_rm_applies_the_policy(library, kv, app_paths, capsys):
    doomed = _model(library, "gemma-doomed-Q4_K_M.gguf", 7)
    _model(library, "gemma-other-Q4_K_M.gguf", 8)
    _state(kv, doomed, "c1")
    save_settings(app_paths.settings_path, Settings().with_changes(default_model="gemma-doomed-Q4_K_M.gguf"))

    assert run(["models", "rm", "gem"]) == 1
    assert "matches several models" in capsys.readouterr().err
    assert run(["models", "rm", "gemma-d"]) == 0
    out = capsys.readouterr().out
    assert "deleted gemma-doomed-Q4_K_M.gguf and 1 saved KV state(s)" in out and "default model" in out
    assert load_settings(app_paths.settings_path).default_model is None
    assert _state_models(kv) == set()
    assert run(["models", "list"]) == 0  # no dangling default to trip over


def test_cli_models_rm_needs_yes_for_several(library, app_paths, capsys):
    _model(library, "gemma-one-Q4_K_M.gguf", 9)
    _model(library, "gemma-two-Q4_K_M.gguf", 10)
    assert run(["models", "rm", "gemma-one", "gemma-two"]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert len(library.models()) == 2
    assert run(["models", "rm", "--yes", "gemma-one", "gemma-two"]) == 0
    assert library.models() == []


def test_cli_models_rm_refuses_a_short_unique_prefix(library, capsys):
    _model(library, "zz-Q4_K_M.gguf", 11)
    assert run(["models", "rm", "zz"]) == 1
    assert "too short" in capsys.readouterr().err
    assert Path(library.models_dir / "zz-Q4_K_M.gguf").exists()
