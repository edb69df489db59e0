"""The Explore dock: choose levers and futures, run on a worker, read the ranking, the boxes
and the trade-off, export the workbook."""

from __future__ import annotations

import numpy as np
import openpyxl
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


from windtunnel.model import load
from windtunnel.paths import bundled_model

from .conftest import _open, save_answers, settle

VOICES = "ai-export-controls-2026-voices.wtm"


def tick(view, lever: str, low=0.0, high=1.0, levels=0) -> None:
    for r in range(view.levers.rowCount()):
        item = view.levers.item(r, 0)
        if item.data(Qt.UserRole) == lever:
            item.setCheckState(Qt.Checked)
            view.levers.cellWidget(r, 1).setValue(low)
            view.levers.cellWidget(r, 2).setValue(high)
            view.levers.cellWidget(r, 3).setValue(levels)
            return
    raise AssertionError(f"no lever row {lever}")


def test_explore_ranks_the_options_and_marks_a_box_on_the_map(bundled, qtbot, tmp_path):
    window, analysis = bundled
    view = analysis.explore_view
    model = window.document.model
    assert view.levers.rowCount() == sum(1 for n in model.nodes if n.is_lever)
    tick(view, "licensing", 0.0, 1.0, 3)
    view.sampler.setCurrentIndex(view.sampler.findData("factorial"))
    view.futures.setValue(300)
    view.run()
    settle(qtbot, analysis)
    assert not window.problems
    experiments, rows, discoveries = view.result
    assert experiments.outcomes.shape[:2] == (len(model.scenarios) + 3, 300)
    assert view.table.rowCount() == len(model.scenarios) + 3
    assert view.table.item(0, 1).text() == rows[0].label
    assert "Most robust" in view.note.text() and rows[0].label in view.note.text()
    boxed = [view.boxes.item(i) for i in range(view.boxes.count())
             if view.boxes.item(i).data(Qt.UserRole) is not None]
    assert boxed, [view.boxes.item(i).text() for i in range(view.boxes.count())]
    view.boxes.setCurrentItem(boxed[0])
    box = boxed[0].data(Qt.UserRole)
    marked = analysis.map_results.flow_layer.highlight
    assert marked == {tuple(r.name.split(" \u2192 ")) for r in box.restrictions}
    assert len(view.trade_off.scatter.getPlotItem().listDataItems()) >= 2
    view.trade_off.scatter.getPlotItem().getViewBox().autoRange()      # as when shown
    for side in ("left", "bottom"):     # changes of about 0.1 read as written, not as
        axis = view.trade_off.scatter.getPlotItem().getAxis(side)     # "-400 ... 100 (x0.001)"
        assert axis.autoSIPrefixScale == 1.0 and "(x" not in axis.labelString()
        assert view.trade_off.x_objective.currentText() in view.trade_off.scatter.getPlotItem().getAxis(
            "bottom").labelString()

    out = tmp_path / "explore.xlsx"
    window.ask_save_path = lambda *args: str(out)
    view.export()
    settle(qtbot, analysis)
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:3] == [
        "About", "Robustness", "Boxes"]


def explored(analysis, qtbot, futures: int = 50):
    """The Explore view after a run of the small model's options in ``futures`` futures."""
    view = analysis.explore_view
    view.futures.setValue(futures)
    view.run()
    settle(qtbot, analysis)
    return view


def test_a_model_change_marks_the_exploration_out_of_date_and_keeps_it(small, qtbot):
    """An edge rated or edited after a run leaves the results in view, marked out of date
    with a note over the ranking (they were cleared without a word); they cannot be
    exported as the map's until a new run, which takes the mark away."""
    window, analysis = small
    view = explored(analysis, qtbot)
    rows = view.table.rowCount()
    assert view.result is not None and view.export_button.isEnabled()
    assert view.stale_note.isHidden()
    window.document.model.update_edge("ban", "leak", weight=0.2)
    settle(qtbot, analysis)
    assert view.result is not None and view.table.rowCount() == rows
    assert not view.stale_note.isHidden() and "Out of date" in view.stale_note.text()
    assert not view.export_button.isEnabled() and "out of date" in view.export_button.toolTip()
    view.run()
    settle(qtbot, analysis)
    qtbot.waitUntil(lambda: view.stale_note.isHidden() and view.export_button.isEnabled())


