"""Node placement for the editor: align, distribute, and a free spot for a new node.

Pure functions from positions to positions (plain tuples, no Qt), so they are tested
without a GUI and their results go through one MoveNodesCommand. Automatic layout lives in
the engine (:mod:`windtunnel.engine.layout`), which the importers share.
"""

from __future__ import annotations

import math

__all__ = ["align", "distribute", "free_spot", "nearest_point", "ALIGNMENTS", "Positions",
           "TakenSpots"]

Positions = dict[str, tuple[float, float]]

ALIGNMENTS = ("left", "centre", "right", "top", "middle", "bottom")


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


def free_spot(taken, wanted: tuple[float, float], *, gap: tuple[float, float] = (180.0, 80.0),
              tries: int = 2000) -> tuple[float, float]:
    """The point nearest ``wanted`` (on a grid of ``gap`` steps around it) with no position
    of ``taken`` closer than ``gap`` on both axes, so a new node never lands on another.

    ``gap`` is a node's width and height plus a margin. After ``tries`` points it gives up
    and returns ``wanted`` (a map so crowded that every spot is taken)."""
    spots = TakenSpots(taken, gap)
    found = nearest_point(wanted, gap, spots.free, tries=tries)
    return found if found is not None else wanted


def nearest_point(wanted: tuple[float, float], step: tuple[float, float], accept, *,
                  tries: int = 2000, within: tuple[float, float, float, float] | None = None
                  ) -> tuple[float, float] | None:
    """The first point that ``accept`` takes: ``wanted`` itself, then the points of a grid
    of ``step`` around it, ring by square ring outwards, nearest first within each ring;
    ``within`` (left, top, right, bottom) keeps them inside that rectangle (the visible
    map). None after ``tries`` points, or once the rings have passed all of ``within``."""
    gx, gy = step
    x0, y0 = wanted

    def inside(x: float, y: float) -> bool:
        return within is None or (within[0] <= x <= within[2] and within[1] <= y <= within[3])

    if inside(x0, y0) and accept((x0, y0)):
        return (x0, y0)
    seen = 1
    ring = 1
    while seen < tries:
        if within is not None and ring * gx > max(x0 - within[0], within[2] - x0) \
                and ring * gy > max(y0 - within[1], within[3] - y0):
            return None
        cells = [(i, j) for i in range(-ring, ring + 1) for j in range(-ring, ring + 1)
                 if max(abs(i), abs(j)) == ring]
        cells.sort(key=lambda c: ((c[0] * gx) ** 2 + (c[1] * gy) ** 2, c[1], c[0]))
        for i, j in cells:
            seen += 1
            spot = (round(x0 + i * gx, 2), round(y0 + j * gy, 2))
            if inside(*spot) and accept(spot):
                return spot
        ring += 1
    return None


class TakenSpots:
    """The positions of a map's nodes, filed by cells of ``gap``, so that whether a spot is
    free asks the few positions in the cells around it, not every node of a big map (a
    new node's search tries hundreds of spots: asking 10,000 nodes at each held Add for
    half a second)."""

    def __init__(self, taken, gap: tuple[float, float] = (180.0, 80.0)) -> None:
        self.gap = gap
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for point in taken:
            self._cells.setdefault(self._cell(point), []).append(point)

    def _cell(self, point: tuple[float, float]) -> tuple[int, int]:
        return math.floor(point[0] / self.gap[0]), math.floor(point[1] / self.gap[1])

    def free(self, spot: tuple[float, float]) -> bool:
        """Whether no position is closer to ``spot`` than ``gap`` on both axes (any closer
        one lies in ``spot``'s cell or a neighbouring one)."""
        (x, y), (gx, gy) = spot, self.gap
        column, row = self._cell(spot)
        return all(abs(x - px) >= gx or abs(y - py) >= gy
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                   for px, py in self._cells.get((column + dx, row + dy), ()))
