"""The model manager's Downloads tab: one row per file with a progress bar, speed, ETA and
pause/resume/cancel. Transfers run in the download service's thread and go on while the window
is closed; the dialog connects the service's signals to the slots here (``_connect_signals``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.base.system import format_bytes
from ..core.models.downloads import CANCELLED, DONE, FAILED, PAUSED, QUEUED, RUNNING, DownloadProgress
from .download_worker import DownloadService
from .model_manager_common import Prompts, cell, make_table
from .text_args import fill

BUTTONS_COLUMN = 5
STATE_COLUMN = 4


class DownloadsTab(QWidget):
    """The download queue on screen."""

    model_arrived = Signal(str)  # a download finished and its sha256 matched (path)
    token_needed = Signal(str, str)  # job id, the hub's message: a gated file needs a token

    def __init__(self, service: DownloadService, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._service, self._prompts = service, prompts
        self._bars: dict[str, QProgressBar] = {}
        self._job_rows: dict[str, int] = {}
        self.downloads_table = make_table(
            [self.tr("Model"), self.tr("Progress"), self.tr("Speed"), self.tr("ETA"), self.tr("State"), ""]
        )
        self.downloads_table.setAccessibleName(self.tr("Downloads"))
        self.downloads_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.downloads_status = QLabel(self.tr("Downloads resume where they stopped, even after quitting Hearth."))
        self.downloads_status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.downloads_status, 1)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.downloads_table, 1)
        layout.addLayout(bottom)
        self._connect_signals()

    def _connect_signals(self) -> None:
        """This tab's own buttons; the service's signals are connected by the dialog."""
        self.clear_button.clicked.connect(self._clear_finished)

    # ------------------------------------------------------------------ rows
    def refresh_downloads(self) -> None:
        jobs = [j for j in self._service.jobs() if j.state != CANCELLED]
        self.downloads_table.setRowCount(len(jobs))
        self._bars.clear()
        self._job_rows.clear()
        for row, job in enumerate(jobs):
            self._job_rows[job.id] = row
            self.downloads_table.setItem(row, 0, cell(job.name, f"{job.repo_id}\n{job.path}"))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(100 if job.state == DONE else int(100 * job.done_bytes / job.size) if job.size else 0)
            self._bars[job.id] = bar
            self.downloads_table.setCellWidget(row, 1, bar)
            self.downloads_table.setItem(row, 2, cell("", align_right=True))
            self.downloads_table.setItem(row, 3, cell("", align_right=True))
            self.downloads_table.setItem(row, STATE_COLUMN, cell(job.state, job.error))
            self.downloads_table.setCellWidget(row, BUTTONS_COLUMN, self._job_buttons(job.id))
            self._set_state(job.id, job.state, job.error)

    def _job_buttons(self, job_id: str) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        pause = QPushButton(self.tr("Pause"))
        pause.setObjectName("pause")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancel")
        self._connect_job_buttons(job_id, pause, cancel)
        for button in (pause, cancel):
            button.setAutoDefault(False)  # Enter in the search box must not press them
            layout.addWidget(button)
        return box

    def _connect_job_buttons(self, job_id: str, pause: QPushButton, cancel: QPushButton) -> None:
        pause.clicked.connect(lambda: self._toggle_pause(job_id))
        cancel.clicked.connect(lambda: self._cancel(job_id))

    def job_button(self, job_id: str, name: str) -> QPushButton:
        """The Pause/Resume ("pause") or Cancel ("cancel") button of a download row."""
        return self.downloads_table.cellWidget(self._job_rows[job_id], BUTTONS_COLUMN).findChild(QPushButton, name)

    def progress_bar(self, job_id: str) -> QProgressBar:
        return self._bars[job_id]

    def _toggle_pause(self, job_id: str) -> None:
        job = self._service.manager.queue.get(job_id)
        if job is None:
            return
        if job.state in (QUEUED, RUNNING):
            self._service.pause(job_id)
        else:
            self._service.resume(job_id)

    def _cancel(self, job_id: str) -> None:
        if self._prompts.confirm(
            self,
            self.tr("Cancel download"),
            self.tr("Cancel this download and delete the part already downloaded?"),
        ):
            self._service.cancel(job_id)

    @Slot()
    def _clear_finished(self) -> None:
        self._service.clear_finished()
        self.refresh_downloads()

    def _state_label(self, state: str, message: str) -> str:
        if state == FAILED and message:
            return self.tr("failed: %1").replace("%1", message)
        labels = {
            RUNNING: self.tr("downloading"),
            QUEUED: self.tr("waiting"),
            DONE: self.tr("done (verified)"),
            PAUSED: self.tr("paused"),
            FAILED: self.tr("failed"),
            CANCELLED: self.tr("cancelled"),
        }
        return labels.get(state, state)

    def _set_state(self, job_id: str, state: str, message: str = "") -> None:
        row = self._job_rows.get(job_id)
        if row is None:
            return
        self.downloads_table.setItem(row, STATE_COLUMN, cell(self._state_label(state, message), message))
        buttons = self.downloads_table.cellWidget(row, BUTTONS_COLUMN)
        if buttons is not None:
            pause = buttons.findChild(QPushButton, "pause")
            pause.setText(self.tr("Pause") if state in (QUEUED, RUNNING) else self.tr("Resume"))
            pause.setEnabled(state not in (DONE, CANCELLED))
            buttons.findChild(QPushButton, "cancel").setEnabled(state not in (DONE, CANCELLED))
        if state in (PAUSED, FAILED, DONE, CANCELLED):
            self.downloads_table.setItem(row, 2, cell("", align_right=True))
            self.downloads_table.setItem(row, 3, cell("", align_right=True))

    # ------------------------------------------------- the service's signals
    @Slot(object)
    def on_progress(self, progress: DownloadProgress) -> None:
        bar = self._bars.get(progress.job_id)
        if bar is None:
            self.refresh_downloads()
            bar = self._bars.get(progress.job_id)
            if bar is None:
                return
        bar.setValue(int(100 * progress.fraction))
        if progress.phase == "checking":
            bar.setFormat(self.tr("checking %p%"))
        else:
            bar.setFormat(self.tr("verifying") if progress.phase == "verifying" else "%p%")
        row = self._job_rows[progress.job_id]
        if progress.phase == "downloading":
            self.downloads_table.item(row, 2).setText(self.tr("%1/s").replace("%1", format_bytes(progress.speed)))
            self.downloads_table.item(row, 3).setText(eta_text(progress.eta))

    @Slot(str, str)
    def on_job_changed(self, job_id: str, state: str) -> None:
        if job_id not in self._job_rows:
            self.refresh_downloads()
        if state == CANCELLED:
            self.refresh_downloads()
            return
        self._set_state(job_id, state)

    @Slot(str, str)
    def on_job_finished(self, job_id: str, path: str) -> None:
        if job_id in self._bars:
            self._bars[job_id].setValue(100)
            self._bars[job_id].setFormat("%p%")
        self._set_state(job_id, DONE)
        self.downloads_status.setText(self.tr("%1 is ready: sha256 verified.").replace("%1", Path(path).name))
        self.model_arrived.emit(path)

    @Slot(str, str, str)
    def on_job_failed(self, job_id: str, message: str, kind: str) -> None:
        self._set_state(job_id, FAILED, message)
        self.downloads_status.setText(message)
        if kind == "auth":
            self.token_needed.emit(job_id, message)


def eta_text(seconds: float | None) -> str:
    """Time left, as a person says it: "2 min 05 s", "1 h 03 min"."""
    if seconds is None:
        return ""
    seconds = int(seconds)
    if seconds >= 3600:
        return fill(
            QCoreApplication.translate("ModelManager", "%1 h %2 min"), seconds // 3600, f"{seconds % 3600 // 60:02d}"
        )
    if seconds >= 60:
        return fill(QCoreApplication.translate("ModelManager", "%1 min %2 s"), seconds // 60, f"{seconds % 60:02d}")
    return QCoreApplication.translate("ModelManager", "%1 s").replace("%1", str(seconds))
