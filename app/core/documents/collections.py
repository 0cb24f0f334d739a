"""Collections: a folder of documents under a name, indexed once and used by any chat.

``add`` walks the folder (regular files with a supported suffix, hidden folders and symlinked
folders skipped), refuses a folder with more than ``MAX_FILES`` such files before reading any,
and indexes each file in its own transaction: a file that cannot be read is reported and skipped,
never half-stored. ``reindex`` re-checks the folder: changed files (size or mtime) are read again,
deleted ones dropped (their documents go with the last user, see ``store``'s triggers). A chat
uses collections listed in its settings (``"collections": [names]``); their documents are always
retrieved, never sent whole.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import store
from .extract import HTML_SUFFIXES, TEXT_SUFFIXES, DocumentError, extract_file
from .sandbox import ReaderSession

MAX_FILES = 10_000
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


class CollectionError(Exception):
    """One sentence for the user."""


@dataclass
class IndexReport:
    name: str
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    failures: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{self.added} indexed", f"{self.unchanged} unchanged", f"{self.removed} removed"]
        failed = f", {len(self.failures)} could not be read" if self.failures else ""
        stopped = " (cancelled)" if self.cancelled else ""
        return f"collection {self.name}: {', '.join(parts)}{failed}{stopped}"


@dataclass(frozen=True)
class CollectionInfo:
    name: str
    folder: str
    documents: int
    chunks: int


def document_files(folder: Path) -> list[Path]:
    """The supported regular files under ``folder``, sorted; CollectionError past MAX_FILES."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith(".") or path.suffix.lower() not in SUFFIXES or path.is_symlink():
                continue
            found.append(path)
            if len(found) > MAX_FILES:
                raise CollectionError(
                    f"{folder} holds more than {MAX_FILES:,} documents; choose a smaller folder (nothing was indexed)"
                )
    return found


def add(
    storage,
    name: str,
    folder: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: threading.Event | None = None,
) -> IndexReport:
    folder = Path(folder).expanduser()
    if not name.strip():
        raise CollectionError("a collection needs a name")
    if not folder.is_dir():
        raise CollectionError(f"{folder} is not a folder")
    folder = folder.resolve()
    files = document_files(folder)  # refuses a huge folder before anything is written
    with storage.transaction() as db:
        if db.execute("SELECT 1 FROM collections WHERE name = ?", (name,)).fetchone():
            raise CollectionError(f"there is already a collection named {name}; use reindex or rm")
        db.execute(
            "INSERT INTO collections (name, folder, created_at) VALUES (?, ?, ?)", (name, str(folder), time.time())
        )
    return _index(storage, name, folder, files, progress, cancelled)


def reindex(storage, name: str, progress=None, cancelled=None) -> IndexReport:
    row = storage.connection.execute("SELECT folder FROM collections WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise CollectionError(f"no collection named {name}")
    folder = Path(row[0])
    files = document_files(folder) if folder.is_dir() else []
    return _index(storage, name, folder, files, progress, cancelled)


def _index(storage, name, folder: Path, files: list[Path], progress, cancelled) -> IndexReport:
    with ReaderSession() as reader:  # one reader child for the folder's PDFs and DOCX files
        return _index_with(storage, name, folder, files, progress, cancelled, reader)


def _index_with(storage, name, folder: Path, files: list[Path], progress, cancelled, reader) -> IndexReport:
    report = IndexReport(name)
    db = storage.connection
    known = {
        r[0]: (r[1], r[2])
        for r in db.execute("SELECT path, mtime, document_id FROM collection_documents WHERE collection = ?", (name,))
    }
    seen = set()
    for index, path in enumerate(files):
        if cancelled is not None and cancelled.is_set():
            report.cancelled = True
            break
        if progress is not None:
            progress(index, len(files))
        relative = path.relative_to(folder).as_posix()
        seen.add(relative)
        try:
            mtime = path.stat().st_mtime
        except OSError:
            continue
        if relative in known and known[relative][0] == mtime:
            report.unchanged += 1
            continue
        try:
            document = extract_file(path, reader=reader)
        except DocumentError as exc:
            report.failures.append(f"{relative}: {exc}")
            continue
        with storage.transaction() as db:  # one file at a time: never half-stored
            info = store.store_document(db, document)
            if relative in known and known[relative][1] == info.id:  # touched, same bytes
                db.execute(
                    "UPDATE collection_documents SET mtime = ? WHERE collection = ? AND path = ?",
                    (mtime, name, relative),
                )
            else:  # delete, then insert: REPLACE would skip the trigger that drops the old version
                db.execute("DELETE FROM collection_documents WHERE collection = ? AND path = ?", (name, relative))
                db.execute(
                    "INSERT INTO collection_documents (collection, path, document_id, mtime) VALUES (?, ?, ?, ?)",
                    (name, relative, info.id, mtime),
                )
        report.added += 1
    if not report.cancelled:
        gone = [path for path in known if path not in seen]
        with storage.transaction() as db:
            db.executemany(
                "DELETE FROM collection_documents WHERE collection = ? AND path = ?", [(name, path) for path in gone]
            )
        report.removed = len(gone)
    return report


def remove(storage, name: str) -> None:
    with storage.transaction() as db:
        # The rows go first so the trigger deletes each document no chat or collection still uses.
        db.execute("DELETE FROM collection_documents WHERE collection = ?", (name,))
        if db.execute("DELETE FROM collections WHERE name = ?", (name,)).rowcount == 0:
            raise CollectionError(f"no collection named {name}")
    storage.purge_deleted_text()


def list_all(db: sqlite3.Connection) -> list[CollectionInfo]:
    if not store.has_schema(db):
        return []
    rows = db.execute(
        "SELECT c.name, c.folder, COUNT(cd.document_id),"
        " (SELECT COUNT(*) FROM document_chunks k JOIN collection_documents x ON x.document_id = k.document_id"
        "  WHERE x.collection = c.name)"
        " FROM collections c LEFT JOIN collection_documents cd ON cd.collection = c.name"
        " GROUP BY c.name ORDER BY c.name"
    ).fetchall()
    return [CollectionInfo(*row) for row in rows]


def documents_of(db: sqlite3.Connection, names: list[str]) -> dict[str, str]:
    """document id -> a name to cite it by ("collection/relative/path"), for these collections."""
    if not names or not store.has_schema(db):
        return {}
    marks = ",".join("?" * len(names))
    rows = db.execute(
        f"SELECT document_id, collection, path FROM collection_documents WHERE collection IN ({marks})"
        " ORDER BY collection, path",
        names,
    ).fetchall()
    return {document_id: f"{collection}/{path}" for document_id, collection, path in rows}
