"""A small typed checker for JSON read from files Hearth did not write itself.

Imports (Hearth's own export, ChatGPT's ``conversations.json``) and the settings file are described
by specs built from the classes below. ``spec.check(value, path)`` returns nothing when the value
fits and raises :class:`SchemaError` naming the JSON path of the first bad value, what was expected
and what was found, e.g. ``conversations[3].messages[2].stats.sampling.temperature: expected a number
between 0 and 5, got "hot"``.

:func:`scan` walks a whole parsed document once (without recursion) and refuses what no spec should
have to think about: nesting deeper than a bound, and lone UTF-16 surrogates in any string or key
(``"\\ud800"`` parses in Python but cannot be stored as UTF-8).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 100  # Hearth's own exports nest 7 deep and ChatGPT's about 15
LAST_TIME = 253_402_300_799  # 9999-12-31T23:59:59Z: later "times" are corrupt, not from the future
_SURROGATE = re.compile("[\ud800-\udfff]")
# What json.dumps leaves as it is but a terminal would act on (C1 controls such as CSI, bidi
# overrides) or cannot print (lone surrogates).
_UNPRINTABLE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class SchemaError(ValueError):
    """A value does not fit its spec; ``path`` says where in the document it sits."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        shown = path if len(path) <= 120 else f"{path[:60]}…{path[-50:]}"  # e.g. 100 levels of [0]
        super().__init__(f"{shown or 'the document'}: {problem}")


