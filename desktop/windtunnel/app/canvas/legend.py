"""The map's legend: groups by colour, kinds by shape, edge signs.

:func:`paint_legend` paints it for the view (:class:`GroupLegend`, in the view's left
margin, never over the map) and for the map's pictures, so both read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QWidget

from ...model import group_name
from ...model.natural_order import natural_key
from .style import NODE_MIN_HEIGHT, kind_name, kind_path, paint_node_shape

__all__ = ["GroupLegend", "legend_size", "paint_legend", "GLYPH_HEIGHT", "GLYPH_WIDTH"]


def _legend_entries(scene):
    """The legend's groups (named in the current language, in counting order, coloured by
    their name as the nodes write it), the kinds of node and the signs of edge the map has: a key to what is
    drawn, so a map without a negative edge lists no negative sign."""
    groups = sorted(((group_name(scene.model, group), colour)
                     for group, colour in scene.palette.entries()),
                    key=lambda entry: natural_key(entry[0]))     # class 2 before class 10
    kinds = [k for k in ("actor", "restriction", "factor") if scene.legend_has(("kind", k))]
    signs = [(word, colour) for sign, word, colour in zip(
                 ("positive", "negative"), _signs(),
                 (scene.colours.positive, scene.colours.negative))
             if scene.legend_has(("sign", sign))]
    return groups, kinds, signs


#: The key to a kind of node: its shape this many pixels high and wide, a map node's
#: outline shrunk (a map node is 46 high and about 150 wide). At a line's height (10
#: pixels) the restriction's octagon read as the actor's pill.
GLYPH_HEIGHT, GLYPH_WIDTH = 18.0, 44.0
#: Where the legend's words start, right of its swatches and glyphs.
_TEXT_LEFT = 8 + GLYPH_WIDTH + 8


def _kind_glyph(kind: str, rect: QRectF) -> QPainterPath:
    """A node's outline of ``kind`` (:func:`kind_path`, the map's own) shrunk into ``rect``
    with the corners a map node has: drawn at the glyph's own small size, the factor's
    box, the actor's pill and the restriction's octagon all came out as the same rounded
    bar."""
    scale = rect.height() / NODE_MIN_HEIGHT
    full = kind_path(kind, QRectF(0, 0, rect.width() / scale, NODE_MIN_HEIGHT))
    return QTransform(scale, 0, 0, scale, rect.left(), rect.top()).map(full)


def _lines(metrics: QFontMetricsF) -> tuple[float, float]:
    """The height of a line of the legend, and of a line of it keying a kind of node."""
    line = metrics.height() + 5
    return line, max(line, GLYPH_HEIGHT + 6)


def _legend_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.5)
    return font


def _signs() -> tuple[str, str]:
    """The legend's words for the two signs of an edge."""
    return (QCoreApplication.translate("view", "positive"),
            QCoreApplication.translate("view", "negative"))


def legend_size(scene) -> QSizeF:
    """The size :func:`paint_legend` takes for ``scene`` (at a presentation scale of 1)."""
    groups, kinds, signs = _legend_entries(scene)
    metrics = QFontMetricsF(_legend_font())
    line, kind_line = _lines(metrics)
    labels = [g for g, _ in groups] + [kind_name(k) for k in kinds] + [w for w, _ in signs]
    width = _TEXT_LEFT + max((metrics.horizontalAdvance(t) for t in labels), default=0)
    return QSizeF(width + 10, (len(groups) + len(signs)) * line + len(kinds) * kind_line + 10)


def paint_legend(painter: QPainter, origin: QPointF, scene) -> QRectF:
    """Paint the legend (groups by colour, kinds by shape, edge signs) at ``origin``.

    Shared by the view (in its own margin beside the canvas) and the pictures.
    """
    colours = scene.colours
    font = _legend_font()
    metrics = QFontMetricsF(font)
    line, kind_line = _lines(metrics)
    groups, kinds, signs = _legend_entries(scene)
    size = legend_size(scene)
    width = size.width() - _TEXT_LEFT
    box = QRectF(origin.x(), origin.y(), size.width(), size.height())
    background = QColor(colours.label_background)
    painter.setPen(QPen(QColor(colours.grid), 1))
    painter.setBrush(background)
    painter.drawRoundedRect(box, 6, 6)
    painter.setFont(font)
    y = box.top() + 5
    for group, colour in groups:
        painter.setPen(QPen(QColor(colours.outline), 0.8))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(box.left() + 8, y + 3, GLYPH_WIDTH, line - 8), 2, 2)
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(box.left() + _TEXT_LEFT, y, width, line),
                         int(Qt.AlignVCenter), group)
        y += line
    for kind in kinds:
        glyph = QRectF(box.left() + 8, y + (kind_line - GLYPH_HEIGHT) / 2, GLYPH_WIDTH,
                       GLYPH_HEIGHT)
        paint_node_shape(painter, kind, _kind_glyph(kind, glyph), scene.palette.colour(""),
                         QColor(colours.outline))
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(box.left() + _TEXT_LEFT, y, width, kind_line),
                         int(Qt.AlignVCenter), kind_name(kind))
        y += kind_line
    for word, colour in signs:
        painter.setPen(QPen(QColor(colour), 3))
        painter.drawLine(QPointF(box.left() + 8, y + line / 2),
                         QPointF(box.left() + 8 + GLYPH_WIDTH, y + line / 2))
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(box.left() + _TEXT_LEFT, y, width, line),
                         int(Qt.AlignVCenter), word)
        y += line
    return box


class GroupLegend(QWidget):
    """The group legend in the view's left margin (never over the map)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)    # a scroll bar shown or hidden

    def place(self) -> None:
        rect = self.view.margin_rect("left")
        self.setGeometry(rect.toRect())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize:           # the map's viewport, beside the margin
            self.place()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        scene = self.view.scene()
        if scene is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.scale(scene.presentation_scale, scene.presentation_scale)   # workshop mode
        paint_legend(painter, QPointF(6, 6), scene)
        painter.end()
