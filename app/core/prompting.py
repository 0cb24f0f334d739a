"""Turn a conversation into the exact prompt text the model sees.

Gemma's turn format is chosen by construction: the GGUF's own ``tokenizer.chat_template`` when it
has one (rendered in Jinja's sandbox), otherwise Gemma's ``<start_of_turn>`` format for every Gemma
architecture. Gemma has no system role, so the system prompt is folded into the first user turn.
This module also fits a history into the context window according to the overflow policy.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable, Sequence

from .conversation import Role

START, END = "<start_of_turn>", "<end_of_turn>"
GEMMA_STOP = [END]
GEMMA_ARCHITECTURES_PREFIX = "gemma"


class PromptError(ValueError):
    """The conversation cannot be turned into a prompt (a template refused it, say)."""


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


@dataclass(frozen=True)
class ChatFormat:
    """How to render turns for one model: an embedded Jinja template or Gemma's own format."""

    name: str
    template: str | None = None
    bos_token: str = "<bos>"
    eos_token: str = "<eos>"
    stop: tuple[str, ...] = tuple(GEMMA_STOP)

    def render(self, messages: Sequence[ChatMessage], system_prompt: str | None) -> str:
        """The prompt text, ending with the opening of the model's turn. No leading BOS:
        llama.cpp adds it when tokenizing. Turns are made to alternate first (see :func:`alternating`)."""
        if self.template is not None:
            text = _render_jinja(self, alternating(messages), system_prompt)
        else:
            text = render_gemma(messages, system_prompt)
        return text[len(self.bos_token):] if self.bos_token and text.startswith(self.bos_token) else text


def choose_format(metadata: dict) -> ChatFormat:
    """Pick the chat format from GGUF metadata (see module docstring)."""
    arch = str(metadata.get("general.architecture", ""))
    template = metadata.get("tokenizer.chat_template")
    if isinstance(template, str) and template.strip():
        return ChatFormat(name=f"embedded template ({arch or 'unknown'})", template=template)
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
    from jinja2 import TemplateError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise PromptError(f"the model's chat template refused the conversation: {message}")

    def strftime_now(fmt_string: str) -> str:
        return datetime.datetime.now().strftime(fmt_string)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals.update(raise_exception=raise_exception, strftime_now=strftime_now)
    turns = [{"role": "system", "content": system_prompt.strip()}] if system_prompt and system_prompt.strip() else []
    turns += [{"role": m.role.value, "content": m.content} for m in messages]
    try:
        return env.from_string(fmt.template or "").render(
            messages=turns, add_generation_prompt=True, bos_token=fmt.bos_token, eos_token=fmt.eos_token
        )
    except PromptError:
        raise
    except TemplateError as exc:
        raise PromptError(f"the model's chat template failed: {exc}") from exc


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
                prompt_tokens=last_tokens, context_length=context_length,
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
            prompt_tokens=tokens, context_length=context_length,
        )
    return _drop_oldest(fmt, messages, system_prompt, tokens, budget, context_length, count_tokens)


def _drop_oldest(fmt: ChatFormat, messages: list[ChatMessage], system_prompt: str | None, tokens: int,
                 budget: int, context_length: int, count_tokens: Callable[[str], int]) -> FittedPrompt:
    """Leave out whole turns, oldest first, in steps of about a quarter of the context.

    Dropping just enough for each new turn would move the start of the prompt every turn, so
    llama.cpp could never reuse its cache and would re-read the whole history each time. Freeing a
    fixed-size chunk at once keeps the same cut (the same prompt prefix) for several turns. The cut
    depends only on the history, not on earlier calls, so a restart keeps it too.
    """
    droppable = [g for g in _turn_groups(messages)[:-1]
                 if not any(messages[i].pinned or messages[i].role is Role.SYSTEM for i in g)]
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
                prompt_tokens=count, context_length=context_length,
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
