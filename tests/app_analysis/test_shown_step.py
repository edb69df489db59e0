"""Views that follow the shown step and the Monte Carlo run (the Why? panel's own tests are in
test_why.py): edge tooltips with contributions, the matrix's Monte Carlo views, and the
chart's reuse of its curves."""

from __future__ import annotations

import numpy as np

from windtunnel.app.analysis.colours import NEUTRAL, change_colour
from windtunnel.app.formats import MINUS
from windtunnel.engine.contributions import edge_contributions
from windtunnel.engine import compile_model, compile_scenario

from .conftest import hover, settle


# -- edge tooltips -----------------------------------------------------------------------

def test_edge_tooltip_adds_the_contribution_at_the_shown_step(bundled, qtbot):
    window, analysis = bundled
    analysis.session.set_scenario("whack-a-mole")
    analysis.session.set_step(10)
    settle(qtbot, analysis)
    model = window.document.model
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("whack-a-mole"))
    result = analysis.session.result()
    push = edge_contributions(network, plan.weight, analysis.session.results.baseline, result.states,
                              10, model.settings.rule)
    e = int(np.argmax(np.abs(push)))
    key = (network.node_ids[network.source[e]], network.node_ids[network.target[e]])
    item = window.scene.edge_items[key]
    assert "contribution" not in item.toolTip()           # made on hover, not on every step
    tip = hover(window, item)
    assert tip.startswith(item.tooltip_text())            # the editor's text stays first
    assert f"contribution {push[e]:+.3f}".replace("-", MINUS) in tip and "month 10" in tip
    assert result.label in tip and "further" in tip
    analysis.session.set_step(11)
    settle(qtbot, analysis)
    assert "month 11" in hover(window, item)              # follows the time slider
    node = window.scene.node_items[key[1]]
    assert "change" in hover(window, node)
    analysis.time_bar.tints.setChecked(False)          # results off: the editor's text back
    assert item.toolTip() == "" and node.toolTip() == ""  # (made again on the next hover)
    assert "contribution" not in hover(window, item)


def test_edge_tooltip_names_an_overridden_weight_and_step_zero(small, qtbot):
    window, analysis = small
    settle(qtbot, analysis)
    item = window.scene.edge_items[("lab", "leak")]
    text = analysis.map_results.hover.edge_text(("lab", "leak"))
    assert f"{MINUS}0.50 \u00d7" in text and f"{MINUS}0.30 \u00d7" in text     # scenario vs model weight
    assert text in hover(window, item)
    analysis.session.set_step(0)
    settle(qtbot, analysis)
    assert "nothing has been pushed yet" in hover(window, item)


# -- the matrix after Monte Carlo ----------------------------------------------------------

def test_matrix_shows_median_and_probability_after_monte_carlo(small, qtbot):
    window, analysis = small
    matrix = analysis.results_panel.matrix
    boxes = matrix.show_box.model()
    assert matrix.view == "change" and not boxes.item(1).isEnabled()
    assert "run Monte Carlo" in matrix.scale.title
    analysis.controller.run_monte_carlo(300)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    settle(qtbot, analysis)
    assert boxes.item(1).isEnabled() and boxes.item(2).isEnabled()
    uncertainty = analysis.session.uncertainty("strict")
    i = analysis.session.results.node_index("leak")
    matrix.set_view("median")
    cell = matrix.model.index(i, 3)
    assert cell.data() == f"{uncertainty.band(50)[-1, i]:+.3f}".replace("-", MINUS)
    assert "Median change" in matrix.scale.title and "300" in matrix.scale.title
    matrix.set_view("p_increase")
    assert cell.data() == f"{uncertainty.p_increase[-1, i]:.0%}"
    assert matrix.scale.ends == ("0% (falls)", "(rises) 100%")
    assert "Probability" in matrix.scale.title
    p = uncertainty.p_increase[-1, i]                # coloured around 50 %
    assert matrix.model.colours[0][i] == change_colour(p - 0.5, 0.5)
    window.document.model.update_edge("ban", "leak", weight=0.2)    # the run goes stale
    settle(qtbot, analysis)
    assert matrix.view == "change" and not boxes.item(2).isEnabled()
    assert cell.data() == f"{analysis.session.result('strict').change[-1, i]:+.3f}".replace(
        "-", MINUS)


def test_matrix_monte_carlo_view_follows_the_shown_step(small, qtbot):
    window, analysis = small
    matrix = analysis.results_panel.matrix
    analysis.controller.run_monte_carlo(200)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    settle(qtbot, analysis)
    matrix.set_view("p_increase")
    matrix.at_step.setChecked(True)
    analysis.session.set_step(1)                          # before the ban starts: nothing moves
    settle(qtbot, analysis)
    i = analysis.session.results.node_index("leak")
    assert matrix.model.index(i, 3).data() == "no change"             # not a red 0 %
    assert matrix.model.colours[0][i].name() == NEUTRAL
    assert f"{analysis.session.results.settings.time_unit} 1" in matrix.scale.title
    analysis.session.clear_monte_carlo()
    settle(qtbot, analysis)
    assert matrix.view == "change"


# -- the chart reuses its curves -----------------------------------------------------------

