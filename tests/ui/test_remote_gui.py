"""The window chatting through a remote server: llama-cpp-python's real server on the starter
model, chosen in the model picker under its endpoint; Stop frees the server; the Remote servers
page adds, tests and removes; a cut stream keeps its partial reply in the window."""

from __future__ import annotations

import time

import pytest

from app.core.base.settings import SamplingParams, Settings, save_settings
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from app.core.models.remotes import RemoteKeys, RemoteStore
from tests.fakes_remote import MODEL_ALIAS, PIECES, fault_server, llama_server

pytestmark = pytest.mark.model
KEY = "sk-window-test-42"
REF = f"remote:box/{MODEL_ALIAS}"


@pytest.fixture(scope="module")
def served(starter_gguf):
    with llama_server(starter_gguf, api_key=KEY) as url:
        yield url


def picker_rows(window) -> list[tuple[str, object, bool]]:
    picker = window.model_picker
    return [(picker.itemText(i), picker.itemData(i), picker.model().item(i).isEnabled()) for i in range(picker.count())]


def pick(qtbot, hearth, ref: str) -> None:
    qtbot.waitUntil(lambda: any(data == ref for _t, data, _e in picker_rows(hearth.window)), timeout=30000)
    index = hearth.window.model_picker.findData(ref)
    hearth.window.model_picker.activated.emit(index)
    qtbot.waitUntil(lambda: hearth.models.state in ("ready", "error") and hearth.models.current == ref, timeout=60000)


def test_window_chats_through_a_remote_server_and_stop_frees_it(qtbot, make_app, installed_starter, app_paths, served):
    save_settings(
        app_paths.settings_path,
        Settings().with_changes(context_length=1024, sampling=SamplingParams(temperature=0.0, max_tokens=16, seed=5)),
    )
    RemoteStore(app_paths.config_dir).add("box", served, context_length=4096)  # the server's --n_ctx
    RemoteKeys().set("box", KEY)
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=120000)  # the local model first

    pick(qtbot, hearth, REF)
    rows = picker_rows(hearth.window)
    header = next(row for row in rows if row[0].startswith("box · 127.0.0.1:"))
    assert header[1] is None and not header[2]  # the endpoint's name: a heading, not a choice
    assert rows.index(header) < [r[1] for r in rows].index(REF)  # its models listed under it
    assert hearth.models.state == "ready", hearth.window.state_label.text()
    status = hearth.window.state_label.text()
    assert "at 127.0.0.1:" in status and MODEL_ALIAS in status

    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as done:
        hearth.chat.submit("Name a colour.")
    message_id, text, state, stats = done.args
    assert state is MessageStatus.DONE and text.strip()
    assert stats.model_file == REF and stats.endpoint == served and stats.time_to_first_token_s is not None
    with Storage(app_paths.database_path) as storage:
        reply = storage.get_message(message_id)
        assert reply.content == text and reply.stats.endpoint == served
        assert storage.get_conversation(reply.conversation_id).model == REF

    # Back to the local model; opening the remote chat again reconnects to its server and model.
    hearth.models.select(installed_starter.name)
    qtbot.waitUntil(lambda: hearth.models.ready and hearth.models.current == installed_starter.name, timeout=120000)
    hearth.chat.open(reply.conversation_id)
    qtbot.waitUntil(lambda: hearth.models.ready and hearth.models.current == REF, timeout=60000)

    # Stop a long reply after a few pieces: the server must be free for the next one at once.
    hearth.settings.save(
        hearth.settings.get().with_changes(sampling=SamplingParams(temperature=1.0, max_tokens=3000, seed=1))
    )
    pieces: list[str] = []
    hearth.chat.reply_text.connect(lambda _id, new: pieces.append(new))
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as stopped:
        hearth.chat.submit("Write a very long story about the sea.")
        qtbot.waitUntil(lambda: len(pieces) >= 2, timeout=60000)
        hearth.chat.stop()
    assert stopped.args[2] is MessageStatus.STOPPED and stopped.args[1]
    hearth.settings.save(hearth.settings.get().with_changes(sampling=SamplingParams(max_tokens=8, seed=1)))
    started = time.monotonic()
    with qtbot.waitSignal(hearth.chat.reply_finished, timeout=120000) as after:
        hearth.chat.submit("Hi")
    assert after.args[2] is MessageStatus.DONE
    assert time.monotonic() - started < 60  # hang guard: the 3,000 tokens asked for would take minutes


def test_remote_servers_page_and_a_cut_stream_in_the_window(qtbot, make_app, installed_starter, app_paths):
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=120000)
    with fault_server() as server:
        page = hearth.open_model_manager().remote_servers
        page.name_edit.setText("faulty")
        page.url_edit.setText(server.url)
        page.key_edit.setText("sk-page")
        page.add_button.click()
        assert "Added faulty" in page.message.text() and page.table.rowCount() == 1
        assert page.key_edit.text() == "" and RemoteKeys().get("faulty") == "sk-page"
        assert "sk-page" not in (app_paths.config_dir / "remotes.json").read_text()
        page.table.selectRow(0)
        with qtbot.waitSignal(page.tested, timeout=30000) as tested:
            page.test_button.click()
        assert tested.args[0] == "faulty" and "reachable" in tested.args[1] and "drop" in tested.args[1]

        pick(qtbot, hearth, "remote:faulty/drop")  # the page's change reached the picker
        with qtbot.waitSignal(hearth.chat.reply_finished, timeout=60000) as cut:
            hearth.chat.submit("Tell me a story")
        _id, text, state, stats = cut.args
        assert state is MessageStatus.ERROR and text == "".join(PIECES)  # the partial reply is kept
        assert "broke mid-reply" in stats.error and "faulty (127.0.0.1:" in stats.error
        assert hearth.window.chat_view.message_views()[1].text == "".join(PIECES)

        page.table.selectRow(0)
        page.remove_button.click()
        assert page.table.rowCount() == 0 and RemoteKeys().get("faulty") is None
