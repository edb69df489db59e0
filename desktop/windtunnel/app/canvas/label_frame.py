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
gives what one made again after an edit gives. The nodes as a placement sees them in the
frame are kept from one placement to the next (:class:`NodesInFrame`), and a placement's
labels, kept in the frame (:class:`FramedLabel`), are drawn in the view by
:func:`drawn_labels`: while a dock's edge is held, the last placement drawn again at each
step, every label kept (:class:`.map_labels.MapLabels`).
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QGuiApplication, QTransform

from .label_links import PlacedLabel
from .label_options import OnScreen
from .label_grid import Boxes
from .label_places import moved_inside

__all__ = ["KEPT", "FramedLabel", "LabelScale", "NodesInFrame", "body_in_frame",
           "centre_in_frame", "drawn_labels", "on_screen"]

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

    def settle(self, zoom: float) -> float:
        """Make the view's ``zoom`` the labels' scale (the drag over, a label the kept
        scale would bring onto another's: see :func:`drawn_labels`)."""
        self._scale = self._zoom = zoom
        return zoom


class FramedLabel(NamedTuple):
    """A label as a placement put it in the frame: its node's id, its text, its box, its
    node (a :class:`~.label_options.OnScreen`) and whether it was placed a little way
    off its node (joined to it by a leader line)."""

    node_id: str
    text: str
    box: QRectF
    node: OnScreen
    away: bool


def drawn_labels(framed: list[FramedLabel], view: QTransform, viewport: QRectF,
                 apart: bool = True) -> tuple[list[PlacedLabel], bool]:
    """The labels ``framed`` (most important first) drawn in the view (``view``: the scene
    to the ``viewport``), each as :func:`on_screen` draws it. ``apart``: a label that the
    view's scale, a little off the labels', brings onto one drawn before is moved the
    least way clear of it (by half its height at most), or else left out, so that no two
    overlap; unless ``apart`` is false (a dock's edge being dragged), when every label is
    drawn: a label hidden for a moment reads as the map changing, two overlapping by a
    few pixels as the drag it is. Returns the labels and whether one was left out."""
    labels, drawn, left_out = [], Boxes(), False
    for label in framed:
        shown, body = on_screen(label.box, label.node, view, viewport)
        if drawn.meets(shown.adjusted(0.5, 0.5, -0.5, -0.5)):
            cleared = _cleared(shown, drawn, viewport)
            if cleared is not None:
                shown = cleared
            elif apart:
                left_out = True
                continue
        drawn.add(shown)
        labels.append(PlacedLabel(
            label.node_id, label.text, shown, body if label.away else None,
            None if label.away or label.box.intersects(label.node.body) else body))
    return labels, left_out


def _cleared(shown: QRectF, drawn: Boxes, viewport: QRectF) -> QRectF | None:
    """``shown`` moved the least way along one axis, by half its height at most, to lie
    clear of the labels ``drawn`` and within the ``viewport``; None if no such move
    clears it."""
    inner = shown.adjusted(0.5, 0.5, -0.5, -0.5)
    moves = sorted((abs(dx) + abs(dy), dx, dy)
                   for box in drawn.boxes() if box.intersects(inner)
                   for dx, dy in ((box.right() - shown.left(), 0.0),
                                  (box.left() - shown.right(), 0.0),
                                  (0.0, box.bottom() - shown.top()),
                                  (0.0, box.top() - shown.bottom())))
    for distance, dx, dy in moves:
        if distance > shown.height() / 2:
            break
        moved = shown.translated(dx, dy)
        if viewport.contains(moved) and not drawn.meets(moved.adjusted(0.5, 0.5, -0.5, -0.5)):
            return moved
    return None


class NodesInFrame:
    """The candidate nodes of a view's placement as it sees them, in the labels' frame.

    Kept per node while the labels' scale, the font and the language stay, and made
    again for a node whose position, body, scale or element changed: mapping 800 bodies
    each placement was most of what an edit's placement cost. The frame pans with the
    map, so a view scrolled or resized a little maps none again. At most ``kept`` nodes
    are remembered (beyond, those gone from the candidates are forgotten)."""

    def __init__(self, view, kept: int) -> None:
        self.view = view
        self._kept = kept
        self._screens: dict[str, OnScreen] = {}   # the nodes as shown, while in context:
        self._context: tuple | None = None        # the labels' scale, font and language

    def seen(self, items, where, scale: float, shown_as: tuple, text
             ) -> dict[str, OnScreen]:
        """Each unfaded node of ``items`` as a placement sees it, by id (``where``: each
        one's scene position and opacity), in the labels' frame at ``scale``;
        ``shown_as``: the font and the language, ``text(item)``: the node's label as
        shown.

        A node off the view (its bounds, two pixels round, meet no part of it) is left out:
        it has no label, and its body, off the view, meets none of the labels' places,
        which stay in the view; a view zoomed in on part of a big map maps a few nodes,
        not the 800 most important of the whole map."""
        context = (scale, shown_as)
        if context != self._context:
            self._screens, self._context = {}, context
        screens, seen = self._screens, {}
        view = self.view
        shown = view.mapToScene(view.viewport().rect().adjusted(-2, -2, 2, 2)).boundingRect()
        for item, (position, opacity) in zip(items, where):
            if opacity != 1.0 or not shown.intersects(item.sceneBoundingRect()):
                continue                                # faded (no label) or off the view
            node_id = item.node_id
            key = (position, item.rect, item.scale(), item.node)
            known = screens.get(node_id)
            if known is None or known.key != key:
                in_scene, at = item.mapRectToScene(item.rect), QPointF(*position)
                body, centre = body_in_frame(in_scene, scale), centre_in_frame(at, scale)
                texts = text(item)
                known = screens[node_id] = OnScreen(
                    key, body, centre, texts, (body.getRect(), centre.toTuple(), texts),
                    at, in_scene)
            seen[node_id] = known
        if len(screens) > self._kept:              # nodes long gone from the candidates
            self._screens = dict(seen)
        return seen


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
