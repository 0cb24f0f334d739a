"""Retrying a reply that did not fit, with "drop oldest turns": one transaction in the core.

The window used to make three separate writes (the chat's policy, the new reply, removing the failed
one); a failure between them left a chat with the new policy and no retry, or two replies.
"""

from __future__ import annotations

import pytest

from app.core.base.settings import Settings
from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import Storage, StorageError
from app.core.history.turns import retry_dropping_oldest


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "history.db") as storage:
        yield storage


def _chat_with_a_failed_reply(storage: Storage) -> tuple[str, str]:
    conversation = storage.create_conversation("Long chat")
    question = storage.add_message(conversation.id, Role.USER, "a long question", parent_id=None)
    failed = storage.add_message(conversation.id, Role.ASSISTANT, "", parent_id=question.id, status=MessageStatus.ERROR)
    return conversation.id, failed.id


def test_the_retry_stores_the_policy_and_replaces_the_failed_reply(storage):
    conversation_id, failed_id = _chat_with_a_failed_reply(storage)
    request = retry_dropping_oldest(storage, failed_id, Settings())
    assert storage.get_conversation(conversation_id).settings["overflow_policy"] == "drop_oldest"
    assert request.overflow_policy == "drop_oldest"
    ids = [m.id for m in storage.messages(conversation_id)]
    assert failed_id not in ids and request.assistant_message_id in ids
    assert storage.get_conversation(conversation_id).current_leaf_id == request.assistant_message_id


def test_a_failure_on_the_way_changes_nothing(storage, monkeypatch):
    conversation_id, failed_id = _chat_with_a_failed_reply(storage)
    before = [(m.id, m.content, m.status) for m in storage.messages(conversation_id)]

    def disk_full(message_id):
        raise StorageError("the history database could not be written (disk full); nothing was half-saved")

    monkeypatch.setattr(storage, "delete_message", disk_full)
    with pytest.raises(StorageError, match="disk full"):
        retry_dropping_oldest(storage, failed_id, Settings())
    assert "overflow_policy" not in storage.get_conversation(conversation_id).settings
    assert [(m.id, m.content, m.status) for m in storage.messages(conversation_id)] == before
