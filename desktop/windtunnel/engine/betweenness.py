"""Betweenness centrality, exact on small maps and estimated from pivots on large ones.

Betweenness of node v is the share of shortest paths between other nodes that pass
through v: unweighted, directed, endpoints excluded, normalised by (N - 1)(N - 2), which is
networkx's ``betweenness_centrality(G, normalized=True)`` (Brandes 2001). Exact betweenness
costs one breadth-first search from every node, O(N (N + E)) steps in Python: about 30 s
on a 2,000-node / 6,000-edge map. So:

- up to :data:`EXACT_NODES` nodes it is exact;
- above, it is *estimated* from :data:`PIVOTS` source nodes (pivots) drawn with the fixed
  seed :data:`PIVOT_SEED`, scaled up as networkx's ``betweenness_centrality(k=PIVOTS,
  seed=PIVOT_SEED)`` does (Brandes & Pich 2007), whose numbers these are. The estimate is
  unbiased; its error shrinks like 1 / sqrt(pivots), and rankings of the most central nodes
  are stable long before the values are. Callers may ask for another number of pivots.

Searches run in batches of sources (networkx's ``betweenness_centrality_subset``, summed),
so that a long computation reports progress and can be cancelled (engine/progress.py).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from .progress import Tracker

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import networkx as nx

__all__ = ["betweenness", "betweenness_sources", "EXACT_NODES", "PIVOTS", "PIVOT_SEED"]

#: Largest map (in nodes) whose betweenness is computed exactly by default.
EXACT_NODES = 500
#: Source nodes of the estimate on larger maps.
PIVOTS = 250
#: Seed of the pivot draw: the same map always gets the same estimate.
PIVOT_SEED = 2026
#: Source nodes searched between two progress reports / cancel checks.
_BATCH = 16


def betweenness_sources(n: int, pivots: int | None = None) -> int:
    """How many source nodes :func:`betweenness` searches from on an ``n``-node map."""
    k = (PIVOTS if n > EXACT_NODES else n) if pivots is None else int(pivots)
    return min(k, n)


def betweenness(graph: nx.DiGraph, *, pivots: int | None = None, progress=None,
                cancel=None) -> tuple[dict, int | None]:
    """(node -> normalised betweenness, pivots used or None when exact).

    ``pivots`` None applies the rule above; a number asks for that many pivots (exact when
    it reaches the node count). Raises Cancelled when ``cancel`` asks to stop.
    """
    import networkx as nx

    n = graph.number_of_nodes()
    k = (PIVOTS if n > EXACT_NODES else None) if pivots is None else int(pivots)
    if k is not None and k >= n:
        k = None
    if k is not None and k < 2:
        raise ValueError(f"betweenness needs at least 2 pivots, not {k}")
    sources = list(graph.nodes) if k is None else random.Random(PIVOT_SEED).sample(
        list(graph.nodes), k)
    batches = [sources[i:i + _BATCH] for i in range(0, len(sources), _BATCH)]
    tracker = Tracker(len(batches), progress=progress, cancel=cancel,
                      what="betweenness computation")
    totals = dict.fromkeys(graph, 0.0)
    for batch in batches:
        tracker.check()
        part = nx.betweenness_centrality_subset(graph, batch, list(graph.nodes),
                                                normalized=False)
        for node, value in part.items():
            totals[node] += value
        tracker.advance()
    tracker.finish()
    return _rescale(totals, n, sources if k is not None else None), k


def _rescale(totals: dict, n: int, pivots) -> dict:
    """networkx's normalisation for directed graphs without endpoints (N = n - 1 valid
    targets per source): exact / (N (N - 1)); with k pivots, a pivot's own total is over
    k - 1 sources and every other node's over k, each scaled to N sources."""
    big_n = n - 1
    if big_n < 2:
        return totals
    if pivots is None:
        scale = 1.0 / (big_n * (big_n - 1))
        return {node: value * scale for node, value in totals.items()}
    k = len(pivots)
    chosen = set(pivots)
    own, other = 1.0 / ((k - 1) * (big_n - 1)), 1.0 / (k * (big_n - 1))
    return {node: value * (own if node in chosen else other)
            for node, value in totals.items()}

