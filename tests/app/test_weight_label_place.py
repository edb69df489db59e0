"""A selected edge's weight label covers no node: it stands at the middle of the curve when
that is free, else at the nearest free spot along it, then beside it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas.curves import bezier, distance
from windtunnel.app.canvas.weight_place import weight_label_place
from windtunnel.model import Edge, Node

CURVE = ((0.0, 0.0), (250.0, 60.0), (500.0, 0.0))      # bends down, its middle at (250, 30)


def _meets(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _centre(box):
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def test_a_free_middle_keeps_the_label_there():
    box = weight_label_place(CURVE, (0.15, 0.85), (50.0, 20.0), [(-75, -23, 75, 23)])
    assert _centre(box) == bezier(*CURVE, 0.5)


def test_a_node_on_the_middle_sends_the_label_along_the_curve_to_the_nearest_free_spot():
    bodies = [(-75, -23, 75, 23), (175, 7, 325, 53), (425, -23, 575, 23)]
    box = weight_label_place(CURVE, (0.15, 0.85), (50.0, 20.0), bodies)
    assert not [body for body in bodies if _meets(box, body)]
    assert distance(*CURVE, _centre(box)) < 0.5                   # on the curve
    assert abs(_centre(box)[0] - 250) < 75 + 25 + 25              # next to the node it left


def test_a_curve_covered_all_along_puts_the_label_beside_it_on_its_bend():
    """Two nodes nearly touching: the bit of curve between them is under their bodies."""
    curve = ((0.0, 0.0), (85.0, 10.0), (170.0, 0.0))
    bodies = [(-75, -23, 75, 23), (95, -23, 245, 23)]
    box = weight_label_place(curve, (0.44, 0.56), (50.0, 20.0), bodies)
    assert not [body for body in bodies if _meets(box, body)]
    assert _centre(box)[1] > 20                        # below: the side the curve bends to


def test_with_no_free_spot_the_label_covers_the_least():
    curve = ((0.0, 0.0), (100.0, 10.0), (200.0, 0.0))
    everything = [(-1000, -1000, 1000, 1000)]
    box = weight_label_place(curve, (0.2, 0.8), (50.0, 20.0), everything)
    assert box is not None and abs(box[2] - box[0] - 50.0) < 1e-9
    half_covered = [(-1000, -1000, 100, 1000)]          # the left half of the map
    box = weight_label_place(curve, (0.1, 0.9), (50.0, 20.0), half_covered)
    assert box[0] >= 100                                 # moved right of the body


def test_a_selected_edge_s_label_leaves_the_body_and_label_of_a_node_on_its_middle(window):
    """An edge runs past a third node lying on its middle, and another joins two nodes a few
    units apart: on the map, selected, neither weight label covers a node's body."""
    scene, model = window.scene, window.document.model
    for node_id, x, y in (("a", 0.0, 400.0), ("b", 250.0, 430.0), ("c", 500.0, 400.0),
                          ("d", 0.0, 600.0), ("e", 170.0, 600.0)):
        model.add_node(Node(node_id, node_id.upper() + " node",
                                            position=(x, y)))
    model.add_edge(Edge("a", "c", 0.6))
    model.add_edge(Edge("d", "e", -0.4))
    QApplication.processEvents()
    bodies = {node_id: item.mapRectToScene(item.rect)
              for node_id, item in scene.node_items.items()}
    for key in (("a", "c"), ("d", "e")):
        item = scene.edge_items[key]
        item.setSelected(True)
        QApplication.processEvents()
        assert item.paints_itself
        label = item.label_rect()
        assert not [n for n, body in bodies.items() if body.intersects(label)], (key, label)
        assert item.boundingRect().contains(label)                    # painted whole
    assert scene.edge_items[("a", "c")].midpoint == QPointF(250.0, 430.0)   # b's centre


def test_a_node_moved_onto_a_selected_edge_s_middle_sends_its_label_aside(window):
    """The nodes' bodies are filed once for the labels' questions, and again after an
    edit: a node moved onto the middle of an edge is one its label then keeps off."""
    scene, model, editor = window.scene, window.document.model, window.editor
    for node_id, x in (("a", 0.0), ("c", 500.0)):
        model.add_node(Node(node_id, node_id.upper() + " node", position=(x, 400.0)))
    model.add_node(Node("b", "B node", position=(250.0, 900.0)))
    model.add_edge(Edge("a", "c", 0.6))
    QApplication.processEvents()
    item = scene.edge_items[("a", "c")]
    item.setSelected(True)
    QApplication.processEvents()
    assert item.label_rect().center() == item.midpoint            # free: at the middle
    editor.move({"b": (250.0, 900.0)}, {"b": (250.0, 430.0)})       # onto the middle
    item.setSelected(False)
    item.setSelected(True)
    QApplication.processEvents()
    body = scene.node_items["b"].mapRectToScene(scene.node_items["b"].rect)
    assert body.contains(item.midpoint) and not body.intersects(item.label_rect())
