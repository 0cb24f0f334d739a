"""The model manager's "Remote servers" page: add, change, remove and test OpenAI-compatible servers.

The list lives in ``remotes.json`` (:class:`~app.core.models.remotes.RemoteStore`) and the keys
in the keyring (:class:`~app.core.models.remotes.RemoteKeys`); this page only edits them.
Selecting a server puts its name, URL and context setting in the form, so saving under the same
name changes it (an empty key field keeps the stored key). The context setting is used when the
server does not say its own (:mod:`app.core.inference.remote_context`). Testing a server is
network I/O (seconds when it is down), so it runs on a short-lived background thread and the
answer comes back through a queued signal.
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.models.remotes import MAX_CONTEXT, RemoteEndpoint, RemoteError, RemoteKeys, RemoteStore, insecure_warning

NAME, URL, CONTEXT, STATE = range(4)  # table columns


class RemoteServersPage(QWidget):
    servers_changed = Signal()  # added, changed or removed: the model picker lists them again
    tested = Signal(str, str)  # endpoint name, the result shown (tests wait on it)
    _test_done = Signal(str, object)  # from the test thread: name, (ids, error)

    def __init__(self, config_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = RemoteStore(config_dir)
        self.keys = RemoteKeys()
        self.table = self._build_table()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("gpu-box")
        self.name_edit.setAccessibleName(self.tr("Server name"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("http://gpu-box:8000/v1")
        self.url_edit.setAccessibleName(self.tr("Server URL"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.context_edit = self._build_context_edit()
        self.add_button = QPushButton(self.tr("Save"))
        self.add_button.setToolTip(self.tr("Add the server, or save the changes to the one with this name"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.test_button = QPushButton(self.tr("Test"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server names and errors are not HTML
        self._layout()
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_server)
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.table.itemSelectionChanged.connect(self._fill_form_from_selection)
        self._test_done.connect(self._show_test)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("URL"), self.tr("Context"), self.tr("State")])
        table.setAccessibleName(self.tr("Remote servers"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        for column in (NAME, URL, CONTEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_context_edit(self) -> QSpinBox:
        """0 shows as "as the server says"; any other value is used when the server says nothing."""
        edit = QSpinBox()
        edit.setRange(0, MAX_CONTEXT)
        edit.setSingleStep(1024)
        edit.setSuffix(self.tr(" tokens"))
        edit.setSpecialValueText(self.tr("as the server says"))
        edit.setAccessibleName(self.tr("Context length"))
        edit.setToolTip(
            self.tr(
                "The context length to use when the server does not say its own "
                "(vLLM and llama-server say it; Ollama often gives only the model's maximum)"
            )
        )
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("URL"), self.url_edit)
        form.addRow(self.tr("API key"), self.key_edit)
        form.addRow(self.tr("Context"), self.context_edit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr(
                "Chat with models served elsewhere: vLLM, llama.cpp's llama-server, Ollama, "
                "LM Studio or another Hearth (any OpenAI-compatible API)."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
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
            state = (
                self.tr("plain http to another machine: unencrypted") if endpoint.insecure else self.tr("not tested")
            )
            for column, text in enumerate((endpoint.name, endpoint.url, self._context_text(endpoint), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _context_text(self, endpoint: RemoteEndpoint) -> str:
        return (
            self.locale().toString(endpoint.context_length) if endpoint.context_length else self.tr("from the server")
        )

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), NAME).text() if rows else None

    def _fill_form_from_selection(self) -> None:
        """The selected server in the form, ready to change; its key stays in the keyring."""
        name = self.selected_name()
        endpoint = next((e for e in self._endpoints_quietly() if e.name == name), None)
        if endpoint is None:
            return
        self.name_edit.setText(endpoint.name)
        self.url_edit.setText(endpoint.url)
        self.context_edit.setValue(endpoint.context_length)
        self.key_edit.clear()

    def _endpoints_quietly(self) -> list[RemoteEndpoint]:
        try:
            return self.store.endpoints()
        except RemoteError:
            return []  # reload() has said why already

    def add_server(self) -> None:
        name, url, key = self.name_edit.text().strip(), self.url_edit.text().strip(), self.key_edit.text()
        known = any(e.name == name for e in self._endpoints_quietly())
        try:
            endpoint = self.store.add(name, url, self.context_edit.value())
            in_keyring = self.keys.set(endpoint.name, key) if key.strip() else True
        except RemoteError as exc:
            self._say(str(exc))
            return
        self.key_edit.clear()
        done = self.tr("Saved %1: %2.") if known else self.tr("Added %1: %2.")
        notes = [done.replace("%1", endpoint.name).replace("%2", endpoint.url)]
        if not in_keyring:
            notes.append(self.tr("No keyring on this system: the key is kept until Hearth quits."))
        warning = insecure_warning(endpoint)
        if warning:
            notes.append(self.tr("Warning: %1.").replace("%1", warning))
        self._say(" ".join(notes))
        self.reload()
        self.servers_changed.emit()

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            self._say(self.tr("Select a server first."))
            return
        self.store.remove(name)
        self.keys.clear(name)
        self._say(self.tr("Removed %1 and its key.").replace("%1", name))
        self.reload()
        self.servers_changed.emit()

    def test_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            self._say(self.tr("Select a server first."))
            return
        try:
            endpoint = self.store.get(name)
        except RemoteError as exc:
            self._say(str(exc))
            return
        self._say(self.tr("Testing %1…").replace("%1", name))
        key = self.keys.get(name)

        def test() -> None:
            from ..core.inference.remote_client import survey

            ((_endpoint, ids, error),) = survey([endpoint], lambda _name: key)
            self._test_done.emit(name, (ids, error))

        threading.Thread(target=test, name="hearth-remote-test", daemon=True).start()

    def _show_test(self, name: str, outcome: tuple) -> None:
        ids, error = outcome
        reachable = self.tr("reachable · %1 model(s): %2").replace("%1", str(len(ids)))
        text = error or reachable.replace("%2", ", ".join(ids) or self.tr("none"))
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).text() == name:
                self.table.setItem(row, STATE, QTableWidgetItem(text))
        self._say(f"{name}: {text}")
        self.tested.emit(name, text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
