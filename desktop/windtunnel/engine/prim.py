"""Scenario discovery with PRIM: the boxes of uncertain conditions where a case of interest
(an option failing its objectives) is concentrated.

The Patient Rule Induction Method (Friedman and Fisher 1999, as used for scenario
discovery by Bryant and Lempert 2010 and EMA Workbench's ``analysis.prim``):

1. **Peeling**: start from the box holding every point; repeatedly remove the slice of
   ``peel_alpha`` of the points in the box at the low or high end of one dimension,
   choosing the slice whose removal leaves the highest density of cases; stop when the
   box holds less than ``mass_min`` of the points. Every box on the way is a candidate
   (the *peeling trajectory*).
2. **Choosing**: the candidate with the largest coverage among those whose density
   reaches ``threshold`` (the densest of equals); when none does, there is no (further)
   box.
3. **Pasting**: widen the chosen box one bound at a time, by ``paste_alpha`` of its
   points, while widening raises its density; then **trimming**: drop each restriction
   whose removal costs less density than ``trim`` or one standard error of the box's
   density (with a hundred uncertain weights, peeling also shaves dimensions that do not
   matter, and a few hundred futures make some look as if they did).
4. **Covering**: the points of the box are set aside and the next box is sought among the
   rest, up to ``boxes`` boxes or until no box of the rest reaches the threshold.

*Coverage* is the share of all cases inside the box, *density* the share of the box's
points that are cases, *mass* the share of all points inside it.

Written here with numpy (about a hundred lines) rather than taken from a package: the
``prim`` package (Project Platypus) is GPL-3.0 and pulls in matplotlib and mplcursors, and
EMA Workbench's implementation comes with the whole workbench (matplotlib, seaborn,
statsmodels and more), neither of which a desktop app should freeze in for one function.
Tests check it on examples whose box is known, and against EMA Workbench's PRIM (the same
box, coverage and density on noisy futures), which the tests install.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from ..language import translate

__all__ = ["Box", "Restriction", "prim", "MAX_POINTS", "SENTENCE_CONDITIONS"]

#: Conditions a box's sentence names (those that matter most); the rest are counted. With
#: few futures and many uncertain weights a box can keep dozens of conditions, each worth
#: little alone (the workbook's Boxes sheet lists them all).
SENTENCE_CONDITIONS = 6
#: PRIM looks at most this many points (the first ones: futures are random already);
#: peeling costs points x dimensions per step.
MAX_POINTS = 5_000


@dataclass(frozen=True)
class Restriction:
    """One dimension a box restricts: ``name`` between ``low`` and ``high`` (``None`` where
    the box keeps the data's own end)."""

    name: str
    low: float | None
    high: float | None

    def sentence(self, labels: tuple[str, ...] | None = None, *, name: str = "") -> str:
        """The restriction in words, in the current language; ``labels`` name the values
        0, 1, ... of a categorical dimension (whose restriction then lists the values it
        keeps); ``name`` is the dimension as a reader reads it (default: its name)."""
        name = name or self.name
        if labels is not None:
            low = -np.inf if self.low is None else self.low
            high = np.inf if self.high is None else self.high
            kept = [label for value, label in enumerate(labels) if low <= value <= high]
            if len(kept) == 1:
                return translate("prim", "{name} is {value}").format(name=name, value=kept[0])
            return translate("prim", "{name} is {values} or {last}").format(
                name=name, values=translate("prim", ", ").join(kept[:-1]), last=kept[-1])
        if self.low is not None and self.low == self.high:       # one value (a delay step)
            return f"{name} = {self.low:.2f}"
        if self.low is not None and self.high is not None:
            return translate("prim", "{name} between {low:.2f} and {high:.2f}").format(
                name=name, low=self.low, high=self.high)
        if self.low is not None:
            return f"{name} ≥ {self.low:.2f}"
        return f"{name} ≤ {self.high:.2f}"


@dataclass(frozen=True)
class Box:
    """A box of conditions and what it holds."""

    restrictions: tuple[Restriction, ...]
    coverage: float
    density: float
    mass: float
    cases: int
    points: int

    def conditions(self, categories: dict[str, tuple[str, ...]] | None = None, *,
                   names: dict[str, str] | None = None,
                   limit: int = SENTENCE_CONDITIONS) -> str:
        """The box's restrictions in words, the ``limit`` that matter most (``categories``:
        labels of categorical ones; ``names``: each dimension as a reader reads it); the
        rest are counted ("and 7 more conditions")."""
        if not self.restrictions:
            return translate("prim", "any conditions")
        categories = categories or {}
        names = names or {}
        words = [r.sentence(categories.get(r.name), name=names.get(r.name, ""))
                 for r in self.restrictions[:limit]]
        rest = len(self.restrictions) - limit
        if rest == 1:
            words.append(translate("prim", "1 more condition"))
        elif rest > 1:
            words.append(translate("prim", "{count} more conditions").format(count=rest))
        both = translate("prim", "{left} and {right}")
        return functools.reduce(lambda left, right: both.format(left=left, right=right), words)


def prim(x: np.ndarray, y: np.ndarray, names, *, threshold: float = 0.8,
         peel_alpha: float = 0.05, paste_alpha: float = 0.05, mass_min: float = 0.05,
         boxes: int = 3, trim: float = 0.01) -> list[Box]:
    """Boxes where ``y`` (bool, one per row of ``x``) is concentrated, in the order found;
    only boxes whose density reaches ``threshold`` (none when no box does).

    ``x`` is (n, d) with one column per name; rows past :data:`MAX_POINTS` are not used.
    """
    x = np.asarray(x, dtype=float)[:MAX_POINTS]
    y = np.asarray(y, dtype=bool)[:MAX_POINTS]
    names = list(names)
    total_cases = int(y.sum())
    out: list[Box] = []
    remaining = np.ones(len(y), dtype=bool)
    while len(out) < boxes and remaining.any():
        xs, ys = x[remaining], y[remaining]
        if not ys.any():
            break
        chosen = _peel_and_choose(xs, ys, threshold, peel_alpha, mass_min)
        if chosen is None:
            break                               # no box of the rest reaches the threshold
        lower, upper = _trim(xs, ys, *_paste(xs, ys, *chosen, paste_alpha), trim, threshold)
        inside = _inside(xs, lower, upper)
        cases = int(ys[inside].sum())
        out.append(Box(_restrictions(xs, ys, lower, upper, names),
                       cases / max(total_cases, 1), cases / int(inside.sum()),
                       int(inside.sum()) / len(y), cases, int(inside.sum())))
        index = np.flatnonzero(remaining)
        remaining[index[inside]] = False
    return out


def _inside(x, lower, upper) -> np.ndarray:
    return ((x >= lower) & (x <= upper)).all(axis=1)


def _peel_and_choose(x, y, threshold, alpha, mass_min):
    """Peel to ``mass_min`` and return the chosen (lower, upper) bounds, or None."""
    n = len(y)
    lower, upper = x.min(axis=0), x.max(axis=0)
    inside = np.ones(n, dtype=bool)
    trajectory = [(lower.copy(), upper.copy(), y.mean())]
    cases = y.astype(float)
    while inside.sum() / n > mass_min:
        xin, yin = x[inside], cases[inside]
        low_q, high_q = _peel_bounds(xin, alpha)
        best, choice = -1.0, None
        for side, keep in ((0, xin >= low_q), (1, xin <= high_q)):
            counts = keep.sum(axis=0)
            peels = (counts < len(yin)) & (counts > 0)     # removes some points, not all
            density = np.where(peels, (yin @ keep) / np.maximum(counts, 1), -1.0)
            d = int(np.argmax(density))
            if density[d] > best:
                best, choice = float(density[d]), (side, d)
        if choice is None or best < 0:
            break
        side, d = choice
        if side == 0:
            lower[d] = low_q[d]
        else:
            upper[d] = high_q[d]
        inside = _inside(x, lower, upper)
        trajectory.append((lower.copy(), upper.copy(), cases[inside].mean()))
    dense = [(cases[_inside(x, low, high)].sum(), density, low, high)
             for low, high, density in trajectory if density >= threshold]
    if not dense:
        return None
    chosen = max(dense, key=lambda box: box[:2])      # most cases, then the densest
    return chosen[2].copy(), chosen[3].copy()


def _peel_bounds(x, alpha):
    """The bounds (low, high) per dimension that peel ``alpha`` of the points off each end;
    where a value holds more than ``alpha`` of the points (a categorical dimension such
    as the participant, or a delay in whole steps) the quantile would peel nothing, so
    that end's whole value is peeled instead (as EMA Workbench peels categories)."""
    low_q, high_q = np.quantile(x, [alpha, 1.0 - alpha], axis=0)
    data_low, data_high = x.min(axis=0), x.max(axis=0)
    with np.errstate(invalid="ignore"):
        above = np.where(x > data_low, x, np.inf).min(axis=0)        # next value up
        below = np.where(x < data_high, x, -np.inf).max(axis=0)      # next value down
    low_q = np.where((low_q <= data_low) & np.isfinite(above), above, low_q)
    high_q = np.where((high_q >= data_high) & np.isfinite(below), below, high_q)
    return low_q, high_q


def _paste(x, y, lower, upper, alpha):
    """Widen the restricted bounds, one at a time, while it raises the box's density."""
    data_low, data_high = x.min(axis=0), x.max(axis=0)
    inside = _inside(x, lower, upper)
    density = y[inside].mean() if inside.any() else 0.0
    while True:
        outside = (x < lower) | (x > upper)
        misses = outside.sum(axis=1)
        step = max(1, int(alpha * inside.sum()))
        best = None
        for d in np.flatnonzero((lower > data_low) | (upper < data_high)):
            others = misses - outside[:, d] == 0        # inside on every other dimension
            column = x[others, d]
            for side, beyond in ((0, np.sort(column[column < lower[d]])[::-1]),
                                 (1, np.sort(column[column > upper[d]]))):
                if not len(beyond):
                    continue
                trial = [lower.copy(), upper.copy()]
                trial[side][d] = beyond[min(step, len(beyond)) - 1]
                widened = others & (x[:, d] >= trial[0][d]) & (x[:, d] <= trial[1][d])
                value = y[widened].mean()
                if value > density and (best is None or value > best[0]):
                    best = (value, trial, widened)
        if best is None:
            return lower, upper
        density, (lower, upper), inside = best


def _trim(x, y, lower, upper, tolerance, threshold):
    """Drop, one at a time, the restrictions whose removal leaves the box's density within
    ``tolerance`` or one standard error (sqrt(d (1 - d) / points)), whichever is larger, of
    the pasted box's density, and at ``threshold`` or above: peeling among many dimensions
    also shaves dimensions that do not matter, and a box should name only the conditions
    that do. The allowance is measured from the pasted box, not from the last trim, so
    small losses never add up to a box below the threshold."""
    data_low, data_high = x.min(axis=0), x.max(axis=0)
    lower, upper = lower.copy(), upper.copy()
    inside = _inside(x, lower, upper)
    pasted = y[inside].mean()
    floor = max(threshold, pasted - max(tolerance,
                                        float(np.sqrt(pasted * (1 - pasted) / inside.sum()))))
    while True:
        best = None
        for d in np.flatnonzero((lower > data_low) | (upper < data_high)):
            trial = [lower.copy(), upper.copy()]
            trial[0][d], trial[1][d] = data_low[d], data_high[d]
            value = y[_inside(x, *trial)].mean()
            if value >= floor and (best is None or value > best[0]):
                best = (value, trial)
        if best is None:
            return lower, upper
        lower, upper = best[1]


def _restrictions(x, y, lower, upper, names) -> tuple[Restriction, ...]:
    """The dimensions whose bounds the box moved in from the data's ends, the one whose
    removal would cost the box most density first (what a sentence names first)."""
    data_low, data_high = x.min(axis=0), x.max(axis=0)
    out = []
    for d, name in enumerate(names):
        low = float(lower[d]) if lower[d] > data_low[d] else None
        high = float(upper[d]) if upper[d] < data_high[d] else None
        if low is not None or high is not None:
            trial = [lower.copy(), upper.copy()]
            trial[0][d], trial[1][d] = data_low[d], data_high[d]
            out.append((float(y[_inside(x, *trial)].mean()), d, Restriction(name, low, high)))
    return tuple(restriction for _, _, restriction in sorted(out, key=lambda r: r[:2]))
