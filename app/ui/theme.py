"""Light and dark palettes; "system" follows the OS colour scheme and its changes.

Two OS settings are honoured too. **High contrast** (Qt's accessibility hint): the OS's own palette
is kept instead of ours, every text colour is pushed to full contrast (no grey secondary text),
focus frames are thicker, and code blocks drop their colours (see ``markdown_render``). **The
OS font size**: every size in the style sheets is a step of a type scale built on the app font's
point size (no pixel sizes), so a larger system font makes all of Hearth's text larger; the chat's
small labels are sized from the chat's own font (:func:`scaled_font`), so they follow the zoom too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .markdown_render import CODE_BACKGROUND

# The type scale: sizes relative to the body text (the app font, or the chat's zoomed font).
SMALL, LARGE = 0.85, 1.15
HIGH_CONTRAST_PROPERTY = "hearth_high_contrast"  # on the app: whether the theme applied is high contrast


def base_point_size(font) -> float:
    """The point size of ``font`` as shown (a font set in pixels has no point size of its own)."""
    size = font.pointSizeF()
    return size if size > 0 else QFontInfo(font).pointSizeF()


def _pt(base: float, step: float) -> str:
    return f"{base * step:.1f}pt"


def app_style_sheet(base: float, high_contrast: bool = False, dark: bool = False) -> str:
    """The app-wide style sheet for body text of ``base`` points. The chat's small labels get
    only their colour here: their size is set from the chat's own (zoomed) font, see
    :func:`scaled_font` (a size in a style sheet would stop them following the zoom)."""
    secondary = "palette(window-text)" if high_contrast else "palette(placeholder-text)"
    focus = 3 if high_contrast else 2
    # High contrast: a message is told apart by a frame in the text colour, not a faint background.
    user_message = (
        "border: 1px solid palette(window-text);" if high_contrast else "background: palette(alternate-base);"
    )
    # Code blocks: the palette's own base and a plain frame in high contrast, else a tinted panel
    # (here, not on each block: a style sheet per widget costs a style of its own to build).
    code_block = (
        "QFrame#codeBlock { border: 1px solid palette(window-text); }"
        if high_contrast
        else f"QFrame#codeBlock {{ background-color: {CODE_BACKGROUND[dark]}; border-radius: 4px; }}"
    )
    return f"""
