"""Guaranteed bounds: every node's range when each weight may be anywhere in [low, high].

Monte Carlo draws weights inside their ranges and reports percentiles; an analyst who asks
"how far can this go, at worst?" needs bounds that hold for *every* choice of weights in the
ranges. Interval arithmetic gives them: at every step each node's level lies in an interval
[lo, hi]; the input of node i lies in

    k [g(lo_i), g(hi_i)] + sum_e [low_e, high_e] x [g(lo_j), g(hi_j)]      (lagged by d_e)

(the product of two intervals is spanned by the four products of their ends), and because
every activation and the rule's input map g are non-decreasing, the next level lies in
[f(input lo), f(input hi)]. Interventions set both ends; held drivers keep their start; an
overridden edge has the scenario's exact weight. By induction the true trajectory, for any
weights in the ranges (even weights that changed from step to step), stays inside. The
bounds are conservative: they may be wider than any single choice of weights reaches,
more so with many feedback loops.

Bounds on the *change* from baseline are ``[lo_S - hi_B, hi_S - lo_B]``: guaranteed, but
wide, since they let the scenario and the baseline take different weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .compile import Network, Plan, empty_plan
from .contributions import state_map
from .simulate import RULE_SELF, activate

__all__ = ["Bounds", "bounds", "change_bounds"]


@dataclass(frozen=True, eq=False)
class Bounds:
    """(T+1, N) lower and upper bounds of every node's level at every step."""

    lower: np.ndarray
    upper: np.ndarray


def bounds(network: Network, plan: Plan, settings, *, steps: int | None = None) -> Bounds:
    """Guaranteed bounds of ``plan``'s run for every weight in its [low, high] range."""
    horizon = settings.steps if steps is None else steps
    n = network.n_nodes
    k = RULE_SELF[settings.rule]
    weight = np.asarray(plan.weight, dtype=float)
    overridden = weight != network.weight
    w_low = np.where(overridden, weight, np.minimum(network.low, network.high))
    w_high = np.where(overridden, weight, np.maximum(network.low, network.high))
    w_low, w_high = np.minimum(w_low, weight), np.maximum(w_high, weight)
    src, tgt, delay = network.source, network.target, network.delay
    held = (np.flatnonzero(network.driver) if settings.drivers == "hold"
            else np.zeros(0, dtype=np.intp))
    lower = np.empty((horizon + 1, n))
    upper = np.empty((horizon + 1, n))
    lower[0] = upper[0] = network.initial
    _force(lower[0], upper[0], plan, 0)
    for t in range(horizon):
        lag = np.maximum(t - delay, 0)
        g_lo = state_map(lower[lag, src], settings.rule)      # g is increasing
        g_hi = state_map(upper[lag, src], settings.rule)
        ends = np.stack([w_low * g_lo, w_low * g_hi, w_high * g_lo, w_high * g_hi])
        # floats even for a map of no edges (bincount of nothing counts in integers)
        u_lo = np.bincount(tgt, ends.min(axis=0), minlength=n).astype(float, copy=False)
        u_hi = np.bincount(tgt, ends.max(axis=0), minlength=n).astype(float, copy=False)
        if k:
            u_lo += k * state_map(lower[t], settings.rule)
            u_hi += k * state_map(upper[t], settings.rule)
        lower[t + 1] = activate(u_lo, settings.activation, settings.steepness)
        upper[t + 1] = activate(u_hi, settings.activation, settings.steepness)
        lower[t + 1, held] = upper[t + 1, held] = network.initial[held]
        _force(lower[t + 1], upper[t + 1], plan, t + 1)
    return Bounds(lower, upper)


def _force(lower: np.ndarray, upper: np.ndarray, plan: Plan, t: int) -> None:
    """Set the nodes the plan's interventions set at step ``t`` (both ends; in list order,
    so that the later intervention wins, as in the simulator)."""
    value = np.asarray(plan.value, dtype=float).reshape(-1)
    for k in range(plan.n_interventions):
        on = t == plan.start[k] if plan.pulse[k] else plan.start[k] <= t <= plan.end[k]
        if on:
            lower[plan.node[k]] = upper[plan.node[k]] = value[k]


def change_bounds(network: Network, plan: Plan, settings) -> Bounds:
    """Guaranteed bounds of the change from baseline (see the module: wide by design)."""
    scenario = bounds(network, plan, settings)
    base = bounds(network, empty_plan(network), settings)
    return Bounds(scenario.lower - base.upper, scenario.upper - base.lower)
