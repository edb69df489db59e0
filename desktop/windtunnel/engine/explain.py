"""Why did node X change in scenario S? Contributions by incoming edge, and causal paths.

The change from baseline ``delta(t) = a_S(t) - a_B(t)`` is 0 at a held driver that no
intervention sets (both runs put it back to its start value) and obeys, at every other
node that no intervention sets,

    delta_i(t+1) = s_i(t) * ( k c delta_i(t)
                              + sum_j [ w_ji c delta_j(t - d) + (w_ji - w0_ji) g(a_Bj(t - d)) ] )

where ``s_i(t)`` is the *secant slope* of the activation between the baseline and scenario
inputs, ``(f(u_S) - f(u_B)) / (u_S - u_B)`` (the derivative where they coincide), c = 2 for
the rescaled rule and 1 otherwise, and ``w0`` the baseline weights. With secant slopes the
recursion is exact and linear in its *sources*: the values that interventions force and the
pushes of overridden edges. Hence:

- **Contributions by incoming edge**: ``delta_X(t+1)`` splits exactly into one term per
  incoming edge, a *memory* term (the node's own previous change) and an *intervention*
  term (the change an intervention forces). For ``clip`` inside its range the slope is the
  activation's own and the split is exact; for saturating activations it is a first-order
  (proportional) split of the node's actual change.
- **Causal paths**: the effect carried by one simple path from a source to X is the
  recursion restricted to the path's edges (with each node's memory). Paths are ranked by
  the size of their effect at the last step, with their signed share of the change; what
  they leave out (feedback loops, paths beyond the length or count bounds) is reported as
  the *remainder*. Per-source totals are exact and add up to the change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..model import Model, Scenario, Settings
from .budget import WORK_LIMITS, WorkLimits, check, run_cost
from .cache import compiled_model
from .compile import Network, Plan, compile_scenario
from .contributions import state_map
from .plans import run_plan
from .run import resolve_scenarios
from .simulate import RULE_SELF, activate

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["Explanation", "PathShare", "explain", "explain_plan", "simple_paths", "Adjacency"]


@dataclass(frozen=True, eq=False)
class PathShare:
    """One causal path: its nodes, source, effect over time and share of the final change."""

    nodes: tuple[str, ...]
    source: str
    effect: np.ndarray        # (T+1,) change at the explained node carried by this path
    share: float              # effect at the last step / total change at the last step

    @property
    def contribution(self) -> float:
        return float(self.effect[-1])


@dataclass(frozen=True, eq=False)
class Explanation:
    node: str
    label: str
    scenario_id: str
    time: np.ndarray
    change: np.ndarray            # (T+1,) the node's change from baseline
    columns: tuple[str, ...]      # incoming edges' sources, then "memory", "intervention"
    contributions: np.ndarray     # (T+1, len(columns)); rows sum to ``change``
    sources: tuple[str, ...]      # levers and overridden edges that drive the change
    source_totals: np.ndarray     # (len(sources),) exact final change due to each source
    paths: tuple[PathShare, ...]  # the top-k paths, largest |effect| first
    explained: float              # final change carried by every path found
    remainder: float              # final change minus ``explained``
    paths_found: int
    paths_cut: bool               # the path search stopped at its count bound
    method: str                   # "exact" or "first-order"
    max_length: int = 8           # longest path searched, in edges

    def to_frame(self, view: str = "contributions") -> pd.DataFrame:
        """``contributions`` (step x column) or ``paths`` (one row per listed path)."""
        import pandas as pd

        if view == "contributions":
            return pd.DataFrame(self.contributions, columns=list(self.columns),
                                index=pd.Index(self.time, name="step"))
        if view == "paths":
            return pd.DataFrame([(" -> ".join(p.nodes), p.source, p.contribution, p.share)
                                 for p in self.paths],
                                columns=["path", "source", "contribution", "share"])
        raise ModelError(Problem("view", f"unknown view {view!r}; use contributions or paths"))


def explain(model: Model, scenario: str | Scenario, node: str, *, top_k: int = 5,
            settings: Settings | None = None, max_length: int = 8,
            max_paths: int = 2000, limits: WorkLimits = WORK_LIMITS) -> Explanation:
    """Explain the change of ``node`` in ``scenario`` (id, label or Scenario); refused
    before any work when its cost (a run per lever or override traced) passes ``limits``."""
    settings = settings or model.settings
    (chosen,) = resolve_scenarios(model, [scenario])
    network = compiled_model(model, settings)
    traced = len(chosen.interventions) + len(chosen.overrides)
    cost = run_cost(network, settings, scenarios=1 + traced,
                    interventions=len(chosen.interventions))
    check(replace(cost, what="explanation"), limits)
    return explain_plan(network, compile_scenario(network, chosen), settings,
                        network.index(node), top_k=top_k, max_length=max_length,
                        max_paths=max_paths)


def _derivative(u, activation, steepness):
    """f'(u), the slope where baseline and scenario inputs coincide."""
    f = activate(u.copy(), activation, steepness)
    if activation == "sigmoid":
        return steepness * f * (1.0 - f)
    if activation == "tanh":
        return steepness * (1.0 - f * f)
    if activation == "clip":
        return np.where(np.abs(steepness * u) < 1.0, steepness, 0.0)
    return np.zeros_like(u)


