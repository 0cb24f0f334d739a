"""Regenerate and edit make branches; switching branches changes what the model sees next."""

import pytest

from app.core.base.settings import Settings
from app.core.history import turns
from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import Storage
from app.core.inference.prompting import render_gemma

from .sample_history import EDITED_REPLY, FIRST_REPLY, OLD_FOLLOW_UP_REPLY, build


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


def _next_prompt(storage, conversation_id, text="Next question"):
    request = turns.begin_turn(storage, conversation_id, text, Settings())
    prompt = render_gemma(request.history, request.system_prompt)
    # Leave the tree as it was for the caller: drop the turn just begun.
    storage.delete_message(storage.get_message(request.assistant_message_id).parent_id)
    return request, prompt


def test_regenerate_and_edit_add_siblings_and_keep_old_versions(storage):
    sample = build(storage)
    replies = storage.siblings(storage.get_message(sample.regenerated_reply))
    assert [m.id for m in replies] == [sample.first_reply, sample.regenerated_reply]
    assert replies[0].content == FIRST_REPLY
    users = storage.siblings(storage.get_message(sample.edited_follow_up))
    assert [m.id for m in users] == [sample.follow_up, sample.edited_follow_up]
    assert storage.get_message(sample.follow_up_reply).content == OLD_FOLLOW_UP_REPLY
    assert len(storage.messages(sample.conversation_id)) == 7
    # The view follows the newest branch.
    assert storage.get_conversation(sample.conversation_id).current_leaf_id == sample.edited_reply


def test_the_branch_on_screen_is_the_history_the_model_sees(storage):
    sample = build(storage)
    request, prompt = _next_prompt(storage, sample.conversation_id)
    texts = [m.content for m in request.history]
    assert texts[-1] == "Next question"
    assert any(t.startswith("Edited follow-up") for t in texts)
    assert "A follow-up question" not in texts and FIRST_REPLY not in texts
    # A stopped reply stays in the history so user and model keep alternating.
    assert EDITED_REPLY in texts
    assert [m.role for m in request.history] == [Role.USER, Role.ASSISTANT] * 2 + [Role.USER]
    assert "Edited follow-up" in prompt and "zebrafish" not in prompt and "quokka" not in prompt
    assert prompt.startswith("<start_of_turn>user\nAnswer briefly.")  # system prompt folded in
    assert prompt.endswith("<start_of_turn>model\n")


def test_switching_to_an_older_branch_changes_the_prompt(storage):
    sample = build(storage)
    # Step back to the first reply (the `< 1/2 >` switcher does exactly this).
    storage.set_current_leaf(sample.conversation_id, storage.latest_leaf_under(sample.first_reply))
    request, prompt = _next_prompt(storage, sample.conversation_id)
    assert [m.content for m in request.history][-2:] == [FIRST_REPLY, "Next question"]
    assert "zebrafish" in prompt and "Edited follow-up" not in prompt and "<script>" not in prompt

    # Switching to the pre-edit follow-up lands on its newest leaf, the old (stopped) reply.
    storage.set_current_leaf(sample.conversation_id, storage.latest_leaf_under(sample.follow_up))
    assert storage.get_conversation(sample.conversation_id).current_leaf_id == sample.follow_up_reply
    request, prompt = _next_prompt(storage, sample.conversation_id)
    assert "A follow-up question" in prompt and "quokka" in prompt and "Edited follow-up" not in prompt


def test_regenerating_after_switching_branches_adds_a_third_version(storage):
    sample = build(storage)
    storage.set_current_leaf(sample.conversation_id, storage.latest_leaf_under(sample.first_reply))
    third = turns.begin_regenerate(storage, sample.first_reply, Settings())
    turns.finish_turn(storage, third, "Third version", MessageStatus.DONE, None)
    siblings = storage.siblings(storage.get_message(third.assistant_message_id))
    assert [m.content for m in siblings][-1] == "Third version" and len(siblings) == 3
    # The regenerated reply answers the same user message: history ends with that message.
    assert third.history[-1].content.startswith("Show me code and a table.")
    assert storage.get_conversation(sample.conversation_id).current_leaf_id == third.assistant_message_id


def test_only_replies_regenerate_and_only_user_messages_edit(storage):
    sample = build(storage)
    with pytest.raises(Exception, match="only a model reply"):
        turns.begin_regenerate(storage, sample.first_user, Settings())
    with pytest.raises(Exception, match="only your own messages"):
        turns.begin_edit(storage, sample.first_reply, "x", Settings())
    with pytest.raises(ValueError):
        turns.begin_edit(storage, sample.first_user, "   ", Settings())
