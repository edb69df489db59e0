"""A matrix's columns that are not nodes (FuzzyCognitiveMaps.jl's ``external``, a cell
beyond the labelled columns): true/false columns tag the nodes, a column of numbers is
refused (a node's row or label is missing), any other is named as not kept."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .matrix_shape import Shape, column_label, column_name
from .tables import Table

__all__ = ["extra_columns"]


def extra_columns(table: Table, shape: Shape) -> tuple[dict[str, tuple[str, ...]],
                                                          Problem | None]:
    """Tags from true/false attribute columns; a note naming every extra column. A column
    of numbers alone is a node whose row is missing, not true/false flags: refused, since
    reading its weights as tags would drop edges."""
    if not shape.extra:
        return {}, None
    rows = [row for _number, row, _label in shape.node_rows(table)]
    rowless = [_rowless(table, j) for j in shape.extra
               if _numbers_only([row[j] if j < len(row) else None for row in rows])]
    if rowless:
        raise LoadError(rowless[:50])
    tags: dict[str, tuple[str, ...]] = {}
    kept, dropped = [], []
    for j in shape.extra:
        name = column_label(table, j) or get_column_letter(j + 1)
        cells = [row[j] if j < len(row) else None for row in rows]
        if all(v.is_blank(cell) for cell in cells):     # tags no node: said not kept
            dropped.append(name)
            continue
        try:
            flags = [v.boolean(cell, default=False) for cell in cells]
        except v.CellProblem:
            dropped.append(name)
            continue
        kept.append(name)
        for label, flag in zip(shape.labels, flags):
            if flag:
                tags[label] = tags.get(label, ()) + (name,)
    parts = []
    if kept:
        parts.append((translate("matrix", "true/false column {names} became tags of the nodes "
                                          "marked true") if len(kept) == 1 else
                      translate("matrix", "true/false columns {names} became tags of the "
                                          "nodes marked true")).format(
            names=", ".join(repr(k) for k in kept)))
    if dropped:
        parts.append((translate("matrix", "column {names} (not a node) was not kept")
                      if len(dropped) == 1 else
                      translate("matrix", "columns {names} (not nodes) were not kept")).format(
            names=", ".join(repr(d) for d in dropped)))
    return tags, Problem(table.where(), translate("matrix", "; ").join(parts))


def _rowless(table: Table, index: int) -> Problem:
    """The problem of column ``index``, which holds numbers, as a node's column would,
    but names no node: its label is no row's, or it has none (a cell beyond the header
    row: the label of a node may be missing there, and which node it is cannot be told)."""
    label = column_label(table, index)
    if not label:
        return Problem(table.where(table.header_row), translate(
            "matrix", "column {column} holds numbers, but has no label in the first row: "
                      "add the label of its node (and its row), or remove the cells").format(
                column=column_name(table, index)))
    blank = _blank_rows(table)
    if blank:
        return Problem(table.where(table.header_row), translate(
            "matrix", "column {column} holds numbers, but no row is labelled {label!r}, and "
                      "row {blank} is blank: write that row there, its label in column A "
                      "(and zeros where it influences nothing), or remove the column").format(
                column=column_name(table, index), label=label, blank=blank))
    return Problem(table.where(table.header_row), translate(
        "matrix", "column {column} holds numbers, but no row is labelled {label!r}: add that "
                  "row (zeros where it influences nothing) or remove the column").format(
            column=column_name(table, index), label=label))


def _blank_rows(table: Table) -> str:
    """The numbers of the blank rows between the header and the last row ("" when none),
    which the readers skip: where a node's row may have been left out."""
    if table.header_row is None or not table.numbers:
        return ""
    read = set(table.numbers)
    blank = [str(number) for number in range(table.header_row + 1, table.numbers[-1])
             if number not in read]
    return ", ".join(blank[:6]) + (", ..." if len(blank) > 6 else "")


def _numbers_only(cells: list) -> bool:
    """Whether the non-blank cells are all numbers (and there is one at least)."""
    filled = [c for c in cells if not v.is_blank(c)]
    return bool(filled) and all(map(v.reads_as_number, filled))
