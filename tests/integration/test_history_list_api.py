"""``hearth history list`` marks the chats the API server kept ("Keep API conversations in
history"), so they can be told from the window's in a terminal too; the window's chats are
listed as before."""

from __future__ import annotations

from app.cli import run
from app.core.base.paths import AppPaths
from app.core.history.conversation import GenerationStats, Role
from app.core.history.storage import Storage
from app.core.inference.prompting import ChatMessage
from app.core.server.api_history import keep_exchange


def _line_of(listing: str, conversation_id: str) -> str:
    (line,) = [line for line in listing.splitlines() if line.startswith(conversation_id[:8])]
    return line


def test_history_list_tags_api_chats(app_paths: AppPaths, capsys):
    with Storage(app_paths.database_path) as storage:
        window_id = storage.create_conversation("Planned in the window").id
        api_id = keep_exchange(
            storage,
            (ChatMessage(Role.USER, "Name a fjord"),),
            None,
            "Sognefjord.",
            GenerationStats(completion_tokens=3),
            "gemma.gguf",
        )

    assert run(["history", "list"]) == 0
    listing = capsys.readouterr().out

    api_line, window_line = _line_of(listing, api_id), _line_of(listing, window_id)
    assert api_line.split()[1] == "API" and "Name a fjord" in api_line
    assert "API" not in window_line.split() and "Planned in the window" in window_line
    assert "API: kept by the API server" in listing  # the tag is explained once


def test_a_list_without_api_chats_has_no_api_note(app_paths: AppPaths, capsys):
    with Storage(app_paths.database_path) as storage:
        storage.create_conversation("Only the window's")
    assert run(["history", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Only the window's" in listing and "API" not in listing
