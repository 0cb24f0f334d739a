"""Document collections in the window (Chat → Document collections…), and the embedding model.

The page lists the collections (documents, chunks, folder) with a tick for "used by this chat";
Add folder…, Reindex and Remove act on them; a box chooses the embedding model (any GGUF in the
library, or none: retrieval by keywords alone, BM25, and the page says so). It calls the same core
as ``hearth docs add|reindex|rm|use|embed`` (:mod:`app.core.documents.collections`,
:mod:`~app.core.documents.embeddings`).

Everything slow (walking a folder, reading PDFs, loading the embedding model, computing vectors,
purging a removed collection's words from the index) runs on the worker thread of
:class:`~.collection_jobs.CollectionJobs`, with its own database connection; the page shows its
progress and a Cancel button, and the window stays usable meanwhile. A cancelled indexing keeps the files done so far, each stored
whole (the core stores one file per transaction). On start, the chosen embedding model is loaded
and every collection is re-checked for changed or deleted files, in the same thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.documents import collections, embeddings, store
from ..core.documents.collections import IndexReport
from .collection_jobs import CollectionJobs, index_folder, reindex, remove, start_up_upkeep, use_embedding_model
from .confirm import ask


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollectionsPage", text)


# ------------------------------------------------------------------ the page
class CollectionsPage(QDialog):
    """Non-modal: the window stays usable while a folder is indexed."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CollectionsPage", "Collection"),
        QT_TRANSLATE_NOOP("CollectionsPage", "Documents"),
        QT_TRANSLATE_NOOP("CollectionsPage", "Chunks"),
        QT_TRANSLATE_NOOP("CollectionsPage", "Folder"),
        QT_TRANSLATE_NOOP("CollectionsPage", "Used by this chat"),
    )

    def __init__(self, storage, jobs: CollectionJobs, chat, models: Callable[[], list], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CollectionsPage", "Document collections"))
        self._storage, self._jobs, self._chat, self._models = storage, jobs, chat, models
        self.last_outcome = ""
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)  # row numbers say nothing here
        self.table.horizontalHeader().setStretchLastSection(True)  # the table fills the page's width
        self.table.setAccessibleName(QCoreApplication.translate("CollectionsPage", "Document collections"))
        self.add_button = QPushButton(QCoreApplication.translate("CollectionsPage", "Add folder…"))
        self.reindex_button = QPushButton(QCoreApplication.translate("CollectionsPage", "Reindex"))
        self.remove_button = QPushButton(QCoreApplication.translate("CollectionsPage", "Remove"))
        self.embedding_box = QComboBox()
        self.embedding_box.setAccessibleName(QCoreApplication.translate("CollectionsPage", "Embedding model"))
        self.embedding_note = QLabel()
        self.embedding_note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(QCoreApplication.translate("CollectionsPage", "Indexing progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("CollectionsPage", "Cancel"))
        self.close_button = QPushButton(QCoreApplication.translate("CollectionsPage", "Close"))
        self._layout()
        self.refresh()
        self._fill_models()
        self._show_busy(jobs.busy)
        self.resize(760, 420)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self.choose_folder)
        self.reindex_button.clicked.connect(self.reindex_selected)
        self.remove_button.clicked.connect(lambda: self.remove_selected())  # not clicked's bool
        self.cancel_button.clicked.connect(self._jobs.cancel)
        self.close_button.clicked.connect(self.close)
        self.embedding_box.activated.connect(self._on_model_chosen)
        self._jobs.started.connect(self._on_started)
        self._jobs.progress.connect(self._on_progress)
        self._jobs.finished.connect(self._on_finished)
        self._jobs.failed.connect(self._on_failed)

    def _layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.add_button, self.reindex_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        embedding = QHBoxLayout()
        embedding.addWidget(QLabel(QCoreApplication.translate("CollectionsPage", "Embedding model:")))
        embedding.addWidget(self.embedding_box, 1)
        work = QHBoxLayout()
        work.addWidget(self.progress, 1)
        work.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(embedding)
        layout.addWidget(self.embedding_note)
        layout.addLayout(work)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    # ------------------------------------------------------------ contents
    def refresh(self) -> None:
        used = set(self._chat_collections())
        can_use = self._chat.history.conversation() is not None
        self.table.blockSignals(True)
        try:
            rows = collections.list_all(self._storage.connection)
            self.table.setRowCount(len(rows))
            for row, info in enumerate(rows):
                for column, value in enumerate((info.name, info.documents, info.chunks, info.folder)):
                    item = QTableWidgetItem(str(value))
                    item.setData(Qt.ItemDataRole.UserRole, info.name)
                    self.table.setItem(row, column, item)
                tick = QTableWidgetItem()
                tick.setData(Qt.ItemDataRole.UserRole, info.name)
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                tick.setFlags(flags | (Qt.ItemFlag.ItemIsEnabled if can_use else Qt.ItemFlag.NoItemFlags))
                tick.setCheckState(Qt.CheckState.Checked if info.name in used else Qt.CheckState.Unchecked)
                tick.setToolTip(
                    QCoreApplication.translate("CollectionsPage", "Let this chat retrieve from the collection")
                    if can_use
                    else QCoreApplication.translate(
                        "CollectionsPage", "Open a chat to let it retrieve from a collection"
                    )
                )
                self.table.setItem(row, len(self.COLUMNS) - 1, tick)
        finally:
            self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def names(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def _chat_collections(self) -> list[str]:
        conversation = self._chat.history.conversation()
        return list(conversation.settings.get("collections") or []) if conversation is not None else []

    def _fill_models(self) -> None:
        chosen = store.get_setting(self._storage.connection, embeddings.SETTING)
        self.embedding_box.clear()
        self.embedding_box.addItem(QCoreApplication.translate("CollectionsPage", "None: keywords only (BM25)"), None)
        for model in self._models():
            if model.usable:
                self.embedding_box.addItem(model.name, str(model.path))
        if chosen is not None and self.embedding_box.findData(chosen) < 0:  # chosen with the CLI, outside
            self.embedding_box.addItem(Path(chosen).name, chosen)
        self.embedding_box.setCurrentIndex(max(0, self.embedding_box.findData(chosen)))
        self._describe_retrieval(chosen)

    def _describe_retrieval(self, chosen: str | None) -> None:
        if chosen is None:
            self.embedding_note.setText(
                QCoreApplication.translate(
                    "CollectionsPage",
                    "Retrieval uses keywords only (BM25): no embedding model is chosen. Any GGUF in the library can serve.",
                )
            )
        else:
            self.embedding_note.setText(
                QCoreApplication.translate(
                    "CollectionsPage", "Retrieval fuses keywords (BM25) with vectors from %1."
                ).replace("%1", Path(chosen).name)
            )

    # ------------------------------------------------------------ actions
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("CollectionsPage", "Add a folder as a collection")
        )
        if not folder:
            return
        from .main_window import text_dialog

        dialog = text_dialog(
            self,
            QCoreApplication.translate("CollectionsPage", "Add collection"),
            QCoreApplication.translate("CollectionsPage", "Collection name:"),
            Path(folder).name,
        )
        if dialog.exec() and dialog.textValue().strip():
            self.add_folder(Path(folder), dialog.textValue().strip())

    def add_folder(self, folder: Path, name: str) -> bool:
        if self._jobs.busy:
            return False
        if name in self.names():
            self.status.setText(
                QCoreApplication.translate("CollectionsPage", "There is already a collection named %1.").replace(
                    "%1", name
                )
            )
            return False
        self._jobs.run(
            QCoreApplication.translate("CollectionsPage", "Indexing %1…").replace("%1", name),
            index_folder(name, Path(folder)),
        )
        return True

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            return self.table.item(rows[0].row(), 0).text()
        return None

    def reindex_selected(self) -> None:
        name = self._selected()
        if name is not None and not self._jobs.busy:
            self._jobs.run(
                QCoreApplication.translate("CollectionsPage", "Re-checking %1…").replace("%1", name), reindex([name])
            )

    def remove_selected(self, confirm: bool = True) -> None:
        name = self._selected()
        if name is None or self._jobs.busy:
            return
        question = QCoreApplication.translate(
            "CollectionsPage",
            "Remove the collection %1? Its documents are deleted from Hearth unless a chat uses them; "
            "the files in the folder are not touched.",
        ).replace("%1", name)
        if confirm and not ask(self, QCoreApplication.translate("CollectionsPage", "Remove collection"), question):
            return
        self._jobs.run(QCoreApplication.translate("CollectionsPage", "Removing %1…").replace("%1", name), remove(name))

    def _on_model_chosen(self, index: int) -> None:
        chosen = self.embedding_box.itemData(index)
        if self._jobs.busy:
            self._fill_models()  # one job at a time: the box goes back to the model in use
            self.status.setText(
                QCoreApplication.translate(
                    "CollectionsPage", "Wait for the current job to finish, or cancel it, before changing the model."
                )
            )
            return
        label = (
            QCoreApplication.translate("CollectionsPage", "Loading %1 and computing vectors…").replace(
                "%1", Path(chosen).name
            )
            if chosen
            else ""
        )
        self._jobs.run(
            label or QCoreApplication.translate("CollectionsPage", "Switching to keywords only…"),
            use_embedding_model(Path(chosen) if chosen else None),
        )

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != len(self.COLUMNS) - 1:
            return
        conversation = self._chat.history.conversation()
        if conversation is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        used = [n for n in self._chat_collections() if n != name]
        if item.checkState() == Qt.CheckState.Checked:
            used.append(name)
        self._chat.history.set_conversation_settings(
            conversation.system_prompt, {**conversation.settings, "collections": used}
        )

    # ------------------------------------------------------------ the job's progress
    def _show_busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.reindex_button, self.remove_button, self.embedding_box):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.status.setText(self._jobs.label)

    @Slot(str)
    def _on_started(self, label: str) -> None:
        self.progress.setRange(0, 0)  # busy until the first step says how many
        self._show_busy(True)
        self.status.setText(label)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(f"{self._jobs.label} {done}/{total}")

    @Slot(object)
    def _on_finished(self, result) -> None:
        reports = result if isinstance(result, list) else [result]
        lines = []
        for report in reports:
            if isinstance(report, IndexReport):
                lines.append(report.summary())
                lines += [f"  {failure}" for failure in report.failures[:20]]
            elif isinstance(report, str):
                lines.append(report)
        self.last_outcome = "\n".join(lines)
        self._show_busy(False)
        self.status.setText(self.last_outcome)
        self.refresh()
        self._fill_models()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.last_outcome = message
        self._show_busy(False)
        self.status.setText(message)
        self.refresh()
        self._fill_models()


