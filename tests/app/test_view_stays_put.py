"""Adding a node leaves the map where the user had it: the view scrolls only when the new
node would be out of sight, and then the least that shows it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest


def _shown(view) -> QRectF:
    """The part of the map in view, in scene coordinates."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _name(window, name: str) -> None:
    QTest.keyClicks(window.namer, name)
    QTest.keyClick(window.namer, Qt.Key_Return)


def _on_screen(view, item) -> QRectF:
    return QRectF(view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def test_adding_a_node_where_the_view_has_room_leaves_the_view_as_it_was(window, qtbot):
    view = window.view
    view.centerOn(100, 600)              # free map below the three nodes
    before = _shown(view)
    window.add_node("actor")
    qtbot.waitUntil(window.namer.isVisible)
    assert _shown(view) == before
    _name(window, "Chip fabs")
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, pos=view.viewport().rect().center()
                      + QPoint(200, 60))
    qtbot.waitUntil(window.namer.isVisible)
    _name(window, "Cloud providers")
    assert _shown(view) == before
    for node_id in ("chip-fabs", "cloud-providers"):
        assert QRectF(view.viewport().rect()).contains(
            _on_screen(view, window.scene.node_items[node_id]))


def test_adding_a_node_to_a_full_view_scrolls_the_least_that_shows_it(window, qtbot):
    """Every spot in view is taken: Add Actor's name box, and then the node, appear just
    inside the view's edge, the view scrolled by about a node, not centred on them."""
    view, editor = window.view, window.editor
    shown = _shown(view)
    for i in range(-1, int(shown.width() // 180) + 2):
        for j in range(-1, int(shown.height() // 80) + 2):
            editor.add_node(QPointF(shown.left() + 40 + i * 180, shown.top() + 20 + j * 80),
                            label=f"Crowd {i} {j}")
    window.scene.clearSelection()
    before = _shown(view)
    window.add_node("actor")
    qtbot.waitUntil(window.namer.isVisible)
    after = _shown(view)
    moved = after.center() - before.center()
    box = QRectF(window.namer.geometry())
    room = QRectF(view.viewport().rect())
    assert room.contains(box)
    # the box is at the edge it came in by: the view went no further than needed
    assert min(box.left() - room.left(), room.right() - box.right(),
               box.top() - room.top(), room.bottom() - box.bottom()) <= 12, (box, room)
    _name(window, "Chip fabs")
    body = window.scene.node_items["chip-fabs"].sceneBoundingRect()
    assert room.contains(_on_screen(view, window.scene.node_items["chip-fabs"]))
    # ... and by no more than takes the box and the node into it, a few pixels clear
    where = view.mapToScene(box.toAlignedRect()).boundingRect().united(body)
    beyond_x = max(0.0, where.right() - before.right(), before.left() - where.left())
    beyond_y = max(0.0, where.bottom() - before.bottom(), before.top() - where.top())
    assert beyond_x + beyond_y > 0                      # it did lie beyond the view
    assert abs(moved.x()) <= beyond_x + 10 and abs(moved.y()) <= beyond_y + 10, (moved, where)
    assert _shown(view) == after


def test_a_double_click_on_a_taken_spot_at_the_edge_shows_the_node_where_it_lands(
        window, qtbot):
    """A double-click next to a node at the view's bottom edge: the new node moves off the
    taken spot, out of view; the view scrolls just enough to show it."""
    view, model = window.view, window.document.model
    x, y = model.node("lab").position
    shown = _shown(view)
    view.centerOn(x, y - shown.height() / 2 + 60)   # "lab" near the view's bottom edge
    before = _shown(view)
    spot = view.mapFromScene(QPointF(x, y + 40))    # just below it
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, pos=spot)
    qtbot.waitUntil(window.namer.isVisible)
    _name(window, "Chip fabs")
    placed = window.scene.node_items["chip-fabs"]
    assert not before.contains(placed.sceneBoundingRect())     # it landed beyond the edge
    after = _shown(view)
    assert after.contains(placed.sceneBoundingRect())
    moved = after.center() - before.center()
    assert abs(moved.x()) + abs(moved.y()) < 2 * placed.sceneBoundingRect().height() + 48


def test_a_fitted_map_scrolled_to_a_new_node_gets_its_scroll_bars_back(window, qtbot):
    """The whole map fitted in the view (no scroll bars), every spot in view taken: the
    view scrolls to the new node's name box, and can be scrolled back."""
    view, editor = window.view, window.editor
    for i in range(-2, 4):
        for j in range(-2, 4):
            editor.add_node(QPointF(i * 180.0, j * 80.0), label=f"Crowd {i} {j}")
    view.fit()
    assert view.fitted and not view.horizontalScrollBar().isVisible()
    window.add_node("actor")
    qtbot.waitUntil(window.namer.isVisible)
    assert not view.fitted
    assert QRectF(view.viewport().rect()).contains(QRectF(window.namer.geometry()))
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible()
                    or view.verticalScrollBar().isVisible())
