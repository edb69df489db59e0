"""Every view populated on the bundled model: charts, matrix, scorecard, structure. The map's
results: test_map_results.py; the status line: test_results_status_line.py; sensitivity:
test_sensitivity_views.py."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from windtunnel.app.formats import time_units
from windtunnel.app.analysis.scorecard import SCORE_ROW
from windtunnel.app.formats import number
from windtunnel.model import Edge, Model, Node, translated

from .conftest import _open, settle


def test_chart_shows_selected_nodes_baseline_and_scenario(bundled, qtbot):
    window, analysis = bundled
    chart = analysis.results_panel.chart
    assert ("misuse-risk", "baseline") in chart.series     # objectives' nodes by default
    window.scene.select(["us-labs", "friction"])
    settle(qtbot, analysis)
    assert set(n for n, _ in chart.series) == {"us-labs", "friction"}
    x, y = chart.series[("us-labs", analysis.session.scenario_id)].getData()
    np.testing.assert_allclose(y, analysis.session.states()[:, analysis.session.results.node_index("us-labs")])
    chart.all_scenarios.setChecked(True)
    assert len(chart.series) == 2 * (1 + len(analysis.session.results.scenarios))
    chart.cursor.setValue(7)
    chart.cursor.sigPositionChangeFinished.emit(chart.cursor)
    assert analysis.session.step == 7


def test_matrix_is_sortable_and_filterable(bundled, qtbot):
    window, analysis = bundled
    matrix = analysis.results_panel.matrix
    model = window.document.model
    assert matrix.proxy.rowCount() == len(model.nodes)
    assert matrix.model.columnCount() == 3 + len(model.scenarios)
    column = 3 + [s.id for s in model.scenarios].index("whack-a-mole")
    matrix.table.sortByColumn(column, Qt.DescendingOrder)
    first = matrix.visible_ids()[0]
    final = analysis.session.results.scenario("whack-a-mole").final_change
    assert first == analysis.session.results.node_ids[int(np.argmax(final))]
    matrix.filter.setText("singapore")
    assert set(matrix.visible_ids()) == {n.id for n in model.nodes
                                         if "singapore" in f"{n.label} {n.id} {n.group}".lower()}
    background = matrix.proxy.index(0, column).data(Qt.BackgroundRole)
    assert background is not None


def test_scorecard_lists_objectives_by_scenario_with_scores(bundled, qtbot):
    window, analysis = bundled
    table = analysis.results_panel.scorecard.table
    model = window.document.model
    assert table.rowCount() == len(model.objectives) + 1
    assert table.columnCount() == len(model.scenarios)
    row = next(r for r in analysis.session.results.scorecard
               if (r.scenario_id, r.objective_id) == (model.scenarios[0].id, model.objectives[0].id))
    assert table.item(1, 0).text().startswith("\u2714" if row.met else "\u2718")
    change = f"{row.change:+.3f}" if row.change != 0 else "0.000"   # no change: no sign
    assert table.item(1, 0).text().split()[1] == change
    assert table.verticalHeaderItem(SCORE_ROW).text() == "Score"
    assert table.item(SCORE_ROW, 0).text().endswith("%")


def test_a_scorecard_row_with_no_threshold_says_what_meets_it(bundled, qtbot):
    """"Decrease" with a threshold of 0 is met by no change at all: the heading says "do
    not raise", and no change reads as a plain zero beside its tick, not "+0.000"."""
    window, analysis = bundled
    table = analysis.results_panel.scorecard.table
    model = window.document.model
    r, objective = next((r, o) for r, o in enumerate(model.objectives, 1)
                        if o.direction == "decrease" and o.threshold == 0)
    heading = " ".join(table.verticalHeaderItem(r).text().split())     # as wrapped
    assert "do not raise" in heading and "change \u2264 0" in heading
    assert "decrease" not in heading
    still = [c for c, s in enumerate(model.scenarios)
             if next(x for x in analysis.session.results.scorecard
                     if (x.scenario_id, x.objective_id) == (s.id, objective.id)).change == 0]
    assert still                                 # the status quo leaves the node alone
    for c in still:
        assert table.item(r, c).text() == "\u2714 0.000"
    with_threshold = next(r for r, o in enumerate(model.objectives, 1)
                          if o.direction == "decrease" and o.threshold > 0)
    assert "by at least" in " ".join(table.verticalHeaderItem(with_threshold).text().split())


def test_scorecard_row_headings_wrap_and_leave_the_scenarios_the_room(bundled, qtbot):
    """An objective's heading wraps within a third of a laptop's table, whole on hover: on
    one line the bundled model's longest took 720 px and hid all but two scenarios."""
    from windtunnel.app.analysis.scorecard import _ROW_HEADING

    window, analysis = bundled
    table = analysis.results_panel.scorecard.table
    model = window.document.model
    for r, objective in enumerate(model.objectives, 1):
        item = table.verticalHeaderItem(r)
        whole = item.toolTip().replace("\xa0", " ")          # as plain text
        assert translated(objective) in whole
        assert len(item.text().splitlines()) <= 3
        assert table.fontMetrics().horizontalAdvance(max(item.text().splitlines(), key=len)) \
            <= _ROW_HEADING
        if "\n" not in item.text():
            assert item.text() in whole
    assert table.verticalHeader().sizeHint().width() <= _ROW_HEADING + 20
    assert max(len(table.verticalHeaderItem(r).text().splitlines())
               for r in range(1, len(model.objectives) + 1)) > 1   # the bundled ones wrap


