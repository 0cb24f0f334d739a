"""The documents' tables, in the history database beside the chats they belong to.

* ``documents``: one row per distinct file, keyed by the sha256 of its bytes (attaching the same
  file to ten chats stores it once).
* ``document_chunks`` and its FTS5 index ``document_chunks_fts`` (external content, kept by
  triggers like ``messages_fts``): the text, split on paragraph/page boundaries.
* ``attachments``: which user message carries which document, and the file it was read from
  (opened again only while it still holds the same bytes). It goes with the message
  (``ON DELETE CASCADE``), and a trigger deletes a document, its chunks and their index entries
  with the last attachment (or collection entry) that uses it.
* ``reply_sources``: what a reply was given (file, page, excerpt, whole/retrieved), for its card
  and ``hearth history show``; it goes with the reply.
* ``collections`` and ``collection_documents``: named folders of documents.

:func:`ensure_schema` creates the tables (idempotent, ``IF NOT EXISTS``), called once from
``Storage``'s open path. ``secure_delete`` is on for the whole database; :func:`purge` merges the
chunk index so deleted words leave its old segments too, as ``Storage.purge_deleted_text`` does
for messages.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..base.fileutil import read_regular_file
from ..history.migrations import split_sql  # trigger bodies hold ";": the same splitter
from .chunking import Chunk
from .extract import ExtractedDocument

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    pages INTEGER,
    text_chars INTEGER NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS document_chunks (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    page INTEGER,
    heading TEXT,
    content TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_chunks_by_document ON document_chunks(document_id, position);
CREATE VIRTUAL TABLE IF NOT EXISTS document_chunks_fts USING fts5(
    content, content='document_chunks', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS document_chunks_ai AFTER INSERT ON document_chunks BEGIN
    INSERT INTO document_chunks_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER IF NOT EXISTS document_chunks_ad AFTER DELETE ON document_chunks BEGIN
    INSERT INTO document_chunks_fts(document_chunks_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TABLE IF NOT EXISTS attachments (
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    path TEXT,
    PRIMARY KEY (message_id, document_id)
);
CREATE INDEX IF NOT EXISTS attachments_by_document ON attachments(document_id);
CREATE TABLE IF NOT EXISTS collections (
    name TEXT PRIMARY KEY,
    folder TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS collection_documents (
    collection TEXT NOT NULL REFERENCES collections(name) ON DELETE CASCADE,
    path TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    mtime REAL NOT NULL,
    PRIMARY KEY (collection, path)
);
CREATE INDEX IF NOT EXISTS collection_documents_by_document ON collection_documents(document_id);
CREATE TRIGGER IF NOT EXISTS attachments_ad AFTER DELETE ON attachments
WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE document_id = old.document_id)
 AND NOT EXISTS (SELECT 1 FROM collection_documents WHERE document_id = old.document_id) BEGIN
    DELETE FROM documents WHERE id = old.document_id;
END;
CREATE TRIGGER IF NOT EXISTS collection_documents_ad AFTER DELETE ON collection_documents
WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE document_id = old.document_id)
 AND NOT EXISTS (SELECT 1 FROM collection_documents WHERE document_id = old.document_id) BEGIN
    DELETE FROM documents WHERE id = old.document_id;
END;
CREATE TABLE IF NOT EXISTS reply_sources (
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    name TEXT NOT NULL,
    page INTEGER,
    heading TEXT,
    mode TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_id, position)
);
CREATE TABLE IF NOT EXISTS document_vectors (
    chunk_id INTEGER NOT NULL REFERENCES document_chunks(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (chunk_id, model)
);
CREATE TABLE IF NOT EXISTS document_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MAX_QUERY_TERMS = 24  # as history search: a pasted page must not become a 2,000-term query
MAX_TERM_CHARS = 64
# Words that match nearly every chunk: they only slow an OR query down and add nothing to BM25.
STOP_WORDS = frozenset(
    "a an and are as at be by can do does for from has have how i in is it its of on or that the this "
    "to was what when where which who why will with you your".split()
)


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    name: str
    kind: str
    size: int
    pages: int | None
    text_chars: int
    chunks: int


@dataclass(frozen=True)
class Attachment:
    message_id: str
    document: DocumentInfo
    name: str  # as attached (the same bytes may have been attached under another name elsewhere)
    path: str | None = None  # the file it was read from, when attached from a file on this machine


@dataclass(frozen=True)
class ChunkHit:
    document_id: str
    position: int
    page: int | None
    heading: str | None
    text: str
    score: float  # BM25 (lower is better, as FTS5 reports it)
    chunk_id: int = 0


@dataclass(frozen=True)
class Source:
    """One thing a reply was given: a whole document or an excerpt of one."""

    position: int  # the number the prompt cites it by, from 1
    document_id: str
    name: str
    mode: str  # "whole" or "retrieved"
    excerpt: str
    page: int | None = None
    heading: str | None = None
    method: str = ""  # how a retrieved excerpt was found (keywords alone, or fused with vectors)

    def location(self) -> str:
        where = [f"page {self.page}"] if self.page else []
        if self.heading:
            where.append(f"“{self.heading}”")
        return ", ".join(where)


def ensure_schema(db: sqlite3.Connection, writable: bool = True) -> None:
    """Create the documents' tables when missing (one cheap lookup when they exist)."""
    present = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='document_settings'").fetchone()
    if present and writable:
        _add_path_column(db)
    if present or not writable:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in split_sql(SCHEMA):
            db.execute(statement)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    log.info("documents tables created")


