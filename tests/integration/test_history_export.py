"""History end to end: Qt's PDF writer on the exported HTML, and `hearth history` export/import/
list/show/search/rm as a separate process (so the PDF path starts Qt by itself, headless)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.base.paths import AppPaths
from app.core.history import export
from app.core.history.conversation import Role
from app.core.history.storage import Storage
from tests.core.history.sample_history import MODEL_FILE, build


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def _reader(path: Path):
    # Imported here, not skipped at module level: pypdf is a dev dependency, and the tests of this
    # file that need no PDF must run (and these fail loudly) whatever is installed.
    import pypdf

    return pypdf.PdfReader(str(path))


def _pdf_text(path: Path) -> str:
    """The PDF's text with all whitespace removed: extraction splits words at odd places."""
    text = "".join(page.extract_text() or "" for page in _reader(path).pages)
    return re.sub(r"\s+", "", text)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf_from_the_html_export_has_pages_and_text(qapp, tmp_path):
    from app.ui.pdf_export import export_pdf

    with Storage(tmp_path / "h.sqlite3") as storage:
        sample = build(storage, title="PDF check")
        html = export.to_html([export.load(storage, sample.conversation_id)])
    target = export_pdf(html, tmp_path / "out" / "chat.pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and _pdf_pages(data) >= 1
    text = _pdf_text(target)
    for expected in ("PDF check", MODEL_FILE, "def greet(name):", "Language", "Edited answer"):
        assert _squeeze(expected) in text, expected
    assert "<script>alert(1)</script>" in text  # hostile text printed as text
    assert [p.name for p in target.parent.iterdir()] == ["chat.pdf"]  # no temporary file left


def test_a_long_conversation_spans_several_pdf_pages(qapp, tmp_path):
    from app.ui.pdf_export import export_pdf

    paragraphs = "".join(f"<p>Paragraph {i} of a long answer.</p>" for i in range(400))
    target = export_pdf(f"<html><body>{paragraphs}</body></html>", tmp_path / "long.pdf")
    data = target.read_bytes()
    assert _pdf_pages(data) == len(_reader(target).pages) > 3
    assert "Paragraph399" in _pdf_text(target)


def _hearth(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["HEARTH_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "app", "history", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def filled_home(tmp_path):
    """A HEARTH_HOME whose database holds two conversations with branches and hostile text."""
    home = tmp_path / "home"
    app_paths = AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure()
    with Storage(app_paths.database_path) as storage:
        first = build(storage, title="First chat")
        second = build(storage, title="Second chat")
    return home, first.conversation_id, second.conversation_id


def test_cli_exports_every_format(filled_home, tmp_path):
    home, first, second = filled_home
    out = tmp_path / "exports"
    for fmt in ("md", "html", "txt", "json", "pdf"):
        result = _hearth(home, "export", "--all", "--format", fmt, "-o", f"{out}{os.sep}")
        assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len([n for n in names if n.endswith(".pdf")]) == 2
    assert len([n for n in names if n.endswith(".md")]) == 2
    assert len([n for n in names if n.endswith(".json")]) == 1
    pdf = next(out.glob("*first-chat*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF") and "Firstchat" in _pdf_text(pdf)

    one = _hearth(home, "export", first[:8], "-o", str(tmp_path / "one.html"))  # format from the suffix
    assert one.returncode == 0, one.stderr
    assert "First chat" in (tmp_path / "one.html").read_text("utf-8")
    both = _hearth(home, "export", first[:8], second[:8], "-o", str(tmp_path / "both.pdf"))
    assert both.returncode == 0, both.stderr
    assert "Secondchat" in _pdf_text(tmp_path / "both.pdf")

    stdout = _hearth(home, "export", first[:8], "--format", "md")
    assert stdout.returncode == 0 and stdout.stdout.startswith("# First chat")


def test_cli_import_round_trip_and_the_other_commands(filled_home, tmp_path):
    home, first, _second = filled_home
    dump = tmp_path / "all.json"
    assert _hearth(home, "export", "--all", "-o", str(dump)).returncode == 0

    fresh = tmp_path / "fresh-home"
    imported = _hearth(fresh, "import", str(dump))
    assert imported.returncode == 0, imported.stderr
    assert "imported 2 conversation(s) from a hearth file" in imported.stdout
    again = _hearth(fresh, "import", str(dump))
    assert "imported 0" in again.stdout and "skipped 2" in again.stdout
    redump = tmp_path / "again.json"
    assert _hearth(fresh, "export", "--all", "-o", str(redump)).returncode == 0
    strip = lambda p: {k: v for k, v in json.loads(p.read_text("utf-8")).items() if k != "exported_at"}  # noqa: E731
    assert strip(redump) == strip(dump)

    listing = _hearth(fresh, "list")
    assert "First chat" in listing.stdout and "Second chat" in listing.stdout
    shown = _hearth(fresh, "show", first[:8])
    assert shown.returncode == 0 and "Edited follow-up" in shown.stdout
    found = _hearth(fresh, "search", "zebrafish")
    assert found.stdout.count("[zebrafish]") == 2  # an older branch, in both conversations
    removed = _hearth(fresh, "rm", first[:8])
    assert removed.returncode == 0 and "deleted" in removed.stdout
    assert _hearth(fresh, "search", "zebrafish").stdout.count("[zebrafish]") == 1


def test_cli_reports_bad_input_in_one_line(filled_home, tmp_path):
    home, _first, _second = filled_home
    bad = tmp_path / "conversations.json"
    bad.write_text('[{"title": "fine", "mapping": {}}, {"title": "x"}]', "utf-8")
    result = _hearth(home, "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "hearth: error: cannot import conversations.json: [1].mapping: missing; expected an object of message "
        'nodes (its message tree) (conversation "x"); nothing was imported'
    ]
    assert "cannot import" not in result.stdout
    for args, message in (
        (["export"], "give conversation ids or --all"),
        (["export", "--all"], "say which format"),
        (["export", "--all", "--format", "pdf"], "a PDF needs a file"),
        (["export", "nosuchid", "--format", "md"], "no conversation with id nosuchid"),
    ):
        result = _hearth(home, *args)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)


# ------------------------------------------------------------ PDFs past Qt's layout limit
def test_cli_pdf_of_a_thousand_conversations_carries_every_one(tmp_path):
    """Qt's layout stops at 2**23 device units: at 1200 dpi that was page 666, and `export --all`
    of 1,000 conversations carried 641 and reported success."""
    home = tmp_path / "home"
    app_paths = AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure()
    count = 1000
    with Storage(app_paths.database_path) as storage, storage.transaction():
        for n in range(count):
            conversation = storage.create_conversation(f"Chat {n}")
            storage.add_message(conversation.id, Role.USER, f"question q{n}x", parent_id=None)
    target = tmp_path / "all.pdf"
    result = _hearth(home, "export", "--all", "-o", str(target))
    assert result.returncode == 0, result.stderr
    reader = _reader(target)
    assert len(reader.pages) > 700  # past the old limit: a contents page, then a page or more per chat
    text = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))
    assert [n for n in range(count) if f"questionq{n}x" not in text] == []


def test_a_30000_line_code_block_does_not_cut_the_rest_of_its_conversation(tmp_path):
    from app.ui.pdf_export import export_pdf

    with Storage(tmp_path / "h.sqlite3") as storage:
        conversation = storage.create_conversation("Long code")
        code = "```python\n" + "\n".join(f"x_{i} = {i}" for i in range(30_000)) + "\n```\nthe words after the code"
        user = storage.add_message(conversation.id, Role.USER, code, parent_id=None)
        storage.add_message(conversation.id, Role.ASSISTANT, "and a reply after it", parent_id=user.id)
        [target] = export.write_export(storage, [conversation.id], "pdf", tmp_path / "code.pdf", pdf_writer=export_pdf)
    reader = _reader(target)
    tail = re.sub(r"\s+", "", reader.pages[-1].extract_text() + reader.pages[-2].extract_text())
    assert "x_29999=29999" in tail and "thewordsafterthecode" in tail and "andareplyafterit" in tail


def test_a_part_taller_than_qt_can_lay_out_is_refused_not_cut(qapp, tmp_path, monkeypatch):
    from app.ui import pdf_export

    # The real limit needs ~11,000 pages; lower it so a 40-page document meets it.
    monkeypatch.setattr(pdf_export, "QT_LAYOUT_LIMIT", 20 * 800)
    paragraphs = "".join(f"<p>Paragraph {i}.</p>" for i in range(2000))
    with pytest.raises(pdf_export.PdfTooLongError, match="too long for one PDF"):
        pdf_export.export_pdf(["<p>short</p>", f"<html><body>{paragraphs}</body></html>"], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []  # nothing half-written
