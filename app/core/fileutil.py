"""Small file helpers shared by the core: atomic writes and safe names."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

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
