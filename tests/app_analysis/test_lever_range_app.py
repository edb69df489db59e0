"""The lever sliders run over the levels the activation gives a node, a file's value
outside them is marked, not hidden, and a change of activation that leaves values outside
asks, naming them, before it changes anything."""

from __future__ import annotations

from dataclasses import replace

from windtunnel.app.analysis import commands
from windtunnel.app.analysis.levers import OUTSIDE_COLOUR, SCALE
from windtunnel.app.analysis.settings_dialog import SettingsDialog, edit_settings
from windtunnel.errors import ModelError
from windtunnel.model import Intervention, Scenario

from conftest import answer_next_question, make_small_model

from .conftest import _open


def _below_zero():
    """The small model (sigmoid) with a scenario holding its lever at -0.5 from step 1."""
    model = make_small_model()
    model.add_scenario(Scenario("cut", "Cut back", interventions=(
        Intervention("ban", "clamp", -0.5, 1),)))
    return model


def _row(analysis, scenario_id):
    analysis.session.set_scenario(scenario_id)
    panel = analysis.scenarios_panel.levers
    panel.refresh()
    return panel.rows["ban"]


def test_a_sigmoid_models_slider_runs_from_zero_and_marks_a_files_value_below(
        workspace, qtbot):
    window, analysis = _open(workspace, qtbot, _below_zero())
    row = _row(analysis, "cut")
    assert (row.slider.minimum(), row.slider.maximum()) == (0, SCALE)
    assert row.value.text() == "\u22120.50"                # the file's value, as it is
    assert row.value.palette().color(row.value.foregroundRole()).name() == OUTSIDE_COLOUR
    assert "outside 0 to 1" in row.value.toolTip()
    row = _row(analysis, "strict")                      # 1.0: in range, unmarked
    assert row.value.palette().color(row.value.foregroundRole()).name() != OUTSIDE_COLOUR
    assert row.value.toolTip() == ""


def test_a_value_outside_the_range_is_refused_as_a_lever_edit(small):
    window, _ = small
    model = window.document.model
    try:
        commands.set_lever(model, "strict", "ban", value=-0.5)
    except ModelError as exc:
        assert "\u22120.50 is outside 0 to 1" in str(exc)
    else:
        raise AssertionError("a sigmoid lever was set to -0.5")


def test_choosing_tanh_widens_the_slider_to_minus_one(workspace, qtbot):
    window, analysis = _open(workspace, qtbot, make_small_model())
    window.scene.select([])
    window.inspector.settings_form.editors["activation"].setCurrentText("tanh")
    assert window.document.model.settings.activation == "tanh"
    row = _row(analysis, "strict")
    assert (row.slider.minimum(), row.slider.maximum()) == (-SCALE, SCALE)


def _to_sigmoid_from_tanh(workspace, qtbot):
    model = _below_zero()
    model.set_settings(replace(model.settings, activation="tanh"))
    window, analysis = _open(workspace, qtbot, model)
    window.scene.select([])
    return window, analysis, model


def test_cancelling_the_question_changes_nothing(workspace, qtbot):
    window, _, model = _to_sigmoid_from_tanh(workspace, qtbot)
    seen = answer_next_question("cancel")
    editor = window.inspector.settings_form.editors["activation"]
    editor.setCurrentText("sigmoid")
    assert seen and seen[0] == ("The sigmoid activation gives levels from 0 to 1; 1 value of "
                                "the scenarios' levers and the nodes' initial levels is "
                                "outside them.")
    assert "\u201cCut back\u201d sets \u201cAccess ban\u201d to -0.5" in seen[1]
    assert seen[2] == "Cancel"
    assert model.settings.activation == "tanh" and editor.currentText() == "tanh"
    assert not window.document.undo_stack.canUndo()


def test_bringing_into_range_is_one_undo_step_with_the_change(workspace, qtbot):
    window, _, model = _to_sigmoid_from_tanh(workspace, qtbot)
    answer_next_question("delete")                      # "Bring into range"
    window.inspector.settings_form.editors["activation"].setCurrentText("sigmoid")
    assert model.settings.activation == "sigmoid"
    assert model.scenario("cut").interventions[0].value == 0.0
    assert model.scenario("strict").interventions[0].value == 1.0
    window.document.undo_stack.undo()
    assert model.settings.activation == "tanh"
    assert model.scenario("cut").interventions[0].value == -0.5


def test_keeping_the_values_changes_the_activation_alone(workspace, qtbot):
    window, analysis, model = _to_sigmoid_from_tanh(workspace, qtbot)
    answer_next_question("accept")                      # "Keep values"
    dialog = SettingsDialog(model.settings, window)
    dialog.activation.setCurrentIndex(dialog.activation.findData("sigmoid"))
    dialog.exec = lambda: True
    assert edit_settings(analysis.controller, dialog)
    assert model.settings.activation == "sigmoid"
    assert model.scenario("cut").interventions[0].value == -0.5
    assert window.document.undo_stack.count() == 1


def test_a_lever_set_from_a_level_below_the_range_starts_at_its_nearest_end(small):
    """Choosing "clamp" for a lever whose initial level is below a sigmoid model's levels
    (a file's) sets it at 0, the nearest level a lever may take, not at that level."""
    window, _ = small
    model = window.document.model
    model.update_node("ban", initial=-0.4)
    window.document.undo_stack.push(commands.clear_lever(model, "strict", "ban"))
    window.document.undo_stack.push(commands.set_lever(model, "strict", "ban", mode="clamp"))
    assert model.scenario("strict").interventions[0].value == 0.0


def test_the_slider_says_what_its_ends_mean(workspace, qtbot):
    window, analysis = _open(workspace, qtbot, _below_zero())
    row = _row(analysis, "strict")
    assert row.slider.toolTip() == ("From 0 to +1, the levels the sigmoid activation gives a "
                                    "node: 0 holds it at none of it, +1 at all of it")
    window.scene.select([])
    window.inspector.settings_form.editors["activation"].setCurrentText("tanh")
    row = _row(analysis, "strict")
    assert row.slider.toolTip().startswith("From \u22121 to +1, the levels the tanh activation")
    assert "\u22121 holds it at the full opposite" in row.slider.toolTip()