def _add_path_column(db: sqlite3.Connection) -> None:
    """Tables made before attachments remembered their file get the column (NULL: stored text only)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(attachments)")}
    if columns and "path" not in columns:  # no columns: no such table, nothing to add to
        db.execute("ALTER TABLE attachments ADD COLUMN path TEXT")
        log.info("attachments table: path column added")


def _has_path_column(db: sqlite3.Connection) -> bool:
    return any(row[1] == "path" for row in db.execute("PRAGMA table_info(attachments)"))


def has_schema(db: sqlite3.Connection) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='document_settings'").fetchone() is not None
    )


# ------------------------------------------------------------------ writing
def store_document(
    db: sqlite3.Connection, document: ExtractedDocument, chunks: list[Chunk] | None = None
) -> DocumentInfo:
    """Insert the document and its chunks unless the same bytes are stored already.

    Call inside a transaction (``Storage.transaction()``) with whatever links it, so a document is
    never stored without the attachment that keeps it alive, nor half of its chunks."""
    existing = get_document(db, document.sha256)
    if existing is not None:
        return existing
    chunks = document.chunks if chunks is None else chunks
    db.execute(
        "INSERT INTO documents (id, name, kind, size, pages, text_chars, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            document.sha256,
            document.name,
            document.kind,
            document.size,
            document.pages,
            document.text_chars,
            time.time(),
        ),
    )
    db.executemany(
        "INSERT INTO document_chunks (document_id, position, page, heading, content) VALUES (?, ?, ?, ?, ?)",
        [(document.sha256, c.position, c.page, c.heading, c.text) for c in chunks],
    )
    log.info("document %s stored: %d bytes, %d chunks", document.sha256[:12], document.size, len(chunks))
    return get_document(db, document.sha256)


def attach(db: sqlite3.Connection, message_id: str, document: ExtractedDocument) -> DocumentInfo:
    """Store ``document`` (once) and link it to the user message; call inside a transaction."""
    info = store_document(db, document)
    position = db.execute("SELECT COUNT(*) FROM attachments WHERE message_id = ?", (message_id,)).fetchone()[0]
    db.execute(
        "INSERT OR IGNORE INTO attachments (message_id, document_id, name, position, path) VALUES (?, ?, ?, ?, ?)",
        (message_id, info.id, document.name, position, document.path),
    )
    return info


def detach(db: sqlite3.Connection, message_id: str, document_id: str) -> bool:
    """Take a document off a message: later turns no longer see it, and the trigger deletes its
    text and chunks when no other message or collection uses it. Call inside a transaction, then
    purge (:func:`purge`) so its words leave the index's old segments too. False if not attached."""
    deleted = db.execute(
        "DELETE FROM attachments WHERE message_id = ? AND document_id = ?", (message_id, document_id)
    ).rowcount
    if deleted:
        log.info("document %s detached from message %s", document_id[:12], message_id[:8])
    return bool(deleted)


def save_sources(db: sqlite3.Connection, reply_id: str, sources: Iterable[Source]) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO reply_sources (message_id, position, document_id, name, page, heading, mode,"
        " excerpt, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (reply_id, s.position, s.document_id, s.name, s.page, s.heading, s.mode, s.excerpt, s.method)
            for s in sources
        ],
    )


def purge(db: sqlite3.Connection) -> None:
    """Merge the chunk index's segments so words of deleted documents leave the file."""
    if has_schema(db):
        db.execute("INSERT INTO document_chunks_fts(document_chunks_fts) VALUES('optimize')")


# ------------------------------------------------------------------ reading
_DOCUMENT_COLUMNS = (
    "d.id, d.name, d.kind, d.size, d.pages, d.text_chars,"
    " (SELECT COUNT(*) FROM document_chunks c WHERE c.document_id = d.id) AS chunks"
)


def _info(row) -> DocumentInfo:
    return DocumentInfo(
        id=row[0], name=row[1], kind=row[2], size=row[3], pages=row[4], text_chars=row[5], chunks=row[6]
    )


def get_document(db: sqlite3.Connection, document_id: str) -> DocumentInfo | None:
    row = db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?", (document_id,)).fetchone()
    return _info(row) if row is not None else None


