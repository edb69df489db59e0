"""Editing the map with simulated mouse and keyboard, in a real main window (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import answer_next_question, make_small_model
from .conftest import drag, send_mouse, view_point


def test_double_click_empty_space_asks_a_name_then_adds_the_node(window, qtbot):
    view, model = window.view, window.document.model
    spot = view_point(view, 420, 300)
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, spot)
    namer = window.namer
    assert namer.isVisible() and namer.hasFocus() and len(model.nodes) == 3
    QTest.keyClicks(namer, "Export volume")
    QTest.keyClick(namer, Qt.Key_Return)
    assert not namer.isVisible()
    new = model.nodes[-1]
    assert (new.id, new.label, new.kind) == ("export-volume", "Export volume", "factor")
    assert abs(new.position[0] - 420) < 2 and abs(new.position[1] - 300) < 2
    assert window.scene.selected_node_ids() == ["export-volume"]
    assert window.document.undo_stack.count() == 1
    assert window.isWindowModified()


def test_escape_or_an_empty_name_adds_nothing(window):
    view, model = window.view, window.document.model
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view_point(view, 420, 300))
    QTest.keyClicks(window.namer, "Half typed")
    QTest.keyClick(window.namer, Qt.Key_Escape)
    window.actions.add_actor.trigger()
    QTest.keyClick(window.namer, Qt.Key_Return)
    assert len(model.nodes) == 3 and window.document.undo_stack.count() == 0


def test_drag_moves_the_selected_node_as_one_undo_step(window):
    view, model = window.view, window.document.model
    drag(view, view_point(view, 200, 0), view_point(view, 260, 40))
    x, y = model.node("leak").position
    assert abs(x - 260) < 1.5 and abs(y - 40) < 1.5
    assert model.node("ban").position == (0.0, 0.0)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert model.node("leak").position == (200.0, 0.0)
    assert window.scene.node_items["leak"].pos().x() == 200.0


def test_drag_from_the_handle_onto_a_node_draws_an_edge(window):
    view, model = window.view, window.document.model
    start = view.connect_handle.centre(window.scene.node_items["lab"]).toPoint()
    drag(view, start, view_point(view, 0, 0))
    edge = model.edge("lab", "ban")
    assert edge is not None and edge.weight == 0.5
    assert window.scene.selected_edge_keys() == [("lab", "ban")]
    assert window.inspector.stack.currentWidget() is window.inspector.edge_form


def test_drawing_a_duplicate_edge_is_refused_with_a_message(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_problem", lambda title, exc: shown.append(str(exc)))
    view = window.view
    handle = view.connect_handle.centre(window.scene.node_items["ban"]).toPoint()
    drag(view, handle, view_point(view, 200, 0))
    assert shown and "already exists" in shown[0]
    assert len(window.document.model.edges) == 3 and window.document.undo_stack.count() == 0


def test_rubber_band_selects_and_delete_key_removes_with_exact_undo(window, qtbot):
    view, model = window.view, window.document.model
    view.setFocus()
    drag(view, view_point(view, -120, -60), view_point(view, 320, 40))
    assert window.scene.selected_node_ids() == ["ban", "leak"]
    seen = answer_next_question("delete")   # they have an objective and a scenario's setting
    QTest.keyClick(view.viewport(), Qt.Key_Delete)
    assert seen and seen[2] == "Cancel"
    assert [n.id for n in model.nodes] == ["lab"]
    window.activateWindow()               # the question had the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(window, "Ctrl+Z")
    assert model == make_small_model()
    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert [n.id for n in model.nodes] == ["lab"]


def test_ctrl_click_adds_to_the_selection(window):
    view = window.view
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view_point(view, 0, 0))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier, view_point(view, 100, 150))
    assert window.scene.selected_node_ids() == ["ban", "lab"]


def test_connect_selected_uses_selection_order_and_arrow_keys_nudge(window):
    view, model = window.view, window.document.model
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view_point(view, 100, 150))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier, view_point(view, 0, 0))
    window.actions.connect.trigger()
    assert model.edge("lab", "ban") is not None
    window.scene.select(["ban"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Right)
    QTest.keyClick(view, Qt.Key_Down, Qt.ShiftModifier)
    assert model.node("ban").position == (10.0, 50.0)


def test_keyboard_adds_each_kind_and_zoom_keys(window):
    model = window.document.model
    for action, name in ((window.actions.add_actor, "Chip smugglers"),
                         (window.actions.add_restriction, "Entity list"),
                         (window.actions.add_factor, "Compute prices")):
        action.trigger()
        QTest.keyClicks(window.namer, name)
        QTest.keyClick(window.namer, Qt.Key_Return)
    assert [(n.id, n.kind) for n in model.nodes[3:]] == [
        ("chip-smugglers", "actor"), ("entity-list", "restriction"), ("compute-prices", "factor")]
    assert len({n.position for n in model.nodes}) == 6
    zoom = window.view.zoom
    window.actions.zoom_in.trigger()
    assert window.view.zoom > zoom
    window.actions.fit.trigger()
    rect = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert rect.contains(window.scene.nodes_bounding_rect())


def test_antialiasing_is_dropped_when_zoomed_out_or_dragging(window):
    view = window.view
    view.set_zoom(1.0)
    assert view.antialiased
    view.set_zoom(0.2)
    assert not view.antialiased
    view.set_zoom(1.0)
    window.scene.set_interacting(True)
    assert not view.antialiased
    window.scene.set_interacting(False)
    assert view.antialiased


def test_wheel_zooms_around_the_pointer(window):
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtCore import QPointF

    view = window.view
    spot = view_point(view, 200, 0)
    zoom = view.zoom
    event = QWheelEvent(QPointF(spot), QPointF(view.viewport().mapToGlobal(spot)), QPoint(0, 0),
                        QPoint(0, 240), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom > zoom * 1.3
    after = view.mapToScene(spot)
    assert abs(after.x() - 200) < 3 and abs(after.y()) < 3


def test_trackpad_pinch_zooms_around_the_fingers(window):
    """A macOS trackpad pinch (native zoom gesture) zooms in and out around the fingers."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    view = window.view
    view.set_zoom(1.0)
    spot = view_point(view, 200, 0)
    zoom = view.zoom

    def pinch(value):
        event = QNativeGestureEvent(Qt.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(),
                                    2, QPointF(spot), QPointF(spot),
                                    QPointF(view.viewport().mapToGlobal(spot)), value,
                                    QPointF(0, 0))
        QApplication.sendEvent(view.viewport(), event)
    pinch(0.5)
    assert abs(view.zoom - zoom * 1.5) < 1e-6
    after = view.mapToScene(spot)
    assert abs(after.x() - 200) < 3 and abs(after.y()) < 3      # the point under the fingers
    pinch(-0.5)
    assert abs(view.zoom - zoom * 0.75) < 1e-6
    after = view.mapToScene(spot)
    assert abs(after.x() - 200) < 3 and abs(after.y()) < 3


