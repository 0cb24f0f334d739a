"""The model manager's Discover tab: the curated Gemma catalogue and a free search of the hub; a
repository's GGUF files with quant, size, memory needed at the chosen context and whether that
fits this machine (the best-fitting one is marked recommended); Download; the Hugging Face token.

Hub calls and the machine probe run in the download service's task thread (:class:`TaskRunner`).
The tab says what happened through its signals; the dialog wires them (``_connect_signals``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.base.secrets import TokenStore
from ..core.base.system import format_bytes
from ..core.models.downloads import DownloadError
from ..core.models.hub import FITS, TIGHT, HubAuthError, HubError, Machine, RepoListing, assess, load_catalogue
from .download_worker import DownloadService
from .model_manager_common import Prompts, TaskRunner, cell, make_table
from .text_args import fill

log = logging.getLogger(__name__)

FILE_COLUMNS = 6  # file, quant, size, memory, fit, recommended


def probe_machine() -> Machine:
    """This machine's memory and usable GPU memory (runs ``nvidia-smi``; call off the GUI thread)."""
    return Machine.current()


def fit_colour(verdict: str) -> Qt.GlobalColor:
    """The fit badge's colour: green fits, yellow tight, red does not fit."""
    if verdict == FITS:
        return Qt.GlobalColor.darkGreen
    return Qt.GlobalColor.darkYellow if verdict == TIGHT else Qt.GlobalColor.red


