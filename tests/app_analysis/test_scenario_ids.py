"""A scenario or objective named after it was added gets its id from its name ("tax-cut",
not "new-scenario-3"), in the same undo step, while nothing outside the model can refer to
its id; an id the model came with or was saved with stays, renamed or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from windtunnel.app.analysis import commands
from windtunnel.model import load

from .conftest import settle


def _add_and_name(panel, qtbot, analysis, name: str) -> None:
    panel.add_button.click()
    settle(qtbot, analysis)
    qtbot.waitUntil(lambda: panel.list.state() == QAbstractItemView.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_a_scenario_named_as_it_is_added_takes_its_id_from_the_name(small, qtbot):
    window, analysis = small
    model, stack = window.document.model, window.document.undo_stack
    panel = analysis.scenarios_panel
    _add_and_name(panel, qtbot, analysis, "Tax cut")
    qtbot.waitUntil(lambda: model.scenarios[-1].label == "Tax cut")
    assert [s.id for s in model.scenarios] == ["strict", "tax-cut"]
    assert analysis.session.scenario_id == "tax-cut"
    stack.undo()                                      # the naming, one step
    assert [s.id for s in model.scenarios] == ["strict", "new-scenario"]
    assert model.scenarios[-1].label == "New scenario"
    stack.redo()
    assert model.scenario("tax-cut").label == "Tax cut"


def test_a_later_rename_before_saving_follows_the_name_and_a_saved_id_stays(
        small, qtbot, tmp_path):
    window, analysis = small
    model, document = window.document.model, window.document
    panel = analysis.scenarios_panel
    panel.add()                                       # not named: "New scenario"
    panel._name_editor_closed()
    settle(qtbot, analysis)
    panel.list.item(1).setText("Subsidy")
    assert [s.id for s in model.scenarios] == ["strict", "subsidy"]
    panel.list.item(1).setText("Green subsidy")      # still the app's id, unsaved: follows
    assert [s.id for s in model.scenarios] == ["strict", "green-subsidy"]
    document.save(tmp_path / "m.wtm")
    panel.list.item(1).setText("Carbon subsidy")      # saved: a command line may name it
    assert [s.id for s in model.scenarios] == ["strict", "green-subsidy"]
    assert model.scenario("green-subsidy").label == "Carbon subsidy"
    panel.list.item(0).setText("Total ban")           # the model came with it: stays
    assert model.scenarios[0].id == "strict"
    assert [s.id for s in load(tmp_path / "m.wtm").scenarios] == ["strict", "green-subsidy"]


def test_an_unsaved_objective_renamed_takes_its_id_from_the_name(small):
    window, _ = small
    model, document = window.document.model, window.document
    document.undo_stack.push(commands.add_objective(model, "lab", "Lab grows",
                                                    direction="increase", threshold=0.1))
    assert model.objectives[-1].id == "lab-grows"
    values = dict(node="lab", direction="increase", threshold=0.1, importance=1.0)
    document.undo_stack.push(commands.edit_objective(
        model, "lab-grows", label="Rival lab grows", **values,
        filed=document.filed_ids("objective")))
    assert [o.id for o in model.objectives] == ["less-leak", "rival-lab-grows"]
    document.undo_stack.push(commands.edit_objective(
        model, "less-leak", label="Keep leakage low", node="leak", direction="decrease",
        threshold=0.0, importance=1.0, filed=document.filed_ids("objective")))
    assert model.objectives[0].id == "less-leak"       # the model came with it
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [o.id for o in model.objectives] == ["less-leak", "lab-grows"]
