"""The Inspector's "Initial level" runs over the levels the model's activation gives a node
(as the lever sliders do), follows a change of activation, shows a file's value outside
them as it is, marked, and a change of activation that leaves initial levels outside asks
about them as it asks about levers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPalette

from windtunnel.app.theme import OUTSIDE_COLOUR

from conftest import answer_next_question


def _initial(window, node_id):
    window.scene.select([node_id])
    return window.inspector.node_form.editors["initial"]


def _text_colour(spin) -> str:
    return spin.palette().color(QPalette.Text).name()


def test_a_sigmoid_models_initial_level_runs_from_zero_to_one(window):
    model = window.document.model
    assert model.settings.activation == "sigmoid"
    spin = _initial(window, "leak")
    assert (spin.minimum(), spin.maximum()) == (0.0, 1.0)     # was -1 to 1
    spin.setValue(-0.5)
    assert model.node("leak").initial == 0.0
    assert "from 0 to 1" in spin.toolTip() and _text_colour(spin) != OUTSIDE_COLOUR


def test_the_range_follows_the_activation(window):
    model = window.document.model
    window.scene.select([])
    window.inspector.settings_form.editors["activation"].setCurrentText("tanh")
    spin = _initial(window, "leak")
    assert (spin.minimum(), spin.maximum()) == (-1.0, 1.0)
    spin.setValue(-0.5)
    assert model.node("leak").initial == -0.5
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()                      # sigmoid again, while shown
    assert model.settings.activation == "sigmoid"
    assert (spin.minimum(), spin.maximum()) == (0.0, 1.0)


def test_a_files_initial_level_outside_the_range_is_shown_as_it_is_and_marked(window):
    model = window.document.model
    model.update_node("leak", initial=-0.4)                # as a file may hold it
    spin = _initial(window, "leak")
    assert spin.value() == -0.4                            # not shown clamped to 0
    assert _text_colour(spin) == OUTSIDE_COLOUR
    assert "\u22120.40 is outside 0 to 1" in spin.toolTip()
    assert model.node("leak").initial == -0.4              # showing it changed nothing
    spin.setValue(0.3)
    assert (spin.minimum(), spin.maximum()) == (0.0, 1.0)
    assert _text_colour(spin) != OUTSIDE_COLOUR


def test_an_activation_change_asks_about_initial_levels_and_brings_them_into_range(window):
    model = window.document.model
    model.set_settings(replace(model.settings, activation="tanh"))
    model.update_node("leak", initial=-0.5)
    window.scene.select([])
    seen = answer_next_question("delete")                  # "Bring into range"
    window.inspector.settings_form.editors["activation"].setCurrentText("sigmoid")
    assert seen[0] == ("The sigmoid activation gives levels from 0 to 1; 1 value of the "
                       "scenarios' levers and the nodes' initial levels is outside them.")
    assert "\u201cLeakage\u201d starts at -0.5" in seen[1]
    assert model.settings.activation == "sigmoid" and model.node("leak").initial == 0.0
    window.document.undo_stack.undo()                      # one step
    assert model.settings.activation == "tanh" and model.node("leak").initial == -0.5
