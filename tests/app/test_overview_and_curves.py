"""Big-map drawing: overview mode keeps items usable; curve helpers are exact."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem

from windtunnel.app.canvas import CanvasScene
from windtunnel.app.canvas.curves import arc_length, bezier, pieces_in_rect, sub_curve
from windtunnel.app.canvas.overview import ARROW_MIN_ZOOM
from windtunnel.app.canvas.view import OVERVIEW_NODES
from windtunnel.model import Edge, Model, Node

from .conftest import drag, view_point


def _big(count: int = OVERVIEW_NODES) -> Model:
    nodes = [Node(f"n{k}", f"Node {k}", group=("A", "B")[k % 2],
                  position=(float(k % 20) * 200, float(k // 20) * 120)) for k in range(count)]
    edges = [Edge(f"n{k}", f"n{k + 1}", 0.5 if k % 2 else -0.5) for k in range(count - 1)]
    return Model.from_elements(nodes=nodes, edges=edges)


def test_big_maps_switch_to_overview_when_zoomed_out_and_back(window):
    from windtunnel.app.document import Document

    window.set_document(Document(_big()))
    view, scene = window.view, window.scene
    view.set_zoom(0.2)
    assert scene.overview
    assert scene.node_items["n0"].flags() & QGraphicsItem.ItemHasNoContents
    view.set_zoom(1.0)
    assert not scene.overview
    assert not scene.node_items["n0"].flags() & QGraphicsItem.ItemHasNoContents


def test_small_maps_keep_details_when_moderately_zoomed_out(window):
    window.view.set_zoom(0.4)
    assert not window.scene.overview
    window.view.set_zoom(0.1)
    assert window.scene.overview


def test_rubber_band_and_drag_still_work_in_overview(window):
    from windtunnel.app.document import Document

    window.set_document(Document(_big()))
    view, scene, model = window.view, window.scene, window.document.model
    view.set_zoom(0.3)
    view.centerOn(200, 0)
    assert scene.overview
    drag(view, view_point(view, -120, -40), view_point(view, 290, 40))
    assert scene.selected_node_ids() == ["n0", "n1"]
    drag(view, view_point(view, 200, 0), view_point(view, 200, 200))
    assert abs(model.node("n1").position[1] - 200) < 5 and abs(model.node("n0").position[1] - 200) < 5
    assert window.document.undo_stack.count() == 1


def test_overview_layer_paints_nodes_in_group_colours(qapp):
    scene = CanvasScene(_big(40))
    scene.set_overview(True)
    image = QImage(400, 300, QImage.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 400, 300), QRectF(-100, -50, 400, 300))
    painter.end()
    centre = image.pixelColor(100, 50)  # node n0 sits at scene (0, 0)
    assert centre == scene.palette.colour("A")


def test_overview_layer_fades_the_nodes_the_focus_view_leaves_out(qapp):
    """Nodes of one group, kept and left out by the focus view: the kept ones in the
    group's colour, the others in that colour faded the same way."""
    scene = CanvasScene(_big(40))
    scene.set_focus(["n0", "n4"])
    scene.set_overview(True)
    image = QImage(1000, 300, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 1000, 300), QRectF(-100, -50, 1000, 300))
    painter.end()
    kept = [image.pixelColor(100 + 200 * k, 50) for k in (0, 4)]   # n0 and n4 (group A)
    faded = [image.pixelColor(500, 50), image.pixelColor(100, 170)]  # n2, n20 (group A)
    assert kept == [scene.palette.colour("A")] * 2
    assert faded[0] == faded[1] != kept[0] and faded[0].lightness() > kept[0].lightness()



def test_a_selected_node_the_focus_view_leaves_out_is_marked_faded(qapp):
    """The story on a zoomed-out map: the selected node, left out of the chapter, stood
    as a solid blue bar without a name, the boldest thing on the map. Its selection mark
    fades with it; a kept selected node keeps the full mark."""
    scene = CanvasScene(_big(40))
    scene.set_focus(["n0", "n4"])
    scene.set_overview(True)
    scene.select(["n0", "n2"])
    image = QImage(1000, 300, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 1000, 300), QRectF(-100, -50, 1000, 300))
    painter.end()
    selection = QColor(scene.colours.selection)
    assert image.pixelColor(100, 50) == selection                       # n0, kept
    left_out = image.pixelColor(500, 50)                                # n2, faded
    assert left_out != selection and left_out.lightness() > selection.lightness()

