"""What an objective may ask of its node (session.objectives): the app refuses, with the
reason, an objective that would count for nothing, ask more than its node can change, or
repeat another."""

from __future__ import annotations

from dataclasses import replace

from windtunnel.model import Objective, Settings
from windtunnel.session.objectives import level_range, objective_problems

from conftest import make_small_model


def test_the_reach_of_a_node_follows_the_activation_and_the_levers():
    model = make_small_model()                            # sigmoid: levels in [0, 1]
    assert level_range(model, model.node("leak")) == (0.0, 1.0)
    assert level_range(model, model.node("ban")) == (0.0, 1.0)       # a lever: the same
    model.set_settings(Settings(activation="tanh"))
    assert level_range(model, model.node("leak")) == (-1.0, 1.0)       # tanh: [-1, 1]


def test_problems_name_each_refused_value():
    model = make_small_model()
    fine = Objective("lab-up", "Lab up", "lab", "increase", 1.0, 1.0)
    assert objective_problems(model, fine) == []
    (weightless,) = objective_problems(model, replace(fine, importance=0.0))
    assert "more than 0" in weightless
    (too_far,) = objective_problems(model, replace(fine, threshold=1.2))
    assert "1.2" in too_far and "[0, 1]" in too_far and "at most 1" in too_far
    twin = Objective("again", "Again", "leak", "decrease", 0.0, 2.0)
    (repeated,) = objective_problems(model, twin)
    assert "\u201cLimit leakage\u201d already asks the same" in repeated
    assert objective_problems(model, replace(twin, id="less-leak"), "less-leak") == []
    assert objective_problems(model, replace(twin, threshold=0.1)) == []
