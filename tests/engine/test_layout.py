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


def test_the_layered_layout_puts_no_node_over_another(model):
    """The help sends a user whose Auto-Layout came out crowded to the layered layout: on
    the bundled map no two nodes stand closer than a node's box (150 x 60 scene units)."""
    where = layered_layout(model)
    touching = [(a, b) for a in where for b in where if a < b
                and abs(where[a][0] - where[b][0]) < 150 and abs(where[a][1] - where[b][1]) < 60]
    assert not touching


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


def _chains_with_chords(sizes):
    """Parts of the given sizes, each a chain with a chord from its first node to its last,
    nodes in the order an edge list names them."""
    from windtunnel.model import Node

    nodes, edges = [], []
    for part, size in enumerate(sizes):
        ids = [f"p{part}n{k}" for k in range(size)]
        nodes += [Node(n, n) for n in ids]
        edges += list(zip(ids, ids[1:])) + ([(ids[-1], ids[0])] if size > 2 else [])
    return nodes, edges


@pytest.mark.parametrize("seed", range(12))
def test_parts_laid_out_together_get_networkx_s_spring_layout_each(seed):
    """The parts of one size are laid out as one stack of arrays, each as networkx's
    ``spring_layout`` lays it out alone (seeded, in the part's order, the same rest
    length), whatever its shape and however many share its size."""
    import math
    import random

    from windtunnel.engine.layout import _springs

    rng = random.Random(seed)
    size = rng.choice([2, 3, 5, 9, 30, 120])
    parts, pairs = [], []
    for number in range(rng.choice([1, 2, 7])):
        part = [f"p{number}n{k}" for k in rng.sample(range(size), size)]
        pairs += [(part[k], rng.choice(part[:k])) for k in range(1, size)]
        pairs += [(rng.choice(part), rng.choice(part)) for _ in range(rng.randrange(size))]
        parts.append(part)
    got = _springs(parts, pairs, seed=7)
    scale = 190.0 * math.sqrt(size) * 0.75
    for part in parts:
        graph = nx.Graph()
        graph.add_nodes_from(part)
        graph.add_edges_from((a, b) for a, b in pairs if a in graph and b in graph)
        alone = nx.spring_layout(graph, seed=7, iterations=80, method="force",
                                 k=1.5 / math.sqrt(size))
        for node in part:
            assert got[part[0]][node] == pytest.approx(
                (alone[node][0] * scale, alone[node][1] * scale * 0.75), abs=1e-6)


def test_a_connected_map_keeps_networkx_s_picture(model):
    """One connected part (the bundled model, its groups set aside) is placed as networkx's
    spring layout places it: the picture of a normal map is what it was."""
    import math
    from dataclasses import replace

    from windtunnel.engine.layout import layout_nodes

    nodes = [replace(n, group="") for n in model.nodes]
    pairs = [e.key for e in model.edges]
    where = layout_nodes(nodes, pairs)
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in nodes)
    graph.add_edges_from(pairs)
    alone = nx.spring_layout(graph, seed=7, iterations=80, method="force",
                             k=1.5 / math.sqrt(len(nodes)))
    scale = 190.0 * math.sqrt(len(nodes)) * 0.75
    first = nodes[0].id
    for node in nodes:
        expected = ((alone[node.id][0] - alone[first][0]) * scale,
                    (alone[node.id][1] - alone[first][1]) * scale * 0.75)
        assert (where[node.id][0] - where[first][0],
                where[node.id][1] - where[first][1]) == pytest.approx(expected, abs=0.02)


def test_many_small_parts_do_not_overlap_and_get_the_same_picture_every_time():
    """A thousand parts of 2 to 6 nodes (an edge list of pairs and small clusters): each
    part's box of nodes is apart from every other's, every node has a spot of its own,
    and the same map gives the same positions."""
    from windtunnel.engine.layout import layout_nodes

    nodes, edges = _chains_with_chords([2 + k % 5 for k in range(1000)])
    where = layout_nodes(nodes, edges)
    assert where == layout_nodes(nodes, edges)
    assert len(set(where.values())) == len(nodes)
    boxes: dict[str, list[float]] = {}
    for node_id, (x, y) in where.items():
        box = boxes.setdefault(node_id.split("n")[0], [x, y, x, y])
        box[:] = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
    ordered = sorted(boxes.values())
    for k, (left, top, right, bottom) in enumerate(ordered):
        for other in ordered[k + 1:]:
            if other[0] > right:
                break
            assert other[1] > bottom or other[3] < top, "two parts overlap"
