"""SHA-256 of model files, remembered per (path, size, mtime) so a 5 GB file is hashed once."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

from .fileutil import atomic_write_text

log = logging.getLogger(__name__)
_CHUNK = 4 * 1024 * 1024
_lock = threading.Lock()


def sha256_file(path: Path, progress=None) -> str:
    """Hash a file; ``progress(done_bytes, total_bytes)`` is called as it goes."""
    digest = hashlib.sha256()
    total = Path(path).stat().st_size
    done = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def cached_sha256(path: Path, cache_file: Path | None = None, progress=None) -> str:
    """The file's sha256, read from ``cache_file`` when the file has not changed since."""
    path = Path(path)
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    cache = _load(cache_file)
    if key in cache:
        return cache[key]
    value = sha256_file(path, progress)
    if cache_file is not None:
        with _lock:
            cache = _load(cache_file)
            cache[key] = value
            try:
                atomic_write_text(cache_file, json.dumps(cache, indent=1, sort_keys=True))
            except OSError as exc:
                log.warning("could not remember the hash of %s: %s", path.name, exc)
    return value


def known_sha256(path: Path, cache_file: Path) -> str | None:
    """The file's sha256 if it was computed before and the file has not changed; never hashes."""
    path = Path(path)
    stat = path.stat()
    return _load(cache_file).get(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}")


def every_known_sha256(cache_file: Path) -> set[str]:
    """Every sha256 ever computed into ``cache_file``, for files present or long gone."""
    return set(_load(cache_file).values())


def remember_sha256(path: Path, value: str, cache_file: Path) -> None:
    """Record a hash computed elsewhere (a verified download) so it is not computed again."""
    stat = Path(path).stat()
    key = f"{Path(path).resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    with _lock:
        cache = _load(cache_file)
        cache[key] = value
        atomic_write_text(cache_file, json.dumps(cache, indent=1, sort_keys=True))


def _load(cache_file: Path | None) -> dict[str, str]:
    if cache_file is None or not Path(cache_file).exists():
        return {}
    try:
        data = json.loads(Path(cache_file).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}
