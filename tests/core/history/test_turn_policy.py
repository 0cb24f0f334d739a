"""The model always gets alternating turns; an over-long message is caught before it is saved;
a chat stores only the sampling values it chose itself."""

from __future__ import annotations

import random
import re

import pytest

from app.core.base.settings import SamplingParams, Settings
from app.core.history import turns
from app.core.history.conversation import MessageStatus, Role
from app.core.history.deletion import carry_out, plan_delete
from app.core.history.storage import Storage
from app.core.inference.prompting import ChatMessage, MessageTooLongError, alternating, choose_format, fit_to_context

U, A, S = Role.USER, Role.ASSISTANT, Role.SYSTEM

# A Gemma-style chat template (written for this test) with the same rules as the ones shipped in
# Gemma GGUFs: an optional leading system message folded into the first user turn, and an
# exception unless user and model turns alternate.
GEMMA_STYLE_TEMPLATE = (
    "{{ bos_token }}"
    "{% if messages[0]['role'] == 'system' %}{% set prefix = messages[0]['content'] + '\n\n' %}"
    "{% set turns = messages[1:] %}{% else %}{% set prefix = '' %}{% set turns = messages %}{% endif %}"
    "{% for m in turns %}"
    "{% if (m['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "<start_of_turn>{{ 'model' if m['role'] == 'assistant' else m['role'] }}\n"
    "{{ (prefix if loop.first else '') + m['content'] | trim }}<end_of_turn>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)
FORMATS = [
    choose_format({"general.architecture": "gemma3"}),
    choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": GEMMA_STYLE_TEMPLATE}),
]


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "h.sqlite3") as store:
        yield store


def _roles(prompt: str) -> list[str]:
    return re.findall(r"<start_of_turn>(user|model)\n", prompt)


def _assert_alternates(prompt: str) -> None:
    roles = _roles(prompt)
    assert roles[0] == "user" and roles[-1] == "model", roles
    assert all(a != b for a, b in zip(roles, roles[1:])), roles


def test_consecutive_user_messages_become_one_turn_in_order():
    history = [ChatMessage(U, "first question"), ChatMessage(U, "second question", pinned=True)]
    merged = alternating(history)
    assert merged == [ChatMessage(U, "first question\n\nsecond question", pinned=True)]
    for fmt in FORMATS:  # the template would raise on two user turns in a row
        prompt = fmt.render([ChatMessage(U, "hi"), ChatMessage(A, "hello"), *history], "SYS")
        _assert_alternates(prompt)
        assert prompt.index("first question") < prompt.index("second question")
        assert prompt.count("SYS") == 1


def test_the_gemma_style_template_refuses_what_is_not_merged():
    from app.core.inference.prompting import PromptError, _render_jinja

    with pytest.raises(PromptError, match="alternate"):
        _render_jinja(FORMATS[1], [ChatMessage(U, "a"), ChatMessage(U, "b")], None)


def test_a_new_message_after_a_deleted_reply_is_sent_as_one_user_turn(storage):
    conversation = storage.create_conversation()
    first = turns.begin_turn(storage, conversation.id, "What is a quokka?", Settings())
    turns.finish_turn(storage, first, "A small wallaby.", MessageStatus.DONE, None)
    carry_out(storage, plan_delete(storage, first.assistant_message_id))
    second = turns.begin_turn(storage, conversation.id, "And a numbat?", Settings())
    # Stored as asked (the transcript keeps both questions, in order) ...
    asked = storage.path_to(storage.get_message(second.assistant_message_id).parent_id)
    assert [m.content for m in asked] == ["What is a quokka?", "And a numbat?"]
    # ... and sent as one user turn.
    for fmt in FORMATS:
        prompt = fmt.render(second.history, None)
        _assert_alternates(prompt)
        assert _roles(prompt) == ["user", "model"]
        assert "What is a quokka?\n\nAnd a numbat?" in prompt


def test_no_sequence_of_sends_deletes_answers_and_edits_yields_two_user_turns_in_a_row(storage):
    """A seeded random walk over what the window lets a user do; every prompt must alternate."""
    rng = random.Random(9)
    conversation = storage.create_conversation()
    settings = Settings()
    for step in range(150):
        leaf = storage.get_conversation(conversation.id).current_leaf_id
        path = storage.path_to(leaf)
        action = rng.choice(["send", "send", "delete", "answer", "edit", "fail"])
        if action == "delete" and path:
            carry_out(storage, plan_delete(storage, rng.choice(path).id))
            continue
        if action == "answer" and path and path[-1].role is Role.USER:
            request = turns.begin_answer(storage, path[-1].id, settings)
        elif action == "edit" and any(m.role is Role.USER for m in path):
            user = rng.choice([m for m in path if m.role is Role.USER])
            request = turns.begin_edit(storage, user.id, f"edited {step}", settings)
        else:
            request = turns.begin_turn(storage, conversation.id, f"question {step}", settings)
        for fmt in FORMATS:
            _assert_alternates(fmt.render(request.history, "SYS"))
        failed = action == "fail"
        turns.finish_turn(
            storage,
            request,
            "" if failed else f"answer {step}",
            MessageStatus.ERROR if failed else MessageStatus.DONE,
            None,
        )


def test_a_draft_saves_nothing_and_the_cheap_check_never_passes_a_message_that_cannot_fit(storage):
    conversation = storage.create_conversation(system_prompt="Be brief.")
    draft = turns.draft_message(storage, conversation.id, "hello " * 10, Settings())
    assert storage.messages(conversation.id) == [] and storage.count_conversations() == 1
    assert draft.history == (ChatMessage(U, "hello " * 10),) and draft.system_prompt == "Be brief."
    assert turns.surely_fits(draft, 4096)
    fmt = FORMATS[0]
    for size in (100, 1000, 2500, 3000, 3500, 5000):
        long = turns.draft_message(storage, conversation.id, "x" * size, Settings())
        if turns.surely_fits(long, 4096):  # then the exact check (bytes >= tokens) must agree
            fit_to_context(
                fmt,
                long.history,
                long.system_prompt,
                context_length=4096,
                reserve_tokens=min(long.sampling.max_tokens, 1024),
                count_tokens=lambda text: len(text.encode()) + 1,
            )
    assert not turns.surely_fits(turns.draft_message(storage, None, "x" * 5000, Settings()), 4096)
    with pytest.raises(ValueError):
        turns.draft_message(storage, None, "  ", Settings())


def test_an_over_long_message_is_its_own_kind_of_overflow():
    with pytest.raises(MessageTooLongError):
        fit_to_context(
            FORMATS[0],
            [ChatMessage(U, "w " * 500)],
            None,
            context_length=100,
            reserve_tokens=10,
            count_tokens=lambda text: len(text.split()),
            policy="drop_oldest",
        )


def test_a_chat_keeps_only_its_own_sampling_values_and_follows_changed_defaults(storage):
    defaults = Settings()
    chosen = SamplingParams(temperature=0.3, top_p=defaults.sampling.top_p, top_k=defaults.sampling.top_k)
    overrides = turns.sampling_overrides(chosen, defaults.sampling)
    assert overrides == {"temperature": 0.3}
    conversation = storage.create_conversation(settings={"sampling": overrides})
    later = defaults.with_changes(sampling=SamplingParams(temperature=0.9, top_p=0.5, max_tokens=77))
    effective = turns.effective_sampling(storage.get_conversation(conversation.id), later)
    assert (effective.temperature, effective.top_p, effective.max_tokens) == (0.3, 0.5, 77)
    request = turns.begin_turn(storage, conversation.id, "hi", later)
    assert request.sampling == effective
