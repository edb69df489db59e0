"""Defining objectives in the app: new, edit and delete, each one undo step, from the
Analysis menu, the Scorecard, a node's right-click menu and the Inspector; refused values
say why and change nothing; the Scorecard, Explore and Sensitivity follow."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from windtunnel.app.analysis.objective_editor import ObjectiveDialog
from windtunnel.app.analysis.scorecard import SCORE_ROW
from windtunnel.model import load
from windtunnel.paths import bundled_model

from conftest import answer_next_question

from .conftest import settle


def answer(analysis, **values):
    """Make the objective editor's next dialogs answer with ``values`` (OK pressed as a user
    would); return the list of dialogs shown, each with what it said when it closed."""
    shown = []

    def ask(dialog: ObjectiveDialog) -> bool:
        if "node" in values:
            dialog.node.setCurrentIndex(dialog.node.findData(values["node"]))
        if "direction" in values:
            dialog.direction.setCurrentIndex(dialog.direction.findData(values["direction"]))
        if "threshold" in values:
            dialog.threshold.setValue(values["threshold"])
        if "importance" in values:
            dialog.importance.setValue(values["importance"])
        if "label" in values:
            dialog.label.setText(values["label"])
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        shown.append((dialog, dialog.refusal.text() if not dialog.refusal.isHidden() else ""))
        return dialog.result() == ObjectiveDialog.Accepted

    analysis.objectives.ask = ask
    return shown


def scorecard_rows(analysis) -> list[str]:
    """The Scorecard's objective rows' headings (after the score's row)."""
    table = analysis.results_panel.scorecard.table
    return [" ".join(table.verticalHeaderItem(r).text().split())     # wrapped lines joined
            for r in range(SCORE_ROW + 1, table.rowCount())]


def choose(scorecard, index: int) -> None:
    """Click a cell of the row of the model's ``index``-th objective."""
    scorecard.table.setCurrentCell(SCORE_ROW + 1 + index, 0)


def undo_text(window) -> str:
    stack = window.document.undo_stack
    return stack.undoText()


def test_new_objective_from_the_analysis_menu_is_one_undo_step(small, qtbot):
    window, analysis = small
    model = window.document.model
    before = model.objectives
    answer(analysis, node="lab", direction="increase", threshold=0.1, importance=2.0,
           label="Rival lab grows")
    analysis.actions["new_objective"].trigger()
    added = model.objective("rival-lab-grows")
    assert (added.node, added.direction, added.threshold, added.importance) == (
        "lab", "increase", 0.1, 2.0)
    assert undo_text(window) == 'Add objective "Rival lab grows"'
    assert window.document.undo_stack.count() == 1
    settle(qtbot, analysis)
    assert any(row.startswith("Rival lab grows") for row in scorecard_rows(analysis))
    assert [r.objective_id for r in analysis.session.results.scorecard
            if r.scenario_id == "strict"] == ["less-leak", "rival-lab-grows"]
    window.document.undo_stack.undo()
    assert model.objectives == before
    settle(qtbot, analysis)
    assert len(scorecard_rows(analysis)) == 1
    window.document.undo_stack.redo()
    assert model.objective("rival-lab-grows") == added


def test_new_objective_starts_on_a_node_without_one(small, qtbot):
    """With nothing selected, the dialog starts on the first node no objective is about
    (not the first node, whose objective the Scorecard already scores); with a node
    selected, on that node."""
    window, analysis = small
    model = window.document.model
    answer(analysis, label="Fewer bans")          # an objective on the first node, "ban"
    analysis.objectives.new("ban")
    assert {o.node for o in model.objectives} == {"ban", "leak"}
    started = []

    def look(dialog: ObjectiveDialog) -> bool:
        started.append(dialog.node.currentData())
        return False

    analysis.objectives.ask = look
    window.scene.clearSelection()
    analysis.actions["new_objective"].trigger()
    window.scene.select(nodes=["leak"])
    analysis.actions["new_objective"].trigger()
    assert started == ["lab", "leak"]


def test_a_model_without_objectives_gets_its_first_from_a_node(small, qtbot):
    """A new or imported model has no objectives: the node's right-click menu makes one,
    and the Scorecard, Sensitivity and Explore then score by it."""
    window, analysis = small
    model = window.document.model
    analysis.objectives.delete("less-leak")
    settle(qtbot, analysis)
    assert model.objectives == ()
    assert "No objectives" in analysis.results_panel.scorecard.note.text()
    answer(analysis, threshold=0.05)
    menu = window.build_map_menu("node", "leak")
    entry = next(a for a in menu.actions() if "Objective" in a.text())
    assert entry.text() == "Make an &Objective of \u201cLeakage\u201d\u2026"
    entry.trigger()
    (objective,) = model.objectives
    assert (objective.node, objective.direction, objective.label) == (
        "leak", "decrease", "Lower Leakage")
    settle(qtbot, analysis)
    assert scorecard_rows(analysis) == [
        "Lower Leakage (decrease Leakage by at least 0.05, weight 1)"]
    tornado = analysis.results_panel.tornado
    settle(qtbot, analysis)
    assert [tornado.objective.itemData(i) for i in range(tornado.objective.count())] == [
        objective.id]
    explore = analysis.explore_view
    explore._follow_model()
    assert explore.trade_off.x_objective.findData(objective.id) >= 0
    assert explore.run_button.isEnabled() or analysis.controller.runner.busy


def test_edit_from_the_scorecard_changes_the_row_and_undoes(small, qtbot):
    window, analysis = small
    model, scorecard = window.document.model, analysis.results_panel.scorecard
    old = model.objective("less-leak")
    assert not scorecard.edit_button.isEnabled()
    scorecard.table.setCurrentCell(SCORE_ROW, 0)
    assert not scorecard.edit_button.isEnabled()        # the score's row is no objective
    choose(scorecard, 0)
    assert scorecard.edit_button.isEnabled() and scorecard.delete_button.isEnabled()
    answer(analysis, direction="increase", threshold=0.2, importance=3.0)
    scorecard.edit_button.click()
    new = model.objective("less-leak")
    assert (new.direction, new.threshold, new.importance, new.label) == (
        "increase", 0.2, 3.0, "Limit leakage")
    assert undo_text(window) == 'Edit objective "Limit leakage"'
    settle(qtbot, analysis)
    assert scorecard_rows(analysis) == [
        "Limit leakage (increase Leakage by at least 0.2, weight 3)"]
    assert scorecard.chosen() == "less-leak"          # the row stays chosen
    window.document.undo_stack.undo()
    assert model.objective("less-leak") == old
    settle(qtbot, analysis)
    assert scorecard_rows(analysis) == [
        "Limit leakage (do not raise Leakage: change \u2264 0, weight 1)"]


def test_delete_from_the_scorecard_and_undo_puts_it_back_in_place(bundled, qtbot):
    window, analysis = bundled
    model, scorecard = window.document.model, analysis.results_panel.scorecard
    before = model.objectives
    choose(scorecard, 1)
    doomed = before[1]
    scorecard.delete_button.click()
    assert doomed.id not in [o.id for o in model.objectives]
    assert undo_text(window) == f'Delete objective "{doomed.label}"'
    settle(qtbot, analysis)
    assert len(scorecard_rows(analysis)) == len(before) - 1
    window.document.undo_stack.undo()
    assert model.objectives == before
    settle(qtbot, analysis)
    assert len(scorecard_rows(analysis)) == len(before)


@pytest.mark.parametrize("values, reason", [
    ({"importance": 0.0}, "The importance must be more than 0"),
    ({"threshold": 1.5}, "A threshold of 1.5 is more than \u201cLeakage\u201d can change: its "
                         "level stays within [0, 1]"),
    ({"threshold": 0.0, "direction": "decrease"}, "\u201cLimit leakage\u201d already asks the "
                                                   "same of this node"),
])
def test_refused_values_say_why_and_change_nothing(small, values, reason):
    window, analysis = small
    model = window.document.model
    before, revision = model.objectives, model.revision
    shown = answer(analysis, node="leak", **values)
    assert analysis.objectives.new("leak") is False
    ((dialog, said),) = shown
    assert reason in said
    assert dialog.result() != ObjectiveDialog.Accepted
    assert model.objectives == before and model.revision == revision
    assert window.document.undo_stack.count() == 0 and window.problems == []


def test_a_lever_may_ask_the_range_its_activation_gives(small):
    """A lever is set within the levels its activation gives, as any node reaches them: a
    threshold of 1.5 is past a sigmoid lever's [0, 1] and possible under tanh's [-1, 1]."""
    window, analysis = small
    model = window.document.model
    shown = answer(analysis, node="ban", direction="increase", threshold=1.5)
    assert analysis.objectives.new() is False
    ((_, said),) = shown
    assert "its level stays within [0, 1]" in said
    model.set_settings(replace(model.settings, activation="tanh"))
    answer(analysis, node="ban", direction="increase", threshold=1.5)
    assert analysis.objectives.new() is True
    assert model.objectives[-1].threshold == 1.5


def test_the_inspector_shows_and_makes_the_node_objectives(small, qtbot):
    window, analysis = small
    box = analysis.node_objectives
    window.scene.select(nodes=["leak"])
    qtbot.waitUntil(lambda: not box.isHidden())
    assert "Limit leakage" in box.text.text()
    answer(analysis, label="Keep leakage low", threshold=0.3)
    box.make.click()
    assert window.document.model.objective("keep-leakage-low").node == "leak"
    qtbot.waitUntil(lambda: "Keep leakage low" in box.text.text())
    answer(analysis, importance=4.0)
    box.text.linkActivated.emit("keep-leakage-low")
    assert window.document.model.objective("keep-leakage-low").importance == 4.0
    window.scene.select(nodes=["leak", "lab"])
    qtbot.waitUntil(box.isHidden)


def test_a_name_edited_in_another_language_is_its_translation(small, qtbot):
    from windtunnel.app.translations import apply_language
    window, analysis = small
    model = window.document.model
    apply_language("ja")
    try:
        answer(analysis, label="漏出を抑える")
        analysis.objectives.edit("less-leak")
        assert undo_text(window) == "目標「漏出を抑える」を編集"
    finally:
        apply_language("en")
    edited = model.objective("less-leak")
    assert edited.label == "Limit leakage"
    assert edited.translations.lookup("ja", "label") == "漏出を抑える"


def test_deleting_a_node_names_the_objective_and_scenarios_that_go(bundled, qtbot):
    window, analysis = bundled
    model = window.document.model
    objectives = model.objectives
    window.scene.select(nodes=["misuse-risk"])
    answer_next_question("delete")
    window.delete_selection()
    assert undo_text(window) == ('Delete node "Misuse risk" with 11 edges, 1 objective, '
                                 'and settings in 2 scenarios')
    assert window.statusBar().currentMessage().startswith('Delete node "Misuse risk" with')
    assert "limit-misuse" not in [o.id for o in model.objectives]
    settle(qtbot, analysis)
    assert len(scorecard_rows(analysis)) == len(objectives) - 1
    window.document.undo_stack.undo()
    assert model == load(bundled_model())
    settle(qtbot, analysis)
    assert len(scorecard_rows(analysis)) == len(objectives)


def test_a_translated_name_out_of_date_is_said_in_the_dialog_and_reviewed_with_a_tick(
        small, qtbot):
    """The objective renamed in the original after its Japanese name was written: edited
    in Japanese, its dialog says the name may be out of date; ticked, the edit (one undo
    step) takes the mark away."""
    from windtunnel import language
    from windtunnel.app.analysis import commands
    from windtunnel.model import Translations, needs_review

    window, analysis = small
    model, scorecard = window.document.model, analysis.results_panel.scorecard
    model.update("objective", "less-leak", translations=Translations.from_dict(
        {"ja": {"label": "漏出を抑える"}}))
    analysis.controller.run_command(commands.edit_objective(
        model, "less-leak", label="Limit leakage of weights", node="leak",
        direction="decrease", threshold=0.0, importance=1.0))
    assert needs_review(model.objective("less-leak"), "label", "ja")
    settle(qtbot, analysis)
    language.set_current("ja")
    try:
        seen = []

        def ask(dialog: ObjectiveDialog) -> bool:
            seen.append(dialog.reviewed is not None and "out of date" in dialog.reviewed.text())
            dialog.reviewed.setChecked(True)
            dialog.buttons.button(QDialogButtonBox.Ok).click()
            return dialog.result() == ObjectiveDialog.Accepted
        analysis.objectives.ask = ask
        choose(scorecard, 0)
        scorecard.edit_button.click()
        assert seen == [True]
        assert not needs_review(model.objective("less-leak"), "label", "ja")
        window.document.undo_stack.undo()
        assert needs_review(model.objective("less-leak"), "label", "ja")
    finally:
        language.set_current(language.ORIGINAL)


def test_an_objective_named_in_japanese_keeps_its_name_and_a_suggested_one_is_no_original(
        small, qtbot):
    """Named in Japanese as it is added, an objective's name is its original, read in
    every language; one that keeps the name the dialog suggested (in Japanese) is
    stored with the English suggestion as its original and the Japanese as its
    translation, so English reads "Raise Access ban"."""
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated

    window, analysis = small
    model = window.document.model
    apply_language("ja")
    try:
        answer(analysis, node="lab", direction="increase", label="ライバル研究所の伸び")
        analysis.objectives.new("lab")
        answer(analysis, node="ban", direction="increase")         # the suggested name
        analysis.objectives.new("ban")
        named, suggested = model.objectives[-2:]
        shown = translated(suggested)
    finally:
        apply_language("en")
    assert named.label == translated(named) == "ライバル研究所の伸び"
    ban = model.node("ban").label
    assert suggested.label == translated(suggested) == f"Raise {ban}" != shown
