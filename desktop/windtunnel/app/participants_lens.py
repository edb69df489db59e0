"""The disagreement lens: where participants disagree, drawn on the map.

Under every edge that two or more participants rated, a translucent amber band whose width
grows with the spread of their ratings (the widest band is the largest spread on the map);
at the middle of an edge with a sign conflict (some participants say it raises its
target, others that it lowers it) a ring with "±". The figures come from the engine
(:func:`~windtunnel.engine.disagreement`); the legend is in the Participants dock, never
over the map, and in the bottom margin of map pictures (File > Export Map, Export Results >
Map with Results) through a map decoration (:class:`LensDecoration`); the PDF brief of a
model with participants has a page of its own with the lens and this legend. Two graphics
items in the window's scene: the bands below the edges, the rings above the nodes (a ring at
the middle of a short edge, or of one passing under a node, would hide under its box); the
editor's own items are not touched.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..engine import disagreement, rating_table
from .canvas.scene_layer import SceneLayer

__all__ = ["DisagreementLens", "LENS_COLOUR", "lens_marks", "lens_legend_html", "LensDecoration",
           "paint_lens_legend", "lens_legend_size"]

#: The lens's colour: amber, apart from the blue/red of the edges' signs.
LENS_COLOUR = "#e69f00"
#: Widest band, in scene units at scale 1.
WIDEST = 18.0
#: However far the map is zoomed out, a band is at least this many screen pixels wide
#: (plus :data:`MIN_BAND_SPREAD` times its size, so wider still means more spread) and a
#: ring this many pixels across: at the fitted zoom of a big map a lone disputed edge's
#: marks, drawn in scene units, were a few pixels under the nodes' labels.
MIN_BAND_PIXELS, MIN_BAND_SPREAD, MIN_RING_PIXELS = 6.0, 10.0, 20.0


def _legend_lines() -> tuple[str, str]:
    return (QCoreApplication.translate(
                "DisagreementLens", "band: the wider, the more the participants' ratings of "
                "an edge spread"),
            QCoreApplication.translate(
                "DisagreementLens", "\u00b1 ring: a sign conflict (some say the edge raises "
                "its target, some that it lowers it)"))


def lens_legend_html() -> str:
    """The lens's legend as rich text, for the Participants dock."""
    band, ring = (line.replace("&", "&amp;").replace("<", "&lt;") for line in _legend_lines())
    return (f"<span style='color:{LENS_COLOUR}'>&#9644;</span> {band}<br>"
            f"<span style='color:{LENS_COLOUR}'>&#9711;</span> {ring}")


def lens_marks(model) -> tuple[list[tuple[tuple[str, str], float]], list[tuple[str, str]]]:
    """(edge, band size 0..1) for the shared edges rated by two or more participants, and
    the shared edges with a sign conflict."""
    if not model.participants:
        return [], []
    table = rating_table(model)
    found = disagreement(table)
    shared = slice(0, table.shared)
    spread = found.spread[shared]
    raters = found.raters[shared]
    largest = float(spread[raters > 1].max(initial=0.0))
    bands = [(table.edges[j], float(spread[j] / largest))
             for j in np.flatnonzero((raters > 1) & (spread > 0))] if largest > 0 else []
    conflicts = [table.edges[j] for j in np.flatnonzero(found.conflict[shared])]
    return bands, conflicts


class _LensLayer(SceneLayer):
    """A layer of the lens: painted at ``depth``, never in the way of the mouse."""

    def __init__(self, depth: float) -> None:
        super().__init__()
        self.setZValue(depth)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setAcceptHoverEvents(False)

    def _prepare(self, painter: QPainter):
        """The scene and the painter's screen pixels per scene unit; smooth unless the
        map is being dragged."""
        scene = self.scene()
        painter.setRenderHint(QPainter.Antialiasing, not scene.interacting)
        return scene, max(painter.worldTransform().m11(), 1e-6)


class DisagreementLens(_LensLayer):
    """The lens's bands, under the edges and the result flows; its rings are
    :attr:`rings`, an item above the nodes that joins the scene and shows with it.
    :meth:`update_marks` recomputes both from the model."""

    def __init__(self) -> None:
        super().__init__(-0.6)
        self.bands: list[tuple[tuple[str, str], float]] = []
        self.conflicts: list[tuple[str, str]] = []
        self.rings = ConflictRings(self)

    def update_marks(self, model) -> None:
        self.bands, self.conflicts = lens_marks(model)
        self.update()
        self.rings.update()
        self._mark_middles()

    def _mark_middles(self) -> None:
        """Tell the scene which edges' middles bear a ring while the lens shows, so that
        their weight labels stand beside the rings."""
        scene = self.scene()
        if not hasattr(scene, "marked_middles"):   # none, or a map's scene being freed
            return
        marked = set(self.conflicts) if self.isVisible() else set()
        changed = marked ^ scene.marked_middles
        scene.marked_middles = marked
        for key in changed:
            item = scene.edge_items.get(key)
            if item is not None and item.paints_itself:
                item.update_geometry()
                item.update()

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.ItemSceneHasChanged:
            if self.rings.scene() is not None:
                self.rings.scene().removeItem(self.rings)
            if value is not None:
                value.addItem(self.rings)
        elif change == QGraphicsItem.ItemVisibleHasChanged:
            self.rings.setVisible(bool(value))
            self._mark_middles()
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene, scale = self._prepare(painter)
        for key, size in self.bands:
            item = scene.edge_items.get(key)
            if item is None:
                continue
            colour = QColor(LENS_COLOUR)
            colour.setAlpha(110)
            width = max(4.0 + WIDEST * size, (MIN_BAND_PIXELS + MIN_BAND_SPREAD * size) / scale)
            painter.setPen(QPen(colour, width, Qt.SolidLine, Qt.FlatCap))
            painter.drawPath(item.path)


