"""The frame map labels are placed in: the scene at the labels' scale, which a view
resized a little keeps, so that its labels keep their places beside their nodes.

A fitted map is fitted again at every step of a dock's edge dragged, its scale changing
by a fraction of a percent; labels placed at each step's own scale would each time be
placed anew, and some (nodes a pixel nearer a neighbour) would jump sides. So a placement
works at the labels' scale (:class:`LabelScale`: the view's, kept while a dock's edge is
dragged and the view's stays within :data:`KEPT` of it), in pixels of the scene at that
scale (:func:`body_in_frame`, :func:`centre_in_frame`), and each label is then drawn at its node as the view shows it,
as far from the node's centre as it was placed (:func:`on_screen`). A view moved a little
gives the placement the same nodes, so the same labels; the labels' scale is the view's
(its own state, read by every placement of it alike), so a placement made from scratch
gives what one made again after an edit gives.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QGuiApplication, QTransform

from .label_places import moved_inside

__all__ = ["KEPT", "LabelScale", "body_in_frame", "centre_in_frame", "on_screen"]

#: The labels' scale is kept while the view's is within this factor of it either way:
#: a side dock dragged by 20 pixels changes a fitted map's scale by 2 or 3 percent.
KEPT = 1.05


class LabelScale:
    """The scale a view's map labels are placed at: the view's own, except while a
    pointer button is held (``held()``: a dock's edge dragged, which fits the map again
    at every step), when it is kept as long as the view's stays within :data:`KEPT` of it.
    Kept after the drag until the view's scale changes again (a zoom, a fit, a window
    resized), which sets it to the view's: so at start-up, and after any change nobody
    drags, labels are placed at the view's own scale."""

    def __init__(self, held: Callable[[], bool] = lambda: bool(QGuiApplication.mouseButtons())
                 ) -> None:
        self.held = held
        self._scale: float | None = None
        self._zoom: float | None = None

    def at(self, zoom: float) -> float:
        """The labels' scale for a view at ``zoom``."""
        kept = self._scale
        if kept is None or zoom != self._zoom and not (
                kept / KEPT <= zoom <= kept * KEPT and self.held()):
            self._scale = zoom
        self._zoom = zoom
        return self._scale


def body_in_frame(body: QRectF, scale: float) -> QRectF:
    """A node's ``body`` (scene coordinates) in the labels' frame at ``scale``, its
    corners on whole pixels as a view maps them."""
    return _on_pixels(QRectF(body.topLeft() * scale, body.bottomRight() * scale))


def centre_in_frame(position: QPointF, scale: float) -> QPointF:
    """A node's centre (``position`` in the scene) in the labels' frame at ``scale``."""
    return QPointF(_pixel(position.x() * scale), _pixel(position.y() * scale))


def on_screen(box: QRectF, node, view: QTransform, viewport: QRectF
              ) -> tuple[QRectF, QRectF]:
    """A label placed in the frame at ``box`` for ``node`` (its centre and body in the
    frame, its position and body in the scene: an :class:`~.label_options.OnScreen`),
    drawn in the view (``view``: the scene to the viewport) as far from the node's centre
    as it was placed, covering the node's body as shown when placed over it, and within
    the ``viewport``. Returns the label's box and the node's body in viewport pixels."""
    shown_centre = view.map(node.position)
    offset = QPointF(_pixel(shown_centre.x()), _pixel(shown_centre.y())) - node.centre
    shown_body = _on_pixels(view.mapRect(node.in_scene))
    shown = box.translated(offset)
    if box.contains(node.body):
        shown = shown.united(shown_body)
    return moved_inside(shown, viewport), shown_body


def _on_pixels(rect: QRectF) -> QRectF:
    """``rect`` with its corners rounded to whole pixels, as a view maps a rectangle (the
    pixels it covers, the last included)."""
    left, top, right, bottom = (_pixel(edge) for edge in rect.getCoords())
    return QRectF(left, top, right - left + 1, bottom - top + 1)


def _pixel(x: float) -> int:
    """``x`` rounded to a whole pixel as Qt rounds it (halves away from zero)."""
    return int(x + 0.5) if x >= 0 else int(x - 0.5)
