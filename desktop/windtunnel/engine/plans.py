"""Running one compiled plan to the horizon, and the objective rule: what a plain run,
Monte Carlo, sensitivity, explanations and the live slider share.

A run that stops early (``settings.stop_early``) is carried forward at its last state to
the horizon (:func:`pad`), so that every trajectory has ``steps + 1`` rows. The objective
rule is the model's (model/elements.py): met when the change at the last step goes the wanted
direction by at least the threshold, to within :data:`MET_TOLERANCE`. Every verdict of
"met" (the scorecard, Monte Carlo's probability of meeting an objective, an exploration's
satisficing, the participants' maps) is this one rule.
"""

from __future__ import annotations

import numpy as np

from ..model import Objective, Settings
from .compile import Network, Plan
from .simulate import simulate

__all__ = ["convergence_index", "pad", "run_plan", "objective_met", "MET_TOLERANCE"]

#: How far a change may fall short of an objective's threshold and still meet it, so
#: that float rounding never decides "met": sums whose exact value is 0 leave changes
#: of a few 1e-17 either side of it, and "do not raise" (change <= 0) must be met by both.
#: Node levels lie in [-1, 1], so a model's changes and thresholds share the scale 1,
#: and the tolerance is a trillionth of it: far above float64's rounding of the
#: engine's sums, far below the three decimals a change is shown with.
MET_TOLERANCE = 1e-12


def convergence_index(network: Network, settings: Settings) -> np.ndarray | None:
    """Indices of the nodes convergence is judged on (``None`` = all)."""
    if not settings.convergence_nodes:
        return None
    # unique: the largest change over a node listed twice is the same, and a list of a
    # million repeats must not cost a million columns per step
    return np.unique(np.array([network.index(n) for n in settings.convergence_nodes],
                              dtype=np.intp))


def pad(states: np.ndarray, steps: int) -> np.ndarray:
    """Carry the last state of (T'+1, ...) states forward to steps + 1 rows."""
    missing = steps + 1 - states.shape[0]
    if missing <= 0:
        return states
    return np.concatenate([states, np.repeat(states[-1:], missing, axis=0)])


def run_plan(network: Network, plan: Plan, settings: Settings, **options):
    """Simulate one plan and return (states padded to the horizon, simulation)."""
    sim = simulate(network, plan, settings, convergence=convergence_index(network, settings),
                   **options)
    return pad(sim.states, settings.steps), sim


def objective_met(change: np.ndarray | float, objective: Objective):
    """The model's rule: increase -> change >= threshold; decrease -> change <= -threshold,
    each to within :data:`MET_TOLERANCE`."""
    if objective.direction == "increase":
        return np.asarray(change) >= objective.threshold - MET_TOLERANCE
    return np.asarray(change) <= -objective.threshold + MET_TOLERANCE
