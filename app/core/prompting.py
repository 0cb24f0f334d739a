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


@dataclass(frozen=True)
class ChatMessage:
    """One turn as the prompt builder sees it."""

    role: Role
    content: str


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
        llama.cpp adds it when tokenizing."""
        if self.template is not None:
            text = _render_jinja(self, messages, system_prompt)
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


def render_gemma(messages: Sequence[ChatMessage], system_prompt: str | None) -> str:
    """Gemma's turn format with the system prompt folded into the first user turn."""
    parts: list[str] = []
    pending_system = (system_prompt or "").strip()
    for message in messages:
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
    dropped: int  # how many of the oldest messages were left out
    prompt_tokens: int


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
    turns (in user/model pairs, so the format stays valid) while keeping the system prompt and the
    newest user message; raise if even that does not fit.
    """
    budget = context_length - reserve_tokens
    messages = list(messages)
    if messages:
        last_alone = fmt.render(messages[-1:], system_prompt)
        last_tokens = count_tokens(last_alone)
        if last_tokens > budget:
            raise ContextOverflowError(
                f"this message needs {last_tokens} tokens, more than the {budget} the {context_length}-token "
                f"context leaves after reserving {reserve_tokens} for the reply; shorten it or raise the "
                "context length",
                prompt_tokens=last_tokens, context_length=context_length,
            )
    dropped = 0
    while True:
        text = fmt.render(messages, system_prompt)
        tokens = count_tokens(text)
        if tokens <= budget:
            return FittedPrompt(text, tuple(messages), dropped, tokens)
        if policy != "drop_oldest" or len(messages) <= 1:
            raise ContextOverflowError(
                f"the conversation needs {tokens} tokens but the context holds {context_length} "
                f"({reserve_tokens} kept for the reply); start a new chat, raise the context length, or "
                "let Hearth drop the oldest turns",
                prompt_tokens=tokens, context_length=context_length,
            )
        step = 2 if len(messages) > 2 and messages[0].role is Role.USER and messages[1].role is Role.ASSISTANT else 1
        messages = messages[step:]
        dropped += step
