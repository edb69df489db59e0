"""The Results dock narrow and short (256 x 148 on a 1024 x 768 projector, beside the
Explore dock or floated): no tab scrolls sideways. Rows of controls wrap (the scenario
matrix's filter, choice and boxes; the scorecard's buttons; the sensitivity's objective
and button; the chokepoints' outcome and button), the sensitivity's lever table goes
under its charts instead of beside them, and the Why? tree's bars give way to its names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.tornado import SIDE_BY_SIDE

from .conftest import bundled_in, settle

#: The Results dock's contents at their narrowest and shortest (seen in a real window).
WIDTH, HEIGHT = 256, 148
TABS = ("matrix", "scorecard", "why", "structure", "sensitivity")


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN"])
def test_no_results_tab_scrolls_sideways_in_a_narrow_short_dock(workspace, qtbot, tag):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        panel = analysis.results_panel
        panel.setFixedSize(WIDTH, HEIGHT)
        for name in TABS:
            panel.show_tab(name)
            settle(qtbot, analysis)
            QApplication.processEvents()
            page = panel.pages[name]
            assert page.horizontalScrollBar().maximum() == 0, (name, page.widget().width(),
                                                               page.viewport().width())
        panel.show_tab("why")                              # its tree: names, not bars
        window.scene.select(nodes=[analysis.controller.model.objectives[0].node])
        panel.why.ask()
        qtbot.waitUntil(lambda: panel.why.breakdown is not None)
        QApplication.processEvents()
        tree = panel.why.tree
        assert tree.topLevelItemCount() and tree.horizontalScrollBar().maximum() == 0
        panel.show_tab("sensitivity")
        QApplication.processEvents()
        tornado = panel.tornado
        assert tornado.width() < SIDE_BY_SIDE and tornado.split.orientation() == Qt.Vertical
        panel.setFixedSize(1000, 300)                      # a wide dock: side by side
        QApplication.processEvents()
        assert tornado.split.orientation() == Qt.Horizontal


def test_the_sensitivity_levers_read_whole_beside_the_charts_on_a_projector(bundled, qtbot):
    """The Results dock under the map at 1024 x 768 (730 pixels wide): the lever table
    beside the charts had 216 pixels, and either the names ("Decentra...") or the
    figures ("+0...") were cut. It is as wide as its figures and its longest word need."""
    from .conftest import run_sensitivity

    window, analysis = bundled
    panel = analysis.results_panel
    panel.setFixedSize(730, 300)
    model = analysis.controller.model
    view = run_sensitivity(qtbot, analysis, model.scenarios[1].id, model.objectives[0].id)
    QApplication.processEvents()
    assert view.split.orientation() == Qt.Horizontal
    table = view.lever_table
    header = table.horizontalHeader()
    for c in (1, 2, 3):                                   # every figure whole
        assert header.sectionSize(c) >= table.sizeHintForColumn(c), c
    longest = max(table.fontMetrics().horizontalAdvance(word)
                  for r in range(table.rowCount())
                  for word in table.item(r, 0).text().replace("-", "- ").split())
    assert header.sectionSize(0) > longest
    assert table.horizontalScrollBar().maximum() == 0
