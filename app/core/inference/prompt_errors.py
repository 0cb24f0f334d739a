"""Why a conversation cannot become a prompt: a chat template that refused it or could not run, or a
conversation (or one message) too long for the context window."""

from __future__ import annotations


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
