"""Gemma prompts are right by construction; the context fit follows the chosen policy."""

import sys
import time

import pytest

from app.core.history.conversation import Role
from app.core.inference.prompting import (
    TEMPLATE_FALLBACK,
    ChatMessage,
    ContextOverflowError,
    PromptError,
    choose_format,
    fit_to_context,
    render_gemma,
)

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
    template = (
        "{{ bos_token }}{% for m in messages %}[{{ m['role'] }}]{{ m['content'] }}{% endfor %}"
        "{% if add_generation_prompt %}[model]{% endif %}"
    )
    fmt = choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": template})
    assert fmt.render([ChatMessage(U, "hi")], "sys") == "[system]sys[user]hi[model]"


def test_template_raise_exception_becomes_prompt_error():
    fmt = choose_format({"tokenizer.chat_template": "{{ raise_exception('roles must alternate') }}"})
    with pytest.raises(PromptError, match="roles must alternate"):
        fmt.render([ChatMessage(U, "hi")], None)


def test_template_sandbox_blocks_escapes():
    """The escape is refused by the sandbox; the broken template is set aside for Gemma's format."""
    fmt = choose_format({"tokenizer.chat_template": "{{ ''.__class__.__mro__[1].__subclasses__() }}"})
    prompt = fmt.render([ChatMessage(U, "hi")], None)
    assert prompt == render_gemma([ChatMessage(U, "hi")], None)
    assert "subclasses" not in prompt and "unsafe" in fmt.fallback_note


