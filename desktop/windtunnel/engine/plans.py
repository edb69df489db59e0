"""Running one compiled plan to the horizon, and the objective rule: what a plain run,
Monte Carlo, sensitivity, explanations and the live slider share.

A run that stops early (``settings.stop_early``) is carried forward at its last state to
the horizon (:func:`pad`), so that every trajectory has ``steps + 1`` rows. The objective
rule is the model's (model/elements.py): met when the change at the last step goes the wanted
direction by at least the threshold.
"""

from __future__ import annotations

import numpy as np

from ..model import Objective, Settings
from .compile import Network, Plan
from .simulate import simulate

__all__ = ["convergence_index", "pad", "run_plan", "objective_met"]


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
    """The model's rule: increase -> change >= threshold; decrease -> change <= -threshold."""
    if objective.direction == "increase":
        return np.asarray(change) >= objective.threshold
    return np.asarray(change) <= -objective.threshold
