"""Text typed or pasted into any text box reaches the model without control characters (a
terminal colour code, a stray U+0001), which no export keeps and saving refuses: every
undo command that sets a text drops them, so a new text box cannot let one in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from conftest import make_small_model
from windtunnel.app import commands
from windtunnel.app.participants_rating import AddParticipant, AggregateAfter, NameNewParticipant
from windtunnel.model import Node, Translations
from windtunnel.model.control_text import control_refusal
from windtunnel.model.fileformat import dumps

#: A paste from a terminal: a colour code's escape, a start-of-heading, a C1 control, DEL.
PASTED = "Leak\x1b[31m of \x01weights\x85\x7f"
CLEAN = "Leak[31m of weights"


def _insert(model):
    return commands.InsertCommand(model, "node", Node("new", PASTED, description=PASTED,
                                                      group=PASTED))


def _replace(model):
    old = model.node("leak")
    return commands.ReplaceCommand(model, "node", old,
                                   replace(old, label=PASTED, description=PASTED))


def _replace_translation(model):
    old = model.scenario("strict")
    return commands.ReplaceCommand(model, "scenario", old, replace(
        old, translations=Translations((("ja", "label", PASTED),))))


def _info(model):
    return commands.SetInfoCommand(model, PASTED, PASTED,
                                   translations=Translations((("ja", "title", PASTED),)))


def _group_names(model):
    return commands.SetGroupTranslationsCommand(
        model, Translations((("ja", "Global", PASTED),)))


def _settings(model):
    return commands.SetSettingsCommand(model, replace(model.settings, time_unit=PASTED))


#: Each command that sets a text, built with pasted text in every text it sets.
SETS_TEXT = {commands.InsertCommand: _insert, commands.ReplaceCommand: _replace,
             commands.SetInfoCommand: _info,
             commands.SetGroupTranslationsCommand: _group_names,
             commands.SetSettingsCommand: _settings}
#: Commands that set no text of their own: they remove, move, or run other commands.
SETS_NO_TEXT = {commands.RemoveCommand, commands.MoveNodesCommand, commands.MacroCommand,
                AggregateAfter, AddParticipant, NameNewParticipant}


def _every_command_class(base=commands.ModelCommand):
    for sub in base.__subclasses__():
        if not sub.__name__.startswith("_"):
            yield sub
        yield from _every_command_class(sub)


def test_every_command_is_known_to_set_text_or_not():
    """A new command must say here whether it sets a text (and be tested for it below)."""
    known = set(SETS_TEXT) | SETS_NO_TEXT
    assert set(_every_command_class()) <= known, set(_every_command_class()) - known


def _model_texts(model) -> str:
    """Every text the model holds, as its file writes it."""
    return dumps(model)


@pytest.mark.parametrize("build", [*SETS_TEXT.values(), _replace_translation],
                         ids=lambda build: build.__name__.strip("_"))
def test_a_command_that_sets_text_drops_control_characters(qapp, build):
    model = make_small_model()
    stack = QUndoStack()
    assert commands.execute(stack, build(model))
    assert control_refusal(model) is None          # the model may be saved as it is
    assert CLEAN in _model_texts(model)
    stack.undo()
    stack.redo()                                   # redo sets the same clean text
    assert control_refusal(model) is None and CLEAN in _model_texts(model)


def test_a_macro_of_text_setting_commands_drops_them_too(qapp):
    model = make_small_model()
    macro = commands.MacroCommand(model, "Both", [_insert(model), _settings(model)])
    assert commands.execute(QUndoStack(), macro)
    assert control_refusal(model) is None and model.time_unit == CLEAN


def test_a_label_an_edit_sets_is_one_line_and_other_edits_leave_a_label_as_it_is(qapp):
    """An element inserted (a paste from elsewhere) or renamed takes its label on one line;
    an edit of another field leaves the label a model file brought, breaks and all."""
    model = make_small_model()
    stack = QUndoStack()
    commands.execute(stack, commands.InsertCommand(model, "node", Node("new", "Tax\nrate")))
    assert model.node("new").label == "Tax rate"
    model.replace("node", replace(model.node("leak"), label="Model\nleakage"))   # as loaded
    old = model.node("leak")
    commands.execute(stack, commands.ReplaceCommand(model, "node", old,
                                                    replace(old, initial=0.4)))
    assert model.node("leak").label == "Model\nleakage"
    old = model.node("leak")
    commands.execute(stack, commands.ReplaceCommand(model, "node", old,
                                                    replace(old, label="Leak\nof models")))
    assert model.node("leak").label == "Leak of models"
