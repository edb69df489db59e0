"""CanvasScene: the map as a QGraphicsScene that follows the model.

As orange-canvas-core's CanvasScene follows its scheme, the scene subscribes to the
model's signals and keeps ``node_items`` (id -> NodeItem) and ``edge_items``
((source, target) -> EdgeItem): making them and keeping them in step is the
:class:`~.following.ModelFollowing` mixin's job, its selection the
:class:`~.selection.SceneSelection` mixin's; this module keeps to how the map is drawn
and handled. It never changes the model: user intents
come out as Qt signals (``node_requested``, ``edge_requested``, ``move_requested``) that the
window turns into undo commands; a right click names what is under the pointer
(``menu_requested``) and the window builds the menu.

Overview mode (zoomed out, set by the view): painting 8,000 items one Python call at a
time costs half a second, so items stop painting (``ItemHasNoContents``: they stay
selectable, movable and hit-testable) and the scene draws every edge as one cosmetic path
per colour and every node as one batch of rectangles per colour, from a cache rebuilt only
after changes (a big map's window builds it before showing the map:
:attr:`CanvasScene.overview_layer`). Pictures of the map are drawn in full at any zoom
(:meth:`drawn_as_picture`).

Hook for results: :meth:`set_tints` colours nodes by a value per node (a colour
per node id) instead of their group colour; :meth:`clear_tints` restores the groups.

Presentation (workshop mode on a projector): :meth:`set_presentation_scale` draws every node
(shape and label) and every edge (width, arrow head) larger around the same positions; the
model and the layout do not change.
"""

from __future__ import annotations

from collections import Counter

import time
from contextlib import contextmanager
from typing import Iterable, Iterator, Mapping

from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...model import Model
from ..model_language import language_relay
from .edge_item import EdgeItem
from .edge_layer import EdgeLayer
from .edge_pick import nearest_edge, nearest_edge_on_top
from .following import ModelFollowing
from .interactions import MoveInteraction, NewEdgeInteraction
from .node_cells import NodeCells
from .node_item import NodeItem
from .overview import OverviewLayer
from .selection import SceneSelection
from .style import DARK, LIGHT, CanvasColours, GroupPalette

__all__ = ["CanvasScene"]

_MARGIN = 400.0

#: The opacity of what the focus view fades.
FADED = 0.12

#: About how long one slice of :meth:`CanvasScene.file_edges_in_turns` holds the window.
FILING_SECONDS = 0.04
#: How many edges it files at once (their cells worked out together: about 0.03 s).
FILING_BATCH = 1000


