"""Structure of the map: feedback loops, node metrics, model statistics, chokepoints.

Definitions (so that numbers can be checked by hand and against Mental Modeler):

- **Loop**: a directed cycle of non-zero edges. Its *polarity* is the product of the edge
  signs: positive = *reinforcing*, negative = *balancing*; its *gain* is the product of
  the weights. Enumeration is bounded (``max_length``, ``max_loops``) and says what it cut.
- **Node metrics** (Mental Modeler's definitions, scripts/models/concept.js and mmp.js):
  *indegree* / *outdegree* = sum of ``|weight|`` of incoming / outgoing edges;
  *centrality* = indegree + outdegree; *driver* (outdegree > 0, indegree = 0), *receiver*
  (indegree > 0, outdegree = 0), *ordinary* (both > 0), *isolated* (neither). Plain counts
  of edges in and out, and betweenness (networkx, unweighted, normalised) come with them;
  betweenness is exact up to 500 nodes and estimated from pivots above (betweenness.py).
- **Model statistics**: density = edges / (N (N - 1)) (Mental Modeler's code), connections
  per node, number of drivers / receivers / ordinary nodes, complexity = receivers /
  drivers (Özesmi & Özesmi 2004), hierarchy index h = 12 / ((N - 1) N (N + 1)) *
  sum_i (od_i - mean od)^2 with od the weighted outdegree (MacDonald 1983).
- **Chokepoints**: the smallest set of nodes whose removal cuts every path of positive
  edges from a set of actors to an outcome (a minimum node cut, networkx).

Loops, node metrics and chokepoints take ``progress`` and ``cancel`` (engine/progress.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from .betweenness import betweenness, betweenness_sources
from .budget import WORK_LIMITS, WorkLimits, check, structure_cost
from .compile import Network
from .progress import Tracker

if TYPE_CHECKING:        # pandas and networkx load when a function needs them, not at start-up
    import networkx as nx
    import pandas as pd

__all__ = ["LONGEST_LOOP", "Loop", "LoopSearch", "find_loops", "NodeMetrics", "node_metrics",
           "ModelStatistics", "model_statistics", "Chokepoints", "chokepoints", "to_graph"]

#: The longest feedback loop searched, in nodes: by every view of the loops (the Structure
#: tab, the loops over time, the results workbook, the command line's default), so that
#: none lists a loop another says is not there.
LONGEST_LOOP = 12


def to_graph(network: Network, *, weight: np.ndarray | None = None,
             positive_only: bool = False) -> nx.DiGraph:
    """A networkx DiGraph of the non-zero edges (attributes ``weight``, ``delay``)."""
    import networkx as nx

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
    timed_out: float | None = None   # the time budget (s) the search ran out of, if it did

    @property
    def note(self) -> str:
        """A sentence on the search's limits, for users."""
        parts = []
        if self.max_length is not None:
            parts.append(translate("structure", "loops longer than {length} nodes were not "
                                                "searched").format(length=self.max_length))
        if self.truncated:
            parts.append(translate("structure", "the search stopped after {count} loops; more "
                                                "exist").format(count=self.max_loops))
        if self.timed_out is not None:
            parts.append(translate("structure", "the search stopped after its time budget of "
                                                "{seconds} s with {count} loops; more may "
                                                "exist").format(seconds=f"{self.timed_out:g}",
                                                                count=len(self.loops)))
        return (translate("structure", "; ").join(parts)
                or translate("structure", "all loops listed"))

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(
            [(i + 1, lp.polarity, lp.length, lp.gain, lp.delay, " -> ".join(lp.members))
             for i, lp in enumerate(self.loops)],
            columns=["loop", "polarity", "length", "gain", "delay", "members"])


def find_loops(network: Network, *, max_length: int | None = LONGEST_LOOP, max_loops: int = 10_000,
               weight: np.ndarray | None = None, progress=None, cancel=None,
               time_budget: float | None = None) -> LoopSearch:
    """Feedback loops, strongest (|gain|) first, each starting at its first member in
    document order. Bounded: loops longer than ``max_length`` are not searched, at most
    ``max_loops`` are listed, and with ``time_budget`` (seconds) the search stops once it
    has used it (checked every :data:`_LOOP_BATCH` loops) and says so. Progress counts
    loops found against ``max_loops`` (the search cannot know how many exist) and jumps to 1
    when it ends; cancel is checked every :data:`_LOOP_BATCH` loops."""
    import time

    import networkx as nx

    graph = to_graph(network, weight=weight)
    order = {n: i for i, n in enumerate(network.node_ids)}
    cycles = nx.simple_cycles(graph, length_bound=max_length)
    tracker = Tracker(max_loops + 1, progress=progress, cancel=cancel, what="loop search")
    found: list = []
    deadline = None if time_budget is None else time.monotonic() + time_budget
    timed_out = None
    while len(found) <= max_loops:
        if deadline is not None and time.monotonic() > deadline:
            timed_out = time_budget
            break
        tracker.check()
        batch = list(islice(cycles, min(_LOOP_BATCH, max_loops + 1 - len(found))))
        if not batch:
            break
        found.extend(batch)
        tracker.advance(len(batch))
    tracker.finish()
    truncated = len(found) > max_loops
    loops = []
    for cycle in found[:max_loops]:
        first = min(range(len(cycle)), key=lambda i: order[cycle[i]])
        members = tuple(cycle[first:] + cycle[:first])
        pairs = list(zip(members, members[1:] + members[:1]))
        gain = float(np.prod([graph.edges[p]["weight"] for p in pairs]))
        loops.append(Loop(members, gain, sum(graph.edges[p]["delay"] for p in pairs)))
    loops.sort(key=lambda lp: (-abs(lp.gain), lp.length, [order[m] for m in lp.members]))
    return LoopSearch(tuple(loops), max_length, max_loops, truncated, timed_out)