def test_chart_moves_its_curves_instead_of_rebuilding(bundled, qtbot):
    window, analysis = bundled
    chart = analysis.results_panel.chart
    settle(qtbot, analysis)
    lines = dict(chart.series)
    analysis.controller.refresh()                             # new numbers, same set of lines
    settle(qtbot, analysis)
    assert chart.series == lines and all(chart.series[k] is lines[k] for k in lines)
    row = analysis.scenarios_panel.levers.rows["loophole-closing"]
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(-60)
    analysis.controller.flush_live()
    node = next(n for n, run in lines if run == analysis.session.scenario_id)
    line = chart.series[(node, analysis.session.scenario_id)]
    wanted = analysis.session.states()[:, analysis.session.results.node_index(node)]
    qtbot.waitUntil(lambda: np.allclose(line.getData()[1], wanted))   # caught up on a pause
    assert chart.series[(node, analysis.session.scenario_id)] is lines[(node, analysis.session.scenario_id)]
    row.slider.setSliderDown(False)
    settle(qtbot, analysis)
    window.scene.select(["us-labs"])                 # another set of lines: rebuilt
    settle(qtbot, analysis)
    assert set(n for n, _ in chart.series) == {"us-labs"}


def test_during_a_drag_the_chart_waits_for_a_pause_or_the_longest_interval(bundled, qtbot):
    """Each live step stops the pause timer (restarted in the turn after the map's repaint)
    but not the longest-interval one; a pause refreshes the chart at once, the longest
    interval only after the next map repaint; either refreshes it once and stops both."""
    window, analysis = bundled
    chart = analysis.results_panel.chart
    settle(qtbot, analysis)
    row = analysis.scenarios_panel.levers.rows["loophole-closing"]
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(-60)
    analysis.controller.flush_live()                     # a preview is live
    refreshes = []
    chart.refresh = lambda *_: refreshes.append(1)
    for timer in (chart.pause_timer, chart.longest_timer):
        timer.setInterval(600_000)                       # they fire only when told to
    chart._live_step()
    assert not chart.pause_timer.isActive() and chart.longest_timer.isActive()
    qtbot.waitUntil(chart.pause_timer.isActive)          # after the map's turn
    longest_left = chart.longest_timer.remainingTime()
    chart._live_step()                                   # the hand moves on
    assert not chart.pause_timer.isActive()
    assert chart.longest_timer.remainingTime() <= longest_left    # not restarted
    qtbot.waitUntil(chart.pause_timer.isActive)
    assert not refreshes
    chart.pause_timer.timeout.emit()                          # the hand pauses
    assert refreshes == [1]
    assert not chart.pause_timer.isActive() and not chart.longest_timer.isActive()
    chart._live_step()
    chart.longest_timer.timeout.emit()                        # or it never pauses:
    assert refreshes == [1]                                   # not before the map's turn
    qtbot.waitUntil(lambda: refreshes == [1, 1])
    assert not chart.pause_timer.isActive() and not chart.longest_timer.isActive()
    row.slider.setSliderDown(False)
    settle(qtbot, analysis)


def test_many_live_steps_in_one_turn_make_one_chart_update_and_release_shows_the_last(
        bundled, qtbot):
    """Live steps queued in one turn are one chart update, after the map's turn; during the
    drag the axes keep their range; after release the chart shows the committed value
    and fits its curves again."""
    window, analysis = bundled
    chart = analysis.results_panel.chart
    settle(qtbot, analysis)
    box = chart.plot.getPlotItem().getViewBox()
    assert all(box.autoRangeEnabled())
    refreshes = []
    refresh = chart.refresh
    chart.refresh = lambda *a: (refreshes.append(1), refresh(*a))
    for timer in (chart.pause_timer, chart.longest_timer):
        timer.setInterval(600_000)                       # they fire only when told to
    row = analysis.scenarios_panel.levers.rows["loophole-closing"]
    row.slider.setSliderDown(True)
    for position in (-80, -40, 0, 40):
        row.slider.setSliderPosition(position)
        analysis.controller.flush_live()                  # each step runs live
    chart.longest_timer.timeout.emit()                    # the longest interval passed
    assert not refreshes
    qtbot.waitUntil(lambda: refreshes == [1])             # one update for the four steps
    assert not any(box.autoRangeEnabled())                # held during the drag
    scenario = analysis.session.scenario_id
    node = next(n for n, run in chart.series if run == scenario)
    i = analysis.session.results.node_index(node)
    line = chart.series[(node, scenario)]
    assert np.allclose(line.getData()[1], analysis.session.states()[:, i])
    (_, _), (low, high) = box.viewRange()
    assert low <= line.getData()[1].min() and line.getData()[1].max() <= high  # in view
    row.slider.setSliderPosition(90)
    analysis.controller.flush_live()
    row.slider.setSliderDown(False)                       # released: committed, re-run
    settle(qtbot, analysis)
    assert analysis.session.live_change is None
    final = analysis.session.result().states[:, i]
    assert np.allclose(line.getData()[1], final)          # the released value
    assert all(box.autoRangeEnabled())                    # fitted again, as before


def test_a_range_the_user_zoomed_to_stays_after_a_drag(bundled, qtbot):
    window, analysis = bundled
    chart = analysis.results_panel.chart
    settle(qtbot, analysis)
    box = chart.plot.getPlotItem().getViewBox()
    box.setYRange(-3, 3, padding=0)                      # as a wheel zoom does
    assert not box.autoRangeEnabled()[1]
    row = analysis.scenarios_panel.levers.rows["loophole-closing"]
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(-70)
    analysis.controller.flush_live()
    chart.pause_timer.timeout.emit()
    row.slider.setSliderDown(False)
    settle(qtbot, analysis)
    assert box.autoRangeEnabled()[1] is False and box.autoRangeEnabled()[0]
    assert np.allclose(box.viewRange()[1], (-3, 3))
