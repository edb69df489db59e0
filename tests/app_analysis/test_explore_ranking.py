"""The ranking, Explore's answer, on a projector's dock: each option's share of futures
with every objective met stands in view beside its name, however long the names."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui

from .conftest import bundled_in, settle
from .test_explore_view import _explore_dock_in_front, explored


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_on_a_projector_the_ranking_shows_each_option_s_share_beside_its_name(
        workspace, qtbot, tag):
    """At 1024 pixels the Option column took its longest name's width (260 pixels of a
    250-pixel table): the shares, the answer, sat beyond the right edge. The names are cut
    to leave the "All met" column in view, each whole on hover."""
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        view, _ = _explore_dock_in_front(window, analysis, qtbot, 1024)
        explored(analysis, qtbot, futures=20)
        table, header = view.table, view.table.horizontalHeader()
        qtbot.waitUntil(lambda: table.viewport().width() < 400)
        settle(qtbot, analysis)
        shares = header.sectionViewportPosition(2) + header.sectionSize(2)
        assert shares <= table.viewport().width(), (shares, table.viewport().width())
        for row in range(table.rowCount()):
            name = table.item(row, 1)
            assert name.toolTip() == GuiQt.convertFromPlainText(name.text())
        table.setFixedWidth(900)                  # room for every name: none is cut
        qtbot.waitUntil(lambda: header.sectionSize(1) >= table.sizeHintForColumn(1))
