"""The model manager's "Remote servers" page: add, remove and test OpenAI-compatible servers.

The list lives in ``remotes.json`` (:class:`~app.core.models.remotes.RemoteStore`) and the keys
in the keyring (:class:`~app.core.models.remotes.RemoteKeys`); this page only edits them. Testing
a server is network I/O (seconds when it is down), so it runs on a short-lived background thread
and the answer comes back through a queued signal.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.models.remotes import RemoteError, RemoteKeys, RemoteStore, insecure_warning


class RemoteServersPage(QWidget):
    servers_changed = Signal()  # added or removed: the model picker lists them again
    tested = Signal(str, str)  # endpoint name, the result shown (tests wait on it)
    _test_done = Signal(str, object)  # from the test thread: name, (ids, error)

    def __init__(self, config_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = RemoteStore(config_dir)
        self.keys = RemoteKeys()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Name", "URL", "State"])
        self.table.setAccessibleName("Remote servers")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("gpu-box")
        self.name_edit.setAccessibleName("Server name")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("http://gpu-box:8000/v1")
        self.url_edit.setAccessibleName("Server URL")
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("optional; kept in the system keyring")
        self.add_button = QPushButton("Add")
        self.remove_button = QPushButton("Remove")
        self.test_button = QPushButton("Test")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server names and errors are not HTML
        self._layout()
        self.add_button.clicked.connect(self.add_server)
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_button.clicked.connect(self.test_selected)
        self._test_done.connect(self._show_test)
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("Name", self.name_edit)
        form.addRow("URL", self.url_edit)
        form.addRow("API key", self.key_edit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Chat with models served elsewhere: vLLM, llama.cpp's llama-server, Ollama, "
                "LM Studio or another Hearth (any OpenAI-compatible API)."
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def reload(self) -> None:
        try:
            endpoints = self.store.endpoints()
        except RemoteError as exc:
            self._say(str(exc))
            endpoints = []
        self.table.setRowCount(len(endpoints))
        for row, endpoint in enumerate(endpoints):
            state = "plain http to another machine: unencrypted" if endpoint.insecure else "not tested"
            for column, text in enumerate((endpoint.name, endpoint.url, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def add_server(self) -> None:
        name, url, key = self.name_edit.text().strip(), self.url_edit.text().strip(), self.key_edit.text()
        try:
            endpoint = self.store.add(name, url)
            in_keyring = self.keys.set(endpoint.name, key) if key.strip() else True
        except RemoteError as exc:
            self._say(str(exc))
            return
        self.key_edit.clear()
        notes = [f"Added {endpoint.name}: {endpoint.url}."]
        if not in_keyring:
            notes.append("No keyring on this system: the key is kept until Hearth quits.")
        warning = insecure_warning(endpoint)
        if warning:
            notes.append(f"Warning: {warning}.")
        self._say(" ".join(notes))
        self.reload()
        self.servers_changed.emit()

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            self._say("Select a server first.")
            return
        self.store.remove(name)
        self.keys.clear(name)
        self._say(f"Removed {name} and its key.")
        self.reload()
        self.servers_changed.emit()

    def test_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            self._say("Select a server first.")
            return
        try:
            endpoint = self.store.get(name)
        except RemoteError as exc:
            self._say(str(exc))
            return
        self._say(f"Testing {name}…")
        key = self.keys.get(name)

        def test() -> None:
            from ..core.inference.remote import survey

            ((_endpoint, ids, error),) = survey([endpoint], lambda _name: key)
            self._test_done.emit(name, (ids, error))

        threading.Thread(target=test, name="hearth-remote-test", daemon=True).start()

    def _show_test(self, name: str, outcome: tuple) -> None:
        ids, error = outcome
        text = error or f"reachable · {len(ids)} model(s): {', '.join(ids) or 'none'}"
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                self.table.setItem(row, 2, QTableWidgetItem(text))
        self._say(f"{name}: {text}")
        self.tested.emit(name, text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
