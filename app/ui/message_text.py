"""The words and numbers around a message, in the reader's language and locale: a reply's
statistics, the live line while it streams, "Reading 1,840 tokens… 40%" while the prompt is read,
and :func:`wrappable`, which lets a long unbroken error wrap. (Translation context: MessageView.)
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..core.history.conversation import GenerationStats
from . import locale_format


def format_stats(stats: GenerationStats | None) -> str:
    """A reply's numbers in the reader's language and locale: "first token 0,21 s · 36,5 tok/s · ..."."""
    if stats is None:
        return ""
    parts = []
    if stats.time_to_first_token_s is not None:
        parts.append(
            QCoreApplication.translate("MessageView", "first token %1 s").replace(
                "%1", locale_format.decimal(stats.time_to_first_token_s, 2)
            )
        )
    if stats.tokens_per_second:
        parts.append(
            QCoreApplication.translate("MessageView", "%1 tok/s").replace(
                "%1", locale_format.decimal(stats.tokens_per_second, 1)
            )
        )
    if stats.completion_tokens:
        parts.append(
            QCoreApplication.translate("MessageView", "%1 tokens (prompt %2)")
            .replace("%1", locale_format.count(stats.completion_tokens))
            .replace("%2", locale_format.count(stats.prompt_tokens))
        )
    if stats.seed is not None:
        parts.append(
            QCoreApplication.translate("MessageView", "seed %1").replace("%1", str(stats.seed))
        )  # an identifier: no digit grouping
    if stats.model_file:
        parts.append(stats.model_file)
    if stats.error:
        parts.append(QCoreApplication.translate("MessageView", "error: %1").replace("%1", stats.error))
    return " · ".join(parts)


def live_stats_text(tokens: int, rate: float, first_token_s: float) -> str:
    """What a streaming reply shows under it, in the reader's locale."""
    text = (
        QCoreApplication.translate("MessageView", "first token %1 s · %2 tokens")
        .replace("%1", locale_format.decimal(first_token_s, 2))
        .replace("%2", locale_format.count(tokens))
    )
    return text + (
        " · " + QCoreApplication.translate("MessageView", "%1 tok/s").replace("%1", locale_format.decimal(rate, 1))
        if rate
        else ""
    )


def prompt_progress_text(done: int, total: int) -> str:
    """ "Reading 1,840 tokens… 40%": the prompt being read before the first reply token."""
    return (
        QCoreApplication.translate("MessageView", "Reading %1 tokens… %2%")
        .replace("%1", locale_format.count(total))
        .replace("%2", locale_format.percent(done, total))
    )


PROGRESS_MIN_TOKENS = 64  # shorter prompts are read in a blink: no progress line flashes by


WRAP_RUN = 40  # longest unbroken run a label shows before it may wrap
_LONG_RUN = re.compile(rf"\S{{{WRAP_RUN + 1},}}")


def wrappable(text: str) -> str:
    """``text`` with an invisible break opportunity (U+200B) every ``WRAP_RUN`` characters of an
    unbroken run: QLabel wraps only between words, so a long error or path would otherwise make
    the label (and the whole chat) as wide as that one line."""

    def split(match: re.Match) -> str:
        run = match.group()
        return "\u200b".join(run[i : i + WRAP_RUN] for i in range(0, len(run), WRAP_RUN))

    return _LONG_RUN.sub(split, text)
