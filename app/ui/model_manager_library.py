"""The model manager's Library tab: the local models with their metadata and problems; import
(copy or link), delete (with confirmation), re-verify the sha256, set the default model.

The rules are the core's (``core.models.model_removal``, ``library.with_default_model``), shared
with the CLI; slow work (hashing, copying) runs in the download service's task thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.base.paths import AppPaths
from ..core.base.settings import Settings
from ..core.base.system import format_bytes
from ..core.models.library import COPY, LibraryError, LocalModel, ModelLibrary, with_default_model
from ..core.models.memory import estimate_for_file
from .download_worker import DownloadService
from .model_manager_common import Prompts, TaskRunner, cell, make_table
from .text_args import fill

NAME_COLUMN = 1
STATUS_COLUMN = 9


class LibraryTab(QWidget):
    """The models on this computer, and what can be done to them."""

    library_changed = Signal()  # the set of local models or the default changed

    def __init__(
        self,
        paths: AppPaths,
        library: ModelLibrary,
        service: DownloadService,
        tasks: TaskRunner,
        prompts: Prompts,
        get_settings: Callable[[], Settings],
        save_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._paths, self._library, self._service, self._tasks, self._prompts = paths, library, service, tasks, prompts
        self._get_settings, self._save_settings = get_settings, save_settings
        self.library_table = make_table(
            [
                "",
                self.tr("Name"),
                self.tr("Architecture"),
                self.tr("Quant"),
                self.tr("Parameters"),
                self.tr("Context"),
                self.tr("Size"),
                self.tr("Memory"),
                self.tr("Source"),
                self.tr("Status"),
            ]
        )
        self.library_table.setAccessibleName(self.tr("Installed models"))
        self.import_button = QPushButton(self.tr("Import..."))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.verify_button = QPushButton(self.tr("Verify"))
        self.default_button = QPushButton(self.tr("Set as default"))
        self.library_status = QLabel(self.tr("Models live in %1").replace("%1", str(paths.models_dir)))
        self.library_status.setWordWrap(True)
        self.library_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.import_button, self.delete_button, self.verify_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.library_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.library_status)

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self.import_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        self.verify_button.clicked.connect(self.verify_selected)
        self.default_button.clicked.connect(self.set_default_selected)

    # ------------------------------------------------------------------ table
    def refresh_library(self) -> None:
        models = self._library.models()
        settings = self._get_settings()
        self.library_table.setRowCount(len(models))
        for row, model in enumerate(models):
            tooltips = {NAME_COLUMN: str(model.path), STATUS_COLUMN: model.problem or ""}
            for column, text in enumerate(self._cells(model, settings)):
                item = cell(text, tooltips.get(column, ""))
                if column == STATUS_COLUMN and not model.usable:
                    item.setForeground(Qt.GlobalColor.red)
                item.setData(Qt.ItemDataRole.UserRole, model.name)
                self.library_table.setItem(row, column, item)

    def _cells(self, model: LocalModel, settings: Settings) -> list[str]:
        info = model.info
        memory = ""
        if info is not None:
            memory = format_bytes(estimate_for_file(info, settings.context_length).total)
        if model.usable:
            status = self.tr("ok")
        else:
            status = self.tr("cannot be used: %1").replace("%1", model.problem or "")
        return [
            "★" if model.name == settings.default_model else "",
            model.name,
            info.architecture if info else "?",
            info.quantization if info else "?",
            f"{info.parameter_count / 1e9:.2f} B" if info and info.parameter_count else "?",
            str(info.context_length or "?") if info else "?",
            format_bytes(model.size),
            memory,
            model.source.label if model.source else "",
            status,
        ]

    def library_names(self) -> list[str]:
        return [self.library_table.item(r, NAME_COLUMN).text() for r in range(self.library_table.rowCount())]

    def select_model(self, name: str) -> None:
        self.library_table.selectRow(self.library_names().index(name))

    def _selected_model(self) -> str | None:
        row = self.library_table.currentRow()
        if row < 0 or self.library_table.item(row, NAME_COLUMN) is None:
            self.library_status.setText(self.tr("Choose a model first."))
            return None
        return self.library_table.item(row, NAME_COLUMN).text()

    def _changed(self, message: str) -> None:
        self.library_status.setText(message)
        self.refresh_library()
        self.library_changed.emit()

    # ---------------------------------------------------------------- actions
    @Slot()
    def import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf)")
        )
        if not path:
            return
        mode = self._prompts.import_mode(self, [Path(path)])
        if mode:
            self.import_files([path], mode)

    def import_files(self, paths: list[str | Path], mode: str = COPY) -> None:
        """Import in the task thread (a copy of a big model takes a while), the window's one import path."""
        from .tasks import ModelImport

        job = ModelImport(self._service, self._library, [Path(p) for p in paths], mode, self, self.library_status)
        self._connect_import(job)
        job.start()

    def _connect_import(self, job) -> None:
        job.finished.connect(self._import_finished)

    def _import_finished(self, outcome) -> None:
        names = ", ".join(m.name for m in outcome.imported)
        imported = [self.tr("Imported %1").replace("%1", names)] if names else []
        self.library_status.setText("; ".join(imported + outcome.failures))
        self.refresh_library()
        if outcome.imported:
            self.library_changed.emit()

    @Slot()
    def delete_selected(self) -> None:
        name = self._selected_model()
        if name is None:
            return
        model = self._library.find(name)
        linked = model.path.is_symlink() or model.path.stat().st_nlink > 1
        question = fill(self.tr("Delete %1 (%2) from the library?"), model.name, format_bytes(model.size))
        if linked:
            question += " " + self.tr("The original file it links to is kept.")
        if not self._prompts.confirm(self, self.tr("Delete model"), question):
            return
        from ..core.inference.kv_cache import KVCache
        from ..core.models.model_removal import delete_model

        settings = self._get_settings()
        kv_cache = KVCache(self._paths.kv_cache_dir, settings.kv_cache_limit_mb)
        try:  # the policy (file, default model, saved KV states) is the core's, shared with the CLI
            removal = delete_model(self._library, kv_cache, name, settings)
        except (LibraryError, OSError) as exc:
            self.library_status.setText(str(exc))
            return
        if removal.settings is not settings:
            self._save_settings(removal.settings)
        self._changed(self.tr("Deleted %1.").replace("%1", model.name))

    @Slot()
    def verify_selected(self) -> None:
        name = self._selected_model()
        if name is None:
            return
        self.library_status.setText(self.tr("Checking %1...").replace("%1", name))

        def done(result) -> None:
            prefix = self.tr("Verified: ") if result.ok else self.tr("PROBLEM: ")
            self.library_status.setText(prefix + result.message)
            self.refresh_library()

        self._tasks.run(
            lambda report: self._library.verify(name, report),
            done,
            lambda exc: self.library_status.setText(str(exc)),
            status=self.library_status,
        )

    @Slot()
    def set_default_selected(self) -> None:
        name = self._selected_model()
        if name is None:
            return
        try:
            settings = with_default_model(self._library, name, self._get_settings())
        except LibraryError as exc:
            self.library_status.setText(str(exc))
            return
        self._save_settings(settings)
        self._changed(self.tr("%1 is the default model for new chats.").replace("%1", settings.default_model))
