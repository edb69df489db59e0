"""Quadratic Bezier curves as plain floats: points, border crossings, pieces, lengths.

Edges are quadratic curves ``B(t) = (1-t)^2 p0 + 2(1-t)t c + t^2 p2`` for t in [0, 1].
These helpers run for every edge of a moved node and for every long edge in view, so they
use tuples and floats, not Qt objects.
"""

from __future__ import annotations

import math

__all__ = ["bezier", "crossing", "inside", "sub_curve", "pieces_in_rect", "arc_length",
           "distance"]

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # left, top, right, bottom


def bezier(p0: Point, c: Point, p2: Point, t: float) -> Point:
    u = 1.0 - t
    return (u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0],
            u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1])


def inside(rect: Rect, x: float, y: float) -> bool:
    return rect[0] <= x <= rect[2] and rect[1] <= y <= rect[3]


def crossing(p0: Point, c: Point, p2: Point, rect: Rect, lo: float, hi: float,
             leaving: bool) -> float:
    """Bisection for where the curve crosses the border of ``rect`` between lo and hi.

    ``leaving``: the curve is inside at ``lo`` and outside at ``hi`` (else the reverse).
    """
    x0, y0, cx, cy, x2, y2 = p0[0], p0[1], c[0], c[1], p2[0], p2[1]
    left, top, right, bottom = rect
    for _ in range(16):
        mid = (lo + hi) * 0.5
        u = 1.0 - mid
        a, b, d = u * u, 2.0 * u * mid, mid * mid
        x = a * x0 + b * cx + d * x2
        y = a * y0 + b * cy + d * y2
        if (left <= x <= right and top <= y <= bottom) == leaving:
            lo = mid
        else:
            hi = mid
    return (lo + hi) * 0.5


def sub_curve(p0: Point, c: Point, p2: Point, a: float, b: float) -> tuple[Point, Point, Point]:
    """The same curve restricted to t in [a, b], as (start, control, end) (blossoming)."""
    w0, w2 = (1 - a) * (1 - b), a * b
    w1 = 1 - w0 - w2
    control = (w0 * p0[0] + w1 * c[0] + w2 * p2[0], w0 * p0[1] + w1 * c[1] + w2 * p2[1])
    return bezier(p0, c, p2, a), control, bezier(p0, c, p2, b)


def _roots(a: float, b: float, c: float) -> list[float]:
    """Real roots of a t^2 + b t + c = 0."""
    if abs(a) < 1e-12:
        return [-c / b] if abs(b) > 1e-12 else []
    disc = b * b - 4 * a * c
    if disc < 0:
        return []
    root = math.sqrt(disc)
    return [(-b - root) / (2 * a), (-b + root) / (2 * a)]


def pieces_in_rect(p0: Point, c: Point, p2: Point, lo: float, hi: float,
                   rect: Rect) -> list[tuple[float, float]]:
    """The intervals of t in [lo, hi] where the curve lies inside ``rect``."""
    ax, ay = p0[0] - 2 * c[0] + p2[0], p0[1] - 2 * c[1] + p2[1]
    bx, by = 2 * (c[0] - p0[0]), 2 * (c[1] - p0[1])
    cuts = [lo, hi]
    for value in (rect[0], rect[2]):
        cuts += _roots(ax, bx, p0[0] - value)
    for value in (rect[1], rect[3]):
        cuts += _roots(ay, by, p0[1] - value)
    cuts = sorted(t for t in cuts if lo <= t <= hi)
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        if b - a > 1e-9 and inside(rect, *bezier(p0, c, p2, (a + b) / 2)):
            if pieces and abs(pieces[-1][1] - a) < 1e-9:
                pieces[-1] = (pieces[-1][0], b)
            else:
                pieces.append((a, b))
    return pieces


def arc_length(p0: Point, c: Point, p2: Point, a: float, b: float, steps: int = 8) -> float:
    """The length of the curve between t = a and t = b (Simpson's rule on the speed)."""
    if b <= a:
        return 0.0

    def speed(t: float) -> float:
        dx = 2 * (1 - t) * (c[0] - p0[0]) + 2 * t * (p2[0] - c[0])
        dy = 2 * (1 - t) * (c[1] - p0[1]) + 2 * t * (p2[1] - c[1])
        return math.hypot(dx, dy)
    h = (b - a) / steps
    total = speed(a) + speed(b)
    for k in range(1, steps):
        total += (4 if k % 2 else 2) * speed(a + k * h)
    return total * h / 3


def distance(p0: Point, c: Point, p2: Point, point: Point, steps: int = 32) -> float:
    """How far ``point`` is from the curve: the nearest of ``steps`` + 1 points along it,
    then that neighbourhood narrowed down (a hundredth of a unit on a map-sized curve)."""
    def gap(t: float) -> float:
        x, y = bezier(p0, c, p2, t)
        return math.hypot(x - point[0], y - point[1])
    best = min(range(steps + 1), key=lambda k: gap(k / steps)) / steps
    lo, hi = max(0.0, best - 1 / steps), min(1.0, best + 1 / steps)
    for _ in range(24):                    # the gap has one minimum this near the curve
        a, b = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        lo, hi = (lo, b) if gap(a) < gap(b) else (a, hi)
    return gap((lo + hi) / 2)