# ------------------------------------------------------------------ wiring
class DocumentsInWindow(QObject):
    """What the composition root builds for documents beyond the tray: the collections page, its
    job thread, the sent chips' actions, and the upkeep at start."""

    def __init__(self, app):
        super().__init__(app.window)
        from .sent_attachments import SentAttachments

        self.window = app.window
        self.storage = app.storage
        self.library = app.library
        self.jobs = CollectionJobs(app.paths.database_path, self)
        self.page: CollectionsPage | None = None
        self.sent = SentAttachments(app.window, app.storage, app.inference.forget_conversation)
        self.window.chat_view.documents_for = self.sent  # chips with Open and Remove
        self.action = self.window.chat_menu.addAction(
            QCoreApplication.translate("CollectionsPage", "Document co&llections…")
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action.triggered.connect(self.open_page)
        self.window.closing.connect(self.jobs.shutdown)
        # Another chat opened: the page's "used by this chat" ticks follow it.
        self.window.chat.conversation_opened.connect(self._chat_switched)
        self.jobs.failed.connect(self._report_failure)
        self.jobs.finished.connect(self._report_in_status_bar)

    def _report_failure(self, message: str) -> None:
        """A job that failed with the page never opened (the re-check at start) is told in a dialog;
        the open page shows its own failures."""
        if self.page is None:
            self.window.show_error(message)

    def _report_in_status_bar(self, result) -> None:
        """With the page closed (the re-check at start), changes found are told in the status bar."""
        if self.page is not None and self.page.isVisible():
            return
        reports = [r for r in (result if isinstance(result, list) else [result]) if isinstance(r, IndexReport)]
        changed = [r for r in reports if r.added or r.removed or r.failures]
        if changed:
            self.window.statusBar().showMessage("; ".join(r.summary() for r in changed), 15000)

    def _chat_switched(self, *_args) -> None:
        if self.page is not None and self.page.isVisible():
            self.page.refresh()

    def open_page(self) -> CollectionsPage:
        if self.page is None:
            self.page = CollectionsPage(self.storage, self.jobs, self.window.chat, self.library.models, self.window)
        self.page.refresh()
        self.page.show()
        self.page.raise_()
        return self.page

    def start_upkeep(self) -> bool:
        """The embedding model and a re-check of the collections, in the job thread (False: none)."""
        work = start_up_upkeep(self.storage)
        if work is None or self.jobs.busy:
            return False
        self.jobs.run(QCoreApplication.translate("CollectionsPage", "Re-checking the document collections…"), work)
        return True


def attach_documents(app) -> DocumentsInWindow:
    """One call from the composition root (application.py), after the window exists."""
    documents = DocumentsInWindow(app)
    documents.start_upkeep()
    return documents
