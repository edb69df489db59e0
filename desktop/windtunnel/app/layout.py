"""Node placement: align, distribute, and automatic layout that keeps groups together.

Pure functions from positions to positions (plain tuples, no Qt), so they are tested
without a GUI and their results go through one MoveNodesCommand.

Auto-layout: each group is laid out on its own with networkx's spring layout (seeded, so
the same map gives the same picture), sized by its node count, and the groups are then
placed on a grid ordered by the connections between them. Keeping groups together is
what analysts expect: "United States" actors stay in one region of the map.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Iterable

from ..model import Model

if TYPE_CHECKING:                  # networkx loads on first layout, not at start-up
    import networkx as nx

__all__ = ["align", "distribute", "auto_layout", "ALIGNMENTS"]

Positions = dict[str, tuple[float, float]]

ALIGNMENTS = ("left", "centre", "right", "top", "middle", "bottom")
_SPACING = 190.0  # scene units between neighbouring nodes


def align(positions: Positions, how: str) -> Positions:
    """Line nodes up on one coordinate: left/centre/right on x, top/middle/bottom on y."""
    if how not in ALIGNMENTS:
        raise ValueError(f"unknown alignment {how!r}")
    if len(positions) < 2:
        return dict(positions)
    axis = 0 if how in ("left", "centre", "right") else 1
    values = [p[axis] for p in positions.values()]
    target = {"left": min, "top": min, "right": max, "bottom": max}.get(
        how, lambda v: (min(v) + max(v)) / 2)(values)
    return {n: ((target, p[1]) if axis == 0 else (p[0], target)) for n, p in positions.items()}


def distribute(positions: Positions, axis: str) -> Positions:
    """Space nodes evenly between the outermost two along ``axis`` ("x" or "y")."""
    if axis not in ("x", "y"):
        raise ValueError(f"unknown axis {axis!r}")
    if len(positions) < 3:
        return dict(positions)
    i = 0 if axis == "x" else 1
    order = sorted(positions, key=lambda n: (positions[n][i], n))
    first, last = positions[order[0]][i], positions[order[-1]][i]
    step = (last - first) / (len(order) - 1)
    out = {}
    for k, node_id in enumerate(order):
        x, y = positions[node_id]
        value = round(first + k * step, 2)
        out[node_id] = (value, y) if i == 0 else (x, value)
    return out


def auto_layout(model: Model, node_ids: Iterable[str] | None = None, *, seed: int = 7) -> Positions:
    """New positions for ``node_ids`` (all nodes when None), groups kept together."""
    chosen = [n.id for n in model.nodes] if node_ids is None else list(node_ids)
    if not chosen:
        return {}
    import networkx as nx

    wanted = set(chosen)
    graph = nx.Graph()
    graph.add_nodes_from(chosen)
    graph.add_edges_from(e.key for e in model.edges if e.source in wanted and e.target in wanted)
    groups: dict[str, list[str]] = {}
    for node in model.nodes:
        if node.id in wanted:
            groups.setdefault(node.group, []).append(node.id)
    blocks = {g: _layout_group(graph.subgraph(ids), seed) for g, ids in groups.items()}
    order = _group_order(graph, groups)
    return _place_blocks(model, chosen, blocks, order)


def _layout_group(graph: nx.Graph, seed: int) -> Positions:
    """Positions of one group's nodes around (0, 0), about ``_SPACING`` apart."""
    nodes = list(graph.nodes)
    count = len(nodes)
    if count == 1:
        return {nodes[0]: (0.0, 0.0)}
    if count > 400 or graph.number_of_edges() == 0:
        columns = math.ceil(math.sqrt(count * 1.6))
        return {n: ((k % columns) * _SPACING, (k // columns) * _SPACING * 0.6)
                for k, n in enumerate(nodes)}
    import networkx as nx

    raw = nx.spring_layout(graph, seed=seed, iterations=80, method="force")
    scale = _SPACING * math.sqrt(count) * 0.75
    return {n: (float(p[0]) * scale, float(p[1]) * scale * 0.75) for n, p in raw.items()}


def _group_order(graph: nx.Graph, groups: dict[str, list[str]]) -> list[str]:
    """Groups ordered so that strongly connected groups sit next to each other."""
    of = {n: g for g, ids in groups.items() for n in ids}
    links: dict[str, int] = {g: 0 for g in groups}
    for a, b in graph.edges:
        if of[a] != of[b]:
            links[of[a]] += 1
            links[of[b]] += 1
    return sorted(groups, key=lambda g: (-links[g] - len(groups[g]), g))


def _place_blocks(model: Model, chosen: list[str], blocks: dict[str, Positions],
                  order: list[str]) -> Positions:
    """Put the group blocks on a grid of rows, centred where the nodes were before."""
    columns = max(1, math.ceil(math.sqrt(len(order))))
    out: Positions = {}
    x = y = row_height = 0.0
    for k, group in enumerate(order):
        block = blocks[group]
        xs = [p[0] for p in block.values()]
        ys = [p[1] for p in block.values()]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        if k and k % columns == 0:
            x, y, row_height = 0.0, y + row_height + _SPACING * 1.2, 0.0
        for node_id, (px, py) in block.items():
            out[node_id] = (x + px - min(xs), y + py - min(ys))
        x += width + _SPACING * 1.4
        row_height = max(row_height, height)
    old = [model.node(n).position for n in chosen]
    cx = sum(p[0] for p in old) / len(old) - sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in old) / len(old) - sum(p[1] for p in out.values()) / len(out)
    return {n: (round(px + cx, 2), round(py + cy, 2)) for n, (px, py) in out.items()}
