"""Compile a model (and a scenario) once into the arrays the simulator runs on.

Everything after compilation is arrays: nodes are numbered in document order, edges are
parallel arrays ``source``/``target`` (node indices), ``weight``, ``delay``, ``low`` and
``high``. Weight matrices, wherever they appear, are oriented **row = source,
column = target** (``matrix[i, j]`` is the weight of the edge i -> j).

A scenario compiles to a :class:`Plan`: the edge weights with its overrides applied, and its
interventions as arrays (node index, pulse flag, value, first and last step). Compiling is
the only place that reads model objects, so the simulator, Monte Carlo, explanations and
sensitivity analysis never see the model. Labels (of nodes and scenarios) are compiled in
the current language (windtunnel.language), so every result, chart and export built from a
network names things as the reader reads them; ids are the same in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from operator import attrgetter

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Model, Scenario, Settings, translated

__all__ = ["Network", "Plan", "compile_model", "compile_scenario", "network_from_matrix",
           "empty_plan", "confidence_bounds", "CONFIDENCE_SPREAD", "FOREVER"]

#: Half-width of an edge's uncertainty range, as a fraction of ``|weight|``, for edges that
#: give no explicit ``low``/``high``: high confidence +-10 %, medium +-25 %, low +-50 %.
#: Relative spreads keep the sign of the influence (the map-maker is sure of the direction
#: even when unsure of the strength) and leave a zero weight at zero.
CONFIDENCE_SPREAD = {"high": 0.10, "medium": 0.25, "low": 0.50}


@dataclass(frozen=True, eq=False)
class Network:
    """A model as arrays. ``E`` edges, ``N`` nodes; all arrays are read-only.

    ``initial`` is the start vector the settings ask for (per-node initial levels, or all
    ones); ``driver`` marks nodes with no incoming edge of non-zero weight.
    """

    node_ids: tuple[str, ...]
    labels: tuple[str, ...]
    source: np.ndarray      # (E,) int, index of the edge's source node
    target: np.ndarray      # (E,) int, index of the edge's target node
    weight: np.ndarray      # (E,) float
    delay: np.ndarray       # (E,) int >= 0
    low: np.ndarray         # (E,) float, lower bound of the weight's uncertainty
    high: np.ndarray        # (E,) float, upper bound
    initial: np.ndarray     # (N,) float, the start vector
    driver: np.ndarray      # (N,) bool
    levers: tuple[int, ...] = ()

    @property
    def n_nodes(self) -> int:
        return len(self.node_ids)

    @property
    def n_edges(self) -> int:
        return len(self.source)

    def index(self, node_id: str) -> int:
        """The position of a node; ModelError naming the valid ids when it is unknown."""
        try:
            return self._index[node_id]
        except KeyError:
            raise ModelError(Problem("node", translate("compile", "there is no node {node_id!r}; valid "
                                                                  "nodes: {node_ids}").format(
                                                 node_id=node_id, node_ids=", ".join(self.node_ids)))) from None

    @property
    def _index(self) -> dict[str, int]:
        cached = self.__dict__.get("_index_cache")
        if cached is None:
            cached = {n: i for i, n in enumerate(self.node_ids)}
            object.__setattr__(self, "_index_cache", cached)
        return cached

    def edge_index(self, source: str, target: str) -> int:
        """The position of the edge source -> target; ModelError when absent. A lookup in
        a table built once, so that a scenario's 100,000 overrides compile in linear time."""
        s, t = self.index(source), self.index(target)
        table = self.__dict__.get("_edge_cache")
        if table is None:
            table = {}
            for e, pair in enumerate(zip(self.source.tolist(), self.target.tolist())):
                table.setdefault(pair, e)
            object.__setattr__(self, "_edge_cache", table)
        try:
            return table[(s, t)]
        except KeyError:
            raise ModelError(Problem("edge", translate("compile", "there is no edge from {source!r} to "
                                                                  "{target!r}").format(
                                                 source=source, target=target))) from None

    def matrix(self, weight: np.ndarray | None = None) -> np.ndarray:
        """The dense weight matrix, row = source, column = target (delays ignored)."""
        out = np.zeros((self.n_nodes, self.n_nodes))
        np.add.at(out, (self.source, self.target), self.weight if weight is None else weight)
        return out


