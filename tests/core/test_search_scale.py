"""Search stays fast on a big history: prefix indexes, ranking limited to the newest matches."""

from __future__ import annotations

import sqlite3

from app.core import storage as storage_module
from app.core.conversation import Role
from app.core.storage import SCHEMA_VERSION, Storage, _fts_query


def test_only_the_newest_matches_are_ranked(tmp_path, monkeypatch):
    monkeypatch.setattr(storage_module, "SEARCH_WINDOW", 3)
    with Storage(tmp_path / "h.sqlite3") as storage:
        conv = storage.create_conversation()
        ids = [storage.add_message(conv.id, Role.USER, f"harbour note {n}", parent_id=None).id for n in range(6)]
        storage.add_message(conv.id, Role.USER, "nothing to see", parent_id=None)
        assert {h.message_id for h in storage.search("harbour")} == set(ids[-3:])
        assert storage.search("zzz") == []


def test_prefix_search_uses_the_prefix_index_and_one_letter_is_not_a_prefix(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as storage:
        conv = storage.create_conversation()
        storage.add_message(conv.id, Role.USER, "the keeper lit the lamp", parent_id=None)
        assert storage.search("kee") and storage.search("ke") and storage.search("the k") == []
        sql = storage._db.execute("SELECT sql FROM sqlite_master WHERE name = 'messages_fts'").fetchone()[0]
        assert "prefix='2 3'" in sql
    assert _fts_query("t") == '"t"' and _fts_query("th") == '"th"*'


def test_a_version_2_database_gets_the_prefix_index_and_keeps_its_search(tmp_path):
    path = tmp_path / "h.sqlite3"
    with Storage(path) as storage:
        conv = storage.create_conversation()
        message = storage.add_message(conv.id, Role.USER, "lighthouse keeper", parent_id=None)
    db = sqlite3.connect(str(path))  # put it back the way schema 2 made it
    db.executescript("""
        DROP TABLE messages_fts;
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
        ALTER TABLE messages DROP COLUMN writer;
        ALTER TABLE messages DROP COLUMN pinned;
        PRAGMA user_version = 2;
    """)
    db.close()
    with Storage(path) as storage:
        assert storage.schema_version() == SCHEMA_VERSION
        assert [h.message_id for h in storage.search("lightho")] == [message.id]
        storage.add_message(conv.id, Role.USER, "another lighthouse", parent_id=None)  # triggers still work
        assert len(storage.search("lighthouse")) == 2
    assert not path.with_name(f"h.sqlite3.before-v{SCHEMA_VERSION}.bak").exists()  # checked, then removed
