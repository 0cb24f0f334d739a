"""With the real starter model: deleted words leave no trace in the profile, and quitting while a
reply streams is quick and still saves the KV state.

The byte grep covers every file of the profile but the models (database, WAL, saved KV states,
logs); saved KV states hold tokens, not text, so they are also read back and detokenized.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from app.core.base import logs
from app.core.base.paths import AppPaths
from app.core.base.settings import SamplingParams, Settings, save_settings
from app.core.history.conversation import MessageStatus
from app.core.inference.kv_cache import SUFFIX, KVCache

pytestmark = pytest.mark.model
SECRETS = ("Quillfeather", "Marrowbine")
# Long enough that leaving the chat would save its KV state (the engine skips very short ones).
# Each chat starts differently, so the next one really takes the context over.
FILLER = "Please keep this note about the garden, the roses and the old stone wall. " * 6
LONG_WAIT_MS = 240000  # a hang guard on a slow, shared CPU


@pytest.fixture
def log_to_profile(app_paths: AppPaths):
    """The app's own log file in the test's profile, at the app's levels."""
    handler = logs.QuietRotatingFileHandler(app_paths.log_path, maxBytes=5_000_000, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", *logs.HEARTH_LOGGERS)}
    root.addHandler(handler)
    logs.set_levels()
    yield app_paths.log_path
    root.removeHandler(handler)
    handler.close()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _ready(qtbot, make_app, app_paths: AppPaths, max_tokens: int):
    save_settings(
        app_paths.settings_path,
        Settings().with_changes(
            context_length=1024, sampling=SamplingParams(temperature=0.0, max_tokens=max_tokens, seed=3)
        ),
    )
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=LONG_WAIT_MS)
    return hearth


def _turn(qtbot, hearth, text: str) -> None:
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=LONG_WAIT_MS) as done:
        hearth.chat.submit(text)
    assert done.args[2] is MessageStatus.DONE


def _saved_states_as_text(kv_dir: Path, model: Path) -> list[str]:
    """Each saved state's tokens, detokenized with the model's own vocabulary."""
    import llama_cpp

    vocab = llama_cpp.Llama(str(model), vocab_only=True, verbose=False)
    try:
        cache = KVCache(kv_dir)
        return [
            vocab.detokenize(cache.load(e).tokens, special=True).decode("utf-8", "replace") for e in cache.entries()
        ]
    finally:
        vocab.close()


def test_deleted_chats_and_messages_leave_no_trace_in_the_profile(
    qtbot, make_app, installed_starter, app_paths, hearth_home, log_to_profile
):
    hearth = _ready(qtbot, make_app, app_paths, max_tokens=6)
    # A chat deleted while the engine still holds it in memory...
    _turn(qtbot, hearth, f"The first secret word is {SECRETS[0]}. " + FILLER)
    with qtbot.waitSignal(hearth.inference.conversation_forgotten, timeout=LONG_WAIT_MS):
        hearth.chat.history.delete_conversation(hearth.chat.conversation_id)
    # ...then another chat takes the context (this is when its state used to be saved back).
    hearth.chat.new_conversation()
    _turn(qtbot, hearth, "Name a colour. " + FILLER)
    # A message deleted from the open chat, then a switch to yet another chat and quit.
    _turn(qtbot, hearth, f"The second secret word is {SECRETS[1]}.")
    secret_message = hearth.window.chat_view.message_views()[-2].message_id
    with qtbot.waitSignal(hearth.inference.conversation_forgotten, timeout=LONG_WAIT_MS):
        hearth.chat.history.delete_message(secret_message)
    hearth.chat.new_conversation()
    _turn(qtbot, hearth, "Name a fruit. " + FILLER)
    assert any(p.name.endswith("-wal") for p in _profile_files(hearth_home, app_paths))
    _assert_no_secret_bytes(hearth_home, app_paths)  # while running: the WAL is there too
    hearth.window.close()  # quit: the open chat's state is saved on the way out

    states = _saved_states_as_text(app_paths.kv_cache_dir, installed_starter)
    assert any("Name a fruit" in text for text in states)  # the control: the grep can see words
    for text in states:
        for secret in SECRETS:
            assert secret not in text, f"a saved KV state still spells {secret!r}"
    files = _profile_files(hearth_home, app_paths)
    assert any(p.suffix == SUFFIX for p in files) and app_paths.log_path in files
    _assert_no_secret_bytes(hearth_home, app_paths)


def _profile_files(home: Path, app_paths: AppPaths) -> list[Path]:
    """Every file of the profile but the model files."""
    return [p for p in home.rglob("*") if p.is_file() and app_paths.models_dir not in p.parents]


def _assert_no_secret_bytes(home: Path, app_paths: AppPaths) -> None:
    for path in _profile_files(home, app_paths):
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in data, f"{path.relative_to(home)} still holds {secret!r}"


def test_quitting_while_a_reply_streams_is_quick_and_saves_the_state(qtbot, make_app, installed_starter, app_paths):
    hearth = _ready(qtbot, make_app, app_paths, max_tokens=600)
    seen: list[int] = []
    hearth.inference.tokens_received.connect(lambda _id, _text, count: seen.append(count))
    hearth.chat.submit(FILLER + "Write a very long story about the garden.")
    conversation = hearth.chat.conversation_id
    qtbot.waitUntil(lambda: sum(seen) >= 10, timeout=LONG_WAIT_MS)
    started = time.monotonic()
    hearth.window.close()
    took = time.monotonic() - started
    print(f"\nquit while streaming took {took:.2f} s")  # measured; the assert below is a hang guard
    assert took < 30
    assert not hearth.inference.owner.alive
    assert [e.conversation_id for e in KVCache(app_paths.kv_cache_dir).entries()] == [conversation]
