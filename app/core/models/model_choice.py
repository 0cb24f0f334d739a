"""Which model to load when none is named, and what to tell the user about it: one rule for the
window and the CLI.

The rule: the default model when it is installed and usable, else the first usable model in the
library, else the bundled starter (assembled on first use). A default that cannot be used is passed
over rather than failing the start: the library lists it with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .local_model import LocalModel, describe

BASE_MODEL_NOTE = "base model: it continues text rather than following instructions"
_INSTRUCTION_TUNED = re.compile(r"(^|[-_ .])(it|instruct|chat|qat)([-_ .]|$)")


@dataclass(frozen=True)
class ModelChoice:
    """The model to load, or (``model`` None) whether the starter should be assembled instead."""

    model: LocalModel | None
    use_starter: bool = False


def choose_model(models: list[LocalModel], default: str | None, starter_available: bool) -> ModelChoice:
    """The default if usable, else the first usable model, else the starter when it is installed."""
    usable = [m for m in models if m.usable]
    chosen = next((m for m in usable if m.name == default), usable[0] if usable else None)
    if chosen is not None:
        return ModelChoice(chosen)
    return ModelChoice(None, use_starter=starter_available)


def looks_like_base_model(path: Path) -> bool:
    """A GGUF without a chat template whose name does not say instruction-tuned (-it, instruct,
    chat) is most likely a base model; the user should know why its replies ramble."""
    info = describe(path).info
    if info is None or info.chat_template:
        return False
    return not _INSTRUCTION_TUNED.search(f"{path.stem} {info.name}".lower())
