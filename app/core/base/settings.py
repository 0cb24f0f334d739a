"""User settings: a validated dataclass saved atomically as JSON in the config dir.

Secrets never live here: the Hugging Face token is kept by :mod:`app.core.base.secrets` in the OS keyring.

The settings file is hand-editable, so reading it never fails: :func:`read_settings` gives usable
settings and, when something was wrong, one message for the user. A value that does not fit its key
falls back to that key's default (the other keys are kept); a file that cannot be read as a JSON
object at all (not JSON, nested too deep, a FIFO, a device, too large) is moved aside as
``settings.json.broken-<time>`` and the defaults are used. The allowed values of every key are the
specs below, shared by :meth:`Settings.validate` and by the import of conversation settings.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .fileutil import atomic_write_text, read_regular_file
from .schema import Boolean, Nullable, Number, SchemaError, Spec, Text, describe

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
OVERFLOW_POLICIES = ("stop", "drop_oldest")
LANGUAGES = ("", "en", "de", "fr", "es", "ja", "zh_CN")  # "" follows the OS language
MAX_SETTINGS_BYTES = 1024 * 1024  # a settings file is a few hundred bytes; more is not ours
MAX_SEED = 2**31 - 1  # what the sampling form can show and llama.cpp's seed can hold


class SettingsError(ValueError):
    """A setting has a value the app cannot use."""


class _GpuLayers(Spec):
    expected = '"auto", "cpu" or a number of layers from 0 to 1000'

    def check(self, value: Any, path: str) -> None:
        ok = isinstance(value, str) and (
            value in ("auto", "cpu") or (value.isascii() and value.isdigit() and int(value) <= 1000)
        )
        if not ok:
            raise self.fail(value, path)


class _HubEndpoint(Spec):
    """Empty (the Hugging Face hub) or an http(s) URL the user chose in Hearth's own settings."""

    expected = "empty or an http(s) URL of at most 2048 characters"

    def check(self, value: Any, path: str) -> None:
        ok = (
            isinstance(value, str)
            and len(value) <= 2048
            and value.isprintable()
            and (not value or value.startswith(("https://", "http://")))
        )
        if not ok:
            raise self.fail(value, path)


SAMPLING_SPECS: dict[str, Spec] = {
    "temperature": Number(0, 5),
    "top_p": Number(0, 1, low_open=True),
    "top_k": Number(0, 1000, integer=True),
    "min_p": Number(0, 1),
    "repeat_penalty": Number(0.5, 2),
    "max_tokens": Number(1, 131072, integer=True),
    "seed": Number(-1, MAX_SEED, integer=True, what=f"-1 (random) or an integer from 0 to {MAX_SEED}"),
}

SETTINGS_SPECS: dict[str, Spec] = {
    "default_model": Nullable(Text(max_length=255, what="a model file name")),
    "system_prompt": Text(max_length=1_000_000),
    "context_length": Number(256, 1_048_576, integer=True),
    "gpu_layers": _GpuLayers(),
    "threads": Number(0, 512, integer=True),
    "theme": Text(choices=THEMES),
    "overflow_policy": Text(choices=OVERFLOW_POLICIES),
    "kv_cache_limit_mb": Number(0, 1_000_000, integer=True),
    "hub_endpoint": _HubEndpoint(),
    "language": Text(choices=LANGUAGES),
    "api_server_enabled": Boolean(),
    "api_server_port": Number(1, 65535, integer=True),
    "api_server_network": Boolean(),
    "api_server_origins": Text(max_length=4096, what="web origins separated by spaces"),
    "api_keep_history": Boolean(),
}