def test_new_tints_recolour_the_overview_without_rebuilding_it(qapp, monkeypatch):
    """A lever drag sets new tints many times a second: in overview mode only the fills
    of the nodes whose tint changed follow, and each is painted in its new tint."""
    from windtunnel.app.canvas.overview import OverviewLayer

    scene = CanvasScene(_big(40))
    scene.set_overview(True)

    def pixel(x, y):
        image = QImage(1000, 300, QImage.Format_ARGB32)
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 1000, 300), QRectF(-100, -50, 1000, 300))
        painter.end()
        return image.pixelColor(x, y)

    assert pixel(100, 50) == scene.palette.colour("A")          # built by this paint
    builds, build = [], OverviewLayer.build
    monkeypatch.setattr(OverviewLayer, "build",
                        lambda self, scene: builds.append(1) or build(self, scene))
    for step in range(200):                                     # a long drag's tints
        scene.set_tints({"n0": QColor(step, 40, 200), "n4": QColor(10, 200, 30)})
        assert pixel(100, 50) == QColor(step, 40, 200)
    assert pixel(900, 50) == QColor(10, 200, 30)
    assert pixel(300, 50) == scene.palette.colour("B")          # n1, untinted
    assert len(builds) == 1       # once: when the drag's stale colours were dropped


def _overview_image(scene, zoom: float, left: float = -200.0, top: float = -300.0) -> QImage:
    """Render the scene's overview layer at ``zoom`` (one scene unit = ``zoom`` pixels)."""
    image = QImage(400, 300, QImage.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 400, 300), QRectF(left, top, 400 / zoom, 300 / zoom))
    painter.end()
    return image


def _edge_pixels_in_column(image, x: int, colour) -> int:
    return sum(image.pixelColor(x, y) == colour for y in range(image.height()))


def test_overview_edges_end_in_arrow_heads_unless_far_out(qapp):
    """Zoomed out, an edge still shows its direction: a V at the target, none at the source."""
    model = Model.from_elements(nodes=[Node("a", "A", position=(0.0, 0.0)),
                                       Node("b", "B", position=(1000.0, 0.0))],
                                edges=[Edge("a", "b", 0.5)])
    scene = CanvasScene(model)
    scene.set_overview(True)
    colour = QColor(scene.colours.positive)
    zoom = 0.2
    image = _overview_image(scene, zoom)
    body_left = scene.node_items["b"].sceneBoundingRect().left() + 6   # the overview body
    body_right = scene.node_items["a"].sceneBoundingRect().right() - 13
    tip = round((body_left + 200) * zoom)
    # just behind the tip the column crosses the chord and both arms of the V
    assert _edge_pixels_in_column(image, tip - 6, colour) >= 3
    # where the edge leaves its source, and half way along, only the chord itself
    start = round((body_right + 200) * zoom)
    assert _edge_pixels_in_column(image, start + 6, colour) <= 2
    assert _edge_pixels_in_column(image, round((500 + 200) * zoom), colour) <= 2
    # far out, where a node is a few pixels across, no heads
    far = _overview_image(scene, ARROW_MIN_ZOOM * 0.9, left=-200.0, top=-3000.0)
    tip = round((body_left + 200) * ARROW_MIN_ZOOM * 0.9)
    assert all(_edge_pixels_in_column(far, x, colour) <= 2 for x in range(tip - 8, tip))


def test_pieces_in_rect_and_sub_curves():
    p0, c, p2 = (0.0, 0.0), (50.0, 100.0), (100.0, 0.0)
    pieces = pieces_in_rect(p0, c, p2, 0.0, 1.0, (-10, -10, 30, 200))
    assert len(pieces) == 1 and pieces[0][0] == 0.0
    end = bezier(p0, c, p2, pieces[0][1])
    assert math.isclose(end[0], 30.0, abs_tol=1e-6)
    middle = pieces_in_rect(p0, c, p2, 0.0, 1.0, (40, -10, 60, 200))
    assert len(middle) == 1 and 0.3 < middle[0][0] < middle[0][1] < 0.7
    start, control, stop = sub_curve(p0, c, p2, 0.25, 0.75)
    assert start == bezier(p0, c, p2, 0.25) and stop == bezier(p0, c, p2, 0.75)
    assert bezier(start, control, stop, 0.5) == bezier(p0, c, p2, 0.5)
    assert math.isclose(arc_length((0, 0), (5, 0), (10, 0), 0, 1), 10.0, rel_tol=1e-9)


def test_long_edges_are_clipped_to_the_view_when_painted(window):
    model = window.document.model
    model.add_node(Node("far", "Far away", position=(40000.0, 0.0)))
    model.add_edge(Edge("ban", "far", 0.9, delay=2))
    window.scene.flush()
    item = window.scene.edge_items[("ban", "far")]
    assert item.rect().width() > 39000

    def blue_pixels(source: QRectF) -> int:
        image = QImage(200, 400, QImage.Format_ARGB32)
        painter = QPainter(image)
        window.scene.render(painter, QRectF(0, 0, 200, 400), source)
        painter.end()
        wanted = window.scene.colours.positive
        return sum(image.pixelColor(x, y).name() == wanted
                   for x in range(0, 200, 2) for y in range(400))
    assert blue_pixels(QRectF(19900, -200, 200, 400)) > 20  # the curve's middle is drawn
    assert blue_pixels(QRectF(19900, 1000, 200, 400)) == 0  # nothing where it is not


