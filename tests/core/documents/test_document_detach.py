"""Taking a document off a sent message (the chip's Remove) and finding its original file again
(the chip's Open): real SQLite, real files."""

from __future__ import annotations

import os

import pytest

from app.core.base.settings import Settings
from app.core.documents import store
from app.core.documents.extract import extract_bytes, extract_file
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn


def _attached(storage: Storage, document) -> store.Attachment:
    conversation = storage.create_conversation()
    request = begin_turn(storage, conversation.id, "Read this", Settings(context_length=4096), attachments=[document])
    user_id = storage.get_message(request.assistant_message_id).parent_id
    (attachment,) = store.attachments_of(storage.connection, [user_id])
    return attachment


def test_detach_deletes_the_text_only_with_its_last_user(tmp_path):
    path = tmp_path / "shared.txt"
    path.write_text("The otter sleeps in the reeds by the mill.", encoding="utf-8")
    with Storage(tmp_path / "h.sqlite3") as storage:
        first, second = _attached(storage, extract_file(path)), _attached(storage, extract_file(path))
        assert first.document.id == second.document.id
        with storage.transaction() as db:
            assert store.detach(db, first.message_id, first.document.id)
            assert not store.detach(db, first.message_id, first.document.id)  # already gone
        assert store.get_document(storage.connection, first.document.id) is not None  # the other chat's
        with storage.transaction() as db:
            store.detach(db, second.message_id, second.document.id)
        assert store.get_document(storage.connection, first.document.id) is None
        db = storage.connection
        assert db.execute("SELECT COUNT(*) FROM document_chunks").fetchone()[0] == 0
        storage.purge_deleted_text()
        matches = "SELECT COUNT(*) FROM document_chunks_fts WHERE document_chunks_fts MATCH 'otter'"
        assert db.execute(matches).fetchone()[0] == 0
        # The replies keep the list of what they were given (their sources), as written then.
        assert db.execute("SELECT COUNT(*) FROM reply_sources").fetchone()[0] == 2


def test_the_original_opens_only_while_it_holds_the_same_bytes(tmp_path):
    path = tmp_path / "map.md"
    path.write_text("# Map\n\nThe well is north of the barn.", encoding="utf-8")
    with Storage(tmp_path / "h.sqlite3") as storage:
        attachment = _attached(storage, extract_file(path))
        assert attachment.path == str(path.resolve())
        assert store.original_file(attachment) == path.resolve()
        assert "The well is north of the barn." in store.document_text(storage.connection, attachment.document.id)
        path.write_text("# Map\n\nThe well is south of the barn.", encoding="utf-8")  # same size, new bytes
        assert store.original_file(attachment) is None
        path.unlink()
        assert store.original_file(attachment) is None
        pasted = _attached(storage, extract_bytes("pasted.txt", b"No file behind this."))
        assert pasted.path is None and store.original_file(pasted) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_put_where_the_file_was_is_never_opened(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Plain notes.", encoding="utf-8")
    with Storage(tmp_path / "h.sqlite3") as storage:
        attachment = _attached(storage, extract_file(path))
    path.unlink()
    os.mkfifo(path)  # reading it would block for ever
    assert store.original_file(attachment) is None


def test_an_older_attachments_table_gains_the_path_column(tmp_path):
    database = tmp_path / "h.sqlite3"
    with Storage(database) as storage:
        _attached(storage, extract_bytes("a.txt", b"Old row."))
        db = storage.connection
        # As the table was before the column existed (SQLite 3.35+ drops columns).
        db.execute("ALTER TABLE attachments DROP COLUMN path")
    with Storage(database) as storage:
        (row,) = storage.connection.execute("SELECT name, path FROM attachments").fetchall()
        assert tuple(row) == ("a.txt", None)