QFrame#userMessage {{ border-radius: 8px; {user_message} }}
QFrame#modelMessage {{ border-radius: 8px; }}
QLabel#statsLabel, QLabel#statusBadge, QLabel#timeLabel, QLabel#codeLanguage {{ color: {secondary}; }}
QLabel#memoryMarker {{ color: {secondary}; font-style: italic; padding: 4px; }}
QLabel#placeholder {{ color: {secondary}; font-size: {_pt(base, LARGE)}; padding: 40px; }}
QLabel#editBar {{ background: palette(alternate-base); border-left: 3px solid palette(highlight); padding: 4px; }}
QFrame#userMessage:focus, QFrame#modelMessage:focus {{ border: {focus}px solid palette(highlight); }}
QToolButton:focus, QPushButton:focus {{ border: {focus}px solid palette(highlight); border-radius: 3px; }}
{code_block}
"""


def scaled_font(font: QFont, step: float) -> QFont:
    """``font`` at ``step`` of its size (a step of the type scale: SMALL, LARGE)."""
    scaled = QFont(font)
    scaled.setPointSizeF(max(4.0, base_point_size(font) * step))
    return scaled


def zoom_fonts(root: QWidget, ratio: float) -> None:
    """Scale the font of ``root`` and of every widget under it by ``ratio`` (the zoom).

    Setting a font on the window alone is not enough once the app has a style sheet: Qt then
    gives each styled widget its parent's font as its own, and a later change of the parent's
    font no longer reaches it. Scaling each widget's own font keeps bold labels bold and the
    small labels small; widgets created later take the zoomed font of their parent.
    """
    if ratio <= 0 or abs(ratio - 1) < 1e-6:
        return
    for widget in [root, *root.findChildren(QWidget)]:
        font = QFont(widget.font())
        font.setPointSizeF(max(4.0, base_point_size(font) * ratio))
        widget.setFont(font)


def match_font(widget: QWidget, reference: QFont) -> None:
    """Bring a newly made ``widget`` (and what it holds) to the size of ``reference`` (its
    parent's, zoomed) keeping its own steps: under a style sheet a new widget starts from the
    application's font, not its parent's (see :func:`zoom_fonts`)."""
    zoom_fonts(widget, base_point_size(reference) / base_point_size(widget.font()))


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def prefers_high_contrast() -> bool:
    """Whether the OS asks for high contrast (Qt 6.10's accessibility hints; False before).

    Read whenever the theme is applied (start, Settings, an OS colour-scheme change), not
    followed live: under PySide 6.11 the hints object outlives neither its QStyleHints wrapper
    (keep ``hints`` referenced while reading) nor a Python connection to its change signal.
    """
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def high_contrast_applied() -> bool:
    """Whether the theme in use is the high-contrast one (the chat view asks when it renders)."""
    app = QApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def is_dark(theme: str) -> bool:
    return theme == "dark" or (theme == "system" and system_prefers_dark())


def apply_theme(app: QApplication, theme: str, high_contrast: bool | None = None) -> bool:
    """Apply ``theme`` ("system", "light" or "dark"); returns True when the result is dark.
    ``high_contrast``: None follows the OS."""
    # Set the style once: replacing it deletes the old QStyle while widgets still being torn down
    # (a previous window, a closing dialog) may reach it, which crashed Qt on a second start.
    if not app.property("hearth_fusion"):  # app.style() is a style-sheet proxy once a sheet is set
        app.setStyle("Fusion")
        app.setProperty("hearth_fusion", True)
    if high_contrast is None:
        high_contrast = prefers_high_contrast()
    dark = is_dark(theme)
    if high_contrast:
        # The OS's own palette (QPalette() is the platform's), made dark when asked, then every
        # text colour at full contrast with its background.
        palette = full_contrast(_dark_palette() if dark and theme != "system" else QPalette())
        dark = palette.window().color().lightness() < 128
    else:
        palette = _dark_palette() if dark else app.style().standardPalette()
    app.setProperty(HIGH_CONTRAST_PROPERTY, high_contrast)
    # Only what changed: each call re-polishes every widget, including ones being torn down.
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = app_style_sheet(base_point_size(app.font()), high_contrast, dark)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return dark


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21; 7 or more is "AAA" for body text)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    light, dim = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dim + 0.05)


# Each text role and the background it is read on.
_TEXT_ON = {
    QPalette.ColorRole.WindowText: QPalette.ColorRole.Window,
    QPalette.ColorRole.PlaceholderText: QPalette.ColorRole.Base,
    QPalette.ColorRole.Text: QPalette.ColorRole.Base,
    QPalette.ColorRole.ButtonText: QPalette.ColorRole.Button,
    QPalette.ColorRole.ToolTipText: QPalette.ColorRole.ToolTipBase,
    QPalette.ColorRole.HighlightedText: QPalette.ColorRole.Highlight,
}


def full_contrast(palette: QPalette) -> QPalette:
    """``palette`` with each text colour replaced by black or white (whichever reads better on its
    background) where it falls short of 7:1; disabled text stays as it is, to look disabled."""
    palette = QPalette(palette)
    black, white = QColor("black"), QColor("white")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in _TEXT_ON.items():
            under = palette.color(group, background)
            if contrast_ratio(palette.color(group, text), under) < 7:
                best = black if contrast_ratio(black, under) >= contrast_ratio(white, under) else white
                palette.setColor(group, text, best)
    return palette


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
