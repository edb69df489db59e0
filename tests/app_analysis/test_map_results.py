"""The results on the map: tints, halos, flows and hover, the levers labelled, each edge's
contribution, and the change legend: shown or hidden, its scale shedding words, narrower on
a narrower or shorter map, repainted only when it changes, small changes in their digits,
clear of the scroll bars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.colours import NEUTRAL, change_colour, span_of
from windtunnel.engine.contributions import edge_contributions
from windtunnel.engine import compile_model, compile_scenario
from windtunnel.model import Model

from .conftest import _open, hover, settle


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


def test_the_levers_the_scenarios_set_are_labelled_on_the_zoomed_out_map(bundled, qtbot):
    # the fitted bundled map has room for only some labels: the levers the scenarios set
    # come right after the objectives, the same whichever scenario is shown (a scenario
    # changed is not the map changed), and go with the results
    window, analysis = bundled
    model = window.document.model
    set_levers = {i.node for scenario in model.scenarios for i in scenario.interventions}
    for scenario in model.scenarios:
        analysis.session.set_scenario(scenario.id)
        settle(qtbot, analysis)
        window.view.fit()
        QApplication.processEvents()
        window.view.viewport().grab()
        assert window.view.labels_by_view
        assert set(window.scene.labelled_first) == set_levers
        shown = window.view.map_labels.shown            # in the order they were placed
        levers = {i.node for i in scenario.interventions}
        shown_levers = [node_id for node_id in shown if model.node(node_id).is_lever]
        assert shown_levers[0] in set_levers, (scenario.id, shown_levers)
        assert levers <= set(shown), scenario.id
        # a crowded map, where the order decides which names show whole
        assert any(label.text.endswith("\u2026") for label in window.view.map_labels.placed)
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
