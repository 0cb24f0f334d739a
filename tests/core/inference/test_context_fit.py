"""Overflow policies: exactly what the model sees when a conversation outgrows the context."""

from __future__ import annotations

import pytest

from app.core.history.conversation import Role
from app.core.inference.prompting import ChatMessage, ContextOverflowError, choose_format, fit_to_context

U, A, S = Role.USER, Role.ASSISTANT, Role.SYSTEM
FMT = choose_format({"general.architecture": "gemma3"})


def _words(text: str) -> int:  # a stand-in tokenizer: one token per word
    return len(text.split())


def _history(turns: int, words: int = 20) -> list[ChatMessage]:
    history = []
    for n in range(turns):
        history += [ChatMessage(U, f"q{n} " + "w " * words), ChatMessage(A, f"a{n} " + "w " * words)]
    return history


def _fit(history, system="SYS", context=200, reserve=20, policy="drop_oldest"):
    return fit_to_context(
        FMT, history, system, context_length=context, reserve_tokens=reserve, count_tokens=_words, policy=policy
    )


def test_the_model_sees_the_system_prompt_and_the_newest_turns_only():
    history = _history(6) + [ChatMessage(U, "latest question")]
    fitted = _fit(history)
    assert fitted.prompt_tokens <= 180 and fitted.dropped > 0
    assert fitted.text.startswith("<start_of_turn>user\nSYS\n\n")  # folded into the first kept turn
    assert fitted.text.endswith("latest question<end_of_turn>\n<start_of_turn>model\n")
    assert "q0 " not in fitted.text and "a0 " not in fitted.text
    # Whole turns go: every dropped index is a user message with its reply.
    assert fitted.dropped_indices == tuple(range(fitted.dropped))
    assert fitted.dropped % 2 == 0
    assert list(fitted.messages) == history[fitted.dropped :]


def test_pinned_messages_are_kept_with_their_turn():
    history = _history(6)
    history[0] = ChatMessage(U, "q0 PINNED " + "w " * 20, pinned=True)
    history.append(ChatMessage(U, "latest"))
    fitted = _fit(history)
    assert "PINNED" in fitted.text and "a0 " in fitted.text  # the reply stays: turns keep alternating
    assert 0 not in fitted.dropped_indices and 1 not in fitted.dropped_indices
    assert "q1 " not in fitted.text  # the oldest unpinned turn went instead
    assert fitted.text.index("PINNED") < fitted.text.index("latest")


def test_system_messages_in_the_history_are_never_dropped():
    history = [ChatMessage(S, "RULES")] + _history(6) + [ChatMessage(U, "latest")]
    fitted = _fit(history, system=None)
    assert "RULES" in fitted.text and fitted.dropped > 0


def test_the_cut_stays_put_for_several_turns_so_the_prompt_prefix_is_reused():
    """Dropping just enough every turn would change the prompt's start each time, and llama.cpp
    would re-read the whole history every turn; the cut moves in chunks instead."""
    fits = []
    history = _history(7, words=10)
    for n in range(8):
        history += [ChatMessage(U, f"new{n} " + "w " * 10)]
        fits.append(_fit(history, context=250, reserve=20))
        history += [ChatMessage(A, f"ans{n} " + "w " * 10)]
    moves = [n for n in range(1, len(fits)) if fits[n].dropped_indices != fits[n - 1].dropped_indices]
    assert fits[-1].dropped and len(moves) <= 3
    for n in range(1, len(fits)):
        if n not in moves:  # same cut: this turn's prompt extends the previous one exactly
            assert fits[n].text.startswith(fits[n - 1].text)


def test_when_only_pinned_turns_are_left_it_still_refuses_to_overflow():
    history = [ChatMessage(U, "p " * 100, pinned=True), ChatMessage(A, "r " * 100), ChatMessage(U, "latest")]
    with pytest.raises(ContextOverflowError, match="unpin"):
        _fit(history)


def test_stop_policy_shows_how_far_over_it_is():
    with pytest.raises(ContextOverflowError) as info:
        _fit(_history(6) + [ChatMessage(U, "latest")], policy="stop")
    assert info.value.prompt_tokens > 180 and info.value.context_length == 200


def test_a_single_message_longer_than_the_context_is_refused_under_every_policy():
    for policy in ("stop", "drop_oldest"):
        with pytest.raises(ContextOverflowError, match="this message needs"):
            _fit(_history(1) + [ChatMessage(U, "w " * 500)], policy=policy)


def test_a_fitting_history_is_untouched():
    history = _history(1) + [ChatMessage(U, "latest")]
    fitted = _fit(history, context=2000)
    assert fitted.dropped == 0 and fitted.dropped_indices == () and list(fitted.messages) == history
