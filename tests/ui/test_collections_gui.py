"""Documents in the window, beyond the tray: the collections page (add a folder in the background
with progress and Cancel, reindex, remove, use in a chat), the embedding model choice, and the
Open/Remove buttons of a sent attachment's chip. Real SQLite, real files, the real app."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.documents import collections, embeddings, store
from app.core.documents.selfcheck import sample_pdf
from app.core.history.storage import Storage
from app.ui.accessibility import unnamed_controls
from app.ui.sent_attachments import StoredTextViewer
from app.ui.sources_view import AttachmentChips, SourcesList
from tests.document_files import write_docx
from tests.fakes import ScriptedEngine
from tests.ui.dialogs import answer_next_question

TIMEOUT_MS = 60000  # hang guard: PDFs and DOCX files are read by a child process each


def _ready(qtbot, hearth):
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)


def _shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    (folder / "sub").mkdir(parents=True)
    (folder / "tides.md").write_text("# Tides\n\nThe spring tide floods the causeway at dawn.", encoding="utf-8")
    (folder / "sub" / "lamp.pdf").write_bytes(sample_pdf("The lamp room holds forty litres of paraffin."))
    write_docx(folder / "ferry.docx", [("heading", "Ferry"), ("paragraph", "The ferry to the island leaves at noon.")])
    return folder


def _send(qtbot, hearth, text: str) -> None:
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.window.navigator.submit(text)


def _finish(qtbot, page, start) -> str:
    with qtbot.waitSignal(page._jobs.finished, timeout=TIMEOUT_MS):
        start()
    return page.last_outcome


def test_a_folder_becomes_a_collection_in_the_background_and_a_chat_retrieves_from_it(
    qtbot, make_app, scripted_model, app_paths, tmp_path
):
    engine = ScriptedEngine()
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    folder = _shelf(tmp_path)
    _send(qtbot, hearth, "Hello")  # a chat to use the collection in
    page = hearth.documents.open_page()
    assert unnamed_controls(page) == []
    assert page.embedding_box.currentText() == "None: keywords only (BM25)"
    assert "keywords only (BM25)" in page.embedding_note.text()

    with qtbot.waitSignal(page._jobs.started, timeout=5000):
        page.add_folder(folder, "shelf")
    assert page._jobs.busy and page.cancel_button.isEnabled() and not page.add_button.isEnabled()
    assert page.status.text().startswith("Indexing shelf")
    hearth.window.composer.editor.setPlainText("typed while indexing")  # the window is not blocked
    qtbot.waitUntil(lambda: not page._jobs.busy, timeout=TIMEOUT_MS)
    assert page.last_outcome.startswith("collection shelf: 3 indexed")
    assert page.names() == ["shelf"] and page.table.item(0, 1).text() == "3"
    assert page.add_button.isEnabled() and page.progress.isHidden()

    tick = page.table.item(0, len(page.COLUMNS) - 1)
    assert tick.flags() & Qt.ItemFlag.ItemIsEnabled
    tick.setCheckState(Qt.CheckState.Checked)  # used by this chat
    assert hearth.chat.history.conversation().settings["collections"] == ["shelf"]
    hearth.window.composer.editor.clear()
    _send(qtbot, hearth, "How much paraffin does the lamp room hold?")
    assert "forty litres of paraffin" in engine.prompts[-1] and "shelf/sub/lamp.pdf" in engine.prompts[-1]
    reply_view = hearth.window.chat_view.message_views()[-1]
    sources = reply_view.findChild(SourcesList)
    assert sources is not None and "shelf/sub/lamp.pdf" in sources.details.text()

    (folder / "tides.md").unlink()  # reindex notices the deleted file
    page.table.selectRow(0)
    outcome = _finish(qtbot, page, page.reindex_selected)
    assert "0 indexed, 2 unchanged, 1 removed" in outcome and page.table.item(0, 1).text() == "2"

    seen = answer_next_question(qtbot, button=QMessageBox.StandardButton.Yes)
    _finish(qtbot, page, page.remove_selected)
    assert seen["default"] == QMessageBox.StandardButton.No
    assert page.names() == []
    with Storage(app_paths.database_path) as storage:
        assert collections.list_all(storage.connection) == []
        assert storage.connection.execute("SELECT COUNT(*) FROM document_chunks").fetchone()[0] == 0


def test_cancel_stops_indexing_after_the_file_in_hand_and_keeps_what_is_whole(
    qtbot, make_app, scripted_model, app_paths, tmp_path, monkeypatch
):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"note{n:02}.txt").write_text(f"Note {n} about the harbour wall.", encoding="utf-8")
    first_file_read, release = threading.Event(), threading.Event()
    real_extract = collections.extract_file

    def slow_extract(path, **kwargs):
        first_file_read.set()
        release.wait(20)  # the job is busy with this file until the test lets it go
        return real_extract(path, **kwargs)

    monkeypatch.setattr(collections, "extract_file", slow_extract)
    page = hearth.documents.open_page()
    page.add_folder(folder, "many")
    qtbot.waitUntil(first_file_read.is_set, timeout=10000)
    assert page.cancel_button.isVisible() and page.cancel_button.isEnabled()
    page.cancel_button.click()
    with qtbot.waitSignal(page._jobs.finished, timeout=TIMEOUT_MS):
        release.set()
    assert page.last_outcome == "collection many: 1 indexed, 0 unchanged, 0 removed (cancelled)"
    with Storage(app_paths.database_path) as storage:
        db = storage.connection
        (info,) = collections.list_all(db)
        assert (info.documents, info.chunks) == (1, 1)  # the file in hand, whole; nothing else
    assert page.table.item(0, 1).text() == "1" and page.add_button.isEnabled()


def test_an_unloadable_embedding_model_is_one_sentence_and_keywords_stay(
    qtbot, make_app, scripted_model, app_paths, tmp_path
):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    broken = app_paths.models_dir / "broken-embed.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    page = hearth.documents.open_page()
    names = [page.embedding_box.itemText(i) for i in range(page.embedding_box.count())]
    assert names[0] == "None: keywords only (BM25)" and scripted_model.name in names
    index = page.embedding_box.findText(scripted_model.name)
    page.embedding_box.setItemData(index, str(broken))  # as if the library listed the broken file
    with qtbot.waitSignal(page._jobs.failed, timeout=TIMEOUT_MS) as failed:
        page.embedding_box.activated.emit(index)
    assert failed.args[0].startswith("broken-embed.gguf cannot be loaded as an embedding model")
    assert "\n" not in failed.args[0] and page.status.text() == failed.args[0]
    assert embeddings.active() is None
    with Storage(app_paths.database_path) as storage:
        assert store.get_setting(storage.connection, embeddings.SETTING) is None
    assert page.embedding_box.currentText() == "None: keywords only (BM25)"


@pytest.mark.model
def test_the_starter_model_chosen_in_the_window_embeds_the_collection(
    qtbot, make_app, scripted_model, app_paths, tmp_path
):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    page = hearth.documents.open_page()
    _finish(qtbot, page, lambda: page.add_folder(_shelf(tmp_path), "shelf"))
    index = page.embedding_box.findText(scripted_model.name)
    try:
        outcome = _finish(qtbot, page, lambda: page.embedding_box.activated.emit(index))
        assert outcome == f"3 new vectors from {scripted_model.name}"
        assert embeddings.active() is not None
        assert page.embedding_box.currentText() == scripted_model.name
        assert f"vectors from {scripted_model.name}" in page.embedding_note.text()
        with Storage(app_paths.database_path) as storage:
            db = storage.connection
            assert store.get_setting(db, embeddings.SETTING) == str(scripted_model)
            assert db.execute("SELECT COUNT(*) FROM document_vectors").fetchone()[0] == 3
            ids = [r[0] for r in db.execute("SELECT id FROM documents")]
            hits, method = embeddings.retrieve(db, ids, "paraffin in the lamp room", 2)
        assert "vectors" in method and "paraffin" in hits[0].text
        # None again: keywords only, and the page says so.
        _finish(qtbot, page, lambda: page.embedding_box.activated.emit(0))
        assert embeddings.active() is None and "keywords only (BM25)" in page.embedding_note.text()
    finally:
        embeddings.activate(None)  # process-wide: never leak into other tests


def test_a_sent_chip_opens_the_file_or_its_stored_text_and_can_be_removed(
    qtbot, make_app, scripted_model, app_paths, tmp_path
):
    engine = ScriptedEngine()
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe gate code is 4711.", encoding="utf-8")
    tray = hearth.window.attachment_tray
    tray.add_paths([notes])
    qtbot.waitUntil(lambda: not tray.busy, timeout=TIMEOUT_MS)
    _send(qtbot, hearth, "What is the gate code?")
    assert "The gate code is 4711." in engine.prompts[-1]
    opened = []
    hearth.documents.sent.open_url = opened.append
    chips = hearth.window.chat_view.message_views()[0].findChild(AttachmentChips)
    assert chips is not None and len(chips.open_buttons) == len(chips.remove_buttons) == 1
    assert unnamed_controls(chips) == []

    chips.open_buttons[0].click()  # the file is unchanged: the desktop opens it
    assert [url.toLocalFile() for url in opened] == [str(notes.resolve())]
    notes.write_text("# Notes\n\nEdited since.", encoding="utf-8")
    chips.open_buttons[0].click()  # changed: the stored text, read-only
    assert len(opened) == 1
    (viewer,) = hearth.documents.sent.viewers
    assert isinstance(viewer, StoredTextViewer) and viewer.text.isReadOnly()
    assert "The gate code is 4711." in viewer.text.toPlainText() and viewer.isVisible()
    viewer.close()

    seen = answer_next_question(qtbot, button=QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(hearth.documents.sent.removed, timeout=10000):
        chips.remove_buttons[0].click()
    assert seen["default"] == QMessageBox.StandardButton.No and "notes.md" in seen["text"]
    assert hearth.window.chat_view.message_views()[0].findChild(AttachmentChips) is None
    with Storage(app_paths.database_path) as storage:
        db = storage.connection
        assert db.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0  # nothing else used it
    _send(qtbot, hearth, "And now?")
    assert "The gate code is 4711." not in engine.prompts[-1]  # later turns no longer see it


def test_removing_a_chip_can_be_declined(qtbot, make_app, scripted_model, app_paths, tmp_path):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    notes = tmp_path / "keep.txt"
    notes.write_text("Kept words.", encoding="utf-8")
    hearth.window.attachment_tray.add_paths([notes])
    qtbot.waitUntil(lambda: not hearth.window.attachment_tray.busy, timeout=TIMEOUT_MS)
    _send(qtbot, hearth, "Read it")
    chips = hearth.window.chat_view.message_views()[0].findChild(AttachmentChips)
    answer_next_question(qtbot, press_enter=True)  # Enter answers No
    chips.remove_buttons[0].click()
    with Storage(app_paths.database_path) as storage:
        assert storage.connection.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 1


def test_at_start_the_collections_are_rechecked_in_the_background(qtbot, make_app, scripted_model, app_paths, tmp_path):
    folder = _shelf(tmp_path)
    with Storage(app_paths.database_path) as storage:
        assert collections.add(storage, "shelf", folder).added == 3
    (folder / "ferry.docx").unlink()  # deleted while Hearth was closed
    (folder / "gulls.txt").write_text("Gulls nest on the north cliff.", encoding="utf-8")  # and one added
    hearth = make_app(lambda: ScriptedEngine())
    jobs = hearth.documents.jobs
    assert jobs.busy  # started with the app, on the job thread
    with qtbot.waitSignal(jobs.finished, timeout=TIMEOUT_MS):
        _ready(qtbot, hearth)
    assert "collection shelf: 1 indexed, 2 unchanged, 1 removed" in hearth.window.statusBar().currentMessage()
    with Storage(app_paths.database_path) as storage:
        names = sorted(r[0] for r in storage.connection.execute("SELECT name FROM documents"))
    assert names == ["gulls.txt", "lamp.pdf", "tides.md"]