def test_the_overview_is_kept_across_zooms_and_follows_nodes_moved_while_zoomed_in(window):
    """Zooming out again draws the overview built before (a big map's is built before the
    window shows it) unless nodes moved meanwhile: then it is drawn where they are now."""
    from windtunnel.app.canvas.overview import _body
    from windtunnel.app.document import Document

    window.set_document(Document(_big()))
    view, scene = window.view, window.scene
    layer = scene._overview_layer
    view.set_zoom(0.2)
    view.viewport().repaint()
    assert scene.overview and layer.built
    lines = layer._lines
    view.set_zoom(1.0)
    view.set_zoom(0.2)
    assert layer._lines is lines                       # kept: nothing changed
    view.set_zoom(1.0)
    window.editor.move({"n0": (0.0, 0.0)}, {"n0": (-300.0, -300.0)})
    QApplication.processEvents()                       # the edges follow in the next turn
    view.set_zoom(0.2)
    view.viewport().repaint()
    item = scene.node_items["n0"]
    assert layer.built and layer._rects[layer._node_at["n0"]][1] == _body(item)
    assert item.pos().toTuple() == (-300.0, -300.0)


def _drawn(scene) -> tuple[list, list, list]:
    """What the overview draws over the whole map: its lines and node bodies by colour,
    and its arrow heads' tips (each sorted)."""
    layer = scene._overview_layer
    lines = sorted((layer._pens[pen].color().name(QColor.HexArgb),
                    (line.x1(), line.y1(), line.x2(), line.y2()))
                   for pen, line in layer._lines if line is not None)
    bodies = sorted((layer._brushes[brush].name(QColor.HexArgb), box.getRect())
                    for brush, box in layer._rects if box is not None)
    heads = sorted(head[:2] for index, head in layer._heads.items()
                   if layer._lines[index][1] is not None)
    return lines, bodies, heads


def _zoomed_out_counting_builds(model, monkeypatch) -> tuple[CanvasScene, list]:
    """A scene of ``model`` zoomed out, its overview built, and a list that counts the
    overview's rebuilds from then on."""
    from windtunnel.app.canvas.overview import OverviewLayer

    scene = CanvasScene(model)
    scene.set_overview(True)
    scene._overview_layer.build(scene)
    builds, build = [], OverviewLayer.build
    monkeypatch.setattr(OverviewLayer, "build",
                        lambda self, scene: builds.append(1) or build(self, scene))
    return scene, builds


def test_the_overview_follows_added_and_removed_nodes_and_edges_without_a_rebuild(
        qapp, monkeypatch):
    """An edit on a big map zoomed out (a node or edge added or deleted, an undo) changes
    the overview's entries for those alone: what it draws is what a rebuild would draw."""
    from windtunnel.app.canvas.overview import OverviewLayer

    model = _big(40)
    scene, builds = _zoomed_out_counting_builds(model, monkeypatch)
    model.add_node(Node("new", "New", group="A", position=(300.0, 400.0)))
    model.add_edge(Edge("new", "n3", -0.4))
    model.add_edge(Edge("n5", "new", 0.7))
    removal = model.remove("node", "n2")
    model.remove("edge", ("new", "n3"))
    model.restore(removal)
    assert builds == [] and scene._overview_layer.built        # kept, not dropped
    drawn = _drawn(scene)
    fresh = OverviewLayer()
    fresh.build(scene)
    scene._overview_layer = fresh
    assert drawn == _drawn(scene)
    assert len(drawn[1]) == 41 and len(drawn[0]) == 2 * len(model.edges)


def test_the_overview_follows_weights_labels_and_groups_without_a_rebuild(qapp, monkeypatch):
    """A new weight (another sign: another colour), label, kind or group on a big map
    zoomed out changes the overview's entries for that edge or node alone, and the layer
    draws what a rebuild would: the same lines, bodies and heads, and where edges of two
    colours cross, the same colour on top (the first edge's sign decides which)."""
    from windtunnel.app.canvas.overview import OverviewLayer

    model = _big(40)
    for k in range(18):                     # pairs of edges of opposite signs crossing
        model.add_edge(Edge(f"n{k}", f"n{k + 21}", 0.5))       # between the two rows
        model.add_edge(Edge(f"n{k + 1}", f"n{k + 20}", -0.5))
    scene, builds = _zoomed_out_counting_builds(model, monkeypatch)
    assert model.edge("n0", "n1").weight < 0           # the first edge: negative drawn first
    model.update_edge("n0", "n1", weight=0.8)          # now positive first
    model.update_edge("n2", "n3", weight=0.0)          # a colour the map did not have
    model.replace("node", replace(model.node("n5"), kind="actor",
                                  label="A much longer label that takes more lines"))
    model.update_node("n6", group="B")
    assert builds == [] and scene._overview_layer.built
    drawn, picture = _drawn(scene), _overview_image(scene, 0.1, -100.0, -100.0)
    scene._overview_layer = OverviewLayer()             # built afresh when painted
    assert picture == _overview_image(scene, 0.1, -100.0, -100.0)
    assert drawn == _drawn(scene)


