"""CanvasView: zoom, pan, fit and paint quality for the map, with legends beside it.

- Zoom: the mouse wheel and pinch gestures (around the pointer or fingers), and the zoom actions
  (``zoom_in`` / ``zoom_out`` / ``reset_zoom`` / ``fit``). Touchpad two-finger scrolling
  (pixel deltas without Ctrl) pans instead.
- Pan: scroll bars, the middle button, or Space + left drag. What the pointer, the keys
  and dropped files do is :mod:`.pointer`'s; this module keeps the zoom, the fit, the
  margins and the paint quality.
- Selection: rubber band on empty space; Ctrl+click adds and removes (Qt's default).
- Quality: antialiasing is on only when the zoom is at least
  ``SMOOTH_ZOOM`` and nobody is dragging nodes or panning (it returns, with one repaint,
  ``PAN_SETTLE_MS`` after the last pan step); antialiasing many long edges is what makes
  big maps slow (one measurement: 588 ms per repaint with it, 38 ms without).
- Legends never sit on the map: each takes a margin of the view beside the viewport
  (:meth:`reserve_margin`); the group legend (:mod:`.legend`) takes the left one, and
  hides while something else (the change tints) colours the nodes
  (:meth:`set_group_legend_hidden`).
- Fitted until moved: the map is fitted when shown and again whenever the view's size
  changes (the window maximising, docks opening), until the user zooms or pans; a legend's
  margin too, until the map is worked on (:attr:`holds_still`; then :mod:`.still`).
- Still while edited: the area the view scrolls over is the scene's rectangle and what it
  shows (:meth:`_hold_area`), so a scene that grows or shrinks (a node added or deleted)
  never moves the map under the user; Qt would otherwise centre a scene smaller than the
  viewport again. A node added beyond the part in view is brought in by the least scroll
  that shows it (:meth:`bring_into_view`), never by centring on it.
- Labels stay readable: where the zoom makes nodes' own labels too small, the view paints
  fewer, bigger labels itself (:mod:`.map_labels`), in its foreground.
- Empty: a map without a node says in its middle how to add one (:mod:`.empty_hint`).
- Connecting: a drag from a node's connect handle, or a Shift+drag from a node or its map
  label, draws an influence; the handle is drawn over the labels, in screen pixels, so it is
  as easy to grab at any zoom (:mod:`.connect_handle`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from .connect_handle import ConnectHandle
from .empty_hint import EmptyHint
from .fit_area import NAMED_NODES, Extent, fitted_area
from .label_frame import LabelScale
from .map_labels import MapLabels
from .legend import GroupLegend, legend_size
from .pointer import ViewPointer
from .still import hold_place, screen_place

__all__ = ["CanvasView", "SMOOTH_ZOOM", "OVERVIEW_ZOOM"]

SMOOTH_ZOOM = 0.55
#: After the last scroll step of a pan, wait this long before repainting antialiased.
PAN_SETTLE_MS = 180
#: Below this zoom big maps are drawn in batches (overview mode): labels are tiny anyway.
OVERVIEW_ZOOM = SMOOTH_ZOOM
#: Maps with at least this many nodes switch to overview mode below OVERVIEW_ZOOM; smaller
#: maps paint item by item (still fast) down to MIN_DETAIL_ZOOM, keeping their labels.
OVERVIEW_NODES = 300
MIN_DETAIL_ZOOM = 0.25
MIN_ZOOM, MAX_ZOOM = 0.02, 6.0
#: A fit zooms in no further than this (a map of two nodes would fill the view).
FIT_MOST = 1.5


class CanvasView(ViewPointer, QGraphicsView):
    """The view of a CanvasScene: its pointer, keys and drops are :class:`~.pointer.ViewPointer`'s."""

    #: Files dropped onto the canvas (paths), for the window to open.
    files_dropped = Signal(list)
    zoom_changed = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # the same plain widget Qt makes, made here: a viewport Qt made is unknown to
        # PySide6, which, the first time viewport() hands one over, builds the Python type
        # of every widget class there is to find out which it is (a few hundredths of a
        # second before the first paint)
        self.setViewport(QWidget())
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        # the overview layer is drawn as the background: cached, a pan repaints a strip
        self.setCacheMode(QGraphicsView.CacheBackground)
        # every item sets its own pen and brush, so the painter state need not be saved
        self.setOptimizationFlags(QGraphicsView.DontAdjustForAntialiasing
                                  | QGraphicsView.DontSavePainterState)
        self.setRenderHint(QPainter.TextAntialiasing, True)
        self.viewport().grabGesture(Qt.PinchGesture)
        self.setAcceptDrops(True)
        self._show_legend = True
        self._legend_hidden_by = False
        self._margins = {"left": 0, "top": 0, "right": 0, "bottom": 0}
        self._legend_width = 0        # the group legend's margin when it has room
        self.holds_still = False      # the map is worked on: a margin leaves it in place
        self.legend = GroupLegend(self)
        self.map_labels = MapLabels(self)
        self.label_scale = LabelScale()   # the map labels' (kept while a dock is dragged)
        self.labels_by_view = False
        self.connect_handle = ConnectHandle(self)
        self.empty_hint = EmptyHint(self)
        self.viewport().setMouseTracking(True)      # the handle follows the pointer
        self._fitted = False
        self._refit = QTimer(self, singleShot=True, interval=0)   # one refit per turn
        self._refit.timeout.connect(self._refit_now)
        self.fitted = True             # refit on resize until the user zooms or pans
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._moved_by_user)   # the user's, never Qt's own
        self._init_pointer()
        self._zooming = False
        self._panning = False  # while the view scrolls: fast painting, full quality after
        self._settle = QTimer(self, singleShot=True, interval=PAN_SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        self._update_quality()

    def setScene(self, scene) -> None:  # noqa: N802 - Qt override
        old = self.scene()
        if old is not None and hasattr(old, "interaction_changed"):
            old.interaction_changed.disconnect(self._update_quality)
            old.groups_changed.disconnect(self._layout_legend)
            old.tints_changed.disconnect(self._tints_changed)
            old.emptied.disconnect(self.empty_hint.show_for)
        if old is not None:
            old.sceneRectChanged.disconnect(self._hold_area)
        super().setScene(scene)
        if scene is not None:
            scene.interaction_changed.connect(self._update_quality)
            scene.groups_changed.connect(self._layout_legend)
            scene.tints_changed.connect(self._tints_changed)
            scene.emptied.connect(self.empty_hint.show_for)
            scene.sceneRectChanged.connect(self._hold_area)
        self._hold_area()
        self._update_quality()
        self._layout_legend()
        self.empty_hint.follow(scene)

    # -- margins and the group legend --------------------------------------------------------

    @property
    def show_legend(self) -> bool:
        return self._show_legend

    @show_legend.setter
    def show_legend(self, on: bool) -> None:
        self._show_legend = on
        self._layout_legend()

    @property
    def group_legend_shown(self) -> bool:
        """Whether the view shows its group legend where it has room for it (the map's
        pictures show it when so: not while results tint the nodes, whose group colours
        are then not shown)."""
        scene = self.scene()
        return (self._show_legend and not self._legend_hidden_by and scene is not None
                and bool(scene.node_items))

    def set_group_legend_hidden(self, hidden: bool) -> None:
        """Hide the group legend while something else colours the nodes."""
        self._legend_hidden_by = hidden
        self._layout_legend()

    def reserve_margin(self, side: str, size: int) -> None:
        """Keep ``size`` pixels on ``side`` ("left", "top", "right", "bottom") of the view
        outside the map's viewport, for a legend (0 gives them back)."""
        self._margins[side] = int(size)
        self._apply_margins()

    def margin_rect(self, side: str) -> QRectF:
        """The view's margin on ``side``, in the view's coordinates: beside the map's
        viewport, so never under a scroll bar (a zoomed-in map's bar covered the change
        scale's lower half)."""
        m = self._margins
        area = QRectF(self.viewport().geometry()).adjusted(-m["left"], -m["top"],
                                                           m["right"], m["bottom"])
        return {"left": QRectF(area.left(), area.top(), m["left"], area.height()),
                "right": QRectF(area.right() - m["right"], area.top(), m["right"],
                                area.height()),
                "top": QRectF(area.left(), area.top(), area.width(), m["top"]),
                "bottom": QRectF(area.left() + m["left"], area.bottom() - m["bottom"],
                                 area.width() - m["left"] - m["right"], m["bottom"])}[side]

    def _apply_margins(self) -> None:
        m = self._margins
        place = screen_place(self) if self.holds_still else None
        fitted, self._zooming = self.fitted, True
        self.setViewportMargins(m["left"], m["top"], m["right"], m["bottom"])
        if place is not None:
            hold_place(self, *place, whole=fitted)
            self._update_quality()
            self.zoom_changed.emit(self.zoom)
        self._zooming = False
        self.legend.place()
        self._hold_area()
        if fitted and place is None:
            self._refit.start()

    def _hold_area(self, *_) -> None:
        """Let the view scroll over the scene's rectangle and what it shows now (called
        whenever either changes): what it shows then never lies outside that area, so Qt
        keeps it where it is instead of centring the scene again."""
        scene = self.scene()
        if scene is None:
            return
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.setSceneRect(scene.sceneRect().united(shown))

    def _layout_legend(self, *_) -> None:
        """Measure the group legend again (it was shown or hidden, or its groups changed),
        then fit it to the view."""
        scene = self.scene()
        self._legend_width = (round((legend_size(scene).width() + 16) * scene.presentation_scale)
                              if self.group_legend_shown else 0)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """Show the group legend in the left margin when it leaves the map at least half the
        view's width (a window at its smallest had the legend over all of its map); give the
        margin back otherwise. Cheap: a resize asks it at every step of a drag."""
        width = self._legend_width if self._legend_width <= self.width() / 2 else 0
        self.legend.setVisible(width > 0)
        if width != self._margins["left"]:
            self._margins["left"] = width
            self._apply_margins()
        self.legend.place()
        self.legend.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        ours, self._zooming = self._zooming, True  # the scrolling it causes is not the user's
        super().resizeEvent(event)
        self._zooming = ours
        self._hold_area()
        self._fit_legend()            # a narrow view has no room for it
        if self._fitted and not ours:     # a margin of ours: _apply_margins decides
            self._refit.start()

    # -- zoom -------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to an absolute factor (clamped), keeping ``anchor`` (scene point) in place."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = zoom / self.zoom
        self._moved_by_user()          # even to the zoom it has: a pending refit is cancelled
        if abs(factor - 1.0) < 1e-6:
            return
        fixed = self.mapFromScene(anchor) if anchor is not None else None
        self._zooming = True  # the scrolling that zooming causes is not a pan
        self.setTransformationAnchor(QGraphicsView.AnchorViewCenter)
        self.scale(factor, factor)
        if fixed is not None:  # keep the anchor under the same pixel
            moved = self.mapFromScene(anchor) - fixed
            self.pan(moved.x(), moved.y())
        self._zooming = False
        self._hold_area()
        self._update_quality()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25)

    def reset_zoom(self) -> None:
        """Show the map at 100%, centred on the selected nodes when there are some (a
        selection zoomed in from far out was left off-screen)."""
        self.set_zoom(1.0)
        scene = self.scene()
        chosen = scene.selected_node_items() if scene is not None else []
        if chosen:
            area = QRectF()
            for item in chosen:
                area = area.united(item.sceneBoundingRect())
            self.centerOn(area.center())

    def fit(self) -> None:
        """Show every node, and the whole name of each where map labels name them (keep
        them fitted while the view changes size)."""
        scene = self.scene()
        rect = scene.nodes_bounding_rect() if scene is not None else QRectF()
        self.fitted = True
        if rect.isEmpty():
            return
        self._zooming = True
        self.setSceneRect(scene.sceneRect())    # centred on the map, not on what was shown
        self.fitInView(self._fitted_area(rect), Qt.KeepAspectRatio)
        if self.zoom > FIT_MOST:
            self.scale(FIT_MOST / self.zoom, FIT_MOST / self.zoom)
        self._zooming = False
        self._hold_area()
        self._update_quality()
        self.zoom_changed.emit(self.zoom)

    def _fitted_area(self, nodes: QRectF) -> QRectF:
        """The scene area a fit shows: the nodes' rectangle with a margin, or, for a small
        map that map labels would name at that zoom (they are drawn in pixels, not in
        scene units), the area each node's body and whole name take at the largest zoom
        that holds them all (:mod:`.fit_area`)."""
        plain = nodes.adjusted(-40, -40, 40, 40)
        room = self.viewport().rect().adjusted(2, 2, -2, -2)    # fitInView's own margin
        zoom = min(FIT_MOST, room.width() / plain.width(), room.height() / plain.height())
        items = list(self.scene().node_items.values())
        if len(items) > NAMED_NODES or not self.map_labels.active_at(zoom):
            return plain
        extents = [Extent(item.mapRectToScene(item.rect), item.scenePos().x(),
                          item.scenePos().y(), *size)
                   for item, size in zip(items, self.map_labels.whole_name_sizes(items))]
        found = fitted_area(extents, room.width(), room.height(), FIT_MOST)
        return plain if found is None else found[1]

    def bring_into_view(self, rect: QRectF, margin: int = 8) -> None:
        """Scroll the least that shows scene ``rect`` whole, ``margin`` pixels clear of the
        view's edges (a node added beyond the part of the map in view); nothing when it
        shows already, so that adding a node never moves the map under the user."""
        room = margin / (self.zoom or 1.0)
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if shown.adjusted(room, room, -room, -room).contains(rect):
            return
        self._moved_by_user()       # no longer the whole map fitted: its scroll bars return
        # the area the view scrolls over reaches the rectangle, or the scroll bars stop short
        self.setSceneRect(self.sceneRect().united(rect.adjusted(-room, -room, room, room)))
        self._zooming = True            # not a pan of the user's: no fast painting
        self.ensureVisible(rect, margin, margin)
        self._zooming = False

    def centre_on_node(self, node_id: str) -> None:
        item = self.scene().node_items.get(node_id)
        if item is not None:
            if self.zoom < SMOOTH_ZOOM:
                self.set_zoom(1.0)
            self.centerOn(item)

    @property
    def fitted(self) -> bool:
        """Whether the view shows the whole map and keeps it so as its size changes; the
        scroll bars are off meanwhile (there is nothing to scroll to)."""
        return self._fitted

    @fitted.setter
    def fitted(self, on: bool) -> None:
        if on == self._fitted:
            return
        self._fitted = on
        policy = Qt.ScrollBarAlwaysOff if on else Qt.ScrollBarAsNeeded
        self._zooming = True            # the scrolling this causes is not the user's
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        self._zooming = False

    def fit_soon(self) -> None:
        """Fit the map in the next event-loop turn (once the window has its size)."""
        self.fitted = True
        self._refit.start()

    def _refit_now(self) -> None:
        if self._fitted:
            self.fit()

    def _moved_by_user(self, *_) -> None:
        self.fitted = False
        self._refit.stop()

    def pan(self, dx: float, dy: float) -> None:
        """Scroll the view by (dx, dy) pixels (the user's pan: the map stays where it is
        when the view changes size)."""
        self._moved_by_user()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy))

    # -- quality and legend -----------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        """Panning (scroll bars, middle button, touchpad): paint fast until it settles."""
        if not self._panning and self.antialiased and not self._zooming:
            self._panning = True
            self.setRenderHint(QPainter.Antialiasing, False)
        if self._panning:
            self._settle.start()
        super().scrollContentsBy(dx, dy)

    def settle(self) -> None:
        """End the fast painting of a pan now: antialiasing back, one full repaint."""
        self._settle.stop()
        self._panning = False
        self._update_quality()
        self.viewport().update()  # one full-quality repaint

    def _update_quality(self, *_) -> None:
        scene = self.scene()
        busy = self._panning or bool(scene is not None and getattr(scene, "interacting", False))
        self.setRenderHint(QPainter.Antialiasing, self.zoom >= SMOOTH_ZOOM and not busy)
        if scene is not None and hasattr(scene, "set_overview"):
            scene.view_scale = self.zoom      # the edges' pick band is a few pixels wide
            big = len(scene.node_items) >= OVERVIEW_NODES
            scene.set_overview(self.zoom < (OVERVIEW_ZOOM if big else MIN_DETAIL_ZOOM))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        #: Read by the nodes while this view paints them: a node a map label covers paints
        #: no text of its own (pictures of the scene are not affected).
        self.labels_by_view = self.map_labels.active()
        if self.labels_by_view:
            self.map_labels.prepare(event.region())     # placed before the nodes paint
        super().paintEvent(event)

    def _tints_changed(self) -> None:
        """The map labels are boxes in their nodes' colours: repaint them with the nodes."""
        if self.labels_by_view:      # through the scene: one repaint with the nodes'
            self.scene().update(self.mapToScene(self.viewport().rect()).boundingRect())

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        if self.labels_by_view:
            self.map_labels.paint(painter)
            scene = self.scene()
            for edge in scene.edge_layer.marked:     # selected or hovered: their weights
                edge.paint_label(painter)            # show above the map labels
            for layer in scene.over_labels:
                if layer.isVisible():
                    painter.save()
                    layer.paint_marks(painter)
                    painter.restore()
        else:
            self.map_labels.shown = []
        self.connect_handle.paint(painter)

    @property
    def antialiased(self) -> bool:
        return bool(self.renderHints() & QPainter.Antialiasing)
