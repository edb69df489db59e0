"""The edge layer: edges are drawn only where their curves run, by one item, and an edge
paints itself only while it is selected or hovered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from windtunnel.app.canvas import CanvasScene
from windtunnel.app.canvas.edge_layer import CELL, cell_key, curve_cells
from windtunnel.model import Edge, Model, Node


def _long_edge_scene() -> CanvasScene:
    """One long diagonal edge a -> b (its box is mostly empty) and a short one b -> c."""
    model = Model.from_elements(
        nodes=[Node("a", "A", position=(0.0, 0.0)), Node("b", "B", position=(2000.0, 1500.0)),
               Node("c", "C", position=(2300.0, 1500.0))],
        edges=[Edge("a", "b", 0.8), Edge("b", "c", -0.5, delay=1)])
    return CanvasScene(model)


def _render(scene: CanvasScene, source: QRectF) -> QImage:
    """Paint ``source`` of the scene at 100 % into an image (as a view's repaint would)."""
    image = QImage(int(source.width()), int(source.height()), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def _inked(image: QImage) -> bool:
    """Whether anything but the background was painted."""
    background = image.pixelColor(0, 0)
    return any(image.pixelColor(x, y) != background
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_edge_items_leave_painting_to_the_layer(qapp):
    scene = _long_edge_scene()
    for item in scene.edge_items.values():       # Qt makes no paint call for these
        assert item.flags() & QGraphicsItem.ItemHasNoContents
        assert not item.paints_itself


def test_a_strip_inside_a_long_edges_box_but_off_its_curve_draws_nothing(qapp):
    scene = _long_edge_scene()
    item = scene.edge_items[("a", "b")]
    corner = QRectF(1700, 40, 40, 300)          # top right of the box: no curve there
    assert item.sceneBoundingRect().contains(corner)
    assert item not in scene.edge_layer.edges_in(corner)   # not even looked at
    assert not _inked(_render(scene, corner))
    assert scene.edge_layer.drawn == 0
    p0, c, p2 = item.curve
    mid = QPointF((p0[0] + 2 * c[0] + p2[0]) / 4, (p0[1] + 2 * c[1] + p2[1]) / 4)
    through = QRectF(mid.x() - 20, mid.y() - 150, 40, 300)   # a strip across the curve
    assert item in scene.edge_layer.edges_in(through)
    assert _inked(_render(scene, through))
    assert scene.edge_layer.drawn == 1


def test_moving_a_node_files_its_edges_where_they_now_run(qapp):
    scene = _long_edge_scene()
    model = scene.model
    item = scene.edge_items[("b", "c")]
    near_old = QRectF(2100, 1400, 100, 200)
    assert item in scene.edge_layer.edges_in(near_old)
    model.update_node("b", position=(2300.0, 3000.0))
    model.update_node("c", position=(2600.0, 3000.0))
    scene.flush()
    assert item not in scene.edge_layer.edges_in(near_old)
    assert item in scene.edge_layer.edges_in(QRectF(2400, 2900, 100, 200))
    assert _inked(_render(scene, QRectF(2400, 2900, 100, 200)))


def test_selected_and_hovered_edges_paint_themselves_and_go_back(qapp):
    scene = _long_edge_scene()
    item = scene.edge_items[("b", "c")]
    scene.select(edges=[("b", "c")])
    assert item.paints_itself and not item.flags() & QGraphicsItem.ItemHasNoContents
    strip = QRectF(2100, 1400, 100, 200)
    image = _render(scene, strip)
    assert _inked(image) and scene.edge_layer.drawn == 0      # drawn by the item itself
    scene.select()
    assert not item.paints_itself and item.flags() & QGraphicsItem.ItemHasNoContents
    assert _inked(_render(scene, strip)) and scene.edge_layer.drawn == 1
    scene.set_overview(True)
    scene.select(edges=[("b", "c")])
    assert not item.paints_itself                # the overview layer marks the map then
    scene.set_overview(False)
    assert item.paints_itself


def test_edges_without_contents_are_still_hit_and_removed_from_the_layer(qapp):
    scene = _long_edge_scene()
    item = scene.edge_items[("a", "b")]
    p0, c, p2 = item.curve
    on_curve = QPointF((p0[0] + 2 * c[0] + p2[0]) / 4, (p0[1] + 2 * c[1] + p2[1]) / 4)
    assert item in scene.items(on_curve, Qt.IntersectsItemShape)
    scene.model.remove_edge("a", "b")
    assert item not in scene.edge_layer.edges_in(QRectF(on_curve.x() - 5, on_curve.y() - 5,
                                                        10, 10))


def test_new_tints_repaint_only_the_nodes_whose_colour_changed(qapp):
    scene = _long_edge_scene()
    repainted = []
    for node_id, item in scene.node_items.items():
        item.update = lambda *_, node_id=node_id: repainted.append(node_id)
    told = []
    scene.tints_changed.connect(lambda: told.append(True))
    scene.set_tints({"a": QColor("red"), "b": QColor("blue")})
    assert sorted(repainted) == ["a", "b"] and len(told) == 1
    repainted.clear()
    scene.set_tints({"a": QColor("red"), "b": QColor("green"), "c": QColor("blue")})
    assert sorted(repainted) == ["b", "c"]
    repainted.clear()
    scene.set_tints({"a": QColor("red"), "b": QColor("green"), "c": QColor("blue")})
    assert repainted == [] and len(told) == 2          # nothing changed: nothing repainted
    scene.clear_tints()
    assert sorted(repainted) == ["a", "b", "c"]
    assert scene.tint_of("a") is None


_coordinate = st.floats(-5000, 5000, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(curve=st.tuples(*[st.tuples(_coordinate, _coordinate)] * 3), pad=st.floats(1, 60))
def test_an_edge_is_filed_under_every_cell_its_curve_and_pen_reach(curve, pad):
    """Every point of the curve, followed finely, is filed with its pen's square around it
    (the cells it is filed under may be more, never fewer; the square a hair smaller than
    the pad, for the rounding of the points followed)."""
    cells = set(curve_cells(curve, pad))
    pad = max(0.0, pad - 1e-6)
    (x0, y0), (cx, cy), (x2, y2) = curve
    for k in range(401):
        t = k / 400
        u = 1 - t
        x = u * u * x0 + 2 * u * t * cx + t * t * x2
        y = u * u * y0 + 2 * u * t * cy + t * t * y2
        for px, py in ((x - pad, y - pad), (x + pad, y - pad), (x - pad, y + pad),
                       (x + pad, y + pad)):
            assert cell_key(int(px // CELL), int(py // CELL)) in cells


@settings(max_examples=100, deadline=None)
@given(curves=st.lists(st.tuples(*[st.tuples(_coordinate, _coordinate)] * 3), min_size=1,
                       max_size=8),
       pads=st.lists(st.floats(1, 60), min_size=8, max_size=8))
def test_a_batch_of_edges_is_filed_under_the_cells_each_would_be_alone(curves, pads):
    from windtunnel.app.canvas.edge_cells import edges_cells
    from windtunnel.app.canvas.edge_layer import _COLUMN

    which, cells = edges_cells([v for curve in curves for point in curve for v in point],
                               pads[:len(curves)], CELL, _COLUMN)
    for index, curve in enumerate(curves):
        assert sorted(cells[which == index].tolist()) == sorted(curve_cells(curve, pads[index]))


def _big_scene(count: int = 60) -> CanvasScene:
    nodes = [Node(f"n{i}", f"N{i}", position=(float(i % 8) * 500, float(i // 8) * 400))
             for i in range(count)]
    edges = [Edge(f"n{i}", f"n{(i * 7 + 3) % count}", 0.5) for i in range(count)
             if i != (i * 7 + 3) % count]
    return CanvasScene(Model.from_elements(nodes=nodes, edges=edges))


def test_edges_filed_in_batches_are_found_where_edges_filed_one_by_one_are(qapp):
    scene, alone = _big_scene(), _big_scene()
    layer = scene.edge_layer
    arrays = [len(layer._static) for _ in layer.filing(7)]   # seven edges in each
    assert max(arrays) > 1 and len(layer._static) == 1     # then merged into one
    assert not layer._unfiled and not layer._grid
    areas = [QRectF(x, y, 600, 450) for x in range(-300, 4000, 700)
             for y in range(-300, 3000, 600)]

    def keys(which, area):
        return [item.key for item in which.edge_layer.edges_in(area)]

    assert all(keys(scene, area) == keys(alone, area) for area in areas)
    assert sum(len(keys(scene, area)) for area in areas) > 0
    # edges that move, come or go afterwards are filed one by one; the batches forget them
    for moved in (scene, alone):
        moved.model.move_nodes({"n0": (3900.0, 2900.0)})
        moved.flush()
        moved.model.add_edge(Edge("n1", "n59", -0.4))
        moved.model.remove_edge("n2", "n17")
    assert all(keys(scene, area) == keys(alone, area) for area in areas)
    assert ("n1", "n59") in keys(scene, QRectF(1300, 2600, 400, 400))


def test_an_edge_that_moves_while_the_batches_are_filed_is_found_where_it_went(qapp):
    scene, alone = _big_scene(), _big_scene()
    filing = scene.edge_layer.filing(7)
    next(filing)
    scene.model.move_nodes({"n5": (-2000.0, -2000.0)})
    alone.model.move_nodes({"n5": (-2000.0, -2000.0)})
    for view in (scene, alone):
        view.flush()
    for _ in filing:
        pass
    area = QRectF(-2200, -2200, 800, 800)
    assert [i.key for i in scene.edge_layer.edges_in(area)] \
        == [i.key for i in alone.edge_layer.edges_in(area)] != []


def test_a_paint_while_the_batches_are_filed_files_the_edges_it_needs_in_a_batch(qapp):
    scene, alone = _big_scene(), _big_scene()
    layer = scene.edge_layer
    filing = layer.filing(7)
    next(filing)
    layer.filed_in_turns = True
    area = QRectF(900, 700, 600, 450)
    found = [item.key for item in layer.edges_in(area)]
    assert found == [item.key for item in alone.edge_layer.edges_in(area)] != []
    assert not layer._grid and layer._unfiled                 # in a batch; not all filed
