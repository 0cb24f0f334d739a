"""Which model architectures the installed llama.cpp can run (read from its library's own name table),
and which are not chat models."""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)


# Used only when the llama.cpp library cannot be inspected (a frozen build, an unusual install).
FALLBACK_ARCHITECTURES = frozenset(
    {
        "llama",
        "gemma",
        "gemma2",
        "gemma3",
        "gemma3n",
        "qwen2",
        "qwen3",
        "phi3",
        "mistral3",
        "granite",
    }
)


# Real architecture names that end another one ("qwen2" ends "rwkv6qwen2", "bert" ends
# "nomic-bert"): a linker may keep them only as the tail of the longer string, so for these alone
# a match at the end of another name counts. Any other name must appear as a whole string, so a
# fragment such as "ma3" (the end of "gemma3") is not taken for an architecture.
SUFFIX_ARCHITECTURES = frozenset({"bert", "qwen", "qwen2", "rwkv7", "mamba", "gemma", "llama", "olmo", "t5"})


NOT_CHAT_MODELS = {
    "clip": "a vision projector (mmproj), not a chat model; it goes with a model of the same repo",
    "gemma-embedding": "an embedding model, not a chat model",
}


# ------------------------------------------------------------ architectures
def architecture_problem(architecture: str) -> str | None:
    """Why this llama.cpp build cannot chat with ``architecture``, or None when it can."""
    if architecture in NOT_CHAT_MODELS:
        return NOT_CHAT_MODELS[architecture]
    if architecture_supported(architecture):
        return None
    return (
        f"the '{architecture}' architecture is not supported by the installed llama.cpp "
        f"(llama-cpp-python {llama_cpp_version()}); update llama-cpp-python"
    )


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
    strings = [(m.start() + low, m.end() + low, m.group()) for m in re.finditer(rb"[^\0]+", data[low : start + 65536])]
    index = next(i for i, (begin, _, _) in enumerate(strings) if begin == start)

    def joined(left: int, right: int) -> bool:  # right follows left after at most 16 NULs
        return (
            strings[right][0] - strings[left][1] <= 16
            and bool(_ARCH_TOKEN.fullmatch(strings[right][2]))
            and bool(_ARCH_TOKEN.fullmatch(strings[left][2]))
        )

    first = last = index
    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(strings) and joined(last, last + 1):
        last += 1
    return [text for _, _, text in strings[first : last + 1]]


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


def llama_cpp_version() -> str:
    try:
        from importlib.metadata import version

        return version("llama_cpp_python")
    except Exception:  # not installed, or installed without metadata
        return "unknown version"
