"""Contributions by lever: Shapley values over a scenario's interventions and overrides.

The *players* are the scenario's levers (every intervention on one node counts as one
lever) and its edge-weight overrides. The value of a coalition is the change from baseline
(every node, every step) when only its players act. A lever's Shapley value is its average
marginal change over every order in which the players could join; the values add up to the
scenario's total change exactly (efficiency), whatever the interactions between levers,
and a lever that moves nothing gets nothing.

Every coalition runs in one batch through the vectorised simulator (a sample per
coalition, ``Plan.enabled`` switching interventions off, per-sample weights for
overrides). Up to :data:`EXACT_PLAYERS` players every one of the 2^K coalitions runs and
the values are exact. Beyond, :data:`PERMUTATIONS` random join orders (a fixed seed) are
run, each order's prefixes as coalitions; every order's marginal changes add up to the
total exactly, so the estimate still sums to the change, and each value's sampling error
shrinks as 1 / sqrt(orders).

The full and the empty coalition are taken from the plain scenario and baseline runs, so
the values sum to the change the other views report, bit for bit up to rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from math import factorial

import numpy as np

from .compile import Network, Plan, empty_plan
from .run import run_plan
from .simulate import simulate

__all__ = ["LeverShares", "lever_shares", "EXACT_PLAYERS", "PERMUTATIONS"]

#: Players up to which every coalition runs (2^10 = 1024 runs in one batch).
EXACT_PLAYERS = 10
#: Join orders sampled beyond :data:`EXACT_PLAYERS`.
PERMUTATIONS = 200


@dataclass(frozen=True, eq=False)
class LeverShares:
    """Each player's Shapley value for every node at every step: ``values`` (K, T+1, N)."""

    players: tuple[str, ...]          # lever node ids, then "source -> target (override)"
    values: np.ndarray
    exact: bool
    coalitions: int                   # coalitions run
    orders: int = 0                   # join orders sampled (0 when exact)

    @property
    def method(self) -> str:
        if self.exact:
            return f"exact Shapley values ({self.coalitions} coalitions)"
        return f"Shapley values estimated from {self.orders} random join orders"


def _players(network: Network, plan: Plan) -> tuple[list[str], list[np.ndarray], np.ndarray]:
    """Player names, each player's intervention indices, and the overridden edges."""
    levers = list(dict.fromkeys(int(n) for n in plan.node))
    members = [np.flatnonzero(plan.node == v) for v in levers]
    overridden = np.flatnonzero(np.asarray(plan.weight) != network.weight)
    ids = network.node_ids
    names = [ids[v] for v in levers] + [
        f"{ids[network.source[e]]} -> {ids[network.target[e]]} (override)" for e in overridden]
    return names, members, overridden


def _run_coalitions(network: Network, plan: Plan, settings, masks: np.ndarray,
                    members, overridden) -> np.ndarray:
    """States (S, T+1, N) of one run per coalition mask (S, K players)."""
    n_levers = len(members)
    enabled = np.zeros((len(masks), plan.n_interventions), dtype=bool)
    for p, ks in enumerate(members):
        enabled[:, ks] = masks[:, p, None]
    weight = np.asarray(plan.weight, dtype=float)
    if len(overridden):
        weight = np.repeat(network.weight[None, :], len(masks), axis=0)
        for q, e in enumerate(overridden):
            on = masks[:, n_levers + q]
            weight[on, e] = plan.weight[e]
    batch = replace(plan, weight=weight,
                    value=np.broadcast_to(np.asarray(plan.value, float),
                                          (len(masks), plan.n_interventions)),
                    enabled=enabled)
    sim = simulate(network, batch, settings, samples=len(masks))
    states = sim.states
    if states.shape[0] < settings.steps + 1:      # stop_early is off here; kept for safety
        states = np.concatenate([states, np.repeat(states[-1:], settings.steps + 1
                                                   - states.shape[0], axis=0)])
    return np.moveaxis(states, 1, 0)


def lever_shares(network: Network, plan: Plan, settings, *, seed: int = 0) -> LeverShares:
    """Shapley values of the plan's players for every node and step (see the module)."""
    settings = replace(settings, stop_early=False)
    names, members, overridden = _players(network, plan)
    base = run_plan(network, empty_plan(network), settings)[0][:, 0]
    full = run_plan(network, plan, settings)[0][:, 0]
    k = len(names)
    if k == 0:
        return LeverShares((), np.zeros((0,) + base.shape), True, 0)
    if k <= EXACT_PLAYERS:
        return _exact(network, plan, settings, names, members, overridden, base, full)
    return _sampled(network, plan, settings, names, members, overridden, base, full, seed)


def _exact(network, plan, settings, names, members, overridden, base, full) -> LeverShares:
    k = len(names)
    codes = np.arange(2 ** k)
    masks = ((codes[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)
    interior = codes[1:-1]
    value = np.empty((2 ** k,) + base.shape)
    value[0], value[-1] = base, full
    if len(interior):
        value[interior] = _run_coalitions(network, plan, settings, masks[interior], members,
                                          overridden)
    size = masks.sum(axis=1)
    weight = np.array([factorial(s) * factorial(k - s - 1) / factorial(k) for s in range(k)])
    out = np.zeros((k,) + base.shape)
    for p in range(k):
        without = codes[~masks[:, p]]
        out[p] = np.tensordot(weight[size[without]], value[without | (1 << p)] - value[without],
                              axes=1)
    return LeverShares(tuple(names), out, True, 2 ** k)


def _sampled(network, plan, settings, names, members, overridden, base, full,
             seed) -> LeverShares:
    k = len(names)
    rng = np.random.default_rng(seed)
    orders = np.array([rng.permutation(k) for _ in range(PERMUTATIONS)])
    # prefixes of every order: masks (orders, k + 1, k), the empty and full ones shared
    prefix = np.zeros((PERMUTATIONS, k + 1, k), dtype=bool)
    for j in range(1, k + 1):
        prefix[np.arange(PERMUTATIONS)[:, None], j, orders[:, :j]] = True
    interior = prefix[:, 1:k].reshape(-1, k)
    unique, where = np.unique(interior, axis=0, return_inverse=True)
    runs = _run_coalitions(network, plan, settings, unique, members, overridden)
    value = np.empty((PERMUTATIONS, k + 1) + base.shape)
    value[:, 0], value[:, k] = base, full
    value[:, 1:k] = runs[where.reshape(-1)].reshape((PERMUTATIONS, k - 1) + base.shape)
    marginal = value[:, 1:] - value[:, :-1]               # (orders, k, T+1, N), by position
    out = np.zeros((k,) + base.shape)
    for j in range(k):
        np.add.at(out, orders[:, j], marginal[:, j])
    return LeverShares(tuple(names), out / PERMUTATIONS, False, len(unique) + 2, PERMUTATIONS)
