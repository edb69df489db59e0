"""Every view populated on the bundled model: map, charts, matrix, scorecard, why, structure,
sensitivity."""

from __future__ import annotations


import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from windtunnel.app.formats import time_units
from windtunnel.app.analysis.colours import NEUTRAL, change_colour, span_of
from windtunnel.app.analysis.scorecard import SCORE_ROW
from windtunnel.engine.contributions import edge_contributions
from windtunnel.engine import compile_model, compile_scenario
from windtunnel.app.formats import number
from windtunnel.model import Edge, Model, Node, translated

from .conftest import _open, bundled_in, hover, run_sensitivity, settle


def test_map_is_tinted_with_legend_halos_flows_and_hover(bundled, qtbot):
    window, analysis = bundled
    analysis.session.set_scenario("whack-a-mole")
    settle(qtbot, analysis)
    change = analysis.session.change()
    i = analysis.session.results.node_index("misuse-risk")
    span = max(span_of(r.change) for r in analysis.session.results.scenarios)  # whole run
    assert analysis.map_results.legend.span == span
    tint = window.scene.tint_of("misuse-risk")
    assert tint == change_colour(change[-1, i], span)
    assert tint.blue() > tint.red()                  # misuse risk rises: blue
    assert analysis.map_results.legend.isVisible()
    assert "Geofencing" in analysis.map_results.legend.title[0]     # its fullest form
    assert analysis.map_results.flow_layer.flows
    tip = hover(window, window.scene.node_items["misuse-risk"])
    base, now = (round(float(level) * 1000) for level in (
        analysis.session.results.baseline[-1, i], analysis.session.results.baseline[-1, i]
        + change[-1, i]))                              # the change of the levels shown
    assert "baseline" in tip and f"change {(now - base) / 1000:+.3f}" in tip
    analysis.time_bar.halos.setChecked(True)
    assert analysis.map_results.halo_layer.halos
    analysis.session.set_step(0)                           # before the levers move: no change
    assert window.scene.tint_of("misuse-risk").name() == NEUTRAL
    analysis.time_bar.tints.setChecked(False)
    assert window.scene.tint_of("misuse-risk") is None
    assert not analysis.map_results.legend.isVisible()


def test_show_legend_hides_and_shows_the_change_scale_while_results_tint_the_map(bundled,
                                                                                 qtbot):
    # tinted by results, the map shows the change scale, not the group legend: unticking
    # View > Show Legend changed nothing on the screen
    window, analysis = bundled
    legend, view, action = analysis.map_results.legend, window.view, window.actions.legend
    assert legend.isVisible() and view.margin_rect("bottom").height() > 0
    action.trigger()                                       # off
    assert not action.isChecked()
    assert not legend.isVisible() and view.margin_rect("bottom").height() == 0
    assert not view.group_legend_shown                     # the nodes still show changes
    analysis.session.set_scenario("whack-a-mole")          # a new run keeps it hidden
    settle(qtbot, analysis)
    assert not legend.isVisible()
    action.trigger()                                       # on again
    assert legend.isVisible() and view.margin_rect("bottom").height() > 0
    assert not view.group_legend_shown


def test_the_levers_the_shown_scenario_sets_are_labelled_on_the_zoomed_out_map(bundled, qtbot):
    # the fitted bundled map has room for only some labels: a scenario's own levers come
    # right after the objectives, whichever scenario is shown, and go with the results
    window, analysis = bundled
    model = window.document.model
    for scenario in model.scenarios:
        analysis.session.set_scenario(scenario.id)
        settle(qtbot, analysis)
        window.view.fit()
        QApplication.processEvents()
        window.view.viewport().grab()
        assert window.view.labels_by_view
        shown = window.view.map_labels.shown            # in the order they were placed
        levers = {i.node for i in scenario.interventions}
        shown_levers = [node_id for node_id in shown if model.node(node_id).is_lever]
        assert shown_levers[0] in levers, (scenario.id, shown_levers)
        assert len(levers) > 1 or levers <= set(shown), scenario.id
        assert len(shown) < len(model.nodes)          # a crowded map: the order decided
    analysis.time_bar.tints.setChecked(False)
    assert window.scene.labelled_first == ()


