"""Recovery of a damaged history database: every readable row is copied into a fresh one.

Python's ``sqlite3`` module binds no part of SQLite's recovery API, and the ``sqlite3`` shell's
``.recover`` is not installed everywhere (and 3.40's failed with "SQL logic error" on Hearth's
FTS5 tables here). So the rows are read through SQLite itself, table by table in rowid order; where
a damaged page stops the scan, the next readable rowid is found by probing (doubling steps, then a
binary search back), and the scan goes on from there. Only rows on unreadable pages are lost.

The fresh database is built beside the damaged one with the app's own schema (the search index is
rebuilt by its triggers), the damaged file is copied aside byte for byte, and the fresh one then
replaces it in one rename. Orphans are kept, not dropped: a message whose conversation was lost
gets a "Recovered chat", a message whose parent was lost (or whose parents loop) becomes a root.

The documents' tables are salvaged the same way; their orphans (an attachment of a lost message, a
chunk of a lost document, a document nothing uses) are dropped, since nothing could ever show or
delete them, and their search index is rebuilt. :func:`check_database` also reports those orphans
and an index out of step with the chunks, which ``PRAGMA quick_check`` cannot see.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .conversation import MessageStatus, now
from .storage import Storage, StorageError, copy_aside

log = logging.getLogger(__name__)

TABLES = ("conversations", "messages", "presets")  # the search index is derived: rebuilt, not copied
# The documents' tables (app.core.documents.store), parents first; their search index is rebuilt too.
DOCUMENT_TABLES = (
    "documents",
    "document_chunks",
    "collections",
    "collection_documents",
    "attachments",
    "reply_sources",
    "document_vectors",
    "document_settings",
)
# Rows no chat or collection can reach, or that point at a row that is gone; deleted in this order
# (foreign keys are off while repairing, so nothing cascades on its own).
DOCUMENT_ORPHANS = (
    "DELETE FROM attachments WHERE message_id NOT IN (SELECT id FROM messages)"
    " OR document_id NOT IN (SELECT id FROM documents)",
    "DELETE FROM collection_documents WHERE collection NOT IN (SELECT name FROM collections)"
    " OR document_id NOT IN (SELECT id FROM documents)",
    "DELETE FROM documents WHERE id NOT IN (SELECT document_id FROM attachments)"
    " AND id NOT IN (SELECT document_id FROM collection_documents)",
    "DELETE FROM document_chunks WHERE document_id NOT IN (SELECT id FROM documents)",
    "DELETE FROM document_vectors WHERE chunk_id NOT IN (SELECT id FROM document_chunks)",
    "DELETE FROM reply_sources WHERE message_id NOT IN (SELECT id FROM messages)",
)
MAX_ROWID = 2**63 - 1
BATCH_ROWS = 500


@dataclass(frozen=True)
class DatabaseHealth:
    problem: str | None  # None: healthy
    looping_messages: int = 0


@dataclass
class RepairReport:
    problem: str
    conversations: int = 0
    messages: int = 0
    presets: int = 0
    unreadable_ranges: int = 0  # places where a damaged page stopped a table scan
    rows_refused: int = 0  # rows read but unusable (a required field missing)
    recovered_chats: int = 0  # conversations re-created for messages whose conversation was lost
    documents: int = 0
    document_chunks: int = 0
    document_orphans: int = 0  # document rows dropped: nothing used them, or what they named was gone
    backup: Path | None = None

    def lines(self) -> list[str]:
        lines = [
            f"Problem           {self.problem}",
            f"Recovered         {self.conversations} conversation(s), {self.messages} message(s), "
            f"{self.presets} preset(s)",
        ]
        if self.unreadable_ranges or self.rows_refused:
            lines.append(
                f"Lost              {self.unreadable_ranges} unreadable range(s) of rows skipped, "
                f"{self.rows_refused} unusable row(s)"
            )
        if self.documents or self.document_orphans:
            lines.append(
                f"Documents         {self.documents} document(s), {self.document_chunks} chunk(s), search "
                f"index rebuilt; {self.document_orphans} orphaned row(s) dropped"
            )
        if self.recovered_chats:
            lines.append(
                f'Re-created        {self.recovered_chats} chat(s) titled "Recovered chat" for '
                "messages whose chat was lost"
            )
        if self.backup is not None:
            lines.append(
                f"Damaged copy      {self.backup} (it still holds every chat, deleted ones too: "
                "delete it once the repaired history looks right)"
            )
        return lines


def check_database(path: Path) -> DatabaseHealth:
    """SQLite's quick check of every page, then the message trees (a loop of parents)."""
    try:
        with contextlib.closing(_open_read_only(path)) as db:
            rows = db.execute("PRAGMA quick_check(5)").fetchall()
            problems = [str(r[0]) for r in rows if r[0] != "ok"]
            if problems:
                return DatabaseHealth(problems[0])
            looping = len(_looping_messages(db.execute("SELECT id, parent_id FROM messages").fetchall()))
            documents = _document_problem(db)
    except sqlite3.DatabaseError as exc:
        return DatabaseHealth(str(exc))
    if looping:
        return DatabaseHealth(f"{looping} message(s) whose parents form a loop", looping)
    return DatabaseHealth(documents)


