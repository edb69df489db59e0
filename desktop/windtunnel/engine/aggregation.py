"""Many voices, one map: participants' ratings as arrays, their aggregate, their disagreement.

The ratings of a model's participants become a :class:`RatingTable`: a (participants x
edges) array of weights, NaN where a participant did not rate an edge, and the terms they
used. The edges are the shared map's edges in document order, then the pairs only
participants drew (their own extra edges), in the order first rated.

Aggregation (the method the model's settings record) turns the table into one weight per
edge, the map's *working weights*:

- ``mean`` / ``median``, weighted by each participant's credibility (equal credibilities
  give the plain mean and median). fcmconfr's two semantics for the edges a participant
  did not rate (``include_zeroes``): ``zeros="include"`` counts them as 0, so an edge rated
  by one participant in four is a quarter as strong; ``zeros="ignore"`` leaves them out, so
  the aggregate is over the participants who rated the edge. Only an absent rating (NaN)
  is left out: an explicit rating of 0 (or the term NA, "no effect") is a view, and counts
  as 0 under both. fcmconfr's adjacency matrices cannot tell the two apart and leave out
  every 0; Windtunnel's importers store a matrix's 0 cell as no rating, so its published
  test values are still reproduced (tests/engine/test_aggregation.py, the matrix zeros
  written as NaN). A rating given only as a term counts as the term's crisp weight
  (:func:`~windtunnel.engine.linguistic.term_weight`).
- ``linguistic``: FCMpy's expert-FCM pipeline (:mod:`windtunnel.engine.linguistic`). Each
  term's share of the participants (credibility-weighted; over every participant with
  ``include``, over those who rated the edge, NA included, with ``ignore``) activates its
  triangle; a numeric rating counts as its nearest term.

Ratings with bounds (fcmconfr's interval and triangular fuzzy weights) aggregate bound by
bound by the same rule (a rating without bounds is its weight at both ends), which is how
fcmconfr aggregates them; the edge's low/high become the aggregate bounds of the edges some
participant gave bounds for. A given rating's zero bound counts under both rules: the
triangle (0, 0, 0.4) is a view, not a missing edge. fcmconfr's aggregate_fcms_w_tfns and
aggregate_fcms_w_ivfns do the same with include_zeroes off: they keep such "false zeros"
(a zero lower bound, or zero lower bound and mode, under a non-zero upper one), and their
tests expect the mean of (0.4, 0.4, 0.6), (0.6, 0.7, 1), (0.2, 0.4, 0.6) and (0, 0, 0.4)
to be (0.3, 0.375, 0.65) either way. Their check does not see a zero mode between bounds
of both signs, (-0.2, 0, 0.3), and drops it, which can put the aggregate's mode above its
upper bound; here that mode counts too, as every explicit 0 does.

A participant's own map (:func:`participant_weights`) is their rating where they gave one;
an edge they did not rate is 0 with ``include`` (they did not draw it) and the aggregate
with ``ignore`` (they expressed no view). An edge no participant rated keeps the shared
map's weight on every participant's map, as it does on the shared map: the room gave no
view of it, so the maps differ only where someone spoke (with ``include`` it was 0 on
every participant's map, and a room that rated two edges of a hundred ran a hundred maps
of two edges, none of which could say anything the shared map said). That array
(participants x edges) is what runs per participant and what experiments sample. Its
``drawn`` mask says which edges are on each participant's map, for the samplers that move a
map's weights within bounds: every edge but those left at 0 as not drawn (absent with
``include``); an explicit rating of 0 is drawn, a "no effect" whose weight is as uncertain
as any other's, so it moves as the aggregate's edge does.

The weights a map takes (:func:`working_weights`, :func:`apply_working_weights`; the mean
of a matrix workbook's participant sheets too) are rounded to :data:`AGGREGATE_DECIMALS`
decimals (:func:`as_typed`): the mean of 0.4, 0.2 and -0.3 is
0.10000000000000003 in binary arithmetic and that of 0.1, 0.2 and -0.3 is 1.9e-17, and a
saved map should read 0.1 and 0, as the analyst would have typed them, and diff well. The
rounding moves a weight (in [-1, 1]) by at most 5e-13, far below anything a run can tell
apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..model import LINGUISTIC_TERMS, Edge, Model, Settings, translated
from .linguistic import linguistic_weights, nearest_term, term_weight

__all__ = ["RatingTable", "rating_table", "aggregate", "aggregate_table", "aggregate_bounds",
           "working_weights",
           "apply_working_weights", "participant_weights", "ParticipantWeights",
           "term_shares", "aggregate_without", "as_typed", "AGGREGATE_DECIMALS"]

_NO_TERM = -1

AGGREGATE_DECIMALS = 12
"""Decimals of an aggregate weight (module docstring)."""


@dataclass(frozen=True)
class RatingTable:
    """Participants' ratings as arrays; see the module docstring for the edge order.

    ``weights`` (participants, edges): the weight each participant gave (a term-only
    rating counts as its term's crisp weight), NaN where they gave none. ``terms``: index
    of the term in :data:`LINGUISTIC_TERMS`, -1 where the rating has no term.
    ``shared``: how many of the first edges are the shared map's edges. ``lows`` and
    ``highs``: the ratings' bounds (the weight where a rating has none), NaN where unrated;
    ``bounded`` marks the edges some participant gave bounds for."""

    participants: tuple[str, ...]
    labels: tuple[str, ...]
    edges: tuple[tuple[str, str], ...]
    weights: np.ndarray
    terms: np.ndarray
    credibility: np.ndarray
    shared: int
    lows: np.ndarray
    highs: np.ndarray
    bounded: np.ndarray

    def to_frame(self):
        """Participants (rows, by label) x edges (columns ``source -> target``)."""
        import pandas as pd
        return pd.DataFrame(self.weights, index=list(self.labels),
                            columns=[f"{s} -> {t}" for s, t in self.edges])


def rating_table(model: Model) -> RatingTable:
    """The ratings of ``model``'s participants as a :class:`RatingTable`."""
    column = {edge.key: i for i, edge in enumerate(model.edges)}
    extra: dict[tuple[str, str], int] = {}
    participants = model.participants
    cells = []
    for p_index, participant in enumerate(participants):
        for rating in participant.ratings:
            key = rating.key
            j = column.get(key)
            if j is None:
                j = extra.setdefault(key, len(column) + len(extra))
            cells.append((p_index, j, rating))
    edges = tuple(e.key for e in model.edges) + tuple(extra)
    weights = np.full((len(participants), len(edges)), np.nan)
    terms = np.full((len(participants), len(edges)), _NO_TERM, dtype=np.int8)
    lows, highs = weights.copy(), weights.copy()
    bounded = np.zeros(len(edges), dtype=bool)
    for p_index, j, rating in cells:
        if rating.term:
            terms[p_index, j] = LINGUISTIC_TERMS.index(rating.term)
        weight = term_weight(rating.term) if rating.weight is None else rating.weight
        weights[p_index, j] = weight
        lows[p_index, j] = weight if rating.low is None else rating.low
        highs[p_index, j] = weight if rating.high is None else rating.high
        bounded[j] |= rating.low is not None or rating.high is not None
    return RatingTable(tuple(p.id for p in participants), tuple(translated(p) for p in participants),
                       edges, weights, terms,
                       np.array([p.credibility for p in participants], dtype=float),
                       len(model.edges), lows, highs, bounded)


def aggregate(weights: np.ndarray, *, method: str = "mean", zeros: str = "include",
              credibility: np.ndarray | None = None) -> np.ndarray:
    """One weight per edge from ``weights`` (participants, edges; NaN = not rated).

    fcmconfr's semantics (module docstring): ``ignore`` leaves out NaN only, an explicit 0
    counts; an edge nobody counts has weight 0."""
    w = np.asarray(weights, dtype=float)
    c = np.ones(w.shape[0]) if credibility is None else np.asarray(credibility, dtype=float)
    if method not in ("mean", "median"):
        raise ValueError(f"aggregation {method!r} is not mean or median")
    if zeros == "include":
        values = np.where(np.isnan(w), 0.0, w)
        counted = np.broadcast_to(c[:, None], w.shape).copy()
    elif zeros == "ignore":
        rated = ~np.isnan(w)
        values = np.where(rated, w, 0.0)
        counted = np.where(rated, c[:, None], 0.0)
    else:
        raise ValueError(f"zeros {zeros!r} is not include or ignore")
    total = counted.sum(axis=0)
    if method == "mean":
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(total > 0, (values * counted).sum(axis=0) / np.where(total > 0, total, 1), 0.0)
    return _weighted_median(values, counted, total)


def _weighted_median(values: np.ndarray, counted: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Per column, the value at half the counted weight; the midpoint of the two values
    when the half falls exactly between them (so equal weights give the ordinary median)."""
    order = np.argsort(np.where(counted > 0, values, np.inf), axis=0, kind="stable")
    v = np.take_along_axis(values, order, axis=0)
    c = np.take_along_axis(counted, order, axis=0)
    running = np.cumsum(c, axis=0)
    half = total / 2.0
    tol = 1e-12 * np.maximum(total, 1.0)
    first = np.argmax(running >= half - tol, axis=0)
    cols = np.arange(values.shape[1])
    at_half = np.abs(running[first, cols] - half) <= tol
    # the next value that is counted, for the midpoint
    later = np.where((np.arange(len(v))[:, None] > first) & (c > 0), np.arange(len(v))[:, None],
                     len(v))
    nxt = later.min(axis=0)
    low = v[first, cols]
    high = np.where(nxt < len(v), v[np.minimum(nxt, len(v) - 1), cols], low)
    result = np.where(at_half, (low + high) / 2.0, low)
    return np.where(total > 0, result, 0.0)


def term_shares(table: RatingTable, *, zeros: str = "include") -> np.ndarray:
    """Each edge's credibility-weighted share of each term: (edges, terms), rows summing to
    1 over the participants counted (or less with ``include`` when some did not rate);
    ``ignore`` counts those who rated the edge, an explicit NA among them."""
    terms = np.where(table.terms >= 0, table.terms,
                     np.where(np.isnan(table.weights), _NO_TERM,
                              nearest_term(np.nan_to_num(table.weights))))
    c = table.credibility
    shares = np.zeros((len(table.edges), len(LINGUISTIC_TERMS)))
    for k in range(len(LINGUISTIC_TERMS)):
        shares[:, k] = ((terms == k) * c[:, None]).sum(axis=0)
    if zeros == "include":
        total = np.full(len(table.edges), c.sum())
    else:
        total = ((terms >= 0) * c[:, None]).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total[:, None] > 0, shares / np.where(total > 0, total, 1)[:, None], 0.0)


def aggregate_table(table: RatingTable, settings: Settings) -> np.ndarray:
    """The working weight of every edge of ``table`` by the method ``settings`` record."""
    if settings.aggregation == "linguistic":
        weights = linguistic_weights(term_shares(table, zeros=settings.aggregation_zeros),
                                     implication=settings.implication,
                                     union_method=settings.union,
                                     defuzzification=settings.defuzzification)
    else:
        weights = aggregate(table.weights, method=settings.aggregation,
                            zeros=settings.aggregation_zeros, credibility=table.credibility)
    return np.clip(weights, -1.0, 1.0)


def aggregate_without(table: RatingTable, index: int, settings: Settings) -> np.ndarray:
    """The working weight of every edge of ``table`` by the others than participant
    ``index``: the room's view to compare that participant's with, which their own rating
    does not pull towards theirs."""
    keep = np.arange(len(table.participants)) != index
    others = replace(table, participants=tuple(np.array(table.participants)[keep]),
                     labels=tuple(np.array(table.labels)[keep]), weights=table.weights[keep],
                     terms=table.terms[keep], credibility=table.credibility[keep],
                     lows=table.lows[keep], highs=table.highs[keep])
    return aggregate_table(others, settings)


def aggregate_bounds(table: RatingTable, settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """The aggregate low and high bound of every edge, bound by bound (fcmconfr's interval
    and triangular aggregation); the linguistic method gives no bounds (NaN)."""
    if settings.aggregation == "linguistic":
        nan = np.full(len(table.edges), np.nan)
        return nan, nan.copy()
    return tuple(np.clip(aggregate(bound, method=settings.aggregation,
                                   zeros=settings.aggregation_zeros,
                                   credibility=table.credibility), -1.0, 1.0)
                 for bound in (table.lows, table.highs))


def working_weights(model: Model) -> dict[tuple[str, str], float]:
    """The aggregate weight of every edge some participant rated, by the model's settings."""
    return {key: weight for key, (weight, _low, _high) in _working(model).items()}


def _working(model: Model) -> dict[tuple[str, str], tuple[float, float | None, float | None]]:
    """(weight, low, high) of every rated edge; bounds None where no participant gave any."""
    table = rating_table(model)
    if not table.participants:
        return {}
    weights = aggregate_table(table, model.settings)
    lows, highs = aggregate_bounds(table, model.settings)
    rated = ~np.isnan(table.weights).all(axis=0)
    out = {}
    for j in np.flatnonzero(rated):
        w = as_typed(weights[j])
        if table.bounded[j] and not np.isnan(lows[j]):
            out[table.edges[j]] = (w, min(as_typed(lows[j]), w), max(as_typed(highs[j]), w))
        else:
            out[table.edges[j]] = (w, None, None)
    return out


def as_typed(value: float) -> float:
    """``value`` to :data:`AGGREGATE_DECIMALS` decimals (0.1, not 0.10000000000000003;
    0, not 1.9e-17)."""
    return round(float(value), AGGREGATE_DECIMALS) + 0.0     # + 0.0: never -0.0


def apply_working_weights(model: Model) -> list[Edge]:
    """Set each rated shared edge's weight (and, where participants gave bounds, its
    low/high) to the aggregate, and give each edge no one rates any more its own weight
    back; return the edges as they were before (for undo), only those that changed.
    Bounds that the new weight would leave outside are widened to it.

    The first time an edge takes the aggregate, its own weight and bounds are kept beside
    it (:attr:`Edge.unrated_weight`, saved with the file), so that clearing its last
    rating, or removing its last rater, returns it to the weight the map gave it. An edge
    rated in a file that does not keep them (format version 5 or older) keeps the weight
    it had when loaded."""
    before = []
    working = _working(model)
    for key, (weight, low, high) in working.items():
        edge = model.edge(*key)
        if edge is None:
            continue
        if low is None:
            low = None if edge.low is None else min(edge.low, weight)
            high = None if edge.high is None else max(edge.high, weight)
        new = replace(edge, weight=weight, low=low, high=high)
        if edge.unrated_weight is None:
            new = replace(new, unrated_weight=edge.weight, unrated_low=edge.low,
                          unrated_high=edge.high)
        if new != edge:
            before.append(edge)
            model.replace("edge", new)
    for edge in [e for e in model.edges if e.unrated_weight is not None and e.key not in working]:
        before.append(edge)
        model.replace("edge", _unrated(edge))
    return before


def _unrated(edge: Edge) -> Edge:
    """``edge`` with its own weight and bounds back, as before participants rated it."""
    return replace(edge, weight=edge.unrated_weight, low=edge.unrated_low,
                   high=edge.unrated_high, unrated_weight=None, unrated_low=None,
                   unrated_high=None)


@dataclass(frozen=True)
class ParticipantWeights:
    """Each participant's map as weights of the shared edges: ``weights`` (participants,
    edges), edges in the model's order, and ``drawn`` (same shape): whether the edge is on
    the participant's map; see the module docstring for unrated edges."""

    participants: tuple[str, ...]
    labels: tuple[str, ...]
    edges: tuple[tuple[str, str], ...]
    weights: np.ndarray
    drawn: np.ndarray

    def to_frame(self):
        import pandas as pd
        return pd.DataFrame(self.weights, index=list(self.labels),
                            columns=[f"{s} -> {t}" for s, t in self.edges])


def participant_weights(model: Model) -> ParticipantWeights:
    """Every participant's weights of the shared map's edges (their own extra edges and
    nodes are not part of the shared map and are left out); an edge no one rated keeps the
    shared map's weight (module docstring)."""
    table = rating_table(model)
    shared = table.weights[:, : table.shared]
    current = np.array([e.weight for e in model.edges])
    unrated = np.isnan(shared)
    if model.settings.aggregation_zeros == "include":
        nobody = unrated.all(axis=0)                 # the room gave no view of these
        not_drawn = unrated & ~nobody
        filled = np.where(not_drawn, 0.0, np.where(unrated, current[None, :], shared))
    else:
        not_drawn = np.zeros_like(unrated)
        filled = np.where(unrated, current[None, :], shared)
    return ParticipantWeights(table.participants, table.labels, table.edges[: table.shared],
                              filled, ~not_drawn)