def test_edge_contribution_is_the_change_in_push():
    from windtunnel.model import load
    from windtunnel.paths import bundled_model
    from windtunnel.engine import run
    model = load(bundled_model())
    results = run(model)
    network = compile_model(model)
    scenario = results.scenario("reading-security")
    plan = compile_scenario(network, model.scenario("reading-security"))
    push = edge_contributions(network, plan.weight, results.baseline, scenario.states, 5,
                              model.settings.rule)
    e = network.edge_index("restricted-access", "misuse-risk")
    s = network.index("restricted-access")
    back = max(5 - 1 - network.delay[e], 0)
    assert push[e] == plan.weight[e] * scenario.states[back, s] - \
        network.weight[e] * results.baseline[back, s]


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


def test_sensitivity_tornado_runs_on_a_worker(bundled, qtbot):
    window, analysis = bundled
    view = analysis.results_panel.tornado
    analysis.session.set_scenario("whack-a-mole")
    view.objective.setCurrentIndex(view.objective.findData("limit-misuse"))
    view.run()
    settle(qtbot, analysis)
    assert len(view.bars) == len(window.document.model.edges)
    assert view.bars[0].swing >= view.bars[-1].swing
    assert view.lever_table.rowCount() == 10
    scenario = window.document.model.scenario("whack-a-mole")
    assert "central value" in view.note.text() and scenario.label in view.note.text()
    marked = analysis.map_results.flow_layer.highlight
    assert marked == {(b.source, b.target) for b in view.bars[:3]}
    analysis.session.set_scenario("accountability")       # another question: results go
    assert view.bars == [] and view.lever_table.rowCount() == 0 and view.plot.isHidden()
    assert not analysis.map_results.flow_layer.highlight
    assert window.document.model.scenario("accountability").label in view.note.text()


def test_results_status_line_names_the_verdicts(bundled, qtbot):
    window, analysis = bundled
    status = analysis.results_panel.status.full_text
    assert f"Baseline {analysis.session.results.baseline_verdict}" in status
    assert analysis.session.result().label in status


def test_results_status_line_says_whether_the_answer_is_the_only_one(bundled, qtbot):
    window, analysis = bundled
    session = analysis.session
    session.set_scenario("whack-a-mole")
    qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
    settle(qtbot, analysis)
    trust = session.trust_of()
    status = analysis.results_panel.status.full_text
    # the bundled model is outside the contraction bound, but 8 starts agree
    assert trust.kind == "same from every start"
    assert "the same answer from every start tried" in status
    assert "8 different starts end within" in status and "not proven unique" in status