def _document_problem(db: sqlite3.Connection) -> str | None:
    """Orphaned document rows, or a documents' search index out of step with their chunks."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_chunks_fts_docsize'").fetchone() is None:
        return None  # a database from before documents: nothing to check
    orphans = sum(db.execute(_as_count(statement)).fetchone()[0] for statement in DOCUMENT_ORPHANS)
    if orphans:
        return f"{orphans} orphaned document row(s) (a chunk, attachment or source whose owner is gone)"
    unindexed = db.execute(
        "SELECT (SELECT COUNT(*) FROM document_chunks c WHERE NOT EXISTS"
        "  (SELECT 1 FROM document_chunks_fts_docsize d WHERE d.id = c.id))"
        " + (SELECT COUNT(*) FROM document_chunks_fts_docsize d WHERE NOT EXISTS"
        "  (SELECT 1 FROM document_chunks c WHERE c.id = d.id))"
    ).fetchone()[0]
    if unindexed:
        return f"the documents' search index is out of step with their text ({unindexed} chunk(s))"
    return None


def _as_count(delete_statement: str) -> str:
    return delete_statement.replace("DELETE FROM", "SELECT COUNT(*) FROM", 1)


def repair_database(path: Path) -> RepairReport | None:
    """Salvage ``path`` into a fresh database that replaces it. None when it is healthy.

    Close every connection to it first (the window included)."""
    path = Path(path)
    if not path.exists():
        raise StorageError(f"there is no history database at {path}")
    health = check_database(path)
    if health.problem is None:
        return None
    report = RepairReport(problem=health.problem)
    try:
        with contextlib.closing(_open_read_only(path)) as damaged:
            tables = {table: _salvage_table(damaged, table, report) for table in TABLES + DOCUMENT_TABLES}
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"nothing in {path} is readable ({exc}); the file was left as it is") from exc
    fresh = path.with_name(path.name + ".repairing")
    _remove_database_files(fresh)
    try:
        _build_fresh(fresh, tables, report)
        report.backup = copy_aside(path, "damaged")
        if report.backup is None:
            raise StorageError("could not keep a copy of the damaged database (is the disk full?); nothing was changed")
        _remove_database_files(path, keep_main=True)  # an old WAL must never be replayed onto the new file
        fresh.replace(path)
    except BaseException:
        _remove_database_files(fresh)
        raise
    log.info(
        "history database repaired: %d conversations, %d messages recovered; damaged copy %s",
        report.conversations,
        report.messages,
        report.backup,
    )
    return report


# ------------------------------------------------------------------ reading
def _open_read_only(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    db.row_factory = sqlite3.Row
    return db


def _salvage_table(db: sqlite3.Connection, table: str, report: RepairReport) -> list[dict]:
    """Every readable row of ``table``, in rowid order, skipping what damaged pages hide.

    Rows are read in batches. Where a batch fails, the next row that reads on its own is found
    by probing and read by its rowid alone (a scan can fail on a row that a direct read gets), and
    batches resume after it. Every step moves past the last rowid, so the scan always ends."""
    rows: list[dict] = []
    after, in_damage = -1, False  # rowids of these tables start at 1
    while True:
        try:
            batch = db.execute(
                f"SELECT rowid AS rowid_, * FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?", (after, BATCH_ROWS)
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            if "no such table" in str(exc):  # an old schema without presets
                return rows
            if not in_damage:
                report.unreadable_ranges += 1
                log.info("table %s: unreadable rows after rowid %d (%s)", table, after, exc)
            in_damage = True
            resume = _next_readable_rowid(db, table, after)
            if resume is None:
                return rows
            rows.append(_row_by_rowid(db, table, resume))
            after = resume
            continue
        if not batch:
            return rows
        rows.extend({k: row[k] for k in row.keys() if k != "rowid_"} for row in batch)
        after, in_damage = batch[-1]["rowid_"], False


def _row_by_rowid(db: sqlite3.Connection, table: str, rowid: int) -> dict:
    row = db.execute(f"SELECT * FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
    return {k: row[k] for k in row.keys()}


def _seekable_from(db: sqlite3.Connection, table: str, rowid: int) -> int | None | bool:
    """The first rowid >= ``rowid`` if the seek works, None if there is none, False if it fails."""
    try:
        row = db.execute(f"SELECT rowid FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT 1", (rowid,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    return None if row is None else row[0]


def _first_seekable_after(db: sqlite3.Connection, table: str, after: int) -> int | None:
    """Probe beyond ``after`` in doubling steps, then search back for the first seek that works,
    so rows just past a damaged page are not skipped with it."""
    bad, step = after, 1
    while True:
        probe = min(after + step, MAX_ROWID)
        found = _seekable_from(db, table, probe)
        if found is not False:
            break
        bad = probe
        if probe == MAX_ROWID:
            return None
        step *= 2
    good, good_found = probe, found
    while good - bad > 1:  # seeks from 'bad' fail, from 'good' work
        middle = (bad + good) // 2
        found = _seekable_from(db, table, middle)
        if found is False:
            bad = middle
        else:
            good, good_found = middle, found
    return good_found


def _next_readable_rowid(db: sqlite3.Connection, table: str, after: int) -> int | None:
    """The first rowid beyond ``after`` whose whole row reads, or None."""
    while True:
        candidate = _first_seekable_after(db, table, after)
        if candidate is None or candidate <= after:  # garbage from a damaged page must not loop
            return None
        try:
            _row_by_rowid(db, table, candidate)
            return candidate
        except sqlite3.DatabaseError:
            after = candidate


# ------------------------------------------------------------------ writing
def _build_fresh(fresh: Path, tables: dict[str, list[dict]], report: RepairReport) -> None:
    Storage(fresh, check_integrity=False).close()  # the app's own, current schema
    with contextlib.closing(sqlite3.connect(str(fresh), isolation_level=None)) as db:
        db.execute("PRAGMA foreign_keys=OFF")  # orphans are fixed up below instead of refused
        db.execute("PRAGMA secure_delete=ON")  # the orphans dropped below must not stay in free pages
        db.execute("BEGIN")
        report.conversations = _insert_rows(db, "conversations", tables["conversations"], report)
        for row in tables["messages"]:
            if row.get("status") == MessageStatus.STREAMING.value:
                row["status"] = MessageStatus.INTERRUPTED.value
            row["writer"] = None
        report.messages = _insert_rows(db, "messages", tables["messages"], report)
        report.presets = _insert_rows(db, "presets", tables["presets"], report)
        _fix_orphans(db, report)
        _restore_documents(db, tables, report)
        db.execute("COMMIT")
        leftover = db.execute("PRAGMA foreign_key_check").fetchall()
        if leftover:
            raise StorageError(
                f"the repaired database still has {len(leftover)} broken reference(s); nothing was changed"
            )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _insert_rows(db: sqlite3.Connection, table: str, rows: list[dict], report: RepairReport) -> int:
    columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    inserted = 0
    for row in rows:
        known = [c for c in columns if c in row]
        try:
            db.execute(
                f"INSERT INTO {table} ({', '.join(known)}) VALUES ({', '.join('?' * len(known))})",
                [row[c] for c in known],
            )
            inserted += 1
        except sqlite3.Error as exc:  # a required field missing, a duplicate id from a damaged index
            report.rows_refused += 1
            log.info("table %s: a salvaged row was refused (%s)", table, exc)
    return inserted


def _fix_orphans(db: sqlite3.Connection, report: RepairReport) -> None:
    lost_chats = db.execute(
        "SELECT conversation_id, MIN(created_at), MAX(updated_at) FROM messages"
        " WHERE conversation_id NOT IN (SELECT id FROM conversations) GROUP BY conversation_id"
    ).fetchall()
    for conversation_id, created, updated in lost_chats:
        db.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, 'Recovered chat', ?, ?)",
            (conversation_id, created or now(), updated or now()),
        )
    report.recovered_chats = len(lost_chats)
    report.conversations += len(lost_chats)
    db.execute(
        "UPDATE messages SET parent_id = NULL WHERE parent_id IS NOT NULL"
        " AND parent_id NOT IN (SELECT id FROM messages)"
    )
    for message_id in _looping_messages(db.execute("SELECT id, parent_id FROM messages").fetchall()):
        db.execute("UPDATE messages SET parent_id = NULL WHERE id = ?", (message_id,))
    # The view's leaf must exist and be in its own conversation; else the newest message shows.
    db.execute(
        "UPDATE conversations SET current_leaf_id = (SELECT m.id FROM messages m WHERE m.conversation_id ="
        " conversations.id ORDER BY m.created_at DESC, m.rowid DESC LIMIT 1)"
        " WHERE current_leaf_id IS NULL OR current_leaf_id NOT IN"
        " (SELECT id FROM messages WHERE conversation_id = conversations.id)"
    )


def _restore_documents(db: sqlite3.Connection, tables: dict[str, list[dict]], report: RepairReport) -> None:
    """The documents' rows (their search index refilled by the chunk triggers), minus the orphans
    (the trigger that drops a document with its last attachment fires here as it does in use)."""
    for table in DOCUMENT_TABLES:
        _insert_rows(db, table, tables[table], report)
    for statement in DOCUMENT_ORPHANS:
        report.document_orphans += db.execute(statement).rowcount
    db.execute("INSERT INTO document_chunks_fts(document_chunks_fts) VALUES('rebuild')")
    report.documents = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    report.document_chunks = db.execute("SELECT COUNT(*) FROM document_chunks").fetchone()[0]


def _looping_messages(pairs: list) -> list[str]:
    """One message per parent loop (cutting its parent link breaks the loop), in a single pass
    with a visited set: a loop never ends a walk up the tree, so it is found where a walk returns
    to a message of its own walk."""
    parent = {row[0]: row[1] for row in pairs}
    state: dict[str, int] = {}  # 1: on the current walk, 2: done (reaches a root)
    cuts = []
    for start in parent:
        walk = []
        node = start
        while node is not None and node in parent and node not in state:
            state[node] = 1
            walk.append(node)
            node = parent[node]
        if node is not None and state.get(node) == 1:
            cuts.append(node)
        for visited in walk:
            state[visited] = 2
    return cuts


def _remove_database_files(path: Path, keep_main: bool = False) -> None:
    for suffix in ("-wal", "-shm", "-journal") + (() if keep_main else ("",)):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def iter_backups(database_path: Path) -> Iterator[Path]:
    """Copies of the history database Hearth made (before a migration, of a damaged file)."""
    yield from sorted(p for p in database_path.parent.glob(f"{database_path.name}.*.bak") if p.is_file())