class ConflictRings(_LensLayer):
    """The lens's "±" rings at the middles of the edges with a sign conflict, above the
    nodes: above their boxes as an item, and above the map labels of a zoomed-out view,
    which paints them after those (the scene's ``over_labels``)."""

    def __init__(self, lens: DisagreementLens) -> None:
        super().__init__(1.5)
        self.lens = lens

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.ItemSceneChange and self.scene() is not None:
            self.scene().over_labels.remove(self)
        elif change == QGraphicsItem.ItemSceneHasChanged and value is not None:
            value.over_labels.append(self)
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        view = widget.parent() if widget is not None else None
        if not getattr(view, "labels_by_view", False):     # else the view paints them
            self.paint_marks(painter)

    def paint_marks(self, painter: QPainter) -> None:
        """Paint the rings (``painter`` in scene units)."""
        scene, scale = self._prepare(painter)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        radius = max(11.0, MIN_RING_PIXELS / 2 / scale)
        if radius > 11.0:              # zoomed out: the ring's text grows with it
            font.setPointSizeF(font.pointSizeF() * radius / 11.0)
            painter.setFont(font)
        for key in self.lens.conflicts:
            item = scene.edge_items.get(key)
            if item is None:
                continue
            centre = item.midpoint
            ring = QRectF(centre - QPointF(radius, radius), centre + QPointF(radius, radius))
            painter.setPen(QPen(QColor(LENS_COLOUR), 3.0 * radius / 11.0))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(ring)
            painter.setPen(QColor("black"))
            painter.drawText(ring, Qt.AlignCenter, "±")


class LensDecoration:
    """The lens's legend in map pictures: a map decoration (``map_overlay`` /
    ``map_state``, see :mod:`windtunnel.app.map_export`) painting the two lines of the
    legend at the bottom right of the picture while the lens is on."""

    def __init__(self, panel) -> None:
        self.panel = panel

    def map_state(self) -> tuple:
        lens = self.panel.lens
        return (lens.isVisible(), tuple(lens.bands), tuple(lens.conflicts))

    def map_overlay(self):
        lens = self.panel.lens
        if not lens.isVisible() or not (lens.bands or lens.conflicts):
            return None
        return paint_lens_legend


def lens_legend_size(point_size: float = 8.5) -> tuple[float, float]:
    """Width and height of the legend :func:`paint_lens_legend` paints at ``point_size``."""
    font = QFont()
    font.setPointSizeF(point_size)
    metrics = QFontMetricsF(font)
    width = max(metrics.horizontalAdvance(text) for text in _legend_lines()) + 44
    return width, 2 * metrics.height() + 16


def paint_lens_legend(painter: QPainter, target: QRectF, *, point_size: float = 8.5) -> None:
    """The lens's legend at the bottom right of ``target`` (a picture's bottom margin)."""
    font = QFont()
    font.setPointSizeF(point_size)
    metrics = QFontMetricsF(font)
    lines = _legend_lines()
    line = metrics.height()
    width, height = lens_legend_size(point_size)
    rect = QRectF(target.right() - width - 10, target.bottom() - height - 10, width, height)
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#888888"), 1.0))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRect(rect)
    band = QColor(LENS_COLOUR)
    band.setAlpha(110)
    y = rect.top() + 8 + line / 2
    painter.setPen(QPen(band, 8.0, Qt.SolidLine, Qt.FlatCap))
    painter.drawLine(QPointF(rect.left() + 8, y), QPointF(rect.left() + 30, y))
    ring = QRectF(rect.left() + 12, y + line - 7, 14, 14)
    painter.setPen(QPen(QColor(LENS_COLOUR), 2.0))
    painter.setBrush(QColor("white"))
    painter.drawEllipse(ring)
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(ring, Qt.AlignCenter, "\u00b1")
    for k, text in enumerate(lines):
        painter.drawText(QRectF(rect.left() + 36, rect.top() + 8 + k * line, width - 40, line),
                         Qt.AlignVCenter | Qt.AlignLeft, text)
    painter.restore()
