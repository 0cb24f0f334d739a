"""Turn a conversation into the exact prompt text the model sees.

Gemma's turn format is chosen by construction: the GGUF's own ``tokenizer.chat_template`` when it
has one (rendered in Jinja's sandbox), otherwise Gemma's ``<start_of_turn>`` format for every Gemma
architecture. Gemma has no system role, so the system prompt is folded into the first user turn.
This module also fits a history into the context window according to the overflow policy.

A template comes from the model file, so it is untrusted code: it renders under a budget (wall
clock, executed steps, the size of ranges and repetitions). A template that runs over it or fails
is set aside for Gemma's built-in format, with a note that is logged once (one stderr line in the
CLI) and carried in :attr:`ChatFormat.note` for the window's status. A template's own
``raise_exception`` still refuses the conversation: that is the template working.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..history.conversation import Role

log = logging.getLogger(__name__)

START, END = "<start_of_turn>", "<end_of_turn>"
GEMMA_STOP = [END]
GEMMA_ARCHITECTURES_PREFIX = "gemma"

# A real chat template renders a long conversation in milliseconds and a few thousand steps.
TEMPLATE_TIME_LIMIT_S = 2.0
TEMPLATE_STEP_LIMIT = 3_000_000  # Python lines executed while rendering (template code and Jinja's)
TEMPLATE_SIZE_LIMIT = 100_000  # the largest range(), repetition count or filter argument allowed
TEMPLATE_VALUE_LIMIT = 64_000_000  # characters (or items) in any one value a template handles
TEMPLATE_OUTPUT_LIMIT = 256_000_000  # characters a template may write
TEMPLATE_FALLBACK = "using Gemma's built-in turn format instead"


class PromptError(ValueError):
    """The conversation cannot be turned into a prompt (a template refused it, say)."""


class TemplateUnusable(PromptError):
    """The model's chat template ran over its budget or failed (not a refusal of the conversation)."""


class ContextOverflowError(PromptError):
    """The prompt does not fit the context window under the chosen policy."""

    def __init__(self, message: str, *, prompt_tokens: int, context_length: int):
        super().__init__(message)
        self.prompt_tokens = prompt_tokens
        self.context_length = context_length


class MessageTooLongError(ContextOverflowError):
    """The newest message alone does not fit: no overflow policy can help, so nobody should ask."""


@dataclass(frozen=True)
class ChatMessage:
    """One turn as the prompt builder sees it."""

    role: Role
    content: str
    pinned: bool = False  # kept when the "drop oldest" overflow policy makes room


class _SetAside:
    """Why a format's template was set aside during use (a conversation it could not render)."""

    def __init__(self) -> None:
        self.reason: str | None = None


@dataclass(frozen=True)
class ChatFormat:
    """How to render turns for one model: an embedded Jinja template or Gemma's own format."""

    name: str
    template: str | None = None
    bos_token: str = "<bos>"
    eos_token: str = "<eos>"
    stop: tuple[str, ...] = tuple(GEMMA_STOP)
    note: str | None = None  # why the model's own template is not used (shown to the user)
    _set_aside: _SetAside = field(default_factory=_SetAside, compare=False, repr=False)

    @property
    def fallback_note(self) -> str | None:
        """The note for the user when Gemma's format stands in for the model's template."""
        return self.note or self._set_aside.reason

    def render(self, messages: Sequence[ChatMessage], system_prompt: str | None) -> str:
        """The prompt text, ending with the opening of the model's turn. No leading BOS:
        llama.cpp adds it when tokenizing. Turns are made to alternate first (see :func:`alternating`)."""
        if self.template is not None and self._set_aside.reason is None:
            try:
                text = _render_jinja(self, alternating(messages), system_prompt)
            except TemplateUnusable as exc:
                # From now on this model gets Gemma's format: switching back and forth between
                # turns would change the prompt's start and defeat the KV cache.
                self._set_aside.reason = _fallback_note(str(exc))
                log.warning("%s", self._set_aside.reason)
                text = render_gemma(messages, system_prompt)
        else:
            text = render_gemma(messages, system_prompt)
        return text[len(self.bos_token) :] if self.bos_token and text.startswith(self.bos_token) else text


