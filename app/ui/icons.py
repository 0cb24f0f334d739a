"""The window's icons, from one set: small SVGs in ``resources/icons/ui`` (drawn for Hearth), or
Qt's standard icons where one fits. Never emoji: they need a colour-emoji font many systems lack."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

UI_ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons" / "ui"
STANDARD = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
}


@cache
def icon(name: str) -> QIcon:
    path = UI_ICONS / f"{name}.svg"
    if path.exists():
        return QIcon(str(path))
    return QApplication.style().standardIcon(STANDARD.get(name, QStyle.StandardPixmap.SP_FileIcon))
