"""Which heading a chat sits under in the sidebar: Pinned, Today, Yesterday, This week, then by month.

Decided by the chat's last activity in local time. Qt-free so the CLI or a test can use it; the
window translates the headings.
"""

from __future__ import annotations

from datetime import datetime, timedelta

PINNED, TODAY, YESTERDAY, THIS_WEEK, OLDER = "pinned", "today", "yesterday", "this_week", "older"


def date_group(updated_at: float, pinned: bool, now: datetime | None = None) -> str:
    """The group key for a chat last touched at ``updated_at`` (a Unix time)."""
    if pinned:
        return PINNED
    now = now or datetime.now()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    moment = datetime.fromtimestamp(updated_at)
    if moment >= today:
        return TODAY
    if moment >= today - timedelta(days=1):
        return YESTERDAY
    if moment >= today - timedelta(days=6):
        return THIS_WEEK
    return OLDER


def heading_of(updated_at: float, pinned: bool, now: datetime | None = None) -> tuple[str, int, int]:
    """The heading a chat sits under: ``(group, year, month)``. Older chats are split by the month
    of their last activity (the window writes it in the reader's locale, "November 2026");
    year and month are 0 for the other groups."""
    group = date_group(updated_at, pinned, now)
    if group != OLDER:
        return group, 0, 0
    moment = datetime.fromtimestamp(updated_at)
    return group, moment.year, moment.month