def _fallback_note(reason: str) -> str:
    """One line for the log, the terminal and the status bar: the reason may quote the template,
    so control characters go and the length is bounded."""
    shown = "".join(ch if ch.isprintable() else " " for ch in reason)
    return f"{shown[:300]}{'...' if len(shown) > 300 else ''}; {TEMPLATE_FALLBACK}"


# A small conversation every chat template must be able to render.
_PROBE = (("user", "Hello"), ("assistant", "Hello! How can I help?"), ("user", "Tell me a joke."))


def choose_format(metadata: dict) -> ChatFormat:
    """Pick the chat format from GGUF metadata (see module docstring). An embedded template is
    tried once on a small conversation; one that is too slow or fails is set aside here, with a
    note, so the whole session uses one format."""
    arch = str(metadata.get("general.architecture", ""))
    template = metadata.get("tokenizer.chat_template")
    if isinstance(template, str) and template.strip():
        embedded = ChatFormat(name=f"embedded template ({arch or 'unknown'})", template=template)
        try:
            _render_jinja(embedded, [ChatMessage(Role(role), text) for role, text in _PROBE], None)
        except TemplateUnusable as exc:  # the caller shows the note (the engine: once, as a load warning)
            note = _fallback_note(str(exc))
            return ChatFormat(
                name=f"gemma turns (the model's template was set aside for {arch or 'unknown'})", note=note
            )
        except PromptError:
            pass  # the template refused the probe conversation: it runs, and keeps its rules
        return embedded
    if arch.startswith(GEMMA_ARCHITECTURES_PREFIX):
        return ChatFormat(name=f"gemma turns ({arch})")
    # Hearth is built for Gemma; an unknown model without a template still gets Gemma's format,
    # which is the only one we can vouch for, and the model picker says so.
    return ChatFormat(name=f"gemma turns (fallback for {arch or 'unknown'})")


