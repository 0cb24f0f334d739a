"""Turn a conversation into the exact prompt text the model sees.

Gemma's turn format is chosen by construction: the GGUF's own ``tokenizer.chat_template`` when it
has one (rendered in Jinja's sandbox), otherwise Gemma's ``<start_of_turn>`` format for every Gemma
architecture. Gemma has no system role, so the system prompt is folded into the first user turn.
This module also fits a history into the context window according to the overflow policy.

A template comes from the model file, so it is untrusted code: it renders under a budget in
:mod:`template_sandbox`. A template that runs over it or fails is set aside for Gemma's built-in
format, with a note that is logged once (one stderr line in the CLI) and carried in
:attr:`ChatFormat.note` for the window's status. A template's own ``raise_exception`` still refuses
the conversation: that is the template working. The errors live in :mod:`prompt_errors`; callers
may import them from here too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..history.conversation import Role
from .prompt_errors import ContextOverflowError, MessageTooLongError, PromptError, TemplateUnusable
from .template_sandbox import render_template

log = logging.getLogger(__name__)

START, END = "<start_of_turn>", "<end_of_turn>"
GEMMA_STOP = [END]
GEMMA_ARCHITECTURES_PREFIX = "gemma"

TEMPLATE_FALLBACK = "using Gemma's built-in turn format instead"


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
    """The model's own template (see :mod:`template_sandbox`), the system prompt as a system turn."""
    turns = [{"role": "system", "content": system_prompt.strip()}] if system_prompt and system_prompt.strip() else []
    turns += [{"role": m.role.value, "content": m.content} for m in messages]
    return render_template(fmt.template or "", turns, bos_token=fmt.bos_token, eos_token=fmt.eos_token)


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
