"""Which edge a click or hover finds where several edges' pick bands overlap: the nearest.

An edge's hit-test shape reaches a few screen pixels beside its curve
(:data:`~.edge_item.PICK_PIXELS`), so where edges run close together a point lies within
several of them, and Qt gives the event to the topmost: a click 3 pixels off one edge
selected its neighbour 5 pixels away. While the scene hands a mouse event to its items, the
edge nearest the pointer is lifted above the other edges (still under the nodes, which win
where drawn over an edge), so that it is the one hovered, clicked or menued.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QPointF, QRectF, QSizeF

from .curves import distance
from .edge_item import EdgeItem

__all__ = ["nearest_edge", "nearest_edge_on_top"]

#: Above the other edges (depth 0), under the nodes (depth 1).
_LIFTED = 0.25


def _pixel(scene, pos: QPointF) -> QRectF:
    """The screen pixel whose corner is scene point ``pos``, in scene units: what Qt
    hit-tests for a mouse event (a view's pixel, not the exact point)."""
    size = 1.0 / max(scene.view_scale, 1e-6)
    return QRectF(pos, QSizeF(size, size))


def _edges_under(scene, pixel: QRectF) -> list[EdgeItem]:
    """The edges whose shape meets ``pixel``, topmost first, where an edge is the topmost
    item there that takes the mouse (else none: a node or nothing is; the layers drawn
    over the map take no mouse)."""
    under = [item for item in scene.items(pixel) if item.acceptedMouseButtons()]
    if not under or not isinstance(under[0], EdgeItem):
        return []
    return [item for item in under if isinstance(item, EdgeItem)]


def nearest_edge(scene, pos: QPointF) -> EdgeItem | None:
    """The edge nearest the pixel at scene point ``pos`` among those whose shape meets
    it, where an edge is the topmost item there."""
    pixel = _pixel(scene, pos)
    centre = (pixel.center().x(), pixel.center().y())
    return min(_edges_under(scene, pixel), key=lambda item: distance(*item.curve, centre),
               default=None)


@contextmanager
def nearest_edge_on_top(scene, pos: QPointF) -> Iterator[None]:
    """The edge nearest ``pos`` lifted above the other edges meanwhile, where it is not
    the topmost already."""
    nearest = nearest_edge(scene, pos)
    if nearest is None or _edges_under(scene, _pixel(scene, pos))[0] is nearest:
        yield
        return
    depth = nearest.zValue()
    nearest.setZValue(_LIFTED)
    try:
        yield
    finally:
        nearest.setZValue(depth)
