"""Global sensitivity: Sobol' indices of each objective to the uncertain edge weights.

Beside the one-at-a-time tornado (sensitivity.py), which moves one weight with the others
at their values, Sobol' indices split the variance of an objective's value over all the
futures: the *first-order* index of a weight is the share of the variance it explains
alone, the *total* index the share it has a hand in, interactions included. A weight with
a small total index can be fixed anywhere in its range without changing the answer.

The design is Saltelli's: two matrices A and B of ``base`` futures (a Latin hypercube over
twice the uncertain weights, split in two, drawn from the seed) and, per weight i, A with
column i taken from B: ``base * (D + 2)`` futures, run as one exploration of the one
option (experiments.py, so locally or on a cluster with the same numbers). The estimators
are Saltelli (2010) for first order, ``mean(f_B (f_ABi - f_A)) / V``, and Jansen (1999)
for total order, ``mean((f_A - f_ABi)^2) / 2V``, with V the variance of f_A and f_B
together: the formulas of SALib's ``sobol.analyze`` and ``scipy.stats.sobol_indices``,
written here in a few lines of numpy because SALib would bring matplotlib and multiprocess
into the desktop app and the app leaves scipy.stats out (build/bundle.py). The 95%
intervals of the first-order and total indices are percentile bootstraps over the base
samples. Tests check
the estimators on the Ishigami function, whose indices are known analytically, and against
SALib itself (the same indices from the same outputs; agreement with its ``analyze``
within its intervals), which the tests install.

A value that does not vary at all (an option that changes nothing) has no variance to
split: its indices are reported as 0.

Indices are shares of a variance, so they lie in 0..1; an estimate outside it, or an
interval reaching far outside it, is estimation noise, which shrinks as the base sample
grows (as SALib's documentation says of its own estimates). :meth:`SobolIndices.rough`
names the objectives whose indices a design is too small to read: an interval reaching
more than :data:`SLACK` outside 0..1, or the leading condition's total interval wider than
its index (it could be half as large, or twice). :func:`rough_warning` says so, with a
base sample four times as large (which halves the intervals' widths); the Explore dock,
the command line's report and the workbook show it beside the numbers.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import filled, translate
from ..model import Model
from .designs import LeverRange, latin_hypercube
from .experiments import explore, prepare
from .progress import Tracker

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["SobolIndices", "sobol_indices", "sobol_frame", "saltelli_design", "estimate",
           "option_point", "rough_warning", "MAX_BASE", "SLACK"]

#: Bootstrap resamples for the 95 % confidence intervals.
RESAMPLES = 200
#: The share of a Sobol' analysis's time its bootstrap takes (the runs take the rest): some
#: two fifths on the bundled model, whose progress sat at 100 % while it was counted as nothing.
BOOTSTRAP_SHARE = 0.4
#: The largest base sample of a Saltelli design.
MAX_BASE = 8192
#: How far outside 0..1 an index's 95 % interval may reach before the design is too small
#: to read it (an index near 0 or 1 has an interval a little past its end).
SLACK = 0.1


@dataclass(frozen=True, eq=False)
class SobolIndices:
    """Indices of each objective (rows, ``objectives``) to each uncertain weight (columns,
    ``uncertainties``), with 95% bootstrap intervals of the first-order and total indices."""

    option: str
    objectives: tuple[str, ...]
    uncertainties: tuple[str, ...]
    first: np.ndarray           # (J, D)
    total: np.ndarray           # (J, D)
    total_low: np.ndarray       # (J, D)
    total_high: np.ndarray      # (J, D)
    first_low: np.ndarray       # (J, D)
    first_high: np.ndarray      # (J, D)
    futures: int

    def ranked(self, objective: str, top: int = 10) -> list[tuple[str, float, float]]:
        """(weight, first, total) of the ``top`` weights with the largest total index."""
        j = self.objectives.index(objective)
        order = np.argsort(-self.total[j], kind="stable")[:top]
        return [(self.uncertainties[d], float(self.first[j, d]), float(self.total[j, d]))
                for d in order]

    @property
    def base(self) -> int:
        """The design's base sample (it ran ``base * (D + 2)`` futures)."""
        return self.futures // (len(self.uncertainties) + 2)

    def rough(self) -> tuple[str, ...]:
        """The objectives whose indices the design is too small to read (module
        docstring): an interval reaching more than :data:`SLACK` outside 0..1, or the
        leading condition's total interval wider than its total index."""
        lows = np.minimum(self.first_low, self.total_low)
        highs = np.maximum(self.first_high, self.total_high)
        outside = ((lows < -SLACK) | (highs > 1 + SLACK)).any(axis=1)
        lead = np.argmax(self.total, axis=1)
        rows = np.arange(len(self.objectives))
        wide = (self.total_high - self.total_low)[rows, lead] > self.total[rows, lead]
        return tuple(o for o, bad in zip(self.objectives, outside | wide) if bad)

    def larger_base(self) -> int:
        """The base sample to run instead of a rough design's: four times as large (it
        halves the intervals' widths), at most :data:`MAX_BASE`."""
        return min(4 * self.base, MAX_BASE)


