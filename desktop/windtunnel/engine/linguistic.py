"""Linguistic ratings to weights: FCMpy's expert-FCM pipeline, on numpy arrays.

A rating such as "+H" (positive high) is a triangular fuzzy number on the universe
[-1, 1] (:data:`TERMS`, FCMpy's default scale). For one edge, each term's share of the
participants (its *endorsement*; credibility-weighted when participants carry weights)
activates its triangle by an implication, the activated triangles are joined by a
union, and the joined shape is defuzzified to one crisp weight:

- implication: ``mamdani`` caps the triangle at the share (minimum), ``larsen`` scales it
  (product);
- union: ``max``, ``algebraic_sum`` (x + y - xy), ``einstein_sum`` ((x + y) / (1 + xy)),
  ``hamacher_sum`` ((x + y - 2xy) / (1 - xy), 1 where x = y = 1);
- defuzzification of the piecewise-linear shape sampled on the universe: ``centroid``
  (centre of gravity), ``bisector`` (the x that halves the area), ``mean_of_maxima``.

Centroid and bisector treat the sampled shape as piecewise linear and are exact for it,
as scikit-fuzzy's ``defuzz`` (which FCMpy calls) computes them; so FCMpy's documented
numbers are reproduced to their printed digits (tests/engine/test_linguistic.py).
No well-kept library was a better fit: scikit-fuzzy would add a dependency for five
short array formulas, and its functions work on one shape at a time where Windtunnel
defuzzifies every edge of a map in one array operation.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..model.vocabulary import DEFUZZIFICATIONS, IMPLICATIONS, LINGUISTIC_TERMS, UNIONS

__all__ = ["TERMS", "UNIVERSE", "membership", "term_memberships", "implicate", "union",
           "defuzzify", "linguistic_weights", "term_weight", "nearest_term"]

#: FCMpy's default linguistic terms: (low, peak, high) of each triangle on [-1, 1].
TERMS: dict[str, tuple[float, float, float]] = {
    "-VH": (-1.0, -1.0, -0.75), "-H": (-1.0, -0.75, -0.5), "-M": (-0.75, -0.5, -0.25),
    "-L": (-0.5, -0.25, 0.0), "-VL": (-0.25, 0.0, 0.0), "NA": (-0.001, 0.0, 0.001),
    "+VL": (0.0, 0.0, 0.25), "+L": (0.0, 0.25, 0.5), "+M": (0.25, 0.5, 0.75),
    "+H": (0.5, 0.75, 1.0), "+VH": (0.75, 1.0, 1.0),
}
assert tuple(TERMS) == LINGUISTIC_TERMS

#: The universe on which Windtunnel defuzzifies: [-1, 1] in steps of 0.001.
UNIVERSE = np.round(np.linspace(-1.0, 1.0, 2001), 12)


def membership(universe: np.ndarray, low: float, peak: float, high: float) -> np.ndarray:
    """A triangular membership function over ``universe`` (a shoulder when peak is an end)."""
    x = np.asarray(universe, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rising = np.where(x < peak, (x - low) / (peak - low), 1.0) if peak > low else 1.0
        falling = np.where(x > peak, (high - x) / (high - peak), 1.0) if high > peak else 1.0
    inside = (x >= low) & (x <= high)
    return np.where(inside, np.clip(np.minimum(rising, falling), 0.0, 1.0), 0.0)


@cache
def _memberships(universe_key: tuple) -> np.ndarray:
    universe = np.array(universe_key)
    return np.stack([membership(universe, *TERMS[t]) for t in LINGUISTIC_TERMS])


def term_memberships(universe: np.ndarray = UNIVERSE) -> np.ndarray:
    """Every term's triangle over ``universe``: shape (terms, points), terms in scale order."""
    return _memberships(tuple(np.asarray(universe, dtype=float).tolist()))


def implicate(mf: np.ndarray, share, method: str = "mamdani") -> np.ndarray:
    """Activate membership functions by their shares (broadcasting): Mamdani's min or
    Larsen's product."""
    if method not in IMPLICATIONS:
        raise ValueError(f"implication {method!r} is not one of {', '.join(IMPLICATIONS)}")
    share = np.asarray(share, dtype=float)
    return np.minimum(mf, share) if method == "mamdani" else mf * share