def test_structure_loops_metrics_and_chokepoints(bundled, qtbot):
    window, analysis = bundled
    view = analysis.results_panel.structure
    model = window.document.model
    assert view.loops is None                        # computed only when shown
    analysis.results_panel.show_tab("structure")
    qtbot.waitUntil(lambda: view.loops is not None, timeout=10_000)
    assert view.loops_table.rowCount() == len(view.loops.loops) > 0
    assert "reinforcing" in view.loops_note.text()
    view.loops_table.setCurrentCell(0, 0)
    members = view.loops.loops[0].members
    assert all(window.scene.node_items[m].highlighted for m in members)
    assert view.metrics_table.rowCount() == len(model.nodes)
    assert "density" in view.statistics.text()
    count = len(view.loops.loops)
    loop = view.loops.loops[0]
    model.remove("edge", (loop.members[0], loop.members[1]))      # follows edits while shown
    qtbot.waitUntil(lambda: len(view.loops.loops) < count, timeout=10_000)
    view.choose_actors(["beijing-labs"])
    view.outcome.setCurrentIndex(view.outcome.findData("misuse-risk"))
    view.find_chokepoints()
    from windtunnel.engine import chokepoints, compiled_model
    found = chokepoints(compiled_model(model), ["beijing-labs"], "misuse-risk")
    labels = {n.id: n.label for n in model.nodes}
    expected = ([f"<b>{labels[n]}</b>" for n in found.nodes] if found.connected
                else ["No path of positive influence"])
    assert all(part in view.choke_result.text() for part in expected)
    view.choose_actors([])
    view.find_chokepoints()
    assert "at least one actor" in view.choke_result.text()


def test_narrow_monte_carlo_bands_are_drawn_visible_with_their_numbers_on_hover(bundled, qtbot):
    """Bands of +-0.02 were about three pixels tall on the chart of every objective: each
    shaded band is now drawn at least a few pixels thick, the axes still fit the true
    bands, and hovering a band gives its true numbers at the step under the pointer."""
    from PySide6.QtCore import QPointF

    window, analysis = bundled
    analysis.results_panel.show_tab("charts")
    chart = analysis.results_panel.chart
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=60_000):
        analysis.controller.run_monte_carlo(200)
    settle(qtbot, analysis)
    plot = chart.plot.getPlotItem()
    fills = [item for item in plot.items if isinstance(item, pg.FillBetweenItem)]
    assert fills
    box = plot.getViewBox()
    low, high = box.viewRange()[1]
    per_pixel = (high - low) / box.height()
    for fill in fills:       # four pixels at least where it has a width: a band one sees
        lower, upper = (curve.getData()[1] for curve in fill.curves)
        wide = upper - lower > 1e-9
        assert wide.any() and np.min((upper - lower)[wide]) / per_pixel >= 4 - 0.01
    from windtunnel.app.analysis.chart_bands import MIN_BAND_PX
    results, uncertainty = analysis.session.results, analysis.session.uncertainty()
    i = results.node_index("misuse-risk")
    true = results.baseline[:, i] + uncertainty.band(95)[:, i] - \
        (results.baseline[:, i] + uncertainty.band(5)[:, i])
    assert np.min(true) / per_pixel < MIN_BAND_PX[(5, 95)]      # a narrow band, widened
    wanted = box.childrenBounds()[1]                 # the true edges set the range
    assert wanted[0] <= np.min(results.baseline[:, i] + uncertainty.band(5)[:, i])

    class Hover:
        def isExit(self):  # noqa: N802 - pyqtgraph's name
            return False

        def pos(self):
            return QPointF(12.2, 0.0)

    band = chart.bands[("misuse-risk", (5, 95))]
    band.fill.hoverEvent(Hover())
    text = band.fill.toolTip()
    assert "Misuse risk, month 12" in text and "200 Monte Carlo samples" in text
    assert number(results.baseline[12, i] + uncertainty.band(95)[12, i], 3, signed=True) in text


def test_an_empty_chart_spans_the_run_in_its_time_unit(workspace, qtbot):
    """With no node to chart (no objectives, nothing selected) the chart's time axis still
    runs from 0 to the last step and names its unit, as it does with curves."""
    model = Model.from_elements(nodes=[Node("a", "A"), Node("b", "B", position=(200.0, 0.0))],
                                edges=[Edge("a", "b", 0.5)])
    window, analysis = _open(workspace, qtbot, model)
    chart = analysis.results_panel.chart
    results = analysis.session.results
    assert not chart.series
    plot = chart.plot.getPlotItem()
    low, high = plot.getViewBox().viewRange()[0]
    assert low <= 0.0 < float(results.time[-1]) <= high < float(results.time[-1]) * 1.1
    assert plot.getAxis("bottom").labelText == time_units(results.settings.time_unit)


def test_the_matrix_rows_are_a_line_of_text_tall_in_any_type_size(bundled, qtbot):
    """The style's 30 px rows showed two nodes on a projector: rows a line tall show more,
    and grow with the room's larger type (workshop mode), never cutting the text."""
    from PySide6.QtGui import QFont

    _window, analysis = bundled
    matrix = analysis.results_panel.matrix
    rows = matrix.table.verticalHeader()
    assert rows.defaultSectionSize() == matrix.table.fontMetrics().height() + 6 < 30
    large = QFont(matrix.font())
    large.setPixelSize(28)
    matrix.setFont(large)
    qtbot.waitUntil(lambda: rows.defaultSectionSize() == matrix.table.fontMetrics().height() + 6)
    assert rows.defaultSectionSize() > 30
