"""Gemma prompts are right by construction; the context fit follows the chosen policy."""

import pytest

from app.core.conversation import Role
from app.core.prompting import ChatMessage, ContextOverflowError, PromptError, choose_format, fit_to_context, render_gemma

U, A = Role.USER, Role.ASSISTANT


def test_exact_prompt_for_two_turns_with_a_system_prompt():
    history = [ChatMessage(U, "Hi"), ChatMessage(A, "Hello! How can I help?"), ChatMessage(U, "Tell me a joke.")]
    assert render_gemma(history, "You are terse.") == (
        "<start_of_turn>user\nYou are terse.\n\nHi<end_of_turn>\n"
        "<start_of_turn>model\nHello! How can I help?<end_of_turn>\n"
        "<start_of_turn>user\nTell me a joke.<end_of_turn>\n"
        "<start_of_turn>model\n"
    )


def test_starter_metadata_without_template_gets_gemma_turns():
    fmt = choose_format({"general.architecture": "gemma3"})
    assert fmt.template is None and "<end_of_turn>" in fmt.stop
    assert fmt.render([ChatMessage(U, "x")], None) == "<start_of_turn>user\nx<end_of_turn>\n<start_of_turn>model\n"


@pytest.mark.parametrize("arch", ["gemma", "gemma2", "gemma3", "gemma3n", "gemma4"])
def test_every_gemma_architecture_gets_gemma_turns(arch):
    assert choose_format({"general.architecture": arch}).name.startswith("gemma turns")


def test_embedded_template_is_used_and_bos_stripped():
    template = ("{{ bos_token }}{% for m in messages %}[{{ m['role'] }}]{{ m['content'] }}{% endfor %}"
                "{% if add_generation_prompt %}[model]{% endif %}")
    fmt = choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": template})
    assert fmt.render([ChatMessage(U, "hi")], "sys") == "[system]sys[user]hi[model]"


def test_template_raise_exception_becomes_prompt_error():
    fmt = choose_format({"tokenizer.chat_template": "{{ raise_exception('roles must alternate') }}"})
    with pytest.raises(PromptError, match="roles must alternate"):
        fmt.render([ChatMessage(U, "hi")], None)


def test_template_sandbox_blocks_escapes():
    fmt = choose_format({"tokenizer.chat_template": "{{ ''.__class__.__mro__[1].__subclasses__() }}"})
    with pytest.raises(PromptError):
        fmt.render([ChatMessage(U, "hi")], None)


def _words(text):  # a stand-in tokenizer: one token per word
    return len(text.split())


def test_stop_policy_refuses_overflow():
    fmt = choose_format({"general.architecture": "gemma3"})
    history = [ChatMessage(U, "a " * 50), ChatMessage(A, "b " * 50), ChatMessage(U, "c")]
    with pytest.raises(ContextOverflowError):
        fit_to_context(fmt, history, "sys", context_length=80, reserve_tokens=10, count_tokens=_words, policy="stop")


def test_drop_oldest_keeps_system_prompt_and_newest_message():
    fmt = choose_format({"general.architecture": "gemma3"})
    history = [ChatMessage(U, "old " * 50), ChatMessage(A, "older " * 50), ChatMessage(U, "newest")]
    fitted = fit_to_context(fmt, history, "SYSTEM", context_length=80, reserve_tokens=10,
                            count_tokens=_words, policy="drop_oldest")
    assert fitted.dropped == 2
    assert "SYSTEM" in fitted.text and "newest" in fitted.text and "old" not in fitted.text


def test_single_message_longer_than_context_fails_before_inference():
    fmt = choose_format({"general.architecture": "gemma3"})
    with pytest.raises(ContextOverflowError, match="this message needs"):
        fit_to_context(fmt, [ChatMessage(U, "w " * 500)], None, context_length=100, reserve_tokens=10,
                       count_tokens=_words, policy="drop_oldest")
