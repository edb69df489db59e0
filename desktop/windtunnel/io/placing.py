"""Imported nodes kept apart: another tool's file must not open as nodes on top of each other.

Other tools' files give positions that a Windtunnel map cannot show as they are: every node
at (0, 0) (a script that wrote no layout), some nodes with a position and others without
(which the table rules would put at (0, 0)), or two nodes on the very same spot (two
"Tax" nodes a tool stacked). :func:`separated` places them, with a note naming each node by
its label and id (two nodes may share a label, never an id):

- no position at all, or all on one spot: every node is placed by the auto-layout, as for
  a file without positions;
- positions closer than a node's box (Mental Modeler's concepts 100 px apart, Gephi's
  dots a few units apart): all scaled by the one factor at which the closest pair of
  nodes no longer overlaps, so the file's picture keeps its shape (:func:`spread_factor`);
- nodes without a position among placed ones: laid out among themselves (the auto-layout)
  in a block beside the map, so the file's picture is kept;
- a node on the same spot as an earlier one: moved to the nearest free place on rings
  round that spot, one node's spacing apart.

Windtunnel's own workbooks are not separated (a model may stack nodes on purpose, and a
round trip must give the model back); :mod:`windtunnel.io.tabular` decides.

:func:`lay_out_stacked` is the one rule a Windtunnel model (``.wtm``) opened in the app gets
too: a hand-written file without positions, or a script's model saved with every node at
(0, 0), has all its nodes on one spot, which no one draws on purpose; only then are they
laid out (a model where some nodes share a spot keeps them).
"""

from __future__ import annotations

import math

from ..engine.layout import layout_nodes
from ..language import translate
from ..model import Edge, Model, Node
from ..model.bulk import moved
from ..model.vocabulary import MAX_COORDINATE
from .naming import node_name

__all__ = ["separated", "lay_out_stacked", "all_on_one_spot", "spread_factor"]

#: Scene units between a moved node and its neighbours (a node box is about 170 wide).
_GAP = 190.0

#: A node's box as the map draws it (150 wide; one to three lines, up to about 80 tall) with
#: a margin: two nodes closer than this both across and down overlap.
_BOX = (170.0, 90.0)

#: Spread positions stay well inside the coordinates a model accepts.
_SPREAD_LIMIT = MAX_COORDINATE / 10


def separated(nodes: list[Node], edges: list[Edge],
              unplaced: set[str]) -> tuple[list[Node], list[str]]:
    """``nodes`` with none on another's spot, and the notes saying what was moved;
    ``unplaced`` are the ids of the nodes the file gave no position."""
    if len(nodes) < 2:
        return nodes, []
    pairs = [(e.source, e.target) for e in edges]
    placed = [n for n in nodes if n.id not in unplaced]
    if not placed or all_on_one_spot(placed):
        note = (translate("placing", "the file gives no node a position: every node was placed "
                                     "by the auto-layout") if not placed else
                translate("placing", "all {count} nodes sit on one spot ({x:g}, {y:g}): every "
                                     "node was placed by the auto-layout").format(
                    count=len(nodes), x=placed[0].position[0] + 0.0,    # -0 shown as 0
                    y=placed[0].position[1] + 0.0))
        return moved(nodes, layout_nodes(nodes, pairs)), [note]
    notes = []
    factor = spread_factor([n.position for n in placed])
    positions = {n.id: (round(n.position[0] * factor, 2), round(n.position[1] * factor, 2))
                 if factor > 1 else n.position for n in placed}
    if factor > 1:
        notes.append(translate("placing", "positions were spread ×{factor:.3g} (the file's "
                                          "nodes sit closer together than a node is wide); "
                                          "the picture's shape is kept").format(factor=factor))
    if unplaced:
        block = [n for n in nodes if n.id in unplaced]
        positions.update(_beside(block, pairs, list(positions.values())))
        notes.append(translate("placing", "{count} node{s} without a position ({names}): "
                                          "placed beside the map by the auto-layout").format(
            count=len(block), s="s" if len(block) != 1 else "", names=_names(block)))
    stacked = _spread_stacked(placed, positions)
    if stacked:
        notes.append(translate("placing", "{count} node{s} sat on the same spot as another "
                                          "({names}): moved beside it").format(
            count=len(stacked), s="s" if len(stacked) != 1 else "", names=_names(stacked)))
    return moved(nodes, positions), notes


