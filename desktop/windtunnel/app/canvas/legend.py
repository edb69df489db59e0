"""The map's legend: groups by colour, kinds by shape, edge signs.

:func:`paint_legend` paints it for the view (:class:`GroupLegend`, in the view's left
margin, never over the map) and for the map's pictures, so both read the same;
:func:`paint_key` paints its kinds and signs, side by side, for the printed pages (the
brief, the story), whose maps are tinted by change rather than coloured by group, with the
lever's mark (a dashed outline inside a node's own) when the map has a node marked a lever.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QWidget

from ...model import group_name
from ...model.natural_order import natural_key
from .edge_item import DELAY_DASHES
from .style import NODE_MIN_HEIGHT, kind_name, kind_path, paint_node_shape

__all__ = ["GroupLegend", "legend_size", "paint_legend", "key_size", "key_height",
           "paint_key", "GLYPH_HEIGHT", "GLYPH_WIDTH"]


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
#: Between the printed key's two columns.
_KEY_GAP = 12


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


def _legend_font(point_size: float = 8.5) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
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


def _paint_box(painter: QPainter, box: QRectF, colours) -> None:
    """The legend's rounded box, in the map's label background."""
    painter.setPen(QPen(QColor(colours.grid), 1))
    painter.setBrush(QColor(colours.label_background))
    painter.drawRoundedRect(box, 6, 6)


def _paint_kinds(painter: QPainter, left: float, y: float, width: float, shapes, scene,
                 kind_line: float) -> float:
    """Each of ``shapes`` (kind, word, whether marked a lever) on a line from ``y``: its
    node's shape (drawn by the map's own :func:`paint_node_shape`, a lever's dashed
    outline inside) and its word; returns the y below them."""
    colours = scene.colours
    for kind, word, lever in shapes:
        glyph = QRectF(left + 8, y + (kind_line - GLYPH_HEIGHT) / 2, GLYPH_WIDTH, GLYPH_HEIGHT)
        paint_node_shape(painter, kind, _kind_glyph(kind, glyph), scene.palette.colour(""),
                         QColor(colours.outline), lever=lever)
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(left + _TEXT_LEFT, y, width, kind_line),
                         int(Qt.AlignVCenter), word)
        y += kind_line
    return y


def _kind_shapes(kinds) -> list[tuple[str, str, bool]]:
    """The legend's ``kinds`` as :func:`_paint_kinds` paints them, each with its name."""
    return [(kind, kind_name(kind), False) for kind in kinds]


def _paint_strokes(painter: QPainter, left: float, y: float, width: float, strokes, scene,
                   line: float) -> float:
    """Each of ``strokes`` (word, pen) on a line from ``y``: an edge's stroke in that pen
    and the word; returns the y below them."""
    for word, pen in strokes:
        painter.setPen(pen)
        painter.drawLine(QPointF(left + 8, y + line / 2), QPointF(left + 8 + GLYPH_WIDTH,
                                                                  y + line / 2))
        painter.setPen(QColor(scene.colours.text))
        painter.drawText(QRectF(left + _TEXT_LEFT, y, width, line), int(Qt.AlignVCenter), word)
        y += line
    return y


def _sign_strokes(signs) -> list[tuple[str, QPen]]:
    """The legend's signs of edge (word, colour) as strokes of their colour."""
    return [(word, QPen(QColor(colour), 3)) for word, colour in signs]


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
    _paint_box(painter, box, colours)
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
    y = _paint_kinds(painter, box.left(), y, width, _kind_shapes(kinds), scene, kind_line)
    _paint_strokes(painter, box.left(), y, width, _sign_strokes(signs), scene, line)
    return box


def _lever_mark(scene) -> list[tuple[str, str, bool]]:
    """The key's lever mark, as :func:`_paint_kinds` paints it, when the map has a node of
    another kind than restriction marked a lever: that node's shape with the dashed outline
    inside that marks it (a restriction is always a lever, unmarked); else none."""
    marked = next((node.kind for node in scene.model.nodes
                   if node.is_lever and node.kind != "restriction"), None)
    return [] if marked is None else [(marked, QCoreApplication.translate("view", "lever"),
                                       True)]


