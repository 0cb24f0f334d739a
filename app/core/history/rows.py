"""Rows of the history database as objects; an unreadable row is logged and skipped, not fatal."""

from __future__ import annotations

import json
import logging
import sqlite3

from .conversation import Conversation, GenerationStats, Message, MessageStatus, Role

log = logging.getLogger(__name__)


def stats_json(stats: GenerationStats | None) -> str | None:
    return None if stats is None else json.dumps(stats.to_dict())


def conversation_from_row(row: sqlite3.Row) -> Conversation:
    try:
        settings = json.loads(row["settings_json"] or "{}")
    except ValueError:
        log.warning("conversation %s has unreadable settings; using defaults", row["id"])
        settings = {}
    return Conversation(
        id=row["id"],
        title=row["title"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        pinned=bool(row["pinned"]),
        system_prompt=row["system_prompt"],
        settings=settings,
        current_leaf_id=row["current_leaf_id"],
        model=row["model"],
        source=row["source"] or "",
    )


def message_from_row(row: sqlite3.Row) -> Message | None:
    try:
        stats = GenerationStats.from_dict(json.loads(row["stats_json"])) if row["stats_json"] else None
        return Message(
            id=row["id"],
            conversation_id=row["conversation_id"],
            parent_id=row["parent_id"],
            role=Role(row["role"]),
            content=row["content"],
            status=MessageStatus(row["status"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            stats=stats,
            pinned=bool(row["pinned"]),
        )
    except (ValueError, TypeError) as exc:
        log.warning("skipping unreadable message %s: %s", row["id"], exc)
        return None
