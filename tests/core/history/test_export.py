"""Exports: lossless JSON round trip, and Markdown, HTML and text that show the branch on screen
with a metadata header, keep Unicode, and never let hostile text become markup or script."""

import json
from html.parser import HTMLParser

import pytest

from app.core.history import export
from app.core.history.export.markdown import _close_open_fence as close_open_fence
from app.core.history.importers import import_data
from app.core.history.storage import Storage

from .sample_history import MODEL_FILE, MODEL_SHA, RTL, build

STAMP = 1_700_000_000.0


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


@pytest.fixture
def sample(storage):
    return build(storage, title="Tricky <b>chat</b> " + RTL)


# ---------------------------------------------------------------------- JSON
def test_json_round_trip_is_identical_with_every_branch(storage, sample, tmp_path):
    second = build(storage, title="Second")
    storage.set_pinned(second.conversation_id, True)
    storage.set_current_leaf(sample.conversation_id, sample.follow_up_reply)  # an older branch on screen
    first = export.to_json(export.load_many(storage), exported_at=STAMP)

    with Storage(tmp_path / "other.sqlite3") as other:
        result = import_data(other, json.loads(first))
        assert len(result.imported) == 2 and not result.copied and not result.skipped
        again = export.to_json(export.load_many(other), exported_at=STAMP)
    assert again == first

    document = json.loads(first)
    assert document["format"] == "hearth-conversations" and document["version"] == 1
    assert document["exported_at"] == "2023-11-14T22:13:20Z"
    conv = next(c for c in document["conversations"] if c["id"] == sample.conversation_id)
    assert len(conv["messages"]) == 7 and conv["current_leaf_id"] == sample.follow_up_reply
    statuses = {m["id"]: m["status"] for m in conv["messages"]}
    assert statuses[sample.follow_up_reply] == "stopped"
    reply = next(m for m in conv["messages"] if m["id"] == sample.regenerated_reply)
    assert reply["stats"]["model_sha256"] == MODEL_SHA and reply["stats"]["sampling"]["seed"] == 2
    assert conv["settings"] == {"sampling": {"temperature": 0.4}}
    assert any("\x00" in m["content"] for m in conv["messages"])  # NUL kept exactly
    assert "\\u0000" in first and "\x00" not in first  # ...and escaped in the file


def test_json_lists_parents_before_children(storage, sample):
    conv = export.to_json_document([export.load(storage, sample.conversation_id)])["conversations"][0]
    seen = set()
    for message in conv["messages"]:
        assert message["parent_id"] is None or message["parent_id"] in seen
        seen.add(message["id"])


# ------------------------------------------------------------------ Markdown
def test_markdown_has_header_current_branch_and_note_of_others(storage, sample):
    text = export.to_markdown(export.load(storage, sample.conversation_id))
    assert text.startswith("# Tricky \\<b\\>chat\\</b\\> " + RTL)
    for expected in (
        f"**Model:** `{MODEL_FILE}`",
        "`Q4_K_M`",
        MODEL_SHA,
        "temperature 0.4",
        "seed 4",
        "Created:",
        "Updated:",
    ):
        assert expected in text
    assert "2 other branches" in text
    # The branch on screen only: the regenerated reply and the edited follow-up.
    assert "Edited follow-up" in text and "zebrafish" not in text and "quokka" not in text
    assert "version 2 of 2" in text
    assert '```python\ndef greet(name):\n    return f"<b>{name}</b>"' in text
    assert "| Hebrew | שלום |" in text and "👋🏽" in text and RTL in text
    assert "\x00" not in text and "NUL here:\u2400done" in text
    assert "· stopped" in text
    # The reply cut off inside a code block gets its fence closed so it cannot swallow what follows.
    assert text.rstrip().endswith("alert('x')\n```")


def test_markdown_closes_only_unclosed_fences():
    assert close_open_fence("```py\nx\n```") == "```py\nx\n```"
    assert close_open_fence("````\n```\nx") == "````\n```\nx\n````"
    assert close_open_fence("~~~\nx") == "~~~\nx\n~~~"


