"""A zoomed-out map: an edge is found a few pixels beside its curve, and a selected edge
glows wide enough to see, whatever the zoom."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.model import Edge, Model, Node

from conftest import make_small_model
from .across_edge import beside, pixels_across


def _zoomed_out(window, zoom: float):
    """The small map spread six times wider (its edges long enough to show beside the
    labels) at ``zoom``; its edge from the access ban to leakage."""
    small = make_small_model()
    nodes = [dataclasses.replace(node, position=(node.position[0] * 6, node.position[1] * 6))
             for node in small.nodes]
    window.set_document(Document(Model.from_elements(
        title=small.title, sources=small.sources, nodes=nodes, edges=small.edges,
        scenarios=small.scenarios, objectives=small.objectives)))
    QApplication.processEvents()
    window.view.set_zoom(zoom)
    window.view.centerOn(600, 450)
    window.view.settle()
    QApplication.processEvents()
    return window.scene.edge_items[("ban", "leak")]


def test_a_click_three_pixels_beside_an_edge_selects_it_when_zoomed_out(window):
    zoom = 0.26
    item = _zoomed_out(window, zoom)
    spot = beside(item, 3.0 / zoom)     # three screen pixels off the curve
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     window.view.mapFromScene(spot))
    assert window.scene.selected_edge_keys() == [("ban", "leak")]


@pytest.mark.parametrize("zoom", [0.16, 0.26, 1.0])
def test_a_click_five_pixels_beside_a_thin_edge_selects_it(window, zoom):
    """A click about 5 pixels off a thin edge found nothing (its reach was 4 pixels, on
    a 2x screen too: the reach is in logical pixels)."""
    item = _zoomed_out(window, zoom)
    for side in (1, -1):
        window.scene.clearSelection()
        spot = beside(item, side * 5.0 / zoom)
        QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                         window.view.mapFromScene(spot))
        assert window.scene.selected_edge_keys() == [("ban", "leak")], side


def _two_close_edges(window, zoom: float):
    """Two long level edges 8 pixels apart at ``zoom`` ("a" -> "b" above "c" -> "d"):
    a point between them lies within both pick bands."""
    gap = 8.0 / zoom
    nodes = [Node(key, key.upper(), position=position) for key, position in (
        ("a", (0.0, 0.0)), ("b", (2000.0, 0.0)), ("c", (0.0, gap)), ("d", (2000.0, gap)))]
    window.set_document(Document(Model.from_elements(
        title="Close edges", nodes=nodes, edges=[Edge("a", "b", 0.1), Edge("c", "d", 0.1)])))
    QApplication.processEvents()
    window.view.set_zoom(zoom)
    window.view.centerOn(1000, gap / 2)
    window.view.settle()
    QApplication.processEvents()
    return window.scene.edge_items[("a", "b")], window.scene.edge_items[("c", "d")]


@pytest.mark.parametrize("zoom", [0.26, 1.0])
def test_where_two_edges_pick_bands_overlap_a_click_selects_the_nearer(window, zoom):
    """A click 3 pixels off an edge selected its neighbour 5 pixels away, the one drawn
    on top; a right click names the nearer too."""
    upper, lower = _two_close_edges(window, zoom)
    for item, towards in ((upper, 1), (lower, -1)):
        window.scene.clearSelection()
        spot = beside(item, 0.0) + QPointF(0, towards * 3.0 / zoom)
        assert len(window.scene.items(spot)) >= 2           # within both bands
        QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                         window.view.mapFromScene(spot))
        assert window.scene.selected_edge_keys() == [item.key]
        assert window.scene.element_at(spot) == ("edge", item.key)


def test_where_two_edges_pick_bands_overlap_the_nearer_lights_up_under_the_pointer(window):
    upper, lower = _two_close_edges(window, 0.26)
    spot = beside(upper, 0.0) + QPointF(0, 3.0 / 0.26)    # 3 pixels off the upper edge
    QTest.mouseMove(window.view.viewport(), window.view.mapFromScene(spot))
    QApplication.processEvents()
    assert upper.toolTip() and not lower.toolTip()      # a hovered edge names itself


def test_a_click_well_away_from_the_edge_selects_nothing(window):
    zoom = 0.26
    item = _zoomed_out(window, zoom)
    spot = beside(item, 12.0 / zoom)
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     window.view.mapFromScene(spot))
    assert window.scene.selected_edge_keys() == []


def test_the_pick_band_keeps_to_a_few_pixels_when_zoomed_in(window):
    item = _zoomed_out(window, 2.0)
    spot = beside(item, 12.0)           # 24 pixels off at 200 %
    assert window.scene.element_at(spot) == ("", None)


def test_a_selected_edge_glows_several_pixels_wide_when_zoomed_out(window):
    zoom = 0.26
    item = _zoomed_out(window, zoom)
    item.setSelected(True)
    QApplication.processEvents()
    image = window.view.viewport().grab().toImage()
    background = QColor(image.pixel(2, 2))
    width = pixels_across(window.view, item, image, lambda _pixel, colour: abs(
        colour.red() - background.red()) + abs(colour.blue() - background.blue()) > 30)
    assert width >= 6, f"the selected edge is {width} pixels wide"



def _dark_rows(window, middle) -> set[int]:
    """The rows of the viewport's dark pixels (text) within 40 pixels across and 20 up and
    down of ``middle``."""
    image = window.view.viewport().grab().toImage()
    return {y for x in range(middle.x() - 40, middle.x() + 41)
            for y in range(middle.y() - 20, middle.y() + 21)
            if max(QColor(image.pixel(x, y)).getRgb()[:3]) < 90}


def test_a_selected_edge_s_weight_reads_at_the_fitted_zoom(window):
    """At a quarter of full size the weight label's 20 scene units would be 5 pixels: the
    selected edge draws it at least :data:`LABEL_PIXELS` tall, so its text ("+0.80", dark
    on the label's light box) spans several pixels from top to bottom, and it goes with
    the selection."""
    item = _zoomed_out(window, 0.26)
    item.setSelected(True)
    QApplication.processEvents()
    middle = window.view.mapFromScene(item.midpoint)
    rows = _dark_rows(window, middle)
    assert rows and max(rows) - min(rows) + 1 >= 8, sorted(rows)
    item.setSelected(False)
    QApplication.processEvents()
    assert not _dark_rows(window, middle), "the label stays after the edge is deselected"
