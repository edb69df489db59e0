"""The map labels' priority follows the map edit by edit and stays the order a ranking
from scratch gives."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.app.canvas import label_priority
from windtunnel.app.canvas.label_priority import LabelPriority
from windtunnel.model import Edge, Node, Objective

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from canvas_models import big_model  # noqa: E402


class _Scene:
    """What the priority reads of a scene: its model, node items, selection and marks."""

    def __init__(self, model) -> None:
        self.model = model
        self.selected: list[str] = []
        self.recent_nodes: tuple[str, ...] = ()
        self.labelled_first: tuple[str, ...] = ()

    @property
    def node_items(self) -> dict:
        return {node.id: None for node in self.model.nodes}

    def selected_node_ids(self) -> list[str]:
        return list(self.selected)


def _fresh(scene) -> list[str]:
    return LabelPriority().order(scene)


def _edit(scene, kind: int, a: int, b: int, weight: float) -> None:
    model = scene.model
    ids = [node.id for node in model.nodes]
    first, second = ids[a % len(ids)], ids[b % len(ids)]
    if kind == 0:
        taken, number = set(ids), len(ids)
        while f"new{number}" in taken:       # a node removed, then one added: the same count
            number += 1
        model.add_node(Node(f"new{number}", "New", kind="restriction" if b % 2 else "factor"))
    elif kind == 1 and first != second and model.edge(first, second) is None:
        model.add_edge(Edge(first, second, weight))
    elif kind == 2 and model.edges:
        edge = model.edges[a % len(model.edges)]
        model.update_edge(edge.source, edge.target, weight=weight)
    elif kind == 3 and model.edges:
        edge = model.edges[a % len(model.edges)]
        model.remove_edge(edge.source, edge.target)
    elif kind == 4 and len(ids) > 2:
        model.remove("node", first)
    elif kind == 5:
        model.update_node(first, lever=bool(b % 2))
    elif kind == 6:
        taken, number = {objective.id for objective in model.objectives}, 0
        while f"o{number}" in taken:         # one removed, then one added: the same count
            number += 1
        model.add_objective(Objective(f"o{number}", "Goal", first))
    elif kind == 7 and model.objectives:
        model.remove("objective", model.objectives[a % len(model.objectives)].id)
    elif kind == 8:
        scene.selected = [first, second][: b % 3]
    elif kind == 9:
        scene.recent_nodes = (first,) + scene.recent_nodes[:3]
    elif kind == 10:
        scene.labelled_first = (second, first)[: a % 3]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10), st.integers(0, 60), st.integers(0, 60),
                          st.sampled_from([-1.0, -0.35, 0.1, 0.2, 0.3, 0.7, 1.0])),
                max_size=25))
def test_the_order_after_edits_is_the_order_from_scratch(edits):
    scene = _Scene(big_model(nodes=40, edges=90))
    priority = LabelPriority()
    assert priority.order(scene) == _fresh(scene)
    for edit in edits:
        _edit(scene, *edit)
        assert priority.order(scene) == _fresh(scene), edit


def test_an_edge_added_ranks_only_its_two_ends_again(monkeypatch):
    scene = _Scene(big_model())
    priority = LabelPriority()
    before = list(priority.order(scene))
    ranked = []
    real = LabelPriority._key
    monkeypatch.setattr(label_priority.LabelPriority, "_key",
                        lambda self, node, *sets: ranked.append(node.id) or real(self, node,
                                                                                 *sets))
    last = before[-1]
    scene.model.add_edge(Edge(last, before[0], 1.0))
    after = priority.order(scene)
    assert sorted(ranked) == sorted([last, before[0]])
    assert after.index(last) < before.index(last)       # better connected: named sooner
    assert after == _fresh(scene)


def test_the_selection_comes_first_and_leaves_its_place_when_deselected():
    scene = _Scene(big_model(nodes=200, edges=600))
    priority = LabelPriority()
    before = list(priority.order(scene))
    scene.selected = [before[-1]]
    assert priority.order(scene)[0] == before[-1]
    scene.selected = []
    assert priority.order(scene) == before


def test_another_model_is_ranked_afresh():
    scene = _Scene(big_model(nodes=30, edges=60))
    priority = LabelPriority()
    priority.order(scene)
    scene.model = big_model(nodes=20, edges=40, seed=9)
    assert priority.order(scene) == _fresh(scene)
    assert len(priority.order(scene)) == 20