def test_a_narrow_results_status_line_leaves_out_the_reason_before_cutting_the_line(
        bundled, qtbot):
    """Where the status line does not fit (a laptop's Results dock), the trust verdict's
    reason goes first, then the engine settings, then the baseline's verdict where it
    converged; where even that does not fit one line it takes two, and a verdict is cut,
    with "...", only where two lines do not hold it. The whole line is on hover."""
    window, analysis = bundled
    session, status = analysis.session, analysis.results_panel.status
    session.set_scenario("whack-a-mole")
    qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
    settle(qtbot, analysis)
    full, headline = status.full_text, session.trust_of().headline
    reason = full[full.index(headline) + len(headline):].split(" \u00b7 ")[0]
    assert reason.startswith(" (8 different starts")
    without_reason = full.replace(reason, "")
    settings = without_reason.split(" \u00b7 ")[-1]
    assert "\u03bb=" in settings
    metrics = status.fontMetrics()
    for width, shown in ((metrics.horizontalAdvance(full) + 4, full),
                         (metrics.horizontalAdvance(without_reason) + 4, without_reason),
                         (metrics.horizontalAdvance(without_reason) - 4,
                          without_reason[:-len(" \u00b7 " + settings)])):
        status.resize(width, status.height())
        assert status.text() == shown
        assert "\u2026" not in status.text()
        assert (full in status.toolTip()) == (shown != full)
    short = without_reason[:-len(" \u00b7 " + settings)]
    assert short.startswith("Baseline converged")        # a baseline that settled goes
    shortest = short.split(" \u00b7 ", 1)[1]
    status.resize(metrics.horizontalAdvance(short) - 4, status.height())
    assert status.text() == shortest and full in status.toolTip()
    status.resize(metrics.horizontalAdvance(shortest) * 2 // 3, status.height())
    assert status.text().count("\n") == 1 and "\u2026" not in status.text()
    assert "".join(status.text().split()) in {"".join(version.split())    # one whole
                                              for version in (without_reason, short,
                                                              shortest)}
    status.resize(metrics.horizontalAdvance(headline) // 2, status.height())
    assert status.text().count("\n") == 1 and status.text().endswith("\u2026")
    assert full in status.toolTip()
    assert "only one" in analysis.results_panel.status.toolTip()
    window.document.model.update_edge("export-controls", "friction", weight=0.1)
    analysis.controller.refresh()                    # new results; their check is on its way
    assert session.trust_of() is None
    assert "checking whether the answer is the only one" in analysis.results_panel.status.full_text
    qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=10_000)
    settle(qtbot, analysis)
    assert "checking" not in analysis.results_panel.status.full_text


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_the_results_status_line_reads_whole_on_a_projector(workspace, qtbot, on_screen, tag):
    """At 1024 x 768 one line cut the trust verdict ("the same answer from every start
    t..."): the line takes a second one, and the label is as tall as its lines."""
    on_screen("projector")
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        window.showMaximized()
        qtbot.waitExposed(window)
        session, status = analysis.session, analysis.results_panel.status
        qtbot.waitUntil(lambda: session.trust_of() is not None, timeout=20_000)
        settle(qtbot, analysis)
        assert window.width() <= 1024
        assert "\u2026" not in status.text() and session.trust_of().headline in status.text()
        assert status.height() >= status.sizeHint().height()


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
    from windtunnel.app.analysis.charts import MIN_BAND_PX
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


def test_the_change_scale_sheds_words_before_it_lets_labels_touch(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from windtunnel.app.analysis.colours import scale_labels

    metrics = QFontMetricsF(QFont())
    assert scale_labels(1.0, metrics, 400) == ("\u22121.00 fall", "0", "rise +1.00")
    assert scale_labels(1.0, metrics, metrics.horizontalAdvance("\u22121.00  0  +1.00") + 10) \
        == ("\u22121.00", "0", "+1.00")
    assert scale_labels(1.0, metrics, 10) == ("\u22121.00", "", "+1.00")


def test_a_narrower_map_gets_a_narrower_change_legend_within_it(bundled, qtbot):
    window, analysis = bundled
    legend = analysis.map_results.legend
    assert legend.isVisible()
    window.view.resize(260, window.view.height())
    qtbot.waitUntil(lambda: legend.width() <= 260 - 20)
    assert legend.x() + legend.width() <= window.view.width()


def test_the_change_legend_repaints_only_when_its_scale_or_title_changes(bundled, qtbot):
    """Each step of a lever drag sets the scale again: the same span and title paint
    nothing; another span repaints; a shorter map moves the legend with its margin."""
    window, analysis = bundled
    legend = analysis.map_results.legend
    qtbot.waitUntil(legend.isVisible)
    paints = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Paint:
                paints.append(True)
            return False

    watch = Watch()
    legend.installEventFilter(watch)
    legend.repaint()
    assert paints
    paints.clear()
    legend.set_scale(legend.span, legend.title)
    for _ in range(3):
        QApplication.processEvents()              # a queued repaint would come now
    assert not paints
    legend.set_scale(legend.span * 2, legend.title)
    qtbot.waitUntil(lambda: bool(paints))
    top = legend.y()
    window.view.resize(window.view.width(), window.view.height() - 40)
    qtbot.waitUntil(lambda: legend.y() == top - 40)


@pytest.mark.parametrize("weight", [0.0003, -0.0003, 0.001])
def test_a_change_too_small_for_three_decimals_shows_its_digits_and_the_rule_s_mark(
        workspace, qtbot, weight):
    """The small model's objective asks not to raise Leakage; a faint edge from the ban,
    whose clamp ends before the last step, leaves it a change far below the three
    decimals shown. It read "+0.000" or "-0.000" beside its mark; it now reads with two
    significant digits (rounding noise alone reads 0.000), the mark the model's rule gives
    the change itself (to within MET_TOLERANCE, as the score counts it), and where the
    figure would be judged the other way the tooltip gives the change unrounded."""
    from dataclasses import replace

    from windtunnel.engine.plans import objective_met
    from windtunnel.model import Model

    from conftest import make_small_model

    from .conftest import _open

    small = make_small_model()
    faint = [replace(e, weight=weight) if (e.source, e.target) == ("ban", "leak") else e
             for e in small.edges]
    model = Model.from_elements(title="Faint", sources=small.sources, nodes=small.nodes,
                                edges=faint,
                                scenarios=[replace(small.scenarios[0], overrides=())],
                                objectives=small.objectives)
    window, analysis = _open(workspace, qtbot, model)
    objective = window.document.model.objectives[0]
    row = next(r for r in analysis.session.results.scorecard
               if r.scenario_id == "strict" and r.objective_id == objective.id)
    assert row.change != 0 and abs(row.change) < 0.0005        # rounds to no change
    assert row.met == bool(objective_met(row.change, objective))
    cell = analysis.results_panel.scorecard.table.item(1, 0)
    mark, figure = cell.text().split()
    assert mark == ("\u2714" if row.met else "\u2718")
    shown = float(figure.replace("\u2212", "-"))
    if abs(row.change) >= 5e-7:         # two significant digits, never a bare 0.000
        assert shown != 0 and abs(shown - row.change) <= 0.05 * abs(row.change)
        assert figure[0] in "+\u2212"
    else:                               # rounding noise: a plain zero
        assert figure == "0.000"
    tip = cell.toolTip().replace("\xa0", " ")
    hidden = row.met != bool(objective_met(shown, objective))   # the figure says otherwise
    assert ("unrounded" in tip) == hidden
    if hidden:                  # short, and judged as the change itself is
        unrounded = tip.split("unrounded ")[1].split(")")[0]
        assert len(unrounded) <= 8
        assert bool(objective_met(float(unrounded), objective)) == row.met
    assert ("not met" in tip) == (not row.met)


def test_the_sensitivity_lever_names_get_the_room_the_figures_leave(bundled, qtbot):
    """The figures as wide as they need and the lever's name the rest, wrapped: with the
    default widths a 1366x768 laptop's table gave the name 25 px, and it read "…"."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    table = view.lever_table
    qtbot.waitUntil(table.isVisible)
    metrics = table.fontMetrics()
    words = [w for r in range(table.rowCount()) for w in table.item(r, 0).text().split()]
    assert table.columnWidth(0) >= max(metrics.horizontalAdvance(w) for w in words)
    for c in range(1, table.columnCount()):
        widest = max(metrics.horizontalAdvance(table.item(r, c).text())
                     for r in range(table.rowCount()))
        assert table.columnWidth(c) >= widest
    assert table.item(0, 0).toolTip() == table.item(0, 0).text()


def test_a_narrow_sensitivity_table_gives_the_lever_names_the_room_first(bundled, qtbot):
    """At 1024x768 the figures' headings took the table and the names read "Capa... based
    contr...": the names have half a narrow table (the headings cut, whole on hover) where
    the figures fit beside them, and their whole line in a table wide enough."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    table = view.lever_table
    qtbot.waitUntil(table.isVisible)
    split = table.parentWidget()
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(table.item(r, 0).text())
                  for r in range(table.rowCount()))
    figures = sum(table.sizeHintForColumn(c) for c in range(1, table.columnCount()))
    narrow = table.width() - table.viewport().width() + 2 * figures
    split.setSizes([split.width() - narrow, narrow])
    qtbot.waitUntil(lambda: table.width() <= narrow)
    assert table.columnWidth(0) >= min(longest, table.viewport().width() // 2)
    for c in range(table.columnCount()):
        heading = table.horizontalHeaderItem(c)
        assert heading.toolTip() == heading.text()
    wide = table.width() - table.viewport().width() + longest + sum(
        table.sizeHintForColumn(c) for c in range(1, table.columnCount())) + 200
    split.setSizes([split.width() - wide, wide])
    qtbot.waitUntil(lambda: table.columnWidth(0) >= longest)


def test_a_projectors_sensitivity_table_shows_every_column_without_scrolling(bundled, qtbot):
    """In a 1024x768 window the lever table is about 230 px wide: the figures and the
    names' half did not fit, and the Elasticity column lay beyond a sideways scroll bar.
    Every column shares the width (the names wrap, a cut text ends in "..."), and every
    cell is whole on hover."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    table = view.lever_table
    qtbot.waitUntil(table.isVisible)
    split = table.parentWidget()
    split.setSizes([split.width() - 230, 230])     # beside the charts: its readable least
    qtbot.waitUntil(lambda: table.width() <= max(240, table.minimumWidth()))
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
    assert table.horizontalScrollBar().maximum() == 0
    assert all(width > 0 for width in widths)
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            assert table.item(r, c).toolTip() == table.item(r, c).text()


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


def test_a_short_map_gets_the_one_line_change_scale(bundled, qtbot):
    """On a short map (a laptop's, or any at 200 % scaling) the four-line scale took a
    quarter of its height: there it is the one-line strip, and a taller map has the full
    scale again, each time with the bottom margin it needs."""
    from PySide6.QtGui import QFontMetricsF
    from windtunnel.app.analysis.map_layer import SHORT_VIEW
    window, analysis = bundled
    legend, view = analysis.map_results.legend, window.view
    qtbot.waitUntil(legend.isVisible)
    font = legend.font()
    font.setPointSizeF(legend.point_size)
    line = QFontMetricsF(font).height()
    view.resize(view.width(), SHORT_VIEW + 100)
    qtbot.waitUntil(lambda: legend.height() > line + 12)
    full = legend.height()
    view.resize(view.width(), SHORT_VIEW - 40)
    qtbot.waitUntil(lambda: legend.height() <= line + 12)
    assert view.margin_rect("bottom").height() == legend.height() + 8
    assert not legend.geometry().intersects(view.viewport().geometry())
    view.resize(view.width(), SHORT_VIEW + 100)
    qtbot.waitUntil(lambda: legend.height() == full)


def test_a_zoomed_in_map_s_scroll_bars_cover_neither_legend(bundled, qtbot):
    """Zoomed in, the map's scroll bars show: the change scale stays above the bottom bar,
    whole, and the group legend's margin ends above it (the bar covered the scale's lower
    half)."""
    window, analysis = bundled
    view, scale = window.view, analysis.map_results.legend
    qtbot.waitUntil(scale.isVisible)
    view.set_zoom(3.0)
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    bar_rect = QRect(bar.mapTo(view, QPoint(0, 0)), bar.size())
    qtbot.waitUntil(lambda: not scale.geometry().intersects(bar_rect))
    assert scale.geometry().bottom() < bar_rect.top()
    assert not view.legend.geometry().intersects(bar_rect)
    view.fit()
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.waitUntil(lambda: scale.geometry().bottom() > bar_rect.top())  # down again
