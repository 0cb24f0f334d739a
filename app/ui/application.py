"""Composition root: builds the app's objects in a fixed order and takes them down cleanly.

Order: paths and logging → settings → a light first frame (:mod:`first_frame`), painted before the
rest is imported → database (recovering interrupted replies) → library → inference thread →
sessions → window, which replaces the first frame. Shutdown reverses it: a streaming reply is kept as
*interrupted*, the inference thread is stopped and joined, the database is closed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import APP_NAME, __version__
from ..core.base.logs import install_excepthook, prepare
from ..core.base.paths import AppPaths
from ..core.base.settings import Settings, read_settings, save_settings
from .first_frame import FirstFrame
from .i18n import install_translators
from .theme import apply_theme
from .window_state import WindowState, restore_window, save_window

if TYPE_CHECKING:
    from ..core.inference.engine import Engine

log = logging.getLogger(__name__)
START_DELAY_MS = 30  # lets the first frame paint before the model scan and the rest of start-up
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


class SettingsStore:
    """The current settings and where they are saved; the only writer of the settings file."""

    def __init__(self, path: Path):
        self.path = path
        loaded = read_settings(path)
        self._settings, self.load_message = loaded.settings, loaded.message  # shown once by start()

    def get(self) -> Settings:
        return self._settings

    def save(self, settings: Settings) -> None:
        self._settings = settings.validate()
        save_settings(self.path, self._settings)


class HearthApp(QObject):
    """Everything the running app is made of, built in one place."""

    def __init__(
        self,
        qt_app: QApplication,
        paths: AppPaths,
        engine_factory: Callable[[], Engine] | None = None,
        hub_endpoint: str | None = None,
        settings: SettingsStore | None = None,
    ):
        super().__init__()
        # The window's modules are imported here, not at the top: run_gui paints the first frame
        # before Python spends its time on them (see first_frame.py).
        from ..core.base.secrets import TokenStore
        from ..core.history.db_maintenance import DatabaseMaintenance
        from ..core.history.storage import Storage
        from ..core.inference.kv_cache import KVCache
        from ..core.inference.routing import remote_source
        from ..core.models.library import ModelLibrary
        from .chat_session import ChatSession
        from .history_actions import HistoryActions
        from .main_window import MainWindow
        from .model_session import ModelSession
        from .tasks import DatabaseTasks
        from .workers import InferenceController

        self.qt_app = qt_app
        self.paths = paths
        self.settings = settings or SettingsStore(paths.settings_path)  # run_gui read it for the first frame
        self.translators = install_translators(qt_app, self.settings.get().language)  # before any widget
        self.storage = Storage(paths.database_path)
        self.interrupted = self.storage.recover_interrupted()
        self.library = ModelLibrary(paths.models_dir)
        # Saved KV states make reopening a long conversation nearly as fast as continuing it.
        self.kv_cache = KVCache(paths.kv_cache_dir, self.settings.get().kv_cache_limit_mb)
        self.inference = InferenceController(
            engine_factory or self._real_engine, forget_saved=self.kv_cache.remove_conversation
        )
        self.models = ModelSession(self.library, self.inference, self.settings.get, self.settings.save)
        self.models.remote_source = remote_source(paths.config_dir)  # remote servers in the picker
        # A deleted chat (or message) is forgotten on the inference thread, after any pending
        # save: the engine's memory still holds its tokens and would write them back otherwise.
        self.chat = ChatSession(
            self.storage,
            self.inference,
            self.settings.get,
            lambda: self.models.current,
            forget_conversation=self.inference.forget_conversation,
        )
        # WAL checkpoints and the post-delete search-index purge run on their own thread and connection.
        self.maintenance = DatabaseMaintenance(paths.database_path).start()
        self.chat.history.purge_deleted_text = self.maintenance.request_purge
        self.window = MainWindow(self.chat, self.models, self.settings.get)
        self.window_state = WindowState(paths.config_dir / "window.ini")
        restore_window(self.window, self.window_state)
        self._apply_theme()
        self.tokens = TokenStore()
        self._hub_endpoint = hub_endpoint
        self.downloads = None  # DownloadService, started once the window is up (it pulls in the hub client)
        self._model_manager = None
        self.history_tasks = DatabaseTasks(paths.database_path, self)  # export/import off the GUI thread
        self.history = HistoryActions(self.storage, lambda: self.window, tasks=self.history_tasks)
        self._down = False
        from .server_panel import attach_server_panel

        self.server = attach_server_panel(
            self.window, self.inference.owner, self.library, self.settings.get, self.settings.save, paths.database_path
        )
        from .collections_page import attach_documents

        self.documents = attach_documents(self)  # collections page, sent chips' Open/Remove, start-up upkeep
        self._connect_signals()

    def _connect_signals(self) -> None:
        """Every connection between the parts built above. The download service and the model
        manager are built later, on first use; :meth:`_connect_downloads` and
        :meth:`_connect_model_manager` wire them as they are made."""
        self.chat.conversation_opened.connect(self._follow_conversation_model)
        # start() scans the library once; that first scan chooses and loads the model.
        self.inference.library_scanned.connect(self._on_first_scan, Qt.ConnectionType.SingleShotConnection)
        self.window.theme_requested.connect(self.set_theme)
        self.window.settings_changed.connect(self.apply_settings)
        self.window.closing.connect(self.shutdown)
        self.window.model_manager_requested.connect(self.open_model_manager)
        self.window.model_files_dropped.connect(self.import_models)
        self.window.import_model_requested.connect(self._choose_model_file)
        self.window.export_requested.connect(self._export)
        self.window.import_requested.connect(self.history.import_)
        self.history.imported.connect(self._on_history_imported)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # disconnected at shutdown: the signal outlives this app
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    def _connect_downloads(self, downloads) -> None:
        downloads.library_changed.connect(self._on_library_changed)

    def _connect_model_manager(self, manager) -> None:
        manager.library_changed.connect(self._on_library_changed)
        manager.remote_servers.servers_changed.connect(self.models.refresh_remotes)

    def _follow_conversation_model(self, conversation, _items) -> None:
        """A chat held with a remote model continues with it: opening it reconnects to that server."""
        self.models.follow_conversation(conversation.model if conversation is not None else None)

    def _on_history_imported(self, _conversation_ids) -> None:
        self.window.refresh_sidebar()

    def _forget_states_of_removed_models(self) -> None:
        """Saved KV states of a model that left the library are useless and hold conversation text."""
        from ..core.models.model_removal import prune_orphan_states

        prune_orphan_states(self.library, self.kv_cache)

    def _real_engine(self) -> Engine:
        """Called on the inference thread: the engine module (and llama.cpp) load there, off the
        GUI thread, while the window paints."""
        from ..core.inference.engine import LlamaCppEngine
        from ..core.inference.routing import routing_engine

        return routing_engine(lambda: LlamaCppEngine(kv_cache=self.kv_cache), self.paths.config_dir)

    def _export(self, conversation_ids: list[str] | None) -> None:
        from ..core.history.titles import safe_file_stem

        name = "hearth-chats"
        if conversation_ids and len(conversation_ids) == 1:
            name = safe_file_stem(self.chat.history.title_of(conversation_ids[0]), fallback=name)
        self.history.export(conversation_ids, name)

    def start(self, open_file: Path | None = None) -> None:
        if self._down:  # closed before the delayed start came round: nothing is left to start
            return
        if self.storage.read_only_reason:  # damaged or read-only: chats show, changes cannot be saved
            self.window.show_error(self.storage.read_only_reason)
        self.window.refresh_sidebar()
        self._reopen_last_chat()
        if self.interrupted:
            cut_off = self.tr(
                "%1 reply(ies) were cut off when Hearth last closed unexpectedly; they are kept and marked "
                "'interrupted'."
            )
            self.window.statusBar().showMessage(cut_off.replace("%1", str(self.interrupted)), 20000)
        if self.settings.load_message:  # a broken settings file: said once, the defaults are in use
            self.settings_notice = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_NAME,
                self.settings.load_message,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            self.settings_notice.open()
        self.window.state_label.setText(self.tr("Looking at your models…"))
        # The model headers are read on the inference thread; the choice is made when they are in
        # (_on_first_scan, connected once in _connect_signals).
        self.inference.scan_library(self.library.models_dir)
        self._start_downloads()
        if open_file is not None:  # a .gguf opened from the file manager: offer to import it
            self.import_models([str(open_file)])
        self.window.chat_view.warm_up()

    def _reopen_last_chat(self) -> None:
        """Open the chat that was on screen when Hearth last closed (if it still exists)."""
        last = self.window_state.last_chat()
        if last is not None and self.chat.conversation_id is None and self.chat.history.conversation_exists(last):
            self.chat.open(last)

    def _on_first_scan(self) -> None:
        self.models.start()
        self.models.refresh_remotes()
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
            self._connect_downloads(self.downloads)
            self.downloads.start_pending()
        return self.downloads

    # -- models
    def open_model_manager(self):
        if self._model_manager is None:
            from .model_manager import ModelManagerDialog

            self._model_manager = ModelManagerDialog(
                self.paths,
                self.tokens,
                self.settings.get,
                self.settings.save,
                service=self._start_downloads(),
                parent=self.window,
            )
            self._connect_model_manager(self._model_manager)
        self._model_manager.show()
        self._model_manager.raise_()
        return self._model_manager

    def import_models(self, files: list[str]) -> None:
        """Dropped, chosen or opened model files: copied in the task thread with a progress dialog."""
        from .model_manager_common import ask_import_mode
        from .tasks import start_model_import

        start_model_import(
            files,
            self.library,
            self._start_downloads(),
            self.window,
            ask_import_mode,
            lambda outcome: outcome.imported and self._on_library_changed(),
        )

    def _choose_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a model"), str(Path.home()), self.tr("GGUF models (*.gguf)")
        )
        if path:
            self.import_models([path])

    def _on_library_changed(self) -> None:
        """A model arrived, left, or became the default: refresh the picker, and load one if none is."""
        self.models.refresh()
        self._forget_states_of_removed_models()
        if self.models.is_remote and self.models.state != "none":
            return  # chatting through a remote server: a local library change does not switch away
        if self.models.state in ("none", "error") or self.models.current not in {
            m.name for m in self.library.models() if m.usable
        }:
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

    def _on_color_scheme_changed(self, *_args) -> None:
        self._apply_theme()

    def _apply_theme(self) -> None:
        dark = apply_theme(self.qt_app, self.settings.get().theme)
        self.window.chat_view.set_dark(dark)
        self.window.set_theme_checked(self.settings.get().theme)

    def shutdown(self) -> None:
        if self._down:
            return
        self._down = True
        save_window(self.window, self.window_state, self.chat.conversation_id)
        for translator in self.translators:
            self.qt_app.removeTranslator(translator)
        self.inference.begin_shutdown()  # no queued job starts while the rest closes
        self.server.stop()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.disconnect(self._on_color_scheme_changed)
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
    errors = ErrorDialogs()
    install_excepthook(errors.report)
    open_file = Path(argv[0]) if argv and argv[0].lower().endswith(".gguf") else None
    start = GuiStart(qt_app, paths, errors, open_file)
    start.begin()
    code = qt_app.exec()
    if start.hearth is not None:
        start.hearth.shutdown()
    return start.exit_code if start.exit_code is not None else code


class GuiStart(QObject):
    """run_gui's two steps: the first frame at once, the real window once that frame is painted.

    ``build`` makes the app (HearthApp; a test passes its own to see the order of events)."""

    def __init__(
        self,
        qt_app: QApplication,
        paths: AppPaths,
        errors: ErrorDialogs,
        open_file: Path | None = None,
        build: Callable[..., HearthApp] | None = None,
    ):
        super().__init__()
        self.qt_app, self.paths, self.errors, self.open_file = qt_app, paths, errors, open_file
        self._build_app = build or HearthApp
        self.settings = SettingsStore(paths.settings_path)  # read once: a broken file is moved aside
        self.frame = FirstFrame()
        self.hearth: HearthApp | None = None
        self.exit_code: int | None = None

    def begin(self) -> None:
        apply_theme(self.qt_app, self.settings.get().theme)  # the first frame in the user's colours
        self.frame.show()
        self.frame.when_painted(self._build)

    def _build(self) -> None:
        from ..core.history.storage import StorageError

        try:
            hearth = self._build_app(self.qt_app, self.paths, settings=self.settings)
        except StorageError as exc:
            self.exit_code = 1
            message = self.tr("Hearth cannot open its history database:\n\n%1").replace("%1", str(exc))
            QMessageBox.critical(self.frame, APP_NAME, message)
            self.frame.close()
            self.qt_app.exit(1)
            return
        self.hearth = hearth
        self.errors.window = hearth.window
        self.frame.hand_over(hearth.window)
        hearth.start_after_first_paint(self.open_file)


class ErrorDialogs(QObject):
    """The window's report of an unexpected error (installed as ``sys.excepthook``'s notifier).

    ``report`` may be called from any thread (a slot failing on the inference thread): the signal
    brings the text to the GUI thread. One short, non-modal dialog at a time, so a slot failing
    on every repaint neither stacks dialogs nor starts nested event loops.
    """

    _requested = Signal(str)

    def __init__(self, window=None):
        super().__init__()
        self.window = window  # the dialogs' parent, once there is a window
        self._box: QMessageBox | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._requested.connect(self._show)  # queued when reported from another thread

    def report(self, text: str) -> None:
        self._requested.emit(text)

    def _show(self, text: str) -> None:
        if self._box is not None and self._box.isVisible():
            return
        self._box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self.window)
        self._box.open()