def saltelli_design(dimensions: int, base: int, seed: int) -> np.ndarray:
    """Uniforms of the Saltelli design: A, B, then A with column i from B for each i."""
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(2,)))
    sample = latin_hypercube(2 * dimensions, base, rng)
    a, b = sample[:, :dimensions], sample[:, dimensions:]
    mixed = np.repeat(a[None], dimensions, axis=0)
    columns = np.arange(dimensions)
    mixed[columns, :, columns] = b.T
    return np.concatenate([a, b, mixed.reshape(-1, dimensions)])


def estimate(f_a: np.ndarray, f_b: np.ndarray, f_ab: np.ndarray):
    """(first, total) indices (J, D) from outputs f_A, f_B (J, n) and f_AB (D, J, n);
    nan where the output does not vary."""
    variance = np.var(np.concatenate([f_a, f_b], axis=-1), axis=-1)     # (J,)
    with np.errstate(invalid="ignore", divide="ignore"):
        first = np.mean(f_b * (f_ab - f_a), axis=-1) / variance          # (D, J)
        total = 0.5 * np.mean((f_a - f_ab) ** 2, axis=-1) / variance
    return first.T, total.T


def _bootstrap(f_a, f_b, f_ab, seed: int, tracker: Tracker):
    """2.5 and 97.5 percentiles (2, 2, J, D) of the (first, total) indices over resampled
    base rows: ``[first or total][low or high]``; ``tracker`` counts the resamples."""
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(3,)))
    n = f_a.shape[-1]
    resampled = []
    for _ in range(RESAMPLES):
        tracker.check()
        k = rng.integers(0, n, n)
        resampled.append(estimate(f_a[:, k], f_b[:, k], f_ab[:, :, k]))
        tracker.advance()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)     # all-nan where nothing varies
        bounds = np.nanpercentile(np.array(resampled), [2.5, 97.5], axis=0)
    return bounds.transpose(1, 0, 2, 3)


