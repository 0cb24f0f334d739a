"""The window's Server panel: the API server runs on the window's own engine owner, the key is
required and can be regenerated, the request log fills in, and quitting stops the server."""

from __future__ import annotations

import socket

import httpx
import pytest

from tests.fakes import ScriptedEngine
from tests.integration.conftest import free_port


@pytest.fixture
def api_key(monkeypatch):
    monkeypatch.setenv("HEARTH_API_KEY", "window-test-key")
    return "window-test-key"


def _ready_app(qtbot, make_app, engine):
    hearth = make_app(lambda: engine)
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=20000)
    return hearth


def test_the_panel_serves_the_windows_model_and_logs_requests(qtbot, make_app, scripted_model, api_key):
    engine = ScriptedEngine(tokens=("Hi", " from", " the", " window"))
    hearth = _ready_app(qtbot, make_app, engine)
    hearth.server.open_panel()
    panel = hearth.server.panel[0]
    panel.port.setValue(free_port())
    panel.enabled.setChecked(True)
    qtbot.waitUntil(lambda: hearth.server.running, timeout=10000)
    base = panel.url.text()
    assert base.startswith("http://127.0.0.1:") and base.endswith("/v1")
    assert panel.key.text() == api_key

    assert httpx.get(f"{base}/models", timeout=20).status_code == 401
    reply = httpx.post(
        f"{base}/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=20,
        json={"messages": [{"role": "user", "content": "Hello"}], "max_tokens": 8},
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["choices"][0]["message"]["content"] == "Hi from the window"
    assert reply.json()["model"] == scripted_model.name
    qtbot.waitUntil(lambda: panel.log_table.rowCount() == 2, timeout=10000)
    last = [panel.log_table.item(1, column).text() for column in range(7)]
    assert last[2] == "POST /v1/chat/completions" and last[6] == "200" and last[4] == "10+4"
    assert "Hello" not in " ".join(last)  # never message content

    old_key = api_key
    panel.regenerate_button.click()
    new_key = panel.key.text()
    assert new_key != old_key
    headers = {"Authorization": f"Bearer {old_key}"}
    assert httpx.get(f"{base}/models", headers=headers, timeout=20).status_code == 401
    assert httpx.get(f"{base}/models", headers={"Authorization": f"Bearer {new_key}"}, timeout=20).status_code == 200

    port = int(base.rsplit(":", 1)[1].split("/")[0])
    hearth.shutdown()
    assert not hearth.server.running
    with socket.socket() as probe:  # the port is free again: nothing listens after quitting
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_a_port_in_use_is_one_sentence_and_the_switch_stays_off(qtbot, make_app, scripted_model, api_key):
    hearth = _ready_app(qtbot, make_app, ScriptedEngine())
    hearth.server.open_panel()
    panel = hearth.server.panel[0]
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        panel.port.setValue(busy.getsockname()[1])
        panel.enabled.setChecked(True)
        assert not hearth.server.running and not panel.enabled.isChecked()
        assert "is in use" in panel.state.text()


def _group_headings(sidebar) -> dict[str, str]:
    from app.ui.sidebar import GROUP_ROLE

    items = [sidebar.list.item(row) for row in range(sidebar.list.count())]
    return {item.text(): item.data(GROUP_ROLE) for item in items}


def test_the_panels_choices_survive_a_restart_and_kept_chats_show_in_the_api_group(
    qtbot, make_app, scripted_model, api_key
):
    port = free_port()
    hearth = _ready_app(qtbot, make_app, ScriptedEngine(tokens=("Kept", " reply")))
    hearth.server.open_panel()
    panel = hearth.server.panel[0]
    panel.port.setValue(port)
    panel.origins.setText("http://notes.example")
    panel.origins.editingFinished.emit()
    panel.keep_history.setChecked(True)
    panel.enabled.setChecked(True)
    qtbot.waitUntil(lambda: hearth.server.running, timeout=10000)
    hearth.shutdown()  # quitting with the server on: it is on again at the next start

    again = _ready_app(qtbot, make_app, ScriptedEngine(tokens=("Kept", " reply")))
    qtbot.waitUntil(lambda: again.server.running, timeout=10000)
    base = again.server.base_url
    assert base == f"http://127.0.0.1:{port}/v1"
    again.server.open_panel()
    panel = again.server.panel[0]
    assert panel.enabled.isChecked() and panel.port.value() == port and not panel.network.isChecked()
    assert panel.origins.text() == "http://notes.example" and panel.keep_history.isChecked()
    preflight = httpx.options(
        f"{base}/chat/completions",
        headers={"Origin": "http://notes.example", "Access-Control-Request-Method": "POST"},
        timeout=20,
    )
    assert preflight.headers.get("access-control-allow-origin") == "http://notes.example"  # the list is in force

    reply = httpx.post(
        f"{base}/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=20,
        json={"messages": [{"role": "user", "content": "Sent by a script"}], "max_tokens": 8},
    )
    assert reply.status_code == 200, reply.text
    # Written by the server's own connection: the window notices it as it notices the CLI's writes.
    qtbot.waitUntil(lambda: "Sent by a script" in _group_headings(again.window.sidebar), timeout=10000)
    assert _group_headings(again.window.sidebar)["Sent by a script"] == "API"

    panel.keep_history.setChecked(False)
    panel.enabled.setChecked(False)
    saved = again.settings.get()
    assert not saved.api_server_enabled and not saved.api_keep_history and saved.api_server_port == port


def test_a_bad_web_origin_is_one_sentence_and_nothing_starts(qtbot, make_app, scripted_model, api_key):
    hearth = _ready_app(qtbot, make_app, ScriptedEngine())
    hearth.server.open_panel()
    panel = hearth.server.panel[0]
    panel.port.setValue(free_port())
    panel.origins.setText("https://notes.example/app")
    panel.origins.editingFinished.emit()
    assert "is not a web origin" in panel.state.text()
    assert hearth.settings.get().api_server_origins == ""  # not saved
    panel.enabled.setChecked(True)
    assert not hearth.server.running and not panel.enabled.isChecked()
    assert "is not a web origin" in panel.state.text() and not hearth.settings.get().api_server_enabled
