"""A worksheet's rows of cell values, streamed through expat under the row, column and text
limits.

A 10,000-row sheet fires some 400,000 parser events, so the cost of the read is the cost of
its handlers: they keep their state in closure variables rather than dicts, test element
names most frequent first (a prefixed name such as ``x:c`` is stripped only when no plain
name matched), hand the text of a ``<v>``, ``<t>`` or ``<f>`` straight to a list's
``append`` (expat calls no Python function for it, and none for the whitespace between
elements), map a reference's column letters through a small cache, and build each row as
a list in column order, padding only for a skipped column. The parser is
:func:`windtunnel.io.xlsx.parts.safe_parser`: DTDs and entity declarations are refused by
expat itself, behind the archive scan.
"""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from math import isfinite
from typing import Callable, Iterator
from xml.parsers import expat

from openpyxl.utils import get_column_letter

from ...errors import LoadError, Problem
from ...language import translate
from ..cells import ErrorCell, FormulaCell, MistypedCell
from .parts import CHUNK, Long, Stop, column_index, safe_parser, whole

__all__ = ["RowsOutOfOrder", "iter_rows"]

_DIGITS = "0123456789"
_TEXT_KINDS = ("str", "d")
#: What a boolean cell holds: 1 or 0 as Excel writes it, the words as some other tools do.
_BOOLEANS = {"1": True, "0": False, "true": True, "false": False}
#: The last row a sheet has (Excel's and LibreOffice's).
_LAST_ROW = 1_048_576
#: Column letters and style indices remembered per sheet (real sheets use a few dozen).
_CACHED = 4_096


#: The merged ranges of a sheet kept at most (each is looked up when a cell is empty).
MAX_MERGED = 2_000


class RowsOutOfOrder(Exception):
    """A sheet's rows are not written in the order of their numbers (row 5 before row 3):
    read it again with ``by_number``."""


