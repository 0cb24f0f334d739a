"""Real SQLite: round trips, the message tree, migrations, recovery, search and deletion."""

import sqlite3

import pytest

from app.core.history.conversation import GenerationStats, MessageStatus, Role
from app.core.history.storage import SCHEMA_VERSION, NotFoundError, Storage, StorageError


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


def test_new_database_is_migrated_to_current_schema_in_wal_mode(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    with Storage(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {"conversations", "messages", "messages_fts", "presets"} <= tables


def test_round_trip_of_conversation_and_messages(tmp_path):
    path = tmp_path / "h.sqlite3"
    stats = GenerationStats(
        time_to_first_token_s=0.2,
        tokens_per_second=20.0,
        prompt_tokens=12,
        completion_tokens=5,
        model_file="m.gguf",
        model_sha256="ab" * 32,
        seed=3,
        sampling={"temperature": 0.5},
    )
    with Storage(path) as store:
        conv = store.create_conversation("Trip", system_prompt="sys")
        user = store.add_message(conv.id, Role.USER, "héllo 👋", parent_id=None)
        reply = store.add_message(conv.id, Role.ASSISTANT, "hi", parent_id=user.id, stats=stats)
    with Storage(path) as store:
        loaded = store.get_conversation(conv.id)
        assert loaded.title == "Trip" and loaded.system_prompt == "sys"
        assert loaded.current_leaf_id == reply.id
        path_messages = store.active_path(conv.id)
        assert [m.content for m in path_messages] == ["héllo 👋", "hi"]
        assert path_messages[1].stats == stats


def test_branches_keep_old_versions(storage):
    conv = storage.create_conversation()
    user = storage.add_message(conv.id, Role.USER, "q", parent_id=None)
    first = storage.add_message(conv.id, Role.ASSISTANT, "a1", parent_id=user.id)
    second = storage.add_message(conv.id, Role.ASSISTANT, "a2", parent_id=user.id)
    assert [m.id for m in storage.siblings(first)] == [first.id, second.id]
    assert storage.active_path(conv.id)[-1].id == second.id
    storage.set_current_leaf(conv.id, storage.latest_leaf_under(first.id))
    assert [m.content for m in storage.active_path(conv.id)] == ["q", "a1"]
    assert len(storage.messages(conv.id)) == 3


def test_parent_from_another_conversation_is_refused(storage):
    a, b = storage.create_conversation(), storage.create_conversation()
    message = storage.add_message(a.id, Role.USER, "x", parent_id=None)
    with pytest.raises(StorageError):
        storage.add_message(b.id, Role.ASSISTANT, "y", parent_id=message.id)


def test_unknown_ids_raise_not_found(storage):
    with pytest.raises(NotFoundError):
        storage.get_conversation("nope")
    with pytest.raises(NotFoundError):
        storage.find_conversation("nope")
    with pytest.raises(NotFoundError):
        storage.update_message("nope", content="x")


def test_recover_interrupted_marks_streaming_rows_whose_writer_is_gone(tmp_path):
    path = tmp_path / "h.sqlite3"
    with Storage(path) as writer:
        conv = writer.create_conversation()
        user = writer.add_message(conv.id, Role.USER, "q", parent_id=None)
        reply = writer.add_message(
            conv.id, Role.ASSISTANT, "partial", parent_id=user.id, status=MessageStatus.STREAMING
        )
        assert writer.recover_interrupted() == 0  # its own live reply
    with Storage(path) as storage:  # the writer closed without finishing: as after a crash
        assert storage.recover_interrupted() == 1
        assert storage.get_message(reply.id).status is MessageStatus.INTERRUPTED
        assert storage.get_message(reply.id).content == "partial"
        assert storage.recover_interrupted() == 0


def test_a_bad_row_is_skipped_not_fatal(storage):
    conv = storage.create_conversation()
    user = storage.add_message(conv.id, Role.USER, "fine", parent_id=None)
    storage._db.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, created_at, updated_at)"
        " VALUES ('bad', ?, ?, 'alien', 'x', 'done', 0, 0)",
        (conv.id, user.id),
    )
    assert [m.content for m in storage.messages(conv.id)] == ["fine"]


