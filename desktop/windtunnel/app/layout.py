"""Node placement for the editor: align and distribute.

Pure functions from positions to positions (plain tuples, no Qt), so they are tested
without a GUI and their results go through one MoveNodesCommand. Automatic layout lives in
the engine (:mod:`windtunnel.engine.layout`), which the importers share.
"""

from __future__ import annotations

__all__ = ["align", "distribute", "ALIGNMENTS", "Positions"]

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