class CanvasScene(ModelFollowing, SceneSelection, QGraphicsScene):
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
    #: What the legend lists changed: the group colours, or the kinds of node or signs of
    #: edge the map has.
    groups_changed = Signal()
    #: A right click (or the menu key) on the map: (what is under the pointer: "node",
    #: "edge" or "" for empty space, its id or (source, target) key or None, the screen
    #: position for the menu). The window builds the menu from its contributors.
    menu_requested = Signal(str, object, QPoint)
    #: Some nodes' tints changed (the view's map labels show them too).
    tints_changed = Signal()
    #: The map became empty (True) or got its first node (False); also once it is built.
    emptied = Signal(bool)

    def __init__(self, model: Model, parent=None, *, dark: bool = False,
                 build: bool = True) -> None:
        """A scene of ``model``'s items; with ``build`` False it has none yet, and its
        maker runs :meth:`building` (a big map's, between event-loop turns)."""
        super().__init__(parent)
        self.model = model
        self.colours: CanvasColours = DARK if dark else LIGHT
        self.palette = GroupPalette()
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: dict[tuple[str, str], EdgeItem] = {}
        self._edges_of: dict[str, set[tuple[str, str]]] = {}
        self.legend_tally = Counter()
        self._tints: dict[str, QColor] = {}
        #: Edges whose middle a layer above marks (the disagreement lens's rings): a
        #: selected or hovered edge's weight label stands beside the mark, not under it.
        self.marked_middles: set[tuple[str, str]] = set()
        #: Nodes whose labels come right after the objectives' when the zoomed-out map
        #: has room for only some (the levers the scenarios set): see
        #: :meth:`set_labelled_first`.
        self.labelled_first: tuple[str, ...] = ()
        #: Nodes whose map labels show their whole names however crowded the map (the
        #: levers the shown scenario sets): see :meth:`set_named_whole`.
        self.named_whole: frozenset[str] = frozenset()
        #: The nodes last added, renamed or given another kind or group in this window,
        #: newest first (at most :data:`RECENT_NODES`): the zoomed-out map names them
        #: right after the selected nodes, so a node just drawn, which has few edges yet,
        #: never turns into an unnamed box once it is deselected.
        self.recent_nodes: tuple[str, ...] = ()
        self._presentation = 1.0
        self._view_scale = 1.0
        self.dirty_edges: set[tuple[str, str]] = set()
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self.flush)
        self.new_edge = NewEdgeInteraction(self)
        self._move = MoveInteraction(self)
        self._interacting = False
        self._overview = False
        self._overview_layer = OverviewLayer()
        self._node_cells: NodeCells | None = None    # made when first asked, see node_bodies_in
        #: True while a picture of the map is painted (see :meth:`drawn_as_picture`).
        self.picture = False
        self.edge_layer = EdgeLayer()        # paints the edge items (see edge_layer.py)
        #: Layers whose marks the window's view paints over its map labels while it draws
        #: them (each has ``paint_marks(painter)``, the painter in scene units), as the
        #: disagreement lens's rings: a mark on a node must not hide under its label.
        self.over_labels: list = []
        self._selected_edges: set[EdgeItem] = set()
        self._selection_order: list[str] = []
        self.selectionChanged.connect(self._track_selection_order)
        self.selectionChanged.connect(self._selection_marks_changed)
        self.selectionChanged.connect(self._edge_selection_changed)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBackgroundBrush(QColor(self.colours.background))
        language_relay().changed.connect(self._language_changed)
        if build:
            for _ in self.building(batch=max(1, len(model.nodes) + len(model.edges))):
                pass

    # -- geometry ---------------------------------------------------------------------------

    def _update_scene_rect(self) -> None:
        rect = self.content_rect() if self.node_items else QRectF(-400, -300, 800, 600)
        self.setSceneRect(rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN).united(
            self.sceneRect() if self.node_items else rect))

    def _grow_scene_rect(self, item: NodeItem) -> None:
        """Grow the scene's rectangle to hold ``item`` (a node added or moved) and the edge
        layer: what :meth:`_update_scene_rect` gives, since the rectangle never shrinks
        while the map has nodes and already holds the rest, without its loop over every
        node (a few milliseconds a node added on a map of 2,000)."""
        rect = item.sceneBoundingRect().united(self.edge_layer.sceneBoundingRect())
        self.setSceneRect(self.sceneRect().united(
            rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)))

    def content_rect(self) -> QRectF:
        """The rectangle around the map: its nodes (labels inside them) and the edge layer,
        whose bounds hold every edge it has drawn with arrow heads and weight labels.

        Layers that span the scene (:class:`~.scene_layer.SceneLayer`) are not counted,
        their bounds following the scene's rectangle; nor is every edge item one by one
        (the layer's bounds already hold them), so a 6,000-edge map costs one loop over
        its nodes."""
        return self.nodes_bounding_rect().united(self.edge_layer.sceneBoundingRect())

    def node_bodies_in(self, area: QRectF) -> list[tuple[float, float, float, float]]:
        """The bodies of the nodes that meet ``area`` (scene units), as (left, top, right,
        bottom): what a weight label must not cover (:mod:`.node_cells`)."""
        if self._node_cells is None:
            self._node_cells = NodeCells(self.node_items.values())
        return self._node_cells.bodies_in(
            (area.left(), area.top(), area.right(), area.bottom()))

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
        self._stale()

    @property
    def view_scale(self) -> float:
        """Screen pixels per scene unit in the window's view (set by the view as it zooms):
        an edge's pick band and glow are a few pixels wide, and a selected edge's weight
        label readable, whatever the zoom."""
        return self._view_scale

    @view_scale.setter
    def view_scale(self, scale: float) -> None:
        if scale == self._view_scale:
            return
        self._view_scale = scale
        for item in self.edge_layer.marked:     # their labels' bounds follow the zoom
            item.update_geometry()

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
        """A node moved: update its overview entry only (its edges follow in flush); when
        not zoomed out, the overview is drawn again when next it is."""
        if self._overview:
            area = self._overview_layer.move_node(item)
            if not area.isEmpty():
                self.invalidate(area, QGraphicsScene.BackgroundLayer)
        else:
            self._overview_layer.clear()

    def _stale(self) -> None:
        """Nodes or edges changed: the overview layer must be redrawn, the nodes' bodies
        filed again."""
        self._overview_layer.clear()
        self._node_cells = None
        self._repaint_overview()

    def _repaint_overview(self) -> None:
        """Repaint the whole overview when zoomed out (after a node or an edge took another
        colour, which the layer follows without a rebuild): a repaint of the edit's area
        alone would clip the long lines across its border, and leave a few of their pixels
        other than those of the map drawn whole."""
        if self._overview:   # a null rectangle would reset no view's background cache
            self.invalidate(self.sceneRect(), QGraphicsScene.BackgroundLayer)

    def preparing_paint(self, batch: int) -> Iterator[float]:
        """Do, ``batch`` items at a time, what a big map's first paint would do at once
        (seconds on a map of 40,000 edges): draw the zoomed-out map's overview and file
        the items in the scene's index; yields the share done after each batch. The edges
        are filed where the edge layer finds them (needed only once the view zooms in)
        afterwards, a slice per event-loop turn (:meth:`file_edges_in_turns`)."""
        total = max(1, len(self.node_items) + len(self.edge_items))
        for done in self._overview_layer.building(self, batch):
            yield done / total
        self.items(QRectF(0, 0, 1, 1))       # Qt files the items in its index when asked

    def file_edges_in_turns(self) -> None:
        """File the edges the edge layer has not filed yet, a slice of about
        :data:`FILING_SECONDS` per event-loop turn (a paint that needs them first files the
        rest at once)."""
        layer = self.edge_layer
        filing = layer.filing(FILING_BATCH)
        timer = QTimer(self, interval=0)
        layer.filed_in_turns = True

        def slice_() -> None:
            until = time.monotonic() + FILING_SECONDS
            for _ in filing:
                if time.monotonic() >= until:
                    return
            layer.filed_in_turns = False
            timer.stop()
            timer.deleteLater()
        timer.timeout.connect(slice_)
        timer.start()

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
        old, new = self._tints, dict(tints)
        self.retint({node_id: new.get(node_id) for node_id in old.keys() | new.keys()
                     if old.get(node_id) != new.get(node_id)})

    def retint(self, changes: Mapping[str, QColor | None]) -> None:
        """Fill the nodes named in ``changes`` with their new colours (None: their group
        colour again) and repaint them; the other nodes keep theirs. A caller that knows
        which tints changed (the results after an edit: the node added, the few its edges
        reach) hands over those alone, not a colour for every node of the map."""
        if not changes:
            return
        tints = self._tints
        for node_id, colour in changes.items():
            if colour is None:
                tints.pop(node_id, None)
            else:
                tints[node_id] = colour
        changed = list(changes)
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
        name the levers the scenarios set, which would otherwise rank with every other
        lever and could be left a bare box on the first view of a scenario."""
        if tuple(node_ids) != self.labelled_first:
            self.labelled_first = tuple(node_ids)
            self.update()

    def set_named_whole(self, node_ids) -> None:
        """Name these nodes whole on the zoomed-out map, however crowded (the levers the
        shown scenario sets, which the room is looking at): placed like every other
        label, then each still cut given its whole name where that moves no other label
        (:func:`~.label_options.named_whole`), so that changing the scenario changes only
        its levers' labels."""
        node_ids = frozenset(node_ids)
        if node_ids != self.named_whole:
            self.named_whole = node_ids
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
        with nearest_edge_on_top(self, event.scenePos()):
            super().mousePressEvent(event)
        if event.button() == Qt.LeftButton and not self.new_edge.active:
            self._move.press()

    def mouseMoveEvent(self, event) -> None:
        dragging = bool(event.buttons() & Qt.LeftButton) and not self.new_edge.active \
            and isinstance(self.mouseGrabberItem(), NodeItem)
        if dragging:
            self.set_interacting(True)
        if event.buttons():
            super().mouseMoveEvent(event)
        else:                               # hovering: the nearest edge lights up
            with nearest_edge_on_top(self, event.scenePos()):
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
        ("", None); a node drawn over an edge wins, and of several edges the nearest."""
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return "node", item.node_id
            if isinstance(item, EdgeItem):
                return "edge", (nearest_edge(self, pos) or item).key
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
