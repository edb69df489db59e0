"""Drawing an influence at the zoom a map opens at: the connect handle shows over the map
label, a drag from it or a Shift+drag from a node draws the edge, the status bar says how;
and a labelled node is drawn once, with one frame and one label, at every zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas.connect_handle import RADIUS_PX
from windtunnel.app.canvas.label_options import LABEL_PAD
from windtunnel.app.files import open_document
from windtunnel.paths import bundled_model
from .conftest import drag, send_mouse, view_point
from .painting import Painted


def _paint(window) -> None:
    QApplication.processEvents()          # the zoom's own deferred work first
    window.view.viewport().grab()         # paints now, whether or not the screen shows it


def _fitted_bundled_model(window):
    """The window on the bundled model, fitted as it opens, painted."""
    window.set_document(open_document(bundled_model())[0])
    window.view.fit()
    _paint(window)
    assert window.view.zoom < 0.5 and window.view.labels_by_view
    return window.view


def _body(view, item) -> QRectF:
    """A node's body on screen."""
    return QRectF(view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect())


def _labelled_over_its_node(view):
    """(node item, label box) for each map label drawn over its own node."""
    scene = view.scene()
    return [(scene.node_items[label.node_id], label.box) for label in view.map_labels.placed
            if label.box.contains(_body(view, scene.node_items[label.node_id]).center())]


def test_at_the_opening_zoom_the_handle_shows_on_the_labels_right_side_and_draws_an_edge(
        window):
    view = _fitted_bundled_model(window)
    model, scene = window.document.model, window.scene
    # a label wider than its node on the right
    item, box = next((item, box) for item, box in _labelled_over_its_node(view)
                     if box.right() > _body(view, item).right() + 1)
    # dropped on the target's label: its centre may lie under another node's label
    target, target_box = next((other, other_box) for other, other_box in _labelled_over_its_node(view)
                              if model.edge(item.node_id, other.node_id) is None
                              and other is not item)
    edge = QPoint(round(box.right()), round(_body(view, item).center().y()))
    handle = view.connect_handle.centre(item).toPoint()
    assert handle.y() == edge.y() and 0 < handle.x() - edge.x() <= RADIUS_PX
    viewport = view.viewport()
    send_mouse(viewport, QEvent.MouseMove, edge - QPoint(30, 0), button=Qt.NoButton,
               buttons=Qt.NoButton)
    image = viewport.grab().toImage()
    # drawn on the label's side, in the selection colour, a few pixels across; the label's
    # inside, where its text ends, left alone (a handle centred on the frame hid the name's
    # last letter)
    for dx in (-3, 0, 3):
        assert image.pixelColor(handle + QPoint(dx, 0)) == QColor(scene.colours.selection)
    assert image.pixelColor(edge - QPoint(3, 0)) != QColor(scene.colours.selection)
    edges = len(model.edges)
    drag(view, handle, target_box.center().toPoint())
    assert len(model.edges) == edges + 1
    assert model.edge(item.node_id, target.node_id) is not None


def test_shift_drag_from_a_node_draws_an_edge_and_leaves_the_node_where_it_was(window):
    view, model = window.view, window.document.model
    drag(view, view_point(view, 0, 0), view_point(view, 100, 150), modifiers=Qt.ShiftModifier)
    assert model.edge("ban", "lab") is not None
    assert model.node("ban").position == (0.0, 0.0)


def test_shift_drag_from_a_map_label_draws_an_edge(window):
    view = _fitted_bundled_model(window)
    model = window.document.model
    (item, box), *others = _labelled_over_its_node(view)
    target = next(other for other, _box in others if model.edge(item.node_id, other.node_id) is None)
    # a corner of the label, off the node's own body
    start = QPoint(round(box.left()) + 2, round(box.top()) + 2)
    assert not _body(view, item).contains(QPointF(start))
    drag(view, start, view.mapFromScene(target.scenePos()), modifiers=Qt.ShiftModifier)
    assert model.edge(item.node_id, target.node_id) is not None


def test_pointing_at_a_node_says_how_to_connect_it_in_the_status_bar(window):
    view = window.view
    viewport = view.viewport()
    send_mouse(viewport, QEvent.MouseMove, view_point(view, 200, 0), button=Qt.NoButton,
               buttons=Qt.NoButton)
    message = window.statusBar().currentMessage()
    assert "Shift" in message and "handle" in message
    send_mouse(viewport, QEvent.MouseMove, view_point(view, 100, 60), button=Qt.NoButton,
               buttons=Qt.NoButton)
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Exported map.png", 5000)     # the window's own word
    send_mouse(viewport, QEvent.MouseMove, view_point(view, 200, 0), button=Qt.NoButton,
               buttons=Qt.NoButton)
    assert window.statusBar().currentMessage() == "Exported map.png"


