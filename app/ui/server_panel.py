"""The window's Server panel: the same API server as ``hearth serve``, on its own thread.

:class:`ServerControl` owns the running server (uvicorn on a thread, requests going to the
window's own engine owner, so API requests queue behind the window's replies and vice versa) and
shows "API: N waiting" in the status bar while requests queue. :class:`ServerPanel` is the dialog:
on/off, port, "allow other devices on this network", the key with Copy/Regenerate, the base URL
to paste into other tools, and a live request log (never message content).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

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
    ):
        super().__init__(parent)
        self._owner, self._library, self._settings = owner, library, settings
        self._server = None
        self._key = None
        self.status_label = status_label
        self._timer = QTimer(self, interval=WAITING_POLL_MS)
        self._timer.timeout.connect(self._show_waiting)

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

    def start(self, port: int, network: bool) -> None:
        from ..core.server.app import build_app
        from ..core.server.runner import BackgroundServer, ServerError, bind

        self.stop()
        host = "0.0.0.0" if network else "127.0.0.1"
        try:
            sock = bind(host, port)
        except ServerError as exc:
            self.state_changed.emit(False, str(exc))
            return
        self.key()
        app = build_app(
            self._service(), bind_host=host, api_key=lambda: self._key.value, on_request=self.request_logged.emit
        )
        self._server = BackgroundServer(app, sock)
        self._server.start()
        self._timer.start()
        log.info("API server started on %s:%d", host, sock.getsockname()[1])
        self.state_changed.emit(True, self.base_url)

    def _service(self):
        from ..core.base.hashing import cached_sha256
        from ..core.inference.engine import LoadOptions
        from ..core.server.service import ModelService

        library, settings = self._library, self._settings
        return ModelService(
            self._owner,
            library,
            settings(),
            lambda: LoadOptions.from_settings(settings(), library.thread_tuner),
            lambda path: cached_sha256(path, library.hash_cache),
            may_switch_model=False,
        )

    def stop(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        self._timer.stop()
        server.stop()
        self._show_waiting()
        self.state_changed.emit(False, "stopped")

    def _show_waiting(self) -> None:
        if self.status_label is None:
            return
        waiting = self._owner.waiting if self.running else 0
        self.status_label.setText(f"API: {waiting} waiting" if waiting else ("API on" if self.running else ""))


class ServerPanel(QDialog):
    """The dialog; closing it leaves the server as it is."""

    def __init__(self, control: ServerControl, parent: QWidget | None = None):
        super().__init__(parent)
        self.control = control
        self.setWindowTitle("API server")
        self.resize(760, 480)
        self.enabled = QCheckBox("Serve the model to other programs (OpenAI- and Anthropic-compatible API)")
        self.port = QSpinBox(minimum=1, maximum=65535, value=DEFAULT_PORT)
        self.network = QCheckBox("Allow other devices on this network (needs the key)")
        self.key = QLineEdit(readOnly=True, echoMode=QLineEdit.EchoMode.Password)
        self.copy_button = QPushButton("Copy")
        self.regenerate_button = QPushButton("Regenerate")
        self.url = QLineEdit(readOnly=True, placeholderText="off")
        self.state = QLabel("")
        self.log_table = QTableWidget(0, 7)
        self.log_table.setHorizontalHeaderLabels(
            ["Time", "Client", "Endpoint", "Model", "Tokens", "Duration", "Status"]
        )
        self._layout()
        self._connect_signals()
        self._show_state(control.running, control.base_url)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow("Port:", self.port)
        form.addRow(self.network)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.copy_button)
        key_row.addWidget(self.regenerate_button)
        form.addRow("API key:", key_row)
        form.addRow("Base URL:", self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(QLabel("Requests:"))
        layout.addWidget(self.log_table, 1)

    def _connect_signals(self) -> None:
        self.enabled.toggled.connect(self._toggle)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.control.key()))
        self.regenerate_button.clicked.connect(self._regenerate)
        self.control.state_changed.connect(self._show_state)
        self.control.request_logged.connect(self.add_record)

    def _toggle(self, on: bool) -> None:
        if on and not self.control.running:
            self.control.start(self.port.value(), self.network.isChecked())
        elif not on and self.control.running:
            self.control.stop()

    def _regenerate(self) -> None:
        self.key.setText(self.control.regenerate_key())
        self.state.setText("A new key is in use: programs using the old one now get 401.")

    def _show_state(self, running: bool, message: str) -> None:
        self.enabled.blockSignals(True)
        self.enabled.setChecked(running)
        self.enabled.blockSignals(False)
        self.port.setEnabled(not running)
        self.network.setEnabled(not running)
        self.url.setText(message if running else "")
        if running:
            self.key.setText(self.control.key())
        self.state.setText("Running." if running else ("" if message == "stopped" else message))

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


def attach_server_panel(window, owner, library, settings: Callable[[], object]) -> ServerControl:
    """The one hook: a Models ▸ API server… menu entry, a status-bar label, and the control."""
    label = QLabel("")
    window.statusBar().addPermanentWidget(label)
    control = ServerControl(owner, library, settings, label, parent=window)
    panel: list[ServerPanel] = []

    def open_panel() -> None:
        if not panel:
            panel.append(ServerPanel(control, window))
        panel[0].show()
        panel[0].raise_()

    action = QAction(QCoreApplication.translate("MainWindow", "API &server…"), window)
    action.triggered.connect(open_panel)
    window.models_menu.addAction(action)
    control.open_panel = open_panel
    control.panel = panel
    return control
