"""The disagreement lens: bands under the edges participants disagree on, rings on sign
conflicts, switched from the Participants dock and kept up to date."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas.curves import distance
from windtunnel.app.document import Document
from windtunnel.app.participants_lens import LENS_COLOUR, MIN_RING_PIXELS, lens_marks
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .across_edge import beside, pixels_across

VOICES = "ai-export-controls-2026-voices.wtm"


def test_lens_marks_scale_bands_by_spread_and_find_conflicts():
    model = load(bundled_model(VOICES))
    bands, conflicts = lens_marks(model)
    sizes = dict(bands)
    assert max(sizes.values()) == 1.0
    assert max(sizes, key=sizes.get) == ("restricted-access", "misuse-risk")
    assert conflicts == []
    voice = model.participant("china-daily-op")
    model.update_participant("china-daily-op", ratings=tuple(
        replace(r, term="+M") if r.key == ("export-controls", "restricted-access") else r
        for r in voice.ratings))
    assert lens_marks(model)[1] == [("export-controls", "restricted-access")]
    assert lens_marks(load(bundled_model())) == ([], [])


def test_the_dock_switches_the_lens_and_it_follows_changes(window, qtbot):
    model = load(bundled_model(VOICES))
    window.set_document(Document(model))
    QApplication.processEvents()
    panel = window.extensions["participants"]
    assert panel.lens.scene() is window.scene and not panel.lens.isVisible()
    panel.show_lens.setChecked(True)
    assert panel.lens.isVisible() and panel.lens_legend.isVisibleTo(panel)
    # the three edges two or more voices rated
    assert {key for key, _size in panel.lens.bands} == {
        ("export-controls", "restricted-access"), ("export-controls", "safety-credibility"),
        ("restricted-access", "misuse-risk")}
    voice = model.participant("china-daily-op")
    model.update_participant("china-daily-op", ratings=tuple(
        replace(r, term="+M") if r.key == ("export-controls", "restricted-access") else r
        for r in voice.ratings))                 # not an undo step: shown in the next turn
    qtbot.waitUntil(lambda: panel.lens.conflicts == [("export-controls", "restricted-access")])
    image = QImage(400, 300, QImage.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    window.scene.render(painter)                 # paints bands and rings without error
    painter.end()
    window.set_document(Document(load(bundled_model())))     # no participants: nothing
    QApplication.processEvents()
    assert panel.lens.scene() is window.scene and panel.lens.bands == []
    assert not panel.show_lens.isEnabled()


def _with_a_conflict(window):
    """Open the voices' model in ``window`` with one voice saying the export controls raise
    restricted actors' access: the room disagrees on that edge's sign. The model."""
    model = load(bundled_model(VOICES))
    window.set_document(Document(model))
    QApplication.processEvents()
    voice = model.participant("china-daily-op")
    model.update_participant("china-daily-op", ratings=tuple(
        replace(r, term="+M") if r.key == ("export-controls", "restricted-access") else r
        for r in voice.ratings))
    return model


def test_the_lens_stays_visible_when_the_map_is_zoomed_out(window, qtbot):
    """At the fitted zoom of a big map (about a quarter), the narrowest band is still several
    pixels wide, and a sign conflict's ring about twenty pixels across."""
    _with_a_conflict(window)
    panel = window.extensions["participants"]
    view = window.view
    view.set_zoom(0.26)
    view.settle()

    def grab(lens_on: bool):
        panel.show_lens.setChecked(lens_on)
        QApplication.processEvents()
        return view.viewport().grab().toImage()

    key, _size = min(panel.lens.bands, key=lambda band: band[1])
    item = window.scene.edge_items[key]
    view.centerOn(beside(item, 0.0, 0.3))
    view.settle()
    plain, lens = grab(False), grab(True)
    assert panel.lens.conflicts == [("export-controls", "restricted-access")]

    def changed(pixel, colour):
        return colour.rgb() != plain.pixel(pixel.x(), pixel.y())
    # nodes and their labels cover stretches of the band: its widest showing place
    assert max(pixels_across(view, item, lens, changed, t / 10) for t in range(2, 9)) >= 6
    # the ring, painted alone
    conflict = window.scene.edge_items[("export-controls", "restricted-access")]
    image = QImage(100, 100, QImage.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(50, 50)
    painter.scale(0.26, 0.26)
    painter.translate(-conflict.midpoint)
    panel.lens.rings.paint(painter, None)
    painter.end()
    ring = [x for x in range(100) if image.pixelColor(x, 50).alpha() > 0]
    assert max(ring) - min(ring) >= 18


@pytest.mark.parametrize("zoom", [1.0, 0.26])
def test_a_conflict_s_ring_shows_above_a_node_on_its_edge(window, qtbot, zoom):
    """A node lying on the middle of an edge with a sign conflict does not hide the lens's
    ring: the ring, above the node's box (and, zoomed out, above the map label the view
    draws over it), shows its amber all round."""
    model = _with_a_conflict(window)
    panel = window.extensions["participants"]
    panel.show_lens.setChecked(True)
    qtbot.waitUntil(lambda: panel.lens.conflicts == [("export-controls", "restricted-access")])
    conflict = window.scene.edge_items[("export-controls", "restricted-access")]
    middle = conflict.midpoint
    other = next(n.id for n in model.nodes if n.id not in ("export-controls", "restricted-access"))
    window.scene.node_items[other].setPos(middle)     # a node box over the ring
    view = window.view
    view.set_zoom(zoom)
    view.centerOn(middle)
    view.settle()
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    centre = view.mapFromScene(middle)
    amber, radius = QColor(LENS_COLOUR), max(11 * zoom, MIN_RING_PIXELS / 2)   # pixels
    on_ring = [QColor(image.pixel(round(centre.x() + radius * math.cos(a / 8 * math.pi)),
                                  round(centre.y() + radius * math.sin(a / 8 * math.pi))))
               for a in range(16)]
    assert sum(abs(c.red() - amber.red()) + abs(c.green() - amber.green())
               + abs(c.blue() - amber.blue()) < 60 for c in on_ring) >= 12


def test_a_selected_edges_label_stands_beside_its_conflict_ring(window, qtbot):
    """The ± ring sat on the middle of the selected edge's label ("+0.25 ±elay 1"): the
    label now stands to the ring's right while the lens shows, and centred again without."""
    _with_a_conflict(window)
    panel = window.extensions["participants"]
    panel.show_lens.setChecked(True)
    key = ("export-controls", "restricted-access")
    qtbot.waitUntil(lambda: panel.lens.conflicts == [key])
    item = window.scene.edge_items[key]
    item.setSelected(True)
    QApplication.processEvents()
    assert item.paints_itself
    scale = window.scene.view_scale
    radius = max(11.0, MIN_RING_PIXELS / 2 / scale)
    label = item.label_rect()
    assert label.left() > item.midpoint.x() + radius         # the ring's right, clear
    assert item.boundingRect().contains(label)               # and painted whole
    panel.show_lens.setChecked(False)
    QApplication.processEvents()
    label = item.label_rect()
    # centred again: on the curve, or beside it, at the spot nearest the middle whose box
    # covers no node (a node lies on this edge's middle)
    assert distance(*item.curve, label.center().toTuple()) <= label.height() + 1
    assert not [node for node in window.scene.node_items.values()
                if node.mapRectToScene(node.rect).intersects(label)]



def test_the_lens_marks_no_middles_in_a_scene_that_is_not_a_maps(qapp):
    """While a closing window frees its map, the lens's scene is a bare QGraphicsScene (its
    Python side gone): marking the rings' edges there printed an AttributeError."""
    from PySide6.QtWidgets import QGraphicsScene

    from windtunnel.app.participants_lens import DisagreementLens

    lens, bare = DisagreementLens(), QGraphicsScene()
    lens.scene = lambda: bare               # as a freed map's scene answers
    lens.conflicts = [("a", "b")]
    lens._mark_middles()
    assert not hasattr(bare, "marked_middles")