def alternating(messages: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The same conversation with consecutive user (or model) messages merged into one turn.

    Gemma's templates raise unless user and model turns alternate, and even the built-in format
    confuses the model with two user turns in a row. A branch can hold two user messages in a row
    when a reply was deleted and the user wrote again (see ``turns``): the model then reads both
    questions, in order, as one turn, separated by a blank line. System messages are left where
    they are (the renderers fold them into the next user turn).
    """
    merged: list[ChatMessage] = []
    for message in messages:
        previous = merged[-1] if merged else None
        if previous is not None and message.role is previous.role and message.role is not Role.SYSTEM:
            text = "\n\n".join(part for part in (previous.content.strip(), message.content.strip()) if part)
            merged[-1] = ChatMessage(message.role, text, pinned=previous.pinned or message.pinned)
        else:
            merged.append(message)
    return merged


def render_gemma(messages: Sequence[ChatMessage], system_prompt: str | None) -> str:
    """Gemma's turn format with the system prompt folded into the first user turn."""
    parts: list[str] = []
    pending_system = (system_prompt or "").strip()
    for message in alternating(messages):
        if message.role is Role.SYSTEM:
            pending_system = "\n\n".join(p for p in (pending_system, message.content.strip()) if p)
            continue
        content = message.content.strip()
        if message.role is Role.USER and pending_system:
            content = f"{pending_system}\n\n{content}"
            pending_system = ""
        role = "model" if message.role is Role.ASSISTANT else "user"
        parts.append(f"{START}{role}\n{content}{END}\n")
    parts.append(f"{START}model\n")
    return "".join(parts)


def _render_jinja(fmt: ChatFormat, messages: Sequence[ChatMessage], system_prompt: str | None) -> str:
    turns = [{"role": "system", "content": system_prompt.strip()}] if system_prompt and system_prompt.strip() else []
    turns += [{"role": m.role.value, "content": m.content} for m in messages]
    with _template_errors():
        template = _compiled(fmt.template or "")
        pieces, written = [], 0
        with _Budget():
            for piece in template.generate(
                messages=turns, add_generation_prompt=True, bos_token=fmt.bos_token, eos_token=fmt.eos_token
            ):
                written += len(piece)
                if written > TEMPLATE_OUTPUT_LIMIT:
                    raise _OverBudget(f"wrote more than {TEMPLATE_OUTPUT_LIMIT:,} characters")
                pieces.append(piece)
        return "".join(pieces)


@functools.lru_cache(maxsize=8)
def _compiled(source: str):
    """The template compiled once per text (compiling costs far more than rendering), under the
    same budget as rendering: a hostile template can be hard to parse too."""
    with _Budget():
        env = _budgeted_environment()
        env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
        return env.from_string(source)


def _raise_exception(message: str) -> None:
    raise PromptError(f"the model's chat template refused the conversation: {message}")


def _strftime_now(fmt_string: str) -> str:
    return datetime.datetime.now().strftime(str(fmt_string)[:200])


@contextlib.contextmanager
def _template_errors():
    """Whatever a template does wrong becomes TemplateUnusable; its own refusals stay PromptError."""
    from jinja2 import TemplateError

    try:
        yield
    except PromptError:
        raise
    except _OverBudget as exc:
        raise TemplateUnusable(f"the model's chat template {exc}") from None
    except TemplateError as exc:
        raise TemplateUnusable(f"the model's chat template failed: {exc}") from exc
    except RecursionError:
        raise TemplateUnusable("the model's chat template recursed without end") from None
    except MemoryError:
        raise TemplateUnusable("the model's chat template needed too much memory") from None
    except Exception as exc:  # noqa: BLE001 - a template is code from the file: any error is its own
        raise TemplateUnusable(f"the model's chat template failed ({exc.__class__.__name__}: {exc})") from exc


# ------------------------------------------------------------ template budget
class _OverBudget(BaseException):
    """Raised from the tracer into the template's code. A BaseException, so no ``except
    Exception`` inside Jinja can swallow it."""


class _Budget:
    """Stops the rendering on this thread after TEMPLATE_TIME_LIMIT_S or TEMPLATE_STEP_LIMIT steps.

    A Python tracer sees every line the compiled template runs, loops without any call in them
    included, and raises into it. Only this thread is traced, and the previous tracer (a debugger,
    coverage) is put back afterwards.
    """

    def __init__(self) -> None:
        self._steps = 0
        self._deadline = 0.0
        self._previous: Any = None

    def __enter__(self) -> _Budget:
        self._deadline = time.perf_counter() + TEMPLATE_TIME_LIMIT_S
        self._previous = sys.gettrace()
        sys.settrace(self._on_call)
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(self._previous)

    def _on_call(self, frame, event: str, arg):
        self._tick()
        return self._on_line

    def _on_line(self, frame, event: str, arg):
        if event == "line":
            self._tick()
        return self._on_line

    def _tick(self) -> None:
        self._steps += 1
        if self._steps > TEMPLATE_STEP_LIMIT:
            raise _OverBudget(f"ran for more than {TEMPLATE_STEP_LIMIT:,} steps (an endless loop?)")
        if self._steps % 64 == 0 and time.perf_counter() > self._deadline:
            raise _OverBudget(f"took more than {TEMPLATE_TIME_LIMIT_S:g} s to render")


_environment_lock = threading.Lock()
_environment_class: Any = None


def _budgeted_environment():
    """A fresh ImmutableSandboxedEnvironment whose ranges, repetitions, powers, widths and filter
    arguments are capped (each would allocate or loop far beyond any prompt in one step)."""
    global _environment_class
    with _environment_lock:
        if _environment_class is None:
            _environment_class = _make_environment_class()
    env = _environment_class(trim_blocks=True, lstrip_blocks=True)
    env.globals["range"] = _capped_range
    env.globals.pop("lipsum", None)  # lorem ipsum of any length: no chat template needs it
    env.filters = {name: _capped_filter(function) for name, function in env.filters.items()}
    return env


def _make_environment_class():
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class BudgetedEnvironment(ImmutableSandboxedEnvironment):
        """Refuses, before it happens, each single step that could take memory or time without
        bound: the tracer only sees steps between them."""

        intercepted_binops = frozenset({"*", "**", "%"})

        def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
            if (
                operator == "**"
                and _is_number(left)
                and _is_number(right)
                and abs(left) > 1
                and (abs(right) > 64 or _bits(left) * abs(right) > _MAX_BITS)
            ):
                raise _OverBudget(f"raised a number to the power {right}")
            if operator == "*":
                if _bits(left) + _bits(right) > _MAX_BITS:
                    raise _OverBudget("multiplied numbers of more than a thousand digits")
                for count, other in ((left, right), (right, left)):
                    if _is_number(count) and _sized(other) and count * max(1, len(other)) > 10 * TEMPLATE_SIZE_LIMIT:
                        raise _OverBudget(f"repeated a value {count} times")
            if operator == "%" and isinstance(left, str):
                _check_widths(left)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
            for value in (*args, *kwargs.values()):
                _check_size(value)
            return super().call(__context, __obj, *args, **kwargs)

        def getattr(self, obj: Any, attribute: str) -> Any:
            return _check_size(super().getattr(obj, attribute))

        def getitem(self, obj: Any, argument: Any) -> Any:
            return _check_size(super().getitem(obj, argument))

        def wrap_str_format(self, value: Any) -> Any:  # str.format and format_map (Jinja 3.1.5+)
            _check_widths(getattr(value, "__self__", ""))
            return super().wrap_str_format(value)

    return BudgetedEnvironment


_MAX_BITS = 4096  # about 1,200 digits: far beyond any number a prompt needs


def _bits(value: Any) -> int:
    return value.bit_length() if isinstance(value, int) else 0


def _sized(value: Any) -> bool:
    return isinstance(value, (str, list, tuple, dict))


def _check_size(value: Any) -> Any:
    if _sized(value) and len(value) > TEMPLATE_VALUE_LIMIT:
        raise _OverBudget(f"built a value of {len(value):,} characters or items")
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _capped_range(*args: int) -> range:
    result = range(*args)
    if len(result) > TEMPLATE_SIZE_LIMIT:
        raise _OverBudget(f"asked for a range of {len(result):,} numbers")
    return result


_WIDTH = re.compile(r"\d{6,}")


def _check_widths(format_string: Any) -> None:
    if isinstance(format_string, str) and _WIDTH.search(format_string):
        raise _OverBudget("asked for a format width of a million characters or more")


def _capped_filter(function: Callable) -> Callable:
    """A filter that refuses numeric arguments beyond TEMPLATE_SIZE_LIMIT (``center(10**9)``...)
    and, for ``format``, huge widths in the format string."""
    # Jinja passes the context, eval context or environment first to filters marked for it;
    # then comes the filtered value, then the filter's own arguments.
    value_at = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    is_format = function.__name__ in ("do_format", "format")

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment markers
    def capped(*args: Any, **kwargs: Any) -> Any:
        if is_format and len(args) > value_at:
            _check_widths(args[value_at])
        for value in (*args[value_at + 1 :], *kwargs.values()):
            if _is_number(value) and abs(value) > TEMPLATE_SIZE_LIMIT:
                raise _OverBudget(f"passed {value} to the '{function.__name__}' filter")
        return function(*args, **kwargs)

    return capped


@dataclass(frozen=True)
class FittedPrompt:
    text: str
    messages: tuple[ChatMessage, ...]
    dropped: int  # how many messages were left out
    prompt_tokens: int
    dropped_indices: tuple[int, ...] = ()  # positions in the given history of the messages left out


def fit_to_context(
    fmt: ChatFormat,
    messages: Sequence[ChatMessage],
    system_prompt: str | None,
    *,
    context_length: int,
    reserve_tokens: int,
    count_tokens: Callable[[str], int],
    policy: str = "stop",
) -> FittedPrompt:
    """Render the prompt, leaving ``reserve_tokens`` for the reply.

    ``stop``: raise ContextOverflowError when it does not fit. ``drop_oldest``: leave out the oldest
    turns (a user message with the replies to it, so the format stays valid) while keeping the
    system prompt, pinned messages, system messages and the newest turn; raise if even that does
    not fit. A newest message that cannot fit on its own always raises, before any inference.
    """
    budget = context_length - reserve_tokens
    messages = list(messages)
    if messages:
        last_alone = fmt.render(messages[-1:], system_prompt)
        last_tokens = count_tokens(last_alone)
        if last_tokens > budget:
            raise MessageTooLongError(
                f"this message needs {last_tokens} tokens, more than the {budget} the {context_length}-token "
                f"context leaves after reserving {reserve_tokens} for the reply; shorten it or raise the "
                "context length",
                prompt_tokens=last_tokens,
                context_length=context_length,
            )
    text = fmt.render(messages, system_prompt)
    tokens = count_tokens(text)
    if tokens <= budget:
        return FittedPrompt(text, tuple(messages), 0, tokens)
    if policy != "drop_oldest" or len(messages) <= 1:
        raise ContextOverflowError(
            f"the conversation needs {tokens} tokens but the context holds {context_length} "
            f"({reserve_tokens} kept for the reply); start a new chat, raise the context length, or "
            "let Hearth drop the oldest turns",
            prompt_tokens=tokens,
            context_length=context_length,
        )
    return _drop_oldest(fmt, messages, system_prompt, tokens, budget, context_length, count_tokens)


def _drop_oldest(
    fmt: ChatFormat,
    messages: list[ChatMessage],
    system_prompt: str | None,
    tokens: int,
    budget: int,
    context_length: int,
    count_tokens: Callable[[str], int],
) -> FittedPrompt:
    """Leave out whole turns, oldest first, in steps of about a quarter of the context.

    Dropping just enough for each new turn would move the start of the prompt every turn, so
    llama.cpp could never reuse its cache and would re-read the whole history each time. Freeing a
    fixed-size chunk at once keeps the same cut (the same prompt prefix) for several turns. The cut
    depends only on the history, not on earlier calls, so a restart keeps it too.
    """
    droppable = [
        g
        for g in _turn_groups(messages)[:-1]
        if not any(messages[i].pinned or messages[i].role is Role.SYSTEM for i in g)
    ]
    # Per-turn sizes are estimates (markup tokens approximated); the final render is exact.
    sizes = [sum(count_tokens(messages[i].content) + 4 for i in group) for group in droppable]
    chunk = max(1, context_length // 4)
    target = -(-(tokens - budget) // chunk) * chunk
    while True:
        freed, used = 0, 0
        while used < len(droppable) and freed < target:
            freed += sizes[used]
            used += 1
        dropped = sorted(i for group in droppable[:used] for i in group)
        gone = set(dropped)
        kept = [m for i, m in enumerate(messages) if i not in gone]
        text = fmt.render(kept, system_prompt)
        count = count_tokens(text)
        if count <= budget:
            return FittedPrompt(text, tuple(kept), len(dropped), count, tuple(dropped))
        if used == len(droppable):
            raise ContextOverflowError(
                f"even without its {len(dropped)} oldest unpinned messages the conversation needs {count} "
                f"tokens, more than the {budget} available in the {context_length}-token context; unpin "
                "messages, shorten the system prompt or raise the context length",
                prompt_tokens=count,
                context_length=context_length,
            )
        target += chunk


def _turn_groups(messages: Sequence[ChatMessage]) -> list[list[int]]:
    """Indices grouped into turns: a user message and the replies to it. A system message is a
    group of its own (it is never dropped, and must not pin the turn around it)."""
    groups: list[list[int]] = []
    for index, message in enumerate(messages):
        if message.role is not Role.ASSISTANT or not groups:
            groups.append([index])
        else:
            groups[-1].append(index)
    return groups
