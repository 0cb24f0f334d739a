"""Split extracted text into chunks for retrieval, on paragraph and page boundaries.

A chunk never spans two pages or two headed sections, so every excerpt can name its page. Short
paragraphs are packed together up to ``TARGET_CHARS``; a paragraph longer than ``MAX_CHARS`` is cut
at sentence ends, then at line ends, then at spaces (never inside a word unless it has no spaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .extract import Section

TARGET_CHARS = 1200  # about 300 tokens: a few excerpts fit a small context beside the question
MAX_CHARS = 2000

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")


@dataclass(frozen=True)
class Chunk:
    position: int  # order within the document, from 0
    text: str
    page: int | None = None
    heading: str | None = None


def chunk_sections(sections: Iterable[Section], target: int = TARGET_CHARS, maximum: int = MAX_CHARS) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in sections:
        for text in _pack(_pieces(section.text, maximum), target):
            chunks.append(Chunk(len(chunks), text, section.page, section.heading))
    return chunks


def _pieces(text: str, maximum: int) -> list[str]:
    """Paragraphs, each cut to at most ``maximum`` characters."""
    out: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        paragraph = paragraph.strip()
        if paragraph:
            out.extend(_cut(paragraph, maximum))
    return out


def _cut(paragraph: str, maximum: int) -> list[str]:
    if len(paragraph) <= maximum:
        return [paragraph]
    for splitter in (_SENTENCE_END, re.compile(r"\n"), re.compile(r"\s+")):
        parts = [p for p in splitter.split(paragraph) if p.strip()]
        if len(parts) > 1:
            joiner = "\n" if splitter.pattern == r"\n" else " "
            return [piece for part in _pack(parts, maximum, joiner) for piece in _cut(part, maximum)]
    return [paragraph[i : i + maximum] for i in range(0, len(paragraph), maximum)]  # one endless word


def _pack(pieces: list[str], limit: int, joiner: str = "\n\n") -> list[str]:
    """Join consecutive pieces while the result stays within ``limit``."""
    out: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(joiner) + len(piece) > limit:
            out.append(current)
            current = piece
        else:
            current = f"{current}{joiner}{piece}" if current else piece
    if current:
        out.append(current)
    return out
