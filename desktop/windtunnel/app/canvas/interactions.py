"""Pointer interactions on the canvas that end in one intent signal of the scene.

- :class:`NewEdgeInteraction`: drag from a node's handle onto another node; a dashed
  preview (two pixels wide at any zoom) follows the pointer, the node under it (which the
  view finds, map labels included) is highlighted, and releasing on a node emits
  ``scene.edge_requested(source_id, target_id)``.
- :class:`MoveInteraction`: remembers where the selected nodes were when a drag started
  and, on release, emits ``scene.move_requested(before, after)`` once for the whole drag.

Neither touches the model: the window turns the signals into undo commands.
"""

from __future__ import annotations

import weakref

# the preview's line and its item are read from QtCore and QtWidgets when a drag first draws
# one: named here, PySide6 would make their Python types on the way to the first paint
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen

from .node_item import NodeItem

__all__ = ["NewEdgeInteraction", "MoveInteraction"]


class _Interaction:
    @property
    def scene(self):
        return self._scene()


class NewEdgeInteraction(_Interaction):
    """Draw a new edge by dragging from a node's connect handle."""

    def __init__(self, scene) -> None:
        self._scene = weakref.ref(scene)  # no reference cycle with the scene's wrapper
        self.source: NodeItem | None = None
        self._line: QtWidgets.QGraphicsLineItem | None = None
        #: The highlighted node the edge would go to, if released now.
        self.target: NodeItem | None = None

    @property
    def active(self) -> bool:
        return self.source is not None

    def start(self, source: NodeItem, pos: QPointF) -> None:
        self.source = source
        self._line = QtWidgets.QGraphicsLineItem(QtCore.QLineF(source.scenePos(), pos))
        pen = QPen(QColor(self.scene.colours.selection), 2, Qt.DashLine)
        pen.setCosmetic(True)
        self._line.setPen(pen)
        self._line.setZValue(10)
        self.scene.addItem(self._line)
        self.scene.set_interacting(True)

    def move(self, pos: QPointF, target: NodeItem | None) -> None:
        """The pointer is at ``pos`` (scene), over ``target`` (or no node)."""
        if not self.active:
            return
        self._line.setLine(QtCore.QLineF(self.source.scenePos(), pos))
        target = None if target is self.source else target
        if target is not self.target:
            if self.target is not None:
                self.target.highlighted = False
                self.target.update()
            self.target = target
            if target is not None:
                target.highlighted = True
                target.update()

    def finish(self, target: NodeItem | None) -> None:
        """Released over ``target``: ask for the edge (none over no node, or the source)."""
        if not self.active:
            return
        source = self.source
        self.cancel()
        if target is not None and target is not source:
            self.scene.edge_requested.emit(source.node_id, target.node_id)

    def cancel(self) -> None:
        if self.target is not None:
            self.target.highlighted = False
            self.target.update()
        if self._line is not None:
            self.scene.removeItem(self._line)
        self.source = self._line = self.target = None
        self.scene.set_interacting(False)


class MoveInteraction(_Interaction):
    """Turn a drag of selected nodes into one move request, sent on release."""

    def __init__(self, scene) -> None:
        self._scene = weakref.ref(scene)
        self._before: dict[str, tuple[float, float]] | None = None

    def press(self) -> None:
        self._before = {item.node_id: tuple(item.node.position)
                        for item in self.scene.selected_node_items()}

    def release(self) -> None:
        before, self._before = self._before, None
        if not before:
            return
        after = {}
        for node_id in before:
            item = self.scene.node_items.get(node_id)
            if item is not None:
                after[node_id] = (round(item.pos().x(), 2), round(item.pos().y(), 2))
        moved = {n: p for n, p in after.items() if p != before[n]}
        if moved:
            self.scene.move_requested.emit({n: before[n] for n in moved}, moved)
        self.scene.set_interacting(False)
