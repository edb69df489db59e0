"""What a spreadsheet cell may hold, in both directions: the rules that keep files inert.

Writing. Spreadsheet programs run text as code: openpyxl (and pandas' ``to_excel``) turn any
assigned string that starts with ``=`` into a live formula, and Excel or LibreOffice
evaluate a cell that starts with ``+ - @`` (or a tab, CR or LF before one of them) as soon as
somebody edits it. So every piece of user text is written as a *string* cell, and when it
starts with one of :data:`FORMULA_STARTS` it also gets the ``quotePrefix`` style, the
apostrophe Excel itself shows for "this is text". Numbers stay numbers. CSV files have no
cell types, so there the text gets a leading apostrophe instead (:func:`csv_text`), which
is what OWASP recommends for CSV injection and what every spreadsheet program displays
as text; reading a CSV file removes that one apostrophe again (:func:`csv_untext`).

Reading. A formula or an error cell in an imported workbook is never evaluated and never
passed on as a formula: readers wrap it in :class:`FormulaCell` / :class:`ErrorCell`, and
the importers turn it into inert text (with a note) where text is expected, or refuse it
where a number is expected, naming the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

__all__ = ["FORMULA_STARTS", "FormulaCell", "ErrorCell", "MistypedCell", "needs_quote_prefix", "xml_text",
           "cell_text", "MAX_CELL_TEXT"]

#: First characters that make a spreadsheet treat a text as a formula (or DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

#: Excel's limit on the characters in one cell.
MAX_CELL_TEXT = 32_767

# Characters XML 1.0 cannot carry at all (a cell holding one would corrupt the file).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class FormulaCell:
    """A formula found in an imported workbook (its text starts with ``=``); never run."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class ErrorCell:
    """An error value (``#REF!``, ``#DIV/0!``) found in an imported workbook."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class MistypedCell(ErrorCell):
    """A workbook cell whose text is not the type its cell is marked with (``abc`` in a
    cell marked as a number, ``2`` in a boolean one): a damaged workbook's, or a slip of
    the program that wrote it. ``text`` is the cell's text as written; ``marked`` says
    "number" or "boolean". It was an error value ``#NUMBER(abc)``, which no spreadsheet
    shows, and a message that called it one."""

    marked: str = "number"


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula unless it is marked as text."""
    return text.startswith(FORMULA_STARTS)


def xml_text(text: str) -> str:
    """``text`` without the control characters XML cannot carry, cut to Excel's cell limit."""
    text = _XML_ILLEGAL.sub("\ufffd", text)
    return text[:MAX_CELL_TEXT]


def cell_text(value: object) -> str:
    """The text an imported cell shows: numbers without a spurious ``.0``, dates as ISO."""
    if type(value) is str:      # most cells, so the cheapest test first
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
