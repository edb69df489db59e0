"""Expert-rating files (FCMpy's format): one sheet per expert, one row per pair of concepts.

Each sheet (or, in the JSON form, each ``"Expert_N": [...]`` list) has ``From`` and ``To``
columns and one column per linguistic term, ``-VH -H -M -L -VL NA +VL +L +M +H +VH``; the
expert puts a 1 under the term they chose (or shares 1 between two terms when unsure).

The weights are computed as FCMpy does by default: every term is a triangular fuzzy number
on [-1, 1] (:data:`TERMS`); for each pair, a term's share of the experts (the sum of its
column divided by the number of experts) caps its triangle (Mamdani's min), the capped
triangles are combined by their maximum, and the weight is the centroid of the result.
Pairs whose weight is 0 (no expert drew an edge, or only ``NA``) are no edge; rows that
pair a concept with itself are skipped with a note (Windtunnel models self-influence with
the inference rule's memory term). With ``participants`` naming one sheet, only that
expert's ratings are used. Windtunnel models do not keep the individual experts yet; the
note says so.
"""

from __future__ import annotations

import json

import numpy as np

from ..errors import LoadError, ModelError, Problem
from ..model import Edge, Model, Node
from . import values as v
from .importing import AGGREGATE, ASK, ChoiceNeeded, Imported, ImportOptions
from .tables import Table
from .tabular import placed

__all__ = ["TERMS", "ratings_sheets", "ratings_to_model", "ratings_json_to_model",
           "looks_like_ratings_json"]

#: FCMpy's default linguistic terms: (low, peak, high) of each triangle.
TERMS = {
    "-vh": (-1.0, -1.0, -0.75), "-h": (-1.0, -0.75, -0.5), "-m": (-0.75, -0.5, -0.25),
    "-l": (-0.5, -0.25, 0.0), "-vl": (-0.25, 0.0, 0.0), "na": (-0.001, 0.0, 0.001),
    "+vl": (0.0, 0.0, 0.25), "+l": (0.0, 0.25, 0.5), "+m": (0.25, 0.5, 0.75),
    "+h": (0.5, 0.75, 1.0), "+vh": (0.75, 1.0, 1.0),
}
_UNIVERSE = np.arange(-1.0, 1.0005, 0.001)
_ENDS = ({"from", "source"}, {"to", "target"})


def _membership(low: float, peak: float, high: float) -> np.ndarray:
    """A triangular membership function over the universe (a shoulder when peak is an end)."""
    x = _UNIVERSE
    rising = np.ones_like(x) if peak == low else (x - low) / (peak - low)
    falling = np.ones_like(x) if peak == high else (high - x) / (high - peak)
    inside = (x >= low) & (x <= high)
    return np.where(inside, np.clip(np.minimum(rising, falling), 0.0, 1.0), 0.0)


_MEMBERSHIP = {term: _membership(*corners) for term, corners in TERMS.items()}


def _columns(table: Table) -> tuple[int, int, dict[str, int]] | None:
    header = [v.normal_header(h) for h in table.header]
    starts = [i for i, h in enumerate(header) if h in _ENDS[0]]
    ends = [i for i, h in enumerate(header) if h in _ENDS[1]]
    terms = {h: i for i, h in enumerate(header) if h in TERMS}
    if not starts or not ends or len(terms) < 3:
        return None
    return starts[0], ends[0], terms


def ratings_sheets(tables: dict[str, Table]) -> dict[str, Table]:
    """The tables that are expert-rating sheets (From, To and linguistic-term columns)."""
    return {name: t for name, t in tables.items() if _columns(t) is not None}


