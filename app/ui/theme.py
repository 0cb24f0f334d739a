"""Light and dark palettes; "system" follows the OS colour scheme and its changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_STYLE = """
QFrame#userMessage { border-radius: 8px; background: palette(alternate-base); }
QFrame#modelMessage { border-radius: 8px; }
QLabel#statsLabel, QLabel#statusBadge { color: palette(placeholder-text); font-size: 11px; }
QLabel#memoryMarker { color: palette(placeholder-text); font-style: italic; padding: 4px; }
QLabel#placeholder { color: palette(placeholder-text); font-size: 14px; padding: 40px; }
QLabel#editBar { background: palette(alternate-base); border-left: 3px solid palette(highlight); padding: 4px; }
QFrame#userMessage:focus, QFrame#modelMessage:focus { border: 2px solid palette(highlight); }
QToolButton:focus, QPushButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }
"""


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def is_dark(theme: str) -> bool:
    return theme == "dark" or (theme == "system" and system_prefers_dark())


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply ``theme`` ("system", "light" or "dark"); returns True when the result is dark."""
    # Set the style once: replacing it deletes the old QStyle while widgets still being torn down
    # (a previous window, a closing dialog) may reach it, which crashed Qt on a second start.
    if not app.property("hearth_fusion"):  # app.style() is a style-sheet proxy once a sheet is set
        app.setStyle("Fusion")
        app.setProperty("hearth_fusion", True)
    dark = is_dark(theme)
    palette = _dark_palette() if dark else app.style().standardPalette()
    # Only what changed: each call re-polishes every widget, including ones being torn down.
    if app.palette() != palette:
        app.setPalette(palette)
    if app.styleSheet() != _STYLE:
        app.setStyleSheet(_STYLE)
    return dark


def _dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#2a2b2f",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#2d2e31",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette
