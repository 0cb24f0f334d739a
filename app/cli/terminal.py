"""Text from the database made safe to print: no control sequence reaches the terminal.

A stored message (typed, generated or imported) may hold ESC sequences. Printed raw, they would
drive the terminal: move the cursor, retitle the window, or write the user's clipboard (OSC 52).
Every control character except newline and tab is shown as a visible stand-in instead: C0
characters and DEL as the Unicode "control pictures" (ESC becomes ``␛``, as in the exports), C1
characters (0x80-0x9F, which some terminals read as CSI/OSC) as ``U+FFFD``.
"""

from __future__ import annotations

import re
import sys

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\x7f":
        return "\u2421"
    if char < " ":
        return chr(0x2400 + ord(char))
    return "\ufffd"


def safe_text(text: str) -> str:
    """``text`` with every control character but newline and tab replaced by a visible one.

    Carriage return is replaced too: on a terminal it rewrites the start of the line, so text
    after it could hide text before it."""
    return _CONTROL.sub(_stand_in, text)


def safe_line(text: str) -> str:
    """One line for a listing: whitespace (newlines included) folded, controls made visible."""
    return " ".join(safe_text(text).split())


def emit(text: str = "", *, file=None) -> None:
    """``print`` for text that came from storage or a model."""
    print(safe_text(text), file=file or sys.stdout)
