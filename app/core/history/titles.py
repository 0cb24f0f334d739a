"""Plain text from Markdown, for chat titles and the file names of exports.

A chat's first message often starts with Markdown (``# Plan **now**``); as a title or a file name
the syntax is noise, and some of it (``*``, ``|``, ``>``) is not allowed in Windows file names.
:func:`plain_title` keeps the words and drops the syntax; :func:`safe_file_stem` then makes the
result a file name that every desktop OS accepts.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,}).*$", re.MULTILINE)
_LINE_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}(?=\s|$)|>+|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*", re.MULTILINE)
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]*)>")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TABLE_BAR = re.compile(r"\s*\|\s*")
_TABLE_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", re.MULTILINE)
_PROTECTED = re.compile("[\ue000-\ue07f]")  # escaped ASCII punctuation, parked in the private-use area
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# Not allowed in Windows file names (and "/" nowhere); control characters neither.
_FILE_NAME_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def plain_title(markdown: str, limit: int | None = None) -> str:
    """The words of ``markdown`` on one line, without its syntax; cut at a word boundary to at
    most ``limit`` characters (an ellipsis marks the cut). May be empty."""
    text = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), markdown)  # "\*" is a literal "*"
    text = _FENCE.sub(" ", text)
    text = _TABLE_DELIMITER_ROW.sub(" ", text)
    text = _RULE.sub(" ", text)
    text = _LINE_PREFIX.sub("", text)
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(r"\2", text)
    for _ in range(3):  # nested emphasis: ***a*** or **a _b_**
        text = _EMPHASIS.sub(r"\2", text)
    text = _TABLE_BAR.sub(" ", text)
    text = _PROTECTED.sub(lambda m: chr(ord(m.group()) - 0xE000), text)
    text = " ".join(_CONTROL.sub(" ", text).split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


def safe_file_stem(title: str, fallback: str = "conversation", limit: int = 60) -> str:
    """A file name (without extension) from a title: no Markdown, nothing Windows refuses
    (``<>:"/\\|?*``, control characters, a trailing dot or space, ``CON``...), at most ``limit``
    characters. Non-ASCII letters are kept."""
    stem = _FILE_NAME_FORBIDDEN.sub("-", plain_title(title))
    stem = re.sub(r"-{2,}", "-", stem)[:limit].strip(" .-")
    if not stem or stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        return fallback
    return stem