def test_words_and_an_undone_edit_leave_the_exploration_current(small, qtbot):
    """A rationale pasted into an edge or a node renamed changes nothing the exploration
    read: its results stay current and exportable; an edit of a weight makes them out of
    date, and undoing it brings them back without running again."""
    window, analysis = small
    view = explored(analysis, qtbot)
    model = window.document.model
    model.update_edge("ban", "leak", rationale="From the workshop notes. " * 60)
    model.update_node("leak", label="Leakage of chips")
    settle(qtbot, analysis)
    assert view.stale_note.isHidden() and view.export_button.isEnabled()
    weight = model.edge("ban", "leak").weight
    model.update_edge("ban", "leak", weight=0.2)
    settle(qtbot, analysis)
    assert not view.stale_note.isHidden() and not view.export_button.isEnabled()
    model.update_edge("ban", "leak", weight=weight)
    settle(qtbot, analysis)
    assert view.stale_note.isHidden() and view.export_button.isEnabled()


def _add_participant(window, qtbot, name: str):
    """Add a participant with the Participants dock's Add and type ``name`` (as an input
    method puts it in), as a facilitator does; their row's name cell."""
    from PySide6.QtWidgets import QLineEdit

    panel = window.extensions["participants"]
    count = len(window.document.model.participants)
    panel.add.click()
    editor = next(e for e in panel.people.findChildren(QLineEdit) if e.isVisible())
    editor.setText(name)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(window.document.model.participants) == count + 1
                    and window.document.model.participants[-1].label == name)
    return panel.people.item(count, 0)


def test_a_participant_who_rated_nothing_leaves_the_exploration_current(small, qtbot):
    """Adding a participant after a run (the first one also sets absent ratings to be left
    out) and renaming them change none of the map's weights the exploration read: it stays
    current and exportable. Their first rating moves a weight, and makes it out of date."""
    from windtunnel.app.commands import execute
    from windtunnel.app.participants_rating import rate

    window, analysis = small
    view = explored(analysis, qtbot)
    model = window.document.model
    name = _add_participant(window, qtbot, "\u5f20\u4f1f")           # 张伟
    name.setText("Zhang Wei")
    settle(qtbot, analysis)
    assert model.participants[0].label == "Zhang Wei"
    assert view.stale_note.isHidden() and view.export_button.isEnabled()
    execute(window.document.undo_stack, rate(model, model.participants[0].id, ("ban", "leak"),
                                             weight=-0.8))
    settle(qtbot, analysis)
    assert not view.stale_note.isHidden() and not view.export_button.isEnabled()


def test_a_participant_added_dates_an_exploration_of_participants_maps_and_says_why(
        workspace, qtbot):
    """An exploration whose futures are the participants' maps reads every participant
    (each is a future's map): one added makes it out of date, and the note says the
    participants changed, not the map's numbers, which did not."""
    window, analysis = _open(workspace, qtbot, load(bundled_model(VOICES)))
    view = analysis.explore_view
    view.future_choices.participants.setChecked(True)
    view = explored(analysis, qtbot, futures=20)
    assert view.stale_note.isHidden()
    _add_participant(window, qtbot, "Ana Lima")
    settle(qtbot, analysis)
    assert not view.stale_note.isHidden() and not view.export_button.isEnabled()
    assert "these futures are the participants' maps" in view.stale_note.text()
    window.document.model.update_edge("restricted-access", "misuse-risk", weight=0.1)
    settle(qtbot, analysis)
    assert "a change of its numbers" in view.stale_note.text()


