"""A spreadsheet's Total row and column in a matrix, told from a node and refused.

A weight matrix typed in a spreadsheet often ends with a row and a column of sums. Read as
a node, they would influence, and be influenced by, every other node; :func:`refuse_totals`
finds them by their sums (and, beside only two other nodes, by their label and grand
total) and refuses them where they are.
"""

from __future__ import annotations

import math

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .matrix_shape import Shape
from .naming import short_name
from .tables import Table

__all__ = ["refuse_totals", "TOTAL_WORDS"]


#: Labels a spreadsheet gives a row and a column of sums (compared as
#: :func:`~windtunnel.io.values.normal_header` gives them).
TOTAL_WORDS = frozenset({"total", "totals", "grand total", "sum", "sums", "row total",
                         "column total", "summe", "gesamt", "somme", "suma", "totale",
                         "totaal", "合计", "合計", "总计", "總計", "总和", "總和", "計", "σ"})
#: How far a sum written under one of :data:`TOTAL_WORDS` may be from the sum of its cells,
#: per label of the matrix (each of the weights it adds, rounded to two decimals, may be
#: off by half a hundredth, and the total rounded again).
_ROUNDING = 0.0051


def refuse_totals(table: Table, shape: Shape, weights: dict,
                   numbers: list[int]) -> list[Problem]:
    """Refuse a node whose row holds the sums of the other rows and whose column the sums
    of the other columns (a spreadsheet's Total row and column): read as a node, it would
    influence, and be influenced by, every other node, changing every result. A total row
    without its column (or a column without its row) leaves the matrix not square, and is
    refused as such. A map a person draws has no node whose every weight both ways is
    such a sum, once there are three other nodes; beside two, the sums are copies of
    single weights, which a real map repeats (every weight 1), so only a row labelled as
    totals (:data:`TOTAL_WORDS`) counts there, and only when its corner cell holds the sum
    of all the weights, as a spreadsheet's grand total does; without that total it is
    read as a node, and the note returned says it may be totals. Under such a label the
    sums may be off by rounding."""
    labels = shape.labels
    if len(labels) < 3:
        return []
    into, out_of = {}, {}                  # each node's weights in, and out
    for (source, target), weight in weights.items():
        into.setdefault(target, []).append(weight)
        out_of.setdefault(source, []).append(weight)
    sums = ({label: math.fsum(into.get(label, ())) for label in labels},     # column sums
            {label: math.fsum(out_of.get(label, ())) for label in labels})   # row sums
    problems, notes = [], []
    for total in labels:
        named = v.normal_header(total) in TOTAL_WORDS
        if not named and len(labels) < 4:
            continue
        if len(out_of.get(total, ())) < 2 or len(into.get(total, ())) < 2:
            continue                       # a total of two weights or more, both ways
        tolerance = _ROUNDING * len(labels) if named else 1e-9
        if not all(_sums(total, labels, cell, sum_of, tolerance) for cell, sum_of in zip((
                lambda a, b: weights.get((a, b), 0.0),           # its row, then its column
                lambda a, b: weights.get((b, a), 0.0)), sums)):
            continue
        place = table.where(numbers[labels.index(total)], "A")
        if len(labels) >= 4 or _grand_total(table, shape, total, out_of[total], tolerance):
            problems.append(Problem(place, translate(
                "matrix", "the row and the column {label!r} hold the sums of the other "
                          "rows and columns: they are totals, not a node; remove them").format(
                    label=short_name(total))))
        else:
            notes.append(Problem(place, translate(
                "matrix", "the row and the column {label!r} hold the weights of the other "
                          "rows and columns, as totals of a matrix of two nodes would: they "
                          "were read as a node; if they are totals, remove them").format(
                    label=short_name(total))))
    if problems:
        raise LoadError(problems)
    return notes


def _sums(total: str, labels: list[str], cell, sum_of: dict[str, float],
          tolerance: float) -> bool:
    """Whether ``cell(total, o)`` is the sum of ``cell(s, o)`` over the nodes ``s`` other
    than ``total`` and ``o`` (``sum_of[o]`` less ``cell(total, o)``) for every other node
    ``o``, within ``tolerance``."""
    return all(math.isclose(2 * cell(total, o), sum_of[o], rel_tol=1e-9,
                            abs_tol=tolerance)
               for o in labels if o != total)


def _grand_total(table: Table, shape: Shape, total: str, row: list[float],
                 tolerance: float) -> bool:
    """Whether the cell where the row and the column ``total`` meet (skipped as a
    self-influence) holds the sum of that row's other weights, and is not 0."""
    cells = table.rows[shape.labels.index(total)]
    j = shape.columns[total]
    try:
        corner = v.weight(cells[j] if j < len(cells) else None, default=0.0)
    except v.CellProblem:
        return False
    return corner != 0 and math.isclose(corner, math.fsum(row), rel_tol=1e-9,
                                        abs_tol=tolerance)
