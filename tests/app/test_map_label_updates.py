"""Map labels after an edit: only the labels near what changed are placed again, and the
placement is the one a placement from scratch makes."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas import label_frame, label_places, map_labels
from windtunnel.app.canvas.map_labels import MapLabels
from windtunnel.app.document import Document

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from canvas_models import big_model  # noqa: E402


def _painted(window) -> list:
    """Paint the map now; the labels it placed (node, text, box)."""
    QApplication.processEvents()
    window.view.viewport().grab()
    return [(label.node_id, label.text, label.box.getRect())
            for label in window.view.map_labels.placed]


def _from_scratch(window) -> list:
    fresh = MapLabels(window.view)
    return [(label.node_id, label.text, label.box.getRect())
            for label in fresh._choose(window.scene)]


def _zoomed_out(window, nodes: int = 400):
    window.set_document(Document(big_model(nodes, 3 * nodes, seed=3)))
    QApplication.processEvents()
    window.view.set_zoom(0.12)
    window.view.centerOn(1400, 900)
    window.view.settle()
    assert _painted(window) and window.view.labels_by_view
    return window


_EDITS = st.lists(st.tuples(st.sampled_from(["add", "delete", "move", "connect", "select",
                                              "rename", "undo", "resize", "zoom"]),
                            st.integers(0, 10_000), st.integers(0, 10_000)),
                  min_size=1, max_size=6)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_EDITS)
def test_after_any_edit_the_labels_are_those_placed_from_scratch(window, edits):
    """Edits, resizes and small zooms in any order: the labels placed again after each
    are those a placement from scratch makes."""
    _zoomed_out(window)
    editor, model = window.editor, window.document.model
    for what, a, b in edits:
        ids = [node.id for node in model.nodes]
        first, second = ids[a % len(ids)], ids[b % len(ids)]
        x, y = model.node(first).position
        if what == "add":
            editor.add_node((x + b % 300, y + a % 200))
        elif what == "delete":
            window.scene.select([first])
            editor.delete_selection()
        elif what == "move":
            editor.move({first: (x, y)}, {first: (x + a % 400 - 200, y + b % 300 - 150)})
        elif what == "connect" and first != second and model.edge(first, second) is None:
            editor.connect(first, second)
        elif what == "select":
            window.scene.select([first, second])
        elif what == "rename":
            editor.rename_node(first, f"Renamed {a} with a longer name than before")
        elif what == "undo":
            window.document.undo_stack.undo()
        elif what == "resize":                        # a dock dragged, the window resized
            window.resize(window.width() + a % 41 - 20, window.height() + b % 41 - 20)
        elif what == "zoom":            # a pinch's step, within the labels' scale or past it
            window.view.set_zoom(window.view.zoom * (1 + (a % 15 - 7) / 100))
            window.view.settle()
        assert _painted(window) == _from_scratch(window)


def _labels_in(made: list[tuple]) -> int:
    """How many labels the calls ``made`` to label_places placed (one per text each label
    may show: its whole name and its shortened one), told apart by their node's body."""
    return len({args[1].getRect() for args in made})


def test_an_edit_places_again_only_the_labels_near_it(window, monkeypatch):
    _zoomed_out(window, nodes=800)
    made = []
    real = label_places.label_places
    monkeypatch.setattr(map_labels, "label_places",
                        lambda *args: made.append(args) or real(*args))
    placed = _painted(window)
    assert not made                                   # nothing changed: nothing placed
    node = window.document.model.node(placed[len(placed) // 2][0])
    context = window.view.map_labels._context
    window.editor.add_node(node.position)              # beside it: the view stays
    after = _painted(window)
    labels = window.view.map_labels
    assert labels._context == context
    assert 0 < _labels_in(made) < len(labels._last) / 3      # of the labels it could place
    assert after == _from_scratch(window) and after != placed


def test_a_view_moved_a_little_places_again_only_the_labels_at_its_edges(window,
                                                                         monkeypatch):
    _zoomed_out(window, nodes=800)
    placed = _painted(window)
    made = []
    real = label_places.label_places
    monkeypatch.setattr(map_labels, "label_places",
                        lambda *args: made.append(args) or real(*args))
    window.view.pan(12, 0)
    window.view.settle()
    after = _painted(window)
    assert 0 < _labels_in(made) < len(window.view.map_labels._last) / 2
    assert after == _from_scratch(window)
    assert [box[0] for _, _, box in after][:3] != [box[0] for _, _, box in placed][:3]


def _counting_maps(window, monkeypatch) -> list:
    """A list that counts the mappings of nodes' bodies and centres (scene rectangles and
    points) to the labels' frame."""
    mapped = []
    for name in ("body_in_frame", "centre_in_frame"):
        real = getattr(label_frame, name)
        monkeypatch.setattr(label_frame, name, lambda what, scale, real=real:
                            mapped.append((what,)) or real(what, scale))
    return mapped


def test_an_edit_maps_to_the_view_only_the_node_it_changed(window, monkeypatch):
    """The labels' candidates keep their bodies on screen while the view keeps its scale:
    an added node is mapped (its body and its centre), the other 800 are not again."""
    _zoomed_out(window, nodes=800)
    placed = _painted(window)
    mapped = _counting_maps(window, monkeypatch)
    node = window.document.model.node(placed[len(placed) // 2][0])
    added = window.scene.node_items[window.editor.add_node(node.position)]
    after = _painted(window)
    around = added.sceneBoundingRect()
    assert mapped and all(around.contains(QRectF(what)) if isinstance(what, QRectF)
                          else around.contains(what) for (what,) in mapped)
    assert after != placed and after == _from_scratch(window)


def test_a_view_scrolled_by_whole_pixels_keeps_the_bodies_it_mapped(window, monkeypatch):
    """A scroll moves every rounded body by the same whole pixels: no node is mapped
    again, and the labels are those a placement from scratch makes; a zoom maps them all."""
    _zoomed_out(window, nodes=800)
    placed = _painted(window)
    mapped = _counting_maps(window, monkeypatch)
    window.view.pan(7, -3)
    window.view.settle()
    after = _painted(window)
    assert mapped == [] and after != placed
    assert after == _from_scratch(window)
    window.view.set_zoom(window.view.zoom * 0.9)
    window.view.settle()
    assert _painted(window) == _from_scratch(window) and len(mapped) > 400


def test_a_view_zoomed_in_maps_only_the_nodes_in_it_and_places_the_same_labels(
        window, monkeypatch):
    """Zoomed in on part of a big map, a placement maps the candidates in the view alone
    (two points each: body and centre), and its labels are those made from every
    candidate mapped, off the view or not."""
    from windtunnel.app.canvas.node_item import NodeItem

    _zoomed_out(window, nodes=800)
    view = window.view
    view.set_zoom(0.3)
    view.settle()
    mapped = _counting_maps(window, monkeypatch)
    placed = _painted(window)
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [item for item in window.scene.node_items.values()
               if item.sceneBoundingRect().intersects(seen)]
    assert placed and view.labels_by_view and len(in_view) < 200
    assert 0 < len(mapped) <= 2 * len(in_view) + 8       # and a few just off its edges
    everywhere = QRectF(-1e9, -1e9, 2e9, 2e9)
    monkeypatch.setattr(NodeItem, "sceneBoundingRect", lambda item: everywhere)
    assert placed == _from_scratch(window)
