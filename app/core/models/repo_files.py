"""The GGUF files of a hub repository, split parts grouped into one model each."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from .catalogue import ModelShape
from .fit import recommend
from .hub_errors import HubError, HubNotFoundError
from .naming import file_role, local_name_for, parse_quant, split_info

log = logging.getLogger(__name__)


# ------------------------------------------------------------ repo files
@dataclass(frozen=True)
class HubFile:
    """One file in a repository, as the hub lists it."""

    path: str
    size: int
    sha256: str | None  # from the LFS pointer; None for a file kept in git itself
    blob_id: str | None = None  # the git blob id (sha1 of "blob <size>\\0" + content)

    @property
    def local_name(self) -> str:
        return local_name_for(self.path)


@dataclass(frozen=True)
class GGUFFile:
    """A downloadable model: one file, or the parts of a split GGUF, grouped."""

    repo_id: str
    revision: str
    parts: tuple[HubFile, ...]
    quant: str
    role: str = "model"

    @property
    def path(self) -> str:
        return self.parts[0].path

    @property
    def name(self) -> str:
        """The local name of the file llama.cpp opens (the first part of a split model)."""
        return self.parts[0].local_name

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parts)

    @property
    def sha256(self) -> str | None:
        return self.parts[0].sha256

    @property
    def is_split(self) -> bool:
        return len(self.parts) > 1

    @property
    def label(self) -> str:
        suffix = f" ({len(self.parts)} parts)" if self.is_split else ""
        return f"{PurePosixPath(self.path).name}{suffix}"


@dataclass(frozen=True)
class RepoListing:
    repo_id: str
    revision: str  # the commit the listing was taken at; downloads are pinned to it
    gated: bool
    files: tuple[GGUFFile, ...]
    shape: ModelShape | None = None
    rejected: tuple[str, ...] = ()  # paths with names we refuse to write (see local_name_for)

    @property
    def models(self) -> list[GGUFFile]:
        return [f for f in self.files if f.role == "model"]

    def find(self, spec: str | None, n_ctx: int = 4096) -> GGUFFile:
        """A file by repo path, file name or quantization (``Q4_K_M``); None picks the recommended one."""
        if not spec:
            recommended = recommend(self, n_ctx)
            if recommended is None:
                raise HubNotFoundError(
                    f"{self.repo_id} has no GGUF model file that fits this machine; `hearth models files` lists them"
                )
            return recommended
        wanted = spec.strip().lower()
        for matcher in (
            lambda f: f.path.lower() == wanted,
            lambda f: PurePosixPath(f.path).name.lower() == wanted,
            lambda f: f.role == "model" and f.quant.lower() == wanted,
        ):
            found = [f for f in self.files if matcher(f)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(f.label for f in found)
                raise HubNotFoundError(f"{spec!r} matches several files in {self.repo_id}: {names}")
        if spec in self.rejected:
            raise HubError(f"unsafe file name from the network: {spec!r}; not downloading it")
        raise HubNotFoundError(
            f"no GGUF file {spec!r} in {self.repo_id}; `hearth models files {self.repo_id}` lists them"
        )


def group_gguf_files(repo_id: str, revision: str, files: Iterable[HubFile]) -> tuple[list[GGUFFile], list[str]]:
    """Group ``.gguf`` files into models (split parts together). Returns (models, rejected paths)."""
    singles: list[GGUFFile] = []
    splits: dict[tuple[str, str, int], dict[int, HubFile]] = {}
    rejected: list[str] = []
    for item in files:
        if not item.path.lower().endswith(".gguf"):
            continue
        try:
            local_name_for(item.path)
        except ValueError:
            log.info("%s: ignoring %r (unsafe file name)", repo_id, item.path)  # listed in RepoListing.rejected
            rejected.append(item.path)
            continue
        info = split_info(item.path)
        if info is None:
            singles.append(GGUFFile(repo_id, revision, (item,), parse_quant(item.path), file_role(item.path)))
            continue
        folder = str(PurePosixPath(item.path).parent)
        splits.setdefault((folder, info[0], info[2]), {})[info[1]] = item
    for (_folder, base, count), parts in splits.items():
        if sorted(parts) != list(range(1, count + 1)):
            log.warning("%s: split model %s is missing parts; skipped", repo_id, base)
            continue
        ordered = tuple(parts[i] for i in range(1, count + 1))
        singles.append(GGUFFile(repo_id, revision, ordered, parse_quant(ordered[0].path), file_role(base)))
    singles.sort(key=lambda f: (f.role != "model", f.size))
    return singles, rejected