def test_search_and_delete_keep_the_index_in_step(storage):
    conv = storage.create_conversation("Cooking")
    user = storage.add_message(conv.id, Role.USER, "How do I bake sourdough bread?", parent_id=None)
    storage.add_message(conv.id, Role.ASSISTANT, "Feed the starter first.", parent_id=user.id)
    hits = storage.search("sourdough")
    assert len(hits) == 1 and "\x02sourdough\x03" in hits[0].snippet
    assert storage.search("sourd")  # prefix match on the last word
    storage.update_message(user.id, content="How do I bake rye?")
    assert storage.search("sourdough") == []
    storage.delete_conversation(conv.id)
    assert storage.search("starter") == []
    assert storage.search('"; DROP TABLE messages; --') == []


def test_secure_delete_is_on(storage):
    assert storage._db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_newer_schema_is_refused_not_damaged(tmp_path):
    path = tmp_path / "future.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StorageError, match="newer Hearth"):
        Storage(path)


def test_a_non_database_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError):
        Storage(path)


def test_delete_message_removes_subtree_and_moves_view(storage):
    conv = storage.create_conversation()
    user = storage.add_message(conv.id, Role.USER, "q", parent_id=None)
    reply = storage.add_message(conv.id, Role.ASSISTANT, "a", parent_id=user.id)
    storage.add_message(conv.id, Role.USER, "q2", parent_id=reply.id)
    storage.delete_message(reply.id)
    assert [m.content for m in storage.active_path(conv.id)] == ["q"]
    assert len(storage.messages(conv.id)) == 1


def test_message_pins_round_trip_and_old_databases_migrate(tmp_path):
    path = tmp_path / "h.sqlite3"
    with Storage(path) as store:
        conv = store.create_conversation()
        message = store.add_message(conv.id, Role.USER, "keep me", parent_id=None)
        assert not store.get_message(message.id).pinned
        store.set_message_pinned(message.id, True)
    db = sqlite3.connect(path)  # rewind to schema 3, before pins existed
    db.executescript(
        "ALTER TABLE conversations DROP COLUMN source; ALTER TABLE messages DROP COLUMN writer;"
        " ALTER TABLE messages DROP COLUMN pinned; PRAGMA user_version = 3;"
    )
    db.close()
    with Storage(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.get_message(message.id).content == "keep me" and not store.get_message(message.id).pinned
    assert not path.with_name(f"h.sqlite3.before-v{SCHEMA_VERSION}.bak").exists()  # checked, then removed


def test_pins_survive_a_json_export_and_import(tmp_path):
    import json

    from app.core.history.export import load_many, to_json
    from app.core.history.importers import import_data

    with Storage(tmp_path / "a.sqlite3") as source:
        conv = source.create_conversation("pins")
        message = source.add_message(conv.id, Role.USER, "pinned fact", parent_id=None, pinned=True)
        document = to_json(load_many(source, None))
    with Storage(tmp_path / "b.sqlite3") as target:
        import_data(target, json.loads(document))
        assert target.get_message(message.id).pinned


class _FullDisk:
    """Wraps a real connection; writes fail the way SQLite reports a full disk."""

    def __init__(self, db):
        self._db = db

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(("UPDATE", "INSERT")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._db, name)


def test_a_full_disk_gives_a_storage_error_and_keeps_what_was_saved(storage):
    conv = storage.create_conversation()
    kept = storage.add_message(conv.id, Role.USER, "saved before", parent_id=None)
    real = storage._db
    storage._db = _FullDisk(real)
    try:
        with pytest.raises(StorageError, match="disk is full"):
            storage.add_message(conv.id, Role.ASSISTANT, "lost", parent_id=kept.id)
        with pytest.raises(StorageError, match="disk is full"):
            storage.update_message(kept.id, content="changed")
    finally:
        storage._db = real
    assert [m.content for m in storage.messages(conv.id)] == ["saved before"]
    assert not real.in_transaction
