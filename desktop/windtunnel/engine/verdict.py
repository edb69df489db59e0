"""How a run ended: converged at step k, a limit cycle of period p, or not converged.

Judged on the trajectory alone, vectorised over samples. The largest change between two
consecutive steps, over the convergence nodes, is compared with the tolerance (``<=``, or
``<`` when strict). A run *converged at step k* when every step from k on is within
tolerance (k counted after the last scheduled intervention, so a run never converges before
a lever has moved). Otherwise it is a *limit cycle of period p* when the last p steps repeat
every earlier period of the judged window (the last 2 * min(24, horizon / 2) steps) within
tolerance, smallest such p >= 2; a damped oscillation, whose periods shrink, therefore stays
*not converged* instead of passing for a cycle because two neighbouring periods differ by
less than the tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..language import translate

__all__ = ["Verdict", "Verdicts", "judge", "CONVERGED", "CYCLE", "NOT_CONVERGED",
           "MAX_PERIOD"]

CONVERGED, CYCLE, NOT_CONVERGED = "converged", "limit cycle", "not converged"
_KINDS = (CONVERGED, CYCLE, NOT_CONVERGED)
#: Longest limit cycle looked for.
MAX_PERIOD = 24


@dataclass(frozen=True)
class Verdict:
    """One run's ending. ``step`` is reported as the settings ask (``count_initial``)."""

    kind: str
    step: int | None = None
    period: int | None = None
    cap: int | None = None

    def __str__(self) -> str:
        if self.kind == CONVERGED:
            return translate("verdict", "converged at step {step}").format(step=self.step)
        if self.kind == CYCLE:
            return translate("verdict", "limit cycle of period {period}").format(
                period=self.period)
        return translate("verdict", "not converged by step {step}").format(step=self.cap)


@dataclass(frozen=True, eq=False)
class Verdicts:
    """Verdicts of a batch: ``kind`` codes (0 converged, 1 cycle, 2 not), ``step``, ``period``
    (``-1`` where not applicable), per sample. ``offset`` is 1 when steps count the initial
    state; ``cap`` is the last step run."""

    kind: np.ndarray
    step: np.ndarray
    period: np.ndarray
    offset: int
    cap: int

    def __len__(self) -> int:
        return len(self.kind)

    def __getitem__(self, i: int) -> Verdict:
        kind = _KINDS[int(self.kind[i])]
        step = int(self.step[i]) + self.offset if self.kind[i] == 0 else None
        period = int(self.period[i]) if self.kind[i] == 1 else None
        return Verdict(kind, step, period, self.cap + self.offset)

    def shares(self) -> dict[str, float]:
        """Fraction of samples per kind (for Monte Carlo summaries)."""
        n = max(len(self.kind), 1)
        return {name: float(np.count_nonzero(self.kind == code)) / n
                for code, name in enumerate(_KINDS)}


def step_changes(states: np.ndarray, columns) -> np.ndarray:
    """Largest absolute change from each step to the next: (T, S) from states (T+1, S, N)."""
    sub = states if columns is None else states[:, :, columns]
    if sub.shape[0] < 2 or sub.shape[2] == 0:
        return np.zeros((max(sub.shape[0] - 1, 0), sub.shape[1]))
    change = np.subtract(sub[1:], sub[:-1])
    np.abs(change, out=change)
    return change.max(axis=2)


def within(change: np.ndarray, tolerance: float, strict: bool) -> np.ndarray:
    return change < tolerance if strict else change <= tolerance


def judge(states: np.ndarray, *, tolerance: float, strict: bool, settle: int = 0,
          columns=None, count_initial: bool = False, max_period: int = MAX_PERIOD,
          changes: np.ndarray | None = None) -> Verdicts:
    """Verdicts for every sample of ``states`` (T+1, S, N).

    ``changes`` is :func:`step_changes` of the states when the caller already has it (the
    simulator measures it step by step while the data is in the cache)."""
    last = states.shape[0] - 1
    n_samples = states.shape[1]
    if changes is None:
        changes = step_changes(states, columns)
    ok = within(changes, tolerance, strict)                          # ok[t-1]: step t vs t-1
    kind = np.full(n_samples, 2, dtype=np.int8)
    step = np.full(n_samples, -1, dtype=np.int64)
    period = np.full(n_samples, -1, dtype=np.int64)
    first = max(settle + 1, 1)
    if last >= first:
        outside = ~ok[first - 1:][::-1]                # steps last..first, True = a move
        # the steady stretch starts after the last step that moved (at ``first`` if none)
        start = np.where(outside.any(axis=0), len(outside) - np.argmax(outside, axis=0), 0)
        steady = start < len(outside)
        kind[steady] = 0
        step[steady] = first + start[steady]
    open_ = np.flatnonzero(kind == 2)
    periods = min(max_period, (last - settle) // 2)
    if len(open_) and periods >= 2:
        window = states[last - 2 * periods + 1:]
        if len(open_) < n_samples:
            window = window[:, open_]
        if columns is not None:
            window = window[:, :, columns]
        found = _periods(window, periods, tolerance, strict)
        period[open_] = found
        kind[open_[found > 0]] = 1
    return Verdicts(kind, step, period, 1 if count_initial else 0, last)


def _periods(window: np.ndarray, periods: int, tolerance: float, strict: bool) -> np.ndarray:
    """Smallest p in 2..periods whose last p states repeat the p before them, per sample
    (0 when none). ``window`` holds the last 2 * periods states (2P, S, N).

    A cheap first pass compares only the last state with the state p steps earlier; the
    full check (the last p states against every earlier period in the window) runs only for
    the periods that pass it.
    """
    n_samples = window.shape[1]
    out = np.zeros(n_samples, dtype=np.int64)
    if window.shape[2] == 0:
        return out
    end = 2 * periods
    # distance of the last state to the state p steps earlier, p = periods .. 1, reversed
    # so that row p - 1 is lag p
    earlier = np.subtract(window[end - 1 - periods:end - 1], window[-1])
    first = within(np.abs(earlier, out=earlier).max(axis=2)[::-1], tolerance, strict)
    first[0] = False                                                    # p = 1: a fixed point
    for p in np.flatnonzero(first.any(axis=1)) + 1:
        candidates = np.flatnonzero(first[p - 1] & (out == 0))
        if not len(candidates):
            continue
        last_p = window[end - p:, candidates]
        repeat = np.ones(len(candidates), dtype=bool)
        for k in range(1, end // p):       # every earlier full period in the window
            before = window[end - (k + 1) * p:end - k * p, candidates]
            repeat &= within(np.abs(last_p - before).max(axis=2), tolerance, strict).all(axis=0)
        out[candidates[repeat]] = p
    return out
