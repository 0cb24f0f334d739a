"""The curated Gemma catalogue (``catalogue.json``): repositories, their publishers and model shapes."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .memory import GEMMA_VOCAB, kv_cache_bytes_per_token

log = logging.getLogger(__name__)


# --------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class ModelShape:
    """What the memory estimate (:mod:`memory`) needs to know about an architecture."""

    architecture: str
    layers: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    vocab: int = GEMMA_VOCAB
    context_length: int | None = None

    def kv_bytes_per_token(self) -> int | None:
        """f16 K and V for every layer (llama.cpp keeps full caches for sliding-window layers too)."""
        if not (self.layers and self.kv_heads and self.head_dim):
            return None
        return kv_cache_bytes_per_token(self.layers * self.kv_heads, self.head_dim, self.head_dim)


@dataclass(frozen=True)
class CatalogueEntry:
    repo_id: str
    family: str
    name: str
    parameters: str
    shape: ModelShape | None
    gated: bool = False
    note: str = ""

    @property
    def publisher(self) -> str:
        return self.repo_id.split("/", 1)[0]


@lru_cache(maxsize=1)
def load_catalogue() -> tuple[CatalogueEntry, ...]:
    """The curated list, read from ``app/data/catalogue.json`` (data, so it can change without code)."""
    text = resources.files("app").joinpath("data", "catalogue.json").read_text(encoding="utf-8")
    return parse_catalogue(json.loads(text))


def parse_catalogue(data: dict[str, Any]) -> tuple[CatalogueEntry, ...]:
    shapes = {key: ModelShape(**value) for key, value in data.get("shapes", {}).items()}
    entries = []
    for item in data.get("models", []):
        entries.append(
            CatalogueEntry(
                repo_id=item["repo"],
                family=item.get("family", ""),
                name=item.get("name", item["repo"]),
                parameters=item.get("parameters", ""),
                shape=shapes.get(item.get("shape", "")),
                gated=bool(item.get("gated", False)),
                note=item.get("note", ""),
            )
        )
    return tuple(entries)


def catalogue_entry(repo_id: str) -> CatalogueEntry | None:
    lowered = repo_id.lower()
    return next((e for e in load_catalogue() if e.repo_id.lower() == lowered), None)
