"""Tables read from files, defensively: bounded, located, never executed.

A :class:`Table` is one sheet (or one CSV file) as a header and data rows, each row
remembering its row number in the file, so that every problem an importer finds can be
reported as "edges.xlsx: sheet Edges, row 14, column Weight: ...". The readers are by
format: :mod:`windtunnel.io.xlsx` (workbooks) and :mod:`windtunnel.io.csv` (CSV files);
this module holds what they share: the table, the limits, reading a file's bytes under
the size limit, and how a read row joins a table.
"""

from __future__ import annotations

import os
from datetime import date
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from ..errors import LoadError, Problem
from . import values as v
from .cells import MAX_CELL_TEXT, cell_text
from ..language import translate
from ..model.regular_files import NotAFile, read_regular

__all__ = ["Table", "Limits", "LIMITS", "byte_place", "file_label", "file_title",
           "read_file_bytes", "unreadable", "take_row", "take_rows", "located", "RecordStart",
           "header_below_title", "drop_row_numbers"]


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
    cells: int = 5_000_000                # cells in one sheet (2,000 x 2,000 fits)
    columns: int = 2_000                  # columns in one sheet
    cell_text: int = MAX_CELL_TEXT        # characters in one cell
    sheets: int = 200                     # sheets in one workbook
    edges: int = 500_000                  # edges one import makes (a model file holds
                                          # about 700,000 within its 64 MB)


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
    #: The row the header is on; None when the header is no row of the file (a graph's
    #: attributes, a frame's column names), so that no location names it.
    header_row: int | None = 1
    csv: bool = False
    row_word: str = "row"
    column_word: str = "column"
    sheet_word: str = "sheet"
    source: str = ""  # the file name, for tables read from files
    #: The Windows code page a CSV file was read in (``cp932``), "" for Unicode.
    code_page: str = ""
    #: The lines of a CSV file from which a byte-order mark in the middle of the file (as
    #: joining two files leaves) was taken out.
    stray_marks: list[int] = field(default_factory=list)
    cells: int = 0    # cells read so far (header and data rows)
    #: How the file names a row, where its number means nothing to the user: a graph's
    #: node by its id and label, an edge by its id and ends, a pandas frame's row by its
    #: index label (row number -> text).
    places: dict[int, str] = field(default_factory=dict)
    #: The title written above the table (:func:`header_below_title`), not read as data.
    title: str = ""
    #: The sheet's merged ranges as (first column, first row, last column, last row),
    #: 1-based: every cell of one but the first reads as empty (see ``io/merged.py``).
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: ``merged`` indexed by column for lookups, with the lists it was built from (kept by
    #: ``io/merged.py``; rebuilt when ``merged`` or ``rows`` is replaced).
    merged_index: tuple | None = field(default=None, repr=False, compare=False)
    #: The first and last number of a first column that numbered the rows and was dropped
    #: (:func:`drop_row_numbers`), None when it had none.
    row_numbering: tuple[int, int] | None = None
    #: The header cells that held dates (column index -> date), read as the dates' text: a
    #: spreadsheet turns a label typed as 3-5 into a date (see ``io/date_names.py``).
    header_dates: dict[int, date] = field(default_factory=dict)
    #: A graph's parallel edges told apart by a kind or a label (row numbers): influences
    #: of their own, whose sum is held within [-1, 1] (see ``io/parallel_edges.py``).
    distinct_parallels: set[int] = field(default_factory=set)
    #: The columns (headers as written) that told those parallel edges apart: read, though
    #: no field reads them, into the rationale of the edge they merge into.
    parallel_columns: tuple[str, ...] = ()
    #: The columns (headers as written) whose values change over time in the file (a
    #: dynamic GEXF attribute): each row holds the value in effect at the end; a column
    #: that is read says so in a note.
    changing: frozenset[str] = frozenset()

    def cells_of(self, index: int, width: int | None = None) -> list:
        """The cells in column ``index`` (0-based) of the rows at least ``width`` cells long
        (by default, those that reach the column), in row order: read at C speed, with no
        Python step per row, when every row is (the usual table)."""
        width = index + 1 if width is None else width
        rows = self.rows
        if min(map(len, rows), default=width) >= width:
            return list(map(itemgetter(index), rows))
        return [row[index] for row in rows if len(row) >= width]

    def where(self, row: int | None = None, column: str | None = None) -> str:
        """A location such as ``sheet Edges, row 14, column Weight``; a sheet's name past
        Excel's 31 characters (a damaged or hand-made workbook's) cut to its start, so that
        a name of thousands does not fill every message."""
        name = self.name if len(self.name) <= 40 else self.name[:40] + "..."
        parts = [] if self.csv else [located(self.sheet_word, name)]
        if row is not None:                    # a frame's index may number a row 0
            parts.append(located(self.row_word, self.places.get(row, row)))
        if column is not None:
            parts.append(located(self.column_word, column))
        return translate("locations", ", ").join(parts)


def byte_place(data: bytes, offset: int) -> str:
    """``line N, byte M`` of a byte offset (M counted from the line's start, from 1): where
    a text file's bytes stop being the text they should be."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - data.rfind(b"\n", 0, offset)     # rfind is -1 on the first line
    return translate("locations", "line {line}, byte {byte}").format(line=line, byte=column)


@dataclass(frozen=True)
class RecordStart:
    """The place of a CSV file's record that starts on another line than its number, below
    a cell whose text spans lines: ``row`` as a spreadsheet counts the file's records (the
    header's is 1), ``line`` where the record begins in the file, for a text editor."""

    row: int
    line: int

    def __str__(self) -> str:       # one of a list of rows ("rows 3 (from line 4), 5")
        return translate("locations", "{row} (from line {line})").format(row=self.row,
                                                                        line=self.line)


def located(word: str, place) -> str:
    """``row 14`` in the current language (a word this module does not know stays); a
    :class:`RecordStart` as ``row 3 (starting on line 4)``."""
    if word == "row" and isinstance(place, RecordStart):
        return translate("locations", "row {row} (starting on line {line})").format(
            row=place.row, line=place.line)
    patterns = {"sheet": translate("locations", "sheet {place}"),
                "file": translate("locations", "file {place}"),
                "row": translate("locations", "row {place}"),
                "line": translate("locations", "line {place}"),
                "pair": translate("locations", "pair {place}"),
                "entry": translate("locations", "entry {place}"),
                "column": translate("locations", "column {place}"),
                "node": translate("locations", "node {place}"),
                "edge": translate("locations", "edge {place}"),
                "attribute": translate("locations", "attribute {place}")}
    return patterns.get(word, word + " {place}").format(place=place)


def file_label(path: str | os.PathLike) -> str:
    """How error messages name a file: its name, not its whole path."""
    return Path(path).name


def file_title(path: str | os.PathLike) -> str:
    """The title a model read from ``path`` takes when nothing in it gives one: the file's
    name without its extension (``survey`` for survey.xlsx), or its whole name when that
    is blank (a file named `` .csv``), since a title may not be blank."""
    path = Path(path)
    return path.stem.strip() or path.name.strip()


# -- workbooks ------------------------------------------------------------------------------

def read_file_bytes(path: str | os.PathLike, limits: Limits = LIMITS) -> bytes:
    """The bytes of a file to import, refused past the size limit.

    Only a regular file is read: a FIFO would wait forever for a writer and a device such
    as /dev/zero never ends (:func:`~windtunnel.model.regular_files.read_regular`). The read
    stops one byte past the limit, so a file that grows after it was measured is refused
    too, never read to the end."""
    try:
        data, size = read_regular(path, limits.file_bytes)
    except (NotAFile, OSError, ValueError) as exc:
        raise unreadable(exc) from None
    if size > limits.file_bytes:
        raise LoadError(Problem("", translate("tables", "the file is {size:,.0f} MB; imports are "
                                                        "at most {file_bytes} MB").format(
                                        size=size / 2**20, file_bytes=limits.file_bytes // 2**20)))
    return data


def unreadable(exc: NotAFile | OSError | ValueError) -> LoadError:
    """Why a file to import could not be opened (see
    :func:`~windtunnel.model.regular_files.open_regular`): not a regular file, an invalid name
    (a NUL byte in it), or the system's reason."""
    if isinstance(exc, NotAFile):
        return LoadError(Problem("", translate("tables", "is {kind}, not a file to read").format(
                                         kind=exc.kind)))
    if isinstance(exc, OSError):
        return LoadError(Problem("", translate("tables", "cannot read the file ({strerror})").format(
                                         strerror=exc.strerror or exc)))
    return LoadError(Problem("", translate("tables", "is not a valid file name")))


def take_row(table: Table, number: int, values: list, *, header_cell, limits: Limits,
              what: str) -> None:
    """Add a row read from line or sheet row ``number``: trailing empty cells dropped, empty
    rows skipped, the first row left is the header, the others data (at most limits.rows
    rows of limits.columns cells)."""
    while values and values[-1] is None:
        values.pop()
    if not values:
        return
    if len(values) > limits.columns:
        raise LoadError(Problem(table.where(number), translate("tables", "has {count:,} columns; the limit is "
                                                                         "{columns:,}").format(
                                                         count=len(values), columns=limits.columns)))
    table.cells += len(values)
    if table.cells > limits.cells:
        raise LoadError(Problem(table.where(number), translate("tables", "the {what} has more than {cells:,} cells").format(
                                                         what=what, cells=limits.cells)))
    if not table.header and not table.rows:
        table.header = [header_cell(v) for v in values]
        table.header_dates = _dates(values)
        table.header_row = number
        return
    if len(table.rows) >= limits.rows:
        raise LoadError(Problem(table.where(number), translate("tables", "the {what} has more than {rows:,} data "
                                                                         "rows").format(
                                                         what=what, rows=limits.rows)))
    table.rows.append(values)
    table.numbers.append(number)


def take_rows(table: Table, numbers: list[int], rows: list[list], *, header_cell,
              limits: Limits, what: str) -> None:
    """:func:`take_row` for each of ``rows`` (read from lines or sheet rows ``numbers``),
    with the same result: the rows after the header in one step when no row is empty or
    ends with an empty cell and no limit is reached; else row by row."""
    start = 0
    while start < len(rows) and not (table.header or table.rows):
        take_row(table, numbers[start], rows[start], header_cell=header_cell, limits=limits,
                 what=what)
        start += 1
    if start:
        numbers, rows = numbers[start:], rows[start:]
    if all(rows) and None not in map(itemgetter(-1), rows):    # no Python step per row
        cells = sum(map(len, rows))
        if (max(map(len, rows), default=0) <= limits.columns
                and table.cells + cells <= limits.cells
                and len(table.rows) + len(rows) <= limits.rows):
            table.cells += cells
            table.rows.extend(rows)
            table.numbers.extend(numbers)
            return
    for number, values in zip(numbers, rows):
        take_row(table, number, values, header_cell=header_cell, limits=limits, what=what)


def _dates(cells: list) -> dict[int, date]:
    """The cells that are dates (a datetime is one), by column index."""
    return {index: cell for index, cell in enumerate(cells) if isinstance(cell, date)}


# -- a title above the table ----------------------------------------------------------------

#: How many rows below a title the header of a titled sheet may be.
TITLE_ROWS = 5


def header_below_title(table: Table) -> None:
    """Read a sheet with a title above its table from the table's header row, in place.

    Spreadsheet users often write a title (one cell) in the first row and the table below
    it, after a blank row or a subtitle. When the first row holds one filled cell and one
    of the next :data:`TITLE_ROWS` rows holds two or more cells of text and no number
    (a header), that row becomes the header and the rows above it the :attr:`Table.title`
    (the importer's note names the row). A row of two or more cells that is not a header
    is data: the table is left as it was read.

    So is a first row of headings over groups of columns, as pandas writes a frame with
    two levels of column names to Excel (``Edge`` merged over ``From`` and ``To``): it
    holds cells merged across columns, at least half its headings, and the row below has
    a header cell under every column of each such merge (a data row under a header cell
    merged for width leaves the merge's other columns empty, and stays data; a header row
    of single headings with one merged for width is a header)."""
    filled = [cell for cell in table.header if not v.is_blank(cell)]
    if not filled or (len(filled) > 1 and 2 * len(_across(table)) < len(filled)):
        return
    above = [cell_text(cell).strip() for cell in filled]
    for index, (number, row) in enumerate(zip(table.numbers, table.rows)):
        if number > table.header_row + TITLE_ROWS:
            return
        cells = [cell for cell in row if not v.is_blank(cell)]
        if len(cells) <= 1:
            above.extend(cell_text(cell).strip() for cell in cells)     # a subtitle
            continue
        if not all(isinstance(cell, str) and not v.reads_as_number(cell) for cell in cells):
            return
        if len(filled) > 1 and not all(c <= len(row) and not v.is_blank(row[c - 1])
                                       for first, _, last, _ in _across(table)
                                       for c in range(first, last + 1)):
            return
        table.title = " / ".join(above)
        table.header = ["" if cell is None else cell_text(cell).strip() for cell in row]
        table.header_dates = _dates(row)
        table.header_row = number
        del table.rows[:index + 1], table.numbers[:index + 1]
        return


# -- a column of row numbers ----------------------------------------------------------------

def drop_row_numbers(table: Table) -> None:
    """Blank, in place, a first column without a header that numbers the rows 0 to n-1 or
    1 to n, and remember its first and last number in :attr:`Table.row_numbering`.

    pandas writes its index so (``to_csv`` and ``to_excel`` unless told ``index=False``):
    a column of row numbers, not data; read as data its cells would be noted as cells
    without a header. A first column of anything else is kept, and so is a numbering
    beside a header of numbers alone (the labels of a matrix, or a block of weights), as
    is a single row (a lone 0 or 1 numbers nothing)."""
    header = table.header
    if (not header or not v.is_blank(header[0]) or len(table.rows) < 2
            or all(v.is_blank(cell) or v.reads_as_number(cell) for cell in header[1:])):
        return
    start = _row_number(table.rows[0])
    if start not in (0, 1) or any(_row_number(row) != start + k
                                  for k, row in enumerate(table.rows)):
        return
    for row in table.rows:        # blanked, not removed: the other columns keep their letters
        row[0] = None
    table.row_numbering = (start, start + len(table.rows) - 1)


def _row_number(row: list) -> int | None:
    """The whole number a row's first cell holds, None for anything else."""
    if not row or isinstance(row[0], bool):
        return None
    try:
        return v.whole(row[0])
    except v.CellProblem:
        return None


def _across(table: Table) -> list[tuple[int, int, int, int]]:
    """The merged ranges of the header row that span columns within it."""
    return [bounds for bounds in table.merged
            if bounds[1] == bounds[3] == table.header_row and bounds[2] > bounds[0]]