class DiscoverTab(QWidget):
    """Find a repository, choose a file, download it."""

    files_loaded = Signal(str)  # a repository's file list is on screen (repo id)
    download_started = Signal()  # a file joined the download queue

    def __init__(
        self,
        service: DownloadService,
        tasks: TaskRunner,
        prompts: Prompts,
        token_store: TokenStore,
        context_length: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._service, self._tasks, self._prompts, self._token_store = service, tasks, prompts, token_store
        self._listing: RepoListing | None = None
        self._choices: list = []
        self._searching: str | None = None  # the query in flight: Enter again does not start a second one
        self._machine: Machine | None = None  # probed once per dialog in the task thread (nvidia-smi, llama_cpp)
        self._build(context_length)
        self._connect_signals()

    # ---------------------------------------------------------------- layout
    def _build(self, context_length: int) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search Hugging Face for GGUF models, e.g. gemma 3 4b"))
        self.search_box.setAccessibleName(self.tr("Search Hugging Face"))
        self.search_button = QPushButton(self.tr("Search"))
        self.curated_button = QPushButton(self.tr("Curated Gemma"))
        self.repo_list = QListWidget()
        self.repo_list.setMinimumWidth(330)
        self.repo_list.setAccessibleName(self.tr("Model repositories"))
        self.files_table = make_table(
            [self.tr("File"), self.tr("Quant"), self.tr("Size"), self.tr("Memory"), self.tr("Fit"), ""]
        )
        self.files_table.setAccessibleName(self.tr("Model files"))
        self.ctx_spin = QSpinBox()
        self.ctx_spin.setRange(512, 1_048_576)
        self.ctx_spin.setSingleStep(1024)
        self.ctx_spin.setValue(context_length)
        self.ctx_spin.setAccessibleName(self.tr("Context length for the fit estimate"))
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setEnabled(False)  # until a file is selected
        self.token_button = QPushButton(self.tr("Hugging Face token..."))
        self.forget_button = QPushButton(self.tr("Forget token"))
        self.discover_status = QLabel()
        self.discover_status.setWordWrap(True)
        self.discover_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.machine_label = QLabel(self.tr("This machine: checking memory..."))
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.curated_button)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Context for the memory estimate:")))
        controls.addWidget(self.ctx_spin)
        controls.addStretch(1)
        controls.addWidget(self.machine_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.token_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.download_button)
        right = QVBoxLayout()
        right.addLayout(controls)
        right.addWidget(self.files_table, 1)
        right.addLayout(buttons)
        right.addWidget(self.discover_status)
        middle = QHBoxLayout()
        middle.addWidget(self.repo_list)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)

    def _connect_signals(self) -> None:
        self.search_box.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.curated_button.clicked.connect(self.show_catalogue)
        self.repo_list.currentItemChanged.connect(self._repo_selected)
        self.files_table.doubleClicked.connect(self.download_selected)
        self.files_table.itemSelectionChanged.connect(self._update_download_button)
        self.ctx_spin.valueChanged.connect(self._reassess)
        self.download_button.clicked.connect(self.download_selected)
        self.token_button.clicked.connect(self._store_token_clicked)
        self.forget_button.clicked.connect(self.forget_token)

    def start(self) -> None:
        """Show the curated catalogue and ask this machine's memory (once the task runner is wired)."""
        self.show_catalogue()
        self._probe_machine()

    # --------------------------------------------------------------- machine
    def _probe_machine(self) -> None:
        """Memory and GPU facts, once per dialog: ``nvidia-smi`` and importing llama_cpp must not run
        on the GUI thread, and certainly not at every step of the context spin box."""

        def failed(exc: Exception) -> None:
            log.warning("could not read this machine's memory: %s", exc.__class__.__name__)
            self._machine_known(Machine(None, None))

        self._tasks.run(lambda report: probe_machine(), self._machine_known, failed)

    def _machine_known(self, machine: Machine) -> None:
        self._machine = machine
        if machine.vram:
            gpu = self.tr(", GPU %1").replace("%1", format_bytes(machine.vram))
        else:
            gpu = self.tr(", no GPU offload in this build")
        text = self.tr("This machine: %1 RAM, %2 free")
        self.machine_label.setText(
            fill(text, format_bytes(machine.total_ram), format_bytes(machine.available_ram)) + gpu
        )
        self._reassess()

    # ---------------------------------------------------------- repositories
    @Slot()
    def show_catalogue(self) -> None:
        self.repo_list.clear()
        for entry in load_catalogue():
            gated = self.tr("  (gated)") if entry.gated else ""
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
        self.discover_status.setText(self.tr("Searching for “%1”...").replace("%1", query))
        self._tasks.run(lambda report: self._service.client().search(query), self._show_search, self._search_failed)

    def _search_failed(self, exc: Exception) -> None:
        self._searching = None
        self._discover_failed(exc)

    def _show_search(self, results) -> None:
        self._searching = None
        self.repo_list.clear()
        for result in results:
            gated = self.tr("  (gated)") if result.gated else ""
            downloads = self.tr("%1 downloads").replace("%1", f"{result.downloads:,}")
            item = QListWidgetItem(f"{result.repo_id}{gated}\n    {downloads}")
            item.setData(Qt.ItemDataRole.UserRole, result.repo_id)
            self.repo_list.addItem(item)
        if results:
            self.discover_status.setText(self.tr("%1 repositories found.").replace("%1", str(len(results))))
        else:
            self.discover_status.setText(self.tr("No GGUF repositories found."))

    def _repo_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_repo(item.data(Qt.ItemDataRole.UserRole))

    def open_repo(self, repo_id: str) -> None:
        """List a repository's GGUF files (in the task thread)."""
        self.discover_status.setText(self.tr("Reading the files of %1...").replace("%1", repo_id))
        self.files_table.setRowCount(0)
        self._listing = None
        self._tasks.run(
            lambda report: self._service.client().list_gguf_files(repo_id),
            self._show_listing,
            lambda exc: self._discover_failed(exc, retry=lambda: self.open_repo(repo_id)),
        )

    def _show_listing(self, listing: RepoListing) -> None:
        self._listing = listing
        self._reassess()
        notes = [fill(self.tr("%1: %2 GGUF file(s)."), listing.repo_id, len(listing.files))]
        if listing.gated:
            notes.append(self.tr("Gated: downloading needs a token and the license accepted on huggingface.co."))
        if not (listing.shape and listing.shape.kv_bytes_per_token()):
            notes.append(self.tr("The KV cache of this model is unknown and not counted in Memory."))
        if listing.rejected:
            notes.append(self.tr("Ignored %1 file(s) with unsafe names.").replace("%1", str(len(listing.rejected))))
        self.discover_status.setText(" ".join(notes))
        self.files_loaded.emit(listing.repo_id)

    # ----------------------------------------------------------------- files
    @Slot()
    def _reassess(self) -> None:
        if self._listing is None or self._machine is None:  # the machine probe re-runs this when it lands
            return
        self._choices = assess(self._listing, self.ctx_spin.value(), self._machine)
        self.files_table.setRowCount(len(self._choices))
        recommended_row = None
        for row, choice in enumerate(self._choices):
            self._show_choice(row, choice)
            if choice.recommended:
                recommended_row = row
        if recommended_row is not None:
            self.files_table.selectRow(recommended_row)
        self._update_download_button()

    def _show_choice(self, row: int, choice) -> None:
        """One file's row: name (and role), quant, size, memory at this context, fit badge."""
        f, fit = choice.file, choice.fit
        role = "" if f.role == "model" else f"  [{f.role}]"
        self.files_table.setItem(row, 0, cell(f.label + role, f"{f.path}\nsha256 {f.sha256 or '?'}"))
        self.files_table.setItem(row, 1, cell(f.quant))
        self.files_table.setItem(row, 2, cell(format_bytes(f.size), align_right=True))
        self.files_table.setItem(row, 3, cell(format_bytes(fit.total), fit.describe(), align_right=True))
        verdict = cell(fit.verdict, fit.describe())
        verdict.setForeground(fit_colour(fit.verdict))
        self.files_table.setItem(row, 4, verdict)
        self.files_table.setItem(row, 5, cell(self.tr("★ recommended") if choice.recommended else ""))

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
        if choice.file.role != "model" and not self._prompts.confirm(
            self,
            self.tr("Download"),
            fill(self.tr("%1 is a %2 file, not a chat model. Download anyway?"), choice.file.label, choice.file.role),
        ):
            return
        try:
            self._service.download(self._listing, choice.file)
        except (DownloadError, HubError, OSError) as exc:
            self.discover_status.setText(str(exc))
            QMessageBox.warning(self, self.tr("Download"), str(exc))
            return
        self.download_started.emit()

    def _discover_failed(self, exc: Exception, retry: Callable[[], None] | None = None) -> None:
        self.discover_status.setText(str(exc))
        if isinstance(exc, HubAuthError) and self.ask_token(str(exc)) and retry is not None:
            retry()

    # ----------------------------------------------------------------- token
    def _store_token_clicked(self) -> None:
        self.ask_token(self.tr("Store a token for gated repositories."))

    def ask_token(self, message: str) -> bool:
        """Ask for a token and store it (keyring, else this session). True when one was given."""
        token = self._prompts.token(self, message)
        if not token:
            return False
        if self._token_store.set(token):
            self.discover_status.setText(self.tr("Token stored in the OS keyring."))
        else:
            self.discover_status.setText(
                self.tr("No OS keyring is available: the token is kept for this session only.")
            )
        return True

    @Slot()
    def forget_token(self) -> None:
        self._token_store.clear()
        self.discover_status.setText(self.tr("The stored token was removed."))
