"""The window with hostile model files (issue 10), on the real engine: a model that aborts
llama.cpp is refused by a trial load (the window lives, the typed text stays, the picker marks the
model unusable with the reason), and a chat template that never ends is set aside with a note in
the status line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.base.settings import Settings, save_settings
from tests.fakes import ScriptedEngine
from tests.gguf_craft import F32, F64, STRING, copy_with_extra_kv, copy_with_u32, minimal_kvs, write_gguf

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def hostile_copies(starter_gguf: Path, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile-gui")
    return {
        "crash": copy_with_u32(starter_gguf, folder / "blocks-999.gguf", "gemma3.block_count", 999),
        "template": copy_with_extra_kv(
            starter_gguf,
            folder / "endless-template.gguf",
            "tokenizer.chat_template",
            STRING,
            "{% for i in range(10**12) %}{{ i }}{% endfor %}",
        ),
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


@pytest.mark.timeout(120)
def test_window_starts_with_wrong_typed_models_and_a_fifo_link_in_the_folder(
    qtbot, make_app, app_paths, scripted_model, tmp_path
):
    """Before: every start failed while such files sat in the models folder (or froze on the FIFO)."""
    folder = app_paths.models_dir
    write_gguf(folder / "a-ctx-text.gguf", minimal_kvs(gemma3__context_length=(STRING, "lots")))
    write_gguf(folder / "b-blocks-float.gguf", minimal_kvs(gemma3__block_count=(F32, 18.0)))
    write_gguf(folder / "c-window-nan.gguf", minimal_kvs(gemma3__attention__sliding_window=(F64, float("nan"))))
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        (folder / "d-piped.gguf").symlink_to(tmp_path / "pipe")
    hearth = make_app(lambda: ScriptedEngine(["hi"]))
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=60000)
    assert hearth.models.current == scripted_model.name
    picker = hearth.window.model_picker
    unusable = {
        picker.itemData(i): picker.itemData(i, Qt.ItemDataRole.ToolTipRole)
        for i in range(picker.count())
        if picker.itemText(i).endswith("(unusable)")
    }
    assert "gemma3.context_length" in unusable["a-ctx-text.gguf"]
    assert "gemma3.block_count" in unusable["b-blocks-float.gguf"]
    assert "gemma3.attention.sliding_window" in unusable["c-window-nan.gguf"]
    assert not hasattr(os, "mkfifo") or "named pipe" in unusable["d-piped.gguf"]
