"""The scene follows the model: items appear, change and vanish with model signals."""

from __future__ import annotations

from PySide6.QtGui import QColor

from conftest import make_small_model
from windtunnel.app.canvas import CanvasScene, EdgeItem, NodeItem, edge_width, weight_term
from windtunnel.model import Edge, Node


def test_scene_builds_items_for_the_model(qapp):
    scene = CanvasScene(make_small_model())
    assert set(scene.node_items) == {"ban", "leak", "lab"}
    assert set(scene.edge_items) == {("ban", "leak"), ("leak", "lab"), ("lab", "leak")}
    assert sum(isinstance(i, NodeItem) for i in scene.items()) == 3
    assert sum(isinstance(i, EdgeItem) for i in scene.items()) == 3


def test_scene_follows_adds_changes_and_removals(qapp):
    model = make_small_model()
    scene = CanvasScene(model)
    model.add_node(Node("new", "New", position=(400.0, 50.0), group="Europe"))
    model.add_edge(Edge("new", "ban", -0.8, delay=2))
    assert scene.node_items["new"].pos().x() == 400.0
    item = scene.edge_items[("new", "ban")]
    assert item.colour() == QColor(scene.colours.negative)
    model.update_edge("new", "ban", weight=0.2)
    assert item.colour() == QColor(scene.colours.positive)
    model.update_node("new", label="Renamed")
    assert scene.node_items["new"].node.label == "Renamed"
    model.remove_node("new")
    assert "new" not in scene.node_items and ("new", "ban") not in scene.edge_items
    assert all(i.scene() is scene for i in scene.items())
    assert set(scene.items()) == {*scene.node_items.values(), *scene.edge_items.values(),
                                  scene.edge_layer}
    assert len(scene.node_items) + len(scene.edge_items) == 6


def test_only_edges_of_a_moved_node_are_recomputed(qapp):
    model = make_small_model()
    model.add_node(Node("far", "Far", position=(900.0, 900.0)))
    model.add_node(Node("far2", "Far 2", position=(1200.0, 900.0)))
    model.add_edge(Edge("far", "far2", 0.5))
    scene = CanvasScene(model)
    far_edge = scene.edge_items[("far", "far2")]
    before_far = far_edge.path.boundingRect()
    before = scene.edge_items[("ban", "leak")].path.boundingRect()
    model.move_nodes({"ban": (-300.0, -200.0)})
    assert scene.dirty_edges == {("ban", "leak")}
    scene.flush()
    assert scene.edge_items[("ban", "leak")].path.boundingRect() != before
    assert far_edge.path.boundingRect() == before_far


def test_edge_style_by_weight_and_delay(qapp):
    scene = CanvasScene(make_small_model())
    assert edge_width(1.0) > edge_width(0.6) > edge_width(0.0)
    delayed = scene.edge_items[("leak", "lab")]
    assert delayed.edge.delay == 1
    assert weight_term(0.6) == "moderate positive"
    assert weight_term(-0.95) == "very strong negative"
    assert weight_term(0.1) == "very weak positive"
    assert weight_term(0.0) == "none"


def test_reciprocal_edges_bend_to_opposite_sides(qapp):
    scene = CanvasScene(make_small_model())
    a = scene.edge_items[("leak", "lab")].midpoint
    b = scene.edge_items[("lab", "leak")].midpoint
    assert (a - b).manhattanLength() > 10


def test_group_colours_follow_first_appearance_and_tints_override(qapp):
    model = make_small_model()
    scene = CanvasScene(model)
    assert [g for g, _ in scene.palette.entries()] == ["United States", "Global", "China"]
    first = scene.palette.colour("United States")
    model.add_node(Node("eu", "EU", group="Europe"))
    assert scene.palette.colour("United States") == first
    scene.set_tints({"ban": QColor("#ff0000")})
    assert scene.tint_of("ban") == QColor("#ff0000") and scene.tint_of("leak") is None
    scene.clear_tints()
    assert scene.tint_of("ban") is None


def test_selection_helpers_use_document_order(qapp):
    scene = CanvasScene(make_small_model())
    scene.select(["lab", "ban"], [("lab", "leak")])
    assert scene.selected_node_ids() == ["ban", "lab"]
    assert scene.selected_node_ids_in_order() == ["lab", "ban"]
    assert scene.selected_edge_keys() == [("lab", "leak")]


def test_detached_scene_ignores_the_model(qapp):
    model = make_small_model()
    scene = CanvasScene(model)
    scene.detach()
    model.add_node(Node("late", "Late"))
    assert "late" not in scene.node_items


def test_node_sizes_match_a_full_text_measurement(qapp):
    """One-line labels take a fast path; it must give the size the full layout gives."""
    from PySide6.QtCore import QRectF, Qt

    from windtunnel.app.canvas.node_item import _PAD, NODE_WIDTH, _metrics, node_rect, shown_label
    metrics = _metrics()
    for label in ("", "x", "Access ban", "Foreign-national access ban", "W" * 40,
                  "Two\nlines", "Usage monitoring & watermarks on every model download",
                  "出口管制", "香港作为人工智能治理中立枢纽的可信度"):
        full = metrics.boundingRect(QRectF(0, 0, NODE_WIDTH - 2 * _PAD, 1000),
                                    int(Qt.AlignHCenter | Qt.TextWordWrap),
                                    shown_label(label)).height()
        body, text = node_rect(label)
        assert text.height() == full, label


