"""Export and import of conversations from the window (File menu and the sidebar's context menu).

The work is done by :mod:`app.core.history.export` and :mod:`app.core.history.importers`; this module only asks
where, and reports what happened. PDF uses Qt's own writer (:mod:`app.ui.pdf_export`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import APP_NAME
from ..core.history.deletion import DeletePlan, describe_delete
from ..core.history.export import EXTENSIONS, ExportError, write_export
from ..core.history.storage import Storage, StorageError
from .text_args import fill

FILTERS = {  # the file dialog's filters, shown in the user's language (see filters())
    "md": QT_TRANSLATE_NOOP("HistoryActions", "Markdown (*.md)"),
    "html": QT_TRANSLATE_NOOP("HistoryActions", "Web page, self-contained (*.html)"),
    "pdf": QT_TRANSLATE_NOOP("HistoryActions", "PDF (*.pdf)"),
    "json": QT_TRANSLATE_NOOP("HistoryActions", "Hearth JSON, lossless (*.json)"),
    "txt": QT_TRANSLATE_NOOP("HistoryActions", "Plain text (*.txt)"),
}


def filters() -> dict[str, str]:
    """Format -> the filter text as the file dialog shows it."""
    return {fmt: QCoreApplication.translate("HistoryActions", text) for fmt, text in FILTERS.items()}


def format_for(path: Path, chosen_filter: str) -> str:
    """The format from the file's extension, else from the filter the user picked."""
    by_extension = {ext: fmt for fmt, ext in EXTENSIONS.items()}
    if path.suffix.lower() in by_extension:
        return by_extension[path.suffix.lower()]
    shown = filters()
    return next((fmt for fmt in FILTERS if chosen_filter in (shown[fmt], FILTERS[fmt])), "md")


def delete_message_box(plan: DeletePlan, parent: QWidget | None = None) -> QMessageBox:
    """The confirmation for deleting a message: it names exactly what goes, and No is the default
    (Enter or a stray click on the default button must not delete)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("HistoryActions", "Delete message"),
        describe_delete(plan),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def confirm_delete_message(plan: DeletePlan, parent: QWidget | None = None) -> bool:
    return delete_message_box(plan, parent).exec() == QMessageBox.StandardButton.Yes


class HistoryActions(QObject):
    imported = Signal(list)  # ids of the conversations that arrived

    def __init__(
        self, storage: Storage, parent_widget: Callable[[], QWidget], parent: QObject | None = None, tasks=None
    ):
        super().__init__(parent)
        self._storage = storage
        self._tasks = tasks  # app.ui.tasks.DatabaseTasks: export and import run off the GUI thread
        self._parent = parent_widget
        self.last_message = ""

    def export(self, conversation_ids: Sequence[str] | None, suggested_name: str = "hearth-chat") -> None:
        """Ask for a file and a format, then export (None: every conversation)."""
        path_text, chosen = QFileDialog.getSaveFileName(
            self._parent(),
            self.tr("Export chats"),
            str(Path.home() / f"{suggested_name}.md"),
            ";;".join(filters().values()),
        )
        if not path_text:
            return
        path = Path(path_text)
        fmt = format_for(path, chosen)
        if not path.suffix:
            path = path.with_suffix(EXTENSIONS[fmt])
        self.export_to(conversation_ids, fmt, path)

    def export_to(self, conversation_ids: Sequence[str] | None, fmt: str, path: Path) -> None:
        """Export in the history thread; the outcome is reported when it ends (tasks.finished)."""
        from .pdf_export import export_pdf  # QtGui's PDF writer, loaded when first needed
        from .tasks import run_with_progress

        def failed(exc: Exception) -> None:
            known = isinstance(exc, (ExportError, StorageError, OSError))
            detail = str(exc) if known else f"{exc.__class__.__name__}: {exc}"
            self._report(self.tr("Export failed: %1").replace("%1", detail), error=True)

        run_with_progress(
            self._tasks,
            self._storage,
            lambda storage: write_export(storage, conversation_ids, fmt, path, pdf_writer=export_pdf),
            lambda written: self._report(self.tr("Exported to %1").replace("%1", ", ".join(str(p) for p in written))),
            failed,
            self._parent(),
            self.tr("Exporting..."),
        )

    def import_(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(
            self._parent(),
            self.tr("Import chats"),
            str(Path.home()),
            self.tr("Chat exports (*.json *.zip);;Hearth JSON (*.json);;ChatGPT export (conversations.json *.zip)"),
        )
        if path_text:
            self.import_from(Path(path_text))

    def import_from(self, path: Path) -> None:
        """Import in the history thread; ``imported`` is emitted when it ends."""
        from ..core.history.importers import ImportFormatError, import_file
        from .tasks import run_with_progress

        def done(result) -> None:
            self._report(result.summary()[0].upper() + result.summary()[1:] + ".")
            self.imported.emit(list(result.imported))

        def failed(exc: Exception) -> None:
            known = isinstance(exc, (ImportFormatError, StorageError, OSError))
            detail = str(exc).removeprefix(f"{path.name}: ")  # import errors name the file already
            reason = detail if known else f"{exc.__class__.__name__}: {detail}"
            self._report(fill(self.tr("Nothing was imported from %1: %2"), path.name, reason), error=True)

        run_with_progress(
            self._tasks,
            self._storage,
            lambda storage: import_file(storage, path),
            done,
            failed,
            self._parent(),
            self.tr("Importing %1...").replace("%1", path.name),
        )

    def _report(self, message: str, error: bool = False) -> None:
        self.last_message = message
        box = QMessageBox(
            QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
            APP_NAME,
            message,
            QMessageBox.StandardButton.Ok,
            self._parent(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
