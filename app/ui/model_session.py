"""Which model is chosen and whether it is loaded: the model picker's logic.

On first run with an empty library the bundled starter model is assembled (in the worker, with
progress), then loaded. Loading happens in the inference worker; this object only tracks state
and tells the window what to show.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from ..core.base.settings import Settings
from ..core.inference.prompting import TEMPLATE_FALLBACK
from ..core.models.library import LibraryError, LocalModel, ModelLibrary
from ..core.models.model_choice import BASE_MODEL_NOTE, choose_model, looks_like_base_model
from ..core.models.remotes import REF_PREFIX, parse_model_ref, picker_entries
from .text_args import fill
from .workers import InferenceController, LoadRequest

if TYPE_CHECKING:
    from ..core.inference.engine import LoadReport

log = logging.getLogger(__name__)


# The core's sentence (BASE_MODEL_NOTE), listed here for the translation tools; a test keeps them equal.
BASE_MODEL_NOTE_SOURCE = QT_TRANSLATE_NOOP(
    "ModelSession", "base model: it continues text rather than following instructions"
)


class ModelSession(QObject):
    models_changed = Signal(list, object)  # list[LocalModel], current name or None
    state_changed = Signal(str, str)  # state ("none", "preparing", "loading", "ready", "error"), text
    progress = Signal("qint64", "qint64")  # done, total bytes (0, 0: busy without a known size)
    ready_changed = Signal(bool)
    remotes_listed = Signal()  # the remote servers' models arrived (the picker shows them)
    _remote_survey_done = Signal(object)  # from the survey thread, delivered on the GUI thread

    def __init__(
        self,
        library: ModelLibrary,
        inference: InferenceController,
        settings: Callable[[], Settings],
        save_settings: Callable[[Settings], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._library = library
        self._inference = inference
        self._settings = settings
        self._save_settings = save_settings
        self.current: str | None = None
        # Remote servers: (endpoints, key lookup) from the app; None keeps the picker local-only.
        self.remote_source: Callable[[], tuple[list, Callable]] | None = None
        self.remote_entries: list = []  # RemotePickerEntry rows after the local models
        self.report: LoadReport | None = None
        self.state = "none"
        self._connect_signals()

    def _connect_signals(self) -> None:
        inference = self._inference
        inference.load_started.connect(self._on_load_started)
        inference.load_progress.connect(self._on_load_progress)
        inference.load_finished.connect(self._on_loaded)
        inference.load_failed.connect(self._on_failed)
        inference.starter_progress.connect(self.progress)
        inference.starter_ready.connect(self._on_starter_ready)
        inference.starter_failed.connect(self._on_failed)
        self._remote_survey_done.connect(self._on_remote_survey)

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def refresh(self) -> list[LocalModel]:
        models = self._library.models()
        self._emit_models(models)
        return models

    def _emit_models(self, models: list) -> None:
        self.models_changed.emit([*models, *self.remote_entries], self.current)

    def refresh_remotes(self) -> None:
        """List every remote server's models on a background thread (a server that is down takes
        seconds to time out); ``remotes_listed`` fires when the picker has them."""
        if self.remote_source is None:
            return
        endpoints, key_for = self.remote_source()

        def survey() -> None:
            from ..core.inference.remote import survey as survey_servers

            self._remote_survey_done.emit(survey_servers(endpoints, key_for))

        threading.Thread(target=survey, name="hearth-remote-survey", daemon=True).start()

    def _on_remote_survey(self, found: list) -> None:
        self.remote_entries = picker_entries(found)
        self._emit_models(self._library.models())
        self.remotes_listed.emit()

    def follow_conversation(self, model: str | None) -> None:
        """An opened conversation was held with a remote model: choose it again (a local model
        stays as the user chose; only a remote choice is per conversation)."""
        if parse_model_ref(model) is not None and model != self.current and self.state != "loading":
            self.select(model)

    @property
    def is_remote(self) -> bool:
        return parse_model_ref(self.current) is not None

    def start(self) -> None:
        """Pick the default (or first usable) model; assemble the starter model when there is none."""
        choice = choose_model(self.refresh(), self._settings().default_model, self._library.starter_available())
        if choice.model is not None:  # the CLI's rule too (core.models.model_choice)
            self.select(choice.model.name)
        elif choice.use_starter:
            self._set_state("preparing", self.tr("Preparing the starter model (first run)…"))
            self._inference.prepare_starter(self._library.models_dir)
        else:
            self._set_state("none", self.tr("No model yet: open Models → Model manager to download one"))

    def select(self, name: str) -> None:
        if name.startswith(REF_PREFIX):
            self._select_remote(name)
            return
        try:
            model = self._library.find(name)
        except LibraryError as exc:
            self._on_failed(str(exc))
            return
        if not model.usable:
            self._on_failed(fill(self.tr("%1 cannot be used: %2"), model.name, model.problem))
            return
        self.current = model.name
        settings = self._settings()
        if settings.default_model != model.name:
            self._save_settings(settings.with_changes(default_model=model.name))
        self._emit_models(self._library.models())
        self.load(model.path)

    def _select_remote(self, ref_text: str) -> None:
        """Connect to a model on a remote server (on the inference thread, like a local load)."""
        from ..core.inference.engine import LoadOptions

        ref = parse_model_ref(ref_text)
        if ref is None:
            self._on_failed(self.tr("“%1” is not a remote model").replace("%1", ref_text))
            return
        self.current = ref.ref
        self._emit_models(self._library.models())
        self._set_state("loading", fill(self.tr("Connecting to %1 for %2…"), ref.remote, ref.model_id))
        self._inference.load(LoadRequest(ref, LoadOptions.from_settings(self._settings()), None))

    def reload(self) -> None:
        """Load the current model again (after context or GPU settings changed)."""
        if self.current:
            self.select(self.current)

    def retune_threads(self) -> bool:
        """Settings → Measure again: forget the remembered thread tune and load the current model
        again (even with unchanged options), which measures afresh. False: no reload started."""
        self._library.thread_tuner.forget_all()
        if not self.current or self.state not in ("ready", "error"):
            return False
        try:
            self.load(self._library.find(self.current).path, force=True)
        except LibraryError as exc:
            self._on_failed(str(exc))
            return False
        return True

    def load(self, path: Path, force: bool = False) -> None:
        from ..core.inference.engine import LoadOptions

        settings = self._settings()
        self._set_state("loading", self.tr("Loading %1…").replace("%1", path.name))
        options = LoadOptions.from_settings(settings, self._library.thread_tuner)
        self._inference.load(LoadRequest(path, options, self._library.hash_cache, force=force))

    def _on_load_started(self, name: str) -> None:
        self._set_state("loading", self.tr("Loading %1…").replace("%1", name))

    def _on_load_progress(self, _what: str, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _on_starter_ready(self, path: str) -> None:
        self.refresh()
        self.select(Path(path).name)

    def _on_loaded(self, report: LoadReport) -> None:
        self.report = report
        if getattr(report, "endpoint_url", ""):  # a remote server: where it runs, which model
            self._set_state("ready", report.summary())
            return
        text = f"{report.path.name} · {report.summary()}"  # backend, layers on the GPU, memory by kind
        if looks_like_base_model(report.path):
            text += f" · {self.tr(BASE_MODEL_NOTE)}"
        for warning in report.warnings:
            if TEMPLATE_FALLBACK in warning:  # the model's own chat template was set aside
                text += f" · {warning}"
        self._set_state("ready", text)
        for warning in report.warnings:
            log.warning("%s", warning)

    def _on_failed(self, message: str) -> None:
        # A failed load may have given a model a verdict (a trial load crashed): the picker must
        # show it as unusable, with the reason, from now on.
        self.refresh()
        self._set_state("error", message)

    def _set_state(self, state: str, text: str) -> None:
        was_ready = self.ready
        self.state = state
        self.state_changed.emit(state, text)
        if was_ready != self.ready:
            self.ready_changed.emit(self.ready)
