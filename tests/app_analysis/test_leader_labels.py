"""A node whose map label stands a little way off on a leader line: its body, a bare
tinted box the size of a label on a fitted map, read as an empty label with the line
ending at its edge; the line now goes on into the middle of the body and ends in a dot,
as a stub from a label beside its node does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import bundled_in, settle


@pytest.mark.parametrize("tag, size", [("ja", (1024, 768))])  # a crowded map: leaders
def test_a_leader_line_ends_in_a_dot_in_its_nodes_body(workspace, qtbot, tag, size):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        _leaders_end_in_dots(window, analysis, qtbot, size)


def _leaders_end_in_dots(window, analysis, qtbot, size) -> None:
    window.resize(*size)
    QApplication.processEvents()
    window.view.fit()
    settle(qtbot, analysis)
    image = window.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    placed = window.view.map_labels.placed
    leaders = [label for label in placed if label.leader is not None   # bodies in sight
               and not any(other.box.intersects(label.leader) for other in placed)]
    assert leaders
    for label in leaders:
        centre = label.leader.center()
        dark = [image.pixelColor(round((centre.x() + dx) * ratio),
                                 round((centre.y() + dy) * ratio)).lightness() < 140
                for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        assert all(dark), (label.node_id, label.text)
