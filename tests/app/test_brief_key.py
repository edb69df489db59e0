"""Every map of the PDF brief has a key beside its colour scale: the kinds of node by the
shapes the map draws them in (painted by the map's own node painter, as the window's
legend is), a node marked a lever by its dashed inner outline when the map has one, and
the edges' signs by colour and a delay by its dashes, in the chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from windtunnel.app.analysis.pages import PAGE_DPI, scale_room
from windtunnel.app.canvas import CanvasScene, legend
from windtunnel.app.canvas.style import kind_name
from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .brief_pages import brief_pages

pypdf = pytest.importorskip("pypdf")

KINDS = ("actor", "restriction", "factor")


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


def _key_words() -> list[str]:
    """The key's words in the current language."""
    return [kind_name(kind) for kind in KINDS] + [
        QApplication.translate("view", word) for word in ("lever", "positive", "negative",
                                                          "delayed")]


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_each_map_of_the_brief_keys_its_kinds_and_edges(tag, window, qtbot,
                                                        english_afterwards):
    assert apply_language("en")
    english = _key_words()
    assert apply_language(tag)
    model = load(bundled_model())
    assert {node.kind for node in model.nodes} == set(KINDS)
    assert any(edge.delay for edge in model.edges)
    assert any(node.lever and node.kind == "factor" for node in model.nodes)
    pages = brief_pages(window, qtbot, model, "access-suspension")
    words = _key_words()
    if tag != "en":
        assert not set(words) & set(english), words              # translated
    mapped = [page for page in pages if words[0] in page]
    assert len(mapped) == 5          # the first page's map and its four map pages
    for page in mapped:
        flat = "".join(page.split())
        missing = [word for word in words if "".join(word.split()) not in flat]
        assert not missing, (tag, missing)


def _recorded(monkeypatch) -> list[tuple[str, bool]]:
    """The shapes the key draws from now on (kind, with a lever's dashed outline), each
    drawn by the map's node painter."""
    drawn = []
    painter = legend.paint_node_shape

    def recording(p, kind, *args, lever=False, **kwargs):
        drawn.append((kind, lever))
        return painter(p, kind, *args, lever=lever, **kwargs)

    monkeypatch.setattr(legend, "paint_node_shape", recording)
    return drawn


def test_the_keys_shapes_are_drawn_by_the_maps_node_painter(window, qtbot, monkeypatch):
    drawn = _recorded(monkeypatch)
    brief_pages(window, qtbot, load(bundled_model()), "access-suspension")
    shapes = [(kind, False) for kind in KINDS] + [("factor", True)]   # a factor marked a lever
    assert drawn[:4] == shapes               # the first page's key, in the legend's order
    assert drawn == 5 * shapes               # and each map page's


def _key_shapes(model, monkeypatch) -> list[tuple[str, bool]]:
    """The shapes the key of ``model``'s map draws (kind, with a lever's dashed outline)."""
    drawn = _recorded(monkeypatch)
    scene = CanvasScene(model, None, dark=False)
    image = QImage(800, 300, QImage.Format_ARGB32)
    image.fill(0)
    p = QPainter(image)
    try:
        box = legend.paint_key(p, QPointF(0, 0), scene, 7.5)
        room = scale_room(scene) * 96 / PAGE_DPI          # what a page keeps under the map
    finally:
        p.end()
        scene.detach()
        scene.deleteLater()
    assert box.height() + 16 <= room
    return drawn


def test_the_key_marks_a_lever_only_when_the_map_has_one(qapp, monkeypatch):
    model = load(bundled_model())
    for node in model.nodes:
        if node.lever and node.kind != "restriction":
            model.update_node(node.id, lever=False)
    assert _key_shapes(model, monkeypatch) == [(kind, False) for kind in KINDS]
    model.update_node(next(n.id for n in model.nodes if n.kind == "actor"), lever=True)
    assert _key_shapes(model, monkeypatch)[3:] == [("actor", True)]   # as the lever is drawn
