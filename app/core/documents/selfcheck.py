"""The document readers' part of ``hearth --self-test``: a small PDF and DOCX, made here, read back.

A frozen build can miss pypdf, python-docx or lxml (imported lazily, so analysis may not see a
part of them), or fail to start the reader child (``--read-document``). Reading one file of each
kind through :func:`~.extract.extract_bytes` exercises all of it, the child included.
"""

from __future__ import annotations

import io

from .extract import extract_bytes

PDF_WORDS = "The lighthouse keeper trims the wick at dusk."
DOCX_WORDS = "The ferry leaves the harbour at noon."


def sample_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in a standard font, assembled by hand (offsets included)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return pdf_from_objects(objects)


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def sample_docx(heading: str, text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(heading, level=1)
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def check_readers() -> str:
    """Read a made PDF and DOCX; raises AssertionError naming what came back wrong."""
    pdf = extract_bytes("self-test.pdf", sample_pdf(PDF_WORDS))
    if pdf.pages != 1 or PDF_WORDS not in pdf.sections[0].text:
        raise AssertionError(f"the PDF read back wrong: {pdf.sections[0].text[:80]!r}")
    docx = extract_bytes("self-test.docx", sample_docx("Timetable", DOCX_WORDS))
    if docx.sections[0].heading != "Timetable" or DOCX_WORDS not in docx.sections[0].text:
        raise AssertionError(f"the DOCX read back wrong: {docx.sections[0].text[:80]!r}")
    return "pypdf and python-docx read a PDF and a DOCX in the reader child"
