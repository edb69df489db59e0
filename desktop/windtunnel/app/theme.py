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

__all__ = ["apply_theme", "styled", "icon", "light_palette", "dark_palette", "STYLE",
           "STYLE_ARGUMENTS"]

#: The style every window is drawn in.
STYLE = "Fusion"
#: Command-line arguments that make a new QApplication start in :data:`STYLE`. A style set
#: by ``setStyle`` afterwards replaces the platform's (made for nothing), and the new one,
#: handed to Python, makes PySide6 build QStyle's Python enums: together several
#: milliseconds before the first paint.
STYLE_ARGUMENTS = ["-style", STYLE]
_STYLED = "windtunnelStyle"


def _palette(roles: dict, *, disabled: str) -> QPalette:
    """A palette with these colours per role, and ``disabled`` for disabled text."""
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    roles = {QPalette.Window: "#f3f3f2", QPalette.WindowText: "#1d1d1d", QPalette.Base: "#ffffff",
             QPalette.AlternateBase: "#f6f6f5", QPalette.ToolTipBase: "#ffffe8",
             QPalette.ToolTipText: "#1d1d1d", QPalette.Text: "#1d1d1d", QPalette.Button: "#f0f0ef",
             QPalette.ButtonText: "#1d1d1d", QPalette.BrightText: "#ffffff",
             QPalette.Highlight: "#1f6fd1", QPalette.HighlightedText: "#ffffff",
             QPalette.Link: "#1f6fd1", QPalette.PlaceholderText: "#8a8a8a",
             QPalette.Mid: "#c8c8c6", QPalette.Dark: "#a0a09e", QPalette.Light: "#ffffff"}
    return _palette(roles, disabled="#9a9a9a")


def dark_palette() -> QPalette:
    roles = {QPalette.Window: "#2a2c30", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1f2124",
             QPalette.AlternateBase: "#26282c", QPalette.ToolTipBase: "#33363b",
             QPalette.ToolTipText: "#e6e6e6", QPalette.Text: "#e6e6e6", QPalette.Button: "#33363b",
             QPalette.ButtonText: "#e6e6e6", QPalette.BrightText: "#ffffff",
             QPalette.Highlight: "#3d8ee8", QPalette.HighlightedText: "#ffffff",
             QPalette.Link: "#6cb4ff", QPalette.PlaceholderText: "#8d8d8d",
             QPalette.Mid: "#45484e", QPalette.Dark: "#18191b", QPalette.Light: "#4a4d53"}
    return _palette(roles, disabled="#77797d")


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