@dataclass(frozen=True, eq=False)
class Plan:
    """One run's inputs besides the network: edge weights and interventions.

    Intervention ``k`` sets node ``node[k]`` to ``value[k]`` at every step from
    ``start[k]`` to ``end[k]`` inclusive (a clamp), or at step ``start[k]`` only when
    ``pulse[k]``. When several interventions set one node at one step, the later one in
    the list wins. ``value`` may be ``(K,)`` or ``(S, K)`` (one row per sample), which is
    how the live slider and lever sensitivity vary values without recompiling.
    ``enabled`` (``(S, K)`` bool, optional) switches intervention k off in sample s, so that
    one batch can run every coalition of a scenario's interventions (the lever
    attribution's Shapley values, attribution.py).
    """

    weight: np.ndarray          # (E,) or (S, E)
    node: np.ndarray            # (K,) int
    pulse: np.ndarray           # (K,) bool
    value: np.ndarray           # (K,) or (S, K) float
    start: np.ndarray           # (K,) int
    end: np.ndarray             # (K,) int, inclusive; a large number means "to the end"
    label: str = "baseline"
    scenario_id: str = ""
    enabled: np.ndarray | None = None   # (S, K) bool, None = every intervention everywhere

    @property
    def n_interventions(self) -> int:
        return len(self.node)

    def settle_step(self, horizon: int | None = None) -> int:
        """The last step (up to ``horizon``) at which an intervention starts or a clamp
        lets go.

        Convergence is only judged after it, so that a run never "converges" before a
        scheduled intervention has happened; events after the horizon never happen.
        """
        if not len(self.node):
            return 0
        release = np.where(self.pulse | (self.end >= FOREVER), self.start, self.end + 1)
        events = np.concatenate([self.start, release])
        if horizon is not None:
            events = events[events <= horizon]
        return int(events.max(initial=0))

    def with_clamp(self, node: int, value: float) -> "Plan":
        """This plan and, last (so that it wins), a clamp of ``node`` over the whole run."""
        values = np.asarray(self.value, dtype=float)
        extra = np.full(values.shape[:-1] + (1,), float(value))
        return replace(self, node=np.append(self.node, node), pulse=np.append(self.pulse, False),
                       value=np.concatenate([values, extra], axis=-1),
                       start=np.append(self.start, 0), end=np.append(self.end, FOREVER))

    def with_values(self, value: np.ndarray) -> "Plan":
        """The same plan with other intervention values (the live slider's fast path)."""
        return replace(self, value=np.asarray(value, dtype=float))


#: The end step of a clamp without an end ("to the end of the run").
FOREVER = 2**31 - 1


def compile_model(model: Model, settings: Settings | None = None) -> Network:
    """The arrays of ``model`` (with ``settings``, default the model's own)."""
    settings = settings or model.settings
    nodes = model.nodes
    ids = tuple(n.id for n in nodes)
    index = {n: i for i, n in enumerate(ids)}
    edges = model.edges
    source, target, weight, delay, confidence, low, high = (
        list(map(attrgetter(name), edges)) for name in _EDGE_FIELDS)
    source = np.fromiter(map(index.__getitem__, source), np.intp, len(edges))
    target = np.fromiter(map(index.__getitem__, target), np.intp, len(edges))
    weight = np.array(weight, dtype=float)
    low, high = _bounds(weight, confidence, low, high)
    if settings.start == "ones":
        initial = np.ones(len(nodes))
    else:
        initial = np.array([n.initial for n in nodes], dtype=float)
    return _network(ids, tuple(translated(n) for n in nodes), source, target, weight,
                    np.array(delay, dtype=np.intp), low, high, initial,
                    tuple(i for i, n in enumerate(nodes) if n.is_lever))


_EDGE_FIELDS = ("source", "target", "weight", "delay", "confidence", "low", "high")


def confidence_bounds(edges) -> tuple[np.ndarray, np.ndarray]:
    """Each edge's (low, high) weight bounds: explicit when given, else from confidence.

    Without explicit bounds the range is ``weight -+ CONFIDENCE_SPREAD[confidence] *
    |weight|``, clipped to [-1, 1]. An explicit bound is used as given.
    """
    edges = list(edges)
    return _bounds(np.array([e.weight for e in edges], dtype=float),
                   [e.confidence for e in edges], [e.low for e in edges],
                   [e.high for e in edges])


