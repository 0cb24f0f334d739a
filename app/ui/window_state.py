"""What the window remembers between runs: its geometry, the sidebar's width, the open chat and the
zoom. Kept in ``window.ini`` beside settings.json (QSettings, INI format): these are the window's
own details, not settings the user edits, and a damaged file only costs the layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ZOOM_LIMITS = (-4, 8)  # steps of 10 % below and above the normal size


class WindowState:
    def __init__(self, path: Path):
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def save(self, geometry: QByteArray, splitter: QByteArray, chat_id: str | None, zoom: int) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/splitter", splitter)
        self._store.setValue("window/last_chat", chat_id or "")
        self._store.setValue("window/zoom", int(zoom))
        self._store.sync()

    def geometry(self) -> QByteArray | None:
        return _bytes(self._store.value("window/geometry"))

    def splitter(self) -> QByteArray | None:
        return _bytes(self._store.value("window/splitter"))

    def last_chat(self) -> str | None:
        value = self._store.value("window/last_chat", "")
        return value if isinstance(value, str) and value else None

    def zoom(self) -> int:
        try:
            value = int(self._store.value("window/zoom", 0))
        except (TypeError, ValueError):
            return 0
        return max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], value))


def _bytes(value) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_window(window, state: WindowState) -> None:
    """Put the window back as it was: size and place, the sidebar's width, the zoom. A saved
    geometry larger than today's screen is shrunk to fit by Qt."""
    geometry, splitter = state.geometry(), state.splitter()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if splitter is not None:
        window.splitter.restoreState(splitter)
    if state.zoom():
        window.set_zoom(state.zoom())


def save_window(window, state: WindowState, chat_id: str | None) -> None:
    state.save(window.saveGeometry(), window.splitter.saveState(), chat_id, window.zoom_level)
