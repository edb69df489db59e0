"""A new blank model reads the way an analyst expects: a neutral baseline, levers that move."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF

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
