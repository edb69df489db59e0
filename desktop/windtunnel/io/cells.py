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

import csv
import io
import math
import numbers
import re
from dataclasses import dataclass
from datetime import date, datetime, time

__all__ = ["FORMULA_STARTS", "FormulaCell", "ErrorCell", "needs_quote_prefix", "xml_text",
           "csv_text", "csv_untext", "csv_bytes", "table_csv_bytes", "cell_text", "is_number",
           "MAX_CELL_TEXT"]

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


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula unless it is marked as text."""
    return text.startswith(FORMULA_STARTS)


def xml_text(text: str) -> str:
    """``text`` without the control characters XML cannot carry, cut to Excel's cell limit."""
    text = _XML_ILLEGAL.sub("\ufffd", text)
    return text[:MAX_CELL_TEXT]


def csv_text(value: object) -> object:
    """A value ready for a CSV export: formula-like text gets a leading apostrophe.

    Text that already starts with an apostrophe gets one more, so that
    :func:`csv_untext` can always undo exactly what was added.
    """
    if isinstance(value, str) and (needs_quote_prefix(value) or value.startswith("'")):
        return "'" + value
    return value


def csv_bytes(header: list, rows, *, bom: bool = False, digits: int | None = None) -> bytes:
    """The one CSV writer behind every CSV file Windtunnel writes: UTF-8, CRLF line ends,
    text made safe for spreadsheets (:func:`csv_text`, after :func:`xml_text`), blanks
    for None and NaN, numbers in full or to ``digits`` significant digits.

    ``bom`` starts the file with a byte-order mark, which Excel needs to read UTF-8 (the
    model's tables, edited in Excel); files other programs read back (the weight matrix,
    whose corner cell FCM tools read as a name; result tables) have none.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in [header, *rows]:
        writer.writerow([_csv_cell(value, digits) for value in row])
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def _csv_cell(value, digits: int | None):
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(xml_text(value))
    if isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral)):
        number = float(value)
        if not math.isfinite(number):
            return "" if math.isnan(number) else str(number)
        return f"{number:.{digits}g}" if digits else repr(number)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    return value


def table_csv_bytes(frame, text_columns=()) -> bytes:
    """A pandas table as CSV through :func:`csv_bytes`, numbers to 6 significant digits,
    no index column (``text_columns`` is kept for callers: every text cell is made safe)."""
    return csv_bytes(list(frame.columns), frame.itertuples(index=False, name=None), digits=6)


def csv_untext(text: str) -> str:
    """Undo :func:`csv_text` on text read from a CSV file (one added apostrophe)."""
    if text.startswith("'") and (needs_quote_prefix(text[1:]) or text[1:].startswith("'")):
        return text[1:]
    return text


def is_number(value: object) -> bool:
    """A real, finite number (bools are not numbers here)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def cell_text(value: object) -> str:
    """The text an imported cell shows: numbers without a spurious ``.0``, dates as ISO."""
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
