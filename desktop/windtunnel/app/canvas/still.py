"""Keeping the map's zoom while a legend takes or gives back a margin.

A legend's margin moves the viewport's edge: Qt then keeps the scene point at the
viewport's top-left corner there, so the map slides by the margin, and a view fitted to
the map fitted it again (the first scenario of a model swaps the group legend on the left
for the change scale at the bottom: the map grew by half and moved under the user). Once
the map is being worked on, :func:`screen_place` notes where the map is before the margins
change and :func:`hold_place` shows it after at the same zoom. A map the user moved stays
where it is on the screen (a margin given back shows more of it). A fitted map stays
whole and takes the room it has: it is centred in the viewport, so the room a margin
gives back is the map's, not an empty strip beside it, and where the new margin would cut
its nodes it is zoomed out just enough to show them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsView

__all__ = ["screen_place", "hold_place"]


def _viewport_on_view(view: QGraphicsView) -> QRectF:
    """The viewport's rectangle in the view's own coordinates (inside the margins)."""
    margins = view.viewportMargins()
    return QRectF(view.viewport().rect()).translated(margins.left(), margins.top())


def screen_place(view: QGraphicsView) -> tuple[QRectF, QRectF] | None:
    """Where the map is on the screen: a rectangle of the scene (a fitted view's nodes,
    else what the viewport shows) and where it lies in the view's coordinates; None
    without a scene."""
    scene = view.scene()
    if scene is None:
        return None
    nodes = scene.nodes_bounding_rect() if view.fitted else QRectF()
    if nodes.isEmpty():
        return (view.mapToScene(view.viewport().rect()).boundingRect(),
                _viewport_on_view(view))
    origin = _viewport_on_view(view).topLeft()
    return nodes, view.viewportTransform().mapRect(nodes).translated(origin)


def hold_place(view: QGraphicsView, area: QRectF, on_view: QRectF, *, whole: bool) -> None:
    """Show the scene's ``area`` at ``on_view`` (the view's coordinates) again, at the same
    zoom; with ``whole`` (a fitted map), centred in the viewport instead, zoomed out as
    far as keeps it inside."""
    room = _viewport_on_view(view)
    target = QRectF(on_view)
    if whole and target.width() > 0 and target.height() > 0:
        factor = min(1.0, room.width() / target.width(), room.height() / target.height())
        if factor < 1.0:
            centre = target.center()
            target.setSize(target.size() * factor)
            target.moveCenter(centre)
            view.scale(factor, factor)
        target.moveCenter(room.center())
    zoom = view.transform().m11()
    # the scene point at the viewport's centre that puts the area's centre at the target's
    middle = area.center() + (room.center() - target.center()) / zoom
    half = QPointF(room.width(), room.height()) / (2 * zoom)
    view.setSceneRect(view.sceneRect().united(QRectF(middle - half, middle + half)))
    view.centerOn(middle)
    # centerOn rounds to a whole pixel its own way: each margin change would drift by one
    off = view.viewportTransform().map(area.center()) - (target.center() - room.topLeft())
    for bar, by in ((view.horizontalScrollBar(), off.x()), (view.verticalScrollBar(), off.y())):
        bar.setValue(bar.value() + round(by))
