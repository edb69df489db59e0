"""The exact decomposition of a scenario's change, by incoming edge and by causal route.

With ``delta(t) = a_S(t) - a_B(t)`` the change from baseline, the input of a node that no
intervention sets changes, between the baseline and the scenario, by the sum of its *terms*

    du_i(t) = k c delta_i(t)                                       its memory (own state)
              + sum_e [ w_e c delta_j(t - d_e)                      each incoming edge e = j -> i
                        + (w_e - w0_e) g(a_Bj(t - d_e)) ]           and, when overridden, its push

(``c`` = 2 for the rescaled rule, else 1; ``k`` the rule's self weight; ``w0`` the baseline
weights). The node's actual change ``delta_i(t+1) = f(u_S) - f(u_B)`` is shared among the
terms in proportion to their size: term m gets ``delta_i(t+1) * term_m / du_i(t)`` (the
activation's *secant slope* times the term). The shares add up to the node's change by
construction, for every rule and activation, however strongly it saturates. In the rare
step where the terms cancel to rounding noise while the node still moves (a bivalent or
trivalent threshold crossed exactly), the change is shared in proportion to the terms'
absolute sizes instead: still exact, never divided by noise.

Because every term is linear in earlier changes, the change at the explained node is a sum,
over every route back through the time-unrolled map, of products of these factors, ending
at a *source*: a value an intervention forces or the push of an overridden edge. Routes are
expanded largest first (a node's repeated steps of memory stay on one route), and each
partial route carries its exact value (multiplier times the change where it stops), so
when the expansion budget or the length bound stops it, what is left is still named: "the
routes arriving through j -> ... -> X", never an unexplained remainder.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from .compile import Network, Plan, empty_plan
from .plans import run_plan
from .simulate import RULE_SELF

__all__ = ["Trace", "trace", "Route", "RouteSearch", "routes", "input_shares",
           "MAX_EXPANSIONS", "MAX_ROUTE_NODES"]

#: Partial routes expanded (each looks at every incoming edge of its first node).
MAX_EXPANSIONS = 600
#: Longest route followed, in nodes (a loop traversed twice counts its nodes twice).
MAX_ROUTE_NODES = 14
#: A step's terms that cancel to below this fraction of their absolute sum are shared by size.
DEGENERATE = 1e-9


@dataclass(frozen=True, eq=False)
class Trace:
    """The baseline and scenario runs of a plan, and every term's factor.

    ``edge_factor[t, e]`` multiplies edge e's term at step t (input of step t + 1),
    ``push_factor[t, e]`` its push, ``memory_factor[t, i]`` node i's memory term.
    """

    delta: np.ndarray           # (T+1, N) change from baseline
    forced: np.ndarray          # (T+1, N) set by an intervention at that step
    lagged: np.ndarray          # (T, E) the step each edge reads at step t
    edge_term: np.ndarray       # (T, E) w_e c delta_j(t - d)
    push: np.ndarray            # (T, E) (w_e - w0_e) g(a_Bj(t - d))
    memory_term: np.ndarray     # (T, N) k c delta_i(t)
    edge_factor: np.ndarray     # (T, E)
    push_factor: np.ndarray     # (T, E)
    memory_factor: np.ndarray   # (T, N)
    weight: np.ndarray          # (E,) scenario weights times c
    overridden: np.ndarray      # (E,) bool
    memory_weight: float        # k c: the weight of a node's own previous change

    @property
    def steps(self) -> int:
        return self.delta.shape[0] - 1


def trace(network: Network, plan: Plan, settings) -> Trace:
    """Run baseline and scenario to the horizon and share every step's change among its terms."""
    a_b = run_plan(network, empty_plan(network), settings)[0][:, 0]
    a_s = run_plan(network, plan, settings)[0][:, 0]
    steps, n = a_b.shape[0] - 1, network.n_nodes
    c = 2.0 if settings.rule == "rescaled" else 1.0
    k = RULE_SELF[settings.rule] * c
    delta = a_s - a_b
    src, tgt = network.source, network.target
    w_s = np.broadcast_to(np.asarray(plan.weight, dtype=float), (network.n_edges,))
    lagged = np.maximum(np.arange(steps)[:, None] - network.delay[None, :], 0)
    g_b = c * a_b - (c - 1.0)
    edge_term = w_s * c * delta[lagged, src]
    push = (w_s - network.weight) * g_b[lagged, src]
    memory_term = k * delta[:-1]
    du = memory_term + _into_targets(edge_term + push, tgt, n)
    scale = np.abs(memory_term) + _into_targets(np.abs(edge_term) + np.abs(push), tgt, n)
    forced = _forced(plan, steps, n)
    moved = delta[1:] * ~forced[1:]
    degenerate = np.abs(du) <= DEGENERATE * scale
    with np.errstate(invalid="ignore", divide="ignore"):
        slope = np.where(degenerate, 0.0, moved / np.where(degenerate, 1.0, du))
        by_size = np.where(degenerate & (scale > 0), moved / np.where(scale > 0, scale, 1.0), 0.0)
    edge_factor = _factor(slope, by_size, edge_term, tgt)
    push_factor = _factor(slope, by_size, push, tgt)
    memory_factor = slope + by_size * np.sign(memory_term)
    return Trace(delta, forced, lagged, edge_term, push, memory_term, edge_factor,
                 push_factor, memory_factor, w_s * c, w_s != network.weight, k)


def _factor(slope, by_size, term, tgt):
    """Per-term factor: the target's slope, or (degenerate steps) its size share's sign."""
    return slope[:, tgt] + by_size[:, tgt] * np.sign(term)


