"""The map view's pointer, keys and drops (:class:`ViewPointer`, a mixin of
:class:`~.view.CanvasView`): wheel and pinch zoom around the pointer or fingers, touchpad
scrolling, Space + drag and the middle button to pan, a map label's tooltip, a drag from
a connect handle (or a Shift+drag from a node) to draw an influence, and files dropped on
the map."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QGraphicsView, QToolTip

__all__ = ["ViewPointer"]


class ViewPointer:
    """What the pointer, the keyboard and drops do on the map view; the view provides
    ``set_zoom``, ``pan``, ``_moved_by_user``, ``connect_handle``, ``labels_by_view``,
    ``map_labels`` and the ``files_dropped`` signal."""

    def _init_pointer(self) -> None:
        self._space = False                     # Space held: a left drag pans
        self._pan_from = None                   # where a middle-button pan last was

    def wheelEvent(self, event) -> None:
        pixels = event.pixelDelta()
        if not pixels.isNull() and not event.modifiers() & Qt.ControlModifier:
            self._moved_by_user()
            super().wheelEvent(event)  # touchpad scrolling pans
            return
        steps = event.angleDelta().y() / 120.0 if pixels.isNull() else pixels.y() / 60.0
        if steps:
            self.set_zoom(self.zoom * (1.2 ** steps), self.mapToScene(event.position().toPoint()))
        event.accept()

    def viewportEvent(self, event) -> bool:
        """The pointer leaving the map hides its connect handle. Hovering a map label
        shows its node's tooltip (its whole name, where the label cuts it), wherever the
        label stands. Pinch zoom around the
        fingers: macOS trackpads send native zoom gestures (``value`` is the change of scale
        since the last event); touch screens and other trackpads send QPinchGesture
        (``scaleFactor`` since the last update, centre in screen coordinates)."""
        if event.type() == QEvent.Leave:            # the pointer left the map
            self.connect_handle.hover(None)
        if event.type() == QEvent.ToolTip and self.labels_by_view:
            node_id = self.map_labels.label_at(QPointF(event.pos()))
            if node_id is not None:                 # a map label: its node's tooltip,
                item = self.scene().node_items[node_id]  # not an edge's under it
                QToolTip.showText(event.globalPos(), item.tooltip(), self.viewport())
                return True
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
        if event.button() == Qt.LeftButton and not self._space and self._start_edge(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def _start_edge(self, event) -> bool:
        """Start drawing an influence when the press is on a connect handle, or a
        Shift+press on a node; True when it did."""
        scene = self.scene()
        if scene is None or not hasattr(scene, "new_edge"):
            return False
        pos = event.position().toPoint()
        source = self.connect_handle.handle_at(pos)
        if source is None and event.modifiers() & Qt.ShiftModifier:
            source = self.connect_handle.node_at(pos)
        if source is None:
            return False
        self.connect_handle.hover(None)
        scene.new_edge.start(source, self.mapToScene(pos))
        return True

    def _new_edge(self):
        """The scene's new-edge interaction while one is being drawn, else None."""
        interaction = getattr(self.scene(), "new_edge", None)
        return interaction if interaction is not None and interaction.active else None

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan(-delta.x(), -delta.y())
            event.accept()
            return
        drawing = self._new_edge()
        if drawing is not None:
            pos = event.position().toPoint()
            before = drawing.target
            drawing.move(self.mapToScene(pos), self.connect_handle.node_at(pos))
            if drawing.target is not before and self.labels_by_view:
                self.viewport().update()         # the target's label shows it, whole
            event.accept()
            return
        if event.buttons() == Qt.NoButton and not self._space:
            self.connect_handle.hover(event.position().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        drawing = self._new_edge()
        if drawing is not None and event.button() == Qt.LeftButton:
            drawing.finish(self.connect_handle.node_at(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

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
