"""Database upkeep on its own thread and connection (issue 9, items 16 and 17): the post-delete
purge of the search index, and WAL checkpoints that keep the window's connection from running
its own (an fsync inside a partial-reply save on the GUI thread)."""

from __future__ import annotations

import time

import pytest

from app.core.history.conversation import Role
from app.core.history.db_maintenance import DatabaseMaintenance
from app.core.history.storage import Storage


def _wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.mark.timeout(60)
def test_a_background_purge_removes_deleted_words_from_every_file(tmp_path):
    path = tmp_path / "h.sqlite3"
    maintenance = DatabaseMaintenance(path)
    try:
        with Storage(path) as storage:
            maintenance.start()
            secret = storage.create_conversation("Secret")
            for i in range(30):  # several index segments, as in real use
                storage.add_message(secret.id, Role.USER, f"ordinary filler message number {i} " * 10, parent_id=None)
            keep = storage.create_conversation("Keep")
            storage.add_message(keep.id, Role.USER, "nothing to see", parent_id=None)
            storage.add_message(secret.id, Role.USER, "my password is xylophonicsecret", parent_id=None)
            storage.delete_conversation(secret.id)
            maintenance.request_purge()
            maintenance.request_purge()  # two deletes in a row: one purge is enough
            maintenance.stop()  # a pending purge runs before stop returns
            assert maintenance.purges >= 1
            leftovers = [p.name for p in tmp_path.iterdir() if b"xylophonicsecret" in p.read_bytes()]
            assert leftovers == []
            assert [h.conversation_id for h in storage.search("nothing")] == [keep.id]
    finally:
        maintenance.stop()


def _give_a_turn(condition, timeout=3.0):
    """Wait a little for ``condition`` without failing: on a busy machine a poll may come late; the
    test's own assertions (the WAL's size, the checkpoint count) decide."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


def _stream_a_reply(path, maintenance: DatabaseMaintenance | None) -> tuple[int, str, str]:
    """Save a growing reply 150 times, as the window saves a streamed one, with the writer's own
    automatic checkpoint off. Returns (the WAL's final size, the text written, the text read back)."""
    wal = path.with_name(path.name + "-wal")
    with Storage(path) as storage:
        storage._db.execute("PRAGMA wal_autocheckpoint=0")
        if maintenance is not None:
            maintenance.start()
        conversation = storage.create_conversation("Long reply")
        reply = storage.add_message(conversation.id, Role.ASSISTANT, "", parent_id=None)
        text = ""
        for step in range(150):
            text += f"paragraph {step} of a long streamed reply with some words in it. " * 8
            storage.update_message(reply.id, content=text)
            if maintenance is not None and step % 5 == 4:  # give the polling thread its turn
                seen = maintenance.checkpoints
                _give_a_turn(lambda seen=seen: maintenance.checkpoints > seen)
        size = wal.stat().st_size
        return size, text, storage.get_message(reply.id).content


@pytest.mark.timeout(120)
def test_background_checkpoints_keep_the_wal_small_without_the_writers_own(tmp_path):
    """Only the maintenance thread checkpoints here, so the WAL stays small only if it does its job."""
    alone, _, _ = _stream_a_reply(tmp_path / "alone.sqlite3", None)
    maintenance = DatabaseMaintenance(
        tmp_path / "kept.sqlite3", wal_limit=64 * 1024, poll_seconds=0.02, checkpoint_gap=0.0
    )
    try:
        kept, written, read_back = _stream_a_reply(tmp_path / "kept.sqlite3", maintenance)
    finally:
        maintenance.stop()
    assert maintenance.checkpoints >= 10  # it checkpointed again and again while the reply grew
    assert read_back == written
    assert kept * 3 < alone  # the checkpointed WAL is reused from its start instead of growing


def test_maintenance_on_a_missing_database_stops_quietly(tmp_path):
    maintenance = DatabaseMaintenance(tmp_path / "nowhere" / "h.sqlite3").start()
    thread = maintenance._thread
    maintenance.request_purge()
    maintenance.stop(timeout=5)
    assert thread is not None and not thread.is_alive()  # it ended instead of hanging on the missing file
    assert not (tmp_path / "nowhere").exists()  # and created nothing there
