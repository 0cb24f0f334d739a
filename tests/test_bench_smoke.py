"""The benchmark code itself stays runnable (the measurements are `make bench`'s job)."""

from __future__ import annotations

from app.core.history.storage import Storage
from bench.common import Row
from bench.history_scale import build
from bench.scripted import markdown_reply


def test_row_verdicts():
    assert Row("x", 1.0, 2.0, 0.5, 1.3).verdict == "ok"
    assert Row("x", 2.0, 1.0, 2.0, 1.3).verdict == "MISSED"
    assert Row("x", 0.9, 1.0, 0.9, 0.97, lower_is_better=False).verdict == "MISSED"
    assert Row("x", 1.0, None, None).verdict == ""


def test_generated_history_database_is_a_valid_hearth_database(tmp_path):
    path = tmp_path / "h.sqlite3"
    big = build(path, conversations=20, messages=400, big=100)
    with Storage(path) as storage:
        assert storage.count_conversations() == 20
        assert len(storage.active_path(big)) == 100
        assert len(storage.list_conversations(limit=200)) == 20
        assert storage.search("the")  # the FTS index was rebuilt and the triggers restored
        conv = storage.list_conversations(limit=1)[0]
        assert storage._db.execute("SELECT count(*) FROM messages").fetchone()[0] == 400
        assert conv.message_count >= 2


def test_scripted_markdown_reply_has_code_blocks_and_the_asked_length():
    pieces = markdown_reply(500)
    text = "".join(pieces)
    assert len(pieces) == 500 and text.count("```") >= 4 and "## Part 1" in text
