"""How alike two maps are, and how a map scores against a reference map.

A map here is a dict ``{(source, target): weight}`` over node keys that the caller has
already aligned (ids, or labels normalised as Mental Modeler does: lower case, trimmed).

- :func:`jaccard`: shared edges over all edges drawn by either map (direction counts,
  sign does not); 1 for two empty maps.
- :func:`weighted_similarity`: ``1 - sum |a - b| / sum (|a| + |b|)`` over the union of
  edges (an edge absent from one map weighs 0 there): 1 for identical weights, 0 when
  no edge is shared or every shared edge has opposite signs of equal strength.
- :func:`compare`: Mental Modeler's compare module (mentalmodeler/mm-compare,
  Compare.js): against a reference, the map's edges are *extra* (not in the reference),
  *missing* (in the reference, not in the map), *correctly signed* or *wrongly signed*
  (in both, same or other sign; 0 matches only 0), and the score is
  ``correctly signed - (extra + missing)``. Windtunnel also lists *reversed* edges (an
  extra edge whose reverse is missing) without changing the score. Where Compare.js looks
  up the reference edge by the source and the *map's* target twice, Windtunnel matches
  source and target, which is what its result table describes.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["jaccard", "weighted_similarity", "Comparison", "compare"]

Key = tuple[str, str]


def jaccard(a: dict[Key, float], b: dict[Key, float]) -> float:
    """Edge-set Jaccard index of two maps."""
    union = set(a) | set(b)
    return 1.0 if not union else len(set(a) & set(b)) / len(union)


def weighted_similarity(a: dict[Key, float], b: dict[Key, float]) -> float:
    """One minus the weight differences over the total weight (module docstring)."""
    union = set(a) | set(b)
    total = sum(abs(a.get(k, 0.0)) + abs(b.get(k, 0.0)) for k in union)
    if total == 0:
        return 1.0
    return 1.0 - sum(abs(a.get(k, 0.0) - b.get(k, 0.0)) for k in union) / total


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


@dataclass(frozen=True)
class Comparison:
    """A map against a reference (Mental Modeler's compare scoring)."""

    extra_nodes: tuple[str, ...]
    missing_nodes: tuple[str, ...]
    extra: tuple[Key, ...]
    missing: tuple[Key, ...]
    correctly_signed: tuple[Key, ...]
    wrongly_signed: tuple[Key, ...]
    reversed: tuple[Key, ...]

    @property
    def score(self) -> int:
        return len(self.correctly_signed) - (len(self.extra) + len(self.missing))


def compare(edges: dict[Key, float], reference: dict[Key, float], *,
            nodes: tuple[str, ...] = (), reference_nodes: tuple[str, ...] = ()) -> Comparison:
    """Score a map against a reference map; edges in each map's own order."""
    extra = tuple(k for k in edges if k not in reference)
    missing = tuple(k for k in reference if k not in edges)
    shared = [k for k in edges if k in reference]
    right = tuple(k for k in shared if _sign(edges[k]) == _sign(reference[k]))
    wrong = tuple(k for k in shared if _sign(edges[k]) != _sign(reference[k]))
    reversed_ = tuple(k for k in extra if (k[1], k[0]) in missing)
    own, theirs = set(nodes), set(reference_nodes)
    return Comparison(tuple(n for n in nodes if n not in theirs),
                      tuple(n for n in reference_nodes if n not in own),
                      extra, missing, right, wrong, reversed_)
