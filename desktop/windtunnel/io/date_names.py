"""Dates in columns of names: a spreadsheet turns a name typed as ``3-5`` or ``Jan 2`` into
a date as it is typed (a known corruption of gene names, product codes and node labels
alike), and the file then holds a date, not the name. An import reads such a cell as the
date's text (``2026-01-02``), as it reads any cell where text is expected, and says so,
naming each cell and what it held, so that the analyst can write the name again."""

from __future__ import annotations

from datetime import date

from ..errors import Problem
from ..language import translate
from .cells import cell_text
from .naming import bounded
from .tables import Table

__all__ = ["NAME_FIELDS", "date_names_note"]

#: The fields whose cells name a node, an edge's end, a participant or an element's id.
NAME_FIELDS = frozenset({"id", "label", "source", "target", "node", "participant"})
#: How many cells a note lists before saying how many more there are.
LISTED_CELLS = 8


def date_names_note(table: Table, index: int) -> Problem | None:
    """The note on the cells of column ``index`` (0-based) that hold dates, each with its
    row and date; None when none does."""
    found = [(number, row[index]) for number, row in zip(table.numbers, table.rows)
             if index < len(row) and isinstance(row[index], date)]    # datetime is a date
    if not found:
        return None
    header = table.header[index]
    if len(found) == 1:
        number, value = found[0]
        return Problem(table.where(number, header), translate(
            "date_names", "holds the date {date} where a name is expected: read as the text "
                          "{text!r}; a spreadsheet turns a name typed as 3-5 or Jan 2 into a "
                          "date, so if it held another name, write that name again as text "
                          "(with an apostrophe before it)").format(
            date=cell_text(value), text=cell_text(value)))
    cells = [translate("date_names", "{date} on row {row}").format(
                 row=table.places.get(number, number), date=cell_text(value))
             for number, value in found[:LISTED_CELLS]]
    return Problem(table.where(None, header), translate(
        "date_names", "{count} cells hold dates where names are expected ({cells}): read as "
                      "the dates' text; a spreadsheet turns a name typed as 3-5 or Jan 2 into "
                      "a date, so if one held another name, write that name again as text "
                      "(with an apostrophe before it)").format(
        count=len(found), cells=bounded(cells, LISTED_CELLS, len(found))))
