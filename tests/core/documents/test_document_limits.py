"""Hostile PDFs and DOCX files, written by the tests: pypdf and python-docx run in a child process
with a time and a memory limit, a DOCX zip bomb is refused before anything is inflated, and each
refusal is one sentence that leaves nothing half-indexed."""

from __future__ import annotations

import functools
import io
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from app.core.documents import collections, sandbox, store
from app.core.documents.extract import DocumentError, extract_bytes, extract_file
from app.core.documents.selfcheck import (
    DOCX_WORDS,
    PDF_WORDS,
    check_readers,
    pdf_from_objects,
    sample_docx,
    sample_pdf,
)
from app.core.history.storage import Storage

HANG_GUARD_S = 60  # generous: only a reader that ignores its time limit gets near it


_pdf = pdf_from_objects  # the self-test's builder: hostile objects, a correct xref table


def pdf_with_content(content: bytes, pages: int = 1) -> bytes:
    """``pages`` pages that all show one content stream, ``content`` deflated (a small file for a
    big stream; a shared stream is parsed again for every page that shows it)."""
    packed = zlib.compress(content, 9)
    kids = " ".join(f"{5 + n} 0 R" for n in range(pages)).encode()
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
            *[page] * pages,
        ]
    )


# 600,000 text operators: a stream just inside pypdf's own parsing budget (2,000,000 tokens) that
# takes it about 20 s per page here; shown on 50 pages, a 10 KB file would keep it busy for ~17 min.
ENDLESS = (b"BT /F1 9 Tf " + b"(ab) Tj " * 600_000 + b"ET", 50)


