"""History storage guarantees: search covers every branch, deleted text leaves the index and the
file, and an old database is migrated with a backup made first."""

import sqlite3

import pytest

from app.core.history.conversation import Role
from app.core.history.migrations import MIGRATIONS, SCHEMA_VERSION, split_sql
from app.core.history.storage import Storage, StorageError

from .sample_history import build


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


def _indexed(storage, word):
    """Rows the FTS index itself still matches (not filtered through the messages table)."""
    return storage._db.execute("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH ?", (word,)).fetchone()[0]


def test_search_finds_words_in_every_branch(storage):
    sample = build(storage)
    # zebrafish is only in the first reply, quokka only in the pre-edit branch: neither is on screen.
    assert [h.message_id for h in storage.search("zebrafish")] == [sample.first_reply]
    assert [h.message_id for h in storage.search("quokka")] == [sample.follow_up_reply]
    hit = storage.search("zebrafish")[0]
    assert hit.conversation_id == sample.conversation_id and hit.role is Role.ASSISTANT
    assert "\x02zebrafish\x03" in hit.snippet
    assert {h.message_id for h in storage.search("שלום")} >= {sample.first_user, sample.edited_follow_up}


def test_deleting_a_branch_or_conversation_removes_its_words_from_the_index(storage):
    sample = build(storage)
    other = build(storage)
    storage.delete_message(sample.follow_up)  # the pre-edit branch: question and its reply
    assert [h.conversation_id for h in storage.search("quokka")] == [other.conversation_id]
    assert _indexed(storage, "quokka") == 1  # only the other conversation's copy
    storage.delete_conversation(other.conversation_id)
    assert storage.search("quokka") == [] and _indexed(storage, "quokka") == 0
    assert storage.search("zebrafish")[0].conversation_id == sample.conversation_id


def test_secure_delete_is_on_and_deleted_words_leave_the_files(tmp_path):
    path = tmp_path / "h.sqlite3"
    with Storage(path) as storage:
        assert storage._db.execute("PRAGMA secure_delete").fetchone()[0] == 1
        conv = storage.create_conversation("Secret")
        for i in range(30):  # enough rows that the index has several segments
            storage.add_message(conv.id, Role.USER, f"ordinary filler message number {i} " * 10, parent_id=None)
        keep = storage.create_conversation("Keep")
        storage.add_message(keep.id, Role.USER, "nothing to see", parent_id=None)
        storage.add_message(conv.id, Role.USER, "my password is xylophonicsecret", parent_id=None)
        storage._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert b"xylophonicsecret" in path.read_bytes()
        storage.delete_conversation(conv.id)
        storage.purge_deleted_text()
        leftovers = [p for p in tmp_path.iterdir() if b"xylophonicsecret" in p.read_bytes()]
        assert leftovers == []
        assert [h.conversation_id for h in storage.search("nothing")] == [keep.id]


def _schema_1_database(path):
    """A database as the first Hearth release wrote it, made without the Storage class."""
    db = sqlite3.connect(path)
    for statement in split_sql(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c1', 'Old chat', 1, 2)")
    db.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, created_at, updated_at)"
        " VALUES ('m1', 'c1', NULL, 'user', 'hello from schema one', 'done', 1, 1)"
    )
    db.execute("UPDATE conversations SET current_leaf_id = 'm1'")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_schema_1_database_is_migrated_and_its_checked_backup_removed(tmp_path):
    path = tmp_path / "h.sqlite3"
    _schema_1_database(path)
    with Storage(path) as storage:
        assert storage.schema_version() == SCHEMA_VERSION
        assert [m.content for m in storage.active_path("c1")] == ["hello from schema one"]
        assert storage.search("schema")[0].message_id == "m1"
        storage.save_preset("Precise", system_prompt=None, settings={"temperature": 0.1})  # a v2 table
        assert "Precise" in storage.presets()
    # The backup was made, then removed once the migrated database checked out.
    assert not (tmp_path / f"h.sqlite3.before-v{SCHEMA_VERSION}.bak").exists()


def test_a_failed_migration_keeps_the_backup_and_the_old_database(tmp_path, monkeypatch):
    from app.core.history import migrations as migrations_module

    path = tmp_path / "h.sqlite3"
    _schema_1_database(path)
    monkeypatch.setattr(migrations_module, "MIGRATIONS", MIGRATIONS[:-1] + ["CREATE TABLE broken (;"])
    with pytest.raises(StorageError):
        Storage(path)
    backup = tmp_path / f"h.sqlite3.before-v{SCHEMA_VERSION}.bak"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT title FROM conversations").fetchall() == [("Old chat",)]
    tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "presets" not in tables
    old.close()


def test_a_chat_deleted_after_an_upgrade_leaves_no_copy_in_the_profile(tmp_path):
    """The pre-migration backup used to keep every chat forever, deleted ones included."""
    path = tmp_path / "h.sqlite3"
    _schema_1_database(path)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c2', 'Doomed', 1, 2)")
    db.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, created_at, updated_at)"
        " VALUES ('m2', 'c2', NULL, 'user', 'the vanishingwombat secret', 'done', 1, 1)"
    )
    db.commit()
    db.close()
    with Storage(path) as storage:
        storage.delete_conversation("c2")
        storage.purge_deleted_text()
        assert storage.active_path("c1")[0].content == "hello from schema one"
    leftovers = [p.name for p in tmp_path.rglob("*") if p.is_file() and b"vanishingwombat" in p.read_bytes()]
    assert leftovers == []


def test_a_fresh_database_needs_no_backup(tmp_path):
    with Storage(tmp_path / "new.sqlite3"):
        pass
    assert not list(tmp_path.glob("*.bak"))
