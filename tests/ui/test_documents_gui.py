"""Documents in the window: the paperclip's tray, files dropped on the window, chips on the user's
message, sources under the reply. PDFs here are written by Qt's own PDF writer (offscreen)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPageSize, QPdfWriter, QTextDocument

from app.core.base.settings import SamplingParams, Settings, save_settings
from app.core.documents import store
from app.core.documents.extract import extract_file
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from app.ui.sources_view import AttachmentChips, SourcesList
from tests.document_files import write_pdf
from tests.fakes import ScriptedEngine


def qt_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF written by QPdfWriter from a QTextDocument, one page per entry."""
    document = QTextDocument()
    body = "".join(f'<p style="page-break-after: always">{text}</p>' for text in pages[:-1])
    document.setHtml(body + f"<p>{pages[-1]}</p>")
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    return path


def _drop(window, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def _ready(qtbot, hearth):
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)


def test_qt_pdf_pages_are_extracted_with_their_numbers(qapp, tmp_path):
    pdf = qt_pdf(tmp_path / "qt.pdf", ["Opening remarks about gardens.", "Tomatoes need full sun.", "Closing notes."])
    document = extract_file(pdf)
    assert document.pages == 3
    page = document.sections[1]
    assert page.page == 2 and page.text.startswith("Tomatoes need full sun.")  # Qt adds a page number


def test_a_dropped_pdf_goes_with_the_message_and_shows_chips_and_sources(
    qtbot, make_app, scripted_model, app_paths, tmp_path
):
    engine = ScriptedEngine()
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    window = hearth.window
    pdf = qt_pdf(tmp_path / "garden.pdf", ["Opening remarks about gardens.", "Tomatoes need full sun."])
    _drop(window, [pdf])
    tray = window.attachment_tray
    assert tray.isVisibleTo(window) and len(tray.chips()) == 1
    qtbot.waitUntil(lambda: not tray.busy, timeout=20000)  # read in the worker thread
    assert "garden.pdf · 2 pages" in tray.chips()[0].label.text()
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
        hearth.window.composer.editor.setPlainText("What do tomatoes need?")
        qtbot.keyClick(hearth.window.composer.editor, Qt.Key.Key_Return)
    assert tray.chips() == [] and not tray.isVisibleTo(window)  # sent with the message
    assert "Tomatoes need full sun." in engine.prompts[-1] and "[1] garden.pdf" in engine.prompts[-1]
    user_view, reply_view = window.chat_view.message_views()
    chips = user_view.findChild(AttachmentChips)
    assert chips is not None and "garden.pdf · 2 pages" in chips.labels[0].text()
    assert chips.labels[0].text().endswith("whole")
    sources = reply_view.findChild(SourcesList)
    assert sources is not None and sources.toggle.text() == "1 source ▸"
    sources.toggle.click()
    assert not sources.details.isHidden() and "Tomatoes need full sun." in sources.details.text()
    with Storage(app_paths.database_path) as storage:
        (summary,) = storage.list_conversations()
        user, reply = storage.active_path(summary.id)
        assert [a.name for a in store.attachments_of(storage.connection, [user.id])] == ["garden.pdf"]
    # Reopened from the database, the chips and sources are still there.
    hearth.chat.open(summary.id)
    user_view, reply_view = window.chat_view.message_views()
    assert user_view.findChild(AttachmentChips) and reply_view.findChild(SourcesList)


def test_a_bad_file_is_one_sentence_and_no_chip(qtbot, make_app, scripted_model, tmp_path):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    locked = write_pdf(tmp_path / "locked.pdf", [["secret"]], password="pw")
    with qtbot.waitSignal(hearth.window.attachment_tray.error, timeout=20000) as blocker:
        _drop(hearth.window, [locked])
    assert blocker.args == ["locked.pdf is encrypted with a password; remove the password and attach it again"]
    assert hearth.window.attachment_tray.chips() == []
    assert hearth.window.last_error == blocker.args[0]


def test_sending_waits_while_a_document_is_being_read(qtbot, make_app, scripted_model, tmp_path):
    hearth = make_app(lambda: ScriptedEngine())
    _ready(qtbot, hearth)
    tray = hearth.window.attachment_tray
    notes = tmp_path / "notes.txt"
    notes.write_text("Some notes.", encoding="utf-8")
    gate = threading.Event()
    tray._pool.submit(gate.wait, 20)  # the reader thread is busy: notes.txt waits its turn
    tray.add_paths([notes])
    assert tray.busy
    hearth.window.navigator.submit("Summarise the notes")
    assert hearth.chat.conversation_id is None  # nothing sent or stored
    assert hearth.window.composer.editor.toPlainText() == "Summarise the notes"
    gate.set()
    qtbot.waitUntil(lambda: not tray.busy, timeout=20000)
    assert [d.name for d in tray.documents()] == ["notes.txt"]


@pytest.mark.model
def test_the_real_model_answers_a_chat_with_an_attached_document(
    qtbot, make_app, installed_starter, app_paths, tmp_path
):
    save_settings(
        app_paths.settings_path,
        Settings().with_changes(context_length=2048, sampling=SamplingParams(temperature=0.0, max_tokens=24, seed=2)),
    )
    hearth = make_app()
    _ready(qtbot, hearth)
    notes = tmp_path / "trip.md"
    notes.write_text("# Trip\n\nThe train to Galway leaves at nine from platform four.", encoding="utf-8")
    hearth.window.attachment_tray.add_paths([notes])
    qtbot.waitUntil(lambda: not hearth.window.attachment_tray.busy, timeout=20000)
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as blocker:
        hearth.window.navigator.submit("When does the train to Galway leave?")
    message_id, text, status, stats = blocker.args
    assert status is MessageStatus.DONE and text.strip()
    assert stats.prompt_tokens > 25  # the document reached the model with the question
    reply_view = hearth.window.chat_view.view_for(message_id)
    assert reply_view.findChild(SourcesList) is not None


def test_chat_settings_switch_whole_or_retrieve_and_keep_the_collections(qtbot):
    from app.core.history.conversation import Conversation
    from app.ui.conversation_settings import ConversationSettingsDialog

    conversation = Conversation(
        id="c1",
        title="Docs",
        created_at=0.0,
        updated_at=0.0,
        settings={"collections": ["papers"], "documents_mode": "whole"},
    )
    dialog = ConversationSettingsDialog(conversation, Settings(), {}, lambda *a: None)
    qtbot.addWidget(dialog)
    assert dialog.documents.currentData() == "whole"
    dialog.documents.setCurrentIndex(dialog.documents.findData("retrieve"))
    _prompt, data = dialog.values()
    assert data == {"collections": ["papers"], "documents_mode": "retrieve"}
    dialog.documents.setCurrentIndex(dialog.documents.findData("auto"))
    assert dialog.values()[1] == {"collections": ["papers"]}  # auto is the default: not stored