# ---------------------------------------------------------------- describing
def describe(value: Any) -> str:
    """A short, printable account of a JSON value for an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        digits = len(str(abs(value))) if abs(value) < 10**40 else None
        return str(value) if digits is not None else "an integer of more than 40 digits"
    if isinstance(value, float):
        return f"{value:g}" if math.isfinite(value) else "a number out of range"
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def quote(text: str, limit: int = 40) -> str:
    """``text`` in double quotes, cut to ``limit`` characters, control characters and lone
    surrogates escaped so the message is safe to print to a terminal."""
    shown = _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text[:limit], ensure_ascii=False))
    return shown[:-1] + '…"' if len(text) > limit else shown


def child_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _PLAIN_KEY.match(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{quote(key, 60)}]"


def _number_text(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


# --------------------------------------------------------------------- specs
class Spec:
    """What a value must be; ``expected`` is the phrase used in error messages."""

    expected = "a value"

    def check(self, value: Any, path: str) -> None:
        raise NotImplementedError

    def fail(self, value: Any, path: str) -> SchemaError:
        return SchemaError(path, f"expected {self.expected}, got {describe(value)}")


class Anything(Spec):
    def check(self, value: Any, path: str) -> None:
        return None


@dataclass
class Text(Spec):
    """A string, optionally non-empty, bounded in length, or one of a few choices."""

    nonempty: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] | None = None
    what: str | None = None

    def __post_init__(self) -> None:
        if self.what:
            self.expected = self.what
        elif self.choices:
            self.expected = "one of " + ", ".join(json.dumps(c) for c in self.choices)
        elif self.nonempty:
            self.expected = "a non-empty string" + (
                f" of at most {self.max_length} characters" if self.max_length else ""
            )
        else:
            self.expected = "a string"

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise self.fail(value, path)
        if self.nonempty and not value:
            raise self.fail(value, path)
        if self.max_length is not None and len(value) > self.max_length:
            raise SchemaError(path, f"expected {self.expected}, got a string of {len(value)} characters")
        if self.choices is not None and value not in self.choices:
            raise self.fail(value, path)
        surrogate = _SURROGATE.search(value)
        if surrogate:
            raise SchemaError(path, _surrogate_problem(surrogate.group()))


@dataclass
class Number(Spec):
    """A JSON number (never a boolean) in ``[low, high]``; ``low_open`` excludes ``low``;
    ``integer`` refuses fractions."""

    low: float | None = None
    high: float | None = None
    integer: bool = False
    low_open: bool = False
    what: str | None = None

    def __post_init__(self) -> None:
        noun = "an integer" if self.integer else "a number"
        if self.what:
            self.expected = self.what
        elif self.low is not None and self.high is not None:
            low = _number_text(self.low)
            self.expected = (
                f"{noun} above {low} and at most {_number_text(self.high)}"
                if self.low_open
                else f"{noun} between {low} and {_number_text(self.high)}"
            )
        elif self.low is not None:
            self.expected = (
                f"{noun} above {_number_text(self.low)}"
                if self.low_open
                else f"{noun} of {_number_text(self.low)} or more"
            )
        else:
            self.expected = noun

    def fits(self, value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if isinstance(value, float) and not math.isfinite(value):
            return False
        if self.integer and not isinstance(value, int):
            return False
        if self.low is not None and (value <= self.low if self.low_open else value < self.low):
            return False
        return self.high is None or value <= self.high

    def check(self, value: Any, path: str) -> None:
        if not self.fits(value):
            raise self.fail(value, path)


class Boolean(Spec):
    expected = "true or false"

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, bool):
            raise self.fail(value, path)


class Null(Spec):
    expected = "null"

    def check(self, value: Any, path: str) -> None:
        if value is not None:
            raise self.fail(value, path)


class Nullable(Spec):
    """``inner`` or null."""

    def __init__(self, inner: Spec):
        self.inner = inner
        self.expected = f"{inner.expected} or null"

    def check(self, value: Any, path: str) -> None:
        if value is None:
            return
        if not _same_json_type(self.inner, value):
            raise self.fail(value, path)
        self.inner.check(value, path)  # the right type: the inner spec says best what is wrong with it


class OneOf(Spec):
    """The first of ``options`` whose JSON type matches decides (a string, an object...)."""

    def __init__(self, *options: Spec, what: str):
        self.options, self.expected = options, what

    def check(self, value: Any, path: str) -> None:
        for option in self.options:
            if _same_json_type(option, value):
                option.check(value, path)
                return
        raise self.fail(value, path)


def _same_json_type(spec: Spec, value: Any) -> bool:
    if isinstance(spec, Nullable):
        return value is None or _same_json_type(spec.inner, value)
    kinds = {Text: str, Object: dict, Mapping: dict, Array: list, Boolean: bool, Null: type(None)}
    if isinstance(spec, Number):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(spec, Anything):
        return True
    return isinstance(value, kinds.get(type(spec), object))


@dataclass
class Object(Spec):
    """A JSON object with known fields; unknown fields are allowed and left alone.

    ``required`` names the fields that must be present; the others may be missing.
    """

    fields: dict[str, Spec]
    required: tuple[str, ...] = ()
    what: str = "an object"

    def __post_init__(self) -> None:
        self.expected = self.what

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise self.fail(value, path)
        for name in self.required:
            if name not in value:
                raise SchemaError(child_path(path, name), f"missing; expected {self.fields[name].expected}")
        for name, spec in self.fields.items():
            if name in value:
                spec.check(value[name], child_path(path, name))


@dataclass
class Mapping(Spec):
    """A JSON object used as a dictionary: every key fits ``keys`` (if given), every value ``values``."""

    values: Spec
    keys: Spec | None = None
    what: str = "an object"

    def __post_init__(self) -> None:
        self.expected = self.what

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise self.fail(value, path)
        for key, item in value.items():
            here = child_path(path, key)
            if self.keys is not None:
                try:
                    self.keys.check(key, here)
                except SchemaError as exc:
                    raise SchemaError(here, f"this key is not usable: {exc.problem}") from None
            self.values.check(item, here)


@dataclass
class Array(Spec):
    items: Spec
    what: str = "a list"

    def __post_init__(self) -> None:
        self.expected = self.what

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, list):
            raise self.fail(value, path)
        for index, item in enumerate(value):
            self.items.check(item, child_path(path, index))


def time_spec(what: str = "a Unix time") -> Number:
    """Seconds since 1970 up to the end of year 9999 (a message time of 1e20 is corruption)."""
    return Number(0, LAST_TIME, what=f"{what} (seconds since 1970, from 0 to {LAST_TIME})")


# ------------------------------------------------------------ whole document
def scan(document: Any, max_depth: int = MAX_DEPTH, check_text: bool = True) -> None:
    """Refuse nesting deeper than ``max_depth``, numbers out of range (infinities) and (with
    ``check_text``) lone surrogates, anywhere in ``document``.

    Iterative, so a document nested 100,000 deep is refused instead of exhausting the stack. Paths
    are only spelled out for an error: each entry keeps its parent's entry and its key.
    """
    stack: list[tuple[Any, tuple | None, str | int, int]] = [(document, None, "", 0)]
    while stack:
        entry = stack.pop()
        value, _parent, _key, depth = entry
        if isinstance(value, str):
            if check_text:
                _check_text(value, entry)
            continue
        if depth >= max_depth:
            raise SchemaError(_spell(entry), f"nested more than {max_depth} levels deep")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if check_text and isinstance(key, str) and _SURROGATE.search(key):
                raise SchemaError(
                    _spell(entry), f"the key {quote(key)} holds a lone surrogate, which is not valid Unicode text"
                )
            if isinstance(item, (str, dict, list)):
                stack.append((item, entry, key, depth + 1))
            elif (
                isinstance(item, float) and not math.isfinite(item) or isinstance(item, int) and item.bit_length() > 133
            ):  # 1e400, an integer of over 40 digits
                raise SchemaError(_spell((item, entry, key, depth + 1)), "a number out of range")


def _spell(entry: tuple) -> str:
    keys = []
    while entry is not None and entry[1] is not None:
        keys.append(entry[2])
        entry = entry[1]
    path = ""
    for key in reversed(keys):
        path = child_path(path, key)
    return path


def _check_text(text: str, entry: tuple) -> None:
    match = _SURROGATE.search(text)
    if match:
        raise SchemaError(_spell(entry), _surrogate_problem(match.group()))


def _surrogate_problem(char: str) -> str:
    return f"the text holds a lone surrogate (\\u{ord(char):04x}), which is not valid Unicode text"
