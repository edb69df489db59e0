"""Every map of the PDF brief has a key beside its colour scale: the kinds of node by the
shapes the map draws them in (painted by the map's own node painter, as the window's
legend is), and the edges' signs by colour and a delay by its dashes, in the chosen
language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas import legend
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
        QApplication.translate("view", word) for word in ("positive", "negative", "delayed")]


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_each_map_of_the_brief_keys_its_kinds_and_edges(tag, window, qtbot,
                                                        english_afterwards):
    assert apply_language("en")
    english = _key_words()
    assert apply_language(tag)
    model = load(bundled_model())
    assert {node.kind for node in model.nodes} == set(KINDS)
    assert any(edge.delay for edge in model.edges)
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


def test_the_keys_shapes_are_drawn_by_the_maps_node_painter(window, qtbot, monkeypatch):
    drawn = []
    painter = legend.paint_node_shape

    def recording(p, kind, *args, **kwargs):
        drawn.append(kind)
        return painter(p, kind, *args, **kwargs)

    monkeypatch.setattr(legend, "paint_node_shape", recording)
    brief_pages(window, qtbot, load(bundled_model()), "access-suspension")
    assert drawn[:3] == list(KINDS)          # the first page's key, in the legend's order
    assert len(drawn) == 5 * len(KINDS)      # and each map page's
