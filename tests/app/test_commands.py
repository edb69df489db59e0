"""Undo commands: each intent is one step, undo restores exactly, redo re-applies."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtGui import QUndoStack

from conftest import examples, make_small_model
from windtunnel.app.commands import (InsertCommand, MacroCommand, MoveNodesCommand,
                                     RemoveCommand, ReplaceCommand, SetInfoCommand,
                                     SetSettingsCommand, execute, remove_command)
from windtunnel.model import Edge, ModelError, Node, Source


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def test_insert_then_undo_and_redo(stack):
    model = make_small_model()
    execute(stack, InsertCommand(model, "node", Node("new", "New", position=(5.0, 5.0))))
    assert model.node("new") is not None and stack.count() == 1
    stack.undo()
    assert model == make_small_model()
    stack.redo()
    assert model.node("new").position == (5.0, 5.0)


def test_invalid_edit_changes_nothing_and_is_not_pushed(stack):
    model = make_small_model()
    with pytest.raises(ModelError, match="already exists"):
        execute(stack, InsertCommand(model, "edge", Edge("ban", "leak", 0.2)))
    assert stack.count() == 0 and model == make_small_model()


def test_delete_node_with_edges_undoes_in_the_same_order(stack):
    model = make_small_model()
    execute(stack, remove_command(model, nodes=["leak"]))
    assert [e.key for e in model.edges] == [] and model.objectives == ()
    assert model.scenarios[0].overrides == ()
    stack.undo()
    assert model == make_small_model()
    assert [e.key for e in model.edges] == [("ban", "leak"), ("leak", "lab"), ("lab", "leak")]


def test_delete_selection_of_nodes_and_edges_is_one_step(stack):
    model = make_small_model()
    command = remove_command(model, nodes=["ban"], edges=[("lab", "leak"), ("ban", "leak")])
    assert command.text() == 'Delete node "Access ban" and 2 edges with settings in 1 scenario'
    execute(stack, command)
    assert stack.count() == 1
    assert [n.id for n in model.nodes] == ["leak", "lab"]
    stack.undo()
    assert model == make_small_model()


def test_deleting_nodes_names_what_goes_with_them_and_undo_restores_it(stack):
    """The nodes' edges, the objectives about them and the scenarios that set them go with
    them: the undo text counts each, and one undo brings every one back."""
    model = make_small_model()
    command = remove_command(model, nodes=["leak"])
    assert command.text() == ('Delete node "Leakage" with 3 edges, 1 objective, and settings '
                              'in 1 scenario')
    assert command.takes_along
    execute(stack, command)
    assert model.objectives == () and model.scenarios[0].overrides == ()
    stack.undo()
    assert model == make_small_model()
    several = remove_command(model, nodes=["leak", "ban", "lab"])
    assert several.text() == ('Delete 3 nodes with 3 edges, 1 objective, and settings in '
                              '1 scenario')
    plain = remove_command(model, nodes=["lab"])
    assert plain.text() == 'Delete node "Rival lab" with 2 edges and settings in 1 scenario'
    assert remove_command(model, edges=[("ban", "leak")]).text() == "Delete 1 edge"
    assert not remove_command(model, edges=[("ban", "leak")]).takes_along


def test_replace_merges_consecutive_steps_of_one_field(stack):
    model = make_small_model()
    for weight in (0.61, 0.7, 0.85):
        old = model.edge("ban", "leak")
        execute(stack, ReplaceCommand(model, "edge", old, replace(old, weight=weight),
                                      merge_key="weight"))
    assert stack.count() == 1 and model.edge("ban", "leak").weight == 0.85
    stack.undo()
    assert model.edge("ban", "leak").weight == 0.6


def test_replace_does_not_merge_other_fields_or_elements(stack):
    model = make_small_model()
    old = model.edge("ban", "leak")
    execute(stack, ReplaceCommand(model, "edge", old, replace(old, weight=0.1), merge_key="weight"))
    old2 = model.edge("leak", "lab")
    execute(stack, ReplaceCommand(model, "edge", old2, replace(old2, weight=0.1), merge_key="weight"))
    old3 = model.edge("leak", "lab")
    execute(stack, ReplaceCommand(model, "edge", old3, replace(old3, delay=3), merge_key="delay"))
    assert stack.count() == 3


def test_no_merge_across_the_saved_state(stack):
    model = make_small_model()
    old = model.edge("ban", "leak")
    execute(stack, ReplaceCommand(model, "edge", old, replace(old, weight=0.1), merge_key="weight"))
    stack.setClean()
    old = model.edge("ban", "leak")
    execute(stack, ReplaceCommand(model, "edge", old, replace(old, weight=0.2), merge_key="weight"))
    assert stack.count() == 2 and not stack.isClean()
    stack.undo()
    assert stack.isClean()


def test_move_info_settings(stack):
    model = make_small_model()
    execute(stack, MoveNodesCommand(model, {"ban": (0.0, 0.0)}, {"ban": (10.0, -4.0)}))
    execute(stack, SetInfoCommand(model, "New title", "About"))
    execute(stack, SetSettingsCommand(model, replace(model.settings, steps=5)))
    assert (model.node("ban").position, model.title, model.settings.steps) == (
        (10.0, -4.0), "New title", 5)
    while stack.canUndo():
        stack.undo()
    assert model == make_small_model()


def test_macro_failing_part_reverts_the_done_parts(stack):
    model = make_small_model()
    macro = MacroCommand(model, "two", [InsertCommand(model, "node", Node("x", "X")),
                                        InsertCommand(model, "edge", Edge("x", "nowhere", 0.3))])
    with pytest.raises(ModelError):
        execute(stack, macro)
    assert model == make_small_model() and stack.count() == 0


def test_remove_source_restores_citations(stack):
    model = make_small_model()
    execute(stack, RemoveCommand(model, "source", "doc"))
    assert model.node("ban").sources == () and model.edge("ban", "leak").sources == ()
    stack.undo()
    assert model == make_small_model()


# -- property: random edit sequences through the commands ---------------------------------

def _edit(model, choice: int, data):
    """One random edit as a command, built from the model's current state (or None)."""
    nodes = [n.id for n in model.nodes]
    edges = [e.key for e in model.edges]
    kind = choice % 8
    if kind == 0:
        taken = set(nodes)
        node_id = data.draw(st.from_regex(r"[a-z]{1,6}", fullmatch=True).filter(
            lambda s: s not in taken))
        return InsertCommand(model, "node", Node(node_id, node_id.upper(),
                             kind=data.draw(st.sampled_from(["actor", "restriction", "factor"])),
                             position=(data.draw(st.floats(-500, 500)), 0.0)),
                             index=data.draw(st.integers(0, len(nodes))))
    if kind == 1 and len(nodes) >= 2:
        a, b = data.draw(st.permutations(nodes))[:2]
        if model.edge(a, b) is None:
            return InsertCommand(model, "edge", Edge(a, b, data.draw(st.floats(-1, 1))))
    if kind == 2 and nodes:
        chosen = data.draw(st.lists(st.sampled_from(nodes), max_size=3))
        picked = data.draw(st.lists(st.sampled_from(edges), max_size=2)) if edges else []
        return remove_command(model, nodes=chosen, edges=picked)
    if kind == 3 and edges:
        old = model.edge(*data.draw(st.sampled_from(edges)))
        return ReplaceCommand(model, "edge", old, replace(old, weight=data.draw(st.floats(-1, 1)),
                                                          delay=data.draw(st.integers(0, 3))),
                              merge_key="weight")
    if kind == 4 and nodes:
        moved = data.draw(st.lists(st.sampled_from(nodes), min_size=1, max_size=3, unique=True))
        before = {n: model.node(n).position for n in moved}
        return MoveNodesCommand(model, before, {n: (x + 7.5, y - 3.0) for n, (x, y) in before.items()})
    if kind == 5 and nodes:
        old = model.node(data.draw(st.sampled_from(nodes)))
        return ReplaceCommand(model, "node", old, replace(
            old, label=old.label + "!", group=data.draw(st.sampled_from(["", "A", "B"]))))
    if kind == 6:
        taken = {s.id for s in model.sources}
        source_id = data.draw(st.from_regex(r"s[0-9]{1,3}", fullmatch=True).filter(
            lambda s: s not in taken))
        return InsertCommand(model, "source", Source(source_id, "A source"))
    if kind == 7 and model.sources:
        return RemoveCommand(model, "source", data.draw(st.sampled_from(model.sources)).id)
    return SetInfoCommand(model, model.title + "+", model.description)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), choices=st.lists(st.integers(0, 7), min_size=1, max_size=14))
