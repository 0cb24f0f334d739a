"""The history store's errors, and the one sentence each SQLite failure becomes.

Every public method of the store raises :class:`StorageError` (never a raw ``sqlite3`` error):
:func:`readable_errors` wraps them, and :func:`error_kind` sorts SQLite's error codes.
"""

from __future__ import annotations

import functools
import sqlite3


class StorageError(Exception):
    """A storage operation failed in a way the user should hear about."""


class NotFoundError(StorageError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


class DamagedConversationError(StorageError):
    """A conversation's message tree is broken (a parent cycle): it cannot be shown as a chat."""


READ_ONLY_MESSAGE = (
    "the history database is read-only (the file or its folder cannot be written); "
    "Hearth can show your chats but cannot save changes"
)
BUSY_MESSAGE = "another Hearth process is writing to the history database; try again in a moment"
REPAIR_HINT = "run `hearth doctor --repair` to recover what is readable"


def error_kind(exc: sqlite3.Error) -> str:
    """'damaged', 'read-only', 'busy' or 'other', from SQLite's own error code."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(exc):
        return "damaged"
    if name.startswith("SQLITE_READONLY"):
        return "read-only"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "busy"
    return "other"


def without_subject(reason: str) -> str:
    """'the history database is read-only (...)' -> 'it is read-only (...)'."""
    return reason.replace("the history database", "it", 1)


def readable_errors(cls: type) -> type:
    """Every public method of ``cls`` raises StorageError with one sentence instead of a raw
    sqlite3 error (a malformed page, a locked file), so callers catch one exception type."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or name in ("transaction", "close") or not callable(member):
            continue
        setattr(cls, name, _with_readable_errors(member))
    return cls


def _with_readable_errors(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise self._read_error(exc) from exc

    return wrapper
