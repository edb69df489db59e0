"""Merged cells: a spreadsheet shows one value across a merged range (``B2:B4``), but the
file keeps it in the range's first cell only, and every other cell of the range reads as
empty. Where an importer refuses or notes an empty cell, a merged one is named as such,
with its range, so that the user unmerges it rather than looks for the value they see.
A range whose first cell is empty too shows nothing anywhere: its cells are blanks the
user sees as blanks (a row of no edges in a matrix, weights left to the default), merged
for looks, and are read as any blank cell."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries

from ..errors import Problem
from ..language import translate
from .naming import bounded
from .tables import Table
from . import values as v

__all__ = ["merged_ranges", "covering", "merged_message", "empty_message",
           "merged_cells_among", "merged_note"]


def merged_ranges(refs: list[str]) -> list[tuple[int, int, int, int]]:
    """(first column, first row, last column, last row), 1-based, of each merged range a
    sheet lists (``B2:B4``); a reference that names no range is left out."""
    out = []
    for ref in refs:
        try:
            bounds = range_boundaries(ref)
        except (ValueError, TypeError):
            continue
        if None not in bounds and bounds[:2] != bounds[2:]:
            out.append(bounds)
    return out


def _shows_a_value(table: Table, bounds: tuple[int, int, int, int]) -> bool:
    """Whether the first cell of the merged range ``bounds`` holds a value (which the
    spreadsheet shows across the range); a row the table does not hold has none."""
    first_column, first_row = bounds[:2]
    if first_row == table.header_row:
        cells = table.header
    else:
        at = bisect_left(table.numbers, first_row)
        if at == len(table.numbers) or table.numbers[at] != first_row:
            return False
        cells = table.rows[at]
    return first_column <= len(cells) and not v.is_blank(cells[first_column - 1])


def covering(table: Table, row: int, index: int) -> tuple[int, int, int, int] | None:
    """The merged range holding the cell at ``row`` (as the sheet numbers it) and column
    ``index`` (0-based) other than as its first cell, with a value in its first cell,
    or None. Found in the table's ranges by column (:func:`_by_column`): one search of
    the column's ranges, whatever their number."""
    column = _by_column(table).get(index + 1) if table.merged else None
    if column is None:
        return None
    starts, ranges = column
    at = bisect_right(starts, row) - 1
    if at < 0:
        return None
    bounds = ranges[at]
    if row > bounds[3] or (index + 1, row) == bounds[:2]:     # below it, or its first
        return None
    return bounds


def _by_column(table: Table) -> dict[int, tuple[list[int], list[tuple[int, int, int, int]]]]:
    """The table's merged ranges that show a value, by each column they cover (as far as
    the table's widest row): the first rows of the column's ranges in order, and the
    ranges in that order. Ranges do not overlap, so the last one starting at or above a
    row is the only one that may hold it (of ranges that overlap, which no spreadsheet
    program writes, a cell may be named by none). Built once per table (and its rows)
    and kept with it."""
    kept = table.merged_index
    if kept is not None and kept[0] is table.merged and kept[1] is table.rows:
        return kept[2]
    width = max(len(table.header), max(map(len, table.rows), default=0))
    columns: dict[int, list[tuple[int, int, int, int]]] = {}
    for bounds in table.merged:
        if _shows_a_value(table, bounds):
            for column in range(bounds[0], min(bounds[2], width) + 1):
                columns.setdefault(column, []).append(bounds)
    index = {}
    for column, ranges in columns.items():
        ranges.sort(key=itemgetter(1))
        index[column] = ([bounds[1] for bounds in ranges], ranges)
    table.merged_index = (table.merged, table.rows, index)
    return index


def merged_message(table: Table, row: int, index: int) -> str | None:
    """Why the cell at ``row`` and column ``index`` (0-based) is empty when it is a
    merged range's cell other than the first, else None."""
    bounds = covering(table, row, index)
    if bounds is None:
        return None
    return translate("merged", "{cell} is part of the merged cells {cells}; unmerge them and "
                               "write a value in each").format(
        cell=f"{get_column_letter(index + 1)}{row}", cells=_ref(bounds))


def empty_message(table: Table, row: int, index: int | None, message: str) -> str:
    """``message`` on an empty cell, or why it is empty when a merge emptied it."""
    return (index is not None and merged_message(table, row, index)) or message


def merged_cells_among(table: Table, rows: list[int],
                       columns: list[int]) -> list[tuple[int, int, str]]:
    """(row, column index, message) for the first cell each merged range empties among
    ``rows`` (as the sheet numbers them) and ``columns`` (0-based indexes): a matrix's
    weights, where an empty cell is no edge."""
    wanted_rows, wanted_columns = set(rows), {j + 1 for j in columns}
    out = []
    for first_column, first_row, last_column, last_row in filter(
            lambda bounds: _shows_a_value(table, bounds), table.merged):
        cells = ((r, c) for r in range(first_row, min(last_row, first_row + 2) + 1)
                 for c in range(first_column, min(last_column, first_column + 2) + 1))
        for r, c in cells:
            if (r, c) != (first_row, first_column) and r in wanted_rows and c in wanted_columns:
                out.append((r, c - 1, merged_message(table, r, c - 1)))
                break
    return out


def _ref(bounds: tuple[int, int, int, int]) -> str:
    first_column, first_row, last_column, last_row = bounds
    return (f"{get_column_letter(first_column)}{first_row}:"
            f"{get_column_letter(last_column)}{last_row}")


def merged_note(table: Table) -> Problem | None:
    """The note, once for a sheet of rows, on its merged ranges below the header: each
    range's cells but the first were read as empty (a Group merged over several nodes'
    rows gives the first node alone that group); None without such a range."""
    below = [_ref(bounds) for bounds in table.merged
             if bounds[3] > table.header_row and _shows_a_value(table, bounds)]
    if not below:
        return None
    return Problem(table.where(), translate(
        "merged", "merged cells ({cells}): only the first cell of each holds its value, the "
                  "others were read as empty; unmerge them and write a value in each").format(
        cells=bounded(below, 8)))
