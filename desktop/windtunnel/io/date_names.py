"""Dates in columns of names: a spreadsheet turns a name typed as ``3-5`` or ``Jan 2`` into
a date as it is typed (a known corruption of gene names, product codes and node labels
alike), and the file then holds a date, not the name. An import reads such a cell as the
date's text (``2026-01-02``), as it reads any cell where text is expected, and says so,
naming each cell and what it held, so that the analyst can write the name again."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import TypeVar

from openpyxl.utils import get_column_letter

from ..errors import Problem
from ..language import translate
from .cells import cell_text
from .naming import bounded
from .tables import Table

__all__ = ["NAME_FIELDS", "date_names_note", "header_dates_note", "label_dates_notes",
           "typed_as", "typed_one", "retyped_note", "retyped_end_note"]

#: The fields whose cells name a node, an edge's end, a participant or an element's id.
NAME_FIELDS = frozenset({"id", "label", "source", "target", "node", "participant"})
#: How many cells a note lists before saying how many more there are.
LISTED_CELLS = 8
#: What :func:`typed_one` finds: a name, or a node's id.
Found = TypeVar("Found", bound=Hashable)


def date_names_note(table: Table, index: int,
                    only: Callable[[date], bool] | None = None) -> Problem | None:
    """The note on the cells of column ``index`` (0-based) that hold dates, each with its
    row and date (only the dates ``only`` keeps, when given); None when none does."""
    header = table.header[index] or get_column_letter(index + 1)
    dates = [(number, row[index]) for number, row in zip(table.numbers, table.rows)
             if index < len(row) and isinstance(row[index], date)]    # datetime is a date
    found = [(table.where(number, header), translate("date_names", "{date} on row {row}").format(
                  row=table.places.get(number, number), date=cell_text(value)), value)
             for number, value in dates if only is None or only(value)]
    return _dates_note(found, table.where(None, header))


def header_dates_note(table: Table,
                      only: Callable[[date], bool] | None = None) -> Problem | None:
    """The note on the header cells that held dates (:attr:`Table.header_dates`: a
    matrix's labels across the top), each with its column; as :func:`date_names_note`."""
    found = [(table.where(table.header_row, get_column_letter(index + 1)),
              translate("date_names", "{date} in column {column}").format(
                  column=get_column_letter(index + 1), date=cell_text(value)), value)
             for index, value in sorted(table.header_dates.items())
             if only is None or only(value)]
    return _dates_note(found, table.where(table.header_row))


def label_dates_notes(table: Table, *, down_the_side: bool = True,
                      only: set[str] | None = None) -> list[Problem]:
    """The notes on a matrix's labels that are dates (those whose text is in ``only``,
    when given: the others were read as typed): across the top, and down column A unless
    the matrix has labels across the top only (``down_the_side`` False)."""
    kept = None if only is None else (lambda value: cell_text(value) in only)
    notes = [header_dates_note(table, kept)]
    if down_the_side and table.header:
        notes.insert(0, date_names_note(table, 0, kept))
    return [note for note in notes if note is not None]


def _dates_note(found: list[tuple[str, str, date]], where: str) -> Problem | None:
    """The note on ``found`` cells (their place, their place in a list, their date), at
    the cell of one or ``where`` of several."""
    if not found:
        return None
    if len(found) == 1:
        place, _listed, value = found[0]
        return Problem(place, translate(
            "date_names", "holds the date {date} where a name is expected: read as the text "
                          "{text!r}; a spreadsheet turns a name typed as 3-5 or Jan 2 into a "
                          "date, so if it held another name, write that name again as text "
                          "(with an apostrophe before it)").format(
            date=cell_text(value), text=cell_text(value)))
    cells = [listed for _place, listed, _value in found[:LISTED_CELLS]]
    return Problem(where, translate(
        "date_names", "{count} cells hold dates where names are expected ({cells}): read as "
                      "the dates' text; a spreadsheet turns a name typed as 3-5 or Jan 2 into "
                      "a date, so if one held another name, write that name again as text "
                      "(with an apostrophe before it)").format(
        count=len(found), cells=bounded(cells, LISTED_CELLS, len(found))))


#: A day and month as typed (``3-5``, ``3/5/2026``, ``5.3.``): two numbers, a year maybe.
_NUMBERS = re.compile(r"\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*(?:[-/.]\s*(\d{2}|\d{4})\s*)?\.?\s*\Z")
#: A day and a month's name, either way round (``Jan 2``, ``2-Jan``, ``Mar-5``).
_NAMED = re.compile(r"\s*(?:([A-Za-z]{3,9})\.?[-\s/]*(\d{1,2})|(\d{1,2})[-\s/.]*([A-Za-z]{3,9})\.?)\s*\Z")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def typed_as(value: date, text: str) -> bool:
    """Whether a spreadsheet may have turned ``text``, typed into a cell, into the date
    ``value``: its day and month (either order, as locales write them; its year when it
    has one), or a month's name and a day, or a month's name and a year's last two digits
    (Excel reads ``Mar-21`` as 1 March 2021), are the date's."""
    numbers = _NUMBERS.match(text)
    if numbers:
        first, second, year = numbers.groups()
        if year and int(year) % 100 != value.year % 100:
            return False
        return (value.month, value.day) in ((int(first), int(second)),
                                             (int(second), int(first)))
    named = _NAMED.match(text)
    if not named:
        return False
    month, number = (named[1], named[2]) if named[1] else (named[4], named[3])
    return (_MONTHS[value.month - 1].startswith(month.lower())       # Jan 2, or Mar-21:
            and int(number) in (value.day, value.year % 100 if value.day == 1 else None))


def typed_one(value: date, names: Iterable[tuple[str, Found]]) -> Found | None:
    """What the one name a spreadsheet may have turned into the date ``value`` stands for,
    among ``names`` (each a text and what it names: a matrix's label on its other side, a
    node's id or label on the Nodes sheet); None when no name was typed so, or names of
    more than one thing were (``3-5`` and ``5/3`` both turn into 5 March): a guess would
    join the wrong node."""
    found = {meant for text, meant in names if typed_as(value, text)}
    return found.pop() if len(found) == 1 else None


def retyped_note(place: str, value: date, text: str) -> Problem:
    """The note on a label cell holding ``value``, read as ``text``: the same node's label
    where the spreadsheet kept it as typed (a matrix's other side)."""
    return Problem(place, translate(
        "date_names", "holds the date {date} where a label is expected: read as {text!r}, "
                      "the same node's label as the other side of the matrix holds it (a "
                      "spreadsheet turns a label typed as {text!r} into a date)").format(
        date=cell_text(value), text=text))


def retyped_end_note(place: str, value: date, node: str) -> Problem:
    """The note on an edge's end holding ``value``, read as ``node`` (its name in a note),
    the node of the Nodes sheet whose id or label was typed as that date, at its first cell."""
    return Problem(place, translate(
        "date_names", "holds the date {date} where a node's name is expected: read as the "
                      "node {node}, whose name on the Nodes sheet a spreadsheet turns into "
                      "that date as it is typed (and so wherever the edges hold this "
                      "date)").format(date=cell_text(value), node=node))
