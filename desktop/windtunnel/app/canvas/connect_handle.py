"""The connect handle: drag from it onto another node to draw an influence.

The handle is a small circle against the right side of the node under the pointer (and of
the selected node, when one node is selected and the focus view does not fade it), just
outside it: on the frame, it hid the last letter of a name that fills the node's width
(zoomed out, the node's margin is a few pixels). The view draws it over everything else,
in screen pixels, so it is as big and as easy to grab at the zoom a map opens at as at
100%; where a map label covers its node (:mod:`.map_labels`), the handle stands against
the label's right side. A node at the view's right edge has its handle against its left
side instead, whole inside the view, not half cut off by the edge. Shift+drag from
anywhere on a node, or on its map label, draws an influence too. A press beside the drawn
handle but nearer the middle of the node under it belongs to that node: zoomed out, a node
only a few pixels wide would otherwise be all handle, never selected or moved by a click.
Pointing at a node says both in the status bar (a status tip, which the main window
shows), unless the window shows a message of its own there.

The view turns presses, drags and releases into the scene's ``new_edge`` interaction; the
handle itself only answers where it is and which node's handle is under a point.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QStatusTipEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from .node_item import NodeItem

__all__ = ["ConnectHandle", "RADIUS_PX", "GRAB_PX"]

#: The handle's radius on screen, in pixels, at every zoom.
RADIUS_PX = 6.0
#: A press this close to the handle's centre, in pixels, grabs it.
GRAB_PX = 10.0


def connect_hint() -> str:
    """The status bar's words while the pointer is on a node."""
    return QCoreApplication.translate(
        "view", "Drag the handle on a node's right side, or Shift+drag the node, onto another "
                "node to draw an influence")


def _squared(delta: QPointF) -> float:
    return delta.x() ** 2 + delta.y() ** 2


