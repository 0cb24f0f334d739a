"""Text out of the files a user attaches: plain text, Markdown, source code, CSV, HTML, PDF, DOCX.

Everything is read into memory first (only regular files, at most ``MAX_FILE_BYTES``), then
extracted completely before anything is stored, so a file that fails half-way leaves nothing
half-indexed. Every refusal is a :class:`DocumentError` whose message is one sentence naming the
file: encrypted, malformed or image-only PDFs, binary files, text that is not UTF-8, files too big.

PDFs keep their page numbers (one :class:`Section` per page); DOCX keeps its headings. pypdf and
python-docx run in a child process with a time and a memory limit (:mod:`.sandbox`), after a DOCX's
zip directory has been checked for a bomb.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import html.parser
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..base.fileutil import FileTooLargeError, NotRegularFileError, read_regular_file

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 30 * 1024 * 1024  # as LM Studio: larger files are rarely meant as one attachment
MAX_TEXT_CHARS = 8_000_000  # extracted text; a zip-bomb-like DOCX or PDF stops here
MAX_PDF_PAGES = 5000
# A DOCX is a zip: python-docx reads every part into memory, so the sizes its directory declares
# are checked first (zipfile never inflates an entry past its declared size: a lie fails its CRC).
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_ENTRIES = 5000
BINARY_SNIFF_BYTES = 8192

TEXT_SUFFIXES = {
    ".txt",
    ".text",
    ".log",
    ".md",
    ".markdown",
    ".rst",
    ".org",
    ".tex",
    ".csv",
    ".tsv",
    ".json",
    ".jsonl",
    ".yaml",
    ".yml",
    ".toml",
    ".ini",
    ".cfg",
    ".conf",
    ".xml",
    ".sql",
    ".py",
    ".pyi",
    ".js",
    ".mjs",
    ".ts",
    ".tsx",
    ".jsx",
    ".c",
    ".h",
    ".cc",
    ".cpp",
    ".hpp",
    ".cxx",
    ".java",
    ".kt",
    ".go",
    ".rs",
    ".rb",
    ".php",
    ".swift",
    ".cs",
    ".sh",
    ".bash",
    ".zsh",
    ".ps1",
    ".bat",
    ".r",
    ".m",
    ".lua",
    ".pl",
    ".scala",
    ".dart",
    ".css",
    ".scss",
    ".vue",
    ".svelte",
    ".ipynb",
    ".srt",
    ".vtt",
}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_TEXT = "text, Markdown, source code, CSV, HTML, PDF or DOCX"


class DocumentError(Exception):
    """A file that cannot be attached; the message is one sentence for the user."""


@dataclass(frozen=True)
class Section:
    """A run of text with where it came from: a PDF page (1-based) and/or a heading."""

    text: str
    page: int | None = None
    heading: str | None = None


@dataclass(frozen=True)
class ExtractedDocument:
    name: str  # the file's name, for display only (never used as a path)
    kind: str  # "text", "html", "pdf", "docx"
    size: int  # bytes of the file
    sha256: str  # of the file's bytes: the document's identity in the database
    sections: tuple[Section, ...]
    pages: int | None = None  # PDFs only
    path: str | None = None  # where it was read from (to open the original later); None for bytes

    @property
    def text_chars(self) -> int:
        return sum(len(section.text) for section in self.sections)

    @functools.cached_property
    def chunks(self) -> list:
        """The chunks to store (computed once; the window computes them in its worker thread)."""
        from .chunking import chunk_sections  # chunking imports Section from here

        return chunk_sections(self.sections)


def extract_file(path: Path | str, max_bytes: int = MAX_FILE_BYTES, reader=None) -> ExtractedDocument:
    """Read and extract one file; raises DocumentError with a readable sentence for anything else.
    ``reader``: a :class:`~.sandbox.ReaderSession` to reuse (a folder); else a child per file."""
    path = Path(path)
    try:
        data = read_regular_file(path, max_bytes=max_bytes)
    except FileTooLargeError:
        raise DocumentError(
            f"{path.name} is larger than {max_bytes // (1024 * 1024)} MB, the limit for an attachment"
        ) from None
    except NotRegularFileError as exc:
        raise DocumentError(f"{path.name} is {exc.kind}, not a file Hearth can attach") from None
    except FileNotFoundError:
        raise DocumentError(f"{path} does not exist") from None
    except OSError as exc:
        raise DocumentError(f"{path.name} cannot be read ({exc.strerror or exc})") from None
    document = extract_bytes(path.name, data, reader)
    return dataclasses.replace(document, path=str(path.resolve()))


def extract_bytes(name: str, data: bytes, reader=None) -> ExtractedDocument:
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        kind, (sections, pages) = "pdf", _in_child("pdf", name, data, reader)
    elif suffix == ".docx":
        check_docx_zip(name, data)
        kind, (sections, pages) = "docx", _in_child("docx", name, data, reader)
    elif suffix in HTML_SUFFIXES:
        kind, sections, pages = "html", [Section(_html_text(_decode(name, data)))], None
    else:
        kind, sections, pages = "text", [Section(_decode(name, data))], None
    sections = [s for s in sections if s.text.strip()]
    if not sections:
        raise DocumentError(f"{name} has no text to read")
    if sum(len(s.text) for s in sections) > MAX_TEXT_CHARS:
        raise DocumentError(too_much_text(name))
    return ExtractedDocument(
        name=name,
        kind=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        sections=tuple(sections),
        pages=pages,
    )


# ------------------------------------------------------------------ text
def _decode(name: str, data: bytes) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; a NUL byte elsewhere means binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise DocumentError(f"{name} claims to be UTF-16 text but is not readable as such") from None
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise DocumentError(f"{name} is a binary file, not {SUPPORTED_TEXT}")
    try:
        return _normalise(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name} is not UTF-8 text (byte {exc.start + 1}); save it as UTF-8 and attach it again"
        ) from None


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


class _TextOfHtml(html.parser.HTMLParser):
    """The visible text of an HTML page: no scripts or styles, block elements on their own lines."""

    BLOCKS = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "pre",
        "blockquote",
        "table",
        "ul",
        "ol",
        "hr",
        "title",
        "header",
        "footer",
    }
    HIDDEN = {"script", "style", "noscript", "template", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def _html_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    paragraphs = (" ".join(block.split()) for block in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def too_much_text(name: str) -> str:
    return f"{name} holds more than {MAX_TEXT_CHARS:,} characters of text, the limit for an attachment"


def _in_child(kind: str, name: str, data: bytes, reader=None) -> tuple[list[Section], int | None]:
    from .sandbox import ReaderFailed, read_in_child

    try:
        return reader.read(kind, name, data) if reader is not None else read_in_child(kind, name, data)
    except ReaderFailed as exc:
        raise DocumentError(f"{name} could not be read: {exc}") from None


# ------------------------------------------------------------------ PDF
def pdf_sections(name: str, data: bytes) -> tuple[list[Section], int]:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # an owner password alone still opens
            raise DocumentError(f"{name} is encrypted with a password; remove the password and attach it again")
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise DocumentError(f"{name} has {count:,} pages, more than the {MAX_PDF_PAGES:,} Hearth attaches")
        sections, chars = [], 0
        for number, page in enumerate(reader.pages, start=1):
            sections.append(Section(_pdf_spacing(_normalise(page.extract_text() or "")), page=number))
            chars += len(sections[-1].text)
            if chars > MAX_TEXT_CHARS:  # stop here: the rest would be refused anyway
                raise DocumentError(too_much_text(name))
    except DocumentError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        NotImplementedError,
        OSError,
        zipfile.BadZipFile,
    ) as exc:
        log.info("PDF extraction failed: %s", type(exc).__name__)
        raise DocumentError(f"{name} is not a readable PDF ({type(exc).__name__}: {_short(exc)})") from None
    if not any(section.text.strip() for section in sections):
        raise DocumentError(f"{name} has no text layer (scanned images?); Hearth cannot read text from images")
    return sections, count


_RUNS_OF_SPACE = re.compile(r"[ \t\f\v\xa0]+")


def _pdf_spacing(text: str) -> str:
    """PDF producers place words with tabs or runs of spaces (Qt's writer uses tabs): one space."""
    return "\n".join(_RUNS_OF_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def _short(exc: Exception, limit: int = 120) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + "…"


# ------------------------------------------------------------------ DOCX
def check_docx_zip(name: str, data: bytes) -> None:
    """Refuse a DOCX whose zip would inflate past ``MAX_DOCX_UNCOMPRESSED`` (a zip bomb) before any
    of it is inflated; only the central directory is read here."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise DocumentError(f"{name} is not a readable DOCX file (not a zip archive)") from None
    if len(entries) > MAX_DOCX_ENTRIES:
        raise DocumentError(f"{name} holds {len(entries):,} parts, more than a DOCX file Hearth reads")
    inflated = sum(entry.file_size for entry in entries)
    if inflated > MAX_DOCX_UNCOMPRESSED:
        raise DocumentError(
            f"{name} would unpack to {inflated / (1024 * 1024):,.0f} MB, more than the "
            f"{MAX_DOCX_UNCOMPRESSED // (1024 * 1024)} MB Hearth allows for a DOCX file (a zip bomb?)"
        )


def docx_sections(name: str, data: bytes) -> list[Section]:
    """Paragraphs and tables in document order; each heading starts a new section. Call
    :func:`check_docx_zip` first (``extract_bytes`` does)."""
    try:
        import docx
    except ImportError:  # a build without python-docx
        raise DocumentError(f"{name}: this Hearth cannot read DOCX files (python-docx is missing)") from None
    try:
        document = docx.Document(io.BytesIO(data))
        sections: list[Section] = []
        heading, lines = None, []
        for block in _docx_blocks(document):
            style = getattr(getattr(block, "style", None), "name", "") or ""
            if style.lower().startswith(("heading", "title")) and block.text.strip():
                if lines:
                    sections.append(Section("\n\n".join(lines), heading=heading))
                heading, lines = block.text.strip(), [block.text.strip()]
            elif block.text.strip():
                lines.append(block.text.strip())
        if lines:
            sections.append(Section("\n\n".join(lines), heading=heading))
        return sections
    except (DocumentError, MemoryError):
        raise
    except Exception as exc:  # python-docx raises many kinds (zip, XML, missing parts) for a broken file
        log.info("DOCX extraction failed: %s", type(exc).__name__)
        raise DocumentError(f"{name} is not a readable DOCX file ({type(exc).__name__})") from None


class _TableText:
    """A table as text: one line per row, cells separated by " | "."""

    def __init__(self, table):
        self.style = None
        rows = []
        for row in table.rows:
            cells = [" ".join(cell.text.split()) for cell in row.cells]
            rows.append(" | ".join(cells))
        self.text = "\n".join(rows)


def _docx_blocks(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            yield _TableText(item)