def test_cancel_keeps_the_previous_exploration(small, qtbot):
    window, analysis = small
    view = explored(analysis, qtbot)
    before = view.result
    view.futures.setValue(1_000_000)
    view.run()
    analysis.controller.runner.cancel()
    settle(qtbot, analysis)
    assert view.result is before and not window.problems


def _explore_dock_in_front(window, analysis, qtbot, width: int):
    """(the Explore view, its scroll area) with the dock shown in front in a window of
    ``width`` x 768."""
    window.resize(width, 768)
    analysis.explore_dock.show()
    analysis.explore_dock.raise_()
    view = analysis.explore_view
    qtbot.waitUntil(lambda: view.isVisible() and window.width() <= width)
    return view, analysis.explore_dock.widget()


def test_the_explore_dock_fits_a_1024_by_768_window_without_scrolling_sideways(bundled, qtbot):
    """On a 1024 x 768 projector the dock's rows wrap and its columns share the width:
    nothing in it is wider than the dock, so it never scrolls sideways."""
    window, analysis = bundled
    view, area = _explore_dock_in_front(window, analysis, qtbot, 1024)
    settle(qtbot, analysis)
    assert view.minimumSizeHint().width() <= area.viewport().width()
    buttons = [view.run_button, view.export_button]
    buttons += [view.cluster.test_button] if view.cluster.available else []
    for button in buttons:
        right = button.mapTo(view, button.rect().topRight()).x()
        assert button.isVisible() and right < area.viewport().width(), button.text()
    assert area.horizontalScrollBar().maximum() == 0


