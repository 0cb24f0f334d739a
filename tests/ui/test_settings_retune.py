"""Settings → CPU threads: what is in use and why, "Measure again", and nothing slow on the GUI thread.

The engine here is scripted, but the thread tune goes through the real ThreadTuner and the real
library's tune file, as LlamaCppEngine does: every load asks the tuner, which measures only when
it remembers nothing for this machine and model.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.inference.cpu_threads import ThreadChoice, choose_threads
from app.core.inference.engine import LoadOptions, LoadReport
from app.ui import settings_dialog
from app.ui.settings_dialog import FORGOTTEN, MEASURING, SettingsDialog
from tests.fakes import ScriptedEngine

# Four physical cores and eight CPUs: the tuner has three candidates to measure (3, 4 and 8).
MACHINE = ThreadChoice(4, 8, "4 physical cores")
SECONDS_PER_TOKEN = {3: 0.05, 4: 0.10, 8: 0.20}  # 3 threads is clearly fastest


class TuningEngine(ScriptedEngine):
    """A scripted engine whose loads tune their threads the way LlamaCppEngine's do."""

    def __init__(self):
        super().__init__()
        self.measured: list[int] = []  # thread counts timed, over all loads
        self.loads = 0
        self.remembered_at_load: list[bool] = []  # whether a tune result was on disk as each load began

    def load(self, path: Path, options: LoadOptions, model_sha256: str = "") -> LoadReport:
        report = super().load(path, options, model_sha256)
        self.loads += 1
        threads = MACHINE
        if options.tuner is not None and options.n_threads == 0:
            self.remembered_at_load.append(options.tuner.store_path.exists())
            threads = options.tuner.tune(MACHINE, "model-key", self._time_decode)
        return replace(report, threads=threads)

    def _time_decode(self, threads: int) -> float:
        self.measured.append(threads)
        return SECONDS_PER_TOKEN[threads]


@pytest.fixture(autouse=True)
def idle_machine(monkeypatch):
    """The tuner keeps no result measured on a busy machine; this shared test machine often is."""
    monkeypatch.setattr("app.core.inference.thread_tuning.machine_is_busy", lambda usable: False)


def _ready(qtbot, hearth):
    hearth.start()
    qtbot.waitUntil(lambda: hearth.models.ready, timeout=30000)


