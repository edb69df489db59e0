"""The map's selection, as the scene keeps it: which nodes and edges are selected, in
document order or in the order the user picked them (Connect joins them in that order).

A mixin of :class:`~.scene.CanvasScene` (kept apart so the scene's module keeps to building
and updating the map): it reads the scene's ``model``, ``node_items`` and ``edge_items``,
and keeps ``_selection_order`` (node ids, oldest first) and ``_selected_edges`` (the edge
items that paint themselves while selected), which the scene sets up.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from .edge_item import EdgeItem
from .node_item import NodeItem

__all__ = ["SceneSelection"]


class SceneSelection:
    """Selection queries and changes of the map's scene."""

    def selected_node_items(self) -> list[NodeItem]:
        return [i for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_node_ids(self) -> list[str]:
        """Selected nodes, in document order."""
        return _in_document_order({i.node_id for i in self.selected_node_items()},
                                  self.model.nodes, lambda node: node.id)

    def _selection_marks_changed(self) -> None:
        if self._overview:  # selected nodes are marked in the cached overview layer
            self.invalidate(QRectF(), QGraphicsScene.BackgroundLayer)

    def _edge_selection_changed(self) -> None:
        """Selected edges paint themselves (glow, label); unselected ones are the layer's."""
        chosen = {i for i in self.selectedItems() if isinstance(i, EdgeItem)}
        changed = chosen ^ self._selected_edges
        self._selected_edges = chosen
        for item in changed:
            item.refresh_painting()

    def _track_selection_order(self) -> None:
        chosen = {i.node_id for i in self.selected_node_items()}
        order = [n for n in self._selection_order if n in chosen]
        known = set(order)
        order += sorted(chosen - known, key=lambda n: self.node_items[n].pos().x())
        self._selection_order = order

    def lone_selected_node(self) -> NodeItem | None:
        """The selected node when exactly one node is selected, else None (from the
        selection as last tracked: no walk over a big selection on every repaint)."""
        order = self._selection_order
        return self.node_items.get(order[0]) if len(order) == 1 else None

    def selected_node_ids_in_order(self) -> list[str]:
        """Selected nodes in the order the user selected them (for Connect)."""
        self._track_selection_order()
        return list(self._selection_order)

    def selected_edge_keys(self) -> list[tuple[str, str]]:
        """Selected edges, in document order."""
        return _in_document_order({i.key for i in self.selectedItems() if isinstance(i, EdgeItem)},
                                  self.model.edges, lambda edge: edge.key)

    def select(self, nodes: Iterable[str] = (), edges: Iterable[tuple[str, str]] = ()) -> None:
        """Select exactly these nodes and edges (unknown ids are skipped)."""
        self.blockSignals(True)
        self.clearSelection()
        for node_id in nodes:
            if node_id in self.node_items:
                self.node_items[node_id].setSelected(True)
        for key in edges:
            if key in self.edge_items:
                self.edge_items[key].setSelected(True)
        self._selection_order = [n for n in nodes if n in self.node_items]
        self.blockSignals(False)
        self.selectionChanged.emit()


def _in_document_order(chosen: set, elements, key) -> list:
    """The keys in ``chosen`` in the order of ``elements``: one or none need no order, so
    the usual selection (the node or edge just drawn, the one clicked) never walks the
    40,000 edges of a big map, which the window asks for several times after each edit."""
    if len(chosen) < 2:
        return list(chosen)
    return [key(element) for element in elements if key(element) in chosen]
