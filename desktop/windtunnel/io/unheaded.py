"""Cells a row holds in a column without a header (beyond the header's last cell, or
under a blank one): no header says what they are, so no importer reads them, and dropping
them without a word would lose what the file says. A sheet of rows (Nodes, Edges, ...)
notes them and reads the rest (:func:`unheaded_note`); a matrix, whose every column is a
node, refuses a number there (see :mod:`windtunnel.io.matrix_columns`)."""

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


def unheaded_cells(table: Table) -> list[tuple[int, list[int]]]:
    """Each row holding a cell in a column without a header (a blank header cell, or
    none: a cell beyond the header's last), as its row number and the indexes of those
    cells, blank ones left out."""
    width = len(table.header)
    blank = [i for i, header in enumerate(table.header) if v.is_blank(header)]
    found = []
    rows = zip(table.numbers, table.rows)
    if not blank:            # the usual table: only rows longer than the header to look at
        if max(map(len, table.rows), default=0) <= width:
            return []        # none is (found with no Python step per row)
        rows = ((number, row) for number, row in rows if len(row) > width)
    for number, row in rows:
        filled = [i for i in blank if i < len(row) and not v.is_blank(row[i])]
        filled += [i for i in range(width, len(row)) if not v.is_blank(row[i])]
        if filled:
            found.append((number, filled))
    return found


def column_letters(indexes) -> str:
    """Columns as a spreadsheet names them, from 0-based indexes: a run of neighbours as
    its ends (``C-F``), the first eight runs, then how many more (a row of a thousand
    stray cells is named in a line)."""
    runs: list[list[int]] = []
    for index in sorted(set(indexes)):
        if runs and index == runs[-1][1] + 1:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    named = [get_column_letter(a + 1) if a == b else
             f"{get_column_letter(a + 1)}-{get_column_letter(b + 1)}"
             for a, b in runs[:LISTED_ROWS]]
    return bounded(named, LISTED_ROWS, len(runs))


def unheaded_note(table: Table) -> Problem | None:
    """The note, once for the table, on the rows holding cells in columns without a
    header and the columns they are in: those cells were not read (the rows were); None
    when no row holds one."""
    found = unheaded_cells(table)
    if not found:
        return None
    rows = bounded([str(table.places.get(number, number)) for number, _ in found[:LISTED_ROWS]],
                   LISTED_ROWS, len(found))
    columns = column_letters(i for _, filled in found for i in filled)
    message = (translate("unheaded", "row {rows} holds cells in a column without a header "
                                     "(column {columns}): they were not read; give their "
                                     "column a header to read it")
               if len(found) == 1 else
               translate("unheaded", "{count} rows hold cells in columns without a header "
                                     "(rows {rows}; columns {columns}): they were not read; "
                                     "give their column a header to read it"))
    return Problem(table.where(), message.format(count=len(found), rows=rows, columns=columns))