def _into_targets(values: np.ndarray, tgt: np.ndarray, n: int) -> np.ndarray:
    """Sum (T, E) edge values into their targets: (T, N)."""
    steps = values.shape[0]
    index = (np.arange(steps)[:, None] * n + tgt[None, :]).reshape(-1)
    return np.bincount(index, values.reshape(-1), minlength=steps * n).reshape(steps, n)


def _forced(plan: Plan, steps: int, n: int) -> np.ndarray:
    forced = np.zeros((steps + 1, n), dtype=bool)
    t = np.arange(steps + 1)
    for node, pulse, start, end in zip(plan.node, plan.pulse, plan.start, plan.end):
        forced[:, node] |= (t == start) if pulse else (start <= t) & (t <= end)
    return forced


def input_shares(network: Network, tr: Trace, target: int):
    """Contributions to ``target``'s change at every step: (incoming edges, (T+1, E_in + 2)).

    Columns: each incoming edge (its term and, when overridden, its push: together the
    extra push that contributions.py reports, here scaled by the activation's secant so
    that it is a share of the node's actual change), then ``memory`` (the node's own
    previous change) and ``intervention`` (a forced value). Rows add up to the change
    exactly (to rounding).
    """
    incoming = np.flatnonzero((network.target == target)
                              & ((tr.weight != 0) | tr.overridden))
    out = np.zeros((tr.steps + 1, len(incoming) + 2))
    out[1:, :-2] = (tr.edge_factor[:, incoming] * tr.edge_term[:, incoming]
                    + tr.push_factor[:, incoming] * tr.push[:, incoming])
    out[1:, -2] = tr.memory_factor[:, target] * tr.memory_term[:, target]
    out[:, -1] = np.where(tr.forced[:, target], tr.delta[:, target], 0.0)
    return incoming, out


@dataclass(frozen=True)
class Route:
    """Change carried from a source to the explained node along ``nodes`` (node indices,
    the explained node last).

    ``origin`` is where it starts: ``"lever"`` (an intervention on ``nodes[0]``),
    ``"override"`` (the push of overridden edge ``edge``), or ``"open"`` (not followed
    further: everything that arrives through ``nodes`` from before it)."""

    nodes: tuple[int, ...]
    origin: str
    value: float
    edge: int = -1


@dataclass(frozen=True)
class RouteSearch:
    routes: tuple[Route, ...]         # every leaf, largest |value| first; they sum to the change
    expansions: int
    budget_hit: bool                  # open routes left because of the expansion budget
    length_hit: bool                  # open routes left because of the length bound


def routes(network: Network, tr: Trace, target: int, step: int, *,
           max_expansions: int = MAX_EXPANSIONS,
           max_nodes: int = MAX_ROUTE_NODES) -> RouteSearch:
    """Every route's share of ``target``'s change at ``step``, largest partial routes first.

    A partial route (nodes ``R`` starting at node v) holds multipliers ``m[t]`` on
    ``delta_v(t)``; its exact value is ``sum_t m[t] delta_v(t)``. Expanding it folds v's
    memory into ``m``, books v's forced values (a lever) and its overridden edges' pushes
    as finished routes, and passes ``m`` through each incoming edge to a longer route.
    """
    src, tgt = network.source, network.target
    in_edges = [np.flatnonzero((tgt == v) & ((tr.weight != 0) | tr.overridden))
                for v in range(network.n_nodes)]
    free = ~tr.forced
    start = np.zeros(step + 1)
    start[step] = 1.0
    leaves: list[Route] = []
    heap: list = []
    counter = 0

    def push_route(nodes, m):
        nonlocal counter
        if not m.any():
            return
        value = float(m @ tr.delta[:step + 1, nodes[0]])
        heapq.heappush(heap, (-abs(value), counter, nodes, m, value))
        counter += 1

    push_route((target,), start)
    expansions, budget_hit, length_hit = 0, False, False
    while heap:
        _, _, nodes, m, value = heapq.heappop(heap)
        if expansions >= max_expansions or len(nodes) >= max_nodes:
            budget_hit |= expansions >= max_expansions
            length_hit |= len(nodes) >= max_nodes and expansions < max_expansions
            leaves.append(Route(nodes, "open", value))
            continue
        expansions += 1
        v = nodes[0]
        m = m.copy()
        if tr.memory_weight:
            for t in range(step, 0, -1):      # memory stays on the route
                if free[t, v] and m[t]:
                    m[t - 1] += m[t] * tr.memory_factor[t - 1, v] * tr.memory_weight
        lever = float(np.sum(m * tr.delta[:step + 1, v] * tr.forced[:step + 1, v]))
        if tr.forced[:step + 1, v].any():
            leaves.append(Route(nodes, "lever", lever))
        m_free = m[1:] * free[1:step + 1, v]                  # multipliers on steps 1..step
        for e in in_edges[v]:
            if tr.overridden[e]:
                leaves.append(Route(nodes, "override",
                                    float(m_free @ (tr.push_factor[:step, e] * tr.push[:step, e])),
                                    int(e)))
            if tr.weight[e] == 0:
                continue
            child = np.bincount(tr.lagged[:step, e], m_free * tr.edge_factor[:step, e]
                                * tr.weight[e], minlength=step + 1)
            push_route((int(src[e]),) + nodes, child)
    leaves = [r for r in leaves if r.value != 0.0]
    leaves.sort(key=lambda r: -abs(r.value))
    return RouteSearch(tuple(leaves), expansions, budget_hit, length_hit)