def attachments_of(db: sqlite3.Connection, message_ids: list[str]) -> list[Attachment]:
    """The attachments of these messages, in the order given, then in the order attached."""
    if not message_ids or not has_schema(db):
        return []
    order = {message_id: index for index, message_id in enumerate(message_ids)}
    marks = ",".join("?" * len(message_ids))
    path = "a.path" if _has_path_column(db) else "NULL"  # a read-only database from before the column
    rows = db.execute(
        f"SELECT a.message_id, a.name, a.position, {path}, {_DOCUMENT_COLUMNS} FROM attachments a"
        f" JOIN documents d ON d.id = a.document_id WHERE a.message_id IN ({marks})",
        message_ids,
    ).fetchall()
    rows.sort(key=lambda r: (order[r[0]], r[2]))
    return [Attachment(message_id=r[0], name=r[1], path=r[3], document=_info(r[4:])) for r in rows]


def document_chunks(db: sqlite3.Connection, document_id: str) -> list[ChunkHit]:
    rows = db.execute(
        "SELECT position, page, heading, content FROM document_chunks WHERE document_id = ? ORDER BY position",
        (document_id,),
    ).fetchall()
    return [ChunkHit(document_id, r[0], r[1], r[2], r[3], 0.0) for r in rows]


def original_file(attachment: Attachment) -> Path | None:
    """The file the attachment was read from, if it still holds exactly the stored bytes (its
    sha256 is the document's id): a path from an imported chat, a file since edited or replaced,
    or a FIFO/device under that name is never handed to the desktop to open."""
    if not attachment.path:
        return None
    path = Path(attachment.path)
    try:
        data = read_regular_file(path, max_bytes=attachment.document.size)
    except (OSError, ValueError):  # gone, unreadable, grown, or not a regular file
        return None
    if len(data) != attachment.document.size or hashlib.sha256(data).hexdigest() != attachment.document.id:
        return None
    return path


def document_text(db: sqlite3.Connection, document_id: str) -> str:
    """The document's stored text again, from its chunks, with a marker where a new page starts."""
    parts, page = [], None
    for chunk in document_chunks(db, document_id):
        if chunk.page is not None and chunk.page != page:
            parts.append(f"--- page {chunk.page} ---")
            page = chunk.page
        parts.append(chunk.text)
    return "\n\n".join(parts)


def sources_of(db: sqlite3.Connection, reply_id: str) -> list[Source]:
    if not has_schema(db):
        return []
    rows = db.execute(
        "SELECT position, document_id, name, mode, excerpt, page, heading, method FROM reply_sources"
        " WHERE message_id = ? ORDER BY position",
        (reply_id,),
    ).fetchall()
    return [Source(*row) for row in rows]


def retrieval_query(text: str) -> str:
    """An FTS5 OR-query of the question's distinct words (bounded, stop words left out), so BM25
    ranks the chunks sharing the most (and rarest) words with the question first."""
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    terms: dict[str, str] = {}
    for word in words:
        key = word.casefold()
        if key in terms or key in STOP_WORDS or len(word) < 2:
            continue
        if len(terms) == MAX_QUERY_TERMS:
            break
        cut = word[:MAX_TERM_CHARS]
        terms[key] = '"' + cut.replace('"', '""') + '"' + ("*" if cut != word else "")
    return " OR ".join(terms.values())


def search_chunks(db: sqlite3.Connection, document_ids: list[str], question: str, limit: int = 6) -> list[ChunkHit]:
    """The chunks of these documents that best answer ``question``, best first (BM25 via FTS5)."""
    query = retrieval_query(question)
    if not query or not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    rows = db.execute(
        "SELECT c.document_id, c.position, c.page, c.heading, c.content, bm25(document_chunks_fts) AS score, c.id"
        " FROM document_chunks_fts JOIN document_chunks c ON c.id = document_chunks_fts.rowid"
        f" WHERE document_chunks_fts MATCH ? AND c.document_id IN ({marks})"
        " ORDER BY score LIMIT ?",
        (query, *document_ids, limit),
    ).fetchall()
    return [ChunkHit(*row) for row in rows]


def chunks_by_id(db: sqlite3.Connection, chunk_ids: list[int]) -> dict[int, ChunkHit]:
    if not chunk_ids:
        return {}
    marks = ",".join("?" * len(chunk_ids))
    rows = db.execute(
        f"SELECT document_id, position, page, heading, content, 0.0, id FROM document_chunks WHERE id IN ({marks})",
        chunk_ids,
    ).fetchall()
    return {row[6]: ChunkHit(*row) for row in rows}


def get_setting(db: sqlite3.Connection, key: str) -> str | None:
    if not has_schema(db):
        return None
    row = db.execute("SELECT value FROM document_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_setting(db: sqlite3.Connection, key: str, value: str | None) -> None:
    """Call inside a transaction."""
    if value is None:
        db.execute("DELETE FROM document_settings WHERE key = ?", (key,))
    else:
        db.execute(
            "INSERT INTO document_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
