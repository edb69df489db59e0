"""A new blank model reads the way an analyst expects: a neutral baseline, levers that move."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt

from windtunnel.app.commands import InsertCommand
from windtunnel.app.document import NEW_MODEL_SETTINGS
from windtunnel.engine import run
from windtunnel.model import Intervention, Scenario


def test_a_map_built_in_a_new_window_has_a_neutral_baseline_and_a_lever_that_moves(window):
    window.new_file()
    window = window.workspace.windows[-1]
    model, editor = window.document.model, window.editor
    assert model.settings == NEW_MODEL_SETTINGS
    ban = editor.add_node(QPointF(0, 0), kind="restriction", label="Export ban")
    leak = editor.add_node(QPointF(300, 0), label="Leakage")
    rivals = editor.add_node(QPointF(600, 0), label="Rival capability")
    editor.connect(ban, leak, 0.5)
    editor.connect(leak, rivals, -0.5)
    editor.run(InsertCommand(model, "scenario", Scenario(
        "ban", "Ban", interventions=(Intervention(ban, "clamp", 1.0, 1, None),))))
    results = run(model)
    assert np.allclose(results.baseline, 0.0)                 # nothing moved, nothing moves
    change = results.scenario("ban").change[-1]
    index = {n: results.node_index(n) for n in (leak, rivals)}
    assert 0.4 < change[index[leak]] < 0.5                     # about lever x weight
    assert -0.3 < change[index[rivals]] < -0.15                # fading, with the sign


def test_an_empty_map_says_how_to_add_a_node_until_it_has_one(window, qtbot):
    window.new_file()
    window = window.workspace.windows[-1]
    hint = window.view.empty_hint
    qtbot.waitUntil(lambda: hint.isVisible())
    assert "double-click" in hint.text() and "Import" in hint.text()
    middle = window.view.contentsRect().center()
    assert abs(hint.geometry().center().x() - middle.x()) <= 2
    assert abs(hint.geometry().center().y() - middle.y()) <= 2
    assert hint.testAttribute(Qt.WA_TransparentForMouseEvents)   # double-clicks reach the map
    window.namer.ask(QPointF(0, 0), "factor")           # a double-click's name box
    assert hint.isHidden()
    window.namer.cancel()
    assert not hint.isHidden()
    node = window.editor.add_node(QPointF(0, 0), label="Export ban")
    assert hint.isHidden()
    window.document.undo_stack.undo()
    assert window.document.model.node(node) is None and not hint.isHidden()



def test_a_new_map_s_chart_says_it_has_no_nodes_yet(window, qtbot):
    window.new_file()
    window = window.workspace.windows[-1]
    chart = window.extensions["analysis"].results_panel.chart
    qtbot.waitUntil(lambda: chart.note.full_text.startswith("No nodes yet"))
    # the message alone, no axes of an empty chart under it
    qtbot.waitUntil(lambda: chart.note.isVisible())
    assert chart.plot.isHidden() and chart.all_scenarios.isHidden()
    window.editor.add_node(QPointF(0, 0), label="Export ban")
    qtbot.waitUntil(lambda: not chart.note.full_text.startswith("No nodes yet"))
    assert not chart.plot.isHidden() and not chart.all_scenarios.isHidden()
