"""The window's Server panel: the same API server as ``hearth serve``, on its own thread.

:class:`ServerControl` owns the running server (uvicorn on a thread, requests going to the
window's own engine owner, so API requests queue behind the window's replies and vice versa) and
shows "API: N waiting" in the status bar while requests queue. :class:`ServerPanel` is the dialog:
on/off, port, "allow other devices on this network", allowed web origins, "keep API conversations
in history", the key with Copy/Regenerate, the base URL to paste into other tools, and a live
request log (never message content).

The panel's choices are settings (``api_server_*``, ``api_keep_history``): saved when changed and
restored at the next start, which starts the server again when it was on. The server reads and
writes the history database only through its own connection on its own thread
(:class:`~app.core.server.server_db.ServerDatabase`), never the window's.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.server import DEFAULT_PORT

log = logging.getLogger(__name__)
LOG_ROWS = 200  # the request log keeps the latest rows only
WAITING_POLL_MS = 500


class ServerControl(QObject):
    """Starts and stops the API server; relays its request log to the GUI thread."""

    request_logged = Signal(object)  # RequestRecord (emitted from the server's thread: queued)
    state_changed = Signal(bool, str)  # running, a sentence (the base URL, or why it did not start)

    def __init__(
        self,
        owner,
        library,
        settings: Callable[[], object],
        status_label: QLabel | None = None,
        parent: QObject | None = None,
        *,
        save_settings: Callable[[object], None] | None = None,
        database_path: Path | None = None,
    ):
        super().__init__(parent)
        self._owner, self._library, self._settings = owner, library, settings
        self._save_settings = save_settings
        self._database_path = database_path
        self._server = None
        self._service = None
        self._database = None
        self._key = None
        self.status_label = status_label
        self._timer = QTimer(self, interval=WAITING_POLL_MS)
        self.last_message = ""  # why the server is off (shown when the panel opens later)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._show_waiting)
        self.state_changed.connect(self._remember_message)

    def _remember_message(self, _running: bool, message: str) -> None:
        self.last_message = message

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def base_url(self) -> str:
        return self._server.address.base_url if self._server is not None else ""

    def key(self) -> str:
        if self._key is None:
            from ..core.server.keys import resolve_api_key

            self._key = resolve_api_key()
        return self._key.value

    def regenerate_key(self) -> str:
        from ..core.server.keys import regenerate_api_key

        self._key = regenerate_api_key()  # takes effect at once: the guard asks for the key per request
        return self._key.value

    def start(self, port: int, network: bool, origins: str = "") -> bool:
        """Start listening; False (and ``state_changed`` saying why) when it cannot."""
        from ..core.server.app import build_app
        from ..core.server.guard import parse_origins
        from ..core.server.runner import BackgroundServer, ServerError, bind

        self.stop()
        host = "0.0.0.0" if network else "127.0.0.1"
        try:
            allowed = parse_origins(origins)
            sock = bind(host, port)
        except (ServerError, ValueError) as exc:
            self.state_changed.emit(False, str(exc))
            return False
        self.key()
        self._service = self._new_service()
        app = build_app(
            self._service,
            bind_host=host,
            api_key=lambda: self._key.value,
            allow_origins=allowed,
            on_request=self.request_logged.emit,
        )
        self._server = BackgroundServer(app, sock)
        self._server.start()
        self._timer.start()
        if self.status_label is not None:
            self.status_label.setToolTip("")  # a reason it was off earlier no longer holds
        log.info("API server started on %s:%d", host, sock.getsockname()[1])
        self.state_changed.emit(True, self.base_url)
        return True

    def _new_service(self):
        from ..core.base.hashing import cached_sha256
        from ..core.inference.engine import LoadOptions
        from ..core.server.server_db import ServerDatabase
        from ..core.server.service import ModelService

        library, settings = self._library, self._settings
        if self._database_path is not None:
            self._database = ServerDatabase(self._database_path)  # its own connection and thread
        return ModelService(
            self._owner,
            library,
            settings(),
            lambda: LoadOptions.from_settings(settings(), library.thread_tuner),
            lambda path: cached_sha256(path, library.hash_cache),
            may_switch_model=False,
            database=self._database,
            keep_history=lambda: settings().api_keep_history,  # the panel's switch counts at once
        )

    def stop(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        self._timer.stop()
        server.stop()
        service, self._service = self._service, None
        if service is not None:
            service.close(timeout=0)  # the embedding model unloads on the engine thread, in turn
        database, self._database = self._database, None
        if database is not None:
            database.close()
        self._show_waiting()
        self.state_changed.emit(False, "stopped")

    # -- settings
    def remember(self, **changes) -> None:
        """Save panel choices (``api_server_*``, ``api_keep_history``) in the settings file."""
        if self._save_settings is None:
            return
        current = self._settings()
        if any(getattr(current, name) != value for name, value in changes.items()):
            self._save_settings(current.with_changes(**changes))

    def restore(self) -> None:
        """Start the server again when it was on when the app last closed (its port, network and
        origins as saved). A failure (the port taken meanwhile) is said in the panel and the log."""
        settings = self._settings()
        if self._owner.closing.is_set():  # the app quit before the window was up
            return
        if settings.api_server_enabled and not self.running:
            started = self.start(settings.api_server_port, settings.api_server_network, settings.api_server_origins)
            if not started:
                log.warning("the API server was on last time but could not start again")
                if self.status_label is not None:
                    self.status_label.setText(QCoreApplication.translate("ServerPanel", "API off"))
                    self.status_label.setToolTip(self.last_message)

    def _show_waiting(self) -> None:
        if self.status_label is None:
            return
        waiting = self._owner.waiting if self.running else 0
        if waiting:
            text = QCoreApplication.translate("ServerPanel", "API: %1 waiting").replace("%1", str(waiting))
        else:
            text = QCoreApplication.translate("ServerPanel", "API on") if self.running else ""
        self.status_label.setText(text)


class ServerPanel(QDialog):
    """The dialog; closing it leaves the server as it is. Every choice is saved as it is made."""

    def __init__(self, control: ServerControl, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.control = control
        self.setWindowTitle(self.tr("API server"))
        self.resize(760, 520)
        self.enabled = QCheckBox(self.tr("Serve the model to other programs (OpenAI- and Anthropic-compatible API)"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=settings.api_server_port or DEFAULT_PORT)
        self.network = QCheckBox(self.tr("Allow other devices on this network (needs the key)"))
        self.network.setChecked(settings.api_server_network)
        self.origins = QLineEdit(
            settings.api_server_origins, placeholderText=self.tr("none (web pages cannot call the server)")
        )
        self.origins.setToolTip(
            self.tr(
                "Web origins allowed to call the server from a browser, separated by spaces, like http://localhost:3000"
            )
        )
        self.keep_history = QCheckBox(self.tr("Keep API conversations in history (in the sidebar's API group)"))
        self.keep_history.setChecked(settings.api_keep_history)
        self.key = QLineEdit(readOnly=True, echoMode=QLineEdit.EchoMode.Password)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.url = QLineEdit(readOnly=True, placeholderText=self.tr("off"))
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.log_table = QTableWidget(0, 7)
        self.log_table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Client"),
                self.tr("Endpoint"),
                self.tr("Model"),
                self.tr("Tokens"),
                self.tr("Duration"),
                self.tr("Status"),
            ]
        )
        self.log_table.verticalHeader().setVisible(False)  # row numbers say nothing here
        self._layout()
        self._connect_signals()
        self._show_state(control.running, control.base_url if control.running else control.last_message)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.network)
        form.addRow(self.tr("Allowed web origins:"), self.origins)
        form.addRow(self.keep_history)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.copy_button)
        key_row.addWidget(self.regenerate_button)
        form.addRow(self.tr("API key:"), key_row)
        form.addRow(self.tr("Base URL:"), self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(QLabel(self.tr("Requests:")))
        layout.addWidget(self.log_table, 1)

    def _connect_signals(self) -> None:
        self.enabled.toggled.connect(self._toggle)
        self.port.valueChanged.connect(lambda port: self.control.remember(api_server_port=port))
        self.network.toggled.connect(lambda on: self.control.remember(api_server_network=on))
        self.origins.editingFinished.connect(self._remember_origins)
        self.keep_history.toggled.connect(lambda on: self.control.remember(api_keep_history=on))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.control.key()))
        self.regenerate_button.clicked.connect(self._regenerate)
        self.control.state_changed.connect(self._show_state)
        self.control.request_logged.connect(self.add_record)

    def _remember_origins(self) -> None:
        from ..core.server.guard import parse_origins

        try:
            parse_origins(self.origins.text())
        except ValueError as exc:
            self.state.setText(str(exc))  # kept in the field to be corrected; not saved
            return
        self.control.remember(api_server_origins=self.origins.text().strip())

    def _toggle(self, on: bool) -> None:
        if on and not self.control.running:
            if self.control.start(self.port.value(), self.network.isChecked(), self.origins.text()):
                self.control.remember(
                    api_server_enabled=True,
                    api_server_port=self.port.value(),
                    api_server_network=self.network.isChecked(),
                    api_server_origins=self.origins.text().strip(),
                )
        elif not on and self.control.running:
            self.control.stop()
            self.control.remember(api_server_enabled=False)

    def _regenerate(self) -> None:
        self.key.setText(self.control.regenerate_key())
        self.state.setText(self.tr("A new key is in use: programs using the old one now get 401."))

    def _show_state(self, running: bool, message: str) -> None:
        self.enabled.blockSignals(True)
        self.enabled.setChecked(running)
        self.enabled.blockSignals(False)
        for widget in (self.port, self.network, self.origins):  # they take effect at the next start
            widget.setEnabled(not running)
        self.url.setText(message if running else "")
        if running:
            self.key.setText(self.control.key())
        self.state.setText(self.tr("Running.") if running else ("" if message == "stopped" else message))

    def add_record(self, record) -> None:
        table = self.log_table
        if table.rowCount() >= LOG_ROWS:
            table.removeRow(0)
        row = table.rowCount()
        table.insertRow(row)
        tokens = f"{record.prompt_tokens}+{record.completion_tokens}" if record.completion_tokens else ""
        cells = (
            time.strftime("%H:%M:%S", time.localtime(record.time)),
            record.client,
            f"{record.method} {record.path}",
            record.model,
            tokens,
            f"{record.duration_s * 1000:.0f} ms",
            str(record.status),
        )
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
        table.scrollToBottom()


def attach_server_panel(
    window,
    owner,
    library,
    settings: Callable[[], object],
    save_settings: Callable[[object], None] | None = None,
    database_path: Path | None = None,
) -> ServerControl:
    """The one hook: a Models ▸ API server… menu entry, a status-bar label, and the control; the
    server starts again (after the window is up) when it was on when the app last closed."""
    label = QLabel("")
    window.statusBar().addPermanentWidget(label)
    control = ServerControl(
        owner, library, settings, label, parent=window, save_settings=save_settings, database_path=database_path
    )
    panel: list[ServerPanel] = []

    def open_panel() -> None:
        if not panel:
            panel.append(ServerPanel(control, settings(), window))
        panel[0].show()
        panel[0].raise_()

    action = QAction(QCoreApplication.translate("MainWindow", "API &server…"), window)
    action.triggered.connect(open_panel)
    window.models_menu.addAction(action)
    control.open_panel = open_panel
    control.panel = panel
    QTimer.singleShot(0, control, control.restore)  # uvicorn's imports wait until the window is shown
    return control
