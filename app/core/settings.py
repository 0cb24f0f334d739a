"""User settings: a validated dataclass saved atomically as JSON in the config dir.

Secrets never live here: the Hugging Face token is kept by :mod:`app.core.secrets` in the OS keyring.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .fileutil import atomic_write_text

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
OVERFLOW_POLICIES = ("stop", "drop_oldest")


class SettingsError(ValueError):
    """A setting has a value the app cannot use."""


@dataclass(frozen=True)
class SamplingParams:
    """How the next token is picked. ``seed`` -1 means a fresh random seed for every reply."""

    # Google's recommended Gemma 3 sampling, with a light repeat penalty: small models loop without it.
    temperature: float = 1.0
    top_p: float = 0.95
    top_k: int = 64
    min_p: float = 0.0
    repeat_penalty: float = 1.1
    max_tokens: int = 1024
    seed: int = -1

    def validate(self) -> "SamplingParams":
        _check(0.0 <= self.temperature <= 5.0, "temperature must be between 0 and 5")
        _check(0.0 < self.top_p <= 1.0, "top_p must be in (0, 1]")
        _check(self.top_k >= 0, "top_k must be 0 (off) or more")
        _check(0.0 <= self.min_p <= 1.0, "min_p must be between 0 and 1")
        _check(0.5 <= self.repeat_penalty <= 2.0, "repeat_penalty must be between 0.5 and 2")
        _check(1 <= self.max_tokens <= 131072, "max_tokens must be between 1 and 131072")
        _check(self.seed >= -1, "seed must be -1 (random) or a non-negative integer")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "SamplingParams":
        return _from_dict(cls, data or {}).validate()


@dataclass(frozen=True)
class Settings:
    """Everything the user can set globally. Unknown keys in the file are ignored."""

    default_model: str | None = None
    system_prompt: str = ""
    sampling: SamplingParams = field(default_factory=SamplingParams)
    context_length: int = 4096
    gpu_layers: str = "auto"  # "auto", "cpu", or a number of layers as text
    threads: int = 0  # 0 lets llama.cpp decide
    theme: str = "system"
    overflow_policy: str = "stop"
    kv_cache_limit_mb: int = 2048
    hub_endpoint: str = ""  # a Hugging Face mirror chosen here gets the token; HF_ENDPOINT alone does not

    def validate(self) -> "Settings":
        self.sampling.validate()
        _check(256 <= self.context_length <= 1_048_576, "context_length must be between 256 and 1048576")
        _check(self.gpu_layers in ("auto", "cpu") or self.gpu_layers.isdigit(),
               "gpu_layers must be 'auto', 'cpu' or a number of layers")
        _check(0 <= self.threads <= 512, "threads must be between 0 (auto) and 512")
        _check(self.theme in THEMES, f"theme must be one of {', '.join(THEMES)}")
        _check(self.overflow_policy in OVERFLOW_POLICIES,
               f"overflow_policy must be one of {', '.join(OVERFLOW_POLICIES)}")
        _check(0 <= self.kv_cache_limit_mb <= 1_000_000, "kv_cache_limit_mb must be 0 or more")
        _check(isinstance(self.hub_endpoint, str) and (not self.hub_endpoint or
                                                        self.hub_endpoint.startswith(("https://", "http://"))),
               "hub_endpoint must be empty or an http(s) URL")
        return self

    @property
    def n_gpu_layers(self) -> int:
        """llama.cpp's n_gpu_layers: -1 for all, 0 for none."""
        if self.gpu_layers == "auto":
            return -1
        if self.gpu_layers == "cpu":
            return 0
        return int(self.gpu_layers)

    def with_changes(self, **changes: Any) -> "Settings":
        return replace(self, **changes).validate()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Settings":
        data = dict(data)
        sampling = SamplingParams.from_dict(data.pop("sampling", None))
        return replace(_from_dict(cls, data), sampling=sampling).validate()


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives defaults, a broken one is kept aside and reported."""
    path = Path(path)
    if not path.exists():
        return Settings()
    try:
        return Settings.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        broken = path.with_suffix(".broken.json")
        log.warning("settings file %s is unusable (%s); kept as %s, using defaults", path, exc, broken)
        try:
            path.replace(broken)
        except OSError:
            pass
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    settings.validate()
    atomic_write_text(Path(path), json.dumps(settings.to_dict(), indent=2, sort_keys=True) + "\n")


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SettingsError(message)


def _from_dict(cls, data: dict[str, Any]):
    """Build a dataclass from the known keys, coercing numbers so a hand-edited file still loads."""
    defaults = cls()
    values = {}
    for f in fields(cls):
        if f.name not in data or f.name == "sampling":
            continue
        default = getattr(defaults, f.name)
        value = data[f.name]
        if isinstance(default, bool) or value is None:
            values[f.name] = value
        elif isinstance(default, int):
            values[f.name] = int(value)
        elif isinstance(default, float):
            values[f.name] = float(value)
        else:
            values[f.name] = value if not isinstance(default, str) else str(value)
    return replace(defaults, **values)
