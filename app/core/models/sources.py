"""Where each library file came from (``.sources.json``): a hub repository, or a local import."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..base.fileutil import atomic_write_text

log = logging.getLogger(__name__)


SOURCES_NAME = ".sources.json"
STARTER_ORIGIN = "starter"


_sources_lock = threading.Lock()


@dataclass(frozen=True)
class ModelSource:
    """Where a library file came from: the hub (repo, path, commit, sha256) or a local import."""

    origin: str  # "hub", "import" or "starter" (the bundled starter, assembled from its package)
    sha256: str | None = None
    repo_id: str = ""
    path: str = ""
    revision: str = ""
    imported_from: str = ""

    @property
    def label(self) -> str:
        if self.origin == "hub":
            return f"{self.repo_id} ({self.path})"
        if self.origin == STARTER_ORIGIN:
            return "bundled starter"
        return f"imported from {self.imported_from}" if self.imported_from else "imported"


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
    for name, item in data.items() if isinstance(data, dict) else []:
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
    entry = {
        "origin": "hub",
        "repo_id": repo_id,
        "path": path,
        "revision": revision,
        "sha256": sha256,
        "recorded_at": time.time(),
    }
    _edit_sources(models_dir, lambda data: data.__setitem__(name, entry))


def record_import(models_dir: Path, name: str, sha256: str | None, origin_path: Path) -> None:
    entry = {"origin": "import", "sha256": sha256, "imported_from": str(origin_path), "recorded_at": time.time()}
    _edit_sources(models_dir, lambda data: data.__setitem__(name, entry))


def forget_source(models_dir: Path, names: list[str]) -> None:
    _edit_sources(models_dir, lambda data: [data.pop(n, None) for n in names])
