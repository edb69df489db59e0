"""Read spreadsheet files into tables, defensively: bounded, located, never executed.

A :class:`Table` is one sheet (or one CSV file) as a header and data rows, each row
remembering its row number in the file, so that every problem an importer finds can be
reported as "edges.xlsx: sheet Edges, row 14, column Weight: ...".

Workbooks are untrusted zip archives. openpyxl has no guard against zip bombs (a 0.6 MB
file that unpacks to 152 MB of sheet XML took 85 s and 1.8 GB before failing), so
:func:`check_archive` first reads the archive's directory and refuses, before anything is
decompressed, archives with too many parts, parts or totals past :data:`LIMITS`, or parts
that compress better than real spreadsheets do. Parts are only ever read through
:mod:`zipfile`, which stops at the declared size, so a lying size cannot inflate memory.
XML parts that declare a DTD are refused (spreadsheets never need one, and entity
expansion is how "billion laughs" files work). Sheets are then streamed by
:mod:`windtunnel.io.xlsxread` (whose parser refuses DTDs too, as a second line) under row,
column and text limits. Formula cells come back as :class:`FormulaCell`, error cells as
:class:`ErrorCell`: never evaluated.
"""

from __future__ import annotations

import csv
import io
import re
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


from ..errors import LoadError, Problem
from . import xlsxread
from .cells import MAX_CELL_TEXT, csv_untext

__all__ = ["Table", "Limits", "LIMITS", "check_archive", "read_workbook", "workbook_tables",
           "read_csv", "parse_csv", "read_file_bytes", "file_label"]


@dataclass(frozen=True)
class Limits:
    """Bounds on what an import may read; past any of them the file is refused."""

    file_bytes: int = 64 * 2**20          # the file on disk
    parts: int = 2_000                    # entries in the zip archive
    part_bytes: int = 64 * 2**20          # one part, unpacked
    total_bytes: int = 160 * 2**20        # all parts, unpacked
    ratio: float = 100.0                  # unpacked / packed size of one part...
    ratio_from: int = 2**20               # ...checked for parts bigger than this
    rows: int = 200_000                   # data rows in one sheet
    columns: int = 2_000                  # columns in one sheet
    cell_text: int = MAX_CELL_TEXT        # characters in one cell
    sheets: int = 200                     # sheets in one workbook


LIMITS = Limits()


@dataclass
class Table:
    """One sheet or CSV file: header texts and data rows with their row numbers.

    ``rows[i]`` holds the values of row ``numbers[i]`` (1-based, as the spreadsheet shows
    it); values are None, str, int, float, bool, datetime, FormulaCell or ErrorCell.
    """

    name: str
    header: list[str]
    rows: list[list] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    header_row: int = 1
    csv: bool = False
    row_word: str = "row"
    column_word: str = "column"
    sheet_word: str = "sheet"
    source: str = ""  # the file name, for tables read from files

    def where(self, row: int | None = None, column: str | None = None) -> str:
        """A location such as ``sheet Edges, row 14, column Weight``."""
        parts = [] if self.csv else [f"{self.sheet_word} {self.name}"]
        if row:
            parts.append(f"{self.row_word} {row}")
        if column is not None:
            parts.append(f"{self.column_word} {column}")
        return ", ".join(parts)


def file_label(path: str | os.PathLike) -> str:
    """How error messages name a file: its name, not its whole path."""
    return Path(path).name


# -- the archive guard --------------------------------------------------------------------

def check_archive(archive: zipfile.ZipFile, *, limits: Limits = LIMITS) -> None:
    """Refuse a zip archive whose directory promises more than a spreadsheet holds.

    Sizes come from the central directory, so bombs are refused before anything is
    unpacked; XML parts within the bounds are then scanned for DTDs as a stream.
    """
    infos = archive.infolist()
    if len(infos) > limits.parts:
        raise LoadError(Problem("", f"the archive has {len(infos):,} parts; a workbook has at "
                                    f"most {limits.parts:,}"))
    total = 0
    for info in infos:
        name = info.filename
        if info.file_size > limits.part_bytes:
            raise LoadError(Problem(_part(name), f"unpacks to {info.file_size / 2**20:,.0f} MB; "
                                                 f"the limit is {limits.part_bytes // 2**20} MB"))
        if info.file_size > limits.ratio_from and (
                info.compress_size == 0 or info.file_size / info.compress_size > limits.ratio):
            ratio = info.file_size / max(info.compress_size, 1)
            raise LoadError(Problem(_part(name), f"is compressed {ratio:,.0f} to 1, more than "
                                                 f"any real spreadsheet ({limits.ratio:.0f} to "
                                                 "1): refused as a possible zip bomb"))
        total += info.file_size
        if total > limits.total_bytes:
            raise LoadError(Problem("", f"the archive unpacks to more than "
                                        f"{limits.total_bytes // 2**20} MB; refused"))
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            if _declares_dtd(archive, info):
                raise LoadError(Problem(_part(info.filename),
                                        "declares a DTD or entities, which spreadsheets never "
                                        "do: refused (possible entity-expansion attack)"))


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Scan a part (bounded by the checks above) for a DOCTYPE or ENTITY declaration."""
    tail = b""
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(2**20):
                window = tail + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                    return True
                tail = window[-16:]
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise LoadError(Problem(_part(info.filename), f"is damaged ({exc})")) from None
    return False


def _part(name: str) -> str:
    return f"part {name}"


# -- workbooks ------------------------------------------------------------------------------

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


def read_file_bytes(path: str | os.PathLike, limits: Limits = LIMITS) -> bytes:
    """The bytes of a file to import, refused past the size limit."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise LoadError(Problem("", f"the file is {size / 2**20:,.0f} MB; imports are at "
                                        f"most {limits.file_bytes // 2**20} MB"))
        return path.read_bytes()
    except OSError as exc:
        raise LoadError(Problem("", f"cannot read the file ({exc.strerror or exc})")) from exc


