"""Contributions by lever: Shapley values over a scenario's interventions and overrides.

The *players* are the scenario's levers (every intervention on one node counts as one
lever) and its edge-weight overrides. The value of a coalition is the change from baseline
(every node, every step) when only its players act. A lever's Shapley value is its average
marginal change over every order in which the players could join; the values add up to the
scenario's total change exactly (efficiency), whatever the interactions between levers,
and a lever that moves nothing gets nothing.

Every coalition runs in one batch through the vectorised simulator (a sample per
coalition, ``Plan.enabled`` switching interventions off, per-sample weights for
overrides), in chunks of bounded memory, each coalition's run added into the values with
its Shapley weight. Up to :data:`EXACT_PLAYERS` players (and :data:`WORK` node-steps) every
one of the 2^K coalitions runs and the values are exact. Beyond, :data:`PERMUTATIONS`
random join orders (a fixed seed; fewer on very large maps, at least :data:`MIN_ORDERS`)
are run, each order's prefixes as coalitions; every order's marginal changes add up to the
total exactly, so the estimate still sums to the change, and each value's sampling error
shrinks as 1 / sqrt(orders).

The full and the empty coalition are taken from the plain scenario and baseline runs, so
the values sum to the change the other views report, bit for bit up to rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from math import factorial

import numpy as np

from ..language import translate
from .compile import Network, Plan, empty_plan
from .plans import run_plan
from .progress import Tracker
from .simulate import simulate

__all__ = ["LeverShares", "lever_shares", "EXACT_PLAYERS", "PERMUTATIONS", "MIN_ORDERS",
           "WORK", "CHUNK_VALUES"]

#: Players up to which every coalition runs (2^10 = 1024 runs in one batch).
EXACT_PLAYERS = 10
#: Join orders sampled beyond :data:`EXACT_PLAYERS` (fewer, down to MIN_ORDERS, when the
#: map is so large that they would pass :data:`WORK`).
PERMUTATIONS = 200
MIN_ORDERS = 20
#: Node-steps (coalitions x (steps + 1) x nodes) the coalition runs may take before the
#: exact values give way to sampled ones: a few seconds of simulation.
WORK = 300_000_000
#: Node-steps simulated per batch of coalitions (memory: 8 bytes each, twice).
CHUNK_VALUES = 4_000_000


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
        """How the values were found, in the current language."""
        if self.exact:
            return translate("attribution", "exact Shapley values ({count} coalitions)").format(
                count=self.coalitions)
        return translate("attribution", "Shapley values estimated from {count} random join "
                                        "orders").format(count=self.orders)


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


def lever_shares(network: Network, plan: Plan, settings, *, seed: int = 0, progress=None,
                 cancel=None) -> LeverShares:
    """Shapley values of the plan's players for every node and step (see the module).
    ``progress`` / ``cancel`` as everywhere in the engine (engine/progress.py), per chunk."""
    settings = replace(settings, stop_early=False)
    names, members, overridden = _players(network, plan)
    base = run_plan(network, empty_plan(network), settings)[0][:, 0]
    full = run_plan(network, plan, settings)[0][:, 0]
    k = len(names)
    if k == 0:
        return LeverShares((), np.zeros((0,) + base.shape), True, 0)
    per_run = base.size
    if k <= EXACT_PLAYERS and 2 ** k * per_run <= WORK:
        masks, coef = _exact_coefficients(k)
        orders = 0
    else:
        orders = int(np.clip(WORK // max((k - 1) * per_run, 1), MIN_ORDERS, PERMUTATIONS))
        masks, coef = _sampled_coefficients(k, orders, seed)
    out = np.zeros((k, per_run))
    empty, whole = ~masks.any(axis=1), masks.all(axis=1)
    out += np.outer(coef[empty].sum(axis=0), base.reshape(-1))
    out += np.outer(coef[whole].sum(axis=0), full.reshape(-1))
    rest = np.flatnonzero(~(empty | whole))
    chunk = max(1, CHUNK_VALUES // per_run)
    tracker = Tracker(-(-len(rest) // chunk), progress=progress, cancel=cancel,
                      what="explanation")
    for begin in range(0, len(rest), chunk):
        tracker.check()
        rows = rest[begin:begin + chunk]
        states = _run_coalitions(network, plan, settings, masks[rows], members, overridden)
        out += coef[rows].T @ states.reshape(len(rows), -1)
        tracker.advance()
    tracker.finish()
    return LeverShares(tuple(names), out.reshape((k,) + base.shape), orders == 0,
                       len(masks), orders)


def _exact_coefficients(k: int) -> tuple[np.ndarray, np.ndarray]:
    """Every coalition (2^k masks) and its weight in each player's Shapley value:
    +s!(k-s-1)!/k! with the player in it (s = the others), -|S|!(k-|S|-1)!/k! without."""
    codes = np.arange(2 ** k)
    masks = ((codes[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)
    size = masks.sum(axis=1)
    weight = np.array([factorial(s) * factorial(k - s - 1) / factorial(k) for s in range(k)]
                      + [0.0])
    coef = np.where(masks, weight[np.maximum(size - 1, 0)][:, None],
                    -weight[size][:, None])
    return masks, coef


def _sampled_coefficients(k: int, orders: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The coalitions met along ``orders`` random join orders and each one's weight in
    each player's estimate: +1/orders where the player has just joined, -1/orders where it
    is about to."""
    rng = np.random.default_rng(seed)
    order = np.array([rng.permutation(k) for _ in range(orders)])
    prefix = np.zeros((orders, k + 1, k), dtype=bool)
    for j in range(1, k + 1):
        prefix[np.arange(orders)[:, None], j, order[:, :j]] = True
    masks, where = np.unique(prefix.reshape(-1, k), axis=0, return_inverse=True)
    where = where.reshape(orders, k + 1)
    coef = np.zeros((len(masks), k))
    for j in range(k):
        np.add.at(coef, (where[:, j + 1], order[:, j]), 1.0 / orders)
        np.add.at(coef, (where[:, j], order[:, j]), -1.0 / orders)
    return masks, coef
