"""What to keep in view when a room focuses: the few routes that carry a change, or a
node's upstream and downstream.

:func:`carrying_routes` reads a :class:`~windtunnel.engine.breakdown.Breakdown`: its routes
(complete: they add up to the change) are taken largest first until they carry
``share`` of the change's total size (at most :data:`FOCUS_ROUTES` of them), and their
nodes and edges are what the focus view keeps; everything else carries little of the change and fades. :func:`neighbourhood` is
the structural focus on one node (what influences it, what it influences), as PRSM
offers, for a map without results.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Model
from .breakdown import Breakdown

__all__ = ["Focus", "carrying_routes", "neighbourhood", "FOCUS_SHARE", "FOCUS_ROUTES"]

#: The share of a change's size that the routes kept in focus carry ...
FOCUS_SHARE = 0.8
#: ... unless that takes more routes than a room can follow: then the largest these many.
FOCUS_ROUTES = 8


@dataclass(frozen=True)
class Focus:
    """The nodes and edges kept in view, and what they are, in words."""

    nodes: frozenset[str]
    edges: frozenset[tuple[str, str]]
    routes: int              # routes kept (0 for a neighbourhood)
    carried: float           # the share of the change's size they carry (1 for a neighbourhood)


def carrying_routes(explained: Breakdown, share: float = FOCUS_SHARE,
                    most: int = FOCUS_ROUTES) -> Focus:
    """The largest routes of ``explained`` that together carry ``share`` of the size of
    the change (the sum of the routes' absolute values), at most ``most`` of them; always
    the explained node. ``carried`` says how much they carry."""
    total = sum(abs(route.value) for route in explained.routes)
    nodes, edges, carried, kept = {explained.node}, set(), 0.0, 0
    for route in sorted(explained.routes, key=lambda r: -abs(r.value)):
        if total == 0 or carried >= share * total or kept == most:
            break
        nodes.update(route.nodes)
        edges.update(zip(route.nodes, route.nodes[1:]))
        carried += abs(route.value)
        kept += 1
    return Focus(frozenset(nodes), frozenset(edges), kept, carried / total if total else 0.0)


def neighbourhood(model: Model, node_id: str) -> Focus:
    """``node_id``, every node with a path to it, every node it has a path to, and the
    edges along those paths."""
    out: dict[str, list[str]] = {n.id: [] for n in model.nodes}
    into: dict[str, list[str]] = {n.id: [] for n in model.nodes}
    for edge in model.edges:
        out[edge.source].append(edge.target)
        into[edge.target].append(edge.source)
    upstream, downstream = _reach(into, node_id), _reach(out, node_id)
    edges = {e.key for e in model.edges
             if (e.source in upstream and e.target in upstream)
             or (e.source in downstream and e.target in downstream)}
    return Focus(frozenset(upstream | downstream), frozenset(edges), 0, 1.0)


def _reach(links: dict[str, list[str]], start: str) -> set[str]:
    seen, stack = {start}, [start]
    while stack:
        for other in links[stack.pop()]:
            if other not in seen:
                seen.add(other)
                stack.append(other)
    return seen