def workbook_tables(data: bytes, *, sheets: Callable[[list[str]], list[str]] | None = None,
                    limits: Limits = LIMITS) -> dict[str, Table]:
    """Pure: the tables of .xlsx ``data`` (bytes), under the same guards as a file.

    ``sheets`` picks the sheets to read from the list of all sheet names (default: all).
    """
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise LoadError(Problem("", "this is an old binary Excel file (.xls); save it as .xlsx"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise LoadError(Problem("", "not an .xlsx workbook (it is not a zip archive)")) from None
    with archive:
        check_archive(archive, limits=limits)
        parts, date1904 = xlsxread.sheet_parts(archive)
        if len(parts) > limits.sheets:
            raise LoadError(Problem("", f"the workbook has {len(parts)} sheets; the limit is "
                                        f"{limits.sheets}"))
        names = [name for name, _part in parts]
        wanted = set(sheets(names) if sheets is not None else names)
        strings = xlsxread.shared_strings(archive, max_text=limits.cell_text)
        dates = xlsxread.date_styles(archive)
        tables = {}
        for name, part in parts:
            if name in wanted:
                tables[name] = _read_sheet(archive, name, part, strings=strings, dates=dates,
                                           date1904=date1904, limits=limits)
        return tables


def _read_sheet(archive, name: str, part: str, *, strings, dates, date1904,
                limits: Limits) -> Table:
    table = Table(name=name, header=[])
    rows = xlsxread.iter_rows(archive, part, strings=strings, dates=dates, date1904=date1904,
                              max_columns=limits.columns, max_text=limits.cell_text,
                              where=table.where)
    for number, values in rows:
        _take_row(table, number, values, header_cell=_header_text, limits=limits, what="sheet")
    return table


def _take_row(table: Table, number: int, values: list, *, header_cell, limits: Limits,
              what: str) -> None:
    """Add a row read from line or sheet row ``number``: trailing empty cells dropped, empty
    rows skipped, the first row left is the header, the others data (at most limits.rows
    rows of limits.columns cells)."""
    while values and values[-1] is None:
        values.pop()
    if not values:
        return
    if len(values) > limits.columns:
        raise LoadError(Problem(table.where(number), f"has {len(values):,} columns; the "
                                                     f"limit is {limits.columns:,}"))
    if not table.header and not table.rows:
        table.header = [header_cell(v) for v in values]
        table.header_row = number
        return
    if len(table.rows) >= limits.rows:
        raise LoadError(Problem(table.where(number), f"the {what} has more than "
                                                     f"{limits.rows:,} data rows"))
    table.rows.append(values)
    table.numbers.append(number)


def _header_text(value) -> str:
    if value is None:
        return ""
    return str(value).strip()


# -- CSV ------------------------------------------------------------------------------------

def read_csv(path: str | os.PathLike, *, limits: Limits = LIMITS) -> Table:
    """Read a CSV file (UTF-8 or UTF-8 with BOM, comma, semicolon or tab separated)."""
    path = Path(path)
    label = file_label(path)
    try:
        data = read_file_bytes(path, limits)
        table = parse_csv(data, name=path.stem, limits=limits)
        table.source = label
        return table
    except LoadError as exc:
        raise LoadError(exc.problems, source=label) from None


def parse_csv(data: bytes, *, name: str = "csv", limits: Limits = LIMITS) -> Table:
    """A table from the bytes of a CSV file; cells stay text (importers convert them)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise LoadError(Problem(f"byte {exc.start}", "the file is neither UTF-8 nor "
                                                         "Windows-1252 text")) from None
    if "\x00" in text:
        raise LoadError(Problem("", "the file holds NUL bytes: it is not a text (CSV) file"))
    delimiter = _delimiter(text)
    table = Table(name=name, header=[], csv=True)
    previous_limit = csv.field_size_limit(limits.cell_text + 1)  # restored below
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for values in reader:
            number = reader.line_num
            values = [csv_untext(v) if v else None for v in values]
            _take_row(table, number, values, header_cell=lambda v: v or "", limits=limits,
                      what="file")
    except csv.Error as exc:
        raise LoadError(Problem(f"line {reader.line_num}", f"not valid CSV ({exc})")) from None
    finally:
        csv.field_size_limit(previous_limit)
    return table


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the first line uses most outside quotes."""
    line = re.sub(r'"[^"]*"', "", text.lstrip().split("\n", 1)[0])
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","

