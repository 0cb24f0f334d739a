"""Deleting a message removes exactly what the confirmation names, hidden branches included."""

from __future__ import annotations

import pytest

from app.core.base.settings import Settings
from app.core.history import turns
from app.core.history.conversation import MessageStatus, Role
from app.core.history.deletion import carry_out, describe_delete, plan_delete
from app.core.history.storage import Storage, StorageError

from .sample_history import FIRST_REPLY, build


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


def test_deleting_a_reply_names_its_hidden_branches_and_keeps_its_other_version(storage):
    """The reported case: the dialog said "everything after it on this branch" and a 7-message
    chat lost 6, including an edited branch never on screen. The plan counts both kinds."""
    sample = build(storage)
    plan = plan_delete(storage, sample.regenerated_reply)
    assert plan.message_ids == {
        sample.regenerated_reply,
        sample.edited_follow_up,
        sample.edited_reply,
        sample.follow_up,
        sample.follow_up_reply,
    }
    assert (plan.below_on_branch, plan.below_elsewhere, plan.versions_kept) == (2, 2, 1)
    assert describe_delete(plan) == (
        "Delete this reply, the 2 messages after it and 2 more messages on other versions below it "
        "(not shown)? Its other version stays. 5 messages in all; this cannot be undone."
    )

    assert carry_out(storage, plan) == sample.first_reply  # the view moves to the version that stays
    left = storage.messages(sample.conversation_id)
    assert [m.id for m in left] == [sample.first_user, sample.first_reply]
    assert storage.get_conversation(sample.conversation_id).current_leaf_id == sample.first_reply
    storage.purge_deleted_text()
    assert storage.search("quokka") == [] and storage.search("zebrafish") != []


def test_a_message_on_screen_with_nothing_below_is_named_alone(storage):
    sample = build(storage)
    plan = plan_delete(storage, sample.edited_reply)
    assert plan.count == 1 and plan.below_elsewhere == 0
    assert describe_delete(plan) == "Delete this reply? This cannot be undone."
    carry_out(storage, plan)
    # The edited question is left without a reply: the view ends on it (the window offers "Answer").
    assert storage.get_conversation(sample.conversation_id).current_leaf_id == sample.edited_follow_up


def test_deleting_the_first_question_counts_every_branch_below_it(storage):
    sample = build(storage)
    plan = plan_delete(storage, sample.first_user)
    assert (plan.count, plan.below_on_branch, plan.below_elsewhere) == (7, 3, 3)
    text = describe_delete(plan)
    assert text.startswith("Delete this message, the 3 messages after it and 3 more messages on other versions")
    assert "7 messages in all" in text
    carry_out(storage, plan)
    assert storage.messages(sample.conversation_id) == []
    assert storage.get_conversation(sample.conversation_id).current_leaf_id is None


def test_a_message_added_below_after_the_question_was_asked_stops_the_delete(storage):
    """Another window or the CLI may answer below the message while the dialog is open: nothing
    that the dialog did not name may go, so nothing goes."""
    sample = build(storage)
    plan = plan_delete(storage, sample.follow_up)  # a hidden branch: the pre-edit follow-up
    assert (plan.below_on_branch, plan.below_elsewhere) == (1, 0)  # counted along its own branch
    storage.add_message(
        sample.conversation_id, Role.USER, "written meanwhile", parent_id=sample.follow_up_reply, make_current=False
    )
    with pytest.raises(StorageError, match="changed"):
        carry_out(storage, plan)
    assert len(storage.messages(sample.conversation_id)) == 8


def test_deleting_a_hidden_version_leaves_the_branch_on_screen_alone(storage):
    sample = build(storage)
    carry_out(storage, plan_delete(storage, sample.first_reply))
    conversation = storage.get_conversation(sample.conversation_id)
    assert conversation.current_leaf_id == sample.edited_reply
    assert FIRST_REPLY not in [m.content for m in storage.messages(sample.conversation_id)]


def test_after_the_reply_is_deleted_the_question_can_be_answered(storage):
    sample = build(storage)
    carry_out(storage, plan_delete(storage, sample.edited_reply))
    request = turns.begin_answer(storage, sample.edited_follow_up, Settings())
    assert request.history[-1].role is Role.USER and request.history[-1].content.startswith("Edited follow-up")
    turns.finish_turn(storage, request, "A fresh answer", MessageStatus.DONE, None)
    reply = storage.get_message(request.assistant_message_id)
    assert reply.parent_id == sample.edited_follow_up and reply.role is Role.ASSISTANT
    assert storage.get_conversation(sample.conversation_id).current_leaf_id == reply.id
    with pytest.raises(StorageError, match="only your own messages"):
        turns.begin_answer(storage, reply.id, Settings())
