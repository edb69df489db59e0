"""A sheet's cells parsed a column at a time, with the row-by-row reader's exact results.

:func:`parsed_rows` yields, row by row, what :func:`~windtunnel.io.rows.row_values` gives
for the row, but parses each column in one pass first. The cells imports are made of (text,
blank cells, plain decimals such as ``-0.35`` or, as European spreadsheets write them,
``-0,35``, numbers read from a workbook) are taken there at once; a cell the fast pass
does not settle (a formula, an error value, a label or fuzzy weight, ``50%``, a cell that
is refused, such as ``1,000``) marks its row, and a marked
row goes through ``row_values`` itself when the caller reaches it. So every problem and
note is the one the cell-by-cell reader gives, in the same order (the caller's own
problems for a row, such as an unknown node, stay interleaved as before), and a clean
table never pays for the cell-by-cell machinery.

Each fast rule returns the value the column's parser returns for that cell, or
:data:`_SLOW`; ``tests/io/test_io_columns.py`` checks them against the parsers on hostile
cells, and whole imports against the cell-by-cell reader.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from datetime import date
from operator import itemgetter, methodcaller

from . import values as v
from ..language import translate
from ..model import Objective, Source
from .date_names import NAME_FIELDS, date_names_note
from .node_resolver import NodeResolver
from .rows import FIELD_HEADERS, PARSERS, Reader, checked, clean, columns_of, row_values
from .sheets import SHEETS
from .tables import Table

__all__ = ["parsed_rows", "settled_columns", "read_rows_as", "read_simple"]

#: The answer of a fast rule that leaves the cell to the cell-by-cell reader.
_SLOW = object()
#: A plain decimal as :func:`windtunnel.io.values.number` reads it (no spaces, sign
#: characters other than ``+ -`` or percent: those go the slow way).
_DECIMAL = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,4})?"
#: The same with a decimal comma (``-0,35``, as European spreadsheets write numbers), but
#: not ``1,000`` or ``-12,500``, which could be thousands and are refused.
_COMMA_DECIMAL = (r"(?![-+]?[1-9]\d{0,2},\d{3}(?:\n|\Z))"
                  r"[-+]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][-+]?\d{1,4})?")
_WHOLE_NUMBER = r"[-+]?\d{1,30}"
_PLAIN = re.compile(_DECIMAL + r"\Z", re.ASCII).match
_COMMA = re.compile(_COMMA_DECIMAL + r"\Z", re.ASCII).match
_INTEGER = re.compile(_WHOLE_NUMBER + r"\Z", re.ASCII).match
#: A column of such texts joined by line ends (a possessive repeat: linear time).
_PLAIN_TEXT = re.compile(f"(?:{_DECIMAL}\n)*+{_DECIMAL}", re.ASCII)
_COMMA_TEXT = re.compile(f"(?:{_COMMA_DECIMAL}\n)*+{_COMMA_DECIMAL}", re.ASCII)
_INTEGER_TEXT = re.compile(f"(?:{_WHOLE_NUMBER}\n)*+{_WHOLE_NUMBER}", re.ASCII)
#: Whole numbers a double holds exactly: read as themselves, as ``int(float(n))`` does.
_EXACT = 2**53


def _text(cell):
    if type(cell) is str:
        return cell
    return "" if cell is None else _SLOW


def _choice(cell):
    if type(cell) is str:
        return cell.strip().lower()
    return "" if cell is None else _SLOW


def _identifier(cell):
    if type(cell) is str:
        return cell.strip()
    return "" if cell is None else _SLOW


def _number(cell):
    kind = type(cell)
    if kind is float:
        return cell if math.isfinite(cell) else _SLOW
    if kind is str:
        if _PLAIN(cell):
            number = float(cell)
        elif _COMMA(cell):
            number = float(cell.replace(",", "."))
        else:
            return _SLOW
        return number if math.isfinite(number) and (number or not v.lost_to_zero(cell)) \
            else _SLOW
    if cell is None:
        return None
    if kind is int and -_EXACT < cell < _EXACT:
        return float(cell)
    return _SLOW


def _whole(cell):
    kind = type(cell)
    if kind is str:
        return int(cell) if _INTEGER(cell) else _SLOW
    if kind is int and -_EXACT < cell < _EXACT:
        return cell
    if kind is float and cell.is_integer() and -_EXACT < cell < _EXACT:
        return int(cell)
    return None if cell is None else _SLOW


#: The fast rule of each kind of column; kinds not listed call their parser on every cell.
_FAST = {"text": _text, "choice": _choice, "id": _identifier, "number": _number,
         "weight": _number, "whole": _whole}


def _floats(cells: list) -> list:
    return list(map(float, cells))


def _comma_floats(cells: list) -> list:
    """The numbers of a column of decimal-comma texts (``-0,35``), converted at C speed."""
    return list(map(float, map(methodcaller("replace", ",", "."), cells)))


#: Kinds whose whole column, when every cell is text of one form, is converted at once by
#: one regular-expression match over the column and C-level maps (no Python call per
#: cell); the forms are tried in turn (decimal points, then decimal commas).
_NUMBERS = ((_PLAIN_TEXT, _floats), (_COMMA_TEXT, _comma_floats))
_WHOLE_COLUMN = {"number": _NUMBERS, "weight": _NUMBERS,
                 "whole": ((_INTEGER_TEXT, lambda cells: list(map(int, cells))),),
                 "id": ((None, lambda cells: list(map(str.strip, cells))),),
                 "text": ((None, list),),
                 "choice": ((None, lambda cells: list(map(str.lower, map(str.strip, cells)))),)}
#: Kinds whose columns repeat a few texts (weights to three decimals, delays, confidence
#: words): each distinct text is matched and converted once, then looked up for each cell.
_BY_DISTINCT = frozenset({"number", "weight", "whole", "choice"})


def _at_once(cells: list, kind: str) -> list | None:
    """The column's values when all its cells are text the fast rule settles alike, or
    numbers it takes as they are, else None: an import's columns are mostly all text (CSV)
    or all numbers (workbooks)."""
    forms = _WHOLE_COLUMN.get(kind)
    if forms is None or not cells:
        return None
    kinds = set(map(type, cells))
    if kinds != {str}:
        return _numbers_at_once(cells, kind, kinds)
    if kind not in _BY_DISTINCT:
        return _converted(cells, forms)
    distinct = list(dict.fromkeys(cells))
    values = _converted(distinct, forms)
    if values is None or len(distinct) == len(cells):
        return values
    return list(map(dict(zip(distinct, values)).__getitem__, cells))


def _numbers_at_once(cells: list, kind: str, kinds: set) -> list | None:
    """A column of numbers (a workbook's weights and delays) as the fast rule reads each
    of its cells, converted at C speed: finite floats, and whole numbers a double holds
    exactly, for a number; such whole numbers, or floats that are whole, for a whole;
    else None (a column holding anything else is read a cell at a time)."""
    if not kinds <= {float, int} or kind not in _NUMBER_KINDS:
        return None
    # the whole numbers' range first: a whole number past a double's range (a cell of 400
    # digits) cannot be asked whether it is finite; a NaN never passes this range check
    # when it comes first, and a later one is found by the next
    if (int in kinds or kind == "whole") and not -_EXACT < min(cells) <= max(cells) < _EXACT:
        return None
    if float in kinds and not all(map(math.isfinite, cells)):
        return None
    if kind != "whole":
        return list(map(float, cells)) if int in kinds else list(cells)
    if float in kinds and not all(map(float.is_integer, map(float, cells))):
        return None
    return list(map(int, cells)) if float in kinds else list(cells)


#: The kinds whose column of numbers :func:`_numbers_at_once` reads.
_NUMBER_KINDS = frozenset({"number", "weight", "whole"})


def _converted(texts: list, forms) -> list | None:
    """The values of ``texts`` (all text), by the first of the kind's ``forms`` that they
    all match; None when they match none."""
    if forms[0][0] is None:                       # text: every cell settles alike
        return forms[0][1](texts)
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:     # a cell holding a line end would pass as two
        return None
    for pattern, convert in forms:
        if pattern.fullmatch(joined):
            values = convert(texts)
            if convert is not _floats and convert is not _comma_floats:
                return values
            if not all(map(math.isfinite, values)):
                return None
            if 0.0 in values and any(not value and v.lost_to_zero(text)
                                     for value, text in zip(values, texts)):
                return None                      # 1e-400: refused at its cell, the slow way
            return values
    return None


def _parsed(cells: list, kind: str) -> tuple[list, bool]:
    """The column's values, :data:`_SLOW` where the fast rule or the parser gives up, and
    whether they were settled at once (then none is :data:`_SLOW`: no need to look)."""
    values = _at_once(cells, kind)
    if values is not None:
        return values, True
    fast = _FAST.get(kind)
    if fast is not None:
        return [fast(cell) for cell in cells], False
    parse = PARSERS[kind]
    out = []
    for cell in cells:
        try:
            out.append(parse(cell))
        except v.CellProblem:
            out.append(_SLOW)
    return out, False


def parsed_rows(table: Table, sheet: str, columns: dict[str, int], reader: Reader,
                read_as_typed: Callable[[date], object] | None = None
                ) -> Iterator[tuple[int, list, dict]]:
    """``(row number, row, values)`` for each data row: the values as ``row_values`` gives
    them (``_ok`` included), its problems and notes recorded as the row is reached; the
    dates in columns of names noted first (:mod:`windtunnel.io.date_names`), but for those
    ``read_as_typed`` gives a name (an edge's end read as the node typed so, noted then)."""
    by_name, unsettled = _columns(table, sheet, columns)
    kept = None if read_as_typed is None else (lambda value: read_as_typed(value) is None)
    for name in filter(NAME_FIELDS.__contains__, unsettled):   # a date is never settled
        note = date_names_note(table, columns[name], kept)
        if note is not None:
            reader.notes.append(note)
    names, parsed = list(by_name), list(by_name.values())
    slow = {k for name in unsettled for k, value in enumerate(by_name[name]) if value is _SLOW}
    for k, (number, row, values) in enumerate(zip(table.numbers, table.rows,
                                                  zip(*parsed) if parsed else _empties(table))):
        if k in slow:
            yield number, row, row_values(table, sheet, columns, number, row, reader)
        else:
            data = dict(zip(names, values))
            data["_ok"] = True
            yield number, row, data


def _columns(table: Table, sheet: str,
             columns: dict[str, int]) -> tuple[dict[str, list], list[str]]:
    """Each column's values by field, in the layout's order, :data:`_SLOW` where a cell
    needs the cell-by-cell reader; and the fields whose columns may hold :data:`_SLOW`
    (those not settled at once)."""
    out, unsettled = {}, []
    rows = table.rows
    # the columns every row has cells in, up to the last one read, taken apart in one pass
    # (the rows as zip's arguments: no call per cell, as taking one column at a time makes;
    # rows holding more cells cut first, so that unread columns are not taken apart)
    needed = max(columns.values(), default=-1) + 1
    if min(map(len, rows), default=0) > needed:
        rows = list(map(itemgetter(slice(needed)), rows))
    leading = list(zip(*rows))
    width = len(leading)
    for column in SHEETS[sheet]:
        index = columns.get(column.field)
        if index is not None:
            cells = (leading[index] if index < width else
                     [row[index] if index < len(row) else None for row in rows])
            out[column.field], at_once = _parsed(cells, column.parse)
            if not at_once:
                unsettled.append(column.field)
    return out, unsettled


def settled_columns(table: Table, sheet: str, columns: dict[str, int]) -> dict[str, list] | None:
    """Each column's values by field, as the cell-by-cell reader gives them, when no cell
    needs that reader (no cell it would refuse or note); else None."""
    out, unsettled = _columns(table, sheet, columns)
    if any(_SLOW in out[name] for name in unsettled):   # no value equals it but itself
        return None
    return out


def _empties(table: Table):
    return [()] * len(table.rows)


def read_rows_as(table: Table | None, sheet: str, reader: Reader,
                  required) -> tuple[list[dict], dict[str, int]]:
    """Rows of a sheet as field dicts (with ``_row``), and the sheet's column map."""
    if table is None:
        return [], {}
    columns = columns_of(table, sheet, reader)
    missing = [name for name in required if name not in columns]
    if missing:
        reader.problem(table, table.header_row, None, _no_columns(sheet, missing))
        return [], columns
    out = []
    for number, _row, data in parsed_rows(table, sheet, columns, reader):
        if data.pop("_ok"):
            data["_row"] = number
            out.append(data)
    return out, columns


def read_simple(table: Table | None, sheet: str, cls, reader: Reader,
                resolve: NodeResolver | None = None) -> list:
    """Sources and Objectives: one element per row, every column a field; ``resolve``
    finds the node an objective names (by id or label, as the edges may name it)."""
    if table is None:
        return []
    columns = columns_of(table, sheet, reader)
    required = ("id", "title" if cls is Source else "label") + (
        ("node",) if cls is Objective else ())
    for name in required:
        if name not in columns:
            reader.problem(table, table.header_row, None, _no_columns(sheet, [name]))
            return []
    out = []
    for number, _row, data in parsed_rows(table, sheet, columns, reader):
        if not data.pop("_ok"):
            continue
        if resolve is not None and not resolve.name_nodes(data, ("node",), table, number,
                                                          columns, reader):
            continue
        element = checked(cls(**(clean(data, cls) | {name: data[name] for name in required})),
                          table, number, sheet, columns, reader)
        if element is not None:
            reader.origin[(sheet, len(out))] = (table, number)
            out.append(element)
    return out


def _no_columns(sheet: str, fields: list[str]) -> str:
    """The refusal of a sheet without the columns of ``fields``, naming their headers."""
    headers = translate("naming", ", ").join(FIELD_HEADERS[sheet][name] for name in fields)
    return (translate("columns", "has no {headers} column") if len(fields) == 1 else
            translate("columns", "has no {headers} columns")).format(headers=headers)