def iter_rows(archive: zipfile.ZipFile, part: str, *, strings: list[str], dates: set[int],
              date1904: bool, max_columns: int, max_text: int,
              where: Callable[..., str],
              merged: list[str] | None = None,
              by_number: bool = False) -> Iterator[tuple[list[int], list[list]]]:
    """Yield (row numbers, rows) for the rows holding a value, one batch per chunk of XML.

    ``where(row, column)`` names a place for error messages. Rows come out in file order
    as complete lists (trailing blanks dropped); a row is never longer than
    ``max_columns`` because a cell with a value past it stops the parse at once (an empty
    or blank cell there, as formatting a whole row leaves, is passed over). The sheet's merged
    ranges (``B2:B4``: only B2 holds a value) are appended to ``merged`` as read, the
    first :data:`MAX_MERGED` of them.

    A row numbered below the row before it (Excel writes them in order; LibreOffice opens
    rows out of order and places each by its number) raises :class:`RowsOutOfOrder`,
    unless ``by_number``: then every row is gathered and yielded at the end in the order
    of the numbers. A cell whose reference names another row than the row it is in
    (``A5`` in row 2) is refused as damaged, as is a cell or row written twice.
    """
    epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    parser = safe_parser(part)
    numbers: list[int] = []
    rows: list[list] = []
    row: list = []
    number = column = skip = last = 0
    row_text = None           # the row's number as its r= writes it (None: no r=)
    kind, style, in_cell, has_formula = "n", None, False, False
    values: list[str] = []    # the text of the cell's <v>
    inline: list[str] = []    # of its <t> elements (an inline string's runs)
    formula: list[str] = []   # of its <f>
    to_values, to_inline, to_formula = values.append, inline.append, formula.append
    columns: dict[str, int] = {}
    date_style: dict[str, bool] = {}
    seen: set[int] = set()    # the numbers of the rows read, each written once

    def start(name, attrs):
        nonlocal number, column, skip, kind, style, in_cell, has_formula, row, row_text
        if name == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip(_DIGITS)
                found = columns.get(letters)
                if found is None:
                    found = column_index(letters)
                    if len(columns) < _CACHED:
                        columns[letters] = found
                column = found or column + 1
                if letters and len(ref) > len(letters) and ref[len(letters):] != row_text:
                    _of_another_row(ref)
            else:
                column += 1
            kind = attrs.get("t", "n")
            style = attrs.get("s")
            in_cell = True
        elif name == "t":
            if in_cell and not skip:
                parser.CharacterDataHandler = to_inline
        elif name == "is":    # an inline string: its text is in the <t> elements inside
            pass
        elif name == "v":
            if in_cell:
                parser.CharacterDataHandler = to_values
        elif name == "row":
            ref = attrs.get("r")
            if ref:
                found = whole(ref, None)
                # row 0 or one past Excel's last is refused too (row 0 was read as the
                # row after the one before, row 2,000,000 as it was)
                if not 0 < (found or 0) <= _LAST_ROW:
                    raise Stop(LoadError(Problem(where(), translate(
                        "parts", "a row number {clip!r} that no sheet has (Excel's last row is "
                                 "1,048,576)").format(
                        clip=ref if len(ref) <= 20 else ref[:20] + "..."))))
                number = found
                row_text = ref
            else:
                number += 1
                row_text = None
            column = 0
            row = []
        elif name == "f":
            if in_cell:
                has_formula = True
                formula.clear()
                parser.CharacterDataHandler = to_formula
        elif name == "rPh":
            skip += 1
        elif name == "mergeCell":
            if merged is not None and len(merged) < MAX_MERGED and attrs.get("ref"):
                merged.append(attrs["ref"][:40])
        elif ":" in name:
            start(name.rpartition(":")[2], attrs)

    def end(name):
        nonlocal skip, in_cell, has_formula, row, last
        if name == "c":
            in_cell = False
            if has_formula:
                has_formula = False
                text = "".join(formula)
                value = FormulaCell("=" + text if text else "=(shared formula)")
            elif kind == "inlineStr":
                value = "".join(inline)
                if len(value) > max_text:
                    _too_long(len(value))
            elif not values:
                value = None
            else:
                raw = "".join(values)
                if kind == "s":
                    index = int(raw) if raw.isdigit() and len(raw) < 12 else -1
                    if not 0 <= index < len(strings):
                        _no_shared_text(raw)
                    value = strings[index]
                    if type(value) is Long:
                        _too_long(value.length)
                elif kind in _TEXT_KINDS:
                    value = raw
                    if len(value) > max_text:
                        _too_long(len(value))
                elif kind == "b":
                    value = _BOOLEANS.get(raw.strip().lower()) if len(raw) < 8 else None
                    if value is None:       # no writer puts anything else in a boolean
                        value = MistypedCell(raw[:40], "boolean")
                elif kind == "e":
                    value = ErrorCell(raw)
                else:
                    if raw.isdigit() and raw.isascii() and len(raw) <= 300:
                        value = int(raw)
                    else:
                        value = _number(raw)
                    if style is not None and type(value) is not MistypedCell:
                        is_date = date_style.get(style)
                        if is_date is None:
                            is_date = whole(style, None) in dates
                            if len(date_style) < _CACHED:
                                date_style[style] = is_date
                        if is_date:
                            value = _date(value, epoch)
            if values:
                values.clear()
            if inline:
                inline.clear()
            if column > max_columns and value is not None and not (
                    type(value) is str and not value.strip()):
                raise Stop(LoadError(Problem(
                    where(number, _column_name(column)),
                    translate("parts", "is past the limit of {max_columns:,} columns").format(
                        max_columns=max_columns))))
            if value is not None and column <= max_columns:
                size = len(row)
                if column > size:
                    if column > size + 1:
                        row.extend([None] * (column - size - 1))
                    row.append(value)
                elif row[column - 1] is None:   # a cell written after one to its right
                    row[column - 1] = value
                else:
                    _damaged(translate("parts", "is written twice in the sheet"))
        elif name == "t" or name == "v" or name == "f":
            parser.CharacterDataHandler = None
        elif name == "is":
            pass
        elif name == "row":
            if row:
                if number in seen:
                    _damaged(translate("parts", "is written twice in the sheet"), cell=False)
                seen.add(number)
                if number < last and not by_number:
                    raise RowsOutOfOrder
                last = number
                numbers.append(number)
                rows.append(row)
                row = []
        elif name == "rPh":
            skip -= 1
        elif ":" in name:
            end(name.rpartition(":")[2])

    def _too_long(length: int):
        raise Stop(LoadError(Problem(
            where(number, _column_name(column)),
            translate("parts", "holds {length:,} characters; the limit is {max_text:,}").format(
                length=length, max_text=max_text))))

    def _damaged(what: str, *, cell: bool = True):
        """Refuse the cell (or, not ``cell``, the row) being read: two values for one
        place, of which Windtunnel would keep the last without a word (Excel refuses
        such a file as damaged)."""
        place = where(number, _column_name(column)) if cell else where(number)
        raise Stop(LoadError(Problem(place, translate(
            "parts", "{what}: the workbook is damaged; open it in Excel and save it "
                     "again").format(what=what))))

    def _of_another_row(ref: str):
        """Refuse a cell whose reference names a row other than the one its row's r=
        names: which of the two places it belongs to cannot be told (a row without r=
        is the row after the one before, and its cells' rows are not checked)."""
        if row_text is not None and whole(ref[len(ref.rstrip(_DIGITS)):], None) != number:
            _damaged(translate("parts", "holds the cell {ref}, which is on another row").format(
                ref=ref[:20]))

    def _no_shared_text(raw: str):
        """A text cell naming no text of the workbook's shared text (an index past its
        end, negative or not a number, or no shared text at all): a damaged workbook,
        whose cell cannot be told, so the workbook is refused rather than read with a
        gap or another cell's text (Python would read -1 as the last text)."""
        message = (translate("parts", "refers to text {index!r} of the workbook's shared "
                                      "texts, which has {count:,}: the workbook is damaged; "
                                      "open it in Excel and save it again") if strings else
                   translate("parts", "refers to the workbook's shared texts, and the workbook "
                                      "has none (no xl/sharedStrings.xml): the workbook is "
                                      "damaged; open it in Excel and save it again"))
        raise Stop(LoadError(Problem(where(number, _column_name(column)),
                                     message.format(index=raw[:20], count=len(strings)))))

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        with archive.open(part) as handle:
            while chunk := handle.read(CHUNK):
                parser.Parse(chunk, False)
                if rows and not by_number:
                    yield numbers, rows
                    numbers, rows = [], []
            parser.Parse(b"", True)
            if by_number:
                order = sorted(range(len(numbers)), key=numbers.__getitem__)
                numbers, rows = [numbers[i] for i in order], [rows[i] for i in order]
            if rows:
                yield numbers, rows
    except Stop as stop:
        raise stop.error from None
    except expat.ExpatError as exc:
        raise LoadError(Problem(where(), translate("parts", "not valid XML (line {lineno}: "
                                                            "{messages})").format(
            lineno=exc.lineno, messages=expat.errors.messages[exc.code]))) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise LoadError(Problem(where(), translate("parts", "is damaged ({exc})").format(
            exc=exc))) from None


