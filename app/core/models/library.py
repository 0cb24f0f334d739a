"""The local model library: the GGUF files in the models dir, and the bundled starter model.

Each model is described from its header alone (see :mod:`gguf_info`), so listing the library
never loads weights. A file that is not a usable GGUF (truncated, not GGUF at all, a header with
wrong-typed fields, an architecture the installed llama.cpp cannot run, a file that crashed
llama.cpp in a trial load, a FIFO or device under a .gguf name) is listed with the reason, not
hidden, and nothing about one bad file can make listing the library fail.

Besides listing, the library imports local files (copy, hard link or symbolic link), deletes,
re-verifies hashes, remembers where each file came from (``.sources.json``) and sets the default
model. Split GGUFs (``x-00001-of-00003.gguf``) appear once, as their first part.

Its parts live beside it: describing one file (``local_model``), the architectures llama.cpp can run
(``architectures``), where files came from (``sources``) and the bundled starter (``starter``).
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from ..base.fileutil import safe_file_name
from ..base.hashing import cached_sha256, known_sha256, remember_sha256, sha256_file
from ..inference.thread_tuning import ThreadTuner
from .architectures import (  # noqa: F401 (re-exported)
    _ARCH_TOKEN,
    FALLBACK_ARCHITECTURES,
    NOT_CHAT_MODELS,
    SUFFIX_ARCHITECTURES,
    _llama_architecture_names,
    _llama_library_bytes,
    _name_run,
    architecture_problem,
    architecture_supported,
    llama_cpp_version,
)
from .local_model import (  # noqa: F401 (re-exported)
    LibraryError,
    LocalModel,
    _described_lock,
    _read_description,
    describe,
    describe_uncached,
    file_size,
    is_later_part,
    split_parts,
)
from .model_choice import choose_model
from .sources import (  # noqa: F401 (re-exported)
    SOURCES_NAME,
    STARTER_ORIGIN,
    ModelSource,
    _edit_sources,
    _sources_lock,
    _sources_path,
    forget_source,
    load_sources,
    record_import,
    record_source,
)
from .starter import (  # noqa: F401 (re-exported)
    STARTER_PACKAGE,
    ChecksumMismatch,
    Progress,
    assemble_verified,
    copy_hashed,
    starter_module,
)
from .trial_load import TRIAL_CACHE_NAME, any_crash_recorded, cached_verdict

log = logging.getLogger(__name__)

HASH_CACHE_NAME = ".hashes.json"
THREAD_TUNING_NAME = ".thread-tuning.json"

COPY, LINK, SYMLINK = "copy", "link", "symlink"  # import modes; LINK is a hard link, else a symbolic one
IMPORT_MODES = (COPY, LINK, SYMLINK)


@dataclass(frozen=True)
class VerifyResult:
    name: str
    ok: bool
    message: str
    sha256: str = ""
    expected: str | None = None


class ModelLibrary:
    """The models in one folder. Cheap to construct; :meth:`models` re-reads the folder."""

    def __init__(self, models_dir: Path):
        self.models_dir = Path(models_dir)

    @property
    def hash_cache(self) -> Path:
        return self.models_dir / HASH_CACHE_NAME

    @property
    def thread_tuner(self) -> ThreadTuner:
        """Where the per-machine, per-model thread auto-tune results are remembered."""
        return ThreadTuner(self.models_dir / THREAD_TUNING_NAME)

    def models(self) -> list[LocalModel]:
        if not self.models_dir.is_dir():
            return []
        try:
            files = sorted(
                p
                for p in self.models_dir.iterdir()
                if p.suffix.lower() == ".gguf" and not p.is_dir() and not is_later_part(p.name)
            )
        except OSError as exc:
            log.warning("cannot list %s: %s", self.models_dir, exc)
            return []
        sources = load_sources(self.models_dir)
        return [
            self._with_verdict(replace(describe(p), source=sources.get(p.name) or self._starter_source(p)))
            for p in files
        ]

    @staticmethod
    def _starter_source(path: Path) -> ModelSource | None:
        """The bundled starter's origin: it is assembled from its package (ensure_starter), never
        recorded in .sources.json, so it is known by its name and size (the package's parts)."""
        try:
            module = starter_module()
        except ImportError:
            return None
        if path.name != module.MODEL_NAME or file_size(path) != sum(p.stat().st_size for p in module.chunk_paths()):
            return None
        return ModelSource(origin=STARTER_ORIGIN, sha256=module.EXPECTED_SHA256)

    @property
    def trial_cache(self) -> Path:
        """Where trial-load verdicts are remembered (see :mod:`trial_load`)."""
        return self.models_dir / TRIAL_CACHE_NAME

    def _with_verdict(self, model: LocalModel) -> LocalModel:
        """The model, marked unusable when a trial load showed that it crashes llama.cpp."""
        if not model.usable or not any_crash_recorded(self.trial_cache):  # the usual case: read nothing more
            return model
        try:
            verdict = cached_verdict(model.path, self.trial_cache, known_sha256(model.path, self.hash_cache))
        except OSError:
            return model
        if verdict is None or verdict.usable:
            return model
        return replace(model, problem=verdict.reason)

    def find(self, name_or_path: str) -> LocalModel:
        """A model by file name, by a unique prefix of it, or by a path to any .gguf file."""
        candidate = Path(name_or_path).expanduser()
        # Any existing non-folder: a FIFO or device is then described (as unusable), never opened.
        if (
            candidate.suffix.lower() == ".gguf"
            and candidate.exists()
            and not candidate.is_dir()
            and (os.sep in name_or_path or "/" in name_or_path or not (self.models_dir / name_or_path).exists())
        ):
            return self._with_verdict(describe(candidate))
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

    def delete(self, name: str) -> LocalModel:
        """Remove a model (every part of a split one) from the library folder.

        A linked model loses only its link: the file it points to is the user's and stays."""
        model = self.find(name)
        if model.path.parent.resolve() != self.models_dir.resolve():
            raise LibraryError(f"{model.path} is outside the library; not deleting it")
        for path in model.files:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise LibraryError(f"could not delete {path.name}: {exc.strerror or exc}") from exc
        forget_source(self.models_dir, [p.name for p in model.files])
        log.info("deleted %s from the library", model.name)
        return model

    # ------------------------------------------------------------ import
    def import_file(self, source: Path | str, mode: str = COPY, progress: Progress | None = None) -> LocalModel:
        """Add a local ``.gguf`` to the library, after checking it is a model this build can run.

        ``mode``: ``copy`` (hashing as it copies), ``link`` (a hard link: no extra space, the file
        survives if the original is moved; falls back to a symbolic link across drives) or
        ``symlink``. A split model's other parts come along. ``progress(done, total)`` may raise
        to abort a copy; nothing half-copied is left behind.
        """
        if mode not in IMPORT_MODES:
            raise LibraryError(f"unknown import mode {mode!r}; use one of {', '.join(IMPORT_MODES)}")
        source = Path(source).expanduser()
        if not _is_regular_file(source):  # a FIFO or a device would block or never end
            raise LibraryError(f"{source} is not a regular file")
        if source.suffix.lower() != ".gguf":
            raise LibraryError(f"{source.name} is not a .gguf file")
        if is_later_part(source.name):
            raise LibraryError(f"{source.name} is a later part of a split model; import its first part (-00001-of-)")
        checked = describe(source)
        if not checked.usable:
            raise LibraryError(f"{source.name} cannot be imported: {checked.problem}")
        self.models_dir.mkdir(parents=True, exist_ok=True)
        files = checked.files
        targets = [self.models_dir / safe_file_name(p.name) for p in files]
        if all(t.exists() and self._same_content(p, t) for p, t in zip(files, targets)):
            return self.find(targets[0].name)  # already here (the same file, a link to it, or a copy)
        clash = next((t for t in targets if t.exists() or t.is_symlink()), None)
        if clash is not None:
            raise LibraryError(f"a model named {clash.name} is already in the library; delete or rename one first")
        total, done = sum(p.stat().st_size for p in files), 0
        placed: list[Path] = []
        try:
            for origin, target in zip(files, targets):
                digest = self._place(origin, target, mode, progress, done, total)
                placed.append(target)
                done += origin.stat().st_size
                record_import(self.models_dir, target.name, digest, origin.resolve())
        except BaseException:
            for target in placed:
                target.unlink(missing_ok=True)
            raise
        log.info("imported %s (%s)", targets[0].name, mode)
        return self.find(targets[0].name)

    def _same_content(self, origin: Path, target: Path) -> bool:
        if _same_file(origin, target):
            return True
        if origin.stat().st_size != target.stat().st_size:
            return False
        return sha256_file(origin) == cached_sha256(target, self.hash_cache)

    def _place(
        self, origin: Path, target: Path, mode: str, progress: Progress | None, offset: int, total: int
    ) -> str | None:
        """Copy or link one file; returns its sha256 when a copy computed it."""
        if mode == LINK:
            try:
                os.link(origin, target)
                return None
            except OSError as exc:
                log.info("hard link failed (%s); using a symbolic link", exc)
                mode = SYMLINK
        if mode == SYMLINK:
            try:
                os.symlink(origin.resolve(), target)
            except OSError as exc:
                raise LibraryError(
                    f"could not link {origin.name} into the library: {exc.strerror or exc}; import it as a copy instead"
                ) from exc
            return None
        return self._copy_hashing(origin, target, progress, offset, total)

    def _copy_hashing(self, origin: Path, target: Path, progress: Progress | None, offset: int, total: int) -> str:
        try:
            sha = copy_hashed([origin], target, progress, offset, total)
        except OSError as exc:
            raise LibraryError(f"could not copy {origin.name} into {self.models_dir}: {exc.strerror or exc}") from exc
        remember_sha256(target, sha, self.hash_cache)
        return sha

    # ------------------------------------------------------------ verify
    def verify(self, name: str, progress: Progress | None = None) -> VerifyResult:
        """Re-read the whole file and compare its sha256 with the one recorded when it arrived."""
        model = self.find(name)
        if model.info is None or (model.problem and model.info.is_truncated):
            return VerifyResult(model.name, False, f"{model.name}: {model.problem}")
        sources = load_sources(self.models_dir)
        total = sum(p.stat().st_size for p in model.files if p.exists())
        done, failures, unknown = 0, [], []
        first_hash, first_expected = "", None
        for path in model.files:
            if not path.exists():
                failures.append(f"{path.name} is missing")
                continue
            base = done
            actual = sha256_file(path, None if progress is None else lambda d, _t, base=base: progress(base + d, total))
            done += path.stat().st_size
            expected = sources[path.name].sha256 if path.name in sources else None
            if path == model.path:
                first_hash, first_expected = actual, expected
            if expected is None:
                unknown.append(path.name)
            elif actual != expected.lower():
                failures.append(f"{path.name} does not match its recorded sha256 (damaged or changed on disk)")
                continue
            remember_sha256(path, actual, self.hash_cache)
        if failures:
            return VerifyResult(model.name, False, "; ".join(failures), first_hash, first_expected)
        if unknown:
            for file_name in unknown:  # from now on, later checks have a reference
                record_import(
                    self.models_dir,
                    file_name,
                    cached_sha256(self.models_dir / file_name, self.hash_cache),
                    self.models_dir / file_name,
                )
            return VerifyResult(
                model.name,
                True,
                f"{model.name}: readable; no recorded checksum to compare with, "
                f"sha256 {first_hash[:16]}... is now recorded",
                first_hash,
                None,
            )
        return VerifyResult(
            model.name, True, f"{model.name}: sha256 matches ({first_hash[:16]}...)", first_hash, first_expected
        )

    # ------------------------------------------------------------ starter
    def starter_available(self) -> bool:
        try:
            starter_module()
        except ImportError:
            return False
        return True

    def starter_path(self) -> Path:
        return self.models_dir / starter_module().MODEL_NAME

    def ensure_starter(self, progress: Progress | None = None) -> Path:
        """Assemble the bundled starter GGUF into the models dir once, verified by sha256."""
        module = starter_module()
        target = self.starter_path()
        if target.exists() and target.stat().st_size == sum(p.stat().st_size for p in module.chunk_paths()):
            return target
        return assemble_verified(module, target, self.hash_cache, progress)


def resolve_model(
    library: ModelLibrary, requested: str | None, default: str | None, progress: Progress | None = None
) -> LocalModel:
    """The model to chat with: the one asked for, else :func:`~.model_choice.choose_model`'s (the
    default, else the first usable one, else the starter model, assembled on first use)."""
    if requested:
        model = library.find(requested)
    else:  # the window's rule too (model_choice)
        choice = choose_model(library.models(), default, library.starter_available())
        if choice.model is not None:
            model = choice.model
        elif choice.use_starter:
            model = describe(library.ensure_starter(progress))
        else:
            raise LibraryError(
                "no model installed: download one (`hearth models pull`) or install the starter "
                "model (pip install 'hearth[starter]')"
            )
    if not model.usable:
        raise LibraryError(f"{model.name} cannot be used: {model.problem}")
    return model


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def with_default_model(library: ModelLibrary, name: str, settings):
    """``settings`` with ``name`` as the default model (it must exist and be usable)."""
    model = library.find(name)
    if not model.usable:
        raise LibraryError(f"{model.name} cannot be the default model: {model.problem}")
    if model.path.parent.resolve() != library.models_dir.resolve():
        raise LibraryError(f"{model.path} is not in the library; import it first")
    return settings.with_changes(default_model=model.name)


def set_default_model(library: ModelLibrary, name: str, settings_path: Path):
    """Make ``name`` the default model and save the settings. Returns the new settings."""
    from ..base.settings import load_settings, save_settings

    settings = with_default_model(library, name, load_settings(settings_path))
    save_settings(settings_path, settings)
    return settings
