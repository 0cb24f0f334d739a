"""The model manager window (pytest-qt, offscreen) against the local HTTP hub: download the real
starter Gemma through the dialog, watch the bar reach 100 %, then chat with what arrived."""

from __future__ import annotations

import pytest

from app.core.base.secrets import TokenStore
from app.core.base.settings import Settings
from app.core.models.downloads import DownloadOptions
from app.core.models.library import COPY, ModelLibrary
from tests.fakes_hub import fake_hub, gguf_bytes, memory_keyring, sha256_hex, write_gguf  # noqa: F401

STARTER_REPO = "ggml-org/gemma-3-270m-it-GGUF"
WAIT_MS = 120_000


class SettingsHolder:
    def __init__(self):
        self.value = Settings()
        self.saved: list[Settings] = []

    def get(self) -> Settings:
        return self.value

    def save(self, settings: Settings) -> None:
        self.value = settings
        self.saved.append(settings)


@pytest.fixture
def make_dialog(qtbot, app_paths, fake_hub, memory_keyring):
    from app.ui.download_worker import DownloadService
    from app.ui.model_manager import ModelManagerDialog

    made = []

    def make(**options):
        settings = SettingsHolder()
        store = TokenStore()
        service = DownloadService(
            app_paths,
            store.get,
            endpoint=fake_hub.endpoint,
            options=DownloadOptions(backoff=0.01, progress_interval=0.02, **options),
        )
        dialog = ModelManagerDialog(app_paths, store, settings.get, settings.save, service=service)
        dialog.confirm = lambda *args: True
        qtbot.addWidget(dialog)
        made.append(service)
        return dialog, settings

    yield make
    for service in made:
        service.shutdown()


def _open(qtbot, dialog, repo):
    with qtbot.waitSignal(dialog.files_loaded, timeout=WAIT_MS):
        dialog.discover.open_repo(repo)


def test_download_through_the_dialog_reaches_100_percent_then_chat_with_it(
    qtbot, make_dialog, fake_hub, starter_gguf, app_paths
):
    from PySide6.QtCore import Qt

    from app.core.base.settings import SamplingParams
    from app.core.history.conversation import Role
    from app.core.inference.engine import LlamaCppEngine, LoadOptions
    from app.core.inference.prompting import ChatMessage

    fake_hub.add_repo(STARTER_REPO, {"gemma-3-270m-it-Q4_K_M.gguf": starter_gguf})
    dialog, _settings = make_dialog()
    dialog.show()
    _open(qtbot, dialog, STARTER_REPO)
    assert dialog.discover.files_table.item(0, 1).text() == "Q4_K_M"
    assert dialog.discover.files_table.item(0, 5).text() == "★ recommended"  # 250 MB fits any test machine
    dialog.discover.select_file("gemma-3-270m-it-Q4_K_M.gguf")

    values: list[int] = []
    dialog.service.progress.connect(lambda p: values.append(dialog.downloads.progress_bar(p.job_id).value()))
    with qtbot.waitSignals([dialog.service.job_finished, dialog.library_changed], timeout=WAIT_MS):
        qtbot.mouseClick(dialog.discover.download_button, Qt.MouseButton.LeftButton)
        assert dialog.tabs.currentIndex() == 1
        dialog.close()  # downloads carry on while the window is closed

    (job,) = dialog.service.jobs()
    assert dialog.downloads.progress_bar(job.id).value() == 100
    assert values and values[-1] == 100
    path = app_paths.models_dir / "gemma-3-270m-it-Q4_K_M.gguf"
    assert sha256_hex(path) == sha256_hex(starter_gguf)
    assert dialog.library_tab.library_names() == ["gemma-3-270m-it-Q4_K_M.gguf"]

    engine = LlamaCppEngine()
    try:
        engine.load(path, LoadOptions(n_ctx=1024, n_gpu_layers=0))
        pieces: list[str] = []
        result = engine.generate(
            [ChatMessage(Role.USER, "Say hello.")],
            None,
            SamplingParams(temperature=0.0, max_tokens=8, seed=1),
            pieces.append,
            lambda: False,
        )
    finally:
        engine.unload()
    assert result.text.strip() and result.stats.completion_tokens > 0


