"""The sidebar's "API" group: conversations the API server kept ("Keep API conversations in
history") are listed together after the others, under their own heading. A pinned one stays with
the pinned chats: the person chose to keep it at hand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .conversation import SOURCE_API

API_GROUP = "api"
Row = TypeVar("Row")


def in_api_group(row) -> bool:
    """``row``: a ConversationSummary (or anything with ``source`` and ``pinned``)."""
    return getattr(row, "source", "") == SOURCE_API and not row.pinned


def api_group_last(rows: Sequence[Row]) -> list[Row]:
    """The rows in their order, the API group's moved after all the others."""
    return [row for row in rows if not in_api_group(row)] + [row for row in rows if in_api_group(row)]
