"""Automatic layouts: groups kept together (the editor's Auto-Layout, and the importers'
placement of files without positions), and layered, reading from levers to outcomes.

Each group is laid out on its own, each connected part of it by networkx's spring layout
(seeded, so the same map gives the same picture; a grid past 200 nodes) sized by its node
count, the parts packed in rows; the parts of one size are laid out together in one stack
of arrays, so that a file of a thousand pairs costs what a few parts do. The groups are
then placed on a grid ordered by the connections between them. Keeping groups together is
what analysts expect: "United States" actors stay in one region of the map.

Layered layout (:func:`layered_layout`): columns from left to right by causal distance from
the levers, the objectives' outcome nodes in the last column, each column ordered by group
(groups form bands across the columns) and, within a group, by the barycentre of each
node's neighbours in the columns beside it, swept back and forth to cut crossings. This is
the Sugiyama scheme (break cycles, layer, order, place) written out on networkx: the
layered-layout libraries for Python (grandalf) are GPL-licensed and unmaintained, and the
group bands are a constraint they do not offer.
"""

from __future__ import annotations

import math
from operator import itemgetter
from typing import Iterable, Sequence

from ..model import Model, Node

__all__ = ["auto_layout", "layout_nodes", "layered_layout", "Positions"]

Positions = dict[str, tuple[float, float]]

_SPACING = 190.0  # scene units between neighbouring nodes
#: Parts larger than this are put on a grid (a spring layout would take seconds).
_SPRING_MOST = 200
#: Array cells (parts x nodes x nodes) laid out together, so a stack stays a few megabytes.
_STACK_CELLS = 250_000
_COLUMN, _WRAP, _ROW, _BAND = 290.0, 215.0, 80.0, 30.0   # layered: layer and wrapped
# column pitch, row pitch, gap between groups
_SWEEPS = 6


def auto_layout(model: Model, node_ids: Iterable[str] | None = None, *, seed: int = 7) -> Positions:
    """New positions for ``node_ids`` (all nodes when None), groups kept together."""
    chosen = model.nodes if node_ids is None else [model.node(n) for n in node_ids]
    return layout_nodes(chosen, (e.key for e in model.edges), seed=seed)


def layout_nodes(nodes: Sequence[Node], edges: Iterable[tuple[str, str]], *,
                 seed: int = 7) -> Positions:
    """New positions for ``nodes`` (edges between others are ignored), groups kept
    together, centred where the nodes were; importers use it for files without positions.

    The connected parts are found here, without building a graph, and the parts of one size
    are laid out together, so that placing a large import costs little beside reading it."""
    if not nodes:
        return {}
    chosen = [n.id for n in nodes]
    wanted = set(chosen)
    pairs = list(edges)
    if not (wanted.issuperset(map(itemgetter(0), pairs))       # the usual import: every
            and wanted.issuperset(map(itemgetter(1), pairs))):  # pair is kept, at C speed
        pairs = [pair for pair in pairs if pair[0] in wanted and pair[1] in wanted]
    groups: dict[str, list[str]] = {}
    for node in nodes:
        groups.setdefault(node.group, []).append(node.id)
    of = {n: g for g, ids in groups.items() for n in ids}
    inside, across = pairs, []                 # the pairs within a group, and between two
    if len(groups) > 1:
        inside = [pair for pair in pairs if of[pair[0]] == of[pair[1]]]
        across = [pair for pair in pairs if of[pair[0]] != of[pair[1]]]
    parts = _parts(chosen, inside, len(groups))
    springs = _springs([part for part in parts if 1 < len(part) <= _SPRING_MOST], inside, seed)
    by_group: dict[str, list[list[str]]] = {g: [] for g in groups}
    for part in parts:
        by_group[of[part[0]]].append(part)
    blocks = {g: _layout_group(by_group[g], springs) for g in groups}
    return _place_blocks(nodes, blocks, _group_order(across, groups, of))


