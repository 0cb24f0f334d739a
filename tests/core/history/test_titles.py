"""Plain titles from Markdown (new chats, export file names) and file names Windows accepts."""

import pytest

from app.core.history.titles import plain_title, safe_file_stem
from app.core.history.turns import AUTO_TITLE_CHARS, auto_title


@pytest.mark.parametrize(
    "markdown, title",
    [
        ("# Plan **now**", "Plan now"),
        ("## Why `foo()` fails\n\nbody", "Why foo() fails body"),
        ("> quoted *words* and __strong__", "quoted words and strong"),
        ("- [a link](https://x.y) and ![pic](p.png)", "a link and pic"),
        ("1. first\n2. second", "first second"),
        ("***both*** ~~gone~~ \\*kept\\*", "both gone *kept*"),
        ("```python\nprint(1)\n```", "print(1)"),
        ("| a | b |\n|---|---|\n| c | d |", "a b c d"),
        ("plain 2 * 3 = 6", "plain 2 * 3 = 6"),
        ("ESC\x1b]52;c;x\x07 end", "ESC ]52;c;x end"),
    ],
)
def test_plain_title_drops_markdown_syntax(markdown, title):
    assert plain_title(markdown) == title


def test_auto_title_is_plain_and_cut_at_a_word():
    assert auto_title("# Hello **world**") == "Hello world"
    assert auto_title("***") == "New chat"
    long = auto_title("**" + "word " * 30 + "end**")
    assert long.endswith("…") and len(long) <= AUTO_TITLE_CHARS + 1 and "*" not in long


@pytest.mark.parametrize(
    "title, stem",
    [
        ("# Plan **now**", "Plan now"),
        ('a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i j"),  # "|" is a table bar: a space
        ("Grüße aus Köln", "Grüße aus Köln"),
        ("CON", "fallback"),
        ("...", "fallback"),
        ("trailing dot.", "trailing dot"),
    ],
)
def test_safe_file_stem_is_valid_on_windows(title, stem):
    result = safe_file_stem(title, fallback="fallback")
    assert result == stem
    assert not set('<>:"/\\|?*') & set(result) and not result.endswith((".", " "))
