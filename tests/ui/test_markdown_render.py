"""Markdown rendering: safe output, and the streaming renderer matches the text it was given."""

from __future__ import annotations

from html.parser import HTMLParser

from app.core.history.conversation import Message, Role
from app.ui.markdown_render import MarkdownRenderer, stable_prefix_length
from app.ui.message_view import MessageItem, MessageView

HOSTILE = (
    "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) "
    "[ok](https://example.org) </textarea>\x00 ![pic](file:///etc/passwd)"
)


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.bad_attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith(("javascript:", "file:", "data:")):
                self.bad_attrs.append((tag, name, value))


def test_hostile_markdown_renders_no_active_content():
    html = MarkdownRenderer().render(HOSTILE).html
    audit = _Audit()
    audit.feed(html)
    assert "script" not in audit.tags and "img" not in audit.tags and "textarea" not in audit.tags
    assert audit.bad_attrs == []
    assert '<a href="https://example.org">ok</a>' in html
    assert "&lt;script&gt;" in html and "\x00" not in html


def test_tables_lists_and_highlighted_code():
    rendered = MarkdownRenderer().render(
        "# T\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1)\n```\n"
    )
    assert "<table" in rendered.html and "<li>" in rendered.html and 'href="copy:0"' in rendered.html
    assert "<span style=" in rendered.html  # Pygments colours, inline
    assert rendered.code_blocks == ["print(1)\n"]


def test_stable_prefix_never_cuts_inside_a_code_fence():
    text = "intro\n\n```\ncode\n\nmore code\n"
    assert stable_prefix_length(text) == len("intro\n\n")
    assert stable_prefix_length(text + "```\n\nafter") == len(text + "```\n\n")
    assert stable_prefix_length("no blank line yet") == 0


def test_streamed_render_shows_the_whole_text_and_every_code_block(qtbot):
    text = (
        "Intro with **bold**.\n\n```python\ndef f():\n    return 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "- item\n\nLast line.\n\n"
    ) * 5 + "```python\nfinal = True\n```\n"
    view = MessageView(MessageItem(Message("m", "c", None, Role.ASSISTANT, "")), MarkdownRenderer())
    qtbot.addWidget(view)
    view.resize(700, 300)
    for start in range(0, len(text), 7):
        view.append_text(text[start : start + 7])
        view._render_streaming()
    view.finish_stream(text)
    shown = view.body.toPlainText()
    assert "final = True" in shown and shown.count("return 1") == 5
    assert view._code_blocks[-1] == "final = True\n" and len(view._code_blocks) == 6
    streamed = _parts_seen(view)
    view.set_text(text)  # a full render gives the same code blocks
    assert view._code_blocks[-1] == "final = True\n" and len(view._code_blocks) == 6
    # ...and the same widgets: prose joined between code blocks, the same paragraphs, each block alone.
    assert streamed == _parts_seen(view) and len(streamed) == 12  # 6 prose parts, 6 code blocks


def _parts_seen(view) -> list[tuple]:
    """Each part of a message body: its kind, paragraph count and text (as a reader sees it)."""
    seen = []
    for part in view.body._parts:
        text = getattr(part, "text", part)  # a code block's text widget, or the prose itself
        seen.append((type(part).__name__, text.document().blockCount(), text.toPlainText().strip()))
    return seen


# -- text nested past markdown-it's limit (issue 10): every view carries every character


def _deep_quote(depth: int, word: str) -> str:
    return "> " * depth + word + "\n\nafter the quote"


def _deep_list(depth: int, word: str) -> str:
    return "".join("  " * level + f"- level{level}\n" for level in range(depth)) + "  " * depth + f"- {word}\n"


def _message_view(qtbot, text: str) -> MessageView:
    view = MessageView(MessageItem(Message("m", "c", None, Role.ASSISTANT, text)), MarkdownRenderer())
    qtbot.addWidget(view)
    view.resize(700, 300)
    return view


def test_moderately_nested_markdown_is_still_formatted(qtbot):
    rendered = MarkdownRenderer().render(_deep_quote(8, "shallowword"))
    assert rendered.html.count("<blockquote>") == 8 and "plain text" not in rendered.html
    view = _message_view(qtbot, _deep_quote(8, "shallowword"))
    assert "shallowword" in view.body.toPlainText()


def test_text_nested_past_the_limit_is_shown_whole_in_the_window(qtbot):
    cases = (
        (_deep_quote(25, "quotedword"), ["quotedword", "after the quote"]),
        (_deep_list(30, "listword"), ["level29", "listword"]),
        (_deep_quote(300, "verydeepword"), ["verydeepword", "after the quote"]),
    )
    for text, words in cases:
        view = _message_view(qtbot, text)
        shown = view.body.toPlainText()
        assert all(word in shown for word in words)
        assert "nested too deeply" in shown  # and it says why it looks unformatted
        word = words[0]
        view.set_text(text)
        view.append_text("")  # the streaming renderer takes the same path
        view._render_streaming()
        assert word in view.body.toPlainText()


def test_deep_nesting_keeps_every_character_and_escapes_it():
    text = _deep_quote(22, "<script>alert('x')</script> & more")
    html = MarkdownRenderer().render(text).html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in html
    assert "<script>" not in html
    audit = _Audit()
    audit.feed(html)
    assert audit.bad_attrs == []


def test_deep_nesting_survives_html_and_pdf_export(tmp_path):
    import pypdf

    from app.core.history.export import write_export
    from app.core.history.storage import Storage
    from app.ui.pdf_export import export_pdf

    with Storage(tmp_path / "h.sqlite3") as storage:
        conversation = storage.create_conversation("deep")
        user = storage.add_message(conversation.id, Role.USER, "quote me", parent_id=None)
        storage.add_message(
            conversation.id,
            Role.ASSISTANT,
            _deep_quote(25, "exportedword") + "\n\n" + _deep_list(24, "exportedlistword"),
            parent_id=user.id,
        )
        (html_file,) = write_export(storage, [conversation.id], "html", tmp_path / "deep.html")
        (pdf_file,) = write_export(storage, [conversation.id], "pdf", tmp_path / "deep.pdf", pdf_writer=export_pdf)
    page = html_file.read_text()
    assert "exportedword" in page and "exportedlistword" in page and "nested too deeply" in page
    pdf_text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(str(pdf_file)).pages)
    assert "exportedword" in pdf_text and "exportedlistword" in pdf_text and "level23" in pdf_text
