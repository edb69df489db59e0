"""An element's own problems are found once: an importer that checks each row's element to
name the row, and a model file's reader that checks each element to name its place, build
the model without the same checks run again; the model's own checks still run."""

from __future__ import annotations

import json

import pytest

from windtunnel.errors import LoadError, ModelError
from windtunnel.io.tables import Table
from windtunnel.io.tabular import tables_to_model
from windtunnel.model import Edge, Model, Node, Scenario, dumps, loads


@pytest.fixture
def counted(monkeypatch):
    """Calls of each element class's ``problems()``, by class name."""
    calls: dict[str, int] = {}
    for cls in (Edge, Node, Scenario):
        original = cls.problems

        def counting(self, original=original, name=cls.__name__, **options):
            calls[name] = calls.get(name, 0) + 1
            return original(self, **options)

        monkeypatch.setattr(cls, "problems", counting)
    return calls


def test_a_model_built_from_checked_kinds_keeps_the_model_s_own_checks(monkeypatch):
    def refuse(_self):
        raise AssertionError("an edge of a checked kind was checked again")

    nodes = [Node("a", "A"), Node("b", "B")]
    edges = [Edge("a", "b", 0.5), Edge("b", "a", -0.25)]
    monkeypatch.setattr(Edge, "problems", refuse)
    model = Model.from_elements(nodes=nodes, edges=edges, checked=("edge",))
    assert [e.weight for e in model.edges] == [0.5, -0.25]
    with pytest.raises(ModelError) as caught:
        Model.from_elements(nodes=nodes, edges=[*edges, Edge("a", "b", 0.1),
                                                Edge("a", "ghost", 0.1)], checked=("edge",))
    assert [(p.location, p.message) for p in caught.value.problems] == [
        ("edges[2]", "an edge from a to b already exists"),
        ("edges[3].target", "'ghost' is not a node")]


def test_an_unchecked_kind_is_still_checked():
    with pytest.raises(ModelError) as caught:
        Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")],
                            edges=[Edge("a", "b", 1.5)], checked=("node",))
    assert caught.value.problems[0].location == "edges[0].weight"


def test_an_import_checks_each_edge_once(counted):
    """A clean table's edges are checked a column at a time (each value once, no edge
    asked again); a table with a row the columns cannot take (a self-loop, skipped) is read
    row by row, each edge checked once."""
    rows = [[f"n{k}", f"n{k + 1}", "0.5"] for k in range(20)]

    def tables():
        return {"Edges": Table("Edges", ["From", "To", "Weight"], rows=[list(r) for r in rows],
                               numbers=list(range(2, 22)))}

    assert len(tables_to_model(tables()).model.edges) == 20
    assert "Edge" not in counted
    rows[5][1] = "n5"                                     # an edge from n5 to itself
    imported = tables_to_model(tables())
    assert len(imported.model.edges) == 19
    assert any("self-loop" in n.message and n.location == "sheet Edges"
               for n in imported.notes)
    assert counted["Edge"] == 19


def test_a_model_file_checks_each_element_once(small_model, counted):
    text = dumps(small_model)
    counted.clear()
    loaded = loads(text)
    assert loaded == small_model
    # the nodes and edges are checked a column at a time (each value once), the others
    # one by one
    assert counted == {"Scenario": len(loaded.scenarios)}


def test_a_model_file_with_an_edge_refused_checks_each_edge_once(small_model, counted):
    data = json.loads(dumps(small_model))
    data["edges"][1]["weight"] = 1.5
    counted.clear()
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(data))
    assert [(p.location, p.message) for p in caught.value.problems] == [
        ("edges[1].weight", "1.5 is outside [-1, 1]")]
    # the refused edge twice: once normalised, once as the file wrote it, for its message
    assert counted["Edge"] == len(small_model.edges) + 1


def test_a_model_file_s_nodes_are_taken_at_once_when_all_fit(small_model, monkeypatch):
    """Nodes read and checked a column at a time are filed in one step when the model's
    own checks (unique ids, cited sources) pass for all, not checked again one by one."""
    checked_alone = []
    original = Model._element_problems

    def counting(self, kind, element, *args, **options):
        checked_alone.append(kind)
        return original(self, kind, element, *args, **options)

    monkeypatch.setattr(Model, "_element_problems", counting)
    assert loads(dumps(small_model)) == small_model
    assert "node" not in checked_alone and "edge" not in checked_alone


def test_checked_nodes_that_do_not_fit_are_named_one_by_one():
    nodes = [Node("a", "A"), Node("a", "Again"), "b", Node("c", "C", sources=("s9",))]
    with pytest.raises(ModelError) as caught:
        Model.from_elements(nodes=nodes, checked=("node",))
    assert [(p.location, p.message) for p in caught.value.problems] == [
        ("nodes[1]", "id 'a' already exists"), ("nodes[2]", "'b' is not a Node"),
        ("nodes[3].sources[0]", "'s9' is not a source")]
