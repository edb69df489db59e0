"""How far a node's halo may reach: half the gap to its nearest neighbour.

A halo grows with the size of a node's change (:mod:`.map_layer`); in workshop mode, where
nodes are drawn larger and halos thicker, halos as wide as the change asked for covered
the neighbouring nodes and ran into their halos. Each halo keeps to its node's own space:
no further than half the gap between its node and the nearest other node, so that two
neighbours' halos meet at most in the middle. Qt-free (rectangles as tuples), so the rule
is tested without a scene.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Iterable

__all__ = ["halo_rooms"]

#: A rectangle as (left, top, right, bottom), in scene units.
Box = tuple[float, float, float, float]


def halo_rooms(boxes: dict[str, Box], haloed: Iterable[str], reach: float) -> dict[str, float]:
    """For each node of ``haloed``, how far its halo may reach: half the distance from its
    box to the nearest other box of ``boxes`` (0 for boxes that touch or overlap), and at
    most ``reach`` (the widest halo drawn). Neighbours are looked for on a grid of cells as
    wide as a box and two reaches, so a big map costs about one look per node."""
    if not boxes:
        return {}
    cell = 2 * reach + max(max(r - l, b - t) for l, t, r, b in boxes.values()) + 1.0
    grid: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key, box in boxes.items():
        for spot in _cells(box, cell):
            grid[spot].append(key)
    rooms = {}
    for key in haloed:
        box = boxes.get(key)
        if box is None:
            continue
        near = reach * 2
        around = (box[0] - near, box[1] - near, box[2] + near, box[3] + near)
        room = reach
        for spot in _cells(around, cell):
            for other in grid.get(spot, ()):
                if other != key:
                    room = min(room, _gap(box, boxes[other]) / 2)
        rooms[key] = room
    return rooms


def _cells(box: Box, cell: float):
    left, top, right, bottom = (math.floor(value / cell) for value in box)
    return ((x, y) for x in range(left, right + 1) for y in range(top, bottom + 1))


def _gap(a: Box, b: Box) -> float:
    """The distance between two boxes (0 where they touch or overlap)."""
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return math.hypot(dx, dy)
