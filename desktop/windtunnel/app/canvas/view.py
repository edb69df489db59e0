"""CanvasView: zoom, pan, fit and paint quality for the map, with the legend on top.

- Zoom: the mouse wheel and pinch gestures (around the pointer or fingers), and the zoom actions
  (``zoom_in`` / ``zoom_out`` / ``reset_zoom`` / ``fit``). Touchpad two-finger scrolling
  (pixel deltas without Ctrl) pans instead.
- Pan: scroll bars, the middle button, or Space + left drag.
- Selection: rubber band on empty space; Ctrl+click adds and removes (Qt's default).
- Quality: antialiasing is on only when the zoom is at least
  ``SMOOTH_ZOOM`` and nobody is dragging nodes or panning (it returns, with one repaint,
  ``PAN_SETTLE_MS`` after the last pan step); antialiasing many long edges is what makes
  big maps slow (one measurement: 588 ms per repaint with it, 38 ms without).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from .style import KIND_NAMES, kind_path

__all__ = ["CanvasView", "paint_legend", "SMOOTH_ZOOM", "OVERVIEW_ZOOM"]

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


class CanvasView(QGraphicsView):
    """The view of a CanvasScene."""

    #: Files dropped onto the canvas (paths), for the window to open.
    files_dropped = Signal(list)
    zoom_changed = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
        self.show_legend = True
        self._space = False
        self._pan_from: QPointF | None = None
        self._zooming = False
        self._panning = False  # while the view scrolls: fast painting, full quality after
        self._settle = QTimer(self, singleShot=True, interval=PAN_SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        self._update_quality()

    def setScene(self, scene) -> None:  # noqa: N802 - Qt override
        old = self.scene()
        if old is not None and hasattr(old, "interaction_changed"):
            old.interaction_changed.disconnect(self._update_quality)
            old.groups_changed.disconnect(self.viewport().update)
        super().setScene(scene)
        if scene is not None:
            scene.interaction_changed.connect(self._update_quality)
            scene.groups_changed.connect(self.viewport().update)
        self._update_quality()

    # -- zoom -------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to an absolute factor (clamped), keeping ``anchor`` (scene point) in place."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = zoom / self.zoom
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
        self._update_quality()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show every node."""
        scene = self.scene()
        rect = scene.nodes_bounding_rect() if scene is not None else QRectF()
        if rect.isEmpty():
            return
        self._zooming = True
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.KeepAspectRatio)
        self._zooming = False
        if self.zoom > 1.5:
            self.set_zoom(1.5)
        self._update_quality()
        self.zoom_changed.emit(self.zoom)

    def centre_on_node(self, node_id: str) -> None:
        item = self.scene().node_items.get(node_id)
        if item is not None:
            if self.zoom < SMOOTH_ZOOM:
                self.set_zoom(1.0)
            self.centerOn(item)

    def wheelEvent(self, event) -> None:
        pixels = event.pixelDelta()
        if not pixels.isNull() and not event.modifiers() & Qt.ControlModifier:
            super().wheelEvent(event)  # touchpad scrolling pans
            return
        steps = event.angleDelta().y() / 120.0 if pixels.isNull() else pixels.y() / 60.0
        if steps:
            self.set_zoom(self.zoom * (1.2 ** steps), self.mapToScene(event.position().toPoint()))
        event.accept()

    def viewportEvent(self, event) -> bool:
        """Pinch zoom around the fingers: macOS trackpads send native zoom gestures
        (``value`` is the change of scale since the last event); touch screens and other
        trackpads send QPinchGesture (``scaleFactor`` since the last update, centre in
        screen coordinates)."""
        if event.type() == QEvent.NativeGesture and \
                event.gestureType() == Qt.ZoomNativeGesture:
            self.set_zoom(self.zoom * (1.0 + event.value()),
                          self.mapToScene(event.position().toPoint()))
            return True
        if event.type() == QEvent.Gesture:
            pinch = event.gesture(Qt.PinchGesture)
            if pinch is not None:
                event.accept(pinch)
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self.zoom * pinch.scaleFactor(), self.mapToScene(centre))
                return True
        return super().viewportEvent(event)

    # -- pan --------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.ScrollHandDrag)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan(self, dx: float, dy: float) -> None:
        """Scroll the view by (dx, dy) pixels."""
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
        self._panning = False
        self._update_quality()
        self.viewport().update()  # one full-quality repaint

    def _update_quality(self, *_) -> None:
        scene = self.scene()
        busy = self._panning or bool(scene is not None and getattr(scene, "interacting", False))
        self.setRenderHint(QPainter.Antialiasing, self.zoom >= SMOOTH_ZOOM and not busy)
        if scene is not None and hasattr(scene, "set_overview"):
            big = len(scene.node_items) >= OVERVIEW_NODES
            scene.set_overview(self.zoom < (OVERVIEW_ZOOM if big else MIN_DETAIL_ZOOM))

    @property
    def antialiased(self) -> bool:
        return bool(self.renderHints() & QPainter.Antialiasing)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.scene()
        if not self.show_legend or scene is None or not scene.node_items:
            return
        painter.save()
        painter.resetTransform()
        painter.scale(scene.presentation_scale, scene.presentation_scale)   # workshop mode
        painter.setRenderHint(QPainter.Antialiasing, True)
        paint_legend(painter, QPointF(10, 10), scene)
        painter.restore()

    # -- files dropped ----------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self.files_dropped.emit(paths)
            return
        super().dropEvent(event)


def paint_legend(painter: QPainter, origin: QPointF, scene) -> QRectF:
    """Paint the legend (groups by colour, kinds by shape, edge signs) at ``origin``.

    Shared by the view (drawn over the canvas) and the image export.
    """
    colours = scene.colours
    font = QFont()
    font.setPointSizeF(8.5)
    metrics = QFontMetricsF(font)
    line = metrics.height() + 5
    groups = scene.palette.entries()
    kinds = [k for k in ("actor", "restriction", "factor")
             if any(i.node.kind == k for i in scene.node_items.values())]
    rows = len(groups) + len(kinds) + 2
    labels = [g for g, _ in groups] + [KIND_NAMES[k] for k in kinds] + ["positive", "negative"]
    width = 38 + max(metrics.horizontalAdvance(t) for t in labels)
    box = QRectF(origin.x(), origin.y(), width + 10, rows * line + 10)
    background = QColor(colours.label_background)
    painter.setPen(QPen(QColor(colours.grid), 1))
    painter.setBrush(background)
    painter.drawRoundedRect(box, 6, 6)
    painter.setFont(font)
    y = box.top() + 5
    for group, colour in groups:
        painter.setPen(QPen(QColor(colours.outline), 0.8))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(box.left() + 8, y + 3, 22, line - 8), 2, 2)
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(box.left() + 38, y, width, line), int(Qt.AlignVCenter), group)
        y += line
    for kind in kinds:
        painter.setPen(QPen(QColor(colours.text), 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(kind_path(kind, QRectF(box.left() + 8, y + 3, 22, line - 7)))
        painter.drawText(QRectF(box.left() + 38, y, width, line), int(Qt.AlignVCenter),
                         KIND_NAMES[kind])
        y += line
    for word, colour in (("positive", colours.positive), ("negative", colours.negative)):
        painter.setPen(QPen(QColor(colour), 3))
        painter.drawLine(QPointF(box.left() + 8, y + line / 2), QPointF(box.left() + 30, y + line / 2))
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(box.left() + 38, y, width, line), int(Qt.AlignVCenter), word)
        y += line
    return box
