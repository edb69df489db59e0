"""Cells a row holds in a column without a header (beyond the header's last cell, or
under a blank one): no header says what they are, so no importer reads them, and dropping
them without a word would lose what the file says. A sheet of rows (Nodes, Edges, ...)
notes them and reads the rest (:func:`unheaded_notes`); a matrix, whose every column is a
node, refuses a number there (see :mod:`windtunnel.io.matrix_columns`)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..errors import Problem
from ..language import translate
from . import values as v
from .cells import cell_text
from .merged import covering
from .naming import bounded, short_name
from .tables import Table

__all__ = ["unheaded_cells", "unheaded_notes", "column_letters"]

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


def unheaded_notes(table: Table) -> list[Problem]:
    """The notes, once for the table, on the rows holding cells in columns without a
    header and the columns they are in: those cells were not read (the rows were). Cells
    under a header cell merged across columns (``Weight`` over C and D: the file keeps
    the header in C alone) get a note of their own for each such header, which says so;
    the others one note together. No note without such a cell."""
    under_merge: dict[tuple[int, int, int, int], list[int]] = {}    # its rows
    rest = []
    for number, filled in unheaded_cells(table):
        merges = {index: covering(table, table.header_row, index) for index in filled}
        for bounds in dict.fromkeys(filter(None, merges.values())):
            under_merge.setdefault(bounds, []).append(number)
        plain = [index for index, bounds in merges.items() if bounds is None]
        if plain:
            rest.append((number, plain))
    notes = [_merged_header_note(table, bounds, numbers)
             for bounds, numbers in under_merge.items()]
    if rest:
        notes.append(_unheaded_note(table, rest))
    return notes


def _rows(table: Table, numbers: list[int]) -> str:
    """The rows ``numbers`` as a note lists them: the first few, then how many more."""
    return bounded([str(table.places.get(number, number)) for number in numbers[:LISTED_ROWS]],
                   LISTED_ROWS, len(numbers))


def _merged_header_note(table: Table, bounds: tuple[int, int, int, int],
                        numbers: list[int]) -> Problem:
    """The note on the rows ``numbers`` holding cells under the header cell merged over
    ``bounds``, beside its first column."""
    first_column, first_row, last_column, _last_row = bounds
    message = (translate("unheaded", "the header {header!r} is merged across columns "
                                     "{columns}: it heads column {first} alone, so the cells "
                                     "of row {rows} under its other columns were not read; "
                                     "unmerge it and give each column a header to read them")
               if len(numbers) == 1 else
               translate("unheaded", "the header {header!r} is merged across columns "
                                     "{columns}: it heads column {first} alone, so the cells "
                                     "of {count} rows under its other columns (rows {rows}) "
                                     "were not read; unmerge it and give each column a header "
                                     "to read them"))
    return Problem(table.where(first_row, get_column_letter(first_column)), message.format(
        header=short_name(cell_text(table.header[first_column - 1]).strip()),
        columns=column_letters(range(first_column - 1, last_column)),
        first=get_column_letter(first_column), count=len(numbers),
        rows=_rows(table, numbers)))


def _unheaded_note(table: Table, found: list[tuple[int, list[int]]]) -> Problem:
    """The note on the cells ``found`` in columns without a header."""
    columns = column_letters(i for _, filled in found for i in filled)
    message = (translate("unheaded", "row {rows} holds cells in a column without a header "
                                     "(column {columns}): they were not read; give their "
                                     "column a header to read it")
               if len(found) == 1 else
               translate("unheaded", "{count} rows hold cells in columns without a header "
                                     "(rows {rows}; columns {columns}): they were not read; "
                                     "give their column a header to read it"))
    return Problem(table.where(), message.format(
        count=len(found), rows=_rows(table, [number for number, _ in found]), columns=columns))