def _key_columns(scene, metrics: QFontMetricsF) -> tuple[list, list, list, float, float]:
    """The key's kinds (:func:`_legend_entries`), lever mark (:func:`_lever_mark`) and
    strokes (its signs, and a delayed edge's dashes when the map has one), and the widths of
    its two columns, the kinds' and the mark's with the strokes' (each a glyph and its
    longest word)."""
    _groups, kinds, signs = _legend_entries(scene)
    strokes = _sign_strokes(signs)
    if any(edge.delay for edge in scene.model.edges):
        dashed = QPen(QColor(scene.colours.outline), 2)
        dashed.setDashPattern(DELAY_DASHES)
        strokes.append((QCoreApplication.translate("view", "delayed"), dashed))
    shapes, mark = _kind_shapes(kinds), _lever_mark(scene)
    kinds_width = _TEXT_LEFT + max((metrics.horizontalAdvance(w) for _k, w, _l in shapes),
                                   default=-_TEXT_LEFT)
    words = [w for _k, w, _l in mark] + [w for w, _ in strokes]
    second_width = _TEXT_LEFT + max(map(metrics.horizontalAdvance, words), default=-_TEXT_LEFT)
    return shapes, mark, strokes, kinds_width, second_width


def key_size(scene, point_size: float = 8.5) -> QSizeF:
    """The size :func:`paint_key` takes for ``scene`` at ``point_size``."""
    metrics = QFontMetricsF(_legend_font(point_size))
    line, kind_line = _lines(metrics)
    shapes, mark, strokes, kinds_width, second_width = _key_columns(scene, metrics)
    if not shapes and not mark and not strokes:
        return QSizeF(0, 0)
    gap = _KEY_GAP if shapes and (mark or strokes) else 0
    return QSizeF(kinds_width + gap + second_width + 10,
                  max(len(shapes) * kind_line, len(mark) * kind_line + len(strokes) * line)
                  + 10)


def key_height(point_size: float = 8.5) -> float:
    """The height :func:`paint_key` takes at ``point_size`` for a map with nodes of every
    kind (its three strokes are never taller): the room a page keeps under every map, so
    that maps of fewer kinds are laid out alike (a lever mark over the strokes may take a
    little more, :func:`key_size`)."""
    return 3 * _lines(QFontMetricsF(_legend_font(point_size)))[1] + 10


def paint_key(painter: QPainter, origin: QPointF, scene, point_size: float = 8.5) -> QRectF:
    """The key to a printed map, at ``origin``: the legend's kinds of node (their shapes)
    in one column and, in the next, the lever's mark when the map has a marked lever, then
    its signs of edge (and a delayed edge's dashes), painted as :func:`paint_legend` paints
    them. The groups are left out: a printed map tints its nodes by their changes, not
    their groups' colours."""
    font = _legend_font(point_size)
    metrics = QFontMetricsF(font)
    line, kind_line = _lines(metrics)
    shapes, mark, strokes, kinds_width, second_width = _key_columns(scene, metrics)
    size = key_size(scene, point_size)
    box = QRectF(origin, size)
    if size.isEmpty():
        return box
    _paint_box(painter, box, scene.colours)
    painter.setFont(font)
    _paint_kinds(painter, box.left(), box.top() + 5, kinds_width - _TEXT_LEFT, shapes, scene,
                 kind_line)
    second = box.left() + (kinds_width + _KEY_GAP if shapes else 0)
    y = _paint_kinds(painter, second, box.top() + 5, second_width - _TEXT_LEFT, mark, scene,
                     kind_line)
    _paint_strokes(painter, second, y, second_width - _TEXT_LEFT, strokes, scene, line)
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
