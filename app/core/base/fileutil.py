"""Small file helpers shared by the core: atomic writes, safe names, and reading only regular files.

A path the user (or a folder) hands us may name a FIFO, a device such as ``/dev/zero`` or a symlink to
one: opening a FIFO for reading blocks until a writer appears, and a device never ends. Everything
that reads a file it did not create goes through :func:`open_regular_file` or
:func:`read_regular_file`, which refuse such paths at once instead of blocking or reading forever.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._\- ]")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp_name, 0o644)  # mkstemp makes 0600; exports and settings are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def safe_file_name(name: str) -> str:
    """Reduce an untrusted name to a plain file name (no directories, no traversal).

    Raises ValueError when nothing usable is left, so callers never write to a surprising place.
    """
    base = name.replace("\\", "/").split("/")[-1]
    if base != name.replace("\\", "/") or base in ("", ".", "..") or "\x00" in name:
        raise ValueError(f"unsafe file name from the network: {name!r}")
    cleaned = _UNSAFE_NAME.sub("_", base).strip(" .")
    if not cleaned:
        raise ValueError(f"unsafe file name from the network: {name!r}")
    return cleaned


class NotRegularFileError(OSError):
    """The path names a FIFO, a device, a socket or a folder, not an ordinary file."""

    def __init__(self, path: Path | str, mode: int):
        self.kind = _kind(mode)  # e.g. "a FIFO (named pipe)", for callers that word their own message
        super().__init__(f"{Path(path).name} is {self.kind}, not a regular file")


class FileTooLargeError(OSError):
    """The file is larger than the caller is willing to read."""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def is_regular_file(path: Path | str) -> bool:
    """True when ``path`` (after following symlinks) is an ordinary file. Never opens it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return False


def check_regular_file(path: Path | str) -> os.stat_result:
    """The stat of ``path``; raises :class:`NotRegularFileError` (an OSError) for anything else."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(path, info.st_mode)
    return info


def open_regular_file(path: Path | str) -> BinaryIO:
    """Open ``path`` for binary reading, refusing anything but a regular file without blocking.

    The stat before opening keeps a FIFO from ever being opened; ``O_NONBLOCK`` covers a path swapped
    for a FIFO between the stat and the open (opening a FIFO with it returns at once), and the
    ``fstat`` of the opened descriptor is the check that cannot race.
    """
    check_regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path, mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # no effect on a regular file's reads; keeps the handle ordinary
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_file(path: Path | str, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, refusing special files and (with ``max_bytes``) oversized ones.

    The size is checked before reading and the read itself stops one byte past the limit, so a file
    that grows while being read cannot make us hold more than ``max_bytes``.
    """
    with open_regular_file(path) as handle:
        if max_bytes is None:
            return handle.read()
        if os.fstat(handle.fileno()).st_size > max_bytes:
            raise FileTooLargeError(f"{Path(path).name} is larger than {_size_text(max_bytes)}")
        data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise FileTooLargeError(f"{Path(path).name} is larger than {_size_text(max_bytes)}")
        return data


def _size_text(size: int) -> str:
    mib = 1024 * 1024
    return f"{size / mib:g} MB" if size >= mib else f"{size} bytes"