def _bounds(weight, confidence, low, high) -> tuple[np.ndarray, np.ndarray]:
    spread = np.fromiter(map(CONFIDENCE_SPREAD.__getitem__, confidence), float,
                         len(weight)) * np.abs(weight)
    explicit_low, explicit_high = _optional(low), _optional(high)
    out_low = np.where(np.isnan(explicit_low), np.clip(weight - spread, -1.0, 1.0),
                       explicit_low)
    out_high = np.where(np.isnan(explicit_high), np.clip(weight + spread, -1.0, 1.0),
                        explicit_high)
    return out_low, out_high


def _optional(values: list) -> np.ndarray:
    """Floats with None as nan (most bounds are None: numpy converts None slowly)."""
    out = np.full(len(values), np.nan)
    given = [i for i, v in enumerate(values) if v is not None]
    if given:
        out[given] = [values[i] for i in given]
    return out


def network_from_matrix(matrix, initial, *, node_ids=None, delay=None) -> Network:
    """A network from a dense weight matrix (row = source, column = target).

    For published FCM examples and other tools' exchange format; unlike a model, a matrix
    may hold self-loops (a diagonal entry is an edge from a node to itself). ``delay``, if
    given, is a matrix of whole-step delays of the same shape.
    """
    matrix = np.asarray(matrix, dtype=float)
    n = matrix.shape[0]
    if matrix.shape != (n, n):
        raise ModelError(Problem("matrix", translate("compile", "shape {shape} is not square").format(
                                               shape=matrix.shape)))
    source, target = np.nonzero(matrix)
    weight = matrix[source, target]
    delays = (np.zeros(len(source), dtype=np.intp) if delay is None
              else np.asarray(delay, dtype=np.intp)[source, target])
    initial = np.asarray(initial, dtype=float)
    if initial.shape != (n,):
        raise ModelError(Problem("initial", translate("compile", "has shape {shape}, not ({n},)").format(
                                                shape=initial.shape, n=n)))
    ids = tuple(node_ids) if node_ids is not None else tuple(f"C{i + 1}" for i in range(n))
    return _network(ids, ids, source.astype(np.intp), target.astype(np.intp), weight, delays,
                    weight.copy(), weight.copy(), initial, ())


def _network(ids, labels, source, target, weight, delay, low, high, initial, levers) -> Network:
    has_input = np.zeros(len(ids), dtype=bool)
    has_input[target[weight != 0]] = True
    arrays = (source, target, weight, delay, low, high, initial)
    for a in arrays:
        a.setflags(write=False)
    driver = ~has_input
    driver.setflags(write=False)
    return Network(ids, labels, source, target, weight, delay, low, high, initial, driver,
                   levers)


def empty_plan(network: Network, weight: np.ndarray | None = None) -> Plan:
    """The baseline: no interventions, the network's own weights."""
    return Plan(network.weight if weight is None else weight, np.zeros(0, dtype=np.intp),
                np.zeros(0, dtype=bool), np.zeros(0), np.zeros(0, dtype=np.intp),
                np.zeros(0, dtype=np.intp))


def compile_scenario(network: Network, scenario: Scenario | None) -> Plan:
    """A scenario's plan on a compiled network (``None`` is the baseline)."""
    if scenario is None:
        return empty_plan(network)
    weight = network.weight         # shared (read-only) unless overridden: the simulator
    if scenario.overrides:          # reuses what it built for the network's own weights
        weight = weight.copy()
        for override in scenario.overrides:
            weight[network.edge_index(override.source, override.target)] = override.weight
        weight.setflags(write=False)
    items = scenario.interventions
    return Plan(
        weight,
        np.array([network.index(v.node) for v in items], dtype=np.intp),
        np.array([v.mode == "pulse" for v in items], dtype=bool),
        np.array([v.value for v in items], dtype=float),
        np.array([v.start for v in items], dtype=np.intp),
        np.array([FOREVER if v.end is None else v.end for v in items], dtype=np.intp),
        label=translated(scenario), scenario_id=scenario.id)