def looping_pdf() -> bytes:
    """A page tree whose node lists itself as its own kid, and a page whose parent is that node."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length 0 >>\nstream\n\nendstream",
        ]
    )


@functools.lru_cache(maxsize=2)
def docx_bomb(inflated_mb: int) -> bytes:
    """A zip named like a DOCX whose document part inflates to ``inflated_mb`` MB of spaces."""
    buffer = io.BytesIO()
    block = b" " * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(inflated_mb):
                part.write(block)
    return buffer.getvalue()


@pytest.fixture
def no_reader_child(monkeypatch):
    """Fails the test if anything reaches the reader child (for refusals that must come first)."""

    def refuse(*args, **kwargs):
        raise AssertionError("the file reached the reader child")

    monkeypatch.setattr(sandbox, "read_in_child", refuse)


# ------------------------------------------------------------------ the child itself
def test_a_pdf_and_a_docx_are_read_in_the_child_with_pages_and_headings():
    assert check_readers().startswith("pypdf and python-docx")
    pdf = extract_bytes("made.pdf", sample_pdf(PDF_WORDS))
    assert pdf.kind == "pdf" and pdf.pages == 1 and PDF_WORDS in pdf.sections[0].text
    docx = extract_bytes("made.docx", sample_docx("Timetable", DOCX_WORDS))
    assert docx.sections[0].heading == "Timetable" and DOCX_WORDS in docx.sections[0].text


def test_a_refusal_inside_the_child_comes_back_as_its_sentence():
    with pytest.raises(DocumentError) as caught:
        extract_bytes("scan.pdf", pdf_with_content(b"0.5 g 50 50 500 700 re f"))
    assert str(caught.value) == "scan.pdf has no text layer (scanned images?); Hearth cannot read text from images"


# ------------------------------------------------------------------ time
def test_a_pdf_that_would_take_minutes_is_stopped_at_the_time_limit(monkeypatch, tmp_path):
    path = tmp_path / "endless.pdf"
    path.write_bytes(pdf_with_content(*ENDLESS))
    assert path.stat().st_size < 64 * 1024
    monkeypatch.setattr(sandbox, "READER_TIMEOUT_S", 2.0)
    started = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        extract_file(path)
    assert time.monotonic() - started < HANG_GUARD_S
    assert str(caught.value) == (
        "endless.pdf took longer than 2 s to read, so Hearth stopped reading it "
        "(the file may be damaged or built to never finish)"
    )


def test_a_page_tree_that_loops_is_one_sentence():
    started = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        extract_bytes("loop.pdf", looping_pdf())
    assert time.monotonic() - started < HANG_GUARD_S
    message = str(caught.value)
    assert message.startswith("loop.pdf ") and "\n" not in message and "Traceback" not in message


# ------------------------------------------------------------------ memory
def test_a_pdf_built_to_exhaust_memory_is_stopped_at_the_memory_limit(monkeypatch):
    # An inline image of 70 MB (under pypdf's own 75 MB stream limit) in a 70 KB file: reading the
    # page holds it several times over, past the child's limit (set low here, as a smaller machine
    # would need for a bigger file).
    content = b"BT /F1 9 Tf (hi) Tj ET BI /W 1 /H 1 /CS /G /BPC 8 ID " + b"\x01" * 70_000_000 + b" EI"
    monkeypatch.setattr(sandbox, "READER_MEMORY_BYTES", 200 * 1024 * 1024)
    with pytest.raises(DocumentError) as caught:
        extract_bytes("balloon.pdf", pdf_with_content(content))
    assert str(caught.value) == (
        "balloon.pdf needs more than 200 MB of memory to read, so Hearth stopped reading it "
        "(the file may be damaged or built to exhaust memory)"
    )


def test_a_docx_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated(no_reader_child):
    bomb = docx_bomb(300)
    assert len(bomb) < 2 * 1024 * 1024  # 300 MB of spaces deflate to a few hundred KB
    with pytest.raises(DocumentError) as caught:
        extract_bytes("bomb.docx", bomb)
    assert str(caught.value) == (
        "bomb.docx would unpack to 300 MB, more than the 200 MB Hearth allows for a DOCX file (a zip bomb?)"
    )


def test_a_docx_of_thousands_of_parts_is_refused(no_reader_child):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(5001):
            archive.writestr(f"word/part{n}.xml", "")
    with pytest.raises(DocumentError, match="holds 5,001 parts, more than a DOCX file Hearth reads"):
        extract_bytes("many.docx", buffer.getvalue())


def test_a_docx_that_is_no_zip_is_refused_without_the_child(no_reader_child):
    with pytest.raises(DocumentError, match=r"^fake\.docx is not a readable DOCX file \(not a zip archive\)$"):
        extract_bytes("fake.docx", b"PK\x03\x04 but nothing after")


# ------------------------------------------------------------------ nothing half-indexed
def test_a_collection_with_hostile_files_indexes_the_rest_and_stores_nothing_of_them(monkeypatch, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(sample_pdf(PDF_WORDS))
    (folder / "notes.txt").write_text("Plain notes about the harbour.", encoding="utf-8")
    (folder / "endless.pdf").write_bytes(pdf_with_content(*ENDLESS))
    (folder / "bomb.docx").write_bytes(docx_bomb(300))
    monkeypatch.setattr(sandbox, "READER_TIMEOUT_S", 2.0)
    with Storage(tmp_path / "h.sqlite3") as storage:
        report = collections.add(storage, "papers", folder)
        assert (report.added, len(report.failures)) == (2, 2)
        assert [f.split(":")[0] for f in report.failures] == ["bomb.docx", "endless.pdf"]
        db = storage.connection
        names = sorted(r[0] for r in db.execute("SELECT name FROM documents"))
        assert names == ["good.pdf", "notes.txt"]
        stored = db.execute("SELECT group_concat(content, ' ') FROM document_chunks").fetchone()[0]
        assert "ab" not in stored.split() and PDF_WORDS in stored
        assert store.search_chunks(db, [r[0] for r in db.execute("SELECT id FROM documents")], "lighthouse wick")


def test_an_attached_file_remembers_where_it_was_read_from(tmp_path):
    path = tmp_path / "made.pdf"
    path.write_bytes(sample_pdf(PDF_WORDS))
    assert extract_file(path).path == str(path.resolve())
    assert extract_bytes("made.pdf", path.read_bytes()).path is None


def test_the_reader_flag_is_what_the_entry_point_handles():
    from app import __main__ as entry

    assert entry.READ_DOCUMENT_FLAG == sandbox.READER_FLAG
    assert Path(sandbox.reader_command()[-1]) == Path(sandbox.READER_FLAG)


def test_one_reader_child_serves_a_folder_and_a_fresh_one_follows_a_killed_one():
    endless = pdf_with_content(*ENDLESS)
    with sandbox.ReaderSession(timeout=2.0) as session:
        sections, pages = session.read("pdf", "a.pdf", sample_pdf(PDF_WORDS))
        first_child = session.pid
        session.read("docx", "b.docx", sample_docx("Timetable", DOCX_WORDS))
        assert session.pid == first_child and pages == 1 and PDF_WORDS in sections[0].text
        with pytest.raises(DocumentError, match="took longer than 2 s"):
            session.read("pdf", "endless.pdf", endless)
        assert session.pid is None  # killed
        sections, _ = session.read("pdf", "c.pdf", sample_pdf("After the stop."))
        assert session.pid not in (None, first_child) and "After the stop." in sections[0].text
    assert session.pid is None  # closed with the block


def _docx_with_lying_directory(inflated_mb: int, declared: int) -> bytes:
    """A real DOCX whose document part is replaced by ``inflated_mb`` MB of spaces, with both its
    local header and the central directory claiming it unpacks to ``declared`` bytes."""
    source = zipfile.ZipFile(io.BytesIO(sample_docx("Timetable", DOCX_WORDS)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, source.read(info.filename))
        with archive.open("word/document.xml", "w") as part:
            for _ in range(inflated_mb):
                part.write(b" " * (1024 * 1024))
    data = bytearray(buffer.getvalue())
    name = b"word/document.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = declared.to_bytes(4, "little")
            start += 4
    return bytes(data)


def test_a_docx_whose_directory_lies_about_its_size_is_refused_without_inflating_the_lie():
    lying = _docx_with_lying_directory(300, declared=10_000)
    with zipfile.ZipFile(io.BytesIO(lying)) as archive:
        assert sum(info.file_size for info in archive.infolist()) < 1024 * 1024  # passes the directory check
    with pytest.raises(DocumentError) as caught:
        extract_bytes("liar.docx", lying)
    message = str(caught.value)
    assert message.startswith("liar.docx is not a readable DOCX file (") and "\n" not in message


def test_a_bigger_file_gets_more_time():
    assert sandbox.reading_time_limit(10_000) < 61  # a small file built to spin: a minute
    assert sandbox.reading_time_limit(30 * 1024 * 1024) == 180  # the largest attachment: three minutes