#: Loops found between two cancel checks.
_LOOP_BATCH = 500


# -- node metrics and model statistics -------------------------------------------------------

@dataclass(frozen=True, eq=False)
class NodeMetrics:
    """Per-node metrics, arrays in node order.

    ``betweenness_pivots`` is None when betweenness is exact, else the number of source
    nodes (pivots) its estimate is based on (see :attr:`note`)."""

    node_ids: tuple[str, ...]
    labels: tuple[str, ...]
    in_count: np.ndarray
    out_count: np.ndarray
    indegree: np.ndarray       # sum |w| in
    outdegree: np.ndarray      # sum |w| out
    centrality: np.ndarray
    role: tuple[str, ...]      # driver | receiver | ordinary | isolated
    betweenness: np.ndarray
    betweenness_pivots: int | None = None

    @property
    def betweenness_exact(self) -> bool:
        return self.betweenness_pivots is None

    @property
    def note(self) -> str:
        """A sentence on how betweenness was computed, for users."""
        if self.betweenness_exact:
            return translate("structure", "betweenness is exact")
        return translate("structure", "betweenness is an estimate from {pivots} of {count} "
                                      "nodes as sources (pivots drawn with a fixed "
                                      "seed)").format(pivots=self.betweenness_pivots,
                                                      count=len(self.node_ids))

    def to_frame(self) -> pd.DataFrame:
        """One row per node; ``attrs["note"]`` says whether betweenness is an estimate."""
        import pandas as pd

        frame = pd.DataFrame({
            "label": self.labels, "in_edges": self.in_count, "out_edges": self.out_count,
            "indegree": self.indegree, "outdegree": self.outdegree,
            "centrality": self.centrality, "role": self.role,
            "betweenness": self.betweenness}, index=pd.Index(self.node_ids, name="node"))
        frame.attrs["note"] = self.note
        frame.attrs["betweenness_pivots"] = self.betweenness_pivots
        return frame


def node_metrics(network: Network, *, weight: np.ndarray | None = None,
                 pivots: int | None = None, progress=None, cancel=None,
                 limits: WorkLimits = WORK_LIMITS) -> NodeMetrics:
    """Per-node metrics. Betweenness, the only costly part, is exact up to
    ``betweenness.EXACT_NODES`` nodes and estimated from pivots above, or from ``pivots``
    source nodes when given; ``progress``/``cancel`` follow its searches. Refused before
    any work when its cost passes ``limits`` (budget.py)."""
    check(structure_cost(network, sources=betweenness_sources(network.n_nodes, pivots)), limits)
    in_count, out_count, indegree, outdegree, role = _degrees(network, weight)
    between, used = betweenness(to_graph(network, weight=weight), pivots=pivots,
                                progress=progress, cancel=cancel)
    return NodeMetrics(network.node_ids, network.labels, in_count, out_count, indegree,
                       outdegree, indegree + outdegree, role,
                       np.array([between[i] for i in network.node_ids]), used)


def _degrees(network: Network, weight: np.ndarray | None = None) -> tuple:
    """Edge counts in and out, weighted degrees in and out, and roles (cheap metrics)."""
    weight = network.weight if weight is None else weight
    n = network.n_nodes
    live = weight != 0
    src, tgt, w = network.source[live], network.target[live], np.abs(weight[live])
    indegree = np.bincount(tgt, weights=w, minlength=n)
    outdegree = np.bincount(src, weights=w, minlength=n)
    role = tuple("ordinary" if i > 0 and o > 0 else "receiver" if i > 0
                 else "driver" if o > 0 else "isolated" for i, o in zip(indegree, outdegree))
    return (np.bincount(tgt, minlength=n), np.bincount(src, minlength=n), indegree,
            outdegree, role)


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
        import pandas as pd

        return pd.DataFrame({"value": list(self.__dict__.values())},
                            index=pd.Index(list(self.__dict__), name="statistic"))


def model_statistics(network: Network, metrics: NodeMetrics | None = None) -> ModelStatistics:
    """Statistics of the whole map (degrees only: cheap even without ``metrics``)."""
    if metrics is None:
        _, _, _, od, role = _degrees(network)
    else:
        od, role = metrics.outdegree, metrics.role
    n = network.n_nodes
    e = int(np.count_nonzero(network.weight))
    roles = {r: role.count(r) for r in ("driver", "receiver", "ordinary")}
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
                weight: np.ndarray | None = None, progress=None,
                cancel=None) -> Chokepoints:
    """The fewest nodes (not the actors or the outcome) cutting every positive path.

    One flow computation (networkx): ``cancel`` is checked before it and ``progress``
    reports 0.5 once the graph is built and 1.0 at the end."""
    import networkx as nx

    tracker = Tracker(2, progress=progress, cancel=cancel, what="chokepoint search")
    actors = tuple(dict.fromkeys(actors))
    if not actors:
        raise ModelError(Problem("actors", translate("structure", "give at least one actor")))
    for node in actors + (outcome,):
        network.index(node)
    if outcome in actors:
        raise ModelError(Problem("outcome", translate("structure", "{outcome!r} is also one of the actors").format(
                                                outcome=outcome)))
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
    tracker.check()
    tracker.advance()
    reachable = nx.has_path(merged, source, outcome)
    cut = nx.minimum_node_cut(merged, source, outcome) if reachable else set()
    tracker.finish()
    order = {n: i for i, n in enumerate(network.node_ids)}
    return Chokepoints(actors, outcome, tuple(sorted(cut, key=order.get)),
                       reachable or bool(direct), direct)
