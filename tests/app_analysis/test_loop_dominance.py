"""Loops over time in the Structure view: a stacked chart of the loops driving the selected
node in the current scenario, and the dominant loop per stretch of steps."""

from __future__ import annotations

import numpy as np

from windtunnel.app.analysis.loop_dominance import SHOWN, loop_shares
from windtunnel.engine import compile_model, compile_scenario, find_loops, loop_scores

from .conftest import settle


def _shown(bundled, qtbot, node="misuse-risk", scenario="whack-a-mole"):
    window, analysis = bundled
    panel = analysis.results_panel
    analysis.session.set_scenario(scenario)
    window.scene.select([node])
    panel.show_tab("structure")
    chart = panel.structure.dominance
    panel.structure.tabs.setCurrentWidget(chart.parentWidget())   # its tab page
    qtbot.waitUntil(lambda: chart.computed is not None and chart.computed[0][2] == scenario,
                    timeout=20_000)
    settle(qtbot, analysis)
    return window, analysis, chart


def test_the_chart_stacks_the_loops_reaching_the_selected_node(bundled, qtbot):
    window, analysis, chart = _shown(bundled, qtbot)
    model = window.document.model
    network = compile_model(model)
    scores = loop_scores(network, compile_scenario(network, model.scenario("whack-a-mole")),
                         model.settings, find_loops(network, max_length=12).loops)
    candidates, shares = loop_shares(scores, "misuse-risk")
    moving = np.abs(scores.scores[:, candidates]).sum(axis=1) > 0
    np.testing.assert_allclose(np.abs(shares[moving]).sum(axis=1), 1.0)   # stacks to 1
    assert not shares[~moving].any()
    assert 0 < len(chart.shown) <= SHOWN
    first = scores.loops[chart.shown[0]]
    assert " \u2192 ".join(model.node(m).label for m in first.members) in chart.legend.text()
    assert "other loops" in chart.legend.text()
    stretches = scores.dominant("misuse-risk")
    assert chart.dominance.text().count("month ") == len(stretches)
    assert "month 1\u20135: no loop" in chart.dominance.text()
    assert "Misuse risk" in chart.caption.text()
    fills = [i for i in chart.plot.getPlotItem().items if type(i).__name__ == "FillBetweenItem"]
    assert len(fills) >= len(chart.shown)


def test_another_node_redraws_and_another_scenario_rescores(bundled, qtbot):
    window, analysis, chart = _shown(bundled, qtbot)
    computed = chart.computed
    window.scene.select(["export-controls"])          # a lever: no loop reaches it
    qtbot.waitUntil(lambda: "No feedback loop" in chart.caption.text(), timeout=5000)
    assert chart.computed is computed and chart.shown == []
    window.scene.select(["fragmentation"])
    qtbot.waitUntil(lambda: "Ecosystem fragmentation" in chart.caption.text(), timeout=5000)
    assert chart.computed is computed and chart.shown
    window, analysis, chart = _shown(bundled, qtbot, node="fragmentation",
                                     scenario="access-suspension")
    assert chart.computed is not computed
    assert window.document.model.scenario("access-suspension").label in chart.caption.text()