def explain_plan(network: Network, plan: Plan, settings: Settings, target: int, *,
                 top_k: int = 5, max_length: int = 8, max_paths: int = 2000) -> Explanation:
    """Explain node index ``target`` under ``plan`` (the array layer of :func:`explain`).

    Runs always go to the horizon here (``stop_early`` off), so that every step follows the
    update rule and the contributions add up exactly.
    """
    settings = replace(settings, stop_early=False)
    base_plan = compile_scenario(network, None)
    a_b = run_plan(network, base_plan, settings)[0][:, 0]
    a_s = run_plan(network, plan, settings)[0][:, 0]
    steps = a_b.shape[0] - 1
    c = 2.0 if settings.rule == "rescaled" else 1.0
    k = RULE_SELF[settings.rule] * c
    g_b = state_map(a_b, settings.rule)
    src, tgt, dly = network.source, network.target, network.delay
    w_s, w_b = np.asarray(plan.weight, float), network.weight
    lagged = np.maximum(np.arange(steps)[:, None] - dly[None, :], 0)     # (T, E)
    g_s = state_map(a_s, settings.rule)
    u_b = RULE_SELF[settings.rule] * g_b[:-1] + _edge_sum(w_b * g_b[lagged, src], tgt, network)
    u_s = RULE_SELF[settings.rule] * g_s[:-1] + _edge_sum(w_s * g_s[lagged, src], tgt, network)
    du = u_s - u_b
    with np.errstate(invalid="ignore", divide="ignore"):
        secant = (activate(u_s.copy(), settings.activation, settings.steepness)
                  - activate(u_b.copy(), settings.activation, settings.steepness)) / du
    small = np.abs(du) < 1e-12
    slope = np.where(small, _derivative(u_b, settings.activation, settings.steepness), secant)
    forced = _forced(plan, steps, network.n_nodes)                     # (T+1, N)
    held = (np.zeros(network.n_nodes, bool) if settings.drivers != "hold"
            else network.driver.copy())
    push = (w_s - w_b) * g_b[lagged, src]                               # (T, E) override pushes
    delta = a_s - a_b

    # contributions into the target, by incoming edge
    incoming = np.flatnonzero((tgt == target) & ((w_s != 0) | (w_b != 0)))
    names = [network.node_ids[j] for j in src[incoming]]
    contrib = np.zeros((steps + 1, len(incoming) + 2))
    edge_terms = w_s[incoming] * c * delta[lagged[:, incoming], src[incoming]] + push[:, incoming]
    free = ~forced[1:, target]
    if not held[target]:
        contrib[1:, :-2] = slope[:, target, None] * edge_terms * free[:, None]
        contrib[1:, -2] = slope[:, target] * k * delta[:-1, target] * free
    contrib[:, -1] = np.where(forced[:, target], delta[:, target], 0.0)

    # sources: levers (forced nodes) and overridden edges
    lever_nodes = sorted(set(int(n) for n in plan.node), key=int)
    overridden = np.flatnonzero(w_s != w_b)
    sources, totals, paths, cut = [], [], [], []
    graph = Adjacency(network, w_s)
    ids = network.node_ids
    ctx = (slope, forced, held, k, c, w_s, lagged, src, steps)
    for v in lever_nodes:
        inject = np.where(forced[:, v], delta[:, v], 0.0)
        sources.append(ids[v])
        totals.append(_trace_full(network, ctx, v, inject, None)[:, target])
        paths += _paths_from(graph, v, target, ids[v], network, ctx, inject, None,
                             max_length, max_paths, cut)
    for e in overridden:
        name = f"{ids[src[e]]} -> {ids[tgt[e]]} (override)"
        raw = push[:, e]
        sources.append(name)
        totals.append(_trace_full(network, ctx, int(tgt[e]), None, raw)[:, target])
        paths += _paths_from(graph, int(tgt[e]), target, name, network, ctx, None, raw,
                             max_length, max_paths, cut)
    total = float(delta[-1, target])
    explained = float(sum(p.contribution for p in paths))
    paths.sort(key=lambda p: -abs(p.contribution))
    shown = tuple(PathShare(p.nodes, p.source, p.effect,
                            p.contribution / total if total else 0.0) for p in paths[:top_k])
    exact = settings.activation == "clip"
    return Explanation(
        node=ids[target], label=network.labels[target], scenario_id=plan.scenario_id,
        time=np.arange(steps + 1), change=delta[:, target],
        columns=tuple(names) + ("memory", "intervention"), contributions=contrib,
        sources=tuple(sources),
        source_totals=np.array([t[-1] for t in totals]) if totals else np.zeros(0),
        paths=shown, explained=explained, remainder=total - explained,
        paths_found=len(paths), paths_cut=any(cut), max_length=max_length,
        method="exact" if exact else "first-order")


