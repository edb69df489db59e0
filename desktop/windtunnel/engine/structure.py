"""Structure of the map: feedback loops, node metrics, model statistics, chokepoints.

Definitions (so that numbers can be checked by hand and against Mental Modeler):

- **Loop**: a directed cycle of non-zero edges. Its *polarity* is the product of the edge
  signs: positive = *reinforcing*, negative = *balancing*; its *gain* is the product of
  the weights. Enumeration is bounded (``max_length``, ``max_loops``) and says what it cut.
- **Node metrics** (Mental Modeler's definitions, scripts/models/concept.js and mmp.js):
  *indegree* / *outdegree* = sum of ``|weight|`` of incoming / outgoing edges;
  *centrality* = indegree + outdegree; *driver* (outdegree > 0, indegree = 0), *receiver*
  (indegree > 0, outdegree = 0), *ordinary* (both > 0), *isolated* (neither). Plain counts
  of edges in and out, and betweenness (networkx, unweighted, normalised) come with them.
- **Model statistics**: density = edges / (N (N - 1)) (Mental Modeler's code), connections
  per node, number of drivers / receivers / ordinary nodes, complexity = receivers /
  drivers (Özesmi & Özesmi 2004), hierarchy index h = 12 / ((N - 1) N (N + 1)) *
  sum_i (od_i - mean od)^2 with od the weighted outdegree (MacDonald 1983).
- **Chokepoints**: the smallest set of nodes whose removal cuts every path of positive
  edges from a set of actors to an outcome (a minimum node cut, networkx).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import networkx as nx
import numpy as np
import pandas as pd

from ..errors import ModelError, Problem
from .compile import Network

__all__ = ["Loop", "LoopSearch", "find_loops", "NodeMetrics", "node_metrics",
           "ModelStatistics", "model_statistics", "Chokepoints", "chokepoints", "to_graph"]


def to_graph(network: Network, *, weight: np.ndarray | None = None,
             positive_only: bool = False) -> nx.DiGraph:
    """A networkx DiGraph of the non-zero edges (attributes ``weight``, ``delay``)."""
    weight = network.weight if weight is None else weight
    graph = nx.DiGraph()
    graph.add_nodes_from(network.node_ids)
    ids = network.node_ids
    for s, t, w, d in zip(network.source, network.target, weight, network.delay):
        if w != 0 and (w > 0 or not positive_only):
            graph.add_edge(ids[s], ids[t], weight=float(w), delay=int(d))
    return graph


# -- loops ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Loop:
    """A feedback loop: members in order (the edge from the last goes back to the first)."""

    members: tuple[str, ...]
    gain: float
    delay: int

    @property
    def length(self) -> int:
        return len(self.members)

    @property
    def polarity(self) -> str:
        return "reinforcing" if self.gain > 0 else "balancing"


@dataclass(frozen=True)
class LoopSearch:
    """The loops found, and what the bounded search left out."""

    loops: tuple[Loop, ...]
    max_length: int | None
    max_loops: int
    truncated: bool        # stopped at max_loops: more loops exist

    @property
    def note(self) -> str:
        """A sentence on the search's limits, for users."""
        parts = []
        if self.max_length is not None:
            parts.append(f"loops longer than {self.max_length} nodes were not searched")
        if self.truncated:
            parts.append(f"the search stopped after {self.max_loops} loops; more exist")
        return "; ".join(parts) or "all loops listed"

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [(i + 1, lp.polarity, lp.length, lp.gain, lp.delay, " -> ".join(lp.members))
             for i, lp in enumerate(self.loops)],
            columns=["loop", "polarity", "length", "gain", "delay", "members"])


def find_loops(network: Network, *, max_length: int | None = 12, max_loops: int = 10_000,
               weight: np.ndarray | None = None) -> LoopSearch:
    """Feedback loops, strongest (|gain|) first, each starting at its first member in
    document order. Bounded: loops longer than ``max_length`` are not searched and at most
    ``max_loops`` are listed."""
    graph = to_graph(network, weight=weight)
    order = {n: i for i, n in enumerate(network.node_ids)}
    cycles = nx.simple_cycles(graph, length_bound=max_length)
    found = list(islice(cycles, max_loops + 1))
    truncated = len(found) > max_loops
    loops = []
    for cycle in found[:max_loops]:
        first = min(range(len(cycle)), key=lambda i: order[cycle[i]])
        members = tuple(cycle[first:] + cycle[:first])
        pairs = list(zip(members, members[1:] + members[:1]))
        gain = float(np.prod([graph.edges[p]["weight"] for p in pairs]))
        loops.append(Loop(members, gain, sum(graph.edges[p]["delay"] for p in pairs)))
    loops.sort(key=lambda lp: (-abs(lp.gain), lp.length, [order[m] for m in lp.members]))
    return LoopSearch(tuple(loops), max_length, max_loops, truncated)


