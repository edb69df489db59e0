"""Halos round changed nodes keep to their node's own space: in workshop mode (nodes drawn
larger, halos thicker) they covered neighbouring nodes and ran into their halos."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.halo_room import halo_rooms

from .conftest import bundled_in


def test_a_halo_reaches_half_the_gap_to_the_nearest_node_at_most():
    boxes = {"a": (0, 0, 100, 40), "b": (110, 0, 210, 40), "c": (0, 100, 100, 140),
             "far": (1000, 1000, 1100, 1040), "touching": (210, 0, 300, 40)}
    rooms = halo_rooms(boxes, ["a", "b", "c", "far"], reach=30.0)
    assert rooms == {"a": 5.0, "b": 0.0, "c": 30.0, "far": 30.0}
    assert halo_rooms(boxes, ["a"], reach=4.0) == {"a": 4.0}        # the widest halo drawn


def test_workshop_halos_cover_no_neighbour(workspace, qtbot):
    with bundled_in(workspace, qtbot, "en") as (window, analysis):
        analysis.controller.wait()
        analysis.workshop.set_active(True)
        QApplication.processEvents()
        layer = analysis.map_results.halo_layer
        qtbot.waitUntil(lambda: len(layer.halos) > 5, timeout=10_000)
        scene = window.scene
        bodies = {node_id: item.mapRectToScene(item.rect)
                  for node_id, item in scene.node_items.items()}
        shapes = dict(zip((node_id for node_id, _, _ in layer.halos), layer.halo_shapes()))
        assert layer.scale > 1                               # thicker in workshop mode
        covered = [(node_id, other) for node_id, (halo, grow, _) in shapes.items()
                   for other, body in bodies.items()
                   if other != node_id and grow > 1.5 and halo.intersects(body)]
        assert covered == []
        halos = [(halo, grow) for halo, grow, _ in shapes.values() if grow > 1.5]
        met = [(a, b) for k, (a, grow) in enumerate(halos) for b, _ in halos[k + 1:]
               if a.intersects(b)]
        assert met == []                                     # two halos never run together
        # the largest changes still glow wider than the least
        assert max(grow for _, grow, _ in shapes.values()) > 4
        # a node moved beside another: the next halos are measured where the nodes are now
        node_id = max(shapes, key=lambda key: shapes[key][1])
        other = next(key for key in bodies if key != node_id)
        item = scene.node_items[node_id]
        item.setPos(item.pos() + bodies[other].topRight() + QPointF(6, 0)
                    - bodies[node_id].topLeft())
        layer.halos = list(layer.halos)                      # the next result shown
        assert dict(zip(shapes, layer.halo_shapes()))[node_id][1] <= 3.0
