"""One rule for the model to load when none is named: the CLI (``resolve_model``) and the window
(``ModelSession.start``) both call ``core.models.model_choice.choose_model`` and pick the same model.

Before, the window passed over a default model that could not be used while the CLI refused to
chat with it; now both fall back to the first usable model.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from app.core.base.settings import Settings
from app.core.models.library import ModelLibrary, resolve_model
from app.core.models.model_choice import choose_model
from app.ui.model_session import ModelSession
from tests.gguf_craft import STRING, minimal_kvs, write_gguf


class _Inference(QObject):
    """The signals ModelSession listens to, and a record of what it asked to load."""

    load_started = Signal(str)
    load_progress = Signal(str, "qint64", "qint64")
    load_finished = Signal(object)
    load_failed = Signal(str)
    starter_progress = Signal("qint64", "qint64")
    starter_ready = Signal(str)
    starter_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.loads: list = []
        self.starter_asked = False

    def load(self, request) -> None:
        self.loads.append(request)

    def prepare_starter(self, models_dir) -> None:
        self.starter_asked = True


def _window_choice(qapp, library: ModelLibrary, default: str | None) -> tuple[str | None, bool]:
    settings = {"value": Settings(default_model=default)}
    inference = _Inference()
    session = ModelSession(
        library, inference, lambda: settings["value"], lambda new: settings.__setitem__("value", new)
    )
    session.start()
    loaded = inference.loads[0].model_path.name if inference.loads else None
    return loaded, inference.starter_asked


@pytest.fixture
def library(app_paths) -> ModelLibrary:
    folder = app_paths.models_dir
    write_gguf(folder / "a-broken.gguf", minimal_kvs(gemma3__context_length=(STRING, "lots")))
    write_gguf(folder / "b-good.gguf")
    write_gguf(folder / "c-good.gguf")
    return ModelLibrary(folder)


@pytest.mark.parametrize("default", [None, "c-good.gguf", "a-broken.gguf", "gone.gguf"])
def test_the_cli_and_the_window_load_the_same_model(qapp, library, default):
    cli = resolve_model(library, None, default).name
    window, starter = _window_choice(qapp, library, default)
    assert window == cli and not starter
    assert cli == ("c-good.gguf" if default == "c-good.gguf" else "b-good.gguf")  # an unusable default is passed over


def test_with_nothing_usable_both_turn_to_the_starter_when_it_is_installed(qapp, app_paths):
    write_gguf(app_paths.models_dir / "a-broken.gguf", minimal_kvs(gemma3__context_length=(STRING, "lots")))
    library = ModelLibrary(app_paths.models_dir)
    rule = choose_model(library.models(), "a-broken.gguf", library.starter_available())
    assert rule.model is None and rule.use_starter == library.starter_available()
    _, starter = _window_choice(qapp, library, "a-broken.gguf")
    assert starter == library.starter_available()
