"""What deleting a model means, in one place for the window and the CLI.

Deleting a model removes its file(s) from the library, clears it as the default model (a dangling
default would be picked up by nothing), and removes its saved KV states: they are useless without
the model and spell out the conversations they were computed for.

:func:`prune_orphan_states` is the sweep for models that left the library some other way (deleted
in a file manager, a link whose original moved). KV states are caches, so when in doubt it prunes:
a state lost costs one prefill; a state kept for a gone model keeps conversation text on disk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..base.hashing import every_known_sha256, known_sha256
from ..base.settings import Settings
from ..inference.kv_cache import KVCache
from .library import LocalModel, ModelLibrary, load_sources

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelRemoval:
    model: LocalModel
    settings: Settings  # the same object when nothing changed; save it when it is a new one
    was_default: bool
    states_removed: int


def delete_model(library: ModelLibrary, kv_cache: KVCache | None, name: str, settings: Settings) -> ModelRemoval:
    """Delete ``name`` from the library with everything that belongs to it (see the module doc).

    The caller saves ``result.settings`` when it differs from ``settings`` (the window keeps its
    settings in memory, the CLI writes the file), so neither overwrites the other's copy."""
    model = library.find(name)
    hashes = _hashes_of(library, model)
    library.delete(model.name)
    was_default = settings.default_model == model.name
    if was_default:
        settings = settings.with_changes(default_model=None)
    removed = 0
    if kv_cache is not None:
        still_present = _present_hashes(library)[0]
        for sha in hashes - still_present:  # a second copy of the same file keeps its states
            removed += kv_cache.invalidate(sha)
        removed += prune_orphan_states(library, kv_cache)
    log.info("deleted model %s (default cleared: %s, %d KV state(s) removed)", model.name, was_default, removed)
    return ModelRemoval(model, settings, was_default, removed)


def prune_orphan_states(library: ModelLibrary, kv_cache: KVCache) -> int:
    """Remove the saved KV states of models no longer in the library. Returns how many.

    A state is kept when its model's sha256 is known for a file in the library. When some library
    file has never been hashed (so its sha256 is unknown), a state whose sha256 Hearth never saw
    for any file might be that model's, and is kept; a state whose sha256 Hearth computed for a
    file that is gone (or changed) is removed. A broken link in the library (its original moved)
    counts as a model that is not there."""
    present, unhashed = _present_hashes(library)
    ever_seen = every_known_sha256(library.hash_cache)
    ever_seen |= {s.sha256.lower() for s in load_sources(library.models_dir).values() if s.sha256}
    orphans = set()
    for entry in kv_cache.entries():
        sha = entry.model_sha256
        if sha in present:
            continue
        if unhashed and sha not in ever_seen:
            continue  # may belong to the model that was never hashed
        orphans.add(sha)
    removed = sum(kv_cache.invalidate(sha) for sha in orphans)
    if removed:
        log.info("removed %d saved KV state(s) of %d model(s) no longer in the library", removed, len(orphans))
    return removed


def _hashes_of(library: ModelLibrary, model: LocalModel) -> set[str]:
    """Every sha256 this model's first file is known by (hash cache, download/import record)."""
    hashes = set()
    sha = _known(model.path, library.hash_cache)
    if sha:
        hashes.add(sha)
    source = load_sources(library.models_dir).get(model.name)
    if source is not None and source.sha256:
        hashes.add(source.sha256.lower())
    return hashes


def _present_hashes(library: ModelLibrary) -> tuple[set[str], bool]:
    """(sha256 of every library model whose hash is known, whether some model's is unknown)."""
    present, unhashed = set(), False
    sources = load_sources(library.models_dir)
    for model in library.models():
        if not model.path.exists():  # a broken link is no model at all
            continue
        source = sources.get(model.name)
        sha = _known(model.path, library.hash_cache) or (source.sha256.lower() if source and source.sha256 else None)
        if sha:
            present.add(sha)
        else:
            unhashed = True
    return present, unhashed


def _known(path: Path, hash_cache: Path) -> str | None:
    try:
        return known_sha256(path, hash_cache)
    except OSError:  # a link whose original moved or vanished
        return None