def test_a_layer_spanning_the_scene_leaves_the_scene_its_size(qapp):
    """Results and the lens paint over the whole scene; adding and moving nodes must not
    grow the scene by its margin again and again because of them."""
    from windtunnel.app.canvas.scene_layer import SceneLayer

    class Layer(SceneLayer):
        def paint(self, painter, option, widget=None) -> None:
            pass

    model = make_small_model()
    scene = CanvasScene(model)
    scene.addItem(Layer())
    model.add_node(Node("new", "New", position=(40.0, 50.0)))
    first = scene.sceneRect()
    for step in range(5):
        model.move_nodes({"new": (40.0 + step, 50.0)})
        model.add_node(Node(f"n{step}", f"N{step}", position=(0.0, 0.0)))
    assert scene.sceneRect() == first
    assert scene.content_rect().contains(scene.node_items["new"].sceneBoundingRect())


def test_a_node_added_or_moved_grows_the_scene_without_measuring_every_node(qapp,
                                                                            monkeypatch):
    """A node added or moved grows the scene's rectangle around itself (and the edges)
    alone: the rectangle is the one measured over every node, which on a map of 2,000
    cost each added node milliseconds."""
    model = make_small_model()
    scene = CanvasScene(model)
    measured = []
    whole = CanvasScene.nodes_bounding_rect
    monkeypatch.setattr(CanvasScene, "nodes_bounding_rect",
                        lambda self: measured.append(1) or whole(self))
    model.add_node(Node("far", "Far", position=(2400.0, -900.0)))
    model.add_edge(Edge("far", "leak", 0.5))
    model.move_nodes({"lab": (-1800.0, 1300.0)})
    model.move_nodes({"ban": (-1900.0, 1200.0)})
    assert measured == []
    grown = scene.sceneRect()
    scene._update_scene_rect()                  # measured over every node and edge
    assert scene.sceneRect() == grown
    for node_id in ("far", "lab", "ban"):
        assert grown.contains(scene.node_items[node_id].sceneBoundingRect().adjusted(
            -399, -399, 399, 399))


def _painted_rect(scene, region):
    """The scene rectangle around every pixel that ``scene`` paints in ``region`` other
    than its background (rendered at one pixel per scene unit)."""
    import numpy as np
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    region = QRectF(region.toAlignedRect())          # whole pixels: one per scene unit
    image = QImage(region.size().toSize(), QImage.Format_RGB32)
    image.fill(QColor("magenta"))                     # a pixel Qt leaves unpainted counts
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), region)
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4)[:, :image.width()]
    rows, cols = np.nonzero(pixels != np.uint32(QColor(scene.colours.background).rgb()))
    return QRectF(region.left() + cols.min(), region.top() + rows.min(),
                  cols.max() - cols.min() + 1, rows.max() - rows.min() + 1)


def test_the_content_rect_holds_every_label_and_edge_the_map_paints(qapp):
    """Node labels, edges with their arrow heads and bends, and the weight labels of
    selected edges lie within content_rect (which sizes the scene), also at presentation
    scale and after a node moved: nothing the map paints falls outside it."""
    model = make_small_model()
    model.add_node(Node("far", "A long label that wraps over several lines of its node",
                        position=(-300.0, 420.0)))
    model.add_edge(Edge("ban", "far", 1.0))
    model.add_edge(Edge("far", "leak", -0.9, delay=3))
    model.add_node(Node("east", "East", position=(1400.0, 0.0)))
    model.add_edge(Edge("leak", "east", 0.7))    # long and level: bends out of the nodes'
    model.add_edge(Edge("east", "leak", -0.7))   # rows, up one way and down the other
    scene = CanvasScene(model)
    for item in (*scene.node_items.values(), *scene.edge_items.values()):
        item.setSelected(True)
    for scale, lab in ((1.0, (100.0, 150.0)), (1.6, (420.0, -260.0))):
        scene.set_presentation_scale(scale)
        model.move_nodes({"lab": lab})
        scene.flush()
        rect = scene.content_rect()
        painted = _painted_rect(scene, rect.adjusted(-200, -200, 200, 200))
        assert rect.adjusted(-1, -1, 1, 1).contains(painted), (rect, painted)
        assert scene.sceneRect().contains(rect)


def test_a_big_map_is_filed_in_a_shallow_index_and_still_hit_tested(qapp):
    """Qt's automatic BSP depth grows with the item count (12 for these 2,200 items), and
    each long edge is filed in every cell it crosses: a map of thousands of long edges
    took seconds to open. The depth stays fixed, and the index still finds each edge."""
    import math

    from windtunnel.model import Model

    count = 200
    nodes = [Node(f"n{i}", f"Node {i}", position=(3000 * math.cos(2 * math.pi * i / count),
                                                 3000 * math.sin(2 * math.pi * i / count)))
             for i in range(count)]
    edges = [Edge(f"n{i}", f"n{(i + step) % count}", 0.5)
             for i in range(count) for step in (37, 61, 83, 97, 101, 113, 127, 131, 139, 151)]
    scene = CanvasScene(Model.from_elements(nodes=nodes, edges=edges))
    assert 1 <= scene.bspTreeDepth() < 12       # 0 is Qt's automatic depth
    for key in (("n0", "n97"), ("n150", "n187"), ("n42", "n181")):
        item = scene.edge_items[key]
        middle = item.mapToScene(item._mid)   # the curve's middle: on the edge, far from nodes
        assert item in scene.items(middle)