def _validate_fields(obj: Any, specs: dict[str, Spec], prefix: str = "") -> None:
    for name, spec in specs.items():
        try:
            spec.check(getattr(obj, name), f"{prefix}{name}")
        except SchemaError as exc:
            raise SettingsError(str(exc)) from None


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

    def validate(self) -> SamplingParams:
        _validate_fields(self, SAMPLING_SPECS, "sampling.")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SamplingParams:
        """Strict: any unusable value raises :class:`SettingsError` naming the key."""
        if data is not None and not isinstance(data, dict):
            raise SettingsError(f"sampling: expected an object, got {describe(data)}")
        values, notes = _read_fields(cls, data or {}, SAMPLING_SPECS, "sampling.")
        if notes:
            raise SettingsError(notes[0])
        return replace(cls(), **values).validate()


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
    language: str = ""  # "" follows the OS language; else one of LANGUAGES
    # The window's API server panel (app.core.server); the port's default is server.DEFAULT_PORT.
    api_server_enabled: bool = False  # started with the window
    api_server_port: int = 8427
    api_server_network: bool = False  # listen on every interface, not only this machine
    api_server_origins: str = ""  # web origins allowed to call it from a browser, separated by spaces
    api_keep_history: bool = False  # save API chats as conversations (the sidebar's "API" group)

    def validate(self) -> Settings:
        self.sampling.validate()
        _validate_fields(self, SETTINGS_SPECS)
        return self

    @property
    def n_gpu_layers(self) -> int:
        """llama.cpp's n_gpu_layers: -1 for all, 0 for none."""
        if self.gpu_layers == "auto":
            return -1
        if self.gpu_layers == "cpu":
            return 0
        return int(self.gpu_layers)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes).validate()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Strict: any unusable value raises :class:`SettingsError` naming the key."""
        settings, notes = settings_from_dict(data)
        if notes:
            raise SettingsError(notes[0])
        return settings


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class LoadedSettings:
    """What :func:`read_settings` found: usable settings and, if anything was wrong, why."""

    settings: Settings
    problems: tuple[str, ...] = ()  # one per key that fell back to its default
    moved_to: Path | None = None  # where an unreadable file was put aside
    file_name: str = "settings.json"

    @property
    def message(self) -> str | None:
        """One line for the user (the CLI's stderr, the window's dialog), or None when all was well."""
        if self.moved_to is not None:
            return (
                f"{self.file_name} could not be used ({self.problems[0]}); it was moved aside as "
                f"{self.moved_to.name} and the default settings are used"
            )
        if self.problems:
            return f"{self.file_name}: some values could not be used, their defaults are used instead: " + "; ".join(
                self.problems
            )
        return None


def read_settings(path: Path) -> LoadedSettings:
    """Settings from ``path``: defaults when it is missing, never an exception for its content."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return LoadedSettings(Settings(), file_name=path.name)
    try:
        data = _parse(read_regular_file(path, MAX_SETTINGS_BYTES))
    except (OSError, _Unreadable) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _moved_aside(path, reason)
    settings, notes = settings_from_dict(data)
    loaded = LoadedSettings(settings, tuple(notes), file_name=path.name)
    if loaded.message:
        log.info("settings: %d value(s) replaced by their defaults", len(notes))
    return loaded


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives defaults, bad values and broken files are reported in the
    log (use :func:`read_settings` to show the message to the user)."""
    return read_settings(path).settings


def save_settings(path: Path, settings: Settings) -> None:
    settings.validate()
    atomic_write_text(Path(path), json.dumps(settings.to_dict(), indent=2, sort_keys=True) + "\n")


class _Unreadable(Exception):
    """The file's bytes are not a JSON object."""


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        data = json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise _Unreadable("nested too deeply") from None
    except ValueError as exc:
        raise _Unreadable(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _Unreadable(f"expected a JSON object, found {describe(data)}")
    return data


def _bounded_int(digits: str) -> int | float:
    """Integers of absurd length become infinity, so the key's check refuses them like 1e400
    (Python would refuse to convert more than 4,300 digits, failing the whole file)."""
    if len(digits) <= 40:
        return int(digits)
    return -math.inf if digits.startswith("-") else math.inf


def _moved_aside(path: Path, reason: str) -> LoadedSettings:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    broken = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while broken.exists() or broken.is_symlink():
        counter += 1
        broken = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    try:
        path.replace(broken)  # a rename: it never opens the file, so a FIFO cannot block it
    except OSError as exc:
        log.info("settings file is unusable (%s) and could not be moved aside: %s", reason, exc.strerror)
        return LoadedSettings(
            Settings(), (f"{reason}; it could not be moved aside: {exc.strerror}",), file_name=path.name
        )
    log.info("settings file is unusable (%s); moved aside as %s, using defaults", reason, broken.name)
    return LoadedSettings(Settings(), (reason,), moved_to=broken, file_name=path.name)


def settings_from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a parsed file: each key that does not fit falls back to its default with a note."""
    values, notes = _read_fields(Settings, data, SETTINGS_SPECS)
    sampling_data = data.get("sampling")
    if sampling_data is None:
        sampling_values: dict[str, Any] = {}
    elif isinstance(sampling_data, dict):
        sampling_values, sampling_notes = _read_fields(SamplingParams, sampling_data, SAMPLING_SPECS, "sampling.")
        notes += sampling_notes
    else:
        sampling_values = {}
        notes.append(f"sampling: expected an object, got {describe(sampling_data)}")
    sampling = replace(SamplingParams(), **sampling_values)
    return replace(Settings(), sampling=sampling, **values), notes


def _read_fields(cls, data: dict[str, Any], specs: dict[str, Spec], prefix: str = "") -> tuple[dict, list[str]]:
    """The values of ``data`` that fit their spec (coerced as a hand-edited file needs), and a note
    for each that does not."""
    values: dict[str, Any] = {}
    notes: list[str] = []
    defaults = cls()
    for name, spec in specs.items():
        if name not in data:
            continue
        value = _coerce(data[name], spec)
        try:
            spec.check(value, prefix + name)
        except SchemaError as exc:
            notes.append(f"{exc} (using {describe(getattr(defaults, name))})")
            continue
        values[name] = float(value) if isinstance(getattr(defaults, name), float) else value
    return values, notes


def _coerce(value: Any, spec: Spec) -> Any:
    """Numbers written as text ("2048") and whole numbers written with a fraction (2048.0) are what
    people type into a JSON file by hand: accept them for number keys."""
    if not isinstance(spec, Number) or isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            value = float(value.strip()) if len(value) <= 40 else value
        except ValueError:
            return value
    if spec.integer and isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value