def union(x: np.ndarray, y: np.ndarray, method: str = "max") -> np.ndarray:
    """Join two activated shapes point by point (an s-norm)."""
    if method == "max":
        return np.maximum(x, y)
    if method == "algebraic_sum":
        return x + y - x * y
    if method == "einstein_sum":
        return (x + y) / (1.0 + x * y)
    if method == "hamacher_sum":
        denominator = 1.0 - x * y
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(denominator > 0, (x + y - 2.0 * x * y) / denominator, 1.0)
    raise ValueError(f"union {method!r} is not one of {', '.join(UNIONS)}")


def defuzzify(universe: np.ndarray, mf: np.ndarray, method: str = "centroid") -> np.ndarray:
    """Crisp values of shapes ``mf`` (..., points) over ``universe``; 0 where a shape is empty.

    The shape is piecewise linear between the universe's points; centroid and bisector are
    exact for it (trapezoid areas and moments), mean of maxima averages the points where
    the shape is highest."""
    x = np.asarray(universe, dtype=float)
    y = np.asarray(mf, dtype=float)
    if method not in DEFUZZIFICATIONS:
        raise ValueError(f"defuzzification {method!r} is not one of {', '.join(DEFUZZIFICATIONS)}")
    if method == "mean_of_maxima":
        top = y.max(axis=-1, keepdims=True)
        at_top = (y == top) & (top > 0)
        count = at_top.sum(axis=-1)
        return np.where(count > 0, (at_top * x).sum(axis=-1) / np.maximum(count, 1), 0.0)
    dx = np.diff(x)
    y1, y2 = y[..., :-1], y[..., 1:]
    area = 0.5 * dx * (y1 + y2)
    total = area.sum(axis=-1)
    empty = total <= 0
    if method == "centroid":
        with np.errstate(divide="ignore", invalid="ignore"):
            centre = x[:-1] + np.where(y1 + y2 > 0, dx * (y1 + 2.0 * y2) / (3.0 * (y1 + y2)), 0.0)
        moment = (area * centre).sum(axis=-1)
        return np.where(empty, 0.0, moment / np.where(empty, 1.0, total))
    return np.where(empty, 0.0, _bisector(x, y1, y2, area, total))


def _bisector(x, y1, y2, area, total):
    """The x that splits the area under each shape in half (solving the trapezoid where the
    running area crosses half the total)."""
    running = np.cumsum(area, axis=-1)
    half = total[..., None] / 2.0
    index = np.argmax(running >= half - 1e-15 * np.abs(half), axis=-1)
    take = lambda a: np.take_along_axis(a, index[..., None], axis=-1)[..., 0]  # noqa: E731
    before = take(running) - take(area)
    needed = total / 2.0 - before
    x1 = x[:-1][index]
    width = np.diff(x)[index]
    a, b = take(y1), take(y2)
    slope = (b - a) / width
    with np.errstate(divide="ignore", invalid="ignore"):
        # a*t + slope*t^2/2 = needed, for t in [0, width]
        flat = needed / np.where(a > 0, a, 1.0)
        root = np.sqrt(np.maximum(a * a + 2.0 * slope * needed, 0.0))
        sloped = (root - a) / np.where(slope != 0, slope, 1.0)
    return x1 + np.where(np.abs(slope) < 1e-15, flat, sloped)


def linguistic_weights(shares: np.ndarray, *, implication: str = "mamdani",
                       union_method: str = "max", defuzzification: str = "centroid",
                       universe: np.ndarray = UNIVERSE) -> np.ndarray:
    """Crisp weights of edges from their terms' shares: ``shares`` (edges, terms) in scale
    order, each in [0, 1]. An edge whose shares are all zero gets weight 0."""
    shares = np.asarray(shares, dtype=float)
    activated = implicate(term_memberships(universe)[None, :, :], shares[:, :, None], implication)
    joined = activated[:, 0, :]
    for k in range(1, activated.shape[1]):
        joined = union(joined, activated[:, k, :], union_method)
    return defuzzify(universe, joined, defuzzification)


@cache
def _term_weights() -> np.ndarray:
    return defuzzify(UNIVERSE, term_memberships(UNIVERSE), "centroid")


def term_weight(term: str) -> float:
    """The crisp weight of one term alone: the centroid of its triangle (``+H`` -> 0.75,
    ``+VH`` -> 0.9167); how a term counts in a mean or a median."""
    return float(_term_weights()[LINGUISTIC_TERMS.index(term)])


def nearest_term(weights) -> np.ndarray:
    """Index (in :data:`LINGUISTIC_TERMS`) of the term whose crisp weight is nearest to each
    weight; how a numeric rating counts in the linguistic pipeline and in entropy."""
    w = np.asarray(weights, dtype=float)
    return np.abs(w[..., None] - _term_weights()).argmin(axis=-1)
