"""One function that checks every model invariant from scratch (used after random edits)."""

from __future__ import annotations

from windtunnel.model import Model


def assert_invariants(model: Model) -> None:
    node_ids = [n.id for n in model.nodes]
    assert len(set(node_ids)) == len(node_ids), "duplicate node ids"
    for kind in ("scenarios", "objectives", "sources"):
        keys = [e.id for e in getattr(model, kind)]
        assert len(set(keys)) == len(keys), f"duplicate {kind} ids"
    edge_keys = [e.key for e in model.edges]
    assert len(set(edge_keys)) == len(edge_keys), "two edges for one ordered pair"
    source_ids = {s.id for s in model.sources}
    for element in list(model.nodes) + list(model.edges) + list(model.scenarios) \
            + list(model.objectives) + list(model.sources) + [model.settings]:
        assert element.problems() == [], (element, element.problems())
    for edge in model.edges:
        assert edge.source in node_ids and edge.target in node_ids
        assert set(edge.sources) <= source_ids
    for node in model.nodes:
        assert set(node.sources) <= source_ids
    for scenario in model.scenarios:
        assert all(i.node in node_ids for i in scenario.interventions)
        assert all(o.key in edge_keys for o in scenario.overrides)
    assert all(o.node in node_ids for o in model.objectives)
    assert set(model.settings.convergence_nodes) <= set(node_ids)
    for kind, items in (("node", model.nodes), ("edge", model.edges)):
        for index, item in enumerate(items):
            key = item.key if kind == "edge" else item.id
            assert model.get(kind, key) is item
            assert model.index_of(kind, key) == index