def all_on_one_spot(nodes: list[Node]) -> bool:
    """Whether two or more ``nodes`` all sit on one spot (a file that placed none)."""
    return len(nodes) > 1 and len({n.position for n in nodes}) == 1


def lay_out_stacked(model: Model) -> bool:
    """When every node of ``model`` (two or more) sits on one spot, place them all by the
    auto-layout, as an import is, and return True; otherwise change nothing. Only
    positions change, never what the model means."""
    if not all_on_one_spot(model.nodes):
        return False
    model.move_nodes(layout_nodes(model.nodes, [e.key for e in model.edges]))
    return True


def spread_factor(points: list[tuple[float, float]]) -> float:
    """The one factor (1 when none is needed) by which to scale ``points`` so that no two
    nodes on different spots overlap: the least scale at which the closest pair, measured
    in node boxes (``max(|dx| / width, |dy| / height)``), is a box apart. Nodes on the very
    same spot are left to the stacked rule; the factor never takes a position past
    ``_SPREAD_LIMIT``."""
    import numpy as np      # here: a model file opened before the first paint reads this module

    boxes = np.unique(np.asarray(points, dtype=float) / _BOX, axis=0)   # sorted by x
    if len(boxes) < 2 or not np.isfinite(boxes).all():
        return 1.0
    closest = np.inf
    for shift in range(1, len(boxes)):      # pairs ``shift`` apart in x order, nearest first
        across = boxes[shift:, 0] - boxes[:-shift, 0]
        if across.min() >= closest:
            break                           # every pair further apart in x is further apart
        down = np.abs(boxes[shift:, 1] - boxes[:-shift, 1])
        closest = min(closest, float(np.maximum(across, down).min()))
    if closest >= 1:
        return 1.0
    largest = float(np.abs(np.asarray(points, dtype=float)).max())
    return max(1.0, min(1 / closest, _SPREAD_LIMIT / largest if largest else np.inf))


def _beside(block: list[Node], pairs: list[tuple[str, str]],
            taken: list[tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """The auto-layout of ``block``, moved to the right of the placed nodes."""
    ids = {n.id for n in block}
    laid = layout_nodes(block, [p for p in pairs if p[0] in ids and p[1] in ids])
    left = min(x for x, _y in laid.values())
    top = min(y for _x, y in laid.values())
    shift_x = max(x for x, _y in taken) + 2 * _GAP - left
    shift_y = min(y for _x, y in taken) - top
    return {i: (round(x + shift_x, 2), round(y + shift_y, 2)) for i, (x, y) in laid.items()}


def _spread_stacked(placed: list[Node], positions: dict[str, tuple[float, float]]) -> list[Node]:
    """Move each node that shares its spot with an earlier one to the nearest free place on
    rings round that spot; return the nodes moved."""
    grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for point in positions.values():
        grid.setdefault(_cell(point), []).append(point)
    seen: set[tuple[float, float]] = set()
    moved_nodes = []
    for node in placed:
        if positions[node.id] not in seen:
            seen.add(positions[node.id])
            continue
        free = _free_spot(positions[node.id], grid)
        grid.setdefault(_cell(free), []).append(free)
        positions[node.id] = free
        moved_nodes.append(node)
    return moved_nodes


def _free_spot(centre: tuple[float, float], grid) -> tuple[float, float]:
    """The first place on rings round ``centre`` (6, 12, 18, ... places) with no node
    closer than three quarters of the gap."""
    ring = 1
    while True:
        for step in range(6 * ring):
            angle = 2 * math.pi * step / (6 * ring)
            spot = (round(centre[0] + ring * _GAP * math.cos(angle), 2),
                    round(centre[1] + ring * _GAP * math.sin(angle), 2))
            if _is_free(spot, grid):
                return spot
        ring += 1


def _is_free(spot: tuple[float, float], grid) -> bool:
    cx, cy = _cell(spot)
    return not any(math.dist(spot, other) < 0.75 * _GAP
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                   for other in grid.get((cx + dx, cy + dy), ()))


def _cell(point: tuple[float, float]) -> tuple[int, int]:
    return math.floor(point[0] / _GAP), math.floor(point[1] / _GAP)


def _names(nodes: list[Node]) -> str:
    """Nodes as a note names them: label and id (two nodes may share a label)."""
    shown = ", ".join(node_name(n.id, n.label) for n in nodes[:6])
    return shown + (", ..." if len(nodes) > 6 else "")
