"""Big generated maps for the canvas benchmarks (2,000 nodes and 6,000 edges).

``big_model`` is laid out the way analysts' maps look: group clusters, nodes about 260
units apart, most edges between near neighbours and a fifth of them reaching into other
groups. ``tangled_model`` is the worst case: nodes scattered over large group squares and
edges joining far-apart nodes, so that every view crosses hundreds of long curves.
"""

from __future__ import annotations

import dataclasses
import math
import random

from windtunnel.model import Edge, Model, Node

GROUPS = ("United States", "China", "Europe", "Global", "Japan", "Hong Kong", "Singapore",
          "India")
KINDS = ("actor", "restriction", "factor")


def _edges(rng, count: int, pick) -> list[Edge]:
    seen, out = set(), []
    while len(out) < count:
        a, b = pick()
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        out.append(Edge(f"n{a}", f"n{b}", round(rng.uniform(-1, 1), 2),
                        delay=1 if rng.random() < 0.2 else 0))
    return out


def big_model(nodes: int = 2000, edges: int = 6000, *, seed: int = 5) -> Model:
    """Clustered groups on a grid, edges mostly to near neighbours."""
    rng = random.Random(seed)
    per_group = math.ceil(nodes / len(GROUPS))
    side = math.ceil(math.sqrt(per_group))
    block = side * 260 + 600
    node_list = []
    for k in range(nodes):
        g, i = divmod(k, per_group)
        gx, gy = g % 4, g // 4
        x = gx * block + (i % side) * 260 + rng.uniform(-40, 40)
        y = gy * block + (i // side) * 200 + rng.uniform(-30, 30)
        node_list.append(Node(f"n{k}", f"Node {k} of {GROUPS[g]}", kind=KINDS[k % 3],
                              group=GROUPS[g], position=(round(x, 1), round(y, 1))))

    def pick():
        a = rng.randrange(nodes)
        g, i = divmod(a, per_group)
        if rng.random() < 0.8:  # a near neighbour in the same group
            j = i + rng.choice((-1, 1, -side, side, side + 1, -side - 1, 2, -2))
            return a, min(nodes - 1, max(0, g * per_group + j))
        other = rng.randrange(len(GROUPS))
        return a, min(nodes - 1, other * per_group + rng.randrange(per_group))
    return Model.from_elements(title="Big generated map", nodes=node_list,
                               edges=_edges(rng, edges, pick))


def tangled_model(nodes: int = 2000, edges: int = 6000, *, seed: int = 5) -> Model:
    """The worst case: scattered nodes, long edges everywhere."""
    rng = random.Random(seed)
    node_list = []
    for k in range(nodes):
        g = k % len(GROUPS)
        x = (g % 4) * 5200 + rng.uniform(0, 4800)
        y = (g // 4) * 5200 + rng.uniform(0, 4800)
        node_list.append(Node(f"n{k}", f"Node {k} of {GROUPS[g]}", kind=KINDS[k % 3],
                              group=GROUPS[g], position=(round(x, 1), round(y, 1))))

    def pick():
        a = rng.randrange(nodes)
        if rng.random() < 0.8:
            return a, (a + len(GROUPS) * rng.randint(1, 12)) % nodes
        return a, rng.randrange(nodes)
    return Model.from_elements(title="Tangled generated map", nodes=node_list,
                               edges=_edges(rng, edges, pick))


def wordy_model(megabytes: float, *, nodes: int = 2000, edges: int = 6000,
                seed: int = 5) -> Model:
    """``big_model`` with a rationale on every edge, long enough that the saved file takes
    about ``megabytes``: the size of file whose reading takes seconds (a map whose every
    influence carries its argument)."""
    model = big_model(nodes, edges, seed=seed)
    rng = random.Random(seed)
    words = ("evidence", "tariff", "supply", "chain", "export", "control", "licence",
             "demand", "subsidy", "capacity", "response", "review", "partner", "market")
    per_edge = max(0, int(megabytes * 2**20 / edges) - 130)     # 130: an edge's own fields
    rationale = []
    while sum(map(len, rationale)) < per_edge:
        rationale.append(rng.choice(words) + " ")
    text = "".join(rationale)[:per_edge].strip()
    return Model.from_elements(title="Wordy generated map", nodes=list(model.nodes),
                               edges=[dataclasses.replace(edge, rationale=text)
                                      for edge in model.edges])
