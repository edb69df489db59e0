"""The Charts tab's level-axis title stays in view on a short dock (the Results dock at
2x scale showed only the top of the plot, the rest below the fold; the plot now takes the
height the tab shows)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QScrollArea

from .conftest import settle


def _shown_rect(plot, text: str) -> QRect:
    """Where the plot shows ``text`` (a visible text item of its scene), in the plot's
    viewport."""
    items = [item for item in plot.scene().items()
             if isinstance(item, QGraphicsTextItem) and item.isVisible()
             and item.toPlainText().strip() == text]
    assert len(items) == 1
    return plot.mapFromScene(items[0].sceneBoundingRect()).boundingRect()


def test_the_level_title_shows_whole_when_the_dock_shows_only_the_top_of_the_plot(
        bundled, qtbot):
    window, analysis = bundled
    analysis.results_panel.show_tab("charts")
    chart = analysis.results_panel.chart
    settle(qtbot, analysis)
    scroll = chart.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    scroll.setFixedHeight(chart.plot.y() + 80)      # room for 80 px of the plot
    QApplication.processEvents()
    seen = chart.plot.viewport().visibleRegion()
    assert not seen.isEmpty() and scroll.verticalScrollBar().maximum() == 0
    title = _shown_rect(chart.plot, "level")
    assert seen.boundingRect().contains(title)
    assert title.width() > title.height()           # one line, not turned on its side


def _title_points(chart) -> float:
    return float(chart.plot.getPlotItem().titleLabel.opts["size"].removesuffix("pt"))


def test_the_level_title_leaves_workshop_mode_in_the_windows_type_size(bundled, qtbot):
    """A scenario chosen in workshop mode (PageDown) draws the chart's curves again while
    the large type is on; leaving workshop mode gives the title the window's size again
    (it kept the projector's size, twice that of the ticks beside it)."""
    window, analysis = bundled
    analysis.results_panel.show_tab("charts")
    chart = analysis.results_panel.chart
    settle(qtbot, analysis)
    normal = _title_points(chart)
    analysis.workshop.set_active(True)
    analysis.session.step_scenario(1)
    settle(qtbot, analysis)
    assert _title_points(chart) > normal                 # the projector's size meanwhile
    analysis.workshop.set_active(False)
    settle(qtbot, analysis)
    assert _title_points(chart) == normal == chart.font().pointSizeF()
