"""Cells a row holds beyond its table's last headed column: no header says what they are,
so no importer reads them, and dropping them without a word would lose what the file
says. A sheet of rows (Nodes, Edges, ...) notes them and reads the rest
(:func:`unheaded_note`); a matrix, whose every column is a node, refuses a value there
(see :mod:`windtunnel.io.matrix`)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..errors import Problem
from ..language import translate
from . import values as v
from .naming import bounded
from .tables import Table

__all__ = ["unheaded_cells", "unheaded_note", "column_letters"]

#: How many rows a note lists before saying how many more there are.
LISTED_ROWS = 8


def unheaded_cells(table: Table, width: int | None = None) -> list[tuple[int, list[int]]]:
    """Each row holding a cell beyond the first ``width`` columns (the header's, by
    default), as its row number and the indexes of those cells, blank ones left out."""
    width = len(table.header) if width is None else width
    found = []
    for number, row in zip(table.numbers, table.rows):
        if len(row) > width:
            filled = [i for i in range(width, len(row)) if not v.is_blank(row[i])]
            if filled:
                found.append((number, filled))
    return found


def column_letters(indexes) -> str:
    """Columns as a spreadsheet names them (``D, E``), from 0-based indexes."""
    return translate("naming", ", ").join(get_column_letter(i + 1) for i in sorted(set(indexes)))


def unheaded_note(table: Table) -> Problem | None:
    """The note, once for the table, on the rows holding cells beyond its last headed
    column and the columns they are in: those cells were not read (the rows were); None
    when no row holds one."""
    found = unheaded_cells(table)
    if not found:
        return None
    rows = bounded([str(table.places.get(number, number)) for number, _ in found[:LISTED_ROWS]],
                   LISTED_ROWS, len(found))
    columns = column_letters(i for _, filled in found for i in filled)
    message = (translate("unheaded", "row {rows} holds cells beyond the last column with a "
                                     "header (column {columns}): they were not read; give "
                                     "their column a header to read it")
               if len(found) == 1 else
               translate("unheaded", "{count} rows hold cells beyond the last column with a "
                                     "header (rows {rows}; columns {columns}): they were not "
                                     "read; give their column a header to read it"))
    return Problem(table.where(), message.format(count=len(found), rows=rows, columns=columns))
