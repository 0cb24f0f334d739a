"""The model manager window: find, download and keep Gemma GGUF models.

Four tabs, each its own widget and module:

* **Discover** (:mod:`model_manager_discover`): the curated Gemma catalogue and a free search of
  the hub; a repository's GGUF files with quant, size, memory needed at the chosen context, and
  whether that fits this machine (the best-fitting one is marked recommended); Download.
* **Downloads** (:mod:`model_manager_downloads`): one row per file with a progress bar, speed,
  ETA, and pause/resume/cancel. Transfers run in :class:`~app.ui.download_worker.DownloadService`'s
  thread and continue while this window is closed.
* **Library** (:mod:`model_manager_library`): the local models with their metadata and problems;
  import (copy or link), delete (with confirmation), re-verify the sha256, set the default model.
* **Remote servers** (:mod:`remote_servers_page`): OpenAI-compatible servers to chat through.

The dialog is thin: it builds the tabs and wires them to each other and to the download service in
one place, :meth:`ModelManagerDialog._connect_signals`. Everything the tabs do is a call into
``app.core`` (hub, downloads, library), slow calls through the service's task thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..core.base.paths import AppPaths
from ..core.base.secrets import TokenStore
from ..core.base.settings import Settings
from ..core.models.library import ModelLibrary
from .download_worker import DownloadService
from .model_manager_common import Prompts, TaskRunner
from .model_manager_discover import DiscoverTab
from .model_manager_downloads import DownloadsTab
from .model_manager_library import LibraryTab
from .remote_servers_page import RemoteServersPage

DOWNLOADS_TAB = 1


class ModelManagerDialog(QDialog):
    """Discover / Downloads / Library / Remote servers. Keep one instance: closing only hides it."""

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
        self.setWindowTitle(self.tr("Models"))
        self.resize(1000, 640)
        self.paths = paths
        self.token_store = token_store
        self.library = ModelLibrary(paths.models_dir)
        self._owns_service = service is None
        self.service = (
            service if service is not None else DownloadService(paths, token_store.get, endpoint=endpoint, parent=self)
        )
        self.prompts = Prompts()  # replaceable questions (tests answer them without a modal dialog)
        self.tasks = TaskRunner(self.service, self)
        self.discover = DiscoverTab(self.service, self.tasks, self.prompts, token_store, get_settings().context_length)
        self.downloads = DownloadsTab(self.service, self.prompts)
        self.library_tab = LibraryTab(
            paths, self.library, self.service, self.tasks, self.prompts, get_settings, save_settings
        )
        self.remote_servers = RemoteServersPage(paths.config_dir)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.discover, self.tr("Discover"))
        self.tabs.addTab(self.downloads, self.tr("Downloads"))
        self.tabs.addTab(self.library_tab, self.tr("Library"))
        self.tabs.addTab(self.remote_servers, self.tr("Remote servers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for button in self.findChildren(QPushButton):
            # In a dialog, Enter in the search box would also "click" the default button: two searches.
            button.setAutoDefault(False)
            button.setDefault(False)
        self._connect_signals()
        self.discover.start()
        self.downloads.refresh_downloads()
        self.library_tab.refresh_library()
        if self._owns_service:
            self.service.start_pending()

    def _connect_signals(self) -> None:
        """Every connection between the tabs, the task runner and the download service."""
        service, tasks = self.service, self.tasks
        service.task_done.connect(tasks.on_done)
        service.task_failed.connect(tasks.on_failed)
        service.task_progress.connect(tasks.on_progress)
        service.progress.connect(self.downloads.on_progress)
        service.job_changed.connect(self.downloads.on_job_changed)
        service.job_finished.connect(self.downloads.on_job_finished)
        service.job_failed.connect(self.downloads.on_job_failed)
        self.discover.files_loaded.connect(self.files_loaded)
        self.discover.download_started.connect(self._show_downloads)
        self.downloads.model_arrived.connect(self._on_model_arrived)
        self.downloads.token_needed.connect(self._ask_token_and_resume)
        self.library_tab.library_changed.connect(self.library_changed)

    # ----------------------------------------------------------- prompts
    # The dialog's prompts as attributes, as before the tabs had their own modules (tests set them).
    @property
    def confirm(self) -> Callable[[QWidget | None, str, str], bool]:
        return self.prompts.confirm

    @confirm.setter
    def confirm(self, prompt: Callable[[QWidget | None, str, str], bool]) -> None:
        self.prompts.confirm = prompt

    @property
    def token_prompt(self) -> Callable[[QWidget | None, str], str | None]:
        return self.prompts.token

    @token_prompt.setter
    def token_prompt(self, prompt: Callable[[QWidget | None, str], str | None]) -> None:
        self.prompts.token = prompt

    @property
    def choose_import_mode(self) -> Callable[[QWidget | None, list[Path]], str | None]:
        return self.prompts.import_mode

    @choose_import_mode.setter
    def choose_import_mode(self, prompt: Callable[[QWidget | None, list[Path]], str | None]) -> None:
        self.prompts.import_mode = prompt

    # -------------------------------------------------------- between tabs
    @Slot()
    def _show_downloads(self) -> None:
        self.downloads.refresh_downloads()
        self.tabs.setCurrentIndex(DOWNLOADS_TAB)

    @Slot(str)
    def _on_model_arrived(self, _path: str) -> None:
        self.library_tab.refresh_library()
        self.library_changed.emit()

    @Slot(str, str)
    def _ask_token_and_resume(self, job_id: str, message: str) -> None:
        if self.discover.ask_token(message):
            self.service.resume(job_id)

    # ------------------------------------------------------------ lifetime
    def shutdown(self) -> None:
        """Join the worker threads when this dialog owns them (call when the app quits)."""
        if self._owns_service:
            self.service.shutdown()