def _edge_sum(values: np.ndarray, tgt: np.ndarray, network: Network) -> np.ndarray:
    """Sum (T, E) edge values into their targets: (T, N)."""
    steps, n = values.shape[0], network.n_nodes
    index = (np.arange(steps)[:, None] * n + tgt[None, :]).reshape(-1)
    return np.bincount(index, values.reshape(-1), minlength=steps * n).reshape(steps, n)


def _forced(plan: Plan, steps: int, n: int) -> np.ndarray:
    """(T + 1, N): whether an intervention sets the node at the step. Clamps are counted
    with a running sum of +1 at their start and -1 after their end, so the cost does not
    grow with steps x interventions."""
    start = np.asarray(plan.start, dtype=np.int64)
    end = np.minimum(np.asarray(plan.end, dtype=np.int64), steps)
    node = np.asarray(plan.node, dtype=np.intp)
    pulse = np.asarray(plan.pulse, dtype=bool)
    clamp = ~pulse & (start <= end)
    counts = np.zeros((steps + 2, n), dtype=np.int64)
    np.add.at(counts, (start[clamp], node[clamp]), 1)
    np.add.at(counts, (end[clamp] + 1, node[clamp]), -1)
    forced = np.cumsum(counts, axis=0)[:steps + 1] > 0
    hit = pulse & (start <= steps)
    forced[start[hit], node[hit]] = True
    return forced


def _trace_full(network, ctx, node, inject, raw) -> np.ndarray:
    """The exact change every node owes to one source (a forced node or an edge push)."""
    slope, forced, held, k, c, w_s, lagged, src, steps = ctx
    tgt = network.target
    delta = np.zeros((steps + 1, network.n_nodes))
    if inject is not None:
        delta[0, node] = inject[0]
    for t in range(steps):
        u = k * delta[t] + np.bincount(tgt, w_s * c * delta[lagged[t], src],
                                       minlength=network.n_nodes)
        if raw is not None:
            u[node] += raw[t]
        nxt = slope[t] * u
        nxt[held] = 0.0
        nxt[forced[t + 1]] = 0.0
        if inject is not None and forced[t + 1, node]:
            nxt[node] = inject[t + 1]
        delta[t + 1] = nxt
    return delta


@dataclass
class _Path:
    nodes: tuple[str, ...]
    source: str
    effect: np.ndarray

    @property
    def contribution(self) -> float:
        return float(self.effect[-1])


class Adjacency:
    """Out- and in-edges of every node, as edge indices, for path searches.

    Out-edges are listed strongest (largest ``|weight|``) first; zero weights are left out.
    """

    def __init__(self, network: Network, weight: np.ndarray) -> None:
        n = network.n_nodes
        live = np.flatnonzero(weight != 0)
        by_source = live[np.lexsort((-np.abs(weight[live]), network.source[live]))]
        by_target = live[np.argsort(network.target[live], kind="stable")]
        self.source, self.target = network.source, network.target
        cut = np.searchsorted(network.source[by_source], np.arange(n + 1))
        self.out_edges = [by_source[cut[i]:cut[i + 1]].tolist() for i in range(n)]
        cut = np.searchsorted(network.target[by_target], np.arange(n + 1))
        self.in_edges = [by_target[cut[i]:cut[i + 1]].tolist() for i in range(n)]

    def distances_to(self, end: int, cutoff: int) -> dict[int, int]:
        """Fewest edges from each node to ``end`` (nodes farther than ``cutoff`` left out)."""
        dist, frontier = {end: 0}, [end]
        for step in range(1, cutoff + 1):
            nxt = []
            for node in frontier:
                for e in self.in_edges[node]:
                    s = int(self.source[e])
                    if s not in dist:
                        dist[s] = step
                        nxt.append(s)
            frontier = nxt
        return dist


