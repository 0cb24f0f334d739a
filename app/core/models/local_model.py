"""One model file in the library, described from its header alone (listing never loads weights); a
file that is not a usable GGUF is described with the reason, never hidden. Split GGUFs appear once."""

from __future__ import annotations

import logging
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

from .architectures import architecture_problem
from .gguf_info import GGUFError, GGUFInfo, read_gguf_info
from .sources import ModelSource

log = logging.getLogger(__name__)


class LibraryError(Exception):
    """A library operation failed; the message is for the user."""


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
        return describe_uncached(path)
    with _described_lock:
        known = _described.get(key)
    if known is None:
        known = describe_uncached(path)
        with _described_lock:
            if len(_described) > 256:
                _described.clear()
            _described[key] = known
    return known


def describe_uncached(path: Path) -> LocalModel:
    """Never raises: a file that cannot be described is a LocalModel with the reason."""
    try:
        return _read_description(path)
    except (OSError, ValueError, LookupError, TypeError, ArithmeticError, RecursionError) as exc:
        log.warning("could not describe %s: %s", path.name, exc.__class__.__name__)
        return LocalModel(path.name, path, 0, None, f"{path.name}: cannot be read ({exc.__class__.__name__}: {exc})")


def _read_description(path: Path) -> LocalModel:
    size = file_size(path)
    parts, missing = split_parts(path)
    if parts:
        size = sum(file_size(p) for p in parts)
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


def file_size(path: Path) -> int:
    """Size of a regular file (following links); 0 for anything else or a dangling link."""
    try:
        info = path.stat()
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0


def split_parts(path: Path) -> tuple[tuple[Path, ...], list[str]]:
    """For the first part of a split GGUF, all its parts and the names of missing ones."""
    from .hub import split_info, split_part_name

    info = split_info(path.name)
    if info is None or info[1] != 1:
        return (), []
    base, _, count = info
    parts = tuple(path.with_name(split_part_name(base, i, count)) for i in range(1, count + 1))
    return parts, [p.name for p in parts if not p.exists()]


def is_later_part(name: str) -> bool:
    from .hub import split_info

    info = split_info(name)
    return info is not None and info[1] != 1
