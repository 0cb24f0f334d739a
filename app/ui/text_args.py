"""Filling ``%1``, ``%2``… in a translated string, as Qt's ``QString::arg`` does.

Chained ``.replace("%1", a).replace("%2", b)`` goes wrong when ``a`` itself contains ``%2`` (a file
or model name may): every placeholder is replaced here in one pass, and a value is never read again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` replaced by the first value, ``%2`` by the second, and so on."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
