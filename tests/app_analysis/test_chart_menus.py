"""pyqtgraph's own context menus (View All, X axis, Mouse Mode, Export...) are English
and outside the product's catalogues: no chart offers them. Every chart of the window,
built, has its plot's and its view box's menus turned off, and a right click on it opens
no menu."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from .conftest import settle


def test_no_chart_offers_pyqtgraphs_english_menus(bundled, qtbot):
    window, analysis = bundled
    settle(qtbot, analysis)
    built = [analysis.results_panel.chart, analysis.results_panel.tornado,
             analysis.explore_view, analysis.results_panel.structure.dominance]
    assert all(view is not None for view in built)
    plots = window.findChildren(pg.PlotWidget)
    assert len(plots) >= 4
    for plot in plots:
        item = plot.getPlotItem()
        assert not item.menuEnabled() and not item.getViewBox().menuEnabled(), plot
    chart = analysis.results_panel.chart.plot
    analysis.results_panel.show_tab("charts")
    qtbot.waitExposed(chart)
    qtbot.mouseClick(chart.viewport(), Qt.RightButton, pos=QPoint(chart.width() // 2,
                                                                chart.height() // 2))
    QApplication.processEvents()
    assert not [m for m in QApplication.topLevelWidgets()
                if isinstance(m, QMenu) and m.isVisible()]
