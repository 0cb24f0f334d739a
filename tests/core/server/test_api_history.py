"""Keeping API chats in history, on a real SQLite database: a new chat, a follow-up that extends
it (clients resend the whole chat), and what does not count as a follow-up; the sidebar's order;
the web-origin list of the panel."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.history.api_group import API_GROUP, api_group_last, in_api_group
from app.core.history.conversation import SOURCE_API, GenerationStats, MessageStatus, Role
from app.core.history.migrations import MIGRATIONS, split_sql
from app.core.history.storage import Storage
from app.core.inference.prompting import ChatMessage
from app.core.server.api_history import keep_exchange
from app.core.server.guard import parse_origins

STATS = GenerationStats(prompt_tokens=12, completion_tokens=3, model_file="gemma.gguf", finish_reason="stop")


def _turns(*pairs: tuple[str, str]) -> tuple[ChatMessage, ...]:
    return tuple(ChatMessage(Role.USER if role == "user" else Role.ASSISTANT, text) for role, text in pairs)


def _shown(storage: Storage, conversation_id: str) -> list[tuple[str, str]]:
    return [(m.role.value, m.content) for m in storage.active_path(conversation_id)]


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_a_new_api_chat_is_one_conversation_marked_as_the_apis(storage):
    first = keep_exchange(storage, _turns(("user", "What is a fjord?")), None, "A long sea inlet.", STATS, "gemma.gguf")
    (summary,) = storage.list_conversations()
    conversation = storage.get_conversation(first)
    assert summary.id == first and summary.source == SOURCE_API and conversation.source == SOURCE_API
    assert conversation.title == "What is a fjord?" and conversation.model == "gemma.gguf"
    assert conversation.system_prompt == ""  # the API chat had none: not the window's default either
    assert _shown(storage, first) == [("user", "What is a fjord?"), ("assistant", "A long sea inlet.")]
    reply = storage.active_path(first)[-1]
    assert reply.status is MessageStatus.DONE and reply.stats.completion_tokens == 3


def test_a_follow_up_that_resends_the_chat_is_appended_not_duplicated(storage):
    first = keep_exchange(storage, _turns(("user", "Hi")), "Be brief.", "Hello!", STATS, "m")
    follow_up = _turns(("user", "Hi"), ("assistant", "Hello!"), ("user", "And in French?"))
    second = keep_exchange(storage, follow_up, "Be brief.", "Bonjour !", STATS, "m")
    assert second == first and storage.count_conversations() == 1
    assert _shown(storage, first) == [
        ("user", "Hi"),
        ("assistant", "Hello!"),
        ("user", "And in French?"),
        ("assistant", "Bonjour !"),
    ]
    third = keep_exchange(
        storage,
        (*follow_up, *_turns(("assistant", "Bonjour !"), ("user", "Merci"))),
        "Be brief.",
        "De rien",
        STATS,
        "m",
    )
    assert third == first and len(storage.active_path(first)) == 6


@pytest.mark.parametrize(
    "turns, system",
    [
        (_turns(("user", "Hi"), ("assistant", "Hello!"), ("user", "Next")), "Another system prompt."),
        (_turns(("user", "Hey"), ("assistant", "Hello!"), ("user", "Next")), "Be brief."),  # an earlier turn differs
        (_turns(("user", "Hi"), ("assistant", "Hello?"), ("user", "Next")), "Be brief."),  # the reply differs
    ],
)
def test_a_chat_that_does_not_extend_a_kept_one_starts_its_own(storage, turns, system):
    first = keep_exchange(storage, _turns(("user", "Hi")), "Be brief.", "Hello!", STATS, "m")
    other = keep_exchange(storage, turns, system, "Sure.", STATS, "m")
    assert other != first and storage.count_conversations() == 2
    assert _shown(storage, other) == [(m.role.value, m.content) for m in turns] + [("assistant", "Sure.")]
    assert len(storage.active_path(first)) == 2  # the first chat is untouched


def test_a_window_chat_with_the_same_words_is_never_continued(storage):
    window_chat = storage.create_conversation("Hi")
    user = storage.add_message(window_chat.id, Role.USER, "Hi", parent_id=None)
    storage.add_message(window_chat.id, Role.ASSISTANT, "Hello!", parent_id=user.id)
    kept = keep_exchange(
        storage, _turns(("user", "Hi"), ("assistant", "Hello!"), ("user", "Next")), None, "Ok", STATS, "m"
    )
    assert kept != window_chat.id and len(storage.active_path(window_chat.id)) == 2


def test_the_sidebar_lists_api_chats_last_in_their_own_group(storage):
    kept = keep_exchange(storage, _turns(("user", "From a script")), None, "Done.", STATS, "m")
    pinned_api = keep_exchange(storage, _turns(("user", "Pinned script chat")), None, "Done.", STATS, "m")
    storage.set_pinned(pinned_api, True)
    window_chat = storage.create_conversation("Typed in the window").id  # newest of all
    order = [row.id for row in api_group_last(storage.list_conversations())]
    assert order == [pinned_api, window_chat, kept]  # pinned first; the API group after the rest
    groups = {row.id: in_api_group(row) for row in storage.list_conversations()}
    assert groups == {pinned_api: False, window_chat: False, kept: True} and API_GROUP == "api"


def test_an_older_database_gains_the_source_column_with_nothing_marked(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        for script in MIGRATIONS[:5]:
            for statement in split_sql(script):
                db.execute(statement)
        db.execute("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c1', 'Old', 1, 1)")
        db.execute("PRAGMA user_version = 5")
    with Storage(path) as storage:
        (row,) = storage.list_conversations()
        assert row.source == "" and storage.get_conversation("c1").source == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", ()),
        ("http://localhost:3000", ("http://localhost:3000",)),
        (
            "https://notes.example/ http://127.0.0.1:8080, https://notes.example",
            ("https://notes.example", "http://127.0.0.1:8080"),
        ),
    ],
)
def test_web_origins_are_read_from_what_a_person_types(text, expected):
    assert parse_origins(text) == expected


@pytest.mark.parametrize(
    "text", ["*", "http://*.example", "localhost:3000", "https://notes.example/app", "ftp://x.example"]
)
def test_anything_but_an_origin_is_one_sentence(text):
    with pytest.raises(ValueError, match="is not a web origin"):
        parse_origins(text)