def test_quantization_is_read_from_the_file_name():
    assert export.quantization_from_name("gemma-3-4b-it-Q4_K_M.gguf") == "Q4_K_M"
    assert export.quantization_from_name("gemma-2-2b-it-IQ3_XXS.gguf") == "IQ3_XXS"
    assert export.quantization_from_name("model-bf16.gguf") == "BF16"
    assert export.quantization_from_name("model.gguf") == ""


# ---------------------------------------------------------------------- text
def test_plain_text_export(storage, sample):
    text = export.to_text(export.load(storage, sample.conversation_id))
    lines = text.splitlines()
    assert lines[0] == "Tricky <b>chat</b> " + RTL and set(lines[1]) == {"="}
    assert f"Model: {MODEL_FILE}" in lines and "Quantization: Q4_K_M" in lines
    assert "[Model]" in text and "[You]" in text and "stopped" in text
    assert "<script>alert(1)</script>" in text  # plain text is shown as written...
    assert "\x00" not in text and "\u2400" in text  # ...except NUL, made visible


# ---------------------------------------------------------------------- HTML
class _Audit(HTMLParser):
    """Collects what a browser would treat as active content."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.handlers, self.urls, self.text = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction", "xlink:href", "data"):
                self.urls.append(value or "")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def _audit(document: str) -> _Audit:
    parser = _Audit()
    parser.feed(document)
    parser.close()
    return parser


def _scheme(url: str) -> str:
    compact = "".join(ch for ch in url if ch > " ").lower()
    return compact.split(":", 1)[0] if ":" in compact else ""


def test_html_has_no_executable_content(storage, sample):
    document = export.to_html([export.load(storage, sample.conversation_id)])
    audit = _audit(document)
    assert "script" not in audit.tags
    assert not {"iframe", "object", "embed", "form", "textarea", "img", "base", "link"} & set(audit.tags)
    assert audit.handlers == []
    assert audit.urls and all(_scheme(u) in ("http", "https", "mailto") or u.startswith("#") for u in audit.urls)
    assert "https://example.org/ok" in audit.urls
    text = "".join(audit.text)
    # The hostile text is shown to the reader as text, not dropped.
    for shown in (
        "<script>alert(1)</script>",
        "</textarea>",
        "[click me](javascript:alert(1))",
        "<img src=x onerror=alert(4)>",
    ):
        assert shown in text
    assert "\x00" not in document and "NUL here:\u2400done" in text
    assert "Content-Security-Policy" in document and "default-src 'none'" in document


def test_html_is_self_contained_and_styled(storage, sample):
    document = export.to_html([export.load(storage, sample.conversation_id)])
    audit = _audit(document)
    assert "style" in audit.tags and "table" in audit.tags and "pre" in audit.tags
    assert 'style="color:' in document  # Pygments inline styles, no stylesheet to fetch
    assert "<title>Tricky &lt;b&gt;chat&lt;/b&gt; " in document
    assert 'dir="auto"' in document and RTL in document and "👋🏽" in document
    assert MODEL_SHA in document and "2 other branches" in document
    assert "zebrafish" not in document  # older branches are noted, not shown


def test_several_conversations_make_one_html_with_contents(storage, sample):
    other = build(storage, title="Another")
    document = export.to_html(export.load_many(storage, [sample.conversation_id, other.conversation_id]))
    audit = _audit(document)
    assert "#c0" in audit.urls and "#c1" in audit.urls and "nav" in audit.tags


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:x",
        "vbscript:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "/etc/passwd",
        "relative/path",
    ],
)
def test_unsafe_links_are_refused(url):
    assert not export.safe_link(url)


@pytest.mark.parametrize("url", ["https://example.org", "http://x.y/a?b=c", "mailto:a@b.c", "#c1"])
def test_safe_links_are_kept(url):
    assert export.safe_link(url)


def test_raw_html_in_markdown_is_escaped_not_rendered():
    rendered = export.render_markdown_html('<a href="javascript:x" onclick="y">z</a>\n\n<script>1</script>')
    audit = _audit(rendered)
    assert audit.tags == ["p", "p"] and audit.handlers == []


# ------------------------------------------------------------ writing files
def test_write_export_to_files_and_folders(storage, sample, tmp_path):
    other = build(storage, title="Another")
    out = tmp_path / "out"
    for fmt in ("md", "html", "txt"):
        written = export.write_export(storage, None, fmt, str(out) + "/")
        assert len(written) == 2 and all(p.parent == out and p.suffix == "." + fmt for p in written)
    [json_file] = export.write_export(storage, None, "json", out)  # an existing folder
    assert json_file.name.startswith("hearth-export-")
    assert len(json.loads(json_file.read_text("utf-8"))["conversations"]) == 2
    [single] = export.write_export(storage, [other.conversation_id, sample.conversation_id], "md", out / "both.md")
    text = single.read_text("utf-8")
    assert text.index("# Another") < text.index("# Tricky")


def test_write_export_refuses_what_it_cannot_do(storage, sample, tmp_path):
    with pytest.raises(export.ExportError, match="PDF"):
        export.write_export(storage, None, "pdf", tmp_path / "x.pdf")
    with pytest.raises(export.ExportError, match="unknown export format"):
        export.write_export(storage, None, "docx", tmp_path / "x.docx")
    with Storage(tmp_path / "empty.sqlite3") as empty, pytest.raises(export.ExportError, match="nothing"):
        export.write_export(empty, None, "md", tmp_path / "x.md")


def test_file_names_are_portable(storage, sample):
    name = export.file_stem(export.load(storage, sample.conversation_id))
    assert name.endswith("-tricky-b-chat-b-" + sample.conversation_id[:8])
    assert name.isascii() and "/" not in name


def test_the_schema_document_names_every_exported_field(storage, sample):
    from pathlib import Path

    from app.core.history.conversation import GenerationStats

    doc = (Path(__file__).resolve().parents[3] / "docs" / "export-format.md").read_text("utf-8")
    document = export.to_json_document([export.load(storage, sample.conversation_id)])
    conversation = document["conversations"][0]
    names = set(document) | set(conversation) | set(conversation["messages"][0])
    names |= set(GenerationStats.__dataclass_fields__)
    assert [n for n in sorted(names) if f"`{n}`" not in doc] == []


# ------------------------------------------------------- what the window shows
def test_single_line_breaks_survive_in_html_as_in_the_window():
    rendered = export.render_markdown_html("Dear Ann,\nthe plan:\nstep one")
    assert rendered.count("<br") == 2  # CommonMark alone would merge the three lines into one
    code = export.render_markdown_html("```\na\nb\n```")
    assert "<br" not in code  # code keeps its own newlines


def test_sampling_is_said_per_reply_when_replies_differ(storage, sample):
    data = export.load(storage, sample.conversation_id)
    header = dict(export.header_for(data).rows)
    assert header["Sampling"].startswith("per reply")
    text = export.to_text(data)
    # Each reply on screen names the settings it ran with (seed 2, then seed 4).
    assert text.index("sampling: temperature 0.4") < text.index("seed 2") < text.index("seed 4")


def test_sampling_is_one_line_when_every_reply_shares_it(storage):
    from app.core.history import turns
    from app.core.history.conversation import MessageStatus

    from .sample_history import stats

    conv = storage.create_conversation("Same settings")
    for question in ("one", "two"):
        request = turns.begin_turn(storage, conv.id, question, turns.Settings())
        turns.finish_turn(storage, request, "answer", MessageStatus.DONE, stats(7))
    data = export.load(storage, conv.id)
    assert "seed 7" in dict(export.header_for(data).rows)["Sampling"]
    assert "sampling:" not in export.to_text(data)


def test_markdown_titles_make_plain_file_names(storage):
    conv = storage.create_conversation("# Plan **now**: a/b <c> | *d*?")
    name = export.file_stem(export.load(storage, conv.id))
    assert name.endswith("-plan-now-a-b-c-d-" + conv.id[:8])
