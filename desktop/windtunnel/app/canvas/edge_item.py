"""EdgeItem: one signed influence drawn as a curved arrow between two NodeItems.

Width grows with |weight|, colour is the sign (Okabe-Ito blue positive, vermilion
negative), a dash marks a delay. Reciprocal edges (A -> B and B -> A) bend to opposite
sides, so both stay visible. The weight shows on hover and selection, on the curve where it
covers no node (:mod:`.weight_place`).

Speed: the curve, arrow head and bounds are computed once per geometry
change (:meth:`update_geometry`, called by the scene only for the edges of moved nodes)
with plain float arithmetic; the hit-test shape is built lazily; when zoomed out the edge
is a one-pixel cosmetic curve without arrow or label. The item paints nothing itself
unless it is selected or hovered: the scene's :class:`.edge_layer.EdgeLayer` calls
:meth:`draw` for the edges that run through the repainted area, so Qt makes no Python
paint call for an edge whose box alone is in view.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFontMetricsF, QPainter, QPainterPath,
                           QPainterPathStroker, QPen, QPolygonF)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ...model import Edge, translated
from .curves import arc_length, bezier, crossing, inside, pieces_in_rect, sub_curve
from .node_item import LABEL_LOD, NodeItem
from .style import node_font, solid_brush, weight_term
from .node_cells import body_box
from .weight_place import weight_label_place
from ..choices import choice_text
from ..formats import count, number, time_units

__all__ = ["EdgeItem", "edge_width", "weight_text", "DELAY_DASHES"]

# Made once: converting Qt enums on every paint call is measurable with thousands of edges.
_NO_BRUSH = QBrush()
_NO_PEN = QPen(Qt.NoPen)
# painted by the scene's edge layer (paint() only while selected or hovered); the exposed
# rectangle lets the strokes skip pieces of long curves that are not in view
_FLAGS = (QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemUsesExtendedStyleOption
          | QGraphicsItem.ItemHasNoContents)
_HAIRLINES: dict[str, QPen] = {}
_LABEL_HALF_WIDTH, _LABEL_HALF_HEIGHT = 65.0, 11.0
_LABEL_HEIGHT = 20.0
#: A selected or hovered edge's weight label is at least this many screen pixels tall, at
#: any zoom (at the fitted zoom of a big map its 20 scene units are 5 pixels: unreadable).
LABEL_PIXELS = 18.0
#: The dashes (in pen widths) of a delayed edge, on the map and in the printed key.
DELAY_DASHES = [4.0, 2.5]
#: A click or hover this many screen pixels beside the curve still finds the edge, and a
#: selected edge glows at least twice this wide, at any zoom (at the fitted zoom of a big
#: map, a stroke of scene units is a pixel wide: nearly impossible to hit or to see).
#: Logical pixels, so the same reach on a 2x screen; at 4 a click 5 pixels off a thin edge
#: found nothing.
PICK_PIXELS = 6.0
#: Room (label units, from the curve's middle) left at the label's left for a mark a layer
#: above draws at the middle (the disagreement lens's ring, 22 units across): the label
#: stands beside it rather than under it.
MARK_ROOM = 14.0
#: Up to this many edges painting themselves, each one's weight label is placed clear of
#: the nodes; more (a big map selected whole), at their curves' middles.
PLACED_LABELS = 100
#: The farthest (scene units) the pick band and glow reach beside the curve: the item's
#: bounds leave this room, so Qt finds and repaints all of them. The whole
#: :data:`PICK_PIXELS` down to a zoom of 0.15 (a big map fitted to a projector).
_REACH_LIMIT = 40.0


def edge_width(weight: float) -> float:
    """Stroke width in scene units for a weight: 0.75 (zero) to 5.25 (|w| = 1)."""
    return 0.75 + 4.5 * abs(weight)


def weight_text(edge: Edge, unit: str) -> str:
    """The label on a hovered or selected edge: ``+0.60`` and the delay when there is one,
    counted in the model's time ``unit`` in the interface's language ("delay 1 month"), as
    the Inspector counts it."""
    text = number(edge.weight, 2, signed=True)
    if edge.delay:
        text += "  " + QCoreApplication.translate("EdgeItem", "delay {steps} {unit}").format(
            steps=count(edge.delay), unit=time_units(unit, edge.delay))
    return text


class EdgeItem(QGraphicsRectItem):
    """An influence ``source -> target``; geometry follows the two node items."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, edge: Edge, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.setPen(_NO_PEN)  # the rectangle is only the bounds, kept on the C++ side
        self.setFlags(_FLAGS)
        self._pen_key = None
        self.setAcceptHoverEvents(True)
        self._hover = False
        #: True while the item paints itself (selected or hovered), not the edge layer.
        self.paints_itself = False
        self.edge = edge
        self.source_item, self.target_item = source, target
        self._shape: QPainterPath | None = None
        self._shape_reach = 0.0
        self._line_scale = 1.0
        self._label_place: tuple[tuple, QRectF] | None = None   # (what it was for, the box)
        self.update_geometry()

    def type(self) -> int:
        return self.Type

    @property
    def key(self) -> tuple[str, str]:
        return self.edge.key

    def set_edge(self, edge: Edge) -> None:
        """Follow a model change of this edge (weight, delay, ...)."""
        width_changed = abs(edge.weight) != abs(self.edge.weight)
        self.edge = edge
        if width_changed:
            self.update_geometry()
        if self.toolTip():
            self.setToolTip(self.tooltip_text())
        self._repaint()

    def set_line_scale(self, scale: float) -> None:
        """Draw ``scale`` times wider (the scene's presentation scale)."""
        self._line_scale = scale
        self.update_geometry()
        self._repaint()

    def _layer(self):
        scene = self.scene()
        return scene.edge_layer if scene is not None else None

    def _repaint(self) -> None:
        """Repaint the edge where it is (Qt repaints no item without contents)."""
        layer = self._layer()
        if layer is not None:
            layer.repaint(self)
        if self.paints_itself:
            self.update()

    def refresh_painting(self) -> None:
        """Paint itself while selected or hovered (glow, label), else leave it to the layer;
        in the scene's overview mode, never."""
        scene = self.scene()
        on = (self._hover or self.isSelected()) and scene is not None and not scene.overview
        if on != self.paints_itself:
            self.paints_itself = on
            self.setFlag(QGraphicsItem.ItemHasNoContents, not on)
            scene.edge_layer.painted_by_itself(self, on)
            self.update_geometry()          # the bounds hold the label at its screen size
        if on:
            self.update()

    def tooltip_text(self) -> str:
        """The editor's hover text (the analysis adds the edge's contribution after a run)."""
        edge = self.edge
        text = (f"{translated(self.source_item.node)} \u2192 {translated(self.target_item.node)}\n"
                + QCoreApplication.translate("EdgeItem", "weight {weight} ({term}), confidence "
                                                         "{confidence}").format(
                    weight=number(edge.weight, 2, signed=True), term=weight_term(edge.weight),
                    confidence=choice_text(edge.confidence)))
        if edge.delay:
            text += QCoreApplication.translate("EdgeItem", ", delay {steps}").format(
                steps=count(edge.delay))
        if edge.rationale:
            text += "\n" + translated(edge, "rationale")[:300]
        return text

    # -- geometry ---------------------------------------------------------------------------

    def update_geometry(self) -> None:
        """Follow the node items: the curve's control points and cheap bounds, now.

        The clipped curve and arrow head are computed on first use (paint, hit test), so
        loading or laying out a 6,000-edge map does not compute 6,000 exact curves.
        """
        self._shape = None
        self._path = None
        self._label_place = None
        old = self.rect()
        sp, tp = self.source_item.pos(), self.target_item.pos()
        p0, p2 = (sp.x(), sp.y()), (tp.x(), tp.y())
        dx, dy = p2[0] - p0[0], p2[1] - p0[1]
        length = math.hypot(dx, dy)
        self.width = edge_width(self.edge.weight) * self._line_scale
        if length < 1.0:
            c = p0
        else:
            bend = min(max(0.12 * length, 10.0), 70.0)
            c = ((p0[0] + p2[0]) / 2 - dy / length * bend,
                 (p0[1] + p2[1]) / 2 + dx / length * bend)
        self._curve = (p0, c, p2)
        mx, my = bezier(p0, c, p2, 0.5)
        self._mid = QPointF(mx, my)
        # pen, arrow head, pick band and glow; then the weight label at the middle, grown
        # to its screen size while the edge paints it, wherever it stands along the curve
        margin = max(self.width + 12, _REACH_LIMIT + 2)
        grown = self._label_scale() if self.paints_itself else 1.0
        half_width, half_height = _LABEL_HALF_WIDTH * grown, _LABEL_HALF_HEIGHT * grown
        label = QRectF(mx - half_width, my - half_height, 2 * half_width, 2 * half_height)
        if self.paints_itself:
            label = self.label_rect()
        left = min(min(p0[0], c[0], p2[0]) - margin, label.left())
        top = min(min(p0[1], c[1], p2[1]) - margin, label.top())
        right = max(max(p0[0], c[0], p2[0]) + margin, label.right())
        bottom = max(max(p0[1], c[1], p2[1]) + margin, label.bottom())
        self.setRect(left, top, right - left, bottom - top)
        layer = self._layer()
        if layer is not None:
            layer.moved(self, old)

    def _ensure_path(self) -> None:
        """Compute the clipped curve and arrow head (between the node borders)."""
        if self._path is not None:
            return
        p0, c, p2 = self._curve
        width = self.width
        if math.hypot(p2[0] - p0[0], p2[1] - p0[1]) < 1.0:
            self._path, self._arrow = QPainterPath(), QPolygonF()
            return
        s_rect = body_box(self.source_item, 2.0)
        t_rect = body_box(self.target_item, 2.0)
        t0 = crossing(p0, c, p2, s_rect, 0.0, 0.5, True) if inside(s_rect, *p0) else 0.0
        t1 = crossing(p0, c, p2, t_rect, 0.5, 1.0, False) if inside(t_rect, *p2) else 1.0
        if t1 <= t0:  # overlapping nodes: the whole curve between the centres
            t0, t1 = 0.0, 1.0
        tip = bezier(p0, c, p2, t1)
        ddx = 2 * (1 - t1) * (c[0] - p0[0]) + 2 * t1 * (p2[0] - c[0])
        ddy = 2 * (1 - t1) * (c[1] - p0[1]) + 2 * t1 * (p2[1] - c[1])
        speed = math.hypot(ddx, ddy) or 1.0
        ux, uy = ddx / speed, ddy / speed
        head_len, head_half = 9.0 + 1.6 * width, 4.5 + 0.9 * width
        t_base = max(t0, t1 - head_len / speed)
        start, control, end = sub_curve(p0, c, p2, t0, t_base)
        path = QPainterPath(QPointF(*start))
        path.quadTo(QPointF(*control), QPointF(*end))
        self._span = (t0, t_base)
        bx, by = tip[0] - ux * head_len, tip[1] - uy * head_len
        self._arrow = QPolygonF([QPointF(*tip), QPointF(bx - uy * head_half, by + ux * head_half),
                                 QPointF(bx + uy * head_half, by - ux * head_half)])
        self._path = path

    @property
    def curve(self) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
        """The unclipped curve: (source centre, control point, target centre)."""
        return self._curve

    def shape(self) -> QPainterPath:
        """The curve and arrow head, widened to reach :data:`PICK_PIXELS` screen pixels
        beside the curve at the window's zoom (rebuilt when the zoom changes)."""
        scene = self.scene()
        reach = _screen_reach(PICK_PIXELS, scene.view_scale if scene is not None else 1.0)
        if self._shape is None or reach != self._shape_reach:
            self._ensure_path()
            stroker = QPainterPathStroker()
            stroker.setWidth(max(10.0, self.width + 6, 2 * reach))
            shape = stroker.createStroke(self._path)
            shape.addPolygon(self._arrow)
            self._shape, self._shape_reach = shape, reach
        return self._shape

    @property
    def path(self) -> QPainterPath:
        self._ensure_path()
        return self._path

    @property
    def midpoint(self) -> QPointF:
        return self._mid

    # -- painting ---------------------------------------------------------------------------

    def colour(self) -> QColor:
        return QColor(self._colour_name())

    def _colour_name(self) -> str:
        colours = self.scene().colours
        weight = self.edge.weight
        return colours.positive if weight > 0 else colours.negative if weight < 0 \
            else colours.zero

    def _pens(self, name: str):
        """The cached pen and brush for the current colour, width and dash."""
        key = (name, self.width, bool(self.edge.delay))
        if self._pen_key != key:
            colour = QColor(name)
            pen = QPen(colour, self.width, Qt.SolidLine, Qt.FlatCap)
            if self.edge.delay:
                pen.setDashPattern(DELAY_DASHES)
            self._pen, self._brush, self._pen_key = pen, solid_brush(colour), key
        return self._pen, self._brush

    def draw(self, painter: QPainter, exposed: QRectF, lod: float) -> bool:
        """Paint the curve and arrow head where they meet ``exposed`` (scene units) at the
        view's scale ``lod``; False when they do not meet it (nothing painted)."""
        if self._path is None:
            self._ensure_path()
        grow = self.width + 2                 # the stroke reaches beyond the curve
        near = exposed.adjusted(-grow, -grow, grow, grow)
        if not (exposed.contains(self.rect()) and not self._path.isEmpty()) and not (
                self._path.intersects(near) or self._arrow.boundingRect().intersects(near)):
            return False  # only the bounding box of a long curve is in view, not the curve
        name = self._colour_name()
        painter.setBrush(_NO_BRUSH)  # the view does not reset painter state between items
        if lod < LABEL_LOD:
            pen = _HAIRLINES.get(name)
            if pen is None:
                pen = _HAIRLINES[name] = QPen(QColor(name), 0)
            painter.setPen(pen)
            painter.drawPath(self._path)
            return True
        pen, brush = self._pens(name)
        self._stroke(painter, pen, exposed)
        painter.setPen(_NO_PEN)
        painter.setBrush(brush)
        painter.drawPolygon(self._arrow)
        return True

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Selected or hovered (else the edge layer draws it): glow, curve and label."""
        if self._path is None:
            self._ensure_path()
        exposed = option.exposedRect
        selected = self.isSelected()
        lod = painter.worldTransform().m11()
        if selected:
            glow = QColor(self.scene().colours.selection)
            glow.setAlpha(110)
            painter.setBrush(_NO_BRUSH)
            width = max(self.width + 6, 2 * _screen_reach(PICK_PIXELS, lod))
            painter.setPen(QPen(glow, width, Qt.SolidLine, Qt.RoundCap))
            painter.drawPath(self._path)
            lod = max(lod, LABEL_LOD)       # selected: arrow and label at every zoom
        self.draw(painter, exposed, lod)
        view = widget.parent() if widget is not None else None
        if lod >= LABEL_LOD and not getattr(view, "labels_by_view", False):
            self.paint_label(painter)   # else the view paints it above the map labels

    def _stroke(self, painter: QPainter, pen: QPen, exposed: QRectF) -> None:
        """Stroke the curve; for a curve much longer than the view, only its visible pieces.

        Stroking costs in proportion to the whole length, even off screen, so a pan across
        a map of long edges would pay for kilometres of invisible curve. Dashes keep their
        phase (the offset is the arc length before each piece). A picture of the map strokes
        every curve whole: its strips then join without a seam.
        """
        bounds = self.rect()
        if self.scene().picture or (bounds.width() * bounds.height()
                                    < 4 * exposed.width() * exposed.height()):
            painter.setPen(pen)
            painter.drawPath(self._path)
            return
        p0, c, p2 = self._curve
        grow = self.width + 2
        rect = (exposed.left() - grow, exposed.top() - grow, exposed.right() + grow,
                exposed.bottom() + grow)
        t0, t_end = self._span
        dashed = bool(self.edge.delay)
        for a, b in pieces_in_rect(p0, c, p2, t0, t_end, rect):
            start, control, end = sub_curve(p0, c, p2, a, b)
            piece = QPainterPath(QPointF(*start))
            piece.quadTo(QPointF(*control), QPointF(*end))
            if dashed:
                pen = QPen(pen)
                pen.setDashOffset(arc_length(p0, c, p2, t0, a) / self.width)
            painter.setPen(pen)
            painter.drawPath(piece)

    def _label_scale(self) -> float:
        """How much larger than its scene size the weight label is drawn at the window's
        zoom: enough to be :data:`LABEL_PIXELS` tall on screen, never smaller."""
        scene = self.scene()
        scale = scene.view_scale if scene is not None else 1.0
        return max(1.0, LABEL_PIXELS / (_LABEL_HEIGHT * max(scale, 1e-6)))

    def paint_label(self, painter: QPainter) -> None:
        """The weight in a box of the label background, outlined in the edge's colour, where
        :meth:`label_rect` puts it (``painter`` in scene units): it reads over other edges
        and the glow alike, and covers no node where the curve has room."""
        font = node_font()
        font.setBold(True)
        text, width = self._label_text(font)
        grown = self._label_scale()
        painter.save()
        painter.translate(self.label_rect().center())
        painter.scale(grown, grown)
        rect = QRectF(-width / 2, -_LABEL_HEIGHT / 2, width, _LABEL_HEIGHT)
        painter.setPen(QPen(QColor(self._colour_name()), 1))
        painter.setBrush(QColor(self.scene().colours.label_background))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setFont(font)
        painter.setPen(QColor(self.scene().colours.text))
        painter.drawText(rect, int(Qt.AlignCenter), text)
        painter.restore()

    def _label_text(self, font) -> tuple[str, float]:
        """The label's text and its box's width (label units) in ``font``."""
        scene = self.scene()
        unit = translated(scene.model, "time_unit") if scene is not None else ""
        text = weight_text(self.edge, unit)
        return text, QFontMetricsF(font).horizontalAdvance(text) + 10

    def _marked(self) -> bool:
        """Whether a layer above marks this edge's middle (the label moves beside it)."""
        scene = self.scene()
        return scene is not None and self.key in scene.marked_middles

    def _label_size(self) -> tuple[float, float]:
        """The weight label's width and height in scene units at the window's zoom."""
        font = node_font()
        font.setBold(True)
        grown = self._label_scale()
        return self._label_text(font)[1] * grown, _LABEL_HEIGHT * grown

    def label_rect(self) -> QRectF:
        """Where the weight label stands (scene units) while the edge paints it: at the
        middle of the curve, else at the nearest spot along it, then beside it, where it
        covers no node's body (:mod:`.weight_place`); worked out again when the edge, the
        zoom or the weight changes. While more than :data:`PLACED_LABELS` edges paint
        themselves (a whole big map selected), at the middle: placing them all would hold
        the window for seconds."""
        size, marked = self._label_size(), self._marked()
        wanted = (size, marked)
        if self._label_place is None or self._label_place[0] != wanted:
            left = MARK_ROOM * self._label_scale() if marked else None
            self._ensure_path()
            layer = self._layer()
            if self._path.isEmpty() or (layer is not None
                                        and len(layer.marked) > PLACED_LABELS):
                box = weight_label_place(self._curve, (0.5, 0.5), size, [], left)
            else:
                box = weight_label_place(self._curve, self._span, size,
                                         self._bodies_in(self._label_reach()), left)
            self._label_place = (wanted, QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1]))
        return QRectF(self._label_place[1])

    def _label_reach(self) -> QRectF:
        """All the weight label may cover (scene units), wherever along the curve or beside
        it it stands: the curve's control points' box grown by the label's size."""
        width, height = self._label_size()
        reach = width + 2 * height
        xs, ys = zip(*self._curve)
        return QRectF(min(xs) - reach, min(ys) - reach, max(xs) - min(xs) + 2 * reach,
                      max(ys) - min(ys) + 2 * reach)

    def _bodies_in(self, area: QRectF) -> list[tuple[float, float, float, float]]:
        """The bodies of the nodes that meet ``area`` (scene units), as plain rectangles."""
        scene = self.scene()
        if scene is None:
            return [body_box(item) for item in (self.source_item, self.target_item)]
        return scene.node_bodies_in(area)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        if not self.toolTip():
            self.setToolTip(self.tooltip_text())
        self.refresh_painting()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.refresh_painting()
        super().hoverLeaveEvent(event)


def _screen_reach(pixels: float, scale: float) -> float:
    """``pixels`` screen pixels in scene units at ``scale`` (pixels per scene unit), at most
    the room the item's bounds leave beside the curve."""
    return min(pixels / max(scale, 1e-6), _REACH_LIMIT)

