"""Automatic layout that keeps groups together (the editor's Auto-Layout, and the importers'
placement of files without positions).

Each group is laid out on its own, each connected part of it with networkx's spring layout
(seeded, so the same map gives the same picture) sized by its node count, the parts packed
in rows; the groups are then placed on a grid ordered by the connections between them. Keeping groups together is what analysts expect:
"United States" actors stay in one region of the map.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Iterable, Sequence

from ..model import Model, Node

if TYPE_CHECKING:                  # networkx loads on first layout, not at start-up
    import networkx as nx

__all__ = ["auto_layout", "layout_nodes", "Positions"]

Positions = dict[str, tuple[float, float]]

_SPACING = 190.0  # scene units between neighbouring nodes


def auto_layout(model: Model, node_ids: Iterable[str] | None = None, *, seed: int = 7) -> Positions:
    """New positions for ``node_ids`` (all nodes when None), groups kept together."""
    chosen = model.nodes if node_ids is None else [model.node(n) for n in node_ids]
    return layout_nodes(chosen, (e.key for e in model.edges), seed=seed)


def layout_nodes(nodes: Sequence[Node], edges: Iterable[tuple[str, str]], *,
                 seed: int = 7) -> Positions:
    """New positions for ``nodes`` (edges between others are ignored), groups kept
    together, centred where the nodes were; importers use it for files without positions."""
    if not nodes:
        return {}
    import networkx as nx

    chosen = [n.id for n in nodes]
    wanted = set(chosen)
    graph = nx.Graph()
    graph.add_nodes_from(chosen)
    graph.add_edges_from((a, b) for a, b in edges if a in wanted and b in wanted)
    groups: dict[str, list[str]] = {}
    for node in nodes:
        groups.setdefault(node.group, []).append(node.id)
    blocks = {g: _layout_group(graph.subgraph(ids), seed) for g, ids in groups.items()}
    order = _group_order(graph, groups)
    return _place_blocks(nodes, blocks, order)


def _layout_group(graph: nx.Graph, seed: int) -> Positions:
    """Positions of one group's nodes, about ``_SPACING`` apart: each connected part laid
    out on its own (a spring layout of parts together squeezes the biggest into the middle
    while lone nodes fly to the edges), then the parts packed in rows, biggest first."""
    import networkx as nx

    parts = sorted((sorted(c) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), c[0]))
    big = [_spring(graph.subgraph(c), seed) for c in parts if len(c) > 1]
    lone = [c[0] for c in parts if len(c) == 1]
    if lone:
        big.append(_grid(lone))
    return _pack(big, gap=_SPACING)


def _spring(graph: nx.Graph, seed: int) -> Positions:
    """A connected part by networkx's spring layout, scaled to its size (a grid past 400
    nodes, where the layout would take seconds)."""
    nodes = list(graph.nodes)
    count = len(nodes)
    if count > 400:
        return _grid(nodes)
    import networkx as nx

    if count <= 150:   # spreads dense hubs evenly; seeded start, so it is reproducible
        start = nx.spring_layout(graph, seed=seed, iterations=20, method="force")
        raw = nx.kamada_kawai_layout(graph, pos=start)
    else:
        raw = nx.spring_layout(graph, seed=seed, iterations=80, method="force")
    scale = _SPACING * math.sqrt(count) * 0.75
    return {n: (float(p[0]) * scale, float(p[1]) * scale * 0.75) for n, p in raw.items()}


def _grid(nodes: list[str]) -> Positions:
    columns = math.ceil(math.sqrt(len(nodes) * 1.6))
    return {n: ((k % columns) * _SPACING, (k // columns) * _SPACING * 0.6)
            for k, n in enumerate(nodes)}


def _group_order(graph: nx.Graph, groups: dict[str, list[str]]) -> list[str]:
    """Groups ordered so that strongly connected groups sit next to each other."""
    of = {n: g for g, ids in groups.items() for n in ids}
    links: dict[str, int] = {g: 0 for g in groups}
    for a, b in graph.edges:
        if of[a] != of[b]:
            links[of[a]] += 1
            links[of[b]] += 1
    return sorted(groups, key=lambda g: (-links[g] - len(groups[g]), g))


def _pack(blocks: list[Positions], gap: float) -> Positions:
    """Blocks of positions side by side in rows (about as many rows as columns), ``gap``
    apart, from the top left."""
    columns = max(1, math.ceil(math.sqrt(len(blocks))))
    out: Positions = {}
    x = y = row_height = 0.0
    for k, block in enumerate(blocks):
        xs = [p[0] for p in block.values()]
        ys = [p[1] for p in block.values()]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        if k and k % columns == 0:
            x, y, row_height = 0.0, y + row_height + gap * 0.85, 0.0
        for node_id, (px, py) in block.items():
            out[node_id] = (x + px - min(xs), y + py - min(ys))
        x += width + gap
        row_height = max(row_height, height)
    return out


def _place_blocks(nodes: Sequence[Node], blocks: dict[str, Positions],
                  order: list[str]) -> Positions:
    """Put the group blocks on a grid of rows, centred where the nodes were before."""
    out = _pack([blocks[group] for group in order], gap=_SPACING * 1.4)
    old = [n.position for n in nodes]
    cx = sum(p[0] for p in old) / len(old) - sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in old) / len(old) - sum(p[1] for p in out.values()) / len(out)
    return {n: (round(px + cx, 2), round(py + cy, 2)) for n, (px, py) in out.items()}
