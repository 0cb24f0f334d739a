"""The Remote servers page keeps each server's context setting: typed in the form, saved with the
endpoint in ``remotes.json``, shown again by a new page, changed by selecting the server and
saving, and refused in one sentence when it makes no sense. The key stays in the keyring."""

from __future__ import annotations

import json

from app.core.models.remotes import RemoteKeys, RemoteStore
from app.ui.remote_servers_page import CONTEXT, RemoteServersPage
from tests.fakes_hub import memory_keyring  # noqa: F401

URL = "http://127.0.0.1:11434/v1"


def make_page(qtbot, config_dir) -> RemoteServersPage:
    page = RemoteServersPage(config_dir)
    qtbot.addWidget(page)
    return page


def saved(config_dir) -> list[dict]:
    return json.loads((config_dir / "remotes.json").read_text())["endpoints"]


def test_the_context_field_is_saved_with_the_endpoint_and_can_be_changed(qtbot, tmp_path, memory_keyring):  # noqa: F811
    page = make_page(qtbot, tmp_path)
    assert page.context_edit.value() == 0 and page.context_edit.text() == "as the server says"
    page.name_edit.setText("ollama-box")
    page.url_edit.setText(URL)
    page.key_edit.setText("sk-page")
    page.context_edit.setValue(8192)
    with qtbot.waitSignal(page.servers_changed, timeout=5000):
        page.add_button.click()
    assert "Added ollama-box" in page.message.text()
    assert saved(tmp_path) == [{"name": "ollama-box", "url": URL, "context_length": 8192}]
    assert RemoteStore(tmp_path).get("ollama-box").context_length == 8192

    # A new page (the manager opened again) shows it, and selecting the server loads the form.
    again = make_page(qtbot, tmp_path)
    assert again.table.item(0, CONTEXT).text() == again.locale().toString(8192)
    again.context_edit.setValue(0)
    again.table.selectRow(0)
    assert (again.name_edit.text(), again.url_edit.text(), again.context_edit.value()) == ("ollama-box", URL, 8192)
    assert again.key_edit.text() == ""  # the key is never read back into the window

    again.context_edit.setValue(16384)
    again.add_button.click()
    assert "Saved ollama-box" in again.message.text() and again.table.rowCount() == 1
    assert saved(tmp_path) == [{"name": "ollama-box", "url": URL, "context_length": 16384}]
    assert RemoteKeys().get("ollama-box") == "sk-page"  # saving without a key keeps the stored one
    assert "sk-page" not in (tmp_path / "remotes.json").read_text()

    # Back to "as the server says".
    again.table.selectRow(0)
    again.context_edit.setValue(0)
    again.add_button.click()
    assert saved(tmp_path)[0]["context_length"] == 0
    assert again.table.item(0, CONTEXT).text() == "from the server"


def test_a_context_that_makes_no_sense_is_refused_and_nothing_changes(qtbot, tmp_path, memory_keyring):  # noqa: F811
    RemoteStore(tmp_path).add("box", URL, 4096)
    page = make_page(qtbot, tmp_path)
    page.table.selectRow(0)
    page.context_edit.setValue(100)
    page.add_button.click()
    assert "not a usable context length" in page.message.text()
    assert "\n" not in page.message.text()
    assert saved(tmp_path) == [{"name": "box", "url": URL, "context_length": 4096}]
