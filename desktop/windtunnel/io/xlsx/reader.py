"""Read .xlsx workbooks into tables, safely.

Workbooks are untrusted zip archives. openpyxl has no guard against zip bombs (a 0.6 MB
file that unpacks to 152 MB of sheet XML took 85 s and 1.8 GB before failing), so
:func:`check_archive` first reads the archive's directory and refuses, before anything is
decompressed, archives with too many parts, parts or totals past :data:`LIMITS`, or parts
that compress better than real spreadsheets do. Parts are only ever read through
:mod:`zipfile`, which stops at the declared size, so a lying size cannot inflate memory.
XML parts that declare a DTD are refused (spreadsheets never need one, and entity
expansion is how "billion laughs" files work). Sheets are then streamed by
:mod:`windtunnel.io.xlsx.sheet` (whose parser refuses DTDs too, as a second line) under row,
column and text limits. Formula cells come back as :class:`FormulaCell`, error cells as
:class:`ErrorCell`: never evaluated.
"""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path
from typing import Callable

from ...errors import LoadError, Problem
from ...language import translate
from ..cells import cell_text
from ..merged import merged_ranges
from ..tables import LIMITS, Limits, Table, file_label, read_file_bytes, take_rows
from . import parts as xml
from .archive import UnpackedParts, check_archive
from .sheet import RowsOutOfOrder, iter_rows

__all__ = ["read_workbook", "workbook_tables"]

#: The stream an encrypted (password-to-open) .xlsx keeps inside its OLE container
#: ([MS-OFFCRYPTO]), in the UTF-16 of the container's directory.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def read_workbook(path: str | os.PathLike, *,
                  sheets: Callable[[list[str]], list[str]] | None = None,
                  limits: Limits = LIMITS) -> dict[str, Table]:
    """Read the sheets of an .xlsx file (all, or those ``sheets`` picks) as tables, safely.

    Raises LoadError naming the file (and sheet, row, column) for anything refused.
    """
    path = Path(path)
    label = file_label(path)
    try:
        data = read_file_bytes(path, limits)
        return workbook_tables(data, sheets=sheets, limits=limits)
    except LoadError as exc:
        raise LoadError(exc.problems, source=label) from None


def workbook_tables(data: bytes, *, sheets: Callable[[list[str]], list[str]] | None = None,
                    limits: Limits = LIMITS) -> dict[str, Table]:
    """Pure: the tables of .xlsx ``data`` (bytes), under the same guards as a file.

    ``sheets`` picks the sheets to read from the list of all sheet names (default: all).
    """
    if data[:4] == b"\xd0\xcf\x11\xe0":   # an OLE compound file, not a zip archive
        if _ENCRYPTED in data:
            raise LoadError(Problem("", translate("reader", "the workbook is encrypted (protected by "
                                                            "a password to open); open it in Excel, "
                                                            "remove the password (File > Info > "
                                                            "Protect Workbook) and save it again")))
        raise LoadError(Problem("", translate("reader", "this is an old binary Excel file "
                                                        "(.xls); save it as .xlsx")))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        if data[:4] == b"PK\x03\x04":   # a zip archive's start, without its end
            raise LoadError(Problem("", translate("reader", "the workbook is cut short (its zip "
                                                            "archive has no end): it was not "
                                                            "saved, copied or downloaded in "
                                                            "full; get the file again"))) from None
        raise LoadError(Problem("", translate("reader", "not an .xlsx workbook (it is not a zip "
                                                        "archive)"))) from None
    with archive:
        archive = UnpackedParts(archive)   # each part unpacked once: scanned, then read
        check_archive(archive, limits=limits)
        parts, date1904 = xml.sheet_parts(archive)
        names = [name for name, _part in parts]
        _check_names(names)
        wanted = set(sheets(names) if sheets is not None else names)
        if len(wanted) > limits.sheets:   # the sheets read: a results workbook of 250
            raise LoadError(Problem("", (   # scenarios still re-imports its model sheets
                translate("reader", "the workbook has {count} sheets to read; the limit is "
                                    "{sheets}").format(count=len(wanted), sheets=limits.sheets))))
        strings = xml.shared_strings(archive, max_text=limits.cell_text)
        dates = xml.date_styles(archive)
        tables = {}
        for name, part in parts:
            if name in wanted:
                tables[name] = _read_sheet(archive, name, part, strings=strings, dates=dates,
                                           date1904=date1904, limits=limits)
        return tables


def _check_names(names: list[str]) -> None:
    """Refuse sheet names that Excel itself never writes twice (it compares them without
    case): reading both under one name would drop one sheet without a word."""
    seen: dict[str, int] = {}
    for position, name in enumerate(names, start=1):
        key = name.strip().casefold()
        if key in seen:
            raise LoadError(Problem(translate("reader", "sheets {first} and {second}").format(
                                        first=seen[key], second=position),
                                    translate("reader", "two sheets are named {name!r}; a "
                                                        "workbook's sheet names must differ "
                                                        "(Excel ignores case): rename one").format(
                                        name=name)))
        seen[key] = position


def _read_sheet(archive, name: str, part: str, **options) -> Table:
    """A sheet's table, its rows in the order of their numbers: a sheet whose rows are
    written out of order (row 5 before row 3, which Excel never writes) is read a second
    time and its rows placed by their numbers, as LibreOffice places them."""
    try:
        return _sheet_table(archive, name, part, by_number=False, **options)
    except RowsOutOfOrder:
        return _sheet_table(archive, name, part, by_number=True, **options)


def _sheet_table(archive, name: str, part: str, *, strings, dates, date1904, limits: Limits,
                 by_number: bool) -> Table:
    table = Table(name=name, header=[])
    merged: list[str] = []
    batches = iter_rows(archive, part, strings=strings, dates=dates, date1904=date1904,
                        max_columns=limits.columns, max_text=limits.cell_text,
                        where=table.where, merged=merged, by_number=by_number)
    for numbers, rows in batches:
        take_rows(table, numbers, rows, header_cell=_header_text, limits=limits, what="sheet")
    table.merged = merged_ranges(merged)
    return table


def _header_text(value) -> str:
    """A header cell's text; a date's as a data cell reads it (``2026-03-05``), so that a
    matrix's date labels across the top are those down the side."""
    if value is None:
        return ""
    if isinstance(value, date):
        return cell_text(value).strip()
    return str(value).strip()


