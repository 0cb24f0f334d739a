"""Full-text search over the history (FTS5): a bounded query from what a person types, ranked hits.

:func:`search_messages` works on any connection: the store's own, or a :class:`SearchReader`'s
read-only one on the window's search thread.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .conversation import Role
from .db_files import read_only_connection

log = logging.getLogger(__name__)

SEARCH_WINDOW = 1000  # search ranks at most this many of the newest matching messages
MAX_QUERY_TERMS = 24  # distinct words of a search; 2,500 of them took 16 s on 3,000 messages
MAX_TERM_CHARS = 64  # longer words are cut and searched as a prefix


@dataclass(frozen=True)
class SearchHit:
    conversation_id: str
    conversation_title: str
    message_id: str
    role: Role
    snippet: str  # matched words wrapped in \x02 ... \x03 (escape before showing as HTML)


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must appear (prefix match on the
    last, once it has two characters: a one-letter prefix matches nearly every message).

    Bounded, because the text can be anything (a pasted page, a word repeated 300 times): repeated
    words count once (case-insensitively), only the first MAX_QUERY_TERMS distinct words are used,
    and a word longer than MAX_TERM_CHARS is cut and matched as a prefix.
    """
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    if not words:
        return ""
    last = words[-1].casefold()
    terms: dict[str, str] = {}  # casefolded word -> the query term, in the order typed
    for word in words:
        key = word.casefold()
        if key in terms:
            continue
        if len(terms) == MAX_QUERY_TERMS:
            break
        cut = word[:MAX_TERM_CHARS]
        term = '"' + cut.replace('"', '""') + '"'
        if cut != word or (key == last and len(word) >= 2):
            term += "*"
        terms[key] = term
    return " ".join(terms.values())


def search_messages(db: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """The search behind :meth:`Storage.search`, on any connection (the window's search worker has
    its own read-only one)."""
    match = fts_query(query)
    if not match:
        return []
    rows = db.execute(
        "SELECT m.id, m.conversation_id, m.role, c.title,"
        " snippet(messages_fts, 0, char(2), char(3), '…', 12) AS snip"
        " FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE messages_fts MATCH ?1 AND messages_fts.rowid >= ("
        "   SELECT min(rowid) FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?1"
        "   ORDER BY rowid DESC LIMIT ?3))"
        " ORDER BY rank LIMIT ?2",
        (match, limit, SEARCH_WINDOW),
    ).fetchall()
    hits = []
    for r in rows:
        try:
            hits.append(SearchHit(r[1], r[3], r[0], Role(r[2]), r[4]))
        except ValueError:
            log.warning("skipping search hit with unreadable role in message %s", r[0])
    return hits


class SearchReader:
    """A read-only connection of its own for searching on a worker thread.

    ``interrupt`` may be called from any thread: it ends a running query (a newer search replaces
    it), which then raises ``sqlite3.OperationalError``.
    """

    def __init__(self, path: Path, timeout: float = 5.0):
        self._db = read_only_connection(Path(path), timeout)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return search_messages(self._db, query, limit)

    def interrupt(self) -> None:
        self._db.interrupt()

    def close(self) -> None:
        self._db.close()
