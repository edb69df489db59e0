"""Layouts: the layered layout reads from levers to outcomes and keeps a screen's shape."""

from __future__ import annotations

import networkx as nx
import pytest

from windtunnel.engine.layout import layered_layout
from windtunnel.model import load
from windtunnel.paths import bundled_model


@pytest.fixture(scope="module")
def model():
    return load(bundled_model())


def test_levers_come_first_and_each_column_is_one_step_further(model):
    where = layered_layout(model)
    columns = sorted({x for x, _y in where.values()})
    levers = [n.id for n in model.nodes if n.is_lever]
    assert {where[n][0] for n in levers} == {columns[0]}
    graph = nx.DiGraph((e.source, e.target) for e in model.edges if e.target not in levers)
    distance = nx.multi_source_dijkstra_path_length(graph, set(levers), weight=None)
    goals = {o.node for o in model.objectives}
    # a node further from the levers never sits left of a nearer one (wrapped columns of
    # one layer share its distance)
    by_x = sorted((where[n][0], d) for n, d in distance.items() if n not in goals)
    assert [d for _x, d in by_x] == sorted(d for _x, d in by_x)
    sinks = [g for g in goals if not any(e.source == g for e in model.edges)]
    assert all(where[g][0] == columns[-1] for g in sinks)


def test_the_layout_is_deterministic_spread_and_about_screen_shaped(model):
    where = layered_layout(model)
    assert where == layered_layout(model)
    assert len(set(where.values())) == len(model.nodes)
    xs, ys = [p[0] for p in where.values()], [p[1] for p in where.values()]
    assert 1.0 <= (max(xs) - min(xs)) / (max(ys) - min(ys)) <= 2.5


def test_groups_form_bands_in_each_column(model):
    where = layered_layout(model)
    group = {n.id: n.group for n in model.nodes}
    for x in {p[0] for p in where.values()}:
        column = sorted((p[1], n) for n, p in where.items() if p[0] == x)
        seen, last = [], None
        for _y, node_id in column:
            if group[node_id] != last:
                assert group[node_id] not in seen, f"group {group[node_id]} split at x={x}"
                seen.append(group[node_id])
                last = group[node_id]


def test_a_cycle_without_levers_still_lays_out(small_model):
    where = layered_layout(small_model, ["leak", "lab"])
    assert set(where) == {"leak", "lab"} and where["leak"] != where["lab"]


def test_parts_too_big_for_a_spring_are_gridded_in_node_order_without_networkx(monkeypatch):
    """Two groups of 300 nodes, each one connected part: placed on grids in the nodes'
    order (the same picture in every run), groups apart, without building a graph."""
    import sys

    from windtunnel.engine.layout import layout_nodes
    from windtunnel.model import Node

    monkeypatch.setitem(sys.modules, "networkx", None)       # importing it would fail
    nodes = [Node(f"n{k}", f"N{k}", group="AB"[k % 2]) for k in range(600)]
    edges = [(f"n{k}", f"n{k + 2}") for k in range(598)]    # a chain through each group
    where = layout_nodes(nodes, edges)
    assert len(where) == 600 and len(set(where.values())) == 600
    for group in (nodes[0::2], nodes[1::2]):
        first, second, third = (where[n.id] for n in group[:3])
        assert first[1] == second[1] == third[1]             # a grid row, in node order
        assert first[0] < second[0] < third[0]
    assert where["n0"][0] != where["n1"][0] or where["n0"][1] != where["n1"][1]


def _reference_parts(chosen, pairs):
    """The connected parts by networkx, in the order ``_parts`` promises."""
    graph = nx.Graph()
    graph.add_nodes_from(chosen)
    graph.add_edges_from(pairs)
    return sorted(([n for n in chosen if n in part] for part in nx.connected_components(graph)),
                  key=lambda part: (-len(part), min(part)))


@pytest.mark.parametrize("seed", range(40))
def test_the_connected_parts_are_networkx_s_whatever_the_shape(seed):
    """Parts found by relabelling the smaller side, stopping once every group is one part:
    the same parts as networkx's, in the same order, on chains, stars, repeats, loops onto
    a node itself and groups (pairs only inside a group, as ``layout_nodes`` passes them)."""
    import random

    from windtunnel.engine.layout import _parts

    rng = random.Random(seed)
    count = rng.choice([1, 2, 3, 10, 60, 300])
    chosen = [f"n{k}" for k in rng.sample(range(count * 2), count)]
    groups = rng.choice([1, 1, 2, 5])
    group = {n: rng.randrange(groups) for n in chosen}
    pairs = [(rng.choice(chosen), rng.choice(chosen))
             for _ in range(rng.choice([0, count // 2, count, 4 * count]))]
    pairs += [(chosen[k], chosen[k + 1]) for k in range(count - 1)] if seed % 3 == 0 else []
    pairs = [(a, b) for a, b in pairs if group[a] == group[b]]
    assert _parts(chosen, pairs, len(set(group.values()))) == _reference_parts(chosen, pairs)
    assert _parts(chosen, pairs) == _reference_parts(chosen, pairs)


@pytest.mark.slow                                   # two interpreters
def test_the_same_map_gets_the_same_picture_in_every_run_of_python():
    """Spring layouts start from seeded positions given to the nodes in the part's order,
    not in the order of a set of ids, which changes with Python's string hashing."""
    import subprocess
    import sys

    script = ("from windtunnel.engine.layout import layout_nodes\n"
              "from windtunnel.model import Node\n"
              "nodes = [Node(f'n{k}', f'N{k}', group='AB'[k % 2]) for k in range(40)]\n"
              "edges = [(f'n{k}', f'n{(k * 7 + 2) % 40}') for k in range(40)]\n"
              "print(sorted(layout_nodes(nodes, edges).items()))\n")
    pictures = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               check=True, env={**__import__("os").environ,
                                                "PYTHONHASHSEED": str(seed)}).stdout
                for seed in (1, 2)}
    assert len(pictures) == 1
