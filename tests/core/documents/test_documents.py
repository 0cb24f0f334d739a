"""Documents: extraction from real files, chunking, storage with FTS5, whole/retrieved context,
sources per reply, and deletion that leaves no document text in the database file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.core.base.settings import Settings
from app.core.documents import store
from app.core.documents.chunking import MAX_CHARS, chunk_sections
from app.core.documents.extract import DocumentError, Section, extract_file
from app.core.history.conversation import MessageStatus
from app.core.history.storage import NotFoundError, Storage
from app.core.history.turns import begin_edit, begin_turn, finish_turn
from tests.document_files import write_docx, write_pdf

ANSWER = "The lighthouse keeper hid the brass key under the seventh stair"


def _filler(page: int) -> list[str]:
    return [
        f"Page {page} describes harbour tides, nets and weather in routine detail.",
        f"Fishing boats number {page} returned at dusk with the usual catch.",
    ]


# ------------------------------------------------------------------ extraction
def test_plain_markdown_code_csv_and_html_are_read_as_text(tmp_path):
    files = {
        "notes.txt": "First paragraph.\r\n\r\nSecond paragraph.",
        "readme.md": "# Title\n\nSome *markdown* text.",
        "tool.py": "def answer():\n    return 42\n",
        "table.csv": "name,age\nAda,36\n",
        "page.html": "<html><head><title>x</title><style>p{}</style></head><body><h1>Heading</h1>"
        "<p>Visible &amp; text</p><script>var hidden = 1;</script></body></html>",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert extract_file(tmp_path / "notes.txt").sections[0].text == "First paragraph.\n\nSecond paragraph."
    assert "def answer" in extract_file(tmp_path / "tool.py").sections[0].text
    assert "Ada,36" in extract_file(tmp_path / "table.csv").sections[0].text
    html = extract_file(tmp_path / "page.html")
    assert html.kind == "html" and "Heading\n\nVisible & text" in html.sections[0].text
    assert "hidden" not in html.sections[0].text and "p{}" not in html.sections[0].text


def test_pdf_keeps_page_numbers(tmp_path):
    pdf = write_pdf(tmp_path / "report.pdf", [["Alpha on the first page"], ["Beta on the second page"]])
    document = extract_file(pdf)
    assert document.kind == "pdf" and document.pages == 2
    assert [(s.page, s.text.strip()) for s in document.sections] == [
        (1, "Alpha on the first page"),
        (2, "Beta on the second page"),
    ]


def test_docx_keeps_headings_and_tables(tmp_path):
    path = write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Budget"),
            ("paragraph", "We spend little."),
            ("table", "item|cost;rope|12"),
            ("heading", "Risks"),
            ("paragraph", "Storms."),
        ],
    )
    document = extract_file(path)
    assert [s.heading for s in document.sections] == ["Budget", "Risks"]
    assert "rope | 12" in document.sections[0].text and "Storms." in document.sections[1].text


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: write_pdf(p / "locked.pdf", [["secret"]], password="pw"), "encrypted with a password"),
        (lambda p: write_pdf(p / "scan.pdf", [["x"]], text_layer=False), "no text layer"),
        (lambda p: _write(p / "broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog"), "not a readable PDF"),
        (lambda p: _write(p / "broken.docx", b"PK\x03\x04 not really a zip"), "not a readable DOCX"),
        (lambda p: _write(p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
        (lambda p: _write(p / "latin1.txt", "café crème".encode("latin-1")), "not UTF-8 text"),
        (lambda p: _write(p / "empty.txt", b"   \n"), "no text to read"),
        (lambda p: _huge(p / "huge.txt"), "larger than 30 MB"),
        (lambda p: _fifo(p / "pipe.txt"), "FIFO"),
        (lambda p: p, "is a folder"),
    ],
)
def test_bad_files_give_one_clear_sentence(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(DocumentError) as caught:
        extract_file(path)
    text = str(caught.value)
    assert message in text and "\n" not in text and path.name in text


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _huge(path: Path) -> Path:
    with open(path, "wb") as handle:  # sparse: 31 MB on paper, nothing on disk
        handle.truncate(31 * 1024 * 1024)
    return path


def _fifo(path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(path)
    return path


# ------------------------------------------------------------------ chunking
def test_chunks_follow_paragraphs_and_never_cross_pages():
    sections = [
        Section("\n\n".join(f"Paragraph {i} of page one." for i in range(200)), page=1),
        Section("Short page two.", page=2),
        Section("word " * 3000, page=3),
    ]  # one paragraph far longer than a chunk
    chunks = chunk_sections(sections)
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert all(len(c.text) <= MAX_CHARS for c in chunks)
    page_one = [c for c in chunks if c.page == 1]
    assert len(page_one) > 1 and all(
        c.text.startswith("Paragraph") and c.text.endswith("page one.") for c in page_one
    )  # cut between paragraphs, not inside one
    assert [c.text for c in chunks if c.page == 2] == ["Short page two."]
    assert sum(c.text.count("word") for c in chunks if c.page == 3) == 3000  # nothing lost or doubled


# ------------------------------------------------------------------ storage and retrieval
@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "history.sqlite3") as opened:
        yield opened


def _settings(context_length: int = 4096) -> Settings:
    return Settings(context_length=context_length)


def test_retrieval_finds_the_one_answering_chunk_in_a_300_page_pdf(tmp_path, storage):
    pages = [_filler(n) for n in range(1, 301)]
    pages[216] = _filler(217)[:1] + [ANSWER + "."]
    document = extract_file(write_pdf(tmp_path / "log.pdf", pages))
    assert document.pages == 300
    conversation = storage.create_conversation()
    request = begin_turn(
        storage, conversation.id, "Where did the keeper hide the brass key?", _settings(), attachments=[document]
    )
    sources = store.sources_of(storage.connection, request.assistant_message_id)
    assert sources[0].mode == "retrieved" and sources[0].page == 217 and ANSWER in sources[0].excerpt
    question = request.history[-1].content
    assert question.endswith("Where did the keeper hide the brass key?")
    assert "[1] log.pdf, page 217" in question and ANSWER in question
    assert len(question) < 20_000  # excerpts only, not the 300 pages


def test_a_small_document_goes_in_whole_and_stays_in_front_of_its_message(tmp_path, storage):
    notes = tmp_path / "notes.md"
    notes.write_text("# Packing list\n\nTent, rope, lantern.", encoding="utf-8")
    conversation = storage.create_conversation()
    first = begin_turn(storage, conversation.id, "What should I pack?", _settings(), attachments=[extract_file(notes)])
    finish_turn(storage, first, "A tent [1].", MessageStatus.DONE, None)
    second = begin_turn(storage, conversation.id, "And for food?", _settings())
    # The document stays with the message that carried it: the prompt's prefix does not change.
    assert second.history[0].content == first.history[0].content
    assert "Tent, rope, lantern." in second.history[0].content and "(whole document)" in second.history[0].content
    assert second.history[-1].content == "And for food?"
    sources = store.sources_of(storage.connection, second.assistant_message_id)
    assert [(s.name, s.mode) for s in sources] == [("notes.md", "whole")]


def test_whole_or_retrieved_follows_the_context_and_the_chat_setting(tmp_path, storage):
    text = "\n\n".join(f"Section {i}: the quartermaster logged {i} barrels of salted fish." for i in range(400))
    (tmp_path / "ledger.txt").write_text(text + "\n\nThe password for the vault is heliotrope.", encoding="utf-8")
    document = extract_file(tmp_path / "ledger.txt")  # ~24,000 characters: about 8,000 tokens

    def mode_of(context_length: int, chat_mode: str | None) -> str:
        settings = {"documents_mode": chat_mode} if chat_mode else {}
        conversation = storage.create_conversation(settings=settings)
        request = begin_turn(
            storage, conversation.id, "What is the vault password?", _settings(context_length), attachments=[document]
        )
        return store.sources_of(storage.connection, request.assistant_message_id)[0].mode

    assert mode_of(65536, None) == "whole"
    assert mode_of(4096, None) == "retrieved"
    assert mode_of(4096, "whole") == "whole"
    assert mode_of(65536, "retrieve") == "retrieved"


def test_edit_and_regenerate_keep_the_documents_of_the_branch(tmp_path, storage):
    (tmp_path / "a.txt").write_text("Apples are red.", encoding="utf-8")
    conversation = storage.create_conversation()
    first = begin_turn(storage, conversation.id, "Colour?", _settings(), attachments=[extract_file(tmp_path / "a.txt")])
    user_id = storage.get_message(first.assistant_message_id).parent_id
    edited = begin_edit(storage, user_id, "Which colour?", _settings())
    # An edit is a new message: it carries no attachment of its own, so the document is not sent.
    assert "Apples" not in edited.history[-1].content


def test_the_same_file_is_stored_once_and_deleted_with_the_last_chat(tmp_path, storage):
    word = "zqxwvoranthemum"
    path = tmp_path / "secret.txt"
    path.write_text(f"The code name is {word}.\n\n" + "Padding paragraph.\n\n" * 50, encoding="utf-8")
    document = extract_file(path)
    one, two = storage.create_conversation(), storage.create_conversation()
    for conversation in (one, two):
        request = begin_turn(storage, conversation.id, "What is the code name?", _settings(), attachments=[document])
        finish_turn(storage, request, f"It is {word}.", MessageStatus.DONE, None)
    db = storage.connection
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    storage.delete_conversation(one.id)
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1  # the other chat still uses it
    storage.delete_conversation(two.id)
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM document_chunks").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM reply_sources").fetchone()[0] == 0
    storage.purge_deleted_text()
    storage.close()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("history.sqlite3") and p.is_file()]
    assert files
    for file in files:
        assert word.encode() not in file.read_bytes(), file.name


def test_a_failed_turn_stores_no_document(tmp_path, storage):
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    with pytest.raises(NotFoundError):
        begin_turn(storage, "no-such-conversation", "Hi", _settings(), attachments=[extract_file(tmp_path / "a.txt")])
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_query_terms_are_bounded_and_stop_words_dropped():
    query = store.retrieval_query("the " * 500 + " ".join(f"word{i}" for i in range(100)) + " x" * 3)
    assert query.count(" OR ") == store.MAX_QUERY_TERMS - 1 and '"the"' not in query
    assert store.retrieval_query("the a of") == ""


def test_an_older_database_gets_the_tables_and_a_read_only_one_still_opens(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Storage(path) as first:
        first.create_conversation("kept")
    with sqlite3.connect(path) as raw:  # as a database from before documents existed
        for name in (
            "reply_sources",
            "attachments",
            "collection_documents",
            "collections",
            "document_chunks_fts",
            "document_chunks",
            "documents",
        ):
            raw.execute(f"DROP TABLE {name}")
    with Storage(path) as reopened:
        assert store.has_schema(reopened.connection)
        assert [c.title for c in reopened.list_conversations()] == ["kept"]
