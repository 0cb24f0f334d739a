"""The model manager window: find, download and keep Gemma GGUF models.

Three tabs:

* **Discover**: the curated Gemma catalogue and a free search of the hub; a repository's GGUF
  files with quant, size, memory needed at the chosen context, and whether that fits this
  machine (the best-fitting one is marked recommended); Download.
* **Downloads**: one row per file with a progress bar, speed, ETA, and pause/resume/cancel.
  Transfers run in :class:`~app.ui.download_worker.DownloadService`'s thread and continue while
  this window is closed.
* **Library**: the local models with their metadata and problems; import (copy or link), delete
  (with confirmation), re-verify the sha256, set the default model.

The dialog is thin: everything it does is a call into ``app.core`` (hub, downloads, library),
slow calls through the service's task thread. Dependencies come in through the constructor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.base.paths import AppPaths
from ..core.base.secrets import TokenStore
from ..core.base.settings import Settings
from ..core.base.system import format_bytes
from ..core.models.downloads import CANCELLED, DONE, FAILED, PAUSED, QUEUED, RUNNING, DownloadError, DownloadProgress
from ..core.models.hub import FITS, TIGHT, HubAuthError, HubError, Machine, RepoListing, assess, load_catalogue
from ..core.models.library import COPY, LINK, LibraryError, ModelLibrary, with_default_model
from ..core.models.memory import estimate_for_file
from .download_worker import DownloadService

log = logging.getLogger(__name__)

TOKEN_HELP = (
    "Gated Gemma repositories need a Hugging Face read token, and the license accepted on the "
    "model's page with the same account. Create a token at https://huggingface.co/settings/tokens."
)


# ------------------------------------------------------------ small prompts
def ask_for_token(parent: QWidget | None, message: str) -> str | None:
    """Ask for a Hugging Face token (input hidden). None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent, "Hugging Face token", f"{message}\n\n{TOKEN_HELP}\n\nToken:", QLineEdit.EchoMode.Password
    )
    return text.strip() if ok and text.strip() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_import_mode(parent: QWidget | None, paths: list[Path]) -> str | None:
    """Copy or link? None when the user cancels."""
    box = QMessageBox(parent)
    box.setWindowTitle("Import model")
    names = ", ".join(p.name for p in paths[:3]) + ("..." if len(paths) > 3 else "")
    box.setText(f"Add {names} to the library.")
    box.setInformativeText(
        "Copy: the library keeps its own file (uses disk space).\n"
        "Link: no extra space; the original file must stay where it is."
    )
    copy = box.addButton("Copy", QMessageBox.ButtonRole.AcceptRole)
    link = box.addButton("Link", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return COPY if box.clickedButton() is copy else LINK if box.clickedButton() is link else None


def probe_machine() -> Machine:
    """This machine's memory and usable GPU memory (runs ``nvidia-smi``; call off the GUI thread)."""
    return Machine.current()


def _item(text: str, tooltip: str = "", align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(tooltip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


# ------------------------------------------------------------------ dialog
class ModelManagerDialog(QDialog):
    """Discover / Downloads / Library. Keep one instance: closing only hides it."""

    library_changed = Signal()  # the set of local models or the default changed
    files_loaded = Signal(str)  # a repository's file list is on screen (repo id)

    def __init__(
        self,
        paths: AppPaths,
        token_store: TokenStore,
        get_settings: Callable[[], Settings],
        save_settings: Callable[[Settings], None],
        service: DownloadService | None = None,
        parent: QWidget | None = None,
        endpoint: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle("Models")
        self.resize(1000, 640)
        self.paths = paths
        self.token_store = token_store
        self._get_settings = get_settings
        self._save_settings = save_settings
        self.library = ModelLibrary(paths.models_dir)
        self._owns_service = service is None
        self.service = (
            service if service is not None else DownloadService(paths, token_store.get, endpoint=endpoint, parent=self)
        )
        # Replaceable prompts (tests answer them without a modal dialog).
        self.token_prompt: Callable[[QWidget | None, str], str | None] = ask_for_token
        self.confirm: Callable[[QWidget | None, str, str], bool] = confirm
        self.choose_import_mode: Callable[[QWidget | None, list[Path]], str | None] = ask_import_mode
        self._listing: RepoListing | None = None
        self._choices: list = []
        self._callbacks: dict[str, tuple[Callable, Callable, QLabel | None]] = {}  # task id -> done, error, status
        self._bars: dict[str, QProgressBar] = {}
        self._job_rows: dict[str, int] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_discover(), "Discover")
        self.tabs.addTab(self._build_downloads(), "Downloads")
        self.tabs.addTab(self._build_library(), "Library")
        from .remote_servers_page import RemoteServersPage  # issue 13: OpenAI-compatible servers

        self.remote_servers = RemoteServersPage(paths.config_dir, self)
        self.tabs.addTab(self.remote_servers, "Remote servers")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for button in self.findChildren(QPushButton):
            # In a dialog, Enter in the search box would also "click" the default button: two searches.
            button.setAutoDefault(False)
            button.setDefault(False)
        self._connect_service()
        self.show_catalogue()
        self.refresh_downloads()
        self.refresh_library()
        if self._owns_service:
            self.service.start_pending()

    # ================================================================ Discover
    def _build_discover(self) -> QWidget:
        page = QWidget()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search Hugging Face for GGUF models, e.g. gemma 3 4b")
        self.search_box.returnPressed.connect(self.search)
        self.search_box.setAccessibleName(self.tr("Search Hugging Face"))
        search_button = QPushButton("Search")
        search_button.clicked.connect(self.search)
        self._searching: str | None = None  # the query in flight: Enter again does not start a second one
        curated = QPushButton("Curated Gemma")
        curated.clicked.connect(self.show_catalogue)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(search_button)
        top.addWidget(curated)

        self.repo_list = QListWidget()
        self.repo_list.setMinimumWidth(330)
        self.repo_list.setAccessibleName(self.tr("Model repositories"))
        self.repo_list.currentItemChanged.connect(self._repo_selected)
        self.files_table = _table(["File", "Quant", "Size", "Memory", "Fit", ""])
        self.files_table.doubleClicked.connect(self.download_selected)
        self.files_table.setAccessibleName(self.tr("Model files"))
        self.ctx_spin = QSpinBox()
        self.ctx_spin.setRange(512, 1_048_576)
        self.ctx_spin.setSingleStep(1024)
        self.ctx_spin.setValue(self._get_settings().context_length)
        self.ctx_spin.setAccessibleName(self.tr("Context length for the fit estimate"))
        self.ctx_spin.valueChanged.connect(self._reassess)
        self.download_button = QPushButton("Download")
        self.download_button.clicked.connect(self.download_selected)
        self.download_button.setEnabled(False)  # until a file is selected
        self.files_table.itemSelectionChanged.connect(self._update_download_button)
        self.token_button = QPushButton("Hugging Face token...")
        self.token_button.clicked.connect(lambda: self.ask_token("Store a token for gated repositories."))
        forget = QPushButton("Forget token")
        forget.clicked.connect(self.forget_token)
        self.discover_status = QLabel()
        self.discover_status.setWordWrap(True)
        self.discover_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.machine_label = QLabel("This machine: checking memory...")
        self._machine: Machine | None = None  # probed once per dialog in the task thread (nvidia-smi, llama_cpp)
        self._probe_machine()

        right = QVBoxLayout()
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Context for the memory estimate:"))
        controls.addWidget(self.ctx_spin)
        controls.addStretch(1)
        controls.addWidget(self.machine_label)
        right.addLayout(controls)
        right.addWidget(self.files_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.token_button)
        buttons.addWidget(forget)
        buttons.addStretch(1)
        buttons.addWidget(self.download_button)
        right.addLayout(buttons)
        right.addWidget(self.discover_status)
        middle = QHBoxLayout()
        middle.addWidget(self.repo_list)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        return page

    def _probe_machine(self) -> None:
        """Memory and GPU facts, once: ``nvidia-smi`` and importing llama_cpp must not run on the GUI
        thread, and certainly not at every step of the context spin box."""

        def done(machine: Machine) -> None:
            self._machine = machine
            gpu = f", GPU {format_bytes(machine.vram)}" if machine.vram else ", no GPU offload in this build"
            self.machine_label.setText(
                f"This machine: {format_bytes(machine.total_ram)} RAM, {format_bytes(machine.available_ram)} free{gpu}"
            )
            self._reassess()

        def failed(exc: Exception) -> None:
            log.warning("could not read this machine's memory: %s", exc.__class__.__name__)
            done(Machine(None, None))

        self._run(lambda report: probe_machine(), done, failed)

    @Slot()
    def show_catalogue(self) -> None:
        self.repo_list.clear()
        for entry in load_catalogue():
            gated = "  (gated)" if entry.gated else ""
            item = QListWidgetItem(f"{entry.name}{gated}\n    {entry.repo_id}")
            item.setData(Qt.ItemDataRole.UserRole, entry.repo_id)
            item.setToolTip(entry.note or entry.repo_id)
            self.repo_list.addItem(item)

    @Slot()
    def search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.show_catalogue()
            return
        if self._searching == query:
            return
        self._searching = query
        self.discover_status.setText(f"Searching for {query!r}...")
        self._run(lambda report: self.service.client().search(query), self._show_search, self._search_failed)

    def _search_failed(self, exc: Exception) -> None:
        self._searching = None
        self._discover_failed(exc)

    def _show_search(self, results) -> None:
        self._searching = None
        self.repo_list.clear()
        for result in results:
            gated = "  (gated)" if result.gated else ""
            item = QListWidgetItem(f"{result.repo_id}{gated}\n    {result.downloads:,} downloads")
            item.setData(Qt.ItemDataRole.UserRole, result.repo_id)
            self.repo_list.addItem(item)
        self.discover_status.setText(
            f"{len(results)} repositories found." if results else "No GGUF repositories found."
        )

    def _repo_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_repo(item.data(Qt.ItemDataRole.UserRole))

    def open_repo(self, repo_id: str) -> None:
        """List a repository's GGUF files (in the task thread)."""
        self.discover_status.setText(f"Reading the files of {repo_id}...")
        self.files_table.setRowCount(0)
        self._listing = None
        self._run(
            lambda report: self.service.client().list_gguf_files(repo_id),
            self._show_listing,
            lambda exc: self._discover_failed(exc, retry=lambda: self.open_repo(repo_id)),
        )

    def _show_listing(self, listing: RepoListing) -> None:
        self._listing = listing
        self._reassess()
        gated = " Gated: downloading needs a token and the license accepted on huggingface.co." if listing.gated else ""
        shape = (
            ""
            if listing.shape and listing.shape.kv_bytes_per_token()
            else " The KV cache of this model is unknown and not counted in Memory."
        )
        skipped = f" Ignored {len(listing.rejected)} file(s) with unsafe names." if listing.rejected else ""
        self.discover_status.setText(f"{listing.repo_id}: {len(listing.files)} GGUF file(s).{gated}{shape}{skipped}")
        self.files_loaded.emit(listing.repo_id)

    @Slot()
    def _reassess(self) -> None:
        if self._listing is None or self._machine is None:  # the machine probe re-runs this when it lands
            return
        self._choices = assess(self._listing, self.ctx_spin.value(), self._machine)
        self.files_table.setRowCount(len(self._choices))
        recommended_row = None
        for row, choice in enumerate(self._choices):
            f, fit = choice.file, choice.fit
            role = "" if f.role == "model" else f"  [{f.role}]"
            self.files_table.setItem(row, 0, _item(f.label + role, f"{f.path}\nsha256 {f.sha256 or '?'}"))
            self.files_table.setItem(row, 1, _item(f.quant))
            self.files_table.setItem(row, 2, _item(format_bytes(f.size), align_right=True))
            self.files_table.setItem(row, 3, _item(format_bytes(fit.total), fit.describe(), align_right=True))
            verdict = _item(fit.verdict, fit.describe())
            verdict.setForeground(
                Qt.GlobalColor.darkGreen
                if fit.verdict == FITS
                else Qt.GlobalColor.darkYellow
                if fit.verdict == TIGHT
                else Qt.GlobalColor.red
            )
            self.files_table.setItem(row, 4, verdict)
            self.files_table.setItem(row, 5, _item("★ recommended" if choice.recommended else ""))
            if choice.recommended:
                recommended_row = row
        if recommended_row is not None:
            self.files_table.selectRow(recommended_row)
        self._update_download_button()

    def select_file(self, name: str) -> None:
        """Select a row of the files table by file name (used by tests and keyboard users alike)."""
        for row, choice in enumerate(self._choices):
            if choice.file.name == name or choice.file.label == name:
                self.files_table.selectRow(row)
                return
        raise KeyError(name)

    def _selected_choice_row(self) -> int | None:
        rows = {index.row() for index in self.files_table.selectionModel().selectedRows()}
        row = self.files_table.currentRow()
        if self._listing is None or row not in rows or not 0 <= row < len(self._choices):
            return None
        return row

    @Slot()
    def _update_download_button(self) -> None:
        self.download_button.setEnabled(self._selected_choice_row() is not None)

    @Slot()
    def download_selected(self) -> None:
        row = self._selected_choice_row()
        if row is None:  # the button is disabled then; a message that is showing (an error) stays
            return
        choice = self._choices[row]
        if choice.file.role != "model" and not self.confirm(
            self, "Download", f"{choice.file.label} is a {choice.file.role} file, not a chat model. Download anyway?"
        ):
            return
        try:
            self.service.download(self._listing, choice.file)
        except (DownloadError, HubError, OSError) as exc:
            self.discover_status.setText(str(exc))
            QMessageBox.warning(self, "Download", str(exc))
            return
        self.refresh_downloads()
        self.tabs.setCurrentIndex(1)

    def _discover_failed(self, exc: Exception, retry: Callable[[], None] | None = None) -> None:
        self.discover_status.setText(str(exc))
        if isinstance(exc, HubAuthError) and self.ask_token(str(exc)) and retry is not None:
            retry()

    # -- token
    def ask_token(self, message: str) -> bool:
        """Ask for a token and store it (keyring, else this session). True when one was given."""
        token = self.token_prompt(self, message)
        if not token:
            return False
        kept = self.token_store.set(token)
        self.discover_status.setText(
            "Token stored in the OS keyring."
            if kept
            else "No OS keyring is available: the token is kept for this session only."
        )
        return True

    @Slot()
    def forget_token(self) -> None:
        self.token_store.clear()
        self.discover_status.setText("The stored token was removed.")

    # =============================================================== Downloads
    def _build_downloads(self) -> QWidget:
        page = QWidget()
        self.downloads_table = _table(["Model", "Progress", "Speed", "ETA", "State", ""])
        self.downloads_table.setAccessibleName(self.tr("Downloads"))
        self.downloads_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        clear = QPushButton("Clear finished")
        clear.clicked.connect(self._clear_finished)
        self.downloads_status = QLabel("Downloads resume where they stopped, even after quitting Hearth.")
        self.downloads_status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.downloads_status, 1)
        bottom.addWidget(clear)
        layout = QVBoxLayout(page)
        layout.addWidget(self.downloads_table, 1)
        layout.addLayout(bottom)
        return page

    def _connect_service(self) -> None:
        s = self.service
        s.progress.connect(self._on_progress)
        s.job_changed.connect(self._on_job_changed)
        s.job_finished.connect(self._on_job_finished)
        s.job_failed.connect(self._on_job_failed)
        s.task_done.connect(self._on_task_done)
        s.task_failed.connect(self._on_task_failed)
        s.task_progress.connect(self._on_task_progress)

    def refresh_downloads(self) -> None:
        jobs = [j for j in self.service.jobs() if j.state != CANCELLED]
        self.downloads_table.setRowCount(len(jobs))
        self._bars.clear()
        self._job_rows.clear()
        for row, job in enumerate(jobs):
            self._job_rows[job.id] = row
            self.downloads_table.setItem(row, 0, _item(job.name, f"{job.repo_id}\n{job.path}"))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(100 if job.state == DONE else int(100 * job.done_bytes / job.size) if job.size else 0)
            self._bars[job.id] = bar
            self.downloads_table.setCellWidget(row, 1, bar)
            self.downloads_table.setItem(row, 2, _item("", align_right=True))
            self.downloads_table.setItem(row, 3, _item("", align_right=True))
            self.downloads_table.setItem(row, 4, _item(job.state, job.error))
            self.downloads_table.setCellWidget(row, 5, self._job_buttons(job.id))
            self._set_state(job.id, job.state, job.error)

    def _job_buttons(self, job_id: str) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        pause = QPushButton("Pause")
        pause.setObjectName("pause")
        pause.clicked.connect(lambda: self._toggle_pause(job_id))
        cancel = QPushButton("Cancel")
        cancel.setObjectName("cancel")
        cancel.clicked.connect(lambda: self._cancel(job_id))
        for button in (pause, cancel):
            button.setAutoDefault(False)  # Enter in the search box must not press them
            layout.addWidget(button)
        return box

    def job_button(self, job_id: str, name: str) -> QPushButton:
        """The Pause/Resume ("pause") or Cancel ("cancel") button of a download row."""
        return self.downloads_table.cellWidget(self._job_rows[job_id], 5).findChild(QPushButton, name)

    def progress_bar(self, job_id: str) -> QProgressBar:
        return self._bars[job_id]

    def _toggle_pause(self, job_id: str) -> None:
        job = self.service.manager.queue.get(job_id)
        if job is None:
            return
        if job.state in (QUEUED, RUNNING):
            self.service.pause(job_id)
        else:
            self.service.resume(job_id)

    def _cancel(self, job_id: str) -> None:
        if self.confirm(self, "Cancel download", "Cancel this download and delete the part already downloaded?"):
            self.service.cancel(job_id)

    @Slot()
    def _clear_finished(self) -> None:
        self.service.clear_finished()
        self.refresh_downloads()

    def _set_state(self, job_id: str, state: str, message: str = "") -> None:
        row = self._job_rows.get(job_id)
        if row is None:
            return
        label = {RUNNING: "downloading", QUEUED: "waiting", DONE: "done (verified)"}.get(state, state)
        if state == FAILED and message:
            label = f"failed: {message}"
        self.downloads_table.setItem(row, 4, _item(label, message))
        buttons = self.downloads_table.cellWidget(row, 5)
        if buttons is not None:
            pause = buttons.findChild(QPushButton, "pause")
            pause.setText("Pause" if state in (QUEUED, RUNNING) else "Resume")
            pause.setEnabled(state not in (DONE, CANCELLED))
            buttons.findChild(QPushButton, "cancel").setEnabled(state not in (DONE, CANCELLED))
        if state in (PAUSED, FAILED, DONE, CANCELLED):
            self.downloads_table.setItem(row, 2, _item("", align_right=True))
            self.downloads_table.setItem(row, 3, _item("", align_right=True))

    @Slot(object)
    def _on_progress(self, progress: DownloadProgress) -> None:
        bar = self._bars.get(progress.job_id)
        if bar is None:
            self.refresh_downloads()
            bar = self._bars.get(progress.job_id)
            if bar is None:
                return
        bar.setValue(int(100 * progress.fraction))
        bar.setFormat(
            "checking %p%" if progress.phase == "checking" else "verifying" if progress.phase == "verifying" else "%p%"
        )
        row = self._job_rows[progress.job_id]
        if progress.phase == "downloading":
            self.downloads_table.item(row, 2).setText(f"{format_bytes(progress.speed)}/s")
            self.downloads_table.item(row, 3).setText(_eta(progress.eta))

    @Slot(str, str)
    def _on_job_changed(self, job_id: str, state: str) -> None:
        if job_id not in self._job_rows:
            self.refresh_downloads()
        if state == CANCELLED:
            self.refresh_downloads()
            return
        self._set_state(job_id, state)

    @Slot(str, str)
    def _on_job_finished(self, job_id: str, path: str) -> None:
        if job_id in self._bars:
            self._bars[job_id].setValue(100)
            self._bars[job_id].setFormat("%p%")
        self._set_state(job_id, DONE)
        self.downloads_status.setText(f"{Path(path).name} is ready: sha256 verified.")
        self.refresh_library()
        self.library_changed.emit()

    @Slot(str, str, str)
    def _on_job_failed(self, job_id: str, message: str, kind: str) -> None:
        self._set_state(job_id, FAILED, message)
        self.downloads_status.setText(message)
        if kind == "auth" and self.ask_token(message):
            self.service.resume(job_id)

    # ================================================================= Library
    def _build_library(self) -> QWidget:
        page = QWidget()
        self.library_table = _table(
            ["", "Name", "Architecture", "Quant", "Parameters", "Context", "Size", "Memory", "Source", "Status"]
        )
        self.library_table.setAccessibleName(self.tr("Installed models"))
        buttons = QHBoxLayout()
        for text, slot in (
            ("Import...", self.import_clicked),
            ("Delete", self.delete_selected),
            ("Verify", self.verify_selected),
            ("Set as default", self.set_default_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.library_status = QLabel(f"Models live in {self.paths.models_dir}")
        self.library_status.setWordWrap(True)
        self.library_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.library_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.library_status)
        return page

    def refresh_library(self) -> None:
        models = self.library.models()
        settings = self._get_settings()
        self.library_table.setRowCount(len(models))
        for row, model in enumerate(models):
            info = model.info
            memory = ""
            if info is not None:
                memory = format_bytes(estimate_for_file(info, settings.context_length).total)
            cells = [
                "★" if model.name == settings.default_model else "",
                model.name,
                info.architecture if info else "?",
                info.quantization if info else "?",
                f"{info.parameter_count / 1e9:.2f} B" if info and info.parameter_count else "?",
                str(info.context_length or "?") if info else "?",
                format_bytes(model.size),
                memory,
                model.source.label if model.source else "",
                "ok" if model.usable else f"cannot be used: {model.problem}",
            ]
            for column, text in enumerate(cells):
                item = _item(text, str(model.path) if column == 1 else (model.problem or "") if column == 9 else "")
                if column == 9 and not model.usable:
                    item.setForeground(Qt.GlobalColor.red)
                item.setData(Qt.ItemDataRole.UserRole, model.name)
                self.library_table.setItem(row, column, item)

    def library_names(self) -> list[str]:
        return [self.library_table.item(r, 1).text() for r in range(self.library_table.rowCount())]

    def select_model(self, name: str) -> None:
        row = self.library_names().index(name)
        self.library_table.selectRow(row)

    def _selected_model(self) -> str | None:
        row = self.library_table.currentRow()
        if row < 0 or self.library_table.item(row, 1) is None:
            self.library_status.setText("Choose a model first.")
            return None
        return self.library_table.item(row, 1).text()

    @Slot()
    def import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a GGUF model", str(Path.home()), "GGUF models (*.gguf)")
        if not path:
            return
        mode = self.choose_import_mode(self, [Path(path)])
        if mode:
            self.import_files([path], mode)

    def import_files(self, paths: list[str | Path], mode: str = COPY) -> None:
        """Import in the task thread (a copy of a big model takes a while), the window's one import path."""
        from .tasks import ModelImport

        def done(outcome) -> None:
            names = ", ".join(m.name for m in outcome.imported)
            self.library_status.setText("; ".join(([f"Imported {names}"] if names else []) + outcome.failures))
            self.refresh_library()
            if outcome.imported:
                self.library_changed.emit()

        job = ModelImport(self.service, self.library, [Path(p) for p in paths], mode, self, self.library_status)
        job.finished.connect(done)
        job.start()

    @Slot()
    def delete_selected(self) -> None:
        name = self._selected_model()
        if name is None:
            return
        model = self.library.find(name)
        linked = model.path.is_symlink() or model.path.stat().st_nlink > 1
        note = " The original file it links to is kept." if linked else ""
        if not self.confirm(
            self, "Delete model", f"Delete {model.name} ({format_bytes(model.size)}) from the library?{note}"
        ):
            return
        from ..core.inference.kv_cache import KVCache
        from ..core.models.model_removal import delete_model

        settings = self._get_settings()
        try:  # the policy (file, default model, saved KV states) is the core's, shared with the CLI
            removal = delete_model(
                self.library, KVCache(self.paths.kv_cache_dir, settings.kv_cache_limit_mb), name, settings
            )
        except (LibraryError, OSError) as exc:
            self.library_status.setText(str(exc))
            return
        if removal.settings is not settings:
            self._save_settings(removal.settings)
        self.library_status.setText(f"Deleted {model.name}.")
        self.refresh_library()
        self.library_changed.emit()

    @Slot()
    def verify_selected(self) -> None:
        name = self._selected_model()
        if name is None:
            return
        self.library_status.setText(f"Checking {name}...")

        def done(result):
            self.library_status.setText(("Verified: " if result.ok else "PROBLEM: ") + result.message)
            self.refresh_library()

        self._run(
            lambda report: self.library.verify(name, report),
            done,
            lambda exc: self.library_status.setText(str(exc)),
            status=self.library_status,
        )

    @Slot()
    def set_default_selected(self) -> None:
        name = self._selected_model()
        if name is None:
            return
        try:
            settings = with_default_model(self.library, name, self._get_settings())
        except LibraryError as exc:
            self.library_status.setText(str(exc))
            return
        self._save_settings(settings)
        self.library_status.setText(f"{settings.default_model} is the default model for new chats.")
        self.refresh_library()
        self.library_changed.emit()

    # =================================================================== tasks
    def _run(self, fn: Callable, on_done: Callable, on_error: Callable, status: QLabel | None = None) -> None:
        task_id = self.service.run_task(fn)
        self._callbacks[task_id] = (on_done, on_error, status)

    @Slot(str, object)
    def _on_task_done(self, task_id: str, result) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks:
            callbacks[0](result)

    @Slot(str, object)
    def _on_task_failed(self, task_id: str, exc) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks:
            callbacks[1](exc)

    @Slot(str, object, object)
    def _on_task_progress(self, task_id: str, done, total) -> None:
        callbacks = self._callbacks.get(task_id)
        if callbacks and callbacks[2] is not None and total:
            callbacks[2].setText(f"Checking... {100 * done // total}%")

    # ================================================================ lifetime
    def shutdown(self) -> None:
        """Join the worker threads when this dialog owns them (call when the app quits)."""
        if self._owns_service:
            self.service.shutdown()


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    if seconds >= 60:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds} s"
