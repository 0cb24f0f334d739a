"""The window with hostile model files (issue 10), on the real engine: a model that aborts
llama.cpp is refused by a trial load (the window lives, the typed text stays, the picker marks the
model unusable with the reason), and a chat template that never ends is set aside with a note in
the status line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.settings import Settings, save_settings
from tests.gguf_craft import STRING, copy_with_extra_kv, copy_with_u32

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def hostile_copies(starter_gguf: Path, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile-gui")
    return {
        "crash": copy_with_u32(starter_gguf, folder / "blocks-999.gguf", "gemma3.block_count", 999),
        "template": copy_with_extra_kv(starter_gguf, folder / "endless-template.gguf", "tokenizer.chat_template",
                                       STRING, "{% for i in range(10**12) %}{{ i }}{% endfor %}"),
    }


def _install(app_paths, source: Path) -> Path:
    target = app_paths.models_dir / source.name
    os.link(source, target)
    save_settings(app_paths.settings_path, Settings().with_changes(context_length=512, default_model=source.name))
    return target


@pytest.mark.timeout(300)
def test_a_model_that_aborts_llama_cpp_is_refused_and_the_window_lives(qtbot, make_app, app_paths, hostile_copies):
    _install(app_paths, hostile_copies["crash"])
    hearth = make_app()
    editor = hearth.window.composer.editor
    qtbot.keyClicks(editor, "unsaved words")
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.state == "error", timeout=240000)
    assert "crashed while loading" in hearth.window.last_error and "blocks-999.gguf" in hearth.window.last_error
    picker = hearth.window.model_picker
    index = picker.findData("blocks-999.gguf")
    assert picker.itemText(index).endswith("(unusable)")
    assert "crashed while loading" in picker.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert editor.toPlainText() == "unsaved words"  # this process survived, text and all


@pytest.mark.timeout(300)
def test_an_endless_chat_template_is_set_aside_with_a_note_in_the_status(qtbot, make_app, app_paths, hostile_copies):
    _install(app_paths, hostile_copies["template"])
    hearth = make_app()
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.state in ("ready", "error"), timeout=240000)
    assert hearth.models.ready, hearth.window.last_error
    status = hearth.window.state_label.text()
    assert "chat template asked for a range" in status and "Gemma's built-in turn format" in status
