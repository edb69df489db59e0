"""CanvasScene: the map as a QGraphicsScene that follows the model.

As orange-canvas-core's CanvasScene follows its scheme, the scene subscribes to the
model's signals and keeps ``node_items`` (id -> NodeItem) and ``edge_items``
((source, target) -> EdgeItem). It never changes the model: user intents
come out as Qt signals (``node_requested``, ``edge_requested``, ``move_requested``) that the
window turns into undo commands; a right click names what is under the pointer
(``menu_requested``) and the window builds the menu.

Speed: when nodes move, only their edges are marked dirty, and dirty
edges are recomputed once per event-loop turn (:meth:`flush`). The item index is Qt's BSP
tree: a 2,000-node map is mostly static between edits, so painting a pan step queries a
small region instead of walking 8,000 items; bulk loads switch the index off while adding.

Overview mode (zoomed out, set by the view): painting 8,000 items one Python call at a
time costs half a second, so items stop painting (``ItemHasNoContents``: they stay
selectable, movable and hit-testable) and the scene draws every edge as one cosmetic path
per colour and every node as one batch of rectangles per colour, from a cache rebuilt only
after changes. Pictures of the map are drawn in full at any zoom (:meth:`drawn_as_picture`).

Hook for results: :meth:`set_tints` colours nodes by a value per node (a colour
per node id) instead of their group colour; :meth:`clear_tints` restores the groups.

Presentation (workshop mode on a projector): :meth:`set_presentation_scale` draws every node
(shape and label) and every edge (width, arrow head) larger around the same positions; the
model and the layout do not change.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Mapping

from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...model import Edge, Model, Node, translated
from ..model_language import language_relay
from .edge_item import EdgeItem
from .edge_layer import EdgeLayer
from .interactions import MoveInteraction, NewEdgeInteraction
from .node_item import NodeItem
from .overview import OverviewLayer
from .selection import SceneSelection
from .style import DARK, LIGHT, CanvasColours, GroupPalette

__all__ = ["CanvasScene"]

_MARGIN = 400.0

#: The depth of the scene's BSP index (2**depth cells). Qt's automatic depth grows with the
#: number of items (14 for 10,000 edges), and an edge is filed in every cell its box
#: crosses: long edges made filing a 10,000-edge map take seconds before its first paint.
#: A shallow tree files an edge in a few cells and still narrows a repaint to them.
BSP_TREE_DEPTH = 8

#: The opacity of what the focus view fades.
FADED = 0.12

#: How many nodes just added or edited the zoomed-out map names first (``recent_nodes``).
RECENT_NODES = 3


class CanvasScene(SceneSelection, QGraphicsScene):
    """The model's nodes and edges as graphics items, kept in step with model signals."""

    #: Double-click on empty space: add a node at this scene position.
    node_requested = Signal(QPointF)
    #: Double-click on a node: edit its label in place (node id).
    rename_requested = Signal(str)
    #: A drag from a node's handle ended on another node: (source id, target id).
    edge_requested = Signal(str, str)
    #: A drag of nodes ended: (positions before, positions after) of the moved nodes.
    move_requested = Signal(dict, dict)
    #: True while the user drags (nodes or a new edge): views paint faster meanwhile.
    interaction_changed = Signal(bool)
    #: The group colours changed (for the legend).
    groups_changed = Signal()
    #: A right click (or the menu key) on the map: (what is under the pointer: "node",
    #: "edge" or "" for empty space, its id or (source, target) key or None, the screen
    #: position for the menu). The window builds the menu from its contributors.
    menu_requested = Signal(str, object, QPoint)
    #: Some nodes' tints changed (the view's map labels show them too).
    tints_changed = Signal()

    def __init__(self, model: Model, parent=None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.model = model
        self.colours: CanvasColours = DARK if dark else LIGHT
        self.palette = GroupPalette()
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: dict[tuple[str, str], EdgeItem] = {}
        self._edges_of: dict[str, set[tuple[str, str]]] = {}
        self._tints: dict[str, QColor] = {}
        #: Nodes whose labels come right after the objectives' when the zoomed-out map
        #: has room for only some (the levers the shown scenario sets): see
        #: :meth:`set_labelled_first`.
        self.labelled_first: tuple[str, ...] = ()
        #: The nodes last added, renamed or given another kind or group in this window,
        #: newest first (at most :data:`RECENT_NODES`): the zoomed-out map names them
        #: right after the selected nodes, so a node just drawn, which has few edges yet,
        #: never turns into an unnamed box once it is deselected.
        self.recent_nodes: tuple[str, ...] = ()
        self._presentation = 1.0
        self.dirty_edges: set[tuple[str, str]] = set()
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self.flush)
        self.new_edge = NewEdgeInteraction(self)
        self._move = MoveInteraction(self)
        self._interacting = False
        self._overview = False
        self._overview_layer = OverviewLayer()
        #: True while a picture of the map is painted (see :meth:`drawn_as_picture`).
        self.picture = False
        self.edge_layer = EdgeLayer()        # paints the edge items (see edge_layer.py)
        self._selected_edges: set[EdgeItem] = set()
        self._selection_order: list[str] = []
        self.selectionChanged.connect(self._track_selection_order)
        self.selectionChanged.connect(self._selection_marks_changed)
        self.selectionChanged.connect(self._edge_selection_changed)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBackgroundBrush(QColor(self.colours.background))
        self._build()
        self._connect(True)
        language_relay().changed.connect(self._language_changed)

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
        self._connect(False)

    def _build(self) -> None:
        self.setItemIndexMethod(QGraphicsScene.NoIndex)  # bulk add without re-indexing
        self.addItem(self.edge_layer)        # before the edges: selected ones paint on top
        self.palette.assign(n.group for n in self.model.nodes)
        for node in self.model.nodes:
            self._add_node_item(node)
        for edge in self.model.edges:
            self._add_edge_item(edge)
        self._update_scene_rect()  # before the tree is built: it is sized to the scene
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBspTreeDepth(BSP_TREE_DEPTH)

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

    def _add_node_item(self, node: Node) -> None:
        item = NodeItem(node)
        item.setScale(self._presentation)
        if self._overview:
            item.setFlag(QGraphicsItem.ItemHasNoContents, True)
        self._stale()
        self.node_items[node.id] = item
        self._edges_of.setdefault(node.id, set())
        self.addItem(item)

    def _add_edge_item(self, edge: Edge) -> None:
        item = EdgeItem(edge, self.node_items[edge.source], self.node_items[edge.target])
        if self._presentation != 1.0:
            item.set_line_scale(self._presentation)
        self._stale()
        self.edge_items[edge.key] = item
        self._edges_of[edge.source].add(edge.key)
        self._edges_of[edge.target].add(edge.key)
        self.addItem(item)
        self.edge_layer.add(item)

    def _node_added(self, index: int, node: Node) -> None:
        self._touched(node.id)
        self._add_node_item(node)
        self._refresh_groups()
        self._update_scene_rect()

    def _node_removed(self, index: int, node: Node) -> None:
        self._stale()
        item = self.node_items.pop(node.id)
        self._edges_of.pop(node.id, None)
        self.recent_nodes = tuple(n for n in self.recent_nodes if n != node.id)
        self.removeItem(item)
        self._refresh_groups()

    def _node_changed(self, index: int, old: Node, new: Node) -> None:
        item = self.node_items[new.id]
        item.set_node(new)
        relabelled = translated(old) != translated(new)
        if relabelled or (old.kind, old.group) != (new.kind, new.group):
            self._touched(new.id)
            self._stale()
        elif old.position != new.position:
            self._overview_moved(item)
        if relabelled or old.kind != new.kind or old.position != new.position:
            self._mark_dirty(new.id)
            if relabelled:  # edge tooltips name the nodes
                for key in self._edges_of[new.id]:
                    self.edge_items[key].set_edge(self.edge_items[key].edge)
        if old.group != new.group:
            self._refresh_groups()
        if old.position != new.position:
            self._update_scene_rect()

    def _touched(self, node_id: str) -> None:
        """``node_id`` was just added or edited: first of :attr:`recent_nodes`."""
        others = (n for n in self.recent_nodes if n != node_id)
        self.recent_nodes = (node_id, *others)[:RECENT_NODES]

    def _edge_added(self, index: int, edge: Edge) -> None:
        self._add_edge_item(edge)

    def _edge_removed(self, index: int, edge: Edge) -> None:
        self._stale()
        item = self.edge_items.pop(edge.key)
        self.dirty_edges.discard(edge.key)
        for node_id in edge.key:
            self._edges_of.get(node_id, set()).discard(edge.key)
        self.edge_layer.remove(item)
        self._selected_edges.discard(item)
        self.removeItem(item)

    def _edge_changed(self, index: int, old: Edge, new: Edge) -> None:
        self._stale()
        self.edge_items[new.key].set_edge(new)

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
        if not area.isEmpty():
            self.invalidate(area, QGraphicsScene.BackgroundLayer)

    def _update_scene_rect(self) -> None:
        rect = self.content_rect() if self.node_items else QRectF(-400, -300, 800, 600)
        self.setSceneRect(rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN).united(
            self.sceneRect() if self.node_items else rect))

    def content_rect(self) -> QRectF:
        """The rectangle around the map: its nodes (labels inside them) and the edge layer,
        whose bounds hold every edge it has drawn with arrow heads and weight labels.

        Layers that span the scene (:class:`~.scene_layer.SceneLayer`) are not counted,
        their bounds following the scene's rectangle; nor is every edge item one by one
        (the layer's bounds already hold them), so a 6,000-edge map costs one loop over
        its nodes."""
        return self.nodes_bounding_rect().united(self.edge_layer.sceneBoundingRect())

    def nodes_bounding_rect(self) -> QRectF:
        """The rectangle around every node (for fit-to-view and export)."""
        rect = QRectF()
        for item in self.node_items.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def reset_positions(self) -> None:
        """Put every node item back where the model says (after a refused move)."""
        for item in self.node_items.values():
            item.setPos(QPointF(*item.node.position))

    # -- overview mode ----------------------------------------------------------------------

    @property
    def overview(self) -> bool:
        return self._overview

    def set_overview(self, on: bool) -> None:
        """Zoomed out: draw everything in batches instead of item by item (see module doc)."""
        if on == self._overview:
            return
        self._overview = on
        for item in self.node_items.values():
            item.setFlag(QGraphicsItem.ItemHasNoContents, on)
        for item in self._selected_edges:      # the others are the edge layer's anyway
            item.refresh_painting()
        self.edge_layer.update()
        self._overview_layer.clear()
        self.invalidate(QRectF(), QGraphicsScene.BackgroundLayer)

    @contextmanager
    def drawn_as_picture(self):
        """Inside the block the map is drawn as a picture (an export): every node paints
        itself, label and all, however far the window's view is zoomed out (overview mode),
        and every edge is stroked whole, so that a picture painted in strips is the picture
        painted at once. Nothing marks the selection, the pointer or a find: every edge is
        the edge layer's, without glow or hover label, and no node is outlined as selected
        or haloed. The overview layer is kept for the view, not rebuilt."""
        overview, self._overview, self.picture = self._overview, False, True
        if overview:
            for item in self.node_items.values():
                item.setFlag(QGraphicsItem.ItemHasNoContents, False)
        marked = list(self.edge_layer.marked)      # the layer draws them, unmarked
        for item in marked:
            item.setFlag(QGraphicsItem.ItemHasNoContents, True)
        try:
            yield
        finally:
            for item in marked:
                item.setFlag(QGraphicsItem.ItemHasNoContents, False)
            if overview:
                for item in self.node_items.values():
                    item.setFlag(QGraphicsItem.ItemHasNoContents, True)
            self._overview, self.picture = overview, False

    def _overview_moved(self, item: NodeItem) -> None:
        """A node moved: update its overview entry only (its edges follow in flush)."""
        if self._overview:
            area = self._overview_layer.move_node(item)
            if not area.isEmpty():
                self.invalidate(area, QGraphicsScene.BackgroundLayer)

    def _stale(self) -> None:
        """Nodes or edges changed: the overview layer must be redrawn."""
        self._overview_layer.clear()
        if self._overview:   # a null rectangle would reset no view's background cache
            self.invalidate(self.sceneRect(), QGraphicsScene.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        if self._overview:
            self._overview_layer.paint(self, painter, rect)

    # -- theme and tints --------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        self.colours = DARK if dark else LIGHT
        self._stale()
        self.setBackgroundBrush(QColor(self.colours.background))
        self.update()

    def tint_of(self, node_id: str) -> QColor | None:
        return self._tints.get(node_id)

    def set_tints(self, tints: Mapping[str, QColor]) -> None:
        """Fill nodes with the given colours instead of their group colour (the analysis's
        results). Only the nodes whose colour changed are repainted (a slider drag sets
        new tints many times a second)."""
        old, self._tints = self._tints, dict(tints)
        changed = [node_id for node_id in old.keys() | self._tints.keys()
                   if old.get(node_id) != self._tints.get(node_id)]
        if not changed:
            return
        area = self._overview_layer.recolour(self, changed)
        if self._overview:
            if not self._overview_layer.built:  # rebuilt with the new fills when painted
                area = self.sceneRect()
            if not area.isEmpty():
                self.invalidate(area, QGraphicsScene.BackgroundLayer)
        for node_id in changed:
            item = self.node_items.get(node_id)
            if item is not None:
                item.update()
        self.tints_changed.emit()

    def clear_tints(self) -> None:
        self.set_tints({})

    def set_labelled_first(self, node_ids: tuple[str, ...]) -> None:
        """Label these nodes (in this order) right after the selected nodes and the
        objectives' when the zoomed-out map has room for only some labels: the results
        name the levers their scenario sets, which would otherwise rank with every other
        lever and could be left a bare box on the first view of a scenario."""
        if tuple(node_ids) != self.labelled_first:
            self.labelled_first = tuple(node_ids)
            self.update()

    # -- presentation -----------------------------------------------------------------------

    @property
    def presentation_scale(self) -> float:
        return self._presentation

    def set_presentation_scale(self, scale: float) -> None:
        """Draw nodes ``scale`` times larger (shape and label, around their positions) and
        edges ``scale`` times wider: large type and thick lines for a projector (workshop
        mode). 1 is the editor's size; positions and the model do not change."""
        scale = float(scale)
        if scale == self._presentation:
            return
        self._presentation = scale
        for item in self.node_items.values():
            item.setScale(scale)
        for item in self.edge_items.values():
            item.set_line_scale(scale)
        self._stale()
        self._update_scene_rect()
        self.update()

    def set_highlight(self, node_ids: Iterable[str]) -> None:
        """Mark nodes with a halo (find results); an empty list clears it."""
        wanted = set(node_ids)
        for node_id, item in self.node_items.items():
            if item.highlighted != (node_id in wanted):
                item.highlighted = node_id in wanted
                item.update()
        self._selection_marks_changed()

    def set_focus(self, nodes: Iterable[str] | None, edges: Iterable[tuple[str, str]] = ()
                  ) -> None:
        """Fade every node and edge outside ``nodes`` and ``edges`` (the focus view); None
        shows everything again."""
        keep_nodes = None if nodes is None else set(nodes)
        keep_edges = set(edges)
        for node_id, item in self.node_items.items():
            item.setOpacity(1.0 if keep_nodes is None or node_id in keep_nodes else FADED)
        for key, item in self.edge_items.items():
            item.setOpacity(1.0 if keep_nodes is None or key in keep_edges else FADED)
        self.edge_layer.update()               # it fades what it draws (Qt repaints no
        self._stale()                          # item without contents)

    # -- pointer ----------------------------------------------------------------------------

    def set_interacting(self, on: bool) -> None:
        if on != self._interacting:
            self._interacting = on
            self.interaction_changed.emit(on)

    @property
    def interacting(self) -> bool:
        return self._interacting

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton and not self.new_edge.active:
            self._move.press()

    def mouseMoveEvent(self, event) -> None:
        dragging = bool(event.buttons() & Qt.LeftButton) and not self.new_edge.active \
            and isinstance(self.mouseGrabberItem(), NodeItem)
        if dragging:
            self.set_interacting(True)
        super().mouseMoveEvent(event)
        if dragging:  # Qt moved the selected nodes: their edges follow in the same paint
            for item in self.selected_node_items():
                self._mark_dirty(item.node_id)
                self._overview_moved(item)
            self.flush()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton:
            self.flush()
            self._move.release()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        kind, key = self.element_at(event.scenePos())
        self.menu_requested.emit(kind, key, event.screenPos())
        event.accept()

    def element_at(self, pos: QPointF) -> tuple[str, object]:
        """What the map has at scene point ``pos``: ("node", id), ("edge", key) or
        ("", None); a node drawn over an edge wins."""
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return "node", item.node_id
            if isinstance(item, EdgeItem):
                return "edge", item.key
        return "", None

    def mouseDoubleClickEvent(self, event) -> None:
        under = self.items(event.scenePos())
        node = next((i for i in under if isinstance(i, NodeItem)), None)
        if event.button() == Qt.LeftButton and node is not None:
            self.rename_requested.emit(node.node_id)
            event.accept()
            return
        on_item = any(isinstance(i, EdgeItem) for i in under)
        if event.button() == Qt.LeftButton and not on_item:
            self.node_requested.emit(event.scenePos())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
