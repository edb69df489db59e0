"""The values a lever may take follow the activation's levels, and a value outside them,
in a file, an import or a run, is named, never silently clipped or passed over."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import openpyxl
import pytest

from windtunnel.cli import main
from windtunnel.engine import LeverRange, explore
from windtunnel.errors import ModelError
from windtunnel.io import import_model
from windtunnel.model import Intervention, Objective, Scenario, Settings, save
from windtunnel.model.lever_range import (brought_into_range, lever_range,
                                          out_of_range_levers, out_of_range_note)
from windtunnel.session.objectives import level_range


def _held_below(model, value=-0.5):
    """``model`` (sigmoid: levels 0..1) with a scenario holding its lever at ``value``."""
    model.add_scenario(Scenario("cut", "Cut back", interventions=(
        Intervention("ban", "clamp", value, 1),)))
    return model


@pytest.mark.parametrize("activation, expected", [
    ("sigmoid", (0.0, 1.0)), ("bivalent", (0.0, 1.0)), ("tanh", (-1.0, 1.0)),
    ("clip", (-1.0, 1.0)), ("trivalent", (-1.0, 1.0))])
def test_the_lever_range_is_the_activations_levels(activation, expected):
    assert lever_range(activation) == expected


def test_a_value_below_a_sigmoid_models_levels_is_named_with_its_scenario(small_model):
    model = _held_below(small_model)
    assert model.settings.activation == "sigmoid"
    assert [(s.id, v.node) for s, v in out_of_range_levers(model)] == [("cut", "ban")]
    note = str(out_of_range_note(model))
    assert "1 lever value(s) or initial level(s) are outside [0, 1]" in note
    assert "\u201cCut back\u201d sets \u201cAccess ban\u201d to -0.5" in note
    assert not out_of_range_levers(model, "tanh") and out_of_range_note(model, "tanh") is None


def test_a_node_s_initial_level_outside_the_range_is_named_too(small_model):
    """A node starting at a level its activation never gives is named beside the levers,
    and alone it is named at the node."""
    small_model.update_node("ban", initial=-0.25)
    note = out_of_range_note(small_model)
    assert note.location == "node 'ban'"
    assert "1 lever value(s) or initial level(s) are outside [0, 1]" in note.message
    assert "\u201cAccess ban\u201d starts at -0.25" in note.message
    note = out_of_range_note(_held_below(small_model))
    assert note.location == "scenario 'cut'" and note.message.startswith("2 lever value(s)")
    assert ("\u201cCut back\u201d sets \u201cAccess ban\u201d to -0.5; \u201cAccess ban\u201d "
            "starts at -0.25") in note.message
    assert out_of_range_note(small_model, "tanh") is None


def test_an_import_names_a_node_s_initial_level_outside_the_range(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("source,target,weight\nTax,Demand,0.5\n", encoding="utf-8")
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("id,label,initial\nTax,Tax,-0.5\nDemand,Demand,0.2\n", encoding="utf-8")
    notes = [str(note) for note in import_model(path, nodes=nodes).notes]
    assert any("initial level(s) are outside" in note and "\u201cTax\u201d starts at -0.5"
               in note for note in notes), notes


def test_bringing_into_range_moves_only_the_values_outside(small_model):
    scenario = Scenario("s", "S", interventions=(Intervention("ban", "clamp", -0.4),
                                                 Intervention("leak", "pulse", 0.3)))
    moved = brought_into_range(scenario, "sigmoid")
    assert [v.value for v in moved.interventions] == [0.0, 0.3]
    assert brought_into_range(scenario, "tanh") is scenario


def test_an_objective_asks_no_more_than_the_activation_gives_a_lever(small_model):
    """A lever's levels were [-1, 1] in any model; in a sigmoid model they are [0, 1], and
    a file's value outside widens them to include it."""
    assert level_range(small_model, small_model.node("ban")) == (0.0, 1.0)
    assert level_range(_held_below(small_model), small_model.node("ban")) == (-0.5, 1.0)


def test_check_and_run_name_a_files_value_outside_the_range(tmp_path, small_model, capsys):
    path = tmp_path / "m.wtm"
    save(_held_below(small_model), path)
    assert main(["check", str(path)]) == 0
    assert ("warning: scenario 'cut': 1 lever value(s) or initial level(s) are outside "
            "[0, 1]") in \
        capsys.readouterr().out
    assert main(["run", str(path), "--scenario", "cut"]) == 0
    assert ("note: scenario 'cut': 1 lever value(s) or initial level(s) are outside "
            "[0, 1]") in \
        capsys.readouterr().err
    save(replace_settings(small_model, activation="tanh"), path)   # -0.5 is a tanh level
    assert main(["run", str(path), "--scenario", "cut"]) == 0
    assert "outside" not in capsys.readouterr().err


def replace_settings(model, **changes):
    model.set_settings(replace(model.settings, **changes))
    return model


def test_an_import_names_a_value_outside_the_range_and_keeps_it(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    book["Edges"].append(["From", "To", "Weight"])
    book["Edges"].append(["Tax", "Demand", -0.5])
    book.create_sheet("Scenarios").append(["ID", "Label"])
    book["Scenarios"].append(["s1", "Subsidy"])
    book.create_sheet("Interventions").append(["Scenario", "Node", "Value"])
    book["Interventions"].append(["s1", "Tax", -1])
    book.save(tmp_path / "book.xlsx")
    imported = import_model(tmp_path / "book.xlsx")
    assert imported.model.settings.activation == "sigmoid"
    assert imported.model.scenario("s1").interventions[0].value == -1.0    # not clipped
    assert any("\u201cSubsidy\u201d sets \u201cTax\u201d to -1" in str(note)
               for note in imported.notes)


def test_explore_refuses_a_lever_range_beyond_the_activations_levels(small_model):
    with pytest.raises(ModelError, match=r"-1 to 1 leaves \[0, 1\]"):
        explore(small_model, levers=[LeverRange("ban", -1.0, 1.0)], futures=2, policies=2,
                workers=1)
    explored = explore(replace_settings(small_model, activation="tanh"),
                       levers=[LeverRange("ban", -1.0, 1.0)], futures=2, policies=2, workers=1)
    assert explored is not None


def test_lever_sensitivity_steps_within_the_levers_levels(small_model, monkeypatch):
    """A sigmoid lever at 0 is nudged to 0.05, not to -0.05, a level its model never
    gives; under tanh, to either side."""
    from windtunnel.engine import sensitivity

    tried = []
    final = sensitivity._final
    monkeypatch.setattr(sensitivity, "_final", lambda network, plan, *rest: tried.append(
        np.asarray(plan.value, float)) or final(network, plan, *rest))
    model = small_model
    model.add_objective(Objective("lab-up", "Lab up", "lab", "increase"))
    held_at_zero = Scenario("zero", "Zero", interventions=(Intervention("ban", "clamp", 0.0, 1),))
    model.add_scenario(held_at_zero)
    effects = sensitivity.lever_elasticities(model, "zero", "lab-up")
    assert effects and min(float(values.min()) for values in tried if values.size) == 0.0
    tried.clear()
    sensitivity.lever_elasticities(replace_settings(model, activation="tanh"), "zero", "lab-up")
    assert min(float(values.min()) for values in tried if values.size) == pytest.approx(-0.05)
