"""What the model manager's tabs share: read-only table cells, the table they sit in, the prompts
(replaceable, so tests answer them without a modal dialog) and the runner for slow calls.

Kept apart from :mod:`model_manager` so each tab module can import it without importing the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core.models.library import COPY, LINK
from .confirm import ask


# ------------------------------------------------------------------ cells
def cell(text: str, tooltip: str = "", align_right: bool = False) -> QTableWidgetItem:
    """A table cell the user can select but not edit."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(tooltip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def make_table(headers: list[str]) -> QTableWidget:
    """A one-row-at-a-time table whose columns fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


# ---------------------------------------------------------------- prompts
def token_help() -> str:
    return QCoreApplication.translate(
        "ModelManager",
        "Gated Gemma repositories need a Hugging Face read token, and the license accepted on the "
        "model's page with the same account. Create a token at https://huggingface.co/settings/tokens.",
    )


def ask_for_token(parent: QWidget | None, message: str) -> str | None:
    """Ask for a Hugging Face token (input hidden). None when the user cancels."""
    label = QCoreApplication.translate("ModelManager", "Token:")
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ModelManager", "Hugging Face token"),
        f"{message}\n\n{token_help()}\n\n{label}",
        QLineEdit.EchoMode.Password,
    )
    return text.strip() if ok and text.strip() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No with No as the default (Enter must not delete or cancel a download)."""
    return ask(parent, title, text)


def ask_import_mode(parent: QWidget | None, paths: list[Path]) -> str | None:
    """Copy or link? None when the user cancels."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ModelManager", "Import model"))
    names = ", ".join(p.name for p in paths[:3]) + ("..." if len(paths) > 3 else "")
    box.setText(QCoreApplication.translate("ModelManager", "Add %1 to the library.").replace("%1", names))
    box.setInformativeText(
        QCoreApplication.translate(
            "ModelManager",
            "Copy: the library keeps its own file (uses disk space).\n"
            "Link: no extra space; the original file must stay where it is.",
        )
    )
    copy = box.addButton(QCoreApplication.translate("ModelManager", "Copy"), QMessageBox.ButtonRole.AcceptRole)
    link = box.addButton(QCoreApplication.translate("ModelManager", "Link"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return COPY if box.clickedButton() is copy else LINK if box.clickedButton() is link else None


@dataclass
class Prompts:
    """The questions the tabs ask; one shared instance, so a test that replaces one answers every tab."""

    token: Callable[[QWidget | None, str], str | None] = ask_for_token
    confirm: Callable[[QWidget | None, str, str], bool] = confirm
    import_mode: Callable[[QWidget | None, list[Path]], str | None] = ask_import_mode


# ------------------------------------------------------------ slow calls
class TaskRunner(QObject):
    """Runs callables in the download service's task thread and calls back on the GUI thread.

    The dialog connects the service's ``task_done``/``task_failed``/``task_progress`` to the slots
    below (in its ``_connect_signals``); the tabs only call :meth:`run`."""

    def __init__(self, service, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._callbacks: dict[str, tuple[Callable, Callable, QLabel | None]] = {}  # task id -> done, error, status

    def run(self, fn: Callable, on_done: Callable, on_error: Callable, status: QLabel | None = None) -> None:
        """``fn(report)`` runs off the GUI thread; ``status`` (if given) shows its progress."""
        task_id = self._service.run_task(fn)
        self._callbacks[task_id] = (on_done, on_error, status)

    @Slot(str, object)
    def on_done(self, task_id: str, result) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks:
            callbacks[0](result)

    @Slot(str, object)
    def on_failed(self, task_id: str, exc) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks:
            callbacks[1](exc)

    @Slot(str, object, object)
    def on_progress(self, task_id: str, done, total) -> None:
        callbacks = self._callbacks.get(task_id)
        if callbacks and callbacks[2] is not None and total:
            callbacks[2].setText(
                QCoreApplication.translate("ModelManager", "Checking... %1%").replace("%1", str(100 * done // total))
            )
