"""Composition root: builds the app's objects in a fixed order and takes them down cleanly.

Order: paths and logging → settings → database (recovering interrupted replies) → library →
inference thread → sessions → window. Shutdown reverses it: a streaming reply is kept as
*stopped*, the inference thread is stopped and joined, the database is closed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import APP_NAME, __version__
from ..core.db_maintenance import DatabaseMaintenance
from ..core.kv_cache import KVCache
from ..core.library import ModelLibrary
from ..core.logs import prepare
from ..core.paths import AppPaths
from ..core.secrets import TokenStore
from ..core.settings import Settings, load_settings, save_settings
from ..core.storage import Storage, StorageError
from .chat_session import ChatSession
from .history_actions import HistoryActions
from .main_window import MainWindow
from .model_session import ModelSession
from .tasks import DatabaseTasks
from .theme import apply_theme
from .workers import InferenceController

if TYPE_CHECKING:
    from ..core.engine import Engine

log = logging.getLogger(__name__)
START_DELAY_MS = 30  # lets the first frame paint before the model scan and the rest of start-up
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


class SettingsStore:
    """The current settings and where they are saved; the only writer of the settings file."""

    def __init__(self, path: Path):
        self.path = path
        self._settings = load_settings(path)

    def get(self) -> Settings:
        return self._settings

    def save(self, settings: Settings) -> None:
        self._settings = settings.validate()
        save_settings(self.path, self._settings)


class HearthApp(QObject):
    """Everything the running app is made of, built in one place."""

    def __init__(self, qt_app: QApplication, paths: AppPaths,
                 engine_factory: Callable[[], "Engine"] | None = None, hub_endpoint: str | None = None):
        super().__init__()
        self.qt_app = qt_app
        self.paths = paths
        self.settings = SettingsStore(paths.settings_path)
        self.storage = Storage(paths.database_path)
        self.interrupted = self.storage.recover_interrupted()
        self.library = ModelLibrary(paths.models_dir)
        # Saved KV states make reopening a long conversation nearly as fast as continuing it.
        self.kv_cache = KVCache(paths.kv_cache_dir, self.settings.get().kv_cache_limit_mb)
        self.inference = InferenceController(engine_factory or self._real_engine)
        self.models = ModelSession(self.library, self.inference, self.settings.get, self.settings.save)
        self.chat = ChatSession(self.storage, self.inference, self.settings.get, lambda: self.models.current,
                                forget_conversation=self.kv_cache.remove_conversation)
        # WAL checkpoints and the post-delete search-index purge run on their own thread and connection.
        self.maintenance = DatabaseMaintenance(paths.database_path).start()
        self.chat.purge_deleted_text = self.maintenance.request_purge
        self.window = MainWindow(self.chat, self.models, self.settings.get)
        self.window.theme_requested.connect(self.set_theme)
        self.window.settings_changed.connect(self.apply_settings)
        self.window.closing.connect(self.shutdown)
        self._apply_theme()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda *_: self._apply_theme())
        self.tokens = TokenStore()
        self._hub_endpoint = hub_endpoint
        self.downloads = None  # DownloadService, started once the window is up (it pulls in the hub client)
        self._model_manager = None
        self.window.model_manager_requested.connect(self.open_model_manager)
        self.window.model_files_dropped.connect(self.import_models)
        self.window.import_model_requested.connect(self._choose_model_file)
        self.history_tasks = DatabaseTasks(paths.database_path, self)  # export/import off the GUI thread
        self.history = HistoryActions(self.storage, lambda: self.window, tasks=self.history_tasks)
        self.window.export_requested.connect(self._export)
        self.window.import_requested.connect(self.history.import_)
        self.history.imported.connect(lambda ids: self.window.refresh_sidebar())
        self._down = False

    def _forget_states_of_removed_models(self) -> None:
        """Saved KV states of a model that left the library are useless and hold conversation text."""
        from ..core.hashing import known_sha256

        present = set()
        for model in self.library.models():
            sha = known_sha256(model.path, self.library.hash_cache)
            if sha is None:
                return  # a model never hashed could own some states: keep them all
            present.add(sha)
        for sha in {entry.model_sha256 for entry in self.kv_cache.entries()} - present:
            self.kv_cache.invalidate(sha)

    def _real_engine(self) -> "Engine":
        """Called on the inference thread: the engine module (and llama.cpp) load there, off the
        GUI thread, while the window paints."""
        from ..core.engine import LlamaCppEngine

        return LlamaCppEngine(kv_cache=self.kv_cache)

    def _export(self, conversation_ids: list[str] | None) -> None:
        name = "hearth-chats"
        if conversation_ids and len(conversation_ids) == 1:
            name = self.chat.title_of(conversation_ids[0])[:60].replace("/", "-") or name
        self.history.export(conversation_ids, name)

    def start(self, open_file: Path | None = None) -> None:
        self.window.refresh_sidebar()
        if self.interrupted:
            self.window.statusBar().showMessage(
                f"{self.interrupted} reply(ies) were cut off when Hearth last closed unexpectedly; "
                "they are kept and marked 'interrupted'.", 20000)
        self.window.state_label.setText("Looking at your models…")
        # The model headers are read on the inference thread; the choice is made when they are in.
        self.inference.library_scanned.connect(self._on_first_scan, Qt.ConnectionType.SingleShotConnection)
        self.inference.scan_library(self.library.models_dir)
        self._start_downloads()
        if open_file is not None:  # a .gguf opened from the file manager: offer to import it
            self.import_models([str(open_file)])
        self.window.chat_view.warm_up()

    def _on_first_scan(self) -> None:
        self.models.start()
        if self.models.state == "none":  # nothing to chat with and no starter model bundled
            self.open_model_manager()

    def start_after_first_paint(self, open_file: Path | None = None) -> None:
        """Show the window first, then do the rest (model scan and load, downloads, Pygments)."""
        QTimer.singleShot(START_DELAY_MS, lambda: self.start(open_file))

    def _start_downloads(self):
        if self.downloads is None:
            from .download_worker import DownloadService

            endpoint = self._hub_endpoint or self.settings.get().hub_endpoint or None  # a test's hub, or the user's
            self.downloads = DownloadService(self.paths, self.tokens.get, endpoint=endpoint)
            self.downloads.library_changed.connect(self._on_library_changed)
            self.downloads.start_pending()
        return self.downloads

    # -- models
    def open_model_manager(self):
        if self._model_manager is None:
            from .model_manager import ModelManagerDialog

            self._model_manager = ModelManagerDialog(self.paths, self.tokens, self.settings.get, self.settings.save,
                                                     service=self._start_downloads(), parent=self.window)
            self._model_manager.library_changed.connect(self._on_library_changed)
        self._model_manager.show()
        self._model_manager.raise_()
        return self._model_manager

    def import_models(self, files: list[str]) -> None:
        """Dropped, chosen or opened model files: copied in the task thread with a progress dialog."""
        from .model_manager import ask_import_mode
        from .tasks import start_model_import

        start_model_import(files, self.library, self._start_downloads(), self.window, ask_import_mode,
                           lambda outcome: outcome.imported and self._on_library_changed())

    def _choose_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a model", str(Path.home()), "GGUF models (*.gguf)")
        if path:
            self.import_models([path])

    def _on_library_changed(self) -> None:
        """A model arrived, left, or became the default: refresh the picker, and load one if none is."""
        self.models.refresh()
        self._forget_states_of_removed_models()
        if self.models.state in ("none", "error") or self.models.current not in {
                m.name for m in self.library.models() if m.usable}:
            self.models.start()

    def apply_settings(self, new: Settings) -> None:
        old = self.settings.get()
        self.settings.save(new)
        self._apply_theme()
        if (old.context_length, old.gpu_layers, old.threads) != (new.context_length, new.gpu_layers, new.threads):
            self.models.reload()

    def set_theme(self, theme: str) -> None:
        self.settings.save(self.settings.get().with_changes(theme=theme))
        self._apply_theme()

    def _apply_theme(self) -> None:
        dark = apply_theme(self.qt_app, self.settings.get().theme)
        self.window.chat_view.set_dark(dark)

    def shutdown(self) -> None:
        if self._down:
            return
        self._down = True
        self.chat.shutdown()
        if self.downloads is not None:
            self.downloads.shutdown()
        if self._model_manager is not None:
            self._model_manager.hide()
        self.inference.shutdown()
        self.history_tasks.shutdown()
        self.maintenance.stop()  # a purge still pending runs first: deleted text must not outlive the quit
        self.storage.close()


def run_gui(argv: list[str]) -> int:
    paths = prepare()
    if paths is None:
        return 1
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("hearth")
    icon = RESOURCES / "icons" / "hearth.svg"
    if icon.exists():
        qt_app.setWindowIcon(QIcon(str(icon)))
    try:
        hearth = HearthApp(qt_app, paths)
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, f"Hearth cannot open its history database:\n\n{exc}")
        return 1
    hearth.window.show()
    open_file = Path(argv[0]) if argv and argv[0].lower().endswith(".gguf") else None
    hearth.start_after_first_paint(open_file)
    code = qt_app.exec()
    hearth.shutdown()
    return code