class ConnectHandle:
    """Where a view's connect handles are, which one is under a point, and their painting."""

    def __init__(self, view) -> None:
        self.view = view
        #: The node under the pointer (its handle shows), or None.
        self.hovered: NodeItem | None = None
        self._cross = False
        self._drawn: list[QRect] = []       # the areas of the handles the last paint drew

    # -- geometry (viewport pixels) -----------------------------------------------------------

    def centre(self, item: NodeItem) -> QPointF:
        """The centre of ``item``'s handle: level with the middle of the node, the circle
        against the right side of what shows the node (its body, or the map label drawn
        over it) from outside, so that it covers none of the text. A node in view keeps its
        handle inside the view: at the view's right edge the handle stands against the
        node's left side; where neither side has room (a node wider than the view), it
        moves in over the node's edge rather than show half a circle to grab."""
        body, shown = self._shown_area(item)
        x, y = shown.right() + RADIUS_PX, body.center().y()
        room = QRectF(self.view.viewport().rect()).adjusted(
            RADIUS_PX + 1, RADIUS_PX + 1, -RADIUS_PX - 1, -RADIUS_PX - 1)
        if shown.intersects(room):
            if x > room.right() and shown.left() - RADIUS_PX >= room.left():
                x = shown.left() - RADIUS_PX
            x = min(max(x, room.left()), room.right())
            y = min(max(y, room.top()), room.bottom())
        return QPointF(x, y)

    def _shown_area(self, item: NodeItem) -> tuple[QRectF, QRectF]:
        """``item``'s body on screen, and what shows the node there: the body, or the body
        and the map label drawn over it."""
        view = self.view
        body = QRectF(view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect())
        label = view.map_labels.box_of(item.node_id) if view.labels_by_view else None
        if label is not None and label.contains(body.center()):
            return body, body.united(label)
        return body, body

    def node_at(self, pos: QPoint) -> NodeItem | None:
        """The node drawn at ``pos``: its map label, else its body."""
        scene = self.view.scene()
        if scene is None:
            return None
        if self.view.labels_by_view:
            node_id = self.view.map_labels.label_at(QPointF(pos))
            if node_id is not None and node_id in scene.node_items:
                return scene.node_items[node_id]
        for item in self.view.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def handle_at(self, pos: QPoint) -> NodeItem | None:
        """The node whose handle is nearest ``pos`` (within :data:`GRAB_PX`), or None; a
        press beside the drawn handle but nearer the middle of the node it is on is that
        node's, not a handle's, and so is a press on a node where another node's handle
        would stand but is not drawn (zoomed out, a handle outside its node reaches the
        next one)."""
        near = QRect(pos.x() - int(GRAB_PX), pos.y() - int(GRAB_PX),
                     2 * int(GRAB_PX) + 1, 2 * int(GRAB_PX) + 1)
        candidates = [item for item in self.view.items(near) if isinstance(item, NodeItem)]
        scene = self.view.scene()
        if self.view.labels_by_view and scene is not None:
            candidates += [scene.node_items[node_id] for node_id in
                           self.view.map_labels.labels_near(QRectF(near))
                           if node_id in scene.node_items]
        point = QPointF(pos)
        distances = [(_squared(self.centre(item) - point), index, item)
                     for index, item in enumerate(candidates)]
        nearest = min((entry for entry in distances if entry[0] <= GRAB_PX ** 2), default=None)
        if nearest is None:
            return None
        pressed = self.node_at(pos)
        if pressed is not None and pressed is not nearest[2] and nearest[2] not in self._shown():
            return None
        if nearest[0] > RADIUS_PX ** 2:     # beside the handle as drawn (over everything)
            if pressed is not None and _squared(self._shown_area(pressed)[1].center()
                                                - point) < _squared(self.centre(pressed) - point):
                # a node a few pixels wide (zoomed out, unlabelled) lies within grabbing
                # distance of its handle: a press nearer its middle is on the node (which
                # it selects or moves), not on its handle or a neighbour's
                return None
        return nearest[2]

    def _shown(self) -> list[NodeItem]:
        """The nodes whose handles show: the pointed-at node and a lone selected node,
        unless the focus view (the story) fades it: a bright dot by a faded node drew the
        eye away from the chapter."""
        scene = self.view.scene()
        if scene is None or scene.new_edge.active:
            return []
        shown = []
        if self.hovered is not None and scene.node_items.get(self.hovered.node_id) is self.hovered:
            shown.append(self.hovered)
        selected = scene.lone_selected_node()
        if (selected is not None and selected is not self.hovered
                and selected.opacity() == 1.0):
            shown.append(selected)
        return shown

    def _area(self, item: NodeItem) -> QRect:
        centre = self.centre(item).toPoint()
        size = int(RADIUS_PX) + 3
        return QRect(centre.x() - size, centre.y() - size, 2 * size + 1, 2 * size + 1)

    # -- pointer ------------------------------------------------------------------------------

    def hover(self, pos: QPoint | None) -> None:
        """The pointer moved to ``pos`` with no button down (None: it left the view): show
        the handle of the node there, the cross cursor on a handle, the hint on a node."""
        on_handle = self.handle_at(pos) if pos is not None else None
        node = on_handle or (self.node_at(pos) if pos is not None else None)
        if node is not self.hovered:
            viewport = self.view.viewport()
            for item in (self.hovered, node):
                if item is not None and item.scene() is self.view.scene():
                    viewport.update(self._area(item))
            had, self.hovered = self.hovered, node
            if (had is None) != (node is None):
                self._say(connect_hint() if node is not None else "")
        cross = on_handle is not None
        if cross != self._cross:
            self._cross = cross
            if cross:
                self.view.viewport().setCursor(Qt.CrossCursor)
            else:
                self.view.viewport().unsetCursor()

    def _say(self, hint: str) -> None:
        """Show ``hint`` in the window's status bar (empty: clear it), unless the window
        shows a message of its own there (a run's, an export's), which stays."""
        window = self.view.window()
        bar = window.statusBar() if isinstance(window, QMainWindow) else None
        if bar is not None and bar.currentMessage() not in ("", connect_hint()):
            return
        QApplication.sendEvent(self.view, QStatusTipEvent(hint))

    def paint(self, painter: QPainter) -> None:
        """Paint the shown handles (the painter is in scene coordinates), and repaint where
        a handle went or came since the last paint: a handle reaches beyond its node, so
        the repaint of a node deselected (or selected) does not cover it, and it stayed on
        the screen after its node was deselected."""
        shown = self._shown()
        areas = [self._area(item) for item in shown]
        moved = ([area for area in self._drawn if area not in areas]
                 + [area for area in areas if area not in self._drawn])
        self._drawn = areas
        viewport = self.view.viewport()
        for area in moved:
            viewport.update(area)
        if not shown:
            return
        colours = self.view.scene().colours
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setPen(QPen(QColor(colours.outline), 1.2))
        painter.setBrush(QColor(colours.selection))
        for item in shown:
            painter.drawEllipse(self.centre(item), RADIUS_PX, RADIUS_PX)
        painter.restore()
