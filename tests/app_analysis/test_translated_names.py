"""Names read in the interface's language wherever a chart or table shows them: the
parallel coordinates' objective axes and colour choices, and the rating heatmap's edges
(the model's node labels, translated; a participant's own node as the participant named
it). Switching the language names them again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from windtunnel.app.participants_heatmap import HeatMapModel
from windtunnel.app.translations import apply_language
from windtunnel.model import load, translated
from windtunnel.paths import bundled_model

from .conftest import bundled_in, run_small_exploration, settle

VOICES = "ai-export-controls-2026-voices.wtm"


@pytest.mark.parametrize("tag", ["ja", "zh-HK"])
def test_the_parallel_coordinates_name_objectives_in_the_interfaces_language(workspace, qtbot,
                                                                             tag):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        view = run_small_exploration(qtbot, analysis)
        experiments, _, _ = view.result
        chart = view.parallel
        wanted = [translated(o) for o in experiments.objectives]
        assert wanted != [o.label for o in experiments.objectives]   # the model has them
        assert [name for name, _ in chart.axes][-len(wanted):] == wanted
        choices = [chart.colour_by.itemText(i) for i in range(1, chart.colour_by.count())]
        assert choices == wanted
        for name in wanted:
            assert name[:10] in chart.names.text()
        # the axis lines cross the end values' centres: each stands on the window's colour
        base = chart.palette().color(QPalette.Base)
        assert chart.ends and all(label.fill.color() == base for label, *_ in chart.ends)


def test_the_rating_heatmap_names_edges_in_the_interfaces_language():
    model = load(bundled_model(VOICES))
    names = [p.label for p in model.participants]
    heat = HeatMapModel()
    shown = {}
    try:
        for tag in ("en", "ja", "zh-HK"):
            apply_language(tag)
            heat.set_model(model, names)
            shown[tag] = list(heat.edge_labels)
            labels = {n.id: translated(n) for n in model.nodes}
            for (source, target), text in zip(heat.edges, heat.edge_labels):
                if source in labels and target in labels:
                    assert text == f"{labels[source]} \u2192 {labels[target]}"
    finally:
        apply_language("en")
    assert shown["ja"] != shown["en"] and shown["zh-HK"] != shown["en"]
