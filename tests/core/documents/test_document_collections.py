"""Collections: a folder indexed under a name, used by chats through retrieval, re-checked and removed."""

from __future__ import annotations

import os

import pytest

from app.core.base.settings import Settings
from app.core.documents import collections, store
from app.core.documents.collections import CollectionError
from app.core.documents.extract import extract_file
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn
from tests.document_files import write_docx, write_pdf


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "papers"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "readme.md").write_text("# Readme\n\nThe orchard grows quinces and medlars.", encoding="utf-8")
    (root / "sub" / "notes.txt").write_text("Bees visit the lavender at noon.", encoding="utf-8")
    write_pdf(root / "sub" / "report.pdf", [["Intro page."], ["The well is forty metres deep."]])
    write_docx(root / "plan.docx", [("heading", "Plan"), ("paragraph", "Prune the pear trees in March.")])
    (root / "blob.txt").write_bytes(b"\x00\x01binary")
    (root / ".hidden" / "secret.md").write_text("Never indexed.", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG")  # not a document suffix: not even tried
    return root


def test_a_folder_is_indexed_and_a_chat_retrieves_from_it(storage, folder):
    report = collections.add(storage, "papers", folder)
    assert (report.added, report.unchanged, report.removed) == (4, 0, 0)
    assert len(report.failures) == 1 and report.failures[0].startswith("blob.txt: blob.txt is a binary file")
    (info,) = collections.list_all(storage.connection)
    assert (info.name, info.documents) == ("papers", 4)
    conversation = storage.create_conversation(settings={"collections": ["papers"]})
    request = begin_turn(storage, conversation.id, "How deep is the well?", Settings())
    sources = store.sources_of(storage.connection, request.assistant_message_id)
    assert (sources[0].name, sources[0].page, sources[0].mode) == ("papers/sub/report.pdf", 2, "retrieved")
    assert "forty metres" in request.history[-1].content


def test_reindex_reads_changed_files_and_drops_deleted_ones(storage, folder):
    collections.add(storage, "papers", folder)
    (folder / "sub" / "notes.txt").write_text("Bees now visit the thyme.", encoding="utf-8")
    stamp = (folder / "sub" / "notes.txt").stat().st_mtime + 10
    os.utime(folder / "sub" / "notes.txt", (stamp, stamp))
    (folder / "readme.md").unlink()
    touched = (folder / "plan.docx").stat().st_mtime + 10
    os.utime(folder / "plan.docx", (touched, touched))  # same bytes, new time: read again, kept
    report = collections.reindex(storage, "papers")
    assert (report.added, report.unchanged, report.removed) == (2, 1, 1)
    storage.purge_deleted_text()
    texts = " ".join(r[0] for r in storage.connection.execute("SELECT content FROM document_chunks"))
    assert "thyme" in texts and "lavender" not in texts and "quinces" not in texts and "pear trees" in texts


def test_removing_a_collection_keeps_documents_a_chat_still_uses(storage, folder):
    collections.add(storage, "papers", folder)
    conversation = storage.create_conversation()
    begin_turn(storage, conversation.id, "Read this", Settings(), attachments=[extract_file(folder / "readme.md")])
    collections.remove(storage, "papers")
    names = [r[0] for r in storage.connection.execute("SELECT name FROM documents")]
    assert names == ["readme.md"]
    assert collections.list_all(storage.connection) == []
    with pytest.raises(CollectionError, match="no collection named papers"):
        collections.remove(storage, "papers")


def test_a_folder_with_too_many_files_is_refused_before_anything_is_stored(storage, folder, monkeypatch):
    monkeypatch.setattr(collections, "MAX_FILES", 3)
    with pytest.raises(CollectionError, match="more than 3 documents"):
        collections.add(storage, "papers", folder)
    assert collections.list_all(storage.connection) == []
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_a_cancelled_index_stops_between_files(storage, folder):
    import threading

    cancelled = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done == 1:
            cancelled.set()

    report = collections.add(storage, "papers", folder, progress, cancelled)
    assert report.cancelled and report.added + len(report.failures) <= 2
