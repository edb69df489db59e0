"""A matrix's Total rows and columns, as a spreadsheet adds them: rows and columns
labelled as totals (:data:`~windtunnel.io.matrix_shape.TOTAL_WORDS`: Total, Sum, Σ, 合计,
Gesamt, ...), which :mod:`windtunnel.io.matrix_shape` keeps apart from the nodes.

One rule, whatever the matrix's size and whether a grand total is there: a Total row or
column whose every cell is the sum of the nodes' weights in its column or row (within
rounding: each weight written to two decimals may be off by half a hundredth) is left out,
and one note names every such row and column; one whose cell is not that sum is refused at
the first cell that disagrees, since the label says total and the numbers say otherwise (a
stale sum, or a sum of absolute values): read as a node, it would influence, and be
influenced by, every other node. A node with such a label is renamed by its analyst. A row
or column whose values are sums but whose label is not a total's is a node (a hub drawn
with weight 1 to and from a cycle of three holds the sums of the others)."""

from __future__ import annotations

import math

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .matrix_shape import Shape, column_name
from .naming import bounded
from .tables import Table, located

__all__ = ["totals_notes"]


#: How far a sum may be from the sum of its cells, per cell it adds (each weight rounded
#: to two decimals may be off by half a hundredth, and the total rounded again).
_ROUNDING = 0.0051


def totals_notes(table: Table, shape: Shape, weights: dict[tuple[str, str], float],
                 diagonal: dict[str, float]) -> list[Problem]:
    """The note on ``shape``'s Total rows and columns, each the sums of the nodes' cells
    (``weights`` and the self-influences on the ``diagonal``, which a spreadsheet's sum
    adds too); LoadError at the first cell of each that is not its sum."""
    if not shape.total_rows and not shape.total_columns:
        return []
    into = dict.fromkeys(shape.labels, 0.0)            # each column's sum, and each row's
    out_of = dict.fromkeys(shape.labels, 0.0)
    for (source, target), weight in [*weights.items(),
                                     *(((label, label), w) for label, w in diagonal.items())]:
        into[target] += weight
        out_of[source] += weight
    tolerance = _ROUNDING * (len(shape.labels) + 1)
    problems, left_out = [], []
    for i, label in shape.total_rows.items():
        problems.extend(_disagreeing(
            table, table.numbers[i], table.rows[i],
            [(j, into[target]) for target, j in shape.columns.items()], tolerance,
            lambda value, total, label=label: translate(
                "matrix", "the row {label!r} is labelled as a total, but holds {value:g} where "
                          "the nodes' weights in this column add up to {total:g}: correct or "
                          "remove the row (if {label!r} is a node, give it another "
                          "label)").format(label=label, value=value, total=total)))
        left_out.append(f"{located(table.row_word, table.numbers[i])} ({label})")
    for j, label in shape.total_columns.items():
        explain = (lambda value, total, label=label: translate(
            "matrix", "the column {label!r} is labelled as a total, but holds {value:g} where "
                      "the node's weights in this row add up to {total:g}: correct or remove "
                      "the column (if {label!r} is a node, give it another label)").format(
            label=label, value=value, total=total))
        for number, row, source in shape.node_rows(table):     # its first wrong cell
            found = _disagreeing(table, number, row, [(j, out_of[source])], tolerance, explain)
            if found:
                problems.extend(found)
                break
        left_out.append(located(table.column_word, column_name(table, j)))
    problems.extend(_grand_totals(table, shape, math.fsum(out_of.values()), tolerance))
    if problems:
        raise LoadError(problems)
    return [Problem(table.where(), translate(
        "matrix", "left out as totals, not read as nodes, each labelled so and holding the "
                  "sums of the nodes' weights: {places}").format(
        places=bounded(left_out, 6)))]


def _disagreeing(table: Table, number: int, row: list, cells: list[tuple[int, float]],
                 tolerance: float, explain) -> list[Problem]:
    """The problem of the first of ``cells`` (column index, the sum it should hold) of
    ``row`` that holds another number (``explain(value, total)`` says so), or none. A
    blank cell holds 0."""
    for j, total in cells:
        where = table.where(number, column_name(table, j))
        cell = row[j] if j < len(row) else None
        try:
            values = (0.0,) if v.is_blank(cell) else v.readings(cell)
        except v.CellProblem as exc:
            return [Problem(where, str(exc))]
        if not any(math.isclose(value, total, rel_tol=1e-9, abs_tol=tolerance)
                   for value in values):        # 1,083 is the sum 1.083 or 1083
            return [Problem(where, explain(values[-1], total))]
    return []


def _grand_totals(table: Table, shape: Shape, total: float, tolerance: float) -> list[Problem]:
    """The problems of the cells where a Total row and a Total column meet that are not
    blank, 0 or the sum of every weight (the grand total)."""
    explain = (lambda value, total: translate(
        "matrix", "the total row and the total column meet here, and {value:g} is neither "
                  "blank, 0 nor the sum of every weight ({total:g}): correct or clear the "
                  "cell").format(value=value, total=total))
    problems = []
    for i in shape.total_rows:
        row = table.rows[i]
        for j in shape.total_columns:
            cell = row[j] if j < len(row) else None
            if v.is_blank(cell) or (v.reads_as_number(cell) and v.number(cell) == 0):
                continue                      # no grand total written
            problems.extend(_disagreeing(table, table.numbers[i], row, [(j, total)],
                                         tolerance * len(shape.labels), explain))
    return problems