def test_a_dock_a_few_pixels_short_scrolls_by_those_pixels_only(bundled, qtbot):
    """At 1366 x 768 the Explore dock is a little lower than the view's least height: it
    scrolls by the shortfall, not by the view's whole preferred height (which would let
    the table's header row scroll out of sight)."""
    window, analysis = bundled
    view, area = _explore_dock_in_front(window, analysis, qtbot, 1366)
    explored(analysis, qtbot)
    window.resizeDocks([analysis.explore_dock], [window.height() // 2 - 40], Qt.Vertical)
    settle(qtbot, analysis)
    # its least height at its width: its wrapped rows and lines whole, none squeezed
    least = max(view.minimumSizeHint().height(),
                view.layout().minimumHeightForWidth(view.width()))
    shortfall = least - area.viewport().height()
    assert area.verticalScrollBar().maximum() == max(0, shortfall)
    assert view.height() == max(area.viewport().height(), least)


def test_the_exploration_workbook_starts_where_workbooks_were_last_written(small, qtbot,
                                                                            tmp_path):
    """The exploration workbook's dialog starts in the folder of the last workbook written
    (the results workbook's too), and a folder where the write failed is not remembered."""
    window, analysis = small
    view = explored(analysis, qtbot)
    books, others, bad = tmp_path / "books", tmp_path / "others", tmp_path / "bad"
    books.mkdir()
    others.mkdir()
    (bad / "exploration.xlsx").mkdir(parents=True)     # a folder where the file would go
    answer, asked = save_answers(window)
    answer(books / "results.xlsx")
    assert analysis.exporter.workbook()
    settle(qtbot, analysis)
    answer(bad / "exploration.xlsx")
    view.export()
    settle(qtbot, analysis)
    assert window.problems and "could not be written" in window.problems[-1][0]
    answer(others / "exploration.xlsx")
    view.export()
    settle(qtbot, analysis)
    assert (others / "exploration.xlsx").is_file()
    answer(books / "again.xlsx")
    assert analysis.exporter.workbook()
    settle(qtbot, analysis)
    assert asked[1:] == [books, books, others]


@pytest.mark.parametrize("width", [1024, 1366])
def test_a_run_moves_nothing_and_the_charts_show_whole(bundled, qtbot, width):
    """Starting a run grew the dock under the map (the window jumped), and on a 1024 x 768
    projector the charts still stood below the fold: neither the run's start nor its
    results move the map or the dock now, and the charts fit the dock as it is."""
    window, analysis = bundled
    view, area = _explore_dock_in_front(window, analysis, qtbot, width)
    settle(qtbot, analysis)
    canvas, dock = window.view.viewport(), analysis.explore_dock
    before = (canvas.height(), dock.height())
    heights = []
    show_result = view.show_result
    view.show_result = lambda *args: (heights.append((canvas.height(), dock.height())),
                                      show_result(*args))
    explored(analysis, qtbot)
    assert heights == [before] and view.result is not None
    QApplication.processEvents()
    assert (canvas.height(), dock.height()) == before
    assert area.verticalScrollBar().maximum() == 0       # the charts whole


def test_the_trade_off_plots_progress_toward_each_objective(small, qtbot):
    """An objective that wants a decrease is plotted as the fall of its node: the option
    that lowers leakage most is furthest right, and the axes and tooltip say so."""
    window, analysis = small
    view = explored(analysis, qtbot)
    experiments, rows, _ = view.result
    best = [o.id for o in experiments.options].index(rows[0].option)
    plot = view.trade_off.scatter.getPlotItem()
    points = plot.listDataItems()[0].getData()[0]
    np.testing.assert_array_equal(points, -experiments.outcomes[best, ::1, 0])
    assert points.mean() > 0            # it lowers leakage: progress, to the right
    lines = [item for item in plot.items if isinstance(item, pg.InfiniteLine)]
    assert sorted(line.angle for line in lines) == [0, 90]
    assert plot.getAxis("bottom").labelText == "Limit leakage: progress \u2192"
    assert plot.titleLabel.text == "Limit leakage: progress \u2191"
    tip = view.trade_off.scatter.toolTip()
    assert "the fall of Leakage from the baseline" in tip and "leak " not in tip


def test_the_trade_offs_up_title_stands_on_one_line_above_the_plot(small, qtbot):
    """Turned along the axis, the up title was centred on the plot's height and a
    1366x768 laptop's short dock cut it at both ends: it stands on one line above the
    plot's top-left corner, cut with "..." where the plot is narrower than it, whole
    where the plot is wide (and the across title likewise)."""
    window, analysis = small
    view = explored(analysis, qtbot)
    scatter, plot = view.trade_off.scatter, view.trade_off.scatter.getPlotItem()
    up, across = "Limit leakage: progress \u2191", "Limit leakage: progress \u2192"
    scatter.setParent(None)                    # a plot of its own, at the sizes tried
    qtbot.addWidget(scatter)
    scatter.resize(560, 150)                   # a laptop's short dock
    scatter.show()
    qtbot.waitUntil(lambda: plot.getViewBox().width() > 400)
    assert not plot.getAxis("left").label.isVisible()
    assert plot.titleLabel.text == up
    title = plot.titleLabel.mapRectToScene(plot.titleLabel.boundingRect())
    assert title.top() >= 0 and title.bottom() <= plot.getViewBox().sceneBoundingRect().top() + 1
    scatter.resize(150, 150)                   # narrower than the titles
    qtbot.waitUntil(lambda: plot.titleLabel.text.endswith("\u2026"))
    width = plot.getViewBox().width()
    for shown, whole in ((plot.titleLabel.text, up),
                         (plot.getAxis("bottom").labelText, across)):
        assert shown.endswith("\u2026") and whole.startswith(shown[:-1])
        assert scatter.fontMetrics().horizontalAdvance(shown) <= width


def test_sobol_bars_name_conditions_by_label_and_the_base_sample_is_chosen(small, qtbot):
    window, analysis = small
    view = analysis.explore_view
    view.sobol_base.setValue(32)
    view = explored(analysis, qtbot)
    indices = view.indices
    assert indices.futures == 32 * (len(indices.uncertainties) + 2)
    ticks = [text for _, text in view.sobol.plot.getPlotItem().getAxis("left")._tickLevels[0]]
    names = view.result[0].uncertainty_names()
    assert ticks and set(ticks) <= set(names.values())
    assert "Leakage \u2192 Rival lab" in ticks and "leak \u2192 lab" not in ticks


def test_an_option_that_sometimes_fails_never_reads_as_met_in_every_future(small, qtbot):
    """Met in 998 of 1,000 futures is not "100%": the ranking and the note say 99.8%, and
    a share that is whole stays whole."""
    from dataclasses import replace

    window, analysis = small
    view = explored(analysis, qtbot)
    (experiments, rows, discoveries, indices), revision = view.shown
    goal = next(iter(rows[0].met))
    nearly = replace(rows[0], all_met=0.998, met={**rows[0].met, goal: 0.0004})
    view.show_result((experiments, [nearly, *rows[1:]], discoveries, indices), revision)
    cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert cells[2] == "99.8%" and "0.04%" in cells
    assert "every objective met in 99.8% of futures" in view.note.text()
    view.show_result((experiments, [replace(nearly, all_met=0.5)], discoveries, indices),
                     revision)
    assert view.table.item(0, 2).text() == "50%"


def test_the_ranking_wraps_long_objective_names_so_their_shares_show(small, qtbot):
    """An objective's column is its name wrapped to a few lines (whole on hover), not one
    line as wide as the name: on a laptop the last objectives and their shares were cut."""
    from dataclasses import replace

    from windtunnel.app.analysis.explore_view import OBJECTIVE_COLUMN

    window, analysis = small
    model = window.document.model
    long_name = "Keep the leakage of frontier model weights to rival laboratories low"
    model.replace("objective", replace(model.objectives[0], label=long_name))
    view = explored(analysis, qtbot)
    table, header = view.table, view.table.horizontalHeader()
    objectives = range(3, table.columnCount() - 1)
    tips = [table.horizontalHeaderItem(c).toolTip().replace("\xa0", " ") for c in objectives]
    assert len(tips) == 1 and long_name in tips[0]              # whole on hover
    for c in objectives:
        assert "\n" in table.horizontalHeaderItem(c).text()
        assert header.sectionSize(c) <= OBJECTIVE_COLUMN + 16
        for r in range(table.rowCount()):          # every share shows whole
            text = table.item(r, c).text()
            assert table.fontMetrics().horizontalAdvance(text) < header.sectionSize(c)


def test_the_exploration_workbook_names_the_models_file_as_the_results_workbook_does(
        small, qtbot, tmp_path):
    """The About sheet's "Model file" was empty in the Explore dock's workbook (the
    results workbook gives the file's name there); it gives the file's name, never the
    folders above it."""
    window, analysis = small
    answer, _asked = save_answers(window)
    answer(tmp_path / "small.wtm")
    assert window.save_as()
    view = explored(analysis, qtbot)
    answer(tmp_path / "exploration.xlsx")
    view.export()
    settle(qtbot, analysis)
    about = openpyxl.load_workbook(tmp_path / "exploration.xlsx")["About"]
    named = {row[0]: row[1] for row in about.iter_rows(values_only=True) if row[0]}
    assert named["Model file"] == "small.wtm"


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_the_levers_and_delays_to_explore_show_their_names_whole(workspace, qtbot, tag):
    """On a projector the names of the levers to explore read "Foreign-national ac..."
    (in Japanese a few characters) beside number columns wider than their numbers: the
    numbers take their width, the names the rest, on as many lines as they need, each
    whole on hover too."""
    from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui

    from .conftest import bundled_in

    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        view, _ = _explore_dock_in_front(window, analysis, qtbot, 1024)
        settle(qtbot, analysis)
        view.future_choices.follow(window.document.model)
        for table in (view.levers, view.future_choices.delays):
            table.setFixedWidth(360)                # narrower than a projector's column
            QApplication.processEvents()
            others = range(1, table.columnCount())
            assert all(table.columnWidth(c) <= max(table.sizeHintForColumn(c),
                                                   table.horizontalHeader().sectionSizeHint(c))
                       for c in others)
            for row in range(table.rowCount()):
                name = table.item(row, 0)
                assert table.rowHeight(row) >= table.sizeHintForRow(row), name.text()
                assert name.toolTip() == GuiQt.convertFromPlainText(name.text())
