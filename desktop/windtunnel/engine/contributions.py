"""What each edge pushes into its target at a step, against the baseline.

One update rule (simulate.py) feeds a node ``w * g(a_source(t - 1 - delay))`` from each
incoming edge, where ``g`` is the rule's *state map*: ``g(a) = a`` for the Kosko rules and
``g(a) = 2a - 1`` for ``rescaled``. An edge's **contribution** at step ``t`` of a scenario is
how much more it pushes its target than in the baseline::

    w_S * g(a_S(source, t - 1 - d)) - w_B * g(a_B(source, t - 1 - d))

(``w_S`` the scenario's weight after overrides, ``w_B`` the model's). The map's edge flows,
the edge tooltips and the results views all read these numbers from here; the step before
the first (``t - 1 - d < 0``) holds the start state, as the simulator does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .compile import Network

__all__ = ["state_map", "edge_contributions", "edge_contribution", "EdgeContribution"]


def _scale(rule: str) -> float:
    return 2.0 if rule == "rescaled" else 1.0


def state_map(states: np.ndarray | float, rule: str) -> np.ndarray:
    """g(a): the level a source passes on under ``rule`` (a, or 2a - 1 for ``rescaled``)."""
    c = _scale(rule)
    return c * np.asarray(states, dtype=float) - (c - 1.0)


def _source_step(network: Network, step: int) -> np.ndarray:
    return np.maximum(step - 1 - network.delay, 0)


def edge_contributions(network: Network, plan_weight: np.ndarray, baseline: np.ndarray,
                       states: np.ndarray, step: int, rule: str) -> np.ndarray:
    """Per edge, its contribution at ``step`` (see the module); zeros at step 0.

    ``baseline`` and ``states`` are (T+1, N) trajectories of the baseline and the scenario;
    ``plan_weight`` the scenario's edge weights (the compiled plan's, overrides applied).
    """
    if step <= 0 or network.n_edges == 0:
        return np.zeros(network.n_edges)
    back = _source_step(network, step)
    g_s = state_map(states[back, network.source], rule)
    g_b = state_map(baseline[back, network.source], rule)
    return np.asarray(plan_weight, dtype=float) * g_s - network.weight * g_b


@dataclass(frozen=True)
class EdgeContribution:
    """One edge's contribution at a step, with the products it is the difference of."""

    value: float
    source_step: int          # the step whose source level the edge delivers
    weight: float             # in the scenario
    level: float              # g(source level) in the scenario
    baseline_weight: float
    baseline_level: float


def edge_contribution(network: Network, plan_weight: np.ndarray, baseline: np.ndarray,
                      states: np.ndarray, step: int, rule: str, edge: int) -> EdgeContribution:
    """The contribution of edge index ``edge`` at ``step``, term by term (edge tooltips)."""
    source = int(network.source[edge])
    back = max(step - 1 - int(network.delay[edge]), 0)
    weight, base_weight = float(plan_weight[edge]), float(network.weight[edge])
    level = float(state_map(states[back, source], rule))
    base_level = float(state_map(baseline[back, source], rule))
    value = weight * level - base_weight * base_level if step > 0 else 0.0
    return EdgeContribution(value, back, weight, level, base_weight, base_level)
