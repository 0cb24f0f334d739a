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
