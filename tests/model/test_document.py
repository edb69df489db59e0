"""The model's mutation API: invariants, change signals, and exact undo of removals."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from windtunnel.model import (Edge, Intervention, Model, ModelError, Node, Objective, Scenario,
                              Settings, WeightOverride)

from .invariants import assert_invariants
from .strategies import ids, levels, models

from conftest import examples


def test_insert_at_index_and_add_at_end(small_model):
    small_model.insert_node(0, Node("first", "First"))
    small_model.add_node(Node("last", "Last"))
    assert [n.id for n in small_model.nodes] == ["first", "ban", "leak", "lab", "last"]


@pytest.mark.parametrize("bad, where", [
    (Node("ban", "Duplicate"), "already exists"),
    (Node("new", "  "), "label: is empty"),
    (Node("new", "X", initial=1.5), "initial: 1.5 is outside [-1, 1]"),
    (Node("new", "X", initial=float("nan")), "initial: nan is not a finite number"),
    (Node("new", "X", kind="robot"), "kind: 'robot' is not one of actor, restriction, factor"),
    (Node("new", "X", sources=("nowhere",)), "sources[0]: 'nowhere' is not a source"),
    (Node("bad id!", "X"), "id: 'bad id!' is not a valid id"),
])
def test_invalid_node_is_refused_and_changes_nothing(small_model, bad, where):
    before = small_model.copy()
    with pytest.raises(ModelError, match=__import__("re").escape(where)):
        small_model.add_node(bad)
    assert small_model == before


@pytest.mark.parametrize("bad, where", [
    (Edge("ban", "leak", 0.2), "an edge from ban to leak already exists"),
    (Edge("ban", "ghost", 0.2), "target: 'ghost' is not a node"),
    (Edge("ban", "ban", 0.2), "cannot join 'ban' to itself"),
    (Edge("lab", "ban", 1.7), "weight: 1.7 is outside [-1, 1]"),
    (Edge("lab", "ban", 0.5, delay=1.5), "delay: 1.5 is not a whole number"),
    (Edge("lab", "ban", 0.5, delay=-1), "delay: -1 is outside"),
    (Edge("lab", "ban", 0.5, low=0.6), "low: 0.6 is above the weight 0.5"),
    (Edge("lab", "ban", True), "weight: True is not a number"),
])
def test_invalid_edge_is_refused_and_changes_nothing(small_model, bad, where):
    before = small_model.copy()
    with pytest.raises(ModelError, match=__import__("re").escape(where)):
        small_model.add_edge(bad)
    assert small_model == before


def test_scenarios_and_objectives_must_refer_to_existing_nodes_and_edges(small_model):
    with pytest.raises(ModelError, match="interventions\\[0\\].node: 'ghost' is not a node"):
        small_model.add_scenario(Scenario("s2", "S2", interventions=(Intervention("ghost"),)))
    with pytest.raises(ModelError, match="there is no edge from 'leak' to 'ban'"):
        small_model.add_scenario(Scenario("s2", "S2", overrides=(WeightOverride("leak", "ban", 0.1),)))
    with pytest.raises(ModelError, match="node: 'ghost' is not a node"):
        small_model.add_objective(Objective("o2", "O2", "ghost"))
    with pytest.raises(ModelError, match="end: step 2 is before the start step 5"):
        small_model.add_scenario(Scenario("s2", "S2", interventions=(Intervention("ban", start=5, end=2),)))


def test_ids_are_stable(small_model):
    with pytest.raises(ModelError, match="ids are stable"):
        small_model.update("node", "ban", id="other")


def test_remove_node_takes_its_edges_and_mentions_and_restore_is_exact(small_model):
    small_model.set_settings(replace(small_model.settings, convergence_nodes=("leak", "lab")))
    before = small_model.copy()
    removal = small_model.remove_node("leak")
    assert small_model.node("leak") is None
    assert small_model.edges == ()
    assert small_model.objectives == ()
    assert small_model.scenario("strict").overrides == ()
    assert small_model.settings.convergence_nodes == ("lab",)
    assert_invariants(small_model)
    small_model.restore(removal)
    assert small_model == before
    assert_invariants(small_model)


def test_remove_source_strips_citations_and_restores_them(small_model):
    before = small_model.copy()
    removal = small_model.remove("source", "doc")
    assert small_model.node("ban").sources == ()
    assert small_model.edge("ban", "leak").sources == ()
    small_model.restore(removal)
    assert small_model == before


def test_signals_report_index_and_values(small_model):
    seen = []
    small_model.node_added.connect(lambda i, n: seen.append(("added", i, n.id)))
    small_model.node_changed.connect(lambda i, old, new: seen.append(("changed", i, old.label, new.label)))
    small_model.edge_removed.connect(lambda i, e: seen.append(("edge removed", i, e.key)))
    small_model.node_removed.connect(lambda i, n: seen.append(("removed", i, n.id)))
    small_model.insert_node(1, Node("x", "X"))
    small_model.update_node("x", label="Y")
    small_model.remove_node("x")
    small_model.remove_node("lab")
    assert seen == [("added", 1, "x"), ("changed", 1, "X", "Y"), ("removed", 1, "x"),
                    ("edge removed", 1, ("leak", "lab")), ("edge removed", 1, ("lab", "leak")),
                    ("removed", 2, "lab")]


def test_edges_arrive_after_their_nodes_on_restore(small_model):
    order = []
    small_model.node_added.connect(lambda i, n: order.append(n.id))
    small_model.edge_added.connect(lambda i, e: order.append(e.key))
    small_model.restore(small_model.remove_node("leak"))
    assert order[0] == "leak" and len(order) == 4


def test_move_nodes_is_all_or_nothing(small_model):
    before = small_model.copy()
    with pytest.raises(ModelError, match="position.x"):
        small_model.move_nodes({"ban": (1.0, 2.0), "leak": (float("inf"), 0.0)})
    assert small_model == before
    old = small_model.move_nodes({"ban": (1.0, 2.0)})
    assert old == {"ban": (0.0, 0.0)} and small_model.node("ban").position == (1.0, 2.0)


def test_settings_refer_to_existing_nodes(small_model):
    with pytest.raises(ModelError, match="convergence_nodes\\[0\\]: 'ghost' is not a node"):
        small_model.set_settings(Settings(convergence_nodes=("ghost",)))


def test_from_elements_reports_every_problem_with_its_place():
    with pytest.raises(ModelError) as info:
        Model.from_elements(nodes=[Node("a", "A"), Node("a", "A again"), Node("b", "B", initial=2)],
                            edges=[Edge("a", "zz", 0.5), Edge("a", "b", 3)])
    text = str(info.value)
    assert "nodes[1]: id 'a' already exists" in text
    assert "nodes[2].initial: 2 is outside [-1, 1]" in text
    assert "edges[0].target: 'zz' is not a node" in text
    assert "edges[1].weight: 3 is outside [-1, 1]" in text


# -- random edit sequences ----------------------------------------------------------------

edit = st.one_of(
    st.tuples(st.just("add_node"), ids, st.integers(0, 20), levels),
    st.tuples(st.just("remove_node"), st.integers(0, 20)),
    st.tuples(st.just("add_edge"), st.integers(0, 20), st.integers(0, 20), levels),
    st.tuples(st.just("remove_edge"), st.integers(0, 40)),
    st.tuples(st.just("set_weight"), st.integers(0, 40), st.one_of(st.floats(-2, 2), st.just(float("nan")))),
    st.tuples(st.just("move"), st.integers(0, 20), st.floats(allow_nan=True, allow_infinity=True)),
    st.tuples(st.just("remove_source"), st.integers(0, 5)),
    st.tuples(st.just("add_objective"), ids, st.integers(0, 20)),
)


def _apply(model: Model, op):
    """Apply one random edit; return the Removal when it removed something."""
    name, *args = op
    nodes, edges = model.nodes, model.edges
    pick = lambda seq, i: seq[i % len(seq)] if seq else None  # noqa: E731
    if name == "add_node":
        model.insert_node(args[1], Node(args[0], args[0].upper(), initial=args[2]))
    elif name == "remove_node" and nodes:
        return model.remove_node(pick(nodes, args[0]).id)
    elif name == "add_edge" and nodes:
        model.add_edge(Edge(pick(nodes, args[0]).id, pick(nodes, args[1]).id, args[2]))
    elif name == "remove_edge" and edges:
        return model.remove("edge", pick(edges, args[0]).key)
    elif name == "set_weight" and edges:
        model.update("edge", pick(edges, args[0]).key, weight=args[1], low=None, high=None)
    elif name == "move" and nodes:
        model.move_nodes({pick(nodes, args[0]).id: (args[1], 0.0)})
    elif name == "remove_source" and model.sources:
        return model.remove("source", pick(model.sources, args[0]).id)
    elif name == "add_objective" and nodes:
        model.add_objective(Objective(args[0], "Objective", pick(nodes, args[1]).id))
    return None


@settings(max_examples=examples(60), deadline=None)
@given(models(), st.lists(edit, max_size=25))
def test_random_edit_sequences_keep_every_invariant_and_removals_undo_exactly(model, ops):
    for op in ops:
        before = model.copy()
        try:
            removal = _apply(model, op)
        except ModelError:
            assert model == before, "a refused edit changed the model"
            continue
        assert_invariants(model)
        if removal is not None:
            after = model.copy()
            model.restore(removal)
            assert model == before, "restore did not bring back the exact model"
            assert_invariants(model)
            _apply(model, op)
            assert model == after


def test_a_removal_is_a_record_of_its_own_module_and_restore_puts_back_through_insert(
        small_model):
    """What a removal takes with it and how it is undone is one job, kept apart from the
    document's collections and checks (``windtunnel.model.removal``): the record lists
    what was taken and rewritten, and restoring puts each element back at its index as an
    insertion does, one ``_added`` signal each, bumping the revision once per change."""
    from windtunnel.model.removal import Removal

    small_model.set_settings(replace(small_model.settings, convergence_nodes=("leak",)))
    removal = small_model.remove_node("leak")
    assert isinstance(removal, Removal)
    assert [(kind, index) for kind, index, _ in removal.removed] == [
        ("edge", 0), ("edge", 0), ("edge", 0), ("objective", 0), ("node", 1)]
    assert removal.settings_before.convergence_nodes == ("leak",)
    added, revision = [], small_model.revision
    for kind in ("node", "edge", "objective"):
        getattr(small_model, f"{kind}_added").connect(
            lambda i, element, kind=kind: added.append((kind, i)))
    small_model.restore(removal)
    assert added == [("node", 1), ("objective", 0), ("edge", 0), ("edge", 0), ("edge", 0)]
    assert small_model.revision == revision + len(removal.removed) + len(
        removal.rewritten) + 1


def test_a_copy_is_an_independent_equal_model_made_without_checking_again(small_model,
                                                                          monkeypatch):
    """Every element of a model passed its checks on the way in: a copy (the snapshot every
    analysis runs on) checks none of them again, which took seconds on a map of 40,000
    edges, and changes to either model leave the other as it was."""
    def checked(*_args, **_kwargs):
        raise AssertionError("checked again")

    monkeypatch.setattr(Model, "_element_problems", checked)
    copy = small_model.copy()
    monkeypatch.undo()
    assert copy == small_model and copy is not small_model
    assert_invariants(copy)
    copy.add_node(Node("new", "New"))
    small_model.remove_node("lab")
    assert copy.node("lab") is not None and small_model.node("new") is None
    assert [n.id for n in copy.nodes] == ["ban", "leak", "lab", "new"]
