"""Deleting a conversation is one policy in the core (``history.deletion.delete_conversations``):
the window and ``hearth history rm`` both remove its rows, its saved KV states (the window also the
engine's context) and leave nothing for search to find."""

from __future__ import annotations

from app.cli import run
from app.core.base.paths import AppPaths
from app.core.history.conversation import Role
from app.core.history.storage import NotFoundError, Storage
from app.core.inference.kv_cache import KVCache
from tests.fakes import ScriptedEngine


def _chat_with_a_saved_state(paths: AppPaths, word: str) -> str:
    with Storage(paths.database_path) as storage:
        conversation = storage.create_conversation(f"about {word}")
        storage.add_message(conversation.id, Role.USER, f"tell me about the {word}", parent_id=None)
    KVCache(paths.kv_cache_dir).put(
        model_sha256="ab" * 32,
        fingerprint="f",
        tokens=[ord(c) for c in word],
        blob=b"state",
        text="x",
        conversation_id=conversation.id,
    )
    return conversation.id


def _traces(paths: AppPaths, conversation_id: str, word: str) -> list[str]:
    found = []
    with Storage(paths.database_path) as storage:
        try:
            storage.get_conversation(conversation_id)
            found.append("rows")
        except NotFoundError:
            pass
        if storage.search(word):
            found.append("search")
    if any(e.conversation_id == conversation_id for e in KVCache(paths.kv_cache_dir).entries()):
        found.append("kv state")
    return found


def test_the_window_and_the_cli_delete_a_conversation_alike(qtbot, make_app, scripted_model, app_paths):
    by_window = _chat_with_a_saved_state(app_paths, "aardvark")
    by_cli = _chat_with_a_saved_state(app_paths, "okapi")
    assert (
        _traces(app_paths, by_window, "aardvark")
        == _traces(app_paths, by_cli, "okapi")
        == ["rows", "search", "kv state"]
    )

    hearth = make_app(lambda: ScriptedEngine())
    hearth.chat.history.delete_conversation(by_window)
    # The saved states are forgotten on the inference thread, after any job still running there.
    qtbot.waitUntil(lambda: not _traces(app_paths, by_window, "aardvark"), timeout=20000)

    assert run(["history", "rm", by_cli]) == 0
    assert _traces(app_paths, by_cli, "okapi") == []
