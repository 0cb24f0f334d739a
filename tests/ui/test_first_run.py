"""First start without any model: the model manager opens; a download from the local hub becomes
the chat model of the main window. Also a .gguf opened from the file manager and drag-and-drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.core.base.paths import AppPaths
from app.core.models.library import ModelLibrary
from tests.fakes import ScriptedEngine
from tests.fakes_hub import fake_hub, memory_keyring  # noqa: F401

REPO = "ggml-org/gemma-3-270m-it-GGUF"


@pytest.fixture
def no_starter(monkeypatch):
    monkeypatch.setattr(ModelLibrary, "starter_available", lambda self: False)


def test_empty_library_opens_the_manager_and_a_download_becomes_the_chat_model(
    qtbot, qapp, hearth_home, no_starter, fake_hub, memory_keyring, starter_gguf
):
    from app.ui.application import HearthApp

    fake_hub.add_repo(REPO, {"gemma-3-270m-it-Q4_K_M.gguf": starter_gguf})
    hearth = HearthApp(
        qapp,
        AppPaths.from_environment().ensure(),
        engine_factory=lambda: ScriptedEngine(["hi"]),
        hub_endpoint=fake_hub.endpoint,
    )
    qtbot.addWidget(hearth.window)
    try:
        hearth.start()
        qtbot.waitUntil(lambda: hearth._model_manager is not None, timeout=30000)
        manager = hearth._model_manager
        assert manager.isVisible()
        assert not hearth.window.composer.send_button.isEnabled()
        manager.confirm = lambda *args: True
        with qtbot.waitSignal(manager.files_loaded, timeout=60000):
            manager.discover.open_repo(REPO)
        manager.discover.select_file("gemma-3-270m-it-Q4_K_M.gguf")
        manager.discover.download_button.click()
        qtbot.waitUntil(lambda: hearth.models.ready, timeout=120000)
        assert hearth.models.current == "gemma-3-270m-it-Q4_K_M.gguf"
        assert hearth.window.model_picker.currentData() == "gemma-3-270m-it-Q4_K_M.gguf"
        with qtbot.waitSignal(hearth.chat.reply_finished, timeout=10000):
            hearth.chat.submit("hello")
    finally:
        hearth.shutdown()


def _app(qapp, qtbot):
    from app.ui.application import HearthApp

    hearth = HearthApp(qapp, AppPaths.from_environment().ensure(), engine_factory=lambda: ScriptedEngine(["hi"]))
    qtbot.addWidget(hearth.window)
    return hearth


def test_opening_a_gguf_file_offers_to_import_it(qtbot, qapp, hearth_home, no_starter, starter_gguf, monkeypatch):
    from app.ui import model_manager_common

    offered = []
    monkeypatch.setattr(model_manager_common, "ask_import_mode", lambda parent, files: offered.append(files) or None)
    hearth = _app(qapp, qtbot)
    try:
        hearth.start(open_file=starter_gguf)
        assert offered == [[starter_gguf]]
    finally:
        hearth.shutdown()


def test_dropping_a_gguf_on_the_window_imports_and_loads_it(
    qtbot, qapp, hearth_home, no_starter, starter_gguf, monkeypatch
):
    from app.ui import model_manager_common

    monkeypatch.setattr(model_manager_common, "ask_import_mode", lambda _parent, _files: "link")  # copy or link? link
    hearth = _app(qapp, qtbot)
    try:
        hearth.start()
        qtbot.waitUntil(lambda: hearth._model_manager is not None, timeout=30000)
        hearth._model_manager.hide()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(starter_gguf))])
        drop = QDropEvent(
            QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        )
        hearth.window.dropEvent(drop)
        qtbot.waitUntil(lambda: hearth.models.ready, timeout=60000)
        assert hearth.models.current == starter_gguf.name
    finally:
        hearth.shutdown()


def test_deleting_a_model_drops_its_saved_kv_states(qtbot, qapp, hearth_home, starter_gguf, app_paths):
    import os

    from app.core.base.hashing import cached_sha256

    model = app_paths.models_dir / starter_gguf.name
    os.link(starter_gguf, model)
    hearth = _app(qapp, qtbot)
    try:
        sha = cached_sha256(model, hearth.library.hash_cache)
        for owner in (sha, "f" * 64):
            hearth.kv_cache.put(
                model_sha256=owner, fingerprint="fp", tokens=[1, 2, 3], blob=b"kv" * 10, conversation_id="c"
            )
        hearth._on_library_changed()  # both models' states: the starter is present, "fff…" is not
        assert {e.model_sha256 for e in hearth.kv_cache.entries()} == {sha}
        model.unlink()
        hearth._on_library_changed()
        assert hearth.kv_cache.entries() == []
    finally:
        hearth.shutdown()
