"""Light and dark palettes, following the system unless the user picks one.

The Fusion style with our own palettes looks the same on Windows, macOS and Linux (and on
a projector); the colour scheme follows ``QStyleHints.colorScheme`` and changes live when
the system switches. Toolbar icons are the SVGs in ``resources/icons``, tinted to the
palette's text colour so they read in both themes and stay crisp at any DPI.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ..paths import resource_path

__all__ = ["OUTSIDE_COLOUR", "apply_theme", "styled", "icon", "light_palette", "dark_palette", "STYLE",
           "STYLE_ARGUMENTS"]

#: The style every window is drawn in.
STYLE = "Fusion"
#: The colour of a lever's value or a node's initial level outside the levels the model's
#: activation gives (a file's, kept as it is): the lever panel's and the Inspector's.
OUTSIDE_COLOUR = "#d55e00"      # Okabe-Ito vermilion: told apart in every theme
#: Command-line arguments that make a new QApplication start in :data:`STYLE`. A style set
#: by ``setStyle`` afterwards replaces the platform's (made for nothing), and the new one,
#: handed to Python, makes PySide6 build QStyle's Python enums: together several
#: milliseconds before the first paint.
STYLE_ARGUMENTS = ["-style", STYLE]
_STYLED = "windtunnelStyle"


#: Each role's colour in the light and in the dark palette, side by side.
_COLOURS = {
    QPalette.Window: ("#f3f3f2", "#2a2c30"), QPalette.WindowText: ("#1d1d1d", "#e6e6e6"),
    QPalette.Base: ("#ffffff", "#1f2124"), QPalette.AlternateBase: ("#f6f6f5", "#26282c"),
    QPalette.ToolTipBase: ("#ffffe8", "#33363b"), QPalette.ToolTipText: ("#1d1d1d", "#e6e6e6"),
    QPalette.Text: ("#1d1d1d", "#e6e6e6"), QPalette.Button: ("#f0f0ef", "#33363b"),
    QPalette.ButtonText: ("#1d1d1d", "#e6e6e6"), QPalette.BrightText: ("#ffffff", "#ffffff"),
    QPalette.Highlight: ("#1f6fd1", "#3d8ee8"), QPalette.HighlightedText: ("#ffffff", "#ffffff"),
    QPalette.Link: ("#1f6fd1", "#6cb4ff"), QPalette.PlaceholderText: ("#8a8a8a", "#8d8d8d"),
    QPalette.Mid: ("#c8c8c6", "#45484e"), QPalette.Dark: ("#a0a09e", "#18191b"),
    QPalette.Light: ("#ffffff", "#4a4d53"),
}
#: The colour of disabled text in the light and in the dark palette.
_DISABLED = ("#9a9a9a", "#77797d")


def _palette(dark: bool) -> QPalette:
    """The light or the dark palette: :data:`_COLOURS`, and disabled text greyed."""
    palette = QPalette()
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[dark]))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor(_DISABLED[dark]))
    return palette


def light_palette() -> QPalette:
    return _palette(dark=False)


def dark_palette() -> QPalette:
    return _palette(dark=True)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, choice: str = "system") -> bool:
    """Set the style and palette for ``choice`` (system, light, dark); return True if dark."""
    dark = system_is_dark() if choice == "system" else choice == "dark"
    if app.property(_STYLED) != STYLE:     # an app not made by make_application (tests)
        app.setStyle(STYLE)
        styled(app)
    app.setPalette(dark_palette() if dark else light_palette())
    icon.cache_clear()
    return dark


def styled(app: QApplication) -> None:
    """Note that ``app`` is drawn in :data:`STYLE` (started with :data:`STYLE_ARGUMENTS`, or
    set by :func:`apply_theme`), read without handing Qt's style object to Python."""
    app.setProperty(_STYLED, STYLE)


class _SvgIconEngine(QIconEngine):
    """Paints an SVG at whatever size and device pixel ratio Qt asks for (crisp on high DPI)."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderer = QSvgRenderer(QByteArray(svg))

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        if mode == QIcon.Disabled:
            painter.setOpacity(0.4)
        self._renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the palette's text colour (empty if missing)."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    colour = QApplication.palette().color(QPalette.WindowText).name()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    return QIcon(_SvgIconEngine(svg.encode("utf-8")))
