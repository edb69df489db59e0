"""The map labels of a story told in workshop mode on a projector's 1024x768: with most
nodes faded (their names hidden), a name cut short beside its node takes the room
further out, whole, on a leader line, and no label comes near another or covers a node
the chapter shows (a faded one is the chapter's background, as for every label)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from .conftest import settle


def _chapter_labels(window, story, index: int) -> dict:
    story.turn(index - story.index)
    QApplication.processEvents()
    window.view.viewport().grab()
    return {label.node_id: label for label in window.view.map_labels.placed}


def _body(view, node_id: str) -> QRectF:
    item = view.scene().node_items[node_id]
    return QRectF(view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect())


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_story_names_whole_on_a_leader_line_what_it_cut_beside_its_node(
        bundled, qtbot, size):
    # before, "Unmet demand for US models" showed "Unme…" in the second round's chapter,
    # with room round it that the faded nodes' names left
    window, analysis = bundled
    analysis.workshop.set_active(True)
    window.resize(*size)
    QApplication.processEvents()
    window.view.fit()
    analysis.session.set_scenario("capability-dialogue")
    settle(qtbot, analysis)
    story, view = analysis.story, window.view
    story.set_active(True)
    gap = 0.15 * view.map_labels.font().pixelSize()
    leaders = 0
    for index in range(len(story.chapters)):
        labels = _chapter_labels(window, story, index)
        assert view.labels_by_view and labels
        if index == 2:
            unmet = labels["access-gap"]
            assert unmet.text.split() == "Unmet demand for US models".split()
            assert unmet.leader is not None
        for node_id, label in labels.items():
            leaders += label.leader is not None
            for other in labels.values():
                assert other is label or not label.box.adjusted(
                    -gap, -gap, gap, gap).intersects(other.box), (label.text, other.text)
            if label.leader is not None:
                inner = label.box.adjusted(1, 1, -1, -1)
                covered = [other for other, item in view.scene().node_items.items()
                           if other != node_id and item.opacity() == 1.0
                           and inner.intersects(_body(view, other))]
                assert not covered, (label.text, covered)
    assert leaders
    story.set_active(False)
