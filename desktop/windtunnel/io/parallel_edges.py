"""What tells a graph file's parallel edges apart, kept in the rationale of the one edge
they merge into.

Gephi and GraphML allow several edges between the same two nodes: a multigraph, its
edges told apart by a Kind, a label or another attribute (``economic`` and ``social``
influence of a tax on car use). A map has one edge per pair, so they merge into one
(:mod:`windtunnel.io.repeated_edges`, as the ``repeated`` choice says), and its weight
alone would not say what was merged. So each parallel edge gives the merged edge's
rationale a line of its own: the attributes whose values differ among the edges of its
pair (its kind, label or another attribute; not what an estimate gives, such as its
confidence or sources), its weight as the file writes it, and its own rationale or label
after a dash (``Kind: economic, weight 0.5 \u2014 price``). Parallel edges told apart so are
influences of their own, so their sum is held at the bound of [-1, 1] rather than refused;
edges alike but for their weights are two estimates of one influence, and follow the
rule of an edge listed twice in a table, their rationales untouched; and so do more
than :data:`LISTED` parallel edges of one pair (a network of interactions, one edge per
contact or per day: a count of one tie, not channels to list one by one, and a list the
length of a rationale would not hold).
"""

from __future__ import annotations

from ..language import translate
from . import values as v
from .sheets import SHEETS

__all__ = ["describe_parallel"]

#: Row keys that are the edge itself, not what tells it from its parallels.
_OWN = ("from", "to", "weight")
#: The headers of what an estimate of one influence gives (its weight under any name, its
#: bounds, delay, confidence and sources): parallel edges that differ only in these are
#: estimates of one influence, not influences of their own.
_ESTIMATE = frozenset(alias for column in SHEETS["Edges"] if column.field in (
    "weight", "low", "high", "delay", "confidence", "sources", "unrated_weight")
    for alias in column.aliases)
#: The most parallel edges of one pair told apart and listed in its rationale.
LISTED = 12


def describe_parallel(rows: list[dict], rationale: str) -> set[int]:
    """Lead the ``rationale`` of each edge row that shares its From and To with up to
    :data:`LISTED` others, told apart by something besides their weight, with what tells
    it apart and its weight (see the module docstring); the numbers (from 1) of those
    rows."""
    pairs: dict[tuple, list[int]] = {}
    for index, row in enumerate(rows):
        pairs.setdefault((row["from"], row["to"]), []).append(index)
    distinct: set[int] = set()
    for indices in pairs.values():
        if not 2 <= len(indices) <= LISTED:
            continue
        group = [rows[index] for index in indices]
        differing = [key for key in dict.fromkeys(k for row in group for k in row)
                     if isinstance(key, str) and key not in _OWN
                     and v.normal_header(key) not in _ESTIMATE
                     and len({_shown(row.get(key)) for row in group}) > 1]
        if not differing:
            continue
        distinct.update(index + 1 for index in indices)
        differing = [key for key in differing if key != rationale]
        for row in group:
            parts = [f"{key}: {_shown(row[key])}" for key in differing
                     if not v.is_blank(row.get(key))]
            if not v.is_blank(row.get("weight")):
                parts.append(translate("parallel_edges", "weight {weight}").format(
                    weight=_shown(row["weight"])))
            said = "" if v.is_blank(row.get(rationale)) else _shown(row[rationale])
            line = ", ".join(parts)
            row[rationale] = f"{line} \u2014 {said}" if line and said else line or said
    return distinct


def _shown(value) -> str:
    """A value as a rationale line writes it: its text, trimmed."""
    return "" if v.is_blank(value) else v.text(value).strip()
