"""Workshop mode's big map labels on the bundled model, in English, Japanese and
Chinese: each label's text lies inside its box with a margin (a Chinese or Japanese line
is taller than a Latin one), two labels keep a gap between them, no label covers another
node (but the objectives', named whatever they cover), and
a name is whole where a wider box or a third line holds it; where the focus view moves or
drops a label, its old box is painted over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas.laid_text import CentredText
from windtunnel.model import translated

from app.painting import Painted

from .conftest import bundled_in


def _workshop_labels(window, analysis, qtbot, size):
    """The map labels of the window at ``size`` in workshop mode, the map fitted."""
    analysis.workshop.set_active(True)
    window.resize(*size)
    view = window.view
    QApplication.processEvents()
    view.fit()
    QApplication.processEvents()
    view.viewport().grab()
    labels = view.map_labels
    qtbot.waitUntil(lambda: bool(labels.placed))
    return view, labels


def _body(view, node_id: str) -> QRectF:
    item = view.scene().node_items[node_id]
    return QRectF(view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect())


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_workshop_labels_hold_their_text_keep_apart_and_cover_no_node(workspace, qtbot, tag,
                                                                       size):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        view, labels = _workshop_labels(window, analysis, qtbot, size)
        font = labels.font()
        margin = 0.1 * font.pixelSize()
        gap = 0.15 * font.pixelSize()
        viewport = QRectF(view.viewport().rect())
        bodies = {node_id: _body(view, node_id) for node_id in view.scene().node_items}
        scene = view.scene()
        named = {o.node for o in scene.model.objectives}
        problems = []
        for label in labels.placed:
            laid = CentredText(label.text, font, view.viewport())
            if laid.height + 2 * margin > label.box.height():
                problems.append((label.text, "text taller than its box", laid.height,
                                 label.box.height()))
            # a name cut with an ellipsis (a crowded map names every node on one short
            # line first) is its node's own name, shortened at its end, or in its middle
            # where two names would read alike
            whole = " ".join(translated(scene.model.node(label.node_id), "label").split())
            head, cut, tail = label.text.partition("\u2026")
            if cut and not (whole.startswith(head.rstrip()) and whole.endswith(tail.lstrip())):
                problems.append((label.text, "cut from another name", whole))
            for other in labels.placed:
                if other is not label and \
                        label.box.adjusted(-gap, -gap, gap, gap).intersects(other.box):
                    problems.append((label.text, "touches", other.text))
            for node_id, body in bodies.items():
                if label.node_id in named:
                    break           # named whatever it covers (as little as it can)
                if node_id != label.node_id and body.intersects(viewport) and \
                        label.box.adjusted(1, 1, -1, -1).intersects(body):
                    problems.append((label.text, "covers", node_id))
        assert not problems, problems[:6]
        # the fitted map of a laptop still names the most important nodes; a large screen
        # names nearly all
        assert len(labels.placed) >= (35 if size[0] >= 1920 else 6)


def test_the_focus_view_paints_over_the_boxes_of_the_labels_it_moves(workspace, qtbot):
    # fading the nodes off the focused routes changes only their pixels, but the labels
    # are placed again: one that moved or went away must not stay drawn where it was
    # (on a projector it read "Security resty research capacitpacity")
    with bundled_in(workspace, qtbot, "en") as (window, analysis):
        view, labels = _workshop_labels(window, analysis, qtbot, (1024, 768))
        QApplication.processEvents()
        view.viewport().repaint()           # the whole map painted, its labels placed
        before = {(label.node_id, label.box.getRect()) for label in labels.placed}
        painted = Painted(view.viewport())
        analysis.focus.set_active(True)
        qtbot.waitUntil(lambda: {(label.node_id, label.box.getRect())
                                 for label in labels.placed} != before)
        now = {(label.node_id, label.box.getRect()) for label in labels.placed}
        left = [(node_id, QRectF(*box).toAlignedRect()) for node_id, box in before - now]
        assert left          # the focus view does move labels on the fitted bundled map
        qtbot.waitUntil(lambda: all(painted.covers(box) for _node_id, box in left))
        analysis.focus.set_active(False)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_no_node_is_left_an_empty_box_beside_its_own_label(workspace, qtbot, size):
    # in Hong Kong Chinese, the levers unfolded, "中美互信" was named just above its node
    # (its own body, bigger than the name, a gap too near a neighbour's name), the body
    # under it an empty box: a label its node's body holds now sits on that body
    with bundled_in(workspace, qtbot, "zh-HK") as (window, analysis):
        analysis.workshop.set_active(True)
        analysis.workshop.set_levers_folded(False)
        view, labels = _workshop_labels(window, analysis, qtbot, size)
        empty = []
        for label in labels.placed:
            body = label.leader or label.beside
            if body is not None and label.box.width() <= body.width() and \
                    label.box.height() <= body.height():
                empty.append((label.text, label.box.getRect(), body.getRect()))
        assert labels.placed and not empty, empty