# ------------------------------------------------------------ hostile templates
HISTORY = [ChatMessage(U, "Hi"), ChatMessage(A, "Hello! How can I help?"), ChatMessage(U, "Tell me a joke.")]
HOSTILE_TEMPLATES = {
    "endless range": "{% for i in range(10**12) %}x{% endfor %}",
    "nested loops without calls": "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    "recursive macro": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "exponential macro": "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "doubling macro argument": "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f('x') }}",
    "doubling namespace": (
        "{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}"
    ),
    "huge repetition": "{{ 'x' * 10**10 }}",
    "huge filter width": "{{ 'x' | center(1000000000) }}",
    "huge format width": "{{ '{:>999999999}'.format(1) }}",
    "huge percent width": "{{ '%999999999d' % 1 }}",
    "huge format filter width": "{{ '%999999999s' | format(1) }}",
    "squaring without end": (
        "{% set ns = namespace(x=3) %}{% for i in range(64) %}{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x }}"
    ),
    "lorem ipsum": "{{ lipsum(n=100000) }}",
    "huge output": "{% set big = 'x' * 1000000 %}{% for i in range(100000) %}{{ big }}{% endfor %}",
    "syntax error": "{% if %}",
    "runtime error": "{{ 1 / 0 }}",
    "undefined call": "{{ not_a_function() }}",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("template", HOSTILE_TEMPLATES.values(), ids=HOSTILE_TEMPLATES.keys())
def test_hostile_template_falls_back_to_gemma_format_with_a_note(template):
    started = time.monotonic()
    fmt = choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": template})
    prompt = fmt.render(HISTORY, "Be brief.")
    assert prompt == render_gemma(HISTORY, "Be brief.")
    assert fmt.note and TEMPLATE_FALLBACK in fmt.note and fmt.note.startswith("the model's chat template")
    assert time.monotonic() - started < 20  # a hang guard: the budget is 2 s


def test_template_that_hangs_only_on_a_longer_history_is_set_aside_when_it_does(caplog):
    """The probe conversation passes; a later, longer history trips the budget. From then on the
    format is Gemma's for every render (a stable prompt prefix), and the note is logged once."""
    template = (
        "{% if messages|length > 5 %}{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}"
        "{% endfor %}{% endif %}{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}"
    )
    fmt = choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": template})
    assert (
        fmt.note is None
        and fmt.render(HISTORY, None) == "[user]Hi[assistant]Hello! How can I help?[user]Tell me a joke."
    )
    long_history = HISTORY * 3
    with caplog.at_level("WARNING", logger="app.core.inference.prompting"):
        assert fmt.render(long_history, None) == render_gemma(long_history, None)
        assert fmt.render(HISTORY, None) == render_gemma(HISTORY, None)
    assert [r.getMessage() for r in caplog.records] == [fmt.fallback_note]
    assert "steps" in fmt.fallback_note or "took more than" in fmt.fallback_note


def test_the_note_is_one_printable_line_even_when_the_error_quotes_the_template():
    fmt = choose_format(
        {
            "general.architecture": "gemma3",
            "tokenizer.chat_template": "{{ raise_exception }}{{ 1 / 0 }}\n{% endfor \x1b[2J %}",
        }
    )
    assert fmt.note and "\n" not in fmt.note and "\x1b" not in fmt.note and len(fmt.note) < 400


def test_template_budget_restores_an_existing_tracer():
    """Rendering installs a tracer for its own thread only and puts back the one it found."""
    calls = []

    def tracer(frame, event, arg):
        calls.append(event)
        return None

    template = "{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}"
    fmt = choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": template})
    sys.settrace(tracer)
    try:
        fmt.render(HISTORY, None)
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(None)


def test_official_style_gemma_template_renders_exactly_like_the_built_in_format():
    """A real Gemma 3 style template (alternation check, system folded into the first turn, trim)
    renders under the budget, quickly, to the very prompt of the built-in format."""
    fmt = choose_format({"general.architecture": "gemma3", "tokenizer.chat_template": GEMMA3_TEMPLATE})
    history = [ChatMessage(U if i % 2 == 0 else A, f"message {i} " * 20) for i in range(201)]
    assert fmt.note is None
    assert fmt.render(history, "Be brief.") == render_gemma(history, "Be brief.")
    # Two user turns in a row are merged before any template sees them (they never reach it)...
    two_users = [ChatMessage(U, "a"), ChatMessage(U, "b")]
    assert fmt.render(two_users, None) == render_gemma(two_users, None)
    # ...but the template's own refusal still surfaces as a PromptError, not as a fallback.
    from app.core.inference.prompting import _render_jinja

    with pytest.raises(PromptError, match="alternate"):
        _render_jinja(fmt, two_users, None)
    assert fmt.note is None and fmt.fallback_note is None  # a refusal is the template working


GEMMA3_TEMPLATE = """{{ bos_token }}
{%- if messages[0]['role'] == 'system' -%}
    {%- set first_user_prefix = messages[0]['content'] + '\n\n' -%}
    {%- set loop_messages = messages[1:] -%}
{%- else -%}
    {%- set first_user_prefix = "" -%}
    {%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
    {%- endif -%}
    {%- if (message['role'] == 'assistant') -%}
        {%- set role = "model" -%}
    {%- else -%}
        {%- set role = message['role'] -%}
    {%- endif -%}
    {{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else "") }}
    {{- message['content'] | trim -}}
    {{ '<end_of_turn>\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
    {{'<start_of_turn>model\n'}}
{%- endif -%}"""


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
    fitted = fit_to_context(
        fmt, history, "SYSTEM", context_length=80, reserve_tokens=10, count_tokens=_words, policy="drop_oldest"
    )
    assert fitted.dropped == 2
    assert "SYSTEM" in fitted.text and "newest" in fitted.text and "old" not in fitted.text


def test_single_message_longer_than_context_fails_before_inference():
    fmt = choose_format({"general.architecture": "gemma3"})
    with pytest.raises(ContextOverflowError, match="this message needs"):
        fit_to_context(
            fmt,
            [ChatMessage(U, "w " * 500)],
            None,
            context_length=100,
            reserve_tokens=10,
            count_tokens=_words,
            policy="drop_oldest",
        )