def test_random_edit_sequences_undo_to_the_original_and_redo_to_the_edited(qapp, data, choices):
    model = make_small_model()
    original = model.copy()
    stack = QUndoStack()
    for choice in choices:
        command = _edit(model, choice, data)
        try:
            execute(stack, command)
        except ModelError:
            pass  # refused edits change nothing (checked by the final comparison)
    edited = model.copy()
    while stack.canUndo():
        stack.undo()
    assert model == original
    while stack.canRedo():
        stack.redo()
    assert model == edited


def test_deleting_a_convergence_node_says_the_setting_changes(stack):
    """Removing a node drops it from the settings' convergence nodes: the undo text and
    the window's note say so, and when it was the last one, that convergence is now judged
    on every node (the setting's empty meaning); undo puts the setting back."""
    model = make_small_model()
    model.set_settings(replace(model.settings, convergence_nodes=("leak", "lab")))
    one = remove_command(model, nodes=["lab"])
    assert one.text() == ('Delete node "Rival lab" with 2 edges, settings in 1 scenario, and '
                          '1 of the convergence nodes')
    execute(stack, one)
    assert model.settings.convergence_nodes == ("leak",)
    last = remove_command(model, nodes=["leak"])
    assert last.text().endswith("and the convergence nodes, so convergence is judged on "
                                "every node")
    assert last.takes_along
    execute(stack, last)
    assert model.settings.convergence_nodes == ()
    stack.undo()
    stack.undo()
    assert model.settings.convergence_nodes == ("leak", "lab")
    model.set_settings(replace(model.settings, convergence_nodes=("leak",)))
    edges_only = remove_command(model, edges=[("ban", "leak")])
    assert not edges_only.takes_along and edges_only.text() == "Delete 1 edge"
