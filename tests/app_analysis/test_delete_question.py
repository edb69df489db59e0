"""Deleting what scenarios, objectives or ratings depend on asks first and names them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

from conftest import answer_next_question
from windtunnel.app.analysis.scenarios_dock import SETS_NOTHING
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .conftest import settle


def test_deleting_a_node_scenarios_depend_on_asks_and_cancel_keeps_everything(bundled, qtbot):
    window, _ = bundled
    model = window.document.model
    window.scene.select(nodes=["access-suspension"])
    seen = answer_next_question("cancel")
    window.delete_selection()
    assert seen, "no question was asked"
    assert seen[0].startswith('Delete node "Foreign-national access ban" with')
    assert "\u201cForeign-national access ban\u201d" in seen[1]     # the scenario of that name
    assert "\u201cStatus quo\u201d" in seen[1]
    assert seen[2] == "Cancel"                                      # the default keeps all
    assert model == load(bundled_model())
    assert not window.document.undo_stack.canUndo()


def test_confirmed_deletion_goes_with_its_dependants_and_marks_the_emptied_scenario(
        bundled, qtbot):
    window, analysis = bundled
    model = window.document.model
    rows = analysis.scenarios_panel.list
    emptied = [i for i in range(rows.count())
               if rows.item(i).data(Qt.UserRole) == "access-suspension"][0]
    assert not rows.item(emptied).data(SETS_NOTHING)
    window.scene.select(nodes=["access-suspension"])
    answer_next_question("delete")
    window.delete_selection()
    assert model.node("access-suspension") is None
    settle(qtbot, analysis)
    assert rows.item(emptied).data(SETS_NOTHING)
    option = QStyleOptionViewItem()          # the row shows it after the name, unedited
    rows.itemDelegate().initStyleOption(option, rows.model().index(emptied, 0))
    assert option.text == ("Foreign-national access ban (sets no lever: as the baseline)")
    assert rows.item(emptied).text() == "Foreign-national access ban"
    window.document.undo_stack.undo()
    assert model == load(bundled_model())
    settle(qtbot, analysis)
    assert not rows.item(emptied).data(SETS_NOTHING)


def test_an_objective_and_a_cut_ask_too(bundled, qtbot):
    window, _ = bundled
    model = window.document.model
    window.scene.select(nodes=["misuse-risk", "friction"])
    seen = answer_next_question("cancel")
    window.cut()
    assert "\u201cLimit misuse risk\u201d" in seen[1]
    assert "\u201cDo not raise friction for legitimate users\u201d" in seen[1]
    assert model == load(bundled_model())


def test_a_plain_node_is_deleted_without_a_question(bundled, qtbot, monkeypatch):
    window, _ = bundled
    model = window.document.model
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    node_id = window.editor.add_node((4000.0, 4000.0), label="Scratch")
    window.editor.connect(node_id, "misuse-risk")
    window.scene.select(nodes=[node_id])
    window.delete_selection()
    assert model.node(node_id) is None and asked == []
    window.document.undo_stack.undo()
    assert model.edge(node_id, "misuse-risk") is not None


def test_deleting_the_last_convergence_node_asks_and_says_what_it_means(bundled, qtbot):
    """A node that is the settings' only convergence node, deleted, leaves convergence
    judged on every node: a change of meaning, asked about like a scenario's setting."""
    from dataclasses import replace

    window, _ = bundled
    model = window.document.model
    node_id = window.editor.add_node((4000.0, 4000.0), label="Scratch")
    model.set_settings(replace(model.settings, convergence_nodes=(node_id,)))
    window.scene.select(nodes=[node_id])
    seen = answer_next_question("cancel")
    window.delete_selection()
    assert seen, "no question was asked"
    assert "convergence is judged on every node" in seen[1]
    assert model.node(node_id) is not None