def simple_paths(graph: Adjacency, start: int, end: int, *, max_length: int,
                 max_paths: int) -> tuple[list[tuple[list[int], list[int]]], bool]:
    """Simple paths start -> end of at most ``max_length`` edges, strongest edges first.

    A depth-first search that only steps to nodes from which ``end`` is still reachable
    within the edges left (distances to ``end`` bound the search), trying out-edges in
    order of decreasing ``|weight|``, so that the first ``max_paths`` paths found tend to be
    the strong ones. Returns (nodes, edges) index lists per path, and whether the search
    stopped at ``max_paths``.
    """
    if start == end:
        return [([start], [])], False
    to_end = graph.distances_to(end, max_length)
    if start not in to_end:
        return [], False
    found: list[tuple[list[int], list[int]]] = []
    nodes, edges, on_path = [start], [], {start}

    def extend(node: int, left: int) -> bool:
        for e in graph.out_edges[node]:
            v = int(graph.target[e])
            if v in on_path or to_end.get(v, left) > left - 1:
                continue
            nodes.append(v)
            edges.append(e)
            if v == end:
                found.append((list(nodes), list(edges)))
                if len(found) >= max_paths:
                    return True
            else:
                on_path.add(v)
                if extend(v, left - 1):
                    return True
                on_path.discard(v)
            nodes.pop()
            edges.pop()
        return False

    return found, extend(start, max_length)


def _paths_from(graph, start, end, source, network, ctx, inject, raw, max_length,
                max_paths, cut: list) -> list[_Path]:
    """Simple paths start -> end of at most ``max_length`` edges, up to ``max_paths``, with
    the effect each carries; appends to ``cut`` whether ``max_paths`` was reached."""
    found, stopped = simple_paths(graph, start, end, max_length=max_length,
                                  max_paths=max_paths)
    cut.append(stopped)
    out = []
    by_length: dict[int, list[tuple[list[int], list[int]]]] = {}
    for path in found:
        by_length.setdefault(len(path[0]), []).append(path)
    ids = network.node_ids
    for group in by_length.values():
        nodes = np.array([p[0] for p in group], dtype=np.intp)
        edges = np.array([p[1] for p in group], dtype=np.intp).reshape(len(group), -1)
        effects = _trace_paths(network, ctx, nodes, edges, inject, raw)
        out += [_Path(tuple(ids[i] for i in p[0]), source, effects[:, j])
                for j, p in enumerate(group)]
    return out


def _trace_paths(network, ctx, nodes, edges, inject, raw) -> np.ndarray:
    """Effects at the end of paths of one length, nodes (P, L) and edges (P, L-1),
    vectorised over the paths."""
    slope, forced, held, k, c, w_s, lagged, src, steps = ctx
    count, length = nodes.shape
    weight = c * w_s[edges]                                             # (P, L-1)
    delay = network.delay[edges]
    head = nodes[:, 0]
    delta = np.zeros((steps + 1, count, length))
    if inject is not None:
        delta[0, :, 0] = inject[0]
    rows = np.arange(count)[:, None]
    for t in range(steps):
        nxt = k * delta[t]
        if length > 1:
            back = np.maximum(t - delay, 0)                             # (P, L-1)
            nxt[:, 1:] += weight * delta[back, rows, np.arange(length - 1)[None, :]]
        if raw is not None:
            nxt[:, 0] += raw[t]
        nxt *= slope[t][nodes]
        nxt[:, 0] = np.where(held[head], 0.0, nxt[:, 0])
        nxt[forced[t + 1][nodes]] = 0.0
        if inject is not None and forced[t + 1, head[0]]:
            nxt[:, 0] = inject[t + 1]
        delta[t + 1] = nxt
    return delta[:, :, -1]