def _parts(chosen: list[str], pairs: list[tuple[str, str]], fewest: int = 1) -> list[list[str]]:
    """The connected parts of the undirected graph, each in ``chosen``'s order, biggest
    first (then by their smallest id). ``fewest``: how few parts there can be (the
    groups, when no pair joins two groups), so the pairs left once that few remain are
    not looked at: they cannot join anything more.

    Each node's part is named by a label; joining two parts relabels the smaller one,
    so a pair costs two look-ups (no function call) and a node is relabelled at most
    log2(n) times."""
    label = {n: n for n in chosen}
    members = {n: [n] for n in chosen}
    count = len(label)
    for a, b in pairs:
        big, small = label[a], label[b]
        if big == small:
            continue
        if len(members[big]) < len(members[small]):
            big, small = small, big
        joined = members.pop(small)
        for n in joined:
            label[n] = big
        members[big] += joined
        count -= 1
        if count == fewest:
            break
    parts: dict[str, list[str]] = {}
    for n in chosen:
        parts.setdefault(label[n], []).append(n)
    return sorted(parts.values(), key=lambda part: (-len(part), min(part)))


def _layout_group(parts: list[list[str]], springs: dict[str, Positions]) -> Positions:
    """Positions of one group's nodes, about ``_SPACING`` apart: each connected part laid
    out on its own (a spring layout of parts together squeezes the biggest into the middle
    while lone nodes fly to the edges), then the parts packed in rows, biggest first."""
    big = [springs[part[0]] if len(part) <= _SPRING_MOST else _grid(part)
           for part in parts if len(part) > 1]
    lone = [part[0] for part in parts if len(part) == 1]
    if lone:
        big.append(_grid(sorted(lone)))
    return _pack(big, gap=_SPACING)