def ratings_to_model(tables: dict[str, Table], *, title: str = "Expert ratings",
                     options: ImportOptions | None = None) -> Imported:
    """Build a model from expert-rating sheets; see the module docstring."""
    options = options or ImportOptions()
    sheets = ratings_sheets(tables)
    if not sheets:
        raise LoadError(Problem("", "found no expert-rating sheet (From, To and term columns "
                                    "such as -VH ... +VH)"))
    notes = []
    if options.participants == ASK and len(sheets) > 1:
        raise ChoiceNeeded("participants", Problem("", f"{len(sheets)} expert sheets "
                                                       f"({', '.join(sheets)})"),
                           (AGGREGATE, *sheets))
    if options.participants not in (AGGREGATE, ASK):
        wanted = options.participants.strip().casefold()
        chosen = {k: t for k, t in sheets.items() if k.strip().casefold() == wanted}
        if not chosen:
            raise LoadError(Problem("", f"no expert sheet called {options.participants!r} "
                                        f"(sheets: {', '.join(sheets)})"))
        notes.append(Problem("", f"{len(sheets)} expert sheets: imported only "
                                 f"{next(iter(chosen))!r}, as asked"))
        sheets = chosen
    shares, order, loops = _shares(sheets)
    if len(sheets) > 1:
        notes.append(Problem("", f"{len(sheets)} expert sheets ({', '.join(list(sheets)[:6])}"
                                 f"{', ...' if len(sheets) > 6 else ''}): weights are FCMpy's "
                                 "aggregate (term triangles capped by each term's share of the "
                                 "experts, combined by their maximum, centroid). Windtunnel "
                                 "models do not keep the individual experts yet"))
    if loops:
        notes.append(Problem("", f"skipped {loops} rating{'s' if loops != 1 else ''} of a "
                                 "concept's influence on itself"))
    taken: set[str] = set()
    ids, nodes = {}, []
    for label in order:
        ids[label] = v.new_id(label, taken)
        taken.add(ids[label])
        nodes.append(Node(ids[label], label))
    edges, cancelled = [], 0
    for (source, target), share in shares.items():
        weight = round(_defuzzify(share), 4)
        if abs(weight) >= 0.001:
            edges.append(Edge(ids[source], ids[target], weight))
        elif any(term != "na" for term in share):
            cancelled += 1
    if cancelled:
        notes.append(Problem("", f"{cancelled} rated pair{'s' if cancelled != 1 else ''} "
                                 "came to 0 (the experts' ratings cancel out): no edge"))
    try:
        model = Model.from_elements(title=title[:300], nodes=placed(nodes, edges), edges=edges)
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    return Imported(model, tuple(notes), "ratings")


def _shares(sheets: dict[str, Table]):
    """(source, target) -> {term: share of the experts}; concepts in order; self-ratings."""
    totals: dict[tuple[str, str], dict[str, float]] = {}
    order: dict[str, None] = {}
    problems, loops = [], 0
    for table in sheets.values():
        start, end, terms = _columns(table)
        for number, row in zip(table.numbers, table.rows):
            source = v.text(row[start] if start < len(row) else None).strip()
            target = v.text(row[end] if end < len(row) else None).strip()
            if not source or not target:
                if any(not v.is_blank(c) for c in row):
                    problems.append(Problem(table.where(number), "has no From or To concept"))
                continue
            order.setdefault(source)
            order.setdefault(target)
            chosen = {}
            for term, index in terms.items():
                try:
                    value = v.number(row[index] if index < len(row) else None, default=0.0)
                except v.CellProblem as exc:
                    problems.append(Problem(table.where(number, table.header[index]), str(exc)))
                    continue
                if value:
                    chosen[term] = value
            if source == target:
                loops += any(term != "na" for term in chosen)
                continue
            bucket = totals.setdefault((source, target), {})
            for term, value in chosen.items():
                bucket[term] = bucket.get(term, 0.0) + value
    if problems:
        raise LoadError(problems)
    count = len(sheets)
    shares = {key: {t: s / count for t, s in terms.items()} for key, terms in totals.items()}
    return shares, list(order), loops


def _defuzzify(share: dict[str, float]) -> float:
    if not share:
        return 0.0
    combined = np.max([np.minimum(_MEMBERSHIP[t], min(s, 1.0)) for t, s in share.items()],
                      axis=0)
    area = combined.sum()
    return float((combined * _UNIVERSE).sum() / area) if area > 0 else 0.0


def looks_like_ratings_json(head: bytes) -> bool:
    """Whether the start of a .json file looks like FCMpy's expert ratings."""
    return b'"from"' in head.lower() and b'"to"' in head.lower() and b"+vh" in head.lower()


def ratings_json_to_model(data: bytes, *, title: str = "Expert ratings",
                          options: ImportOptions | None = None) -> Imported:
    """FCMpy's JSON form: ``{"Expert_1": [{"from": ..., "to": ..., "+M": 1, ...}], ...}``."""
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise LoadError(Problem("", f"not valid JSON ({exc})")) from None
    if not isinstance(raw, dict) or not all(isinstance(x, list) for x in raw.values()):
        raise LoadError(Problem("", "not FCMpy expert ratings (expected {expert: [rows]})"))
    tables = {}
    for expert, rows in raw.items():
        header = list(dict.fromkeys(k for row in rows if isinstance(row, dict) for k in row))
        table = Table(name=str(expert), header=header, row_word="entry")
        for number, row in enumerate(rows, start=1):
            if isinstance(row, dict):
                table.rows.append([row.get(k) for k in header])
                table.numbers.append(number)
        tables[str(expert)] = table
    return ratings_to_model(tables, title=title, options=options)
