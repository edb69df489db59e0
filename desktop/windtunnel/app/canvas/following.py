"""The canvas scene's items made from the model, and kept in step with its signals.

A mixin of :class:`~.scene.CanvasScene` (kept apart so the scene's module keeps to how
the map is drawn and handled): it reads the scene's ``model`` and keeps ``node_items``
(id -> NodeItem), ``edge_items`` ((source, target) -> EdgeItem) and the edges of each node,
which the scene sets up. The items are made in batches (:meth:`ModelFollowing.building`),
all at once for a map opened at once, between event-loop turns for a big one; only a
complete scene follows the model's signals.

Speed: when nodes move, only their edges are marked dirty, and dirty edges are recomputed
once per event-loop turn (:meth:`ModelFollowing.flush`). The item index is Qt's BSP tree:
a 2,000-node map is mostly static between edits, so painting a pan step queries a small
region instead of walking 8,000 items; the items are added with the index off.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...model import Edge, Node, translated
from ..model_language import language_relay
from .edge_item import EdgeItem
from .node_item import NodeItem

__all__ = ["ModelFollowing", "BSP_TREE_DEPTH", "RECENT_NODES"]

#: The depth of the scene's BSP index (2**depth cells). Qt's automatic depth grows with the
#: number of items (14 for 10,000 edges), and an edge is filed in every cell its box
#: crosses: long edges made filing a 10,000-edge map take seconds before its first paint.
#: A shallow tree files an edge in a few cells and still narrows a repaint to them.
BSP_TREE_DEPTH = 8

#: How many nodes just added or edited the zoomed-out map names first (``recent_nodes``).
RECENT_NODES = 3


class ModelFollowing:
    """Items made from the model, and kept in step with its signals."""

    #: Whether every item is made and the scene follows the model.
    built = False
    #: How many nodes of each kind and edges of each sign the map has (the legend lists
    #: those it has: ``("kind", "actor")``, ``("sign", "negative")``...).
    legend_tally: Counter

    def legend_has(self, entry: tuple[str, str]) -> bool:
        """Whether the map has a node of the kind or an edge of the sign ``entry`` names."""
        return self.legend_tally[entry] > 0

    def _tally(self, entry: tuple[str, str] | None, step: int) -> None:
        """Count ``entry`` up or down by ``step``; when the legend gains or loses it on a
        built map, say the legend changed (a new map's first actor, its last negative edge)."""
        if entry is None:
            return
        before = self.legend_tally[entry]
        self.legend_tally[entry] = before + step
        if self.built and (before > 0) != (before + step > 0):
            self.groups_changed.emit()

    # -- model wiring -----------------------------------------------------------------------

    def _handlers(self):
        model = self.model
        return ((model.node_added, self._node_added), (model.node_removed, self._node_removed),
                (model.node_changed, self._node_changed), (model.edge_added, self._edge_added),
                (model.edge_removed, self._edge_removed), (model.edge_changed, self._edge_changed),
                (model.info_changed, self._groups_renamed))

    def _connect(self, on: bool) -> None:
        for signal, slot in self._handlers():
            signal.connect(slot) if on else signal.disconnect(slot)

    def detach(self) -> None:
        """Stop following the model (before the scene is dropped)."""
        if self.built:
            self._connect(False)

    def building(self, batch: int) -> Iterator[float]:
        """Make the items of the model's nodes and edges, ``batch`` at a time, yielding the
        share made after each batch; then file them in the scene's index and follow the
        model (:attr:`built`). A big map's window makes them between event-loop turns,
        the window free meanwhile; a scene dropped half-built never followed the model."""
        model = self.model
        self.setItemIndexMethod(QGraphicsScene.NoIndex)  # bulk add without re-indexing
        self.addItem(self.edge_layer)        # before the edges: selected ones paint on top
        self.palette.assign(n.group for n in model.nodes)
        nodes, edges = model.nodes, model.edges
        total = max(1, len(nodes) + len(edges))
        for start in range(0, len(nodes), batch):
            for node in nodes[start:start + batch]:
                self._add_node_item(node)
            yield min(start + batch, len(nodes)) / total
        for start in range(0, len(edges), batch):
            for edge in edges[start:start + batch]:
                self._add_edge_item(edge)
            yield (len(nodes) + min(start + batch, len(edges))) / total
        self._stale()
        self._update_scene_rect()  # before the tree is built: it is sized to the scene
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBspTreeDepth(BSP_TREE_DEPTH)
        self._connect(True)
        self.built = True
        self.emptied.emit(not self.node_items)

    #: Whether the labels follow the current language (see :meth:`ignore_language`).
    follows_language = True

    def ignore_language(self) -> None:
        """Leave the labels in the language they are: the window is about to be built again
        in the new one (showing 10,000 labels again only to drop them cost a second), or
        they are in it already (made ahead for a window built in it)."""
        if self.follows_language:
            language_relay().changed.disconnect(self._language_changed)
            self.follows_language = False

    def _language_changed(self, _tag: str) -> None:
        """Show every label and tooltip in the new language (the model is unchanged)."""
        for node_id, item in self.node_items.items():
            item.reshow()
            self._mark_dirty(node_id)
        for item in self.edge_items.values():
            item.set_edge(item.edge)
        self._stale()
        self.groups_changed.emit()       # the legend names the groups in the language

    def _groups_renamed(self) -> None:
        """The model's own text changed, perhaps its groups' names in other languages: the
        legend and the nodes' tooltips (made again at the next hover) follow."""
        for item in self.node_items.values():
            if item.toolTip():
                item.setToolTip("")
        self.groups_changed.emit()

    def _add_node_item(self, node: Node) -> NodeItem:
        item = NodeItem(node)
        item.setScale(self._presentation)
        if self._overview:
            item.setFlag(QGraphicsItem.ItemHasNoContents, True)
        self.node_items[node.id] = item
        self._edges_of.setdefault(node.id, set())
        self.addItem(item)
        self._tally(_kind_entry(node), 1)
        return item

    def _add_edge_item(self, edge: Edge) -> EdgeItem:
        item = EdgeItem(edge, self.node_items[edge.source], self.node_items[edge.target])
        if self._presentation != 1.0:
            item.set_line_scale(self._presentation)
        self.edge_items[edge.key] = item
        self._edges_of[edge.source].add(edge.key)
        self._edges_of[edge.target].add(edge.key)
        self.addItem(item)
        self.edge_layer.add(item)
        self._tally(_sign_entry(edge), 1)
        return item

    def _overview_changed(self, area: QRectF) -> None:
        """The overview followed an added or removed item: repaint ``area`` of it when
        zoomed out (a null area: it was not drawn yet, and is drawn whole when needed)."""
        if self._overview and not area.isEmpty():
            self.invalidate(area, QGraphicsScene.BackgroundLayer)

    def _node_added(self, index: int, node: Node) -> None:
        self._node_cells = None         # the bodies are filed again when next asked
        self._touched(node.id)
        item = self._add_node_item(node)
        self._overview_changed(self._overview_layer.add_node(self, item))
        self._refresh_groups()
        self._grow_scene_rect(item)
        if len(self.node_items) == 1:
            self.emptied.emit(False)

    def _node_removed(self, index: int, node: Node) -> None:
        self._node_cells = None
        self._overview_changed(self._overview_layer.remove_node(node.id))
        item = self.node_items.pop(node.id)
        self._edges_of.pop(node.id, None)
        self.recent_nodes = tuple(n for n in self.recent_nodes if n != node.id)
        self.removeItem(item)
        self._tally(_kind_entry(node), -1)
        self._refresh_groups()
        if not self.node_items:
            self.emptied.emit(True)

    def _node_changed(self, index: int, old: Node, new: Node) -> None:
        self._node_cells = None         # moved, or its body resized with its label
        item = self.node_items[new.id]
        item.set_node(new)
        relabelled = translated(old) != translated(new)
        if relabelled or (old.kind, old.group) != (new.kind, new.group):
            self._touched(new.id)
            self._overview_layer.change_node(self, item)
            self._repaint_overview()
        elif old.position != new.position:
            self._overview_moved(item)
        if relabelled or old.kind != new.kind or old.position != new.position:
            self._mark_dirty(new.id)
            if relabelled:  # edge tooltips name the nodes
                for key in self._edges_of[new.id]:
                    self.edge_items[key].set_edge(self.edge_items[key].edge)
        if old.kind != new.kind:
            self._tally(_kind_entry(old), -1)
            self._tally(_kind_entry(new), 1)
        if old.group != new.group:
            self._refresh_groups()
        if old.position != new.position:
            self._grow_scene_rect(item)

    def _touched(self, node_id: str) -> None:
        """``node_id`` was just added or edited: first of :attr:`recent_nodes`."""
        others = (n for n in self.recent_nodes if n != node_id)
        self.recent_nodes = (node_id, *others)[:RECENT_NODES]

    def _edge_added(self, index: int, edge: Edge) -> None:
        self._overview_changed(self._overview_layer.add_edge(self, self._add_edge_item(edge)))

    def _edge_removed(self, index: int, edge: Edge) -> None:
        self._overview_changed(self._overview_layer.remove_edge(edge.key))
        item = self.edge_items.pop(edge.key)
        self.dirty_edges.discard(edge.key)
        self._tally(_sign_entry(edge), -1)
        for node_id in edge.key:
            self._edges_of.get(node_id, set()).discard(edge.key)
        self.edge_layer.remove(item)
        self._selected_edges.discard(item)
        self.removeItem(item)

    def _edge_changed(self, index: int, old: Edge, new: Edge) -> None:
        item = self.edge_items[new.key]
        item.set_edge(new)
        if _sign_entry(old) != _sign_entry(new):
            self._tally(_sign_entry(old), -1)
            self._tally(_sign_entry(new), 1)
        self._overview_layer.change_edge(self, item)
        self._repaint_overview()

    def _refresh_groups(self) -> None:
        if self.palette.assign(n.group for n in self.model.nodes):
            self._stale()
            for item in self.node_items.values():
                item.update()
            self.groups_changed.emit()

    # -- geometry ---------------------------------------------------------------------------

    def _mark_dirty(self, node_id: str) -> None:
        self.dirty_edges.update(self._edges_of.get(node_id, ()))
        if self.dirty_edges and not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Recompute the geometry of edges whose nodes moved (once per event-loop turn)."""
        dirty, self.dirty_edges = self.dirty_edges, set()
        area = QRectF()
        for key in dirty:
            item = self.edge_items.get(key)
            if item is not None:
                item.update_geometry()
                if self._overview:
                    area = area.united(self._overview_layer.move_edge(item))
        if dirty and not self._overview:     # drawn again when next zoomed out
            self._overview_layer.clear()
        if not area.isEmpty():
            self.invalidate(area, QGraphicsScene.BackgroundLayer)


def _kind_entry(node: Node) -> tuple[str, str]:
    return ("kind", node.kind)


def _sign_entry(edge: Edge) -> tuple[str, str] | None:
    """The legend's entry for ``edge``'s sign (None for a weight of 0, drawn in neither)."""
    if edge.weight > 0:
        return ("sign", "positive")
    if edge.weight < 0:
        return ("sign", "negative")
    return None
