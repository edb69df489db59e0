"""Where a selected or hovered edge's weight label stands: on its curve, clear of nodes.

At the middle of the curve the label of a short edge, or of one passing a third node,
covered a node's body and the label written in it. So the label stands at the spot
nearest the middle where its box covers no node's body: first along the visible curve
(between the two nodes' borders), then beside it on the side the curve bends to; on a map
so crowded that every such spot covers a body, where it covers least. Plain floats, like
:mod:`.curves`: it runs for the few edges that show their weight.
"""

from __future__ import annotations

from .curves import Point, Rect, bezier

__all__ = ["weight_label_place"]

#: The spots tried along the visible curve (each end included), nearest the middle first.
_STEPS = 24
#: How far beside the curve it may stand, in halves of its height: three heights clear a
#: node's body from a curve running through its middle.
_BESIDE = 6


def weight_label_place(curve: tuple[Point, Point, Point], span: tuple[float, float],
                       size: tuple[float, float], bodies: list[Rect],
                       left_of_spot: float | None = None) -> Rect:
    """The label's box (left, top, right, bottom) of ``size`` (width, height) for the curve
    ``(p0, control, p2)``, its visible part between the curve parameters ``span``; the box
    is centred on its spot, or starts ``left_of_spot`` right of it (room for a mark at the
    spot); ``bodies`` are the nodes' bodies it must not cover."""
    p0, c, p2 = curve
    width, height = size
    lo, hi = span
    ts = sorted({0.5} | {lo + (hi - lo) * k / _STEPS for k in range(_STEPS + 1)},
                key=lambda t: (abs(t - 0.5), t))
    along = [bezier(p0, c, p2, t) for t in ts]
    spots = list(along)
    # beside the curve: moved off it towards the side it bends to (away from the chord
    # between the nodes' centres), half a box's height further at each try
    bend = (c[0] - (p0[0] + p2[0]) / 2, c[1] - (p0[1] + p2[1]) / 2)
    length = (bend[0] ** 2 + bend[1] ** 2) ** 0.5
    if length >= 1.0:
        for k in range(1, _BESIDE + 1):
            dx, dy = bend[0] / length * height * k / 2, bend[1] / length * height * k / 2
            spots += [(x + dx, y + dy) for x, y in along]

    def box(spot: Point) -> Rect:
        left = spot[0] + left_of_spot if left_of_spot is not None else spot[0] - width / 2
        return (left, spot[1] - height / 2, left + width, spot[1] + height / 2)

    best, least = None, None
    for spot in spots:
        candidate = box(spot)
        covered = sum(_overlap(candidate, body) for body in bodies)
        if covered == 0.0:
            return candidate
        if least is None or covered < least:
            best, least = candidate, covered
    return best


def _overlap(a: Rect, b: Rect) -> float:
    """The area two rectangles share (0 when they only touch)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0
