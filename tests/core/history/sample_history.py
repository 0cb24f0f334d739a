"""A conversation worth exporting: branches from a regeneration and an edit, code, a table, emoji,
right-to-left text, and hostile content (script tags, a textarea breaker, javascript: links, NULs).

Built through the real turn functions, so the tree is exactly what the app makes.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.base.settings import Settings
from app.core.history import turns
from app.core.history.conversation import GenerationStats, MessageStatus
from app.core.history.storage import Storage

MODEL_FILE = "gemma-3-270m-it-Q4_K_M.gguf"
MODEL_SHA = "3f" * 32
SAMPLING = {
    "temperature": 0.4,
    "top_p": 0.9,
    "top_k": 40,
    "min_p": 0.05,
    "repeat_penalty": 1.1,
    "max_tokens": 256,
    "seed": 11,
}

HOSTILE = (
    "Careful: <script>alert(1)</script> and </textarea><b>bold?</b> "
    "[click me](javascript:alert(1)) [also](JaVaScRiPt:alert(2)) [tab](java\tscript:alert(3)) "
    "<img src=x onerror=alert(4)> ![pic](javascript:alert(5)) [fine](https://example.org/ok) "
    "NUL here:\x00done"
)
RTL = "שלום עולם, مرحبا بالعالم"
CODE_AND_TABLE = (
    'Here you go 🎉\n\n```python\ndef greet(name):\n    return f"<b>{name}</b>"  # not HTML\n```\n\n'
    "| Language | Greeting |\n|---|---|\n| Hebrew | שלום |\n| Arabic | مرحبا |\n| Emoji | 👋🏽 |\n"
)


FIRST_REPLY = "First version of the answer: zebrafish."
OLD_FOLLOW_UP_REPLY = "Answer to the follow-up before it was edited: quokka."
EDITED_REPLY = "Edited answer with `inline <code>`, stopped inside a fence:\n```js\nalert('x')"


@dataclass
class Sample:
    """The tree (current branch marked *):

    user 1* ── reply 1 (FIRST_REPLY)
           └── reply 2* (code, table, hostile) ── follow-up ── old reply (stopped)
                                               └── edited follow-up* ── edited reply* (stopped)
    """

    conversation_id: str
    first_user: str
    first_reply: str
    regenerated_reply: str
    follow_up: str
    follow_up_reply: str
    edited_follow_up: str
    edited_reply: str


def stats(seed: int = 11) -> GenerationStats:
    return GenerationStats(
        time_to_first_token_s=0.2,
        tokens_per_second=22.5,
        prompt_tokens=40,
        prompt_tokens_evaluated=12,
        completion_tokens=30,
        model_file=MODEL_FILE,
        model_sha256=MODEL_SHA,
        sampling=dict(SAMPLING, seed=seed),
        seed=seed,
        finish_reason="stop",
    )


def build(storage: Storage, settings: Settings | None = None, title: str = "New chat") -> Sample:
    settings = settings or Settings()
    conv = storage.create_conversation(
        title, system_prompt="Answer briefly. " + RTL, settings={"sampling": {"temperature": 0.4}}
    )
    first = turns.begin_turn(storage, conv.id, f"Show me code and a table. {RTL} 👋", settings)
    turns.finish_turn(storage, first, FIRST_REPLY, MessageStatus.DONE, stats(1))
    again = turns.begin_regenerate(storage, first.assistant_message_id, settings)
    turns.finish_turn(storage, again, CODE_AND_TABLE + "\n" + HOSTILE, MessageStatus.DONE, stats(2))
    follow = turns.begin_turn(storage, conv.id, "A follow-up question", settings)
    turns.finish_turn(storage, follow, OLD_FOLLOW_UP_REPLY, MessageStatus.STOPPED, stats(3))
    follow_user = storage.get_message(follow.assistant_message_id).parent_id
    edit = turns.begin_edit(storage, follow_user, f"Edited follow-up {RTL} [x](javascript:alert(1)) \x00", settings)
    turns.finish_turn(storage, edit, EDITED_REPLY, MessageStatus.STOPPED, stats(4))
    return Sample(
        conversation_id=conv.id,
        first_user=storage.get_message(first.assistant_message_id).parent_id,
        first_reply=first.assistant_message_id,
        regenerated_reply=again.assistant_message_id,
        follow_up=follow_user,
        follow_up_reply=follow.assistant_message_id,
        edited_follow_up=storage.get_message(edit.assistant_message_id).parent_id,
        edited_reply=edit.assistant_message_id,
    )