def sobol_indices(model: Model, *, scenario: str | None = None, levers=(), base: int = 256,
                  seed: int | None = None, settings=None, delays=(),
                  participants: bool = False, workers=None, scheduler=None,
                  progress=None, cancel=None, **limits) -> SobolIndices:
    """Sobol' indices of every objective for one option: a named ``scenario`` or a lever
    point (``levers`` of LeverRange with low == high), to every uncertainty (the weights,
    and ``delays`` and ``participants`` as in experiments.py). ``base`` from 16 to 8,192
    (the design runs ``base * (D + 2)`` futures)."""
    if not 16 <= base <= MAX_BASE:
        raise ModelError(Problem("base", translate("globalsensitivity", "{base} is not a whole number from 16 to "
                                                                        "8,192").format(
                                             base=base)))
    if (scenario is None) == (not levers):
        raise ModelError(Problem("option", translate("globalsensitivity", "give one scenario or one lever point")))
    scenarios = [] if scenario is None else [scenario]
    futures = dict(delays=delays, participants=participants)
    context, _ = prepare(model, scenarios=scenarios, levers=levers, policies=1, futures=1,
                         seed=seed, settings=settings, **futures, **limits)
    dimensions = context.space.dimensions
    if not dimensions:
        raise ModelError(Problem("uncertainties", translate("globalsensitivity", "no edge weight is uncertain (every "
                                                                                 "edge's low and high bounds are equal)")))
    design = saltelli_design(dimensions, base, context.seed)
    result = explore(model, scenarios=scenarios, levers=levers, policies=1, given=design,
                     seed=context.seed, settings=settings, workers=workers, **futures,
                     scheduler=scheduler, cancel=cancel, **limits,
                     progress=None if progress is None
                     else lambda done: progress(done * (1 - BOOTSTRAP_SHARE)))
    values = result.outcomes[0].T                       # (J, futures)
    # centred, as SALib's analyze does: the first-order estimator's spread grows with the
    # outputs' mean (a change from the baseline far from 0), not with their variance
    values = values - values.mean(axis=1, keepdims=True)
    f_a, f_b = values[:, :base], values[:, base:2 * base]
    f_ab = values[:, 2 * base:].reshape(len(values), dimensions, base).transpose(1, 0, 2)
    first, total = estimate(f_a, f_b, f_ab)
    tracker = Tracker(RESAMPLES, cancel=cancel, what="Sobol' analysis",
                      progress=None if progress is None else
                      lambda done: progress(1 - BOOTSTRAP_SHARE + done * BOOTSTRAP_SHARE))
    (first_low, first_high), (low, high) = _bootstrap(f_a, f_b, f_ab, context.seed, tracker)
    steady = values.std(axis=1) == 0
    arrays = [np.where(steady[:, None], 0.0, np.nan_to_num(a))
              for a in (first, total, low, high, first_low, first_high)]
    return SobolIndices(result.options[0].id, tuple(o.id for o in result.objectives),
                        result.uncertainties, *arrays, futures=len(design))


def rough_warning(indices: SobolIndices, labels: dict[str, str],
                  objectives=None) -> str | None:
    """What a reader is told when ``indices`` are too rough to read (None when they can be
    read): which objectives (``labels``: id -> label; of ``objectives`` only, when given)
    and the base sample to run instead, in the current language."""
    rough = [o for o in indices.rough() if objectives is None or o in objectives]
    if not rough:
        return None
    return filled(translate("globalsensitivity", "The design is too small to trust these "
                                                 "indices for {objectives}: their 95% "
                                                 "intervals are wider than the indices or "
                                                 "reach well outside 0 to 1. Run again with a "
                                                 "Sobol' base sample of {base} or more."),
        objectives=translate("globalsensitivity", ", ").join(
            labels.get(o, o) for o in rough),
        base=f"{indices.larger_base():,}")


def option_point(experiments, option: str) -> dict:
    """The keyword arguments of :func:`sobol_indices` for one option of an exploration (an
    id): its scenario, or its lever point as ranges of one value."""
    chosen = next(o for o in experiments.options if o.id == option)
    if chosen.kind == "scenario":
        return {"scenario": chosen.id}
    return {"levers": [LeverRange(lever.node, value, value)
                       for lever, value in zip(experiments.levers, chosen.levers)]}


def sobol_frame(indices: SobolIndices) -> pd.DataFrame:
    """One row per objective and uncertain weight, largest total index first."""
    import pandas as pd

    rows = [{"objective": objective, "uncertain weight": name,
             "first order": indices.first[j, d],
             "first 2.5%": indices.first_low[j, d], "first 97.5%": indices.first_high[j, d],
             "total": indices.total[j, d],
             "total 2.5%": indices.total_low[j, d], "total 97.5%": indices.total_high[j, d]}
            for j, objective in enumerate(indices.objectives)
            for d, name in enumerate(indices.uncertainties)]
    frame = pd.DataFrame(rows)
    return frame.sort_values(["objective", "total"], ascending=[True, False],
                             kind="stable").reset_index(drop=True)
