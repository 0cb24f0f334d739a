"""``hearth doctor --repair`` and the documents' tables: a real database made inconsistent (rows
deleted behind the triggers' backs, the search index wiped) or damaged byte for byte; the repair
keeps every document a chat or collection uses, drops the orphans and rebuilds the index."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from app.core.base.settings import Settings
from app.core.documents import collections, store
from app.core.documents.extract import extract_bytes, extract_file
from app.core.history.conversation import MessageStatus
from app.core.history.db_repair import check_database, repair_database
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn, finish_turn


def _ask(storage: Storage, question: str, documents) -> str:
    conversation = storage.create_conversation()
    request = begin_turn(storage, conversation.id, question, Settings(context_length=4096), attachments=documents)
    finish_turn(storage, request, "An answer [1].", MessageStatus.DONE, None)
    return request.assistant_message_id


def _build(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A chat with a document, a chat whose message will be lost, and a collection."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    (folder / "tides.md").write_text("# Tides\n\nThe spring tide floods the causeway twice a day.", encoding="utf-8")
    keep = tmp_path / "keep.txt"
    keep.write_text("The lighthouse keeper hid the brass key under the seventh stair.", encoding="utf-8")
    lost = tmp_path / "lost.txt"
    lost.write_text("The smuggler buried the silver compass beneath the old jetty.", encoding="utf-8")
    path = tmp_path / "hearth.sqlite3"
    with Storage(path) as storage:
        _ask(storage, "Where is the key?", [extract_file(keep)])
        _ask(storage, "Where is the compass?", [extract_file(lost)])
        collections.add(storage, "shelf", folder)
        ids = dict(storage.connection.execute("SELECT name, id FROM documents").fetchall())
    assert sorted(ids) == ["keep.txt", "lost.txt", "tides.md"]
    return path, ids


def _raw(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=OFF")  # as a crash, an old build or another tool could leave it
    return db


def _found(path: Path, ids: list[str], question: str) -> set[str]:
    with Storage(path) as storage:
        return {hit.document_id for hit in store.search_chunks(storage.connection, ids, question)}


def _fts_checks_out(path: Path) -> bool:
    db = sqlite3.connect(path)
    try:
        db.execute("INSERT INTO document_chunks_fts(document_chunks_fts, rank) VALUES('integrity-check', 1)")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()


def test_orphans_are_dropped_and_the_wiped_index_is_rebuilt(tmp_path):
    path, ids = _build(tmp_path)
    db = _raw(path)
    lost_message = db.execute("SELECT message_id FROM attachments WHERE document_id = ?", (ids["lost.txt"],))
    lost_chat = db.execute("SELECT conversation_id FROM messages WHERE id = ?", lost_message.fetchone()).fetchone()
    # The chat's messages go without the cascade: its attachment and its reply's sources stay behind.
    db.execute("DELETE FROM messages WHERE conversation_id = ?", lost_chat)
    db.execute(
        "INSERT INTO documents (id, name, kind, size, text_chars, created_at) VALUES ('ghost', 'g', 'text', 1, 1, 0)"
    )
    db.execute("INSERT INTO document_chunks (document_id, position, content) VALUES ('nobody', 0, 'stray words')")
    db.execute("INSERT INTO document_chunks_fts(document_chunks_fts) VALUES('delete-all')")  # the index, emptied
    db.close()
    everything = list(ids.values())
    assert _found(path, everything, "brass key lighthouse") == set()  # retrieval is blind now
    health = check_database(path)
    assert health.problem is not None and "orphaned document row" in health.problem

    report = repair_database(path)

    assert report is not None and report.document_orphans >= 3
    assert report.documents == 2 and any(line.startswith("Documents ") for line in report.lines())
    assert check_database(path).problem is None
    assert _fts_checks_out(path)
    assert _found(path, everything, "brass key lighthouse") == {ids["keep.txt"]}
    assert _found(path, everything, "spring tide causeway") == {ids["tides.md"]}
    with Storage(path) as storage:
        db = storage.connection
        assert {r[0] for r in db.execute("SELECT id FROM documents")} == {ids["keep.txt"], ids["tides.md"]}
        strays = "SELECT COUNT(*) FROM document_chunks WHERE document_id NOT IN (SELECT id FROM documents)"
        assert db.execute(strays).fetchone()[0] == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [c.name for c in collections.list_all(db)] == ["shelf"]
    assert b"silver compass" not in path.read_bytes()  # the orphan's text left the repaired file


def test_an_index_out_of_step_alone_is_found_and_rebuilt(tmp_path):
    path, ids = _build(tmp_path)
    db = _raw(path)
    db.execute("DROP TRIGGER document_chunks_ai")  # as an old build without the trigger would write
    db.execute(
        "INSERT INTO document_chunks (document_id, position, content) VALUES (?, 9, 'A heron waits.')",
        (ids["keep.txt"],),
    )
    db.close()
    assert _found(path, [ids["keep.txt"]], "heron") == set()
    health = check_database(path)
    assert health.problem == "the documents' search index is out of step with their text (1 chunk(s))"
    report = repair_database(path)
    assert report is not None and report.document_orphans == 0
    assert _found(path, [ids["keep.txt"]], "heron") == {ids["keep.txt"]}
    assert check_database(path).problem is None
    with Storage(path) as storage:  # the repaired file has the app's whole schema, trigger included
        assert storage.connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_chunks_ai'").fetchone()


def test_a_damaged_page_of_chunks_keeps_every_readable_chunk_searchable(tmp_path):
    path = tmp_path / "hearth.sqlite3"
    paragraphs = [
        f"Entry {n}: the harbourmaster logged vessel number {n} arriving with {'cargo ' * 30}." for n in range(400)
    ]
    with Storage(path) as storage:
        # No word of the question is in the log, so no excerpt is copied into the reply's sources:
        # the pages holding the phrase below are the chunks' own.
        _ask(storage, "What arrived?", [extract_bytes("log.txt", "\n\n".join(paragraphs).encode())])
        storage.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        document_id = storage.connection.execute("SELECT id FROM documents").fetchone()[0]
    data = bytearray(path.read_bytes())
    page_size = 4096
    leaves = [
        n
        for n in range(1, len(data) // page_size)
        if data[n * page_size] == 13 and b"the harbourmaster logged vessel" in data[n * page_size : (n + 1) * page_size]
    ]
    victim = leaves[len(leaves) // 2]
    data[victim * page_size : (victim + 1) * page_size] = random.Random(3).randbytes(page_size)
    path.write_bytes(bytes(data))
    assert check_database(path).problem is not None

    report = repair_database(path)

    assert report is not None and report.documents == 1
    assert 0 < report.document_chunks
    assert check_database(path).problem is None and _fts_checks_out(path)
    with Storage(path) as storage:
        db = storage.connection
        kept = [r[0] for r in db.execute("SELECT content FROM document_chunks ORDER BY position")]
        assert kept and len(kept) == report.document_chunks
        word = kept[-1].split(":")[0]  # "Entry N" of the last readable chunk
        hits = store.search_chunks(db, [document_id], word.replace("Entry ", "vessel number "))
        assert any(word in hit.text for hit in hits)


def test_doctor_names_the_document_problem_and_repair_mends_it(tmp_path):
    import os
    import subprocess
    import sys

    from app.core.base.paths import AppPaths

    home = tmp_path / "home"
    database = AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure().database_path
    built, ids = _build(tmp_path)
    built.replace(database)
    db = _raw(database)
    # Its trigger drops the document, but with foreign keys off its chunk stays: an orphan.
    db.execute("DELETE FROM attachments WHERE document_id = ?", (ids["lost.txt"],))
    db.execute(
        "INSERT INTO documents (id, name, kind, size, text_chars, created_at) VALUES ('x', 'x', 'text', 1, 1, 0)"
    )
    db.close()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["HEARTH_HOME"] = str(home)

    def hearth(*args: str) -> subprocess.CompletedProcess:
        root = Path(__file__).resolve().parents[3]
        return subprocess.run(
            [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120, cwd=root
        )

    checked = hearth("doctor")
    assert "History           DAMAGED: 2 orphaned document row(s)" in checked.stdout, checked.stdout
    repaired = hearth("doctor", "--repair")
    assert repaired.returncode == 0 and "Traceback" not in repaired.stderr
    assert "Documents         2 document(s)" in repaired.stdout and "orphaned row(s) dropped" in repaired.stdout
    assert "History           ok" in hearth("doctor").stdout