def test_gated_download_asks_for_a_token_then_resumes(qtbot, make_dialog, fake_hub, memory_keyring, app_paths):
    data = gguf_bytes(padding=200_000)
    fake_hub.add_repo("google/gemma-3-1b-it-qat-q4_0-gguf", {"gemma-3-1b-it-q4_0.gguf": data}, gated=True)
    fake_hub.tokens.add("hf_dialog_token")
    dialog, _ = make_dialog()
    asked: list[str] = []
    dialog.token_prompt = lambda parent, message: asked.append(message) or "hf_dialog_token"
    _open(qtbot, dialog, "google/gemma-3-1b-it-qat-q4_0-gguf")
    dialog.discover.select_file("gemma-3-1b-it-q4_0.gguf")
    with qtbot.waitSignal(dialog.service.job_finished, timeout=WAIT_MS):
        dialog.discover.download_selected()
    assert asked and "accept the license" in asked[0]
    assert list(memory_keyring.passwords.values()) == ["hf_dialog_token"]
    assert (app_paths.models_dir / "gemma-3-1b-it-q4_0.gguf").read_bytes() == data


def test_pause_resume_and_cancel_buttons(qtbot, make_dialog, fake_hub, app_paths):
    from PySide6.QtCore import Qt

    data = gguf_bytes(padding=3_000_000)
    fake_hub.add_repo("o/slow-GGUF", {"slow-Q4_K_M.gguf": data, "other-Q8_0.gguf": data + b"!"})
    fake_hub.throttle["slow-Q4_K_M.gguf"] = 500_000
    dialog, _ = make_dialog()
    _open(qtbot, dialog, "o/slow-GGUF")
    dialog.discover.select_file("slow-Q4_K_M.gguf")
    dialog.discover.download_selected()
    (job,) = dialog.service.jobs()
    part = app_paths.models_dir / "slow-Q4_K_M.gguf.part"
    qtbot.waitUntil(lambda: part.exists() and part.stat().st_size > 100_000, timeout=WAIT_MS)

    # Wait for the state itself: an `idle` from an earlier run of the queue may still be on its way.
    qtbot.mouseClick(dialog.downloads.job_button(job.id, "pause"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.service.manager.queue.get(job.id).state == "paused", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: job.id not in dialog.service.manager.active_ids(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.downloads.job_button(job.id, "pause").text() == "Resume", timeout=WAIT_MS)
    kept = part.stat().st_size

    fake_hub.throttle.clear()
    with qtbot.waitSignal(dialog.service.job_finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.downloads.job_button(job.id, "pause"), Qt.MouseButton.LeftButton)
    assert fake_hub.file_gets("slow-Q4_K_M.gguf")[-1].range == f"bytes={kept}-"
    assert dialog.downloads.progress_bar(job.id).value() == 100

    fake_hub.throttle["other-Q8_0.gguf"] = 300_000
    dialog.discover.select_file("other-Q8_0.gguf")
    dialog.tabs.setCurrentIndex(0)
    dialog.discover.download_selected()
    other = next(j for j in dialog.service.jobs() if j.name == "other-Q8_0.gguf")
    other_part = app_paths.models_dir / "other-Q8_0.gguf.part"
    qtbot.waitUntil(lambda: other_part.exists() and other_part.stat().st_size > 0, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.downloads.job_button(other.id, "cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.service.manager.queue.get(other.id).state == "cancelled", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: other.id not in dialog.service.manager.active_ids(), timeout=WAIT_MS)
    assert not other_part.exists() and not (app_paths.models_dir / "other-Q8_0.gguf").exists()


def test_no_disk_room_is_refused_with_a_message(qtbot, make_dialog, fake_hub, app_paths, monkeypatch):
    import shutil
    from collections import namedtuple

    from PySide6.QtWidgets import QMessageBox

    fake_hub.add_repo("o/r-GGUF", {"m-Q4_K_M.gguf": gguf_bytes(padding=10_000)})
    dialog, _ = make_dialog()
    _open(qtbot, dialog, "o/r-GGUF")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(shutil, "disk_usage", lambda p: namedtuple("u", "total used free")(100, 100, 0))
    dialog.discover.download_selected()
    assert warnings and "not enough disk space" in warnings[0]
    assert dialog.service.jobs() == []


def test_library_tab_import_verify_default_delete(qtbot, make_dialog, app_paths, tmp_path):
    dialog, settings = make_dialog()
    source = write_gguf(tmp_path / "mine-Q4_K_M.gguf", padding=20_000)
    (app_paths.models_dir / "broken.gguf").write_bytes(b"not a model")
    dialog.library_tab.refresh_library()
    assert "cannot be used" in dialog.library_tab.library_table.item(0, 9).text()

    with qtbot.waitSignal(dialog.library_changed, timeout=WAIT_MS):
        dialog.library_tab.import_files([source], COPY)
    assert dialog.library_tab.library_names() == ["broken.gguf", "mine-Q4_K_M.gguf"]

    dialog.library_tab.select_model("mine-Q4_K_M.gguf")
    with qtbot.waitSignal(dialog.library_changed):
        dialog.library_tab.set_default_selected()
    assert settings.value.default_model == "mine-Q4_K_M.gguf"
    assert dialog.library_tab.library_table.item(1, 0).text() == "★"

    dialog.library_tab.select_model("mine-Q4_K_M.gguf")
    dialog.library_tab.verify_selected()
    qtbot.waitUntil(lambda: dialog.library_tab.library_status.text().startswith("Verified"), timeout=WAIT_MS)

    dialog.library_tab.select_model("broken.gguf")
    dialog.library_tab.set_default_selected()
    assert "cannot be the default" in dialog.library_tab.library_status.text()

    dialog.library_tab.select_model("mine-Q4_K_M.gguf")
    with qtbot.waitSignal(dialog.library_changed):
        dialog.library_tab.delete_selected()
    assert dialog.library_tab.library_names() == ["broken.gguf"]
    assert settings.value.default_model is None and source.exists()


def test_dropped_files_import_in_the_task_thread_while_the_window_keeps_ticking(
    qtbot, app_paths, tmp_path, monkeypatch
):
    """The one import path: a copy runs in the task thread (never the GUI thread, never with
    processEvents), a timer on the GUI thread keeps ticking meanwhile, failures come in one message."""
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QWidget

    from app.ui.download_worker import DownloadService
    from app.ui.tasks import start_model_import

    parent = QWidget()
    qtbot.addWidget(parent)
    good = write_gguf(tmp_path / "dropped.gguf", padding=2_000_000)
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"nope")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: warnings.append(text))
    copied_on: list[str] = []
    real_import = ModelLibrary.import_file

    def slow_import(self, source, mode, progress=None):  # a slow disk: the copy takes a while
        copied_on.append(threading.current_thread().name)
        time.sleep(0.6)
        return real_import(self, source, mode, progress)

    monkeypatch.setattr(ModelLibrary, "import_file", slow_import)
    service = DownloadService(app_paths, lambda: None)
    try:
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)
        outcomes = []
        job = start_model_import(
            [good, bad, tmp_path / "notes.txt"],
            ModelLibrary(app_paths.models_dir),
            service,
            parent,
            lambda parent, files: COPY,
            outcomes.append,
        )
        assert job is not None and job.progress_dialog is not None
        qtbot.waitUntil(lambda: bool(outcomes), timeout=WAIT_MS)
        timer.stop()
    finally:
        service.shutdown()
    (outcome,) = outcomes
    assert [m.name for m in outcome.imported] == ["dropped.gguf"]
    assert (app_paths.models_dir / "dropped.gguf").read_bytes() == good.read_bytes()
    assert copied_on and threading.main_thread().name not in copied_on
    assert len(ticks) >= 10  # 1.2 s of copying; a blocked GUI thread would not have ticked at all
    assert warnings and "bad.gguf" in warnings[0]
    nothing = start_model_import(
        [good], ModelLibrary(app_paths.models_dir), service, parent, lambda parent, files: None, outcomes.append
    )
    assert nothing is None


# ------------------------------------------------- the window must not block
def test_context_spin_steps_probe_the_machine_at_most_once_and_off_the_gui_thread(
    qtbot, make_dialog, fake_hub, monkeypatch
):
    import threading

    from app.core.models.hub import Machine
    from app.ui import model_manager_discover

    probes: list[str] = []

    def probe() -> Machine:
        probes.append(threading.current_thread().name)
        return Machine(16 * 1024**3, 8 * 1024**3)

    monkeypatch.setattr(model_manager_discover, "probe_machine", probe)
    fake_hub.add_repo("o/r-GGUF", {"m-Q4_K_M.gguf": gguf_bytes(padding=10_000)})
    dialog, _ = make_dialog()
    _open(qtbot, dialog, "o/r-GGUF")
    assert dialog.discover.files_table.item(0, 4).text() == "fits"
    for _ in range(12):
        dialog.discover.ctx_spin.stepBy(1)
    dialog.discover.ctx_spin.stepBy(-3)
    assert len(probes) == 1 and probes[0] != threading.main_thread().name
    assert "16.0 GB RAM" in dialog.discover.machine_label.text()


@pytest.fixture
def offline_dialog(qtbot, app_paths, memory_keyring, monkeypatch):
    """The model manager pointed at a port on 127.0.0.1 where nothing listens; connects counted."""
    import socket

    from app.ui.download_worker import DownloadService
    from app.ui.model_manager import ModelManagerDialog

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    attempts: list[int] = []
    real = socket.create_connection

    def counting(address, *args, **kwargs):
        if address[1] == port:
            attempts.append(port)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", counting)
    settings = SettingsHolder()
    store = TokenStore()
    service = DownloadService(app_paths, store.get, endpoint=f"http://127.0.0.1:{port}")
    dialog = ModelManagerDialog(app_paths, store, settings.get, settings.save, service=service)
    qtbot.addWidget(dialog)
    yield dialog, attempts
    service.shutdown()


def test_offline_one_enter_is_one_quick_search_and_says_offline(qtbot, offline_dialog):
    from PySide6.QtCore import Qt

    dialog, attempts = offline_dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.discover.search_box.setFocus()
    qtbot.keyClicks(dialog.discover.search_box, "gemma")
    qtbot.keyClick(dialog.discover.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "offline" in dialog.discover.discover_status.text(), timeout=15_000
    )  # hang guard, not timing
    qtbot.wait(300)  # a second search, had one been fired, would have connected by now
    assert attempts == [attempts[0]]
    message = dialog.discover.discover_status.text()
    assert message.startswith("You appear to be offline") and "connection refused" in message

    assert not dialog.discover.download_button.isEnabled()  # nothing selected: nothing to download
    dialog.discover.download_selected()
    assert dialog.discover.discover_status.text() == message  # the connection error stays in view


def test_every_string_of_the_model_manager_goes_through_the_translator(qtbot, qapp, make_dialog, app_paths):
    """A pseudo-translation run (issue 11/15: strings in tr()): each label, button, tab, column
    header and placeholder of the Discover, Downloads and Library tabs comes back bracketed."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from app.ui.i18n import PSEUDO_OPEN, PseudoTranslator

    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        write_gguf(app_paths.models_dir / "mine-Q4_K_M.gguf", padding=1000)
        dialog, _ = make_dialog()
        dialog.show()
        qtbot.waitUntil(lambda: dialog.discover._machine is not None, timeout=WAIT_MS)
        tabs = [dialog.discover, dialog.downloads, dialog.library_tab]
        texts = [dialog.windowTitle(), dialog.discover.search_box.placeholderText()]
        for index, tab in enumerate(tabs):
            dialog.tabs.setCurrentIndex(index)
            texts.append(dialog.tabs.tabText(index))
            texts += [w.text() for w in tab.findChildren(QLabel) + tab.findChildren(QAbstractButton) if w.isVisible()]
        for table in (dialog.discover.files_table, dialog.downloads.downloads_table, dialog.library_tab.library_table):
            texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        texts.append(dialog.library_tab.library_table.item(0, 9).text())  # "ok"
    finally:
        qapp.removeTranslator(translator)
    words = [t for t in texts if any(c.isalpha() for c in t)]
    assert len(words) > 25
    assert [t for t in words if not t.startswith(PSEUDO_OPEN)] == []