# -- node metrics and model statistics -------------------------------------------------------

@dataclass(frozen=True, eq=False)
class NodeMetrics:
    """Per-node metrics, arrays in node order."""

    node_ids: tuple[str, ...]
    labels: tuple[str, ...]
    in_count: np.ndarray
    out_count: np.ndarray
    indegree: np.ndarray       # sum |w| in
    outdegree: np.ndarray      # sum |w| out
    centrality: np.ndarray
    role: tuple[str, ...]      # driver | receiver | ordinary | isolated
    betweenness: np.ndarray

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({
            "label": self.labels, "in_edges": self.in_count, "out_edges": self.out_count,
            "indegree": self.indegree, "outdegree": self.outdegree,
            "centrality": self.centrality, "role": self.role,
            "betweenness": self.betweenness}, index=pd.Index(self.node_ids, name="node"))


def node_metrics(network: Network, *, weight: np.ndarray | None = None) -> NodeMetrics:
    weight = network.weight if weight is None else weight
    n = network.n_nodes
    live = weight != 0
    src, tgt, w = network.source[live], network.target[live], np.abs(weight[live])
    indegree = np.bincount(tgt, weights=w, minlength=n)
    outdegree = np.bincount(src, weights=w, minlength=n)
    role = tuple("ordinary" if i > 0 and o > 0 else "receiver" if i > 0
                 else "driver" if o > 0 else "isolated" for i, o in zip(indegree, outdegree))
    between = nx.betweenness_centrality(to_graph(network, weight=weight), normalized=True)
    return NodeMetrics(network.node_ids, network.labels,
                       np.bincount(tgt, minlength=n), np.bincount(src, minlength=n),
                       indegree, outdegree, indegree + outdegree, role,
                       np.array([between[i] for i in network.node_ids]))


@dataclass(frozen=True)
class ModelStatistics:
    nodes: int
    edges: int
    density: float
    edges_per_node: float
    drivers: int
    receivers: int
    ordinary: int
    complexity: float | None        # receivers / drivers; None without drivers
    hierarchy: float | None         # None with fewer than 2 nodes

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({"value": list(self.__dict__.values())},
                            index=pd.Index(list(self.__dict__), name="statistic"))


def model_statistics(network: Network, metrics: NodeMetrics | None = None) -> ModelStatistics:
    metrics = metrics or node_metrics(network)
    n = network.n_nodes
    e = int(np.count_nonzero(network.weight))
    roles = {r: metrics.role.count(r) for r in ("driver", "receiver", "ordinary")}
    od = metrics.outdegree
    hierarchy = (float(12.0 / ((n - 1) * n * (n + 1)) * np.sum((od - od.mean()) ** 2))
                 if n >= 2 else None)
    return ModelStatistics(
        nodes=n, edges=e, density=e / (n * (n - 1)) if n >= 2 else 0.0,
        edges_per_node=e / n if n else 0.0, drivers=roles["driver"],
        receivers=roles["receiver"], ordinary=roles["ordinary"],
        complexity=roles["receiver"] / roles["driver"] if roles["driver"] else None,
        hierarchy=hierarchy)


# -- chokepoints ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Chokepoints:
    """A smallest node cut between actors and an outcome in the positive-edge graph.

    ``nodes`` is empty when no positive path exists (``connected`` False); ``direct`` lists
    actors with a positive edge straight to the outcome, which no node removal can cut.
    """

    actors: tuple[str, ...]
    outcome: str
    nodes: tuple[str, ...]
    connected: bool
    direct: tuple[str, ...] = ()


def chokepoints(network: Network, actors, outcome: str, *,
                weight: np.ndarray | None = None) -> Chokepoints:
    """The fewest nodes (not the actors or the outcome) cutting every positive path."""
    actors = tuple(dict.fromkeys(actors))
    if not actors:
        raise ModelError(Problem("actors", "give at least one actor"))
    for node in actors + (outcome,):
        network.index(node)
    if outcome in actors:
        raise ModelError(Problem("outcome", f"{outcome!r} is also one of the actors"))
    graph = to_graph(network, weight=weight, positive_only=True)
    direct = tuple(a for a in actors if graph.has_edge(a, outcome))
    source = ("__actors__",)
    merged = graph.copy()
    merged.add_node(source)
    for actor in actors:
        for succ in graph.successors(actor):
            if succ not in actors and succ != outcome:
                merged.add_edge(source, succ)
    merged.remove_nodes_from(actors)
    reachable = nx.has_path(merged, source, outcome)
    cut = nx.minimum_node_cut(merged, source, outcome) if reachable else set()
    order = {n: i for i, n in enumerate(network.node_ids)}
    return Chokepoints(actors, outcome, tuple(sorted(cut, key=order.get)),
                       reachable or bool(direct), direct)