def _springs(parts: list[list[str]], pairs: list[tuple[str, str]],
             seed: int) -> dict[str, Positions]:
    """Each connected part by a force-directed layout, scaled to its size, keyed by the
    part's first node.

    The parts of one size are laid out together, as one stack of arrays: the steps of
    networkx's ``spring_layout`` (Fruchterman-Reingold, seeded start positions given to a
    part's nodes in its order, rest length ``k``, then rescaled), each part pushed only by
    its own nodes. A call of ``spring_layout`` per part costs milliseconds of set-up
    whatever the part's size (a random state, an adjacency matrix, the dispatch), which a
    file of a thousand pairs pays a thousand times; laid out as one graph the parts would
    push each other apart instead (networkx offers no layout of many graphs at once).
    tests/engine/test_layout.py holds each part's positions to networkx's own."""
    if not parts:
        return {}
    import numpy as np

    where = {n: (k, i) for k, part in enumerate(parts) for i, n in enumerate(part)}
    links: dict[int, list[tuple[int, int]]] = {}
    for a, b in pairs:
        if a in where and a != b:
            k, i = where[a]
            links.setdefault(k, []).append((i, where[b][1]))
    by_size: dict[int, list[int]] = {}
    for k, part in enumerate(parts):
        by_size.setdefault(len(part), []).append(k)
    out: dict[str, Positions] = {}
    for size, numbers in by_size.items():
        stack = max(1, _STACK_CELLS // (size * size))
        for start in range(0, len(numbers), stack):
            chunk = numbers[start:start + stack]
            adjacency = np.zeros((len(chunk), size, size))
            for row, k in enumerate(chunk):
                for i, j in links.get(k, ()):
                    adjacency[row, i, j] = adjacency[row, j, i] = 1.0
            raw = _fruchterman_reingold(adjacency, seed)
            scale = _SPACING * math.sqrt(size) * 0.75
            for row, k in enumerate(chunk):
                out[parts[k][0]] = {n: (float(p[0]) * scale, float(p[1]) * scale * 0.75)
                                    for n, p in zip(parts[k], raw[row])}
    return out


def _fruchterman_reingold(adjacency, seed: int):
    """Positions of a stack of same-sized parts (``adjacency``: parts x nodes x nodes), each
    by networkx's force-directed steps: 80 at most, a part stopping once its nodes move
    less than networkx's threshold; each part then centred and scaled into -1..1.

    ``k``, the spring's rest length, is half as long again as networkx's default, so that
    nodes around a hub spread out instead of piling onto it."""
    import numpy as np

    iterations, threshold = 80, 1e-4
    count, size = adjacency.shape[0], adjacency.shape[1]
    k = 1.5 / math.sqrt(size)
    start = np.random.RandomState(seed).rand(size, 2)
    pos = np.repeat(start[np.newaxis], count, axis=0)
    t = max(np.ptp(start[:, 0]), np.ptp(start[:, 1])) * 0.1
    dt = t / (iterations + 1)
    moving = np.arange(count)
    for _ in range(iterations):
        now, links = pos[moving], adjacency[moving]
        delta = now[:, :, np.newaxis, :] - now[:, np.newaxis, :, :]
        distance = np.linalg.norm(delta, axis=-1)
        np.clip(distance, 0.01, None, out=distance)
        displacement = np.einsum("bijk,bij->bik", delta,
                                 (k * k / distance ** 2 - links * distance / k))
        length = np.clip(np.linalg.norm(displacement, axis=-1), 0.01, None)
        step = np.einsum("bij,bi->bij", displacement, t / length)
        pos[moving] = now + step
        t -= dt
        moving = moving[np.sqrt(np.einsum("bij,bij->b", step, step)) / size >= threshold]
        if not len(moving):
            break
    pos -= pos.mean(axis=1, keepdims=True)
    reach = np.abs(pos).max(axis=(1, 2), keepdims=True)
    return np.divide(pos, reach, out=pos, where=reach > 0)


def _grid(nodes: list[str]) -> Positions:
    columns = math.ceil(math.sqrt(len(nodes) * 1.6))
    return {n: ((k % columns) * _SPACING, (k // columns) * _SPACING * 0.6)
            for k, n in enumerate(nodes)}


def _group_order(pairs: list[tuple[str, str]], groups: dict[str, list[str]],
                 of: dict[str, str]) -> list[str]:
    """Groups ordered so that strongly connected groups sit next to each other (each pair
    of nodes counted once, whichever way its edges point); ``pairs`` join two groups."""
    links: dict[str, int] = {g: 0 for g in groups}
    for a, b in {(a, b) if a <= b else (b, a) for a, b in pairs}:
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
        left, top = min(xs), min(ys)
        width, height = max(xs) - left, max(ys) - top
        if k and k % columns == 0:
            x, y, row_height = 0.0, y + row_height + gap * 0.85, 0.0
        for node_id, (px, py) in block.items():
            out[node_id] = (x + px - left, y + py - top)
        x += width + gap
        row_height = max(row_height, height)
    return out


def _place_blocks(nodes: Sequence[Node], blocks: dict[str, Positions],
                  order: list[str]) -> Positions:
    """Put the group blocks on a grid of rows, centred where the nodes were before."""
    return _centred(nodes, _pack([blocks[group] for group in order], gap=_SPACING * 1.4))


def _centred(nodes: Sequence[Node], out: Positions) -> Positions:
    """``out`` moved so that its centre is where ``nodes`` were centred, rounded."""
    old = [n.position for n in nodes]
    cx = sum(p[0] for p in old) / len(old) - sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in old) / len(old) - sum(p[1] for p in out.values()) / len(out)
    return {n: (round(px + cx, 2), round(py + cy, 2)) for n, (px, py) in out.items()}


def layered_layout(model: Model, node_ids: Iterable[str] | None = None) -> Positions:
    """New positions for ``node_ids`` (all nodes when None) in columns from the levers on
    the left to the outcomes on the right; see the module docstring."""
    nodes = model.nodes if node_ids is None else [model.node(n) for n in node_ids]
    if not nodes:
        return {}
    chosen = {n.id for n in nodes}
    levers = [n.id for n in nodes if n.is_lever]
    goals = {o.node for o in model.objectives} & chosen
    edges = [(e.source, e.target) for e in model.edges
             if e.source in chosen and e.target in chosen and e.source != e.target]
    forward = _acyclic(nodes, edges, levers)
    layer = _layers(nodes, forward, levers, goals)
    columns = _ordered_columns(nodes, edges, layer)
    rows = _rows_per_column([len(c) for c in columns])
    groups = {n.id: n.group for n in nodes}
    out: Positions = {}
    x = 0.0
    for column in columns:
        for start in range(0, len(column), rows):      # a tall layer wraps into columns
            ids = column[start:start + rows]
            ys, y = [], 0.0
            for k, node_id in enumerate(ids):
                if k and groups[node_id] != groups[ids[k - 1]]:
                    y += _BAND
                ys.append(y)
                y += _ROW
            for node_id, each in zip(ids, ys):
                out[node_id] = (x, each - ys[-1] / 2)
            x += _WRAP
        x += _COLUMN - _WRAP
    return _centred(nodes, out)


def _rows_per_column(sizes: list[int]) -> int:
    """The most nodes a column holds, chosen so that the picture is about as wide as a
    screen (16:10) rather than one tall strip: a layer with more wraps into more columns."""
    def aspect(rows: int) -> float:
        wide = sum(-(-size // rows) for size in sizes if size)
        width = wide * _WRAP + len(sizes) * (_COLUMN - _WRAP)
        return width / (rows * _ROW + _BAND)

    return min(range(3, max(sizes) + 1) or [max(sizes)], key=lambda r: abs(aspect(r) - 1.6))


def _acyclic(nodes: Sequence[Node], edges: list[tuple[str, str]],
             levers: list[str]) -> list[tuple[str, str]]:
    """The edges that point forward once cycles are broken: a depth-first search from the
    levers first drops each edge back to a node still on its path, and edges into levers
    (levers sit in the first column whatever feeds them)."""
    lever_set = set(levers)
    out: dict[str, list[str]] = {n.id: [] for n in nodes}
    for a, b in edges:
        if b not in lever_set:
            out[a].append(b)
    state: dict[str, int] = {}            # 1 on the current path, 2 done
    forward: list[tuple[str, str]] = []
    for root in [*levers, *(n.id for n in nodes)]:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) != 1:
                forward.append((node, child))
                if child not in state:
                    state[child] = 1
                    stack.append((child, iter(out[child])))
    return forward


def _layers(nodes: Sequence[Node], forward: list[tuple[str, str]], levers: list[str],
            goals: set[str]) -> dict[str, int]:
    """Each node's column: its causal distance from the nearest lever (the fewest edges
    from one), so a column holds what a policy reaches at the same remove; nodes no lever
    reaches follow by their longest path over the forward edges. The objectives' nodes
    that lead nowhere go to the last column, where outcomes are read."""
    import networkx as nx

    dag = nx.DiGraph(forward)
    dag.add_nodes_from(n.id for n in nodes)
    layer = (dict(nx.multi_source_dijkstra_path_length(dag, set(levers), weight=None))
             if levers else {})
    for node in nx.topological_sort(dag):
        layer.setdefault(node, 0)
        for child in dag.successors(node):
            if child not in layer or (not levers and layer[child] <= layer[node]):
                layer[child] = layer[node] + 1
    last = max(layer.values())
    for goal in goals:
        if dag.out_degree(goal) == 0:
            layer[goal] = last
    return layer


def _ordered_columns(nodes: Sequence[Node], edges: list[tuple[str, str]],
                     layer: dict[str, int]) -> list[list[str]]:
    """Columns of node ids, ordered by group band, then by neighbours' barycentres."""
    band = {}
    for node in nodes:
        band.setdefault(node.group, len(band))
    group = {n.id: band[n.group] for n in nodes}
    columns: list[list[str]] = [[] for _ in range(max(layer.values()) + 1)]
    for node in nodes:
        columns[layer[node.id]].append(node.id)
    neighbours: dict[str, list[str]] = {n.id: [] for n in nodes}
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    for sweep in range(_SWEEPS):
        order = range(1, len(columns)) if sweep % 2 == 0 else range(len(columns) - 2, -1, -1)
        for index in order:
            beside = index - 1 if sweep % 2 == 0 else index + 1
            place = {n: k for k, n in enumerate(columns[beside])}
            current = {n: k for k, n in enumerate(columns[index])}

            def key(node_id, place=place, current=current):
                linked = [place[m] for m in neighbours[node_id] if m in place]
                centre = sum(linked) / len(linked) if linked else current[node_id]
                return (group[node_id], centre, current[node_id])

            columns[index].sort(key=key)
    for column in columns:            # the first column too: its bands, in group order
        column.sort(key=lambda n: group[n])
    return columns