def _big_map_zoomed_out():
    """The benchmarks' map of 1,000 nodes and 4,000 long edges (its node bodies overlap),
    and a view of it zoomed out on its middle, painted."""
    import sys
    from pathlib import Path

    from windtunnel.app.canvas import CanvasView

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from bench_io_models import big_model

    model = big_model(nodes=1000, edges=4000)
    view = CanvasView()
    view.setScene(CanvasScene(model))
    view.resize(700, 400)
    view.show()
    view.set_zoom(0.25)
    view.centerOn(view.scene().node_items["n500"])
    view.settle()
    view.viewport().grab()
    assert view.scene().overview
    return model, view


def test_a_new_weight_on_a_big_map_zoomed_out_shows_the_map_as_drawn_whole(qapp):
    """The edge's new colour is drawn over the whole overview again, not over its own area
    alone: a repaint of that area clips the long edges across its border and leaves some
    of their pixels other than those of the map drawn whole."""
    model, view = _big_map_zoomed_out()
    for edge in model.edges[:3]:
        model.update_edge(*edge.key, weight=-edge.weight)
    QApplication.processEvents()
    edited = view.viewport().grab().toImage()
    view.resetCachedContent()
    assert edited == view.viewport().grab().toImage()


def test_edits_on_a_big_map_zoomed_out_repaint_their_area_as_the_map_drawn_whole(qapp):
    """Edges and nodes added, moved or deleted one after another repaint only their own
    area of the zoomed-out map, and what shows then is the map drawn whole: where node
    bodies overlap, the same colour is on top in a repaint of any area (it was the colour
    met first in that area, so an edit's repaint left other bodies on top)."""
    model, view = _big_map_zoomed_out()
    x, y = model.node("n500").position
    edits = [lambda k=k: model.add_edge(Edge(f"n{500 + k}", f"n{900 - 37 * k}", 0.5))
             for k in range(3)]
    edits += [lambda k=k: model.move_nodes({f"n{510 + k}": (x + 40 * k, y + 50)})
              for k in range(2)]
    edits += [lambda: model.add_node(Node("new", "New", position=(x + 30, y + 60))),
              lambda: model.remove("node", "n520"), lambda: model.remove("edge", ("n500", "n900"))]
    for edit in edits:
        edit()
        QApplication.processEvents()
        view.viewport().grab()                        # the edit's area is repainted alone
    edited = view.viewport().grab().toImage()
    view.resetCachedContent()
    assert edited == view.viewport().grab().toImage()


def test_the_overview_files_a_moved_or_deleted_entry_only_where_it_is_now(qapp, monkeypatch):
    """A node dragged to and fro on a big map zoomed out leaves the overview's grid cells
    it passed (they held every place it had been until the next rebuild, a drag across
    the map making every repaint there look at all of its edges again): after many moves
    and a deletion the grid holds what a fresh build would."""
    from windtunnel.app.canvas.overview import OverviewLayer

    model = _big(60)
    scene, builds = _zoomed_out_counting_builds(model, monkeypatch)
    for step in range(40):                     # n30 and its two edges, to and fro
        model.move_nodes({"n30": (2000.0 * (step % 5), 1500.0 * (step % 3))})
        scene.flush()
    model.remove("edge", ("n10", "n11"))
    model.remove("node", "n20")

    def filed(layer) -> set:
        """Each cell with the chords and bodies filed there (None: a deleted one's)."""
        lines = {(cell, line and line.toTuple()) for cell, (line_ids, _) in
                 layer._grid.items() for line in (layer._lines[i][1] for i in line_ids)}
        bodies = {(cell, box and box.getRect()) for cell, (_, node_ids) in
                  layer._grid.items() for box in (layer._rects[i][1] for i in node_ids)}
        return lines | bodies

    layer = scene._overview_layer
    assert builds == [] and layer.built
    fresh = OverviewLayer()
    fresh.build(scene)
    assert filed(layer) == filed(fresh)
    assert sum(len(lines) + len(nodes) for lines, nodes in layer._grid.values()) \
        == sum(len(lines) + len(nodes) for lines, nodes in fresh._grid.values())