def test_touch_pinch_gesture_zooms_around_its_centre(window):
    """A QPinchGesture (touch screens, other trackpads) zooms around its centre point."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QGestureEvent, QPinchGesture

    view = window.view
    view.set_zoom(1.0)
    spot = view_point(view, 100, 150)
    gesture = QPinchGesture()
    gesture.setScaleFactor(2.0)
    gesture.setCenterPoint(QPointF(view.viewport().mapToGlobal(spot)))
    QApplication.sendEvent(view.viewport(), QGestureEvent([gesture]))
    assert abs(view.zoom - 2.0) < 1e-6
    after = view.mapToScene(spot)
    assert abs(after.x() - 100) < 3 and abs(after.y() - 150) < 3


def test_find_centres_and_highlights(window):
    window.actions.find.trigger()
    assert window.find_box.hasFocus()
    QTest.keyClicks(window.find_box, "lab")
    QTest.keyClick(window.find_box, Qt.Key_Return)
    assert window.scene.selected_node_ids() == ["lab"]
    assert window.scene.node_items["lab"].highlighted
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(centre.x() - 100) < 5 and abs(centre.y() - 150) < 5


def test_middle_button_pans(window):
    view = window.view
    before = view.mapToScene(view.viewport().rect().center())
    start = QPoint(300, 300)
    send_mouse(view.viewport(), QEvent.MouseButtonPress, start, button=Qt.MiddleButton)
    send_mouse(view.viewport(), QEvent.MouseMove, QPoint(250, 280), button=Qt.NoButton,
               buttons=Qt.MiddleButton)
    send_mouse(view.viewport(), QEvent.MouseButtonRelease, QPoint(250, 280),
               button=Qt.MiddleButton, buttons=Qt.NoButton)
    after = view.mapToScene(view.viewport().rect().center())
    assert abs((after.x() - before.x()) - 50) < 2 and abs((after.y() - before.y()) - 20) < 2


def test_panning_paints_fast_then_settles_to_full_quality(window, qtbot):
    view = window.view
    view.set_zoom(1.0)
    assert view.antialiased
    view.pan(30, 0)
    assert not view.antialiased
    qtbot.waitUntil(lambda: view.antialiased, timeout=2000)


@pytest.mark.parametrize("selected, says", [
    ([], "select two nodes"), (["ban"], "select two nodes"),
    (["ban", "leak"], "already joined")])
def test_connect_that_draws_nothing_says_why_in_the_status_bar(window, selected, says):
    """The toolbar's Connect with one node selected drew nothing and said nothing: a
    newcomer took it for a drawing mode and waited."""
    window.scene.select(selected)
    edges = len(window.document.model.edges)
    window.actions.connect.trigger()
    assert len(window.document.model.edges) == edges
    assert says in window.statusBar().currentMessage()