def test_measure_again_forgets_the_remembered_tune_and_measures_on_the_reload(qtbot, make_app, scripted_model):
    engine = TuningEngine()
    hearth = make_app(lambda: engine)
    _ready(qtbot, hearth)
    tune_file = hearth.library.thread_tuner.store_path
    assert sorted(set(engine.measured)) == [3, 4, 8] and tune_file.exists()  # the first load measured
    assert hearth.models.report.threads.describe() == "3 threads (8 for prompts): 4 physical cores, tuned"

    # Another context length loads the model again, with the remembered count: nothing is timed.
    hearth.apply_settings(hearth.settings.get().with_changes(context_length=2048))
    qtbot.waitUntil(lambda: engine.loads == 2 and hearth.models.ready, timeout=10000)
    measured_before = len(engine.measured)
    assert measured_before == 6

    dialog = SettingsDialog.for_window(hearth.settings.get(), hearth.models, hearth.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.threads_status.text() == "3 threads (8 for prompts): 4 physical cores, tuned"
    assert dialog.retune_button.isVisible() and dialog.retune_button.isEnabled()
    qtbot.mouseClick(dialog.retune_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: engine.loads == 3 and hearth.models.ready, timeout=10000)
    assert engine.remembered_at_load == [False, True, False]  # forgotten before the third load began
    assert len(engine.measured) > measured_before  # measured again
    assert tune_file.exists()  # and remembered again
    # The open dialog follows the reload and says what is in use now.
    qtbot.waitUntil(lambda: dialog.threads_status.text() != MEASURING, timeout=5000)
    assert dialog.threads_status.text().endswith("tuned")
    dialog.reject()


def test_measure_again_empties_the_tune_file_even_with_no_model_loaded(qtbot, make_app, hearth_home):
    hearth = make_app(lambda: TuningEngine())
    tuner = hearth.library.thread_tuner
    tuner.tune(MACHINE, "model-key", SECONDS_PER_TOKEN.__getitem__)  # a result from an earlier run
    assert tuner.store_path.exists()
    dialog = SettingsDialog.for_window(hearth.settings.get(), hearth.models, hearth.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.retune_button, Qt.MouseButton.LeftButton)
    assert not tuner.store_path.exists()
    assert dialog.threads_status.text() == FORGOTTEN  # nothing is loading: it says when it will measure
    again = tuner.tune(MACHINE, "model-key", lambda n: 0.1)  # measured again: a tie keeps the default
    assert again.generation == MACHINE.generation
    dialog.reject()


def test_before_a_load_the_dialog_shows_what_the_next_load_starts_from(qtbot, make_app, hearth_home):
    hearth = make_app(lambda: TuningEngine())
    dialog = SettingsDialog.for_window(hearth.settings.get(), hearth.models, hearth.window)
    qtbot.addWidget(dialog)
    expected = choose_threads(0).describe()
    assert dialog.threads_status.text().startswith(expected)
    assert "measured when a model loads" in dialog.threads_status.text()
    dialog.reject()


def test_a_number_set_by_hand_is_not_measured_so_the_button_is_off(qtbot, make_app, hearth_home):
    hearth = make_app(lambda: TuningEngine())
    settings = hearth.settings.get().with_changes(threads=3)
    dialog = SettingsDialog.for_window(settings, hearth.models, hearth.window)
    qtbot.addWidget(dialog)
    assert dialog.threads_status.text() == "3 threads: set in Settings"
    assert not dialog.retune_button.isEnabled()
    dialog.threads.setValue(0)  # back to automatic: measuring makes sense again
    assert dialog.retune_button.isEnabled()
    dialog.reject()


def test_opening_settings_asks_llama_cpp_about_the_gpu_off_the_gui_thread(qtbot, make_app, hearth_home, monkeypatch):
    asked_on: list[threading.Thread] = []
    gate = threading.Event()

    def slow_probe() -> bool:
        asked_on.append(threading.current_thread())
        gate.wait(10)  # as slow as importing llama.cpp can be: the dialog must not wait for it
        return False

    monkeypatch.setattr("app.core.inference.engine.gpu_offload_supported", slow_probe)
    monkeypatch.setattr(settings_dialog, "_gpu_support", None)
    hearth = make_app(lambda: TuningEngine())
    opened: list[SettingsDialog] = []
    hidden_while_asking: list[bool] = []

    def look_then_close():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog)
        try:
            hidden_while_asking.append(dialog.gpu_note.isHidden())  # not known yet: no claim either way
            gate.set()
            qtbot.waitUntil(lambda: not dialog.gpu_note.isHidden(), timeout=5000)  # the answer arrived
        finally:
            gate.set()
            dialog.reject()

    QTimer.singleShot(0, look_then_close)
    hearth.window.settings_action.trigger()  # the real menu path: a modal dialog, closed by the timer
    assert opened and isinstance(opened[0], SettingsDialog)
    assert hidden_while_asking == [True]
    assert asked_on and asked_on[0] is not threading.main_thread()
    assert settings_dialog._gpu_support is False  # remembered: the next opening asks nobody


def test_after_a_load_the_report_answers_the_gpu_question(qtbot, make_app, scripted_model, monkeypatch):
    monkeypatch.setattr(
        "app.core.inference.engine.gpu_offload_supported", lambda: pytest.fail("the loaded model's report already says")
    )
    monkeypatch.setattr(settings_dialog, "_gpu_support", None)
    hearth = make_app(lambda: TuningEngine())
    _ready(qtbot, hearth)
    dialog = SettingsDialog.for_window(hearth.settings.get(), hearth.models, hearth.window)
    qtbot.addWidget(dialog)
    assert not dialog.gpu_note.isHidden()  # the scripted report: no GPU offload in this build
    dialog.reject()