def _number(raw: str) -> int | float | MistypedCell:
    """A number cell's value other than a plain whole number: negative, decimal, or not a
    number at all (then an error cell showing it)."""
    if "_" in raw:                     # float() reads "1_0" as 10; no spreadsheet writes it
        return MistypedCell(raw[:40])
    digits = raw.lstrip("-")
    try:  # whole numbers exactly (ids such as 12345678901234567890), up to a double's range
        if digits.isascii() and digits.isdigit() and len(digits) <= 300:
            return int(raw)
        value = float(raw)
    except ValueError:
        return MistypedCell(raw[:40])
    if value == 0 and any(c in "123456789" for c in raw.lower().partition("e")[0]):
        return raw.strip()      # 1e-400: read as its text, refused as a CSV file's cell is
    if not isfinite(value):     # (it was read as 0 without a word); so are 1e400 and NaN,
        return raw.strip()      # quoted as written rather than as Python's "inf" or "nan"
    return value


def _date(number: int | float, epoch: datetime) -> datetime | int | float:
    """A number shown in a date format as the date it is, in the workbook's system."""
    try:  # to the millisecond, Excel's precision: 1:00 is not 0:59:59.999999
        day, fraction = divmod(float(number), 1)
        return epoch + timedelta(days=day, milliseconds=round(fraction * 86_400_000))
    except (OverflowError, ValueError):  # past year 9999, NaN: the number as it is
        return number


def _column_name(column: int) -> str:
    """A column's letters as Excel names it; a damaged cell's reference may give an index
    past the three letters openpyxl can name (ZZZ), which is said as such."""
    return get_column_letter(column) if column <= 18_278 else "past ZZZ"
