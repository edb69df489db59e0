"""The Results chart after adding a node: the node is selected at once, but the run that
charts it comes a moment later (on a big map, from a worker); meanwhile the chart keeps
what it shows, so it is laid out and its axes drawn once for the edit, not emptied
(key, curves, axes) and filled again."""

from __future__ import annotations

from windtunnel.app import prepared_views

from .conftest import settle


def test_adding_a_node_charts_it_once_its_run_comes_without_emptying_the_chart(
        small, qtbot, monkeypatch):
    window, analysis = small
    analysis.results_panel.show_tab("charts")
    chart = analysis.results_panel.chart
    window.scene.select(["leak"])
    settle(qtbot, analysis)
    assert [label for _colour, label in chart.key.entries] == ["Leakage"]
    built, bottom = [], chart.plot.getPlotItem().getAxis("bottom")
    monkeypatch.setattr(chart, "_build", lambda results, nodes, *rest, real=chart._build:
                        built.append(list(nodes)) or real(results, nodes, *rest))
    drawn = []
    monkeypatch.setattr(bottom, "generateDrawSpecs",
                        lambda painter, real=bottom.generateDrawSpecs: drawn.append(1)
                        or real(painter))
    monkeypatch.setattr(prepared_views, "PREPARED_ITEMS", 0)   # run on a worker, as a big
    window.editor.add_node((600.0, 400.0), label="Chip fabs")   # map's edits are
    settle(qtbot, analysis)
    qtbot.waitUntil(lambda: [label for _colour, label in chart.key.entries] == ["Chip fabs"],
                    timeout=10_000)
    assert built == [["chip-fabs"]]                     # built once, never emptied before
    chart.plot.viewport().repaint()
    assert len(drawn) <= 1          # the time axis kept its range: drawn at most once
