"""A fitted view keeps room for the whole names its map labels show: the labels are drawn
in pixels, and fitting the nodes' rectangle with a margin in scene units cut the names of
the nodes at the view's edge ("Cloud…" on Kumu's blueprint at 1024x768)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas.fit_area import MARGIN_PX, NAMED_NODES, Extent, fitted_area
from windtunnel.app.document import Document
from windtunnel.io import import_model
from windtunnel.model import Model, Node

LOOKALIKE = Path(__file__).parents[1] / "data" / "real" / "lookalike"


def _node(x: float, y: float, width: float, height: float = 20.0) -> Extent:
    return Extent(QRectF(x - 75, y - 23, 150, 46), x, y, width, height)


def test_the_zoom_found_holds_every_label_and_no_larger_one_would():
    """Two nodes 1,000 units apart, labels 100 px wide, a view 400 px wide: at zoom s the
    content is 1000 s + 100 + 2 margins wide, so s = (400 - 100 - 24) / 1000."""
    extents = [_node(0, 0, 100), _node(1000, 0, 100)]
    zoom, area = fitted_area(extents, 400, 300, most=1.5)
    assert zoom == pytest.approx((400 - 100 - 2 * MARGIN_PX) / 1000, rel=1e-6)
    assert area.width() * zoom == pytest.approx(400, rel=1e-6)
    assert area.left() == pytest.approx(-(50 + MARGIN_PX) / zoom, rel=1e-6)
    # the plain fit (the nodes' rectangle, 40 units round it) zoomed in further, leaving a
    # label's half past its node's body outside the view
    plain = 400 / (1150 + 80)
    assert plain > zoom


def test_a_body_wider_than_its_label_and_the_zoom_cap_bound_the_fit():
    (zoom, area) = fitted_area([_node(0, 0, 10), _node(100, 0, 10)], 2000, 2000, most=1.5)
    assert zoom == 1.5
    assert area.contains(QRectF(-75, -23, 250, 46))


def test_labels_wider_than_the_view_leave_the_fit_to_the_nodes():
    assert fitted_area([_node(0, 0, 500)], 400, 300, most=1.5) is None
    assert fitted_area([], 400, 300, most=1.5) is None


def _kumu_window(window, width: int):
    window.set_document(Document(import_model(LOOKALIKE / "kumu_blueprint.json").model))
    window.resize(width, 768)
    QApplication.processEvents()
    view = window.view
    view.fit()
    QApplication.processEvents()
    view.viewport().grab()                # paints now, placing the map labels
    return view


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_names_at_the_edges_of_the_fitted_kumu_blueprint_are_whole(window, width):
    view = _kumu_window(window, width)
    assert view.labels_by_view
    scene = view.scene()
    placed = {label.node_id: label for label in view.map_labels.placed}
    inside = QRectF(view.viewport().rect())
    for node_id in (max(scene.node_items, key=lambda n: scene.node_items[n].x()),
                    min(scene.node_items, key=lambda n: scene.node_items[n].x())):
        label = placed[node_id]
        assert label.text.replace("\n", " ") == scene.node_items[node_id].node.label
        assert inside.contains(label.box)


def test_a_map_bigger_than_the_named_few_is_fitted_by_its_nodes(window):
    """A big map's names cannot all show at a fitted zoom: room for those at its edges
    would shrink its whole picture, so its fit is the nodes' rectangle as before."""
    nodes = [Node(f"n{i}", f"A long name of node {i}", position=(i % 7 * 300.0, i // 7 * 200.0))
             for i in range(NAMED_NODES + 1)]
    window.set_document(Document(Model.from_elements(title="grid", nodes=nodes)))
    view = window.view
    view.fit()
    plain = view.scene().nodes_bounding_rect().adjusted(-40, -40, 40, 40)
    room = view.viewport().rect().adjusted(2, 2, -2, -2)
    assert view.zoom == pytest.approx(min(room.width() / plain.width(),
                                          room.height() / plain.height()), rel=1e-3)
