"""Map labels as the view changes size: a dock's edge dragged a few pixels (the fitted map
fitted again at each step) keeps every label where it was beside its node, with its text;
a zoom places them anew."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas import label_frame
from windtunnel.app.canvas.label_frame import KEPT, LabelScale
from windtunnel.app.canvas.map_labels import MapLabels
from windtunnel.app.files import open_document
from windtunnel.paths import bundled_model


def _fitted_bundled(window, dragged: bool = True):
    """The bundled map fitted in a laptop's window, a dock's edge held (``dragged``: a
    pointer button held, as while the edge is dragged) or not."""
    window.set_document(open_document(bundled_model())[0])
    window.resize(1366, 768)
    QApplication.processEvents()
    window.view.fit()
    window.view.settle()
    window.view.label_scale.held = lambda: dragged
    return window.view


def _resized(window, height: int):
    """The window ``height`` pixels high (the map's view with it), fitted again."""
    window.resize(window.width(), height)
    QApplication.processEvents()
    QApplication.processEvents()        # the refit, one turn later
    window.view.viewport().grab()


def _beside(view) -> dict[str, tuple]:
    """Each label as painted: its text and where its box's centre is from its node's."""
    view.viewport().grab()
    scene = view.scene()
    found = {}
    for label in view.map_labels.placed:
        centre = view.mapFromScene(scene.node_items[label.node_id].scenePos())
        found[label.node_id] = (label.text, round(label.box.center().x() - centre.x()),
                                round(label.box.center().y() - centre.y()))
    return found


def _alike(before: dict, after: dict) -> bool:
    """The same labels with the same texts, each as far from its node within a pixel."""
    return before.keys() == after.keys() and all(
        before[node][0] == after[node][0] and abs(before[node][1] - after[node][1]) <= 1
        and abs(before[node][2] - after[node][2]) <= 1 for node in before)


def _placed(view) -> list:
    view.viewport().grab()
    return [(label.node_id, label.text, label.box.getRect())
            for label in view.map_labels.placed]


def _from_scratch(view) -> list:
    return [(label.node_id, label.text, label.box.getRect())
            for label in MapLabels(view)._choose(view.scene())]


def test_a_dock_dragged_a_few_pixels_moves_no_label_beside_its_node(window):
    """The bundled map fitted on a laptop, its view made 2 to 12 pixels shorter (a dock's
    edge dragged): the map is smaller at each step, and its labels are where they were
    beside their nodes (before, a third of them changed side or text along the way)."""
    view = _fitted_bundled(window)
    first, zoom = _beside(view), view.zoom
    assert view.labels_by_view and len(first) > 20
    height = window.height()
    for step in range(2, 14, 2):
        _resized(window, height - step)
        assert view.zoom < zoom and _alike(first, _beside(view)), step
        zoom = view.zoom
    assert _placed(view) == _from_scratch(view)


@pytest.mark.parametrize("kept, step", [(KEPT, 3), (1.2, 8)])
def test_labels_kept_at_their_scale_stay_shown_while_dragged_and_apart_once_released(
        window, qtbot, monkeypatch, kept, step):
    """Up to the furthest a map is shrunk or grown with its labels kept (and further):
    while the dock's edge is held, every label of the placement stays shown with its
    text, in the view (before, a label the view's scale brought onto another was hidden
    until the drag moved on); released, no two labels overlap, each lies in the view and
    a label over its node covers its body."""
    monkeypatch.setattr(label_frame, "KEPT", kept)
    view = _fitted_bundled(window)
    held = [True]
    view.label_scale.held = lambda: held[0]
    height, checked, placed = window.height(), [], None
    for change in [*range(0, -10 * step - 1, -step), *range(0, 10 * step + 1, step)]:
        _resized(window, height + change)
        shown = {label.node_id: label.text for label in view.map_labels.placed}
        if view.label_scale.at(view.zoom) == view.zoom:     # placed anew at this scale
            placed = shown
            continue
        checked.append(view.zoom / view.label_scale.at(view.zoom))
        viewport = view.viewport().rect()
        assert shown == placed and all(viewport.contains(label.box.toAlignedRect().adjusted(
            1, 1, -1, -1)) for label in view.map_labels.placed), change
    assert min(checked) < 1 / (1 + (kept - 1) * 0.6) and max(checked) > 1 + (kept - 1) * 0.3
    assert view.map_labels.dragged
    held[0] = False
    qtbot.waitUntil(lambda: not view.map_labels.dragged)
    view.viewport().grab()
    labels = view.map_labels.placed
    assert labels and all(viewport.contains(label.box.toAlignedRect().adjusted(1, 1, -1, -1))
                          for label in labels)
    for index, label in enumerate(labels):
        assert not any(label.box.adjusted(0.5, 0.5, -0.5, -0.5).intersects(other.box)
                       for other in labels[index + 1:]), label.node_id
        item = view.scene().node_items[label.node_id]
        body = view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect()
        if label.beside is None and label.leader is None:
            assert label.box.contains(body.toRectF().adjusted(1, 1, -1, -1)), label.node_id


def test_a_view_narrowed_at_its_scale_keeps_its_labels_while_dragged(window, qtbot):
    """The bundled map zoomed in a little (its nodes reach the view's sides), a side
    dock's edge dragged: the view narrower, its scale the same (as a map whose scale its
    height sets). Every label stays shown with its text while the edge is held, all but
    those the view's edge comes up against as far from their nodes as they were (before,
    "Geofencing & loophole closing" at the view's edge was placed again as "Geofe…");
    released, the labels are placed for the view as it is, as from scratch."""
    view = _fitted_bundled(window)
    held = [True]
    view.label_scale.held = lambda: held[0]
    view.set_zoom(0.34)
    view.settle()
    first, zoom, width = _beside(view), view.zoom, window.width()
    assert view.labels_by_view and len(first) > 20
    for narrower in range(4, 100, 8):
        window.resize(width - narrower, window.height())
        QApplication.processEvents()
        QApplication.processEvents()
        now = _beside(view)
        assert view.zoom == zoom
        assert {node: text for node, (text, *_where) in now.items()} == \
            {node: text for node, (text, *_where) in first.items()}, narrower
        assert sum(now[node] != first[node] for node in first) <= 2, narrower
    assert view.map_labels.dragged
    held[0] = False
    qtbot.waitUntil(lambda: not view.map_labels.dragged)
    assert _placed(view) == _from_scratch(view)


def test_labels_keep_their_scale_while_dragged_until_the_view_goes_past_it():
    held = [True]
    scale = LabelScale(lambda: held[0])
    assert scale.at(0.5) == 0.5
    assert scale.at(0.5 * KEPT * 0.999) == 0.5 and scale.at(0.5 / KEPT * 1.001) == 0.5
    assert scale.at(0.5 * KEPT * 1.01) == 0.5 * KEPT * 1.01           # a zoom
    assert scale.at(0.5) == 0.5
    assert scale.at(0.51) == 0.5
    held[0] = False                                # the drag ends: the scale stays
    assert scale.at(0.51) == 0.5
    assert scale.at(0.505) == 0.505                # a change nobody drags: the view's


def test_a_view_resized_with_no_button_held_places_labels_at_its_own_scale(window):
    """At start-up (the window settling, the docks taking their shares) and after any
    resize nobody drags, the labels are placed at the view's own scale, as from scratch
    on a view that was never resized."""
    view = _fitted_bundled(window, dragged=False)
    height = window.height()
    for change in (-6, -12, 4):
        _resized(window, height + change)
        assert view.label_scale.at(view.zoom) == view.zoom
