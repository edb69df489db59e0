"""Explore on a 1024 x 768 projector: the dock shares the window's bottom with Results and
shows about 260 px; the levers to explore and the ranking come right under the buttons,
with room for several rows, and the rest is a scroll away (never squeezed). On a 1366 x
768 laptop, after a run, nothing scrolls: the charts are whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import bundled_in, run_small_exploration, settle

#: The Explore dock's scrolled page on a 1024 x 768 screen (seen in a real window).
DOCK_WIDTH, DOCK_HEIGHT = 730, 258


def _shown_height(widget) -> int:
    """How many pixels of ``widget`` the dock shows at its scroll position."""
    return widget.visibleRegion().boundingRect().height()


def _projector_dock(qtbot, analysis):
    """The Explore dock's scroll area in front, as large as on a 1024 x 768 projector."""
    settle(qtbot, analysis)
    analysis.explore_dock.raise_()
    area = analysis.explore_dock.widget()
    area.setFixedSize(DOCK_WIDTH, DOCK_HEIGHT)
    QApplication.processEvents()
    return area


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_explore_on_a_projector_shows_several_lever_rows_and_the_ranking(workspace, qtbot,
                                                                         tag):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        area = _projector_dock(qtbot, analysis)
        view = analysis.explore_view
        area.verticalScrollBar().setValue(0)
        QApplication.processEvents()
        rows = view.levers.verticalHeader()
        shown_rows = _shown_height(view.levers.viewport()) / rows.sectionSize(0)
        assert shown_rows >= 3.5, f"{shown_rows:.1f} lever rows in view"
        rows = view.table.verticalHeader().defaultSectionSize()
        assert view.table.minimumHeight() >= 2 * rows     # the ranking's header and first
        assert _shown_height(view.table) >= view.table.minimumHeight()   # rows, whole
        # nothing a scroll away: the charts stood below the fold (rows a line tall in the
        # ranking give them its height)
        assert area.verticalScrollBar().maximum() == 0
        assert _shown_height(view.intro) == view.intro.height()   # the note, whole
        assert _shown_height(view.charts) == view.charts.height()


#: The Explore dock's scrolled page on a 1366 x 768 laptop (seen in a real window,
#: tests/realwindow/runs_probe.py; a run leaves it that size): its choices take two rows.
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1059, 258
#: The shortest page seen: a 1024 x 768 projector's dock under a taller map.
SHORT_HEIGHT = 200


def _ranking_rows_shown(view) -> float:
    """How many of the ranking's rows the dock shows, whole or not."""
    table = view.table
    return _shown_height(table.viewport()) / table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("tag, size", [("ja", (DOCK_WIDTH, SHORT_HEIGHT)),
                                       ("ja", (DOCK_WIDTH, DOCK_HEIGHT)),
                                       ("zh-CN", (LAPTOP_WIDTH, LAPTOP_HEIGHT))])
def test_after_a_run_the_ranking_takes_the_dock_and_the_settings_fold_away(
        workspace, qtbot, tag, size):
    """The ranking showed its header only on a projector (the settings' rows, the note and
    the boxes took the height): after a run the settings fold into a line that sums them
    up, the note and boxes have their own tab, and five rows of the ranking show at least,
    without scrolling the dock; Settings opens the settings again."""
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        analysis.explore_dock.raise_()
        area = analysis.explore_dock.widget()
        area.setFixedSize(*size)
        view = run_small_exploration(qtbot, analysis)
        area.verticalScrollBar().setValue(0)
        QApplication.processEvents()
        assert _ranking_rows_shown(view) >= 5, f"{_ranking_rows_shown(view):.1f} rows"
        assert not view.futures.isVisible() and view.summary.isVisible()
        assert "20" in view.summary.text()
        assert view.charts.currentWidget() is view.findings      # what was found, in front
        view.settings_button.click()
        assert view.futures.isVisible() and not view.summary.isVisible()


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN"])
def test_explore_on_a_laptop_shows_the_trade_off_whole_after_a_run(workspace, qtbot, tag):
    """The trade-off chart's across axis stood 40 px below the fold, under the note: the
    charts reach the dock's bottom."""
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        analysis.explore_dock.raise_()
        area = analysis.explore_dock.widget()
        area.setFixedSize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
        view = analysis.explore_view
        view.charts.setCurrentWidget(view.trade_off)
        view = run_small_exploration(qtbot, analysis)
        assert area.verticalScrollBar().maximum() == 0
        plot = view.trade_off.scatter
        bottom = plot.mapTo(area.viewport(), plot.rect().bottomLeft()).y()
        assert bottom <= area.viewport().height()    # the chart, its across axis included
        # not a thin strip (140 px in the dock a run used to grow by 23 px, under the map)
        assert plot.height() >= 120
        view.charts.setCurrentWidget(view.findings)
        QApplication.processEvents()
        for whole in (view.note, view.boxes):          # neither squeezed under the other
            least = max(whole.minimumHeight(), whole.minimumSizeHint().height())
            assert _shown_height(whole) == whole.height() >= least > 0
        assert view.boxes.geometry().top() >= view.note.geometry().bottom()


def test_the_parallel_coordinates_keep_their_height_under_long_names(workspace, qtbot):
    """In Chinese on a projector the axes' names (ten objectives and levers) took four lines
    and left the plot 40 px: the names show three lines at most, the rest a scroll away."""
    with bundled_in(workspace, qtbot, "zh-CN") as (window, analysis):
        settle(qtbot, analysis)
        analysis.explore_dock.raise_()
        area = analysis.explore_dock.widget()
        area.setFixedSize(DOCK_WIDTH, DOCK_HEIGHT)
        for row in range(2):                  # two levers explored: two more axes
            analysis.explore_view.levers.item(row, 0).setCheckState(Qt.Checked)
        view = run_small_exploration(qtbot, analysis)
        view.charts.setCurrentWidget(view.parallel)
        QApplication.processEvents()
        assert view.parallel.plot.height() >= 100
        assert area.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_explore_s_tabs_fit_a_projector_s_dock_without_scroll_arrows(workspace, qtbot, tag):
    """At 1024 x 768 the six tabs of levers, futures and charts read whole, no arrow to
    scroll them; the short names are whole on hover."""
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        _projector_dock(qtbot, analysis)
        tabs = analysis.explore_view.charts
        qtbot.waitUntil(lambda: tabs.isVisible() and 300 < tabs.width() < DOCK_WIDTH)
        bar = tabs.tabBar()
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        assert bar.count() == 6 and needed <= tabs.width(), (needed, tabs.width())
        view = analysis.explore_view
        for page in (view.findings, view.parallel, view.sobol):     # the whole, on hover
            index = tabs.indexOf(page)
            assert len(bar.tabToolTip(index)) > 3 * len(bar.tabText(index))
