"""What a GGUF file's name says: split parts, quantization, role (model or projector), a safe local name."""

from __future__ import annotations

import logging
import re
from pathlib import PurePosixPath

from ..base.fileutil import safe_file_name

log = logging.getLogger(__name__)


FULL_PRECISION = frozenset({"F32", "F16", "BF16"})


# ----------------------------------------------------------- file names
_SPLIT = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)


_QUANT = re.compile(
    r"(?<![A-Za-z0-9])((?:UD-)?(?:IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K(?:_(?:XXL|XL|L|M|S))?|Q[4-8]_[01]"
    r"|TQ[12]_0|MXFP4(?:_MOE)?|BF16|F16|F32))(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def split_info(name: str) -> tuple[str, int, int] | None:
    """(base, index, count) for ``x-00001-of-00003.gguf``; None for a single-file model."""
    match = _SPLIT.match(PurePosixPath(name).name)
    if not match:
        return None
    return match["base"], int(match["index"]), int(match["count"])


def split_part_name(base: str, index: int, count: int) -> str:
    return f"{base}-{index:05d}-of-{count:05d}.gguf"


def parse_quant(name: str) -> str:
    """The quantization named in a file name (``...-Q4_K_M.gguf`` -> ``Q4_K_M``), or ``"?"``."""
    stem = PurePosixPath(name).name
    info = split_info(stem)
    stem = info[0] if info else stem.rsplit(".", 1)[0]
    matches = _QUANT.findall(stem)
    return matches[-1].upper() if matches else "?"


def file_role(name: str) -> str:
    """``model`` for a chat model; ``projector`` (vision mmproj) and ``draft`` (MTP heads) are helpers."""
    lowered = PurePosixPath(name).name.lower()
    if "mmproj" in lowered:
        return "projector"
    if lowered.startswith("mtp-") or "-assistant" in lowered:
        return "draft"
    return "model"


def local_name_for(repo_path: str) -> str:
    """The file name a repo file gets in the models folder. Raises ValueError for hostile paths.

    Folders inside the repo (``Q8_0/x-00001-of-00002.gguf``) are fine; ``..``, absolute paths and
    backslashes are not: a name from the network must never choose where we write.
    """
    if not repo_path or "\\" in repo_path or "\x00" in repo_path or repo_path.startswith("/"):
        raise ValueError(f"unsafe file name from the network: {repo_path!r}")
    parts = repo_path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"unsafe file name from the network: {repo_path!r}")
    name = safe_file_name(parts[-1])
    if not name.lower().endswith(".gguf"):
        raise ValueError(f"not a GGUF file: {repo_path!r}")
    return name