def test_one_frame_and_one_label_per_node_at_every_zoom(window):
    """Wherever the view labels a node over the node itself, the label covers the node's
    body whole (the node's frame is not seen inside or around it); beside its node, a label
    keeps clear of the node's body."""
    view = _fitted_bundled_model(window)
    scene = window.scene
    seen = 0
    for zoom in (0.15, 0.25, 0.35, 0.45, 0.55, 0.7, 0.85):
        view.set_zoom(zoom)
        _paint(window)
        if not view.labels_by_view:
            continue
        viewport = QRectF(view.viewport().rect())
        for label in view.map_labels.placed:
            body = _body(view, scene.node_items[label.node_id])
            if not viewport.contains(body):
                continue            # at the edge, a label is moved to show whole
            if label.box.contains(body.center()):
                assert label.box.contains(body), (zoom, label.node_id)
                seen += 1
            else:
                assert not label.box.intersects(body), (zoom, label.node_id)
    assert seen


def test_a_click_on_a_node_a_few_pixels_wide_selects_it_and_its_handle_still_connects(window):
    """Zoomed out on a big map, an unlabelled node is a few pixels wide, all of it within
    the handle's grab distance: a click on its middle started an influence instead of
    selecting it. A press nearer the node's middle than its handle is the node's; on the
    handle itself, it still starts an influence."""
    from windtunnel.app.document import Document
    from windtunnel.model import Model, Node

    nodes = [Node(f"n{i}", f"Node {i}", position=((i % 20) * 200.0, (i // 20) * 120.0))
             for i in range(300)]
    window.set_document(Document(Model.from_elements(nodes=nodes)))
    view, scene = window.view, window.scene
    QApplication.processEvents()
    view.set_zoom(0.08)
    view.centerOn(2000, 900)
    _paint(window)
    inside = view.viewport().rect()
    item = next(it for it in scene.node_items.values()
                if inside.contains(view.mapFromScene(it.scenePos()))
                and view.map_labels.label_at(QPointF(view.mapFromScene(it.scenePos()))) is None)
    assert _body(view, item).width() < 20
    middle = view.mapFromScene(item.scenePos())
    viewport = view.viewport()
    send_mouse(viewport, QEvent.MouseMove, middle, button=Qt.NoButton, buttons=Qt.NoButton)
    send_mouse(viewport, QEvent.MouseButtonPress, middle)
    assert not scene.new_edge.active
    send_mouse(viewport, QEvent.MouseButtonRelease, middle, buttons=Qt.NoButton)
    assert scene.selected_node_ids() == [item.node_id]
    handle = view.connect_handle.centre(item).toPoint()
    send_mouse(viewport, QEvent.MouseButtonPress, handle)
    assert scene.new_edge.active and scene.new_edge.source is item
    send_mouse(viewport, QEvent.MouseButtonRelease, handle, buttons=Qt.NoButton)
    assert not scene.new_edge.active


def test_a_deselected_nodes_handle_is_painted_over(window, qtbot):
    # the handle reaches beyond its node: the repaint of the node deselected left it drawn
    view = _fitted_bundled_model(window)
    scene = window.scene
    item, _box = _labelled_over_its_node(view)[0]
    scene.select([item.node_id])
    viewport = view.viewport()
    viewport.repaint()
    centre = view.connect_handle.centre(item)
    drawn = QRect(round(centre.x() - RADIUS_PX), round(centre.y() - RADIUS_PX),
                  round(2 * RADIUS_PX), round(2 * RADIUS_PX))
    painted = Painted(viewport)
    scene.select([])
    qtbot.waitUntil(lambda: painted.covers(drawn))


def test_a_node_at_the_views_right_edge_shows_its_whole_handle_and_draws_from_it(window):
    """At the view's right edge, a node's handle, against the node's right side, showed
    half a circle (or less) to grab. It stands against the node's left side instead, whole
    inside the view, in the selection colour, and a drag from it draws."""
    view = _fitted_bundled_model(window)
    model, scene = window.document.model, window.scene
    viewport = view.viewport()
    def right(it) -> float:             # the right side of what shows the node
        return view.connect_handle._shown_area(it)[1].right()

    # the rightmost node, its right side brought just past the view's right edge
    item = max(scene.node_items.values(), key=right)
    view.set_zoom(view.zoom * 1.3, anchor=view.mapToScene(_body(view, item).center().toPoint()))
    _paint(window)                      # the map labels laid out at that zoom
    view.pan(right(item) - viewport.width() + 2, 0)
    _paint(window)
    assert viewport.width() - 3 <= right(item) <= viewport.width() + 3
    handle = view.connect_handle.centre(item)
    assert RADIUS_PX < handle.x() < viewport.width() - RADIUS_PX
    # pointed at, the node shows its handle; the pointer moves on to it
    for spot in (_body(view, item).center().toPoint(), handle.toPoint()):
        send_mouse(viewport, QEvent.MouseMove, spot, button=Qt.NoButton, buttons=Qt.NoButton)
    image = viewport.grab().toImage()
    for dx in (-RADIUS_PX + 2, 0, RADIUS_PX - 2):        # the whole circle is drawn
        assert image.pixelColor(int(handle.x() + dx), int(handle.y())) == QColor(
            scene.colours.selection)
    target = next(other for other, _box in _labelled_over_its_node(view)
                  if other is not item and model.edge(item.node_id, other.node_id) is None)
    drag(view, handle.toPoint(), _body(view, target).center().toPoint())
    assert model.edge(item.node_id, target.node_id) is not None
    # zoomed in on the leftmost node, this one lies beyond the right edge: no handle there
    leftmost = min(scene.node_items.values(), key=right)
    view.set_zoom(view.zoom * 4, anchor=leftmost.scenePos())
    _paint(window)
    assert _body(view, item).left() > viewport.width()
    assert view.connect_handle.centre(item).x() > viewport.width()


def _handle_rect(view, item) -> QRectF:
    centre = view.connect_handle.centre(item)
    return QRectF(centre.x() - RADIUS_PX, centre.y() - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX)


@pytest.mark.parametrize("zoom", [1.0, 0.8, 0.6])
def test_the_handle_covers_none_of_the_text_its_node_shows(window, zoom):
    """A name filling the node's width ran under the handle, centred on the node's frame:
    zoomed out, the node's margin is a few pixels and the circle hid the last letter."""
    view, editor = window.view, window.editor
    editor.rename_node("leak", "Semiconductor supply chain leakage")
    view.set_zoom(zoom)
    view.centerOn(100, 75)
    _paint(window)
    for item in window.scene.node_items.values():
        body = _body(view, item)
        label = view.map_labels.box_of(item.node_id) if view.labels_by_view else None
        if label is not None and label.contains(body.center()):     # the view's label
            text = label.adjusted(LABEL_PAD, 0, -LABEL_PAD, 0)
        else:                                                        # the node's own text
            text = QRectF(view.mapFromScene(item.mapRectToScene(item._text_rect)).boundingRect())
        assert not _handle_rect(view, item).intersects(text), (item.node_id, zoom)


def test_the_handle_covers_none_of_the_text_of_a_map_label(window):
    """At the zoom a map opens at, the view's labels stand over their nodes: the handle
    stands against a label's right side, off its text, whether the label reaches beyond
    the node's body or ends with it."""
    view = _fitted_bundled_model(window)
    labelled = _labelled_over_its_node(view)
    assert labelled
    for item, box in labelled:
        text = box.adjusted(LABEL_PAD, 0, -LABEL_PAD, 0)
        assert not _handle_rect(view, item).intersects(text), item.node_id


def test_a_selected_node_the_focus_view_fades_shows_no_handle_until_pointed_at(window):
    """In the story a lone selected node left out of the chapter is faded, but its handle
    stood at full strength beside it, a bright dot by a ghost. Pointed at, it shows."""
    view, scene = window.view, window.scene
    scene.select(["ban"])
    _paint(window)
    item = scene.node_items["ban"]
    handle = view.connect_handle.centre(item)

    def drawn() -> bool:
        return view.viewport().grab().toImage().pixelColor(handle.toPoint()) == QColor(
            scene.colours.selection)

    assert drawn()
    scene.set_focus(["leak"])
    _paint(window)
    assert not drawn()
    send_mouse(view.viewport(), QEvent.MouseMove, _body(view, item).center().toPoint(),
               button=Qt.NoButton, buttons=Qt.NoButton)
    assert drawn()
