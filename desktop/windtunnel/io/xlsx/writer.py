"""Build an .xlsx workbook in memory: openpyxl for the frame, fast XML for the cells.

openpyxl is the right tool for everything around the data (styles, frozen panes, filters,
column widths, conditional formats, native charts), but each cell it writes costs about
13 microseconds, so a results workbook of a million numbers would take many seconds. A
:class:`Book` therefore keeps the rows of every sheet itself, lets openpyxl save a
workbook whose sheets have empty ``<sheetData/>``, and then fills each sheet's data in
with XML it writes directly (:func:`rows_xml`), roughly forty times faster.

The cell rules of :mod:`windtunnel.io.cells` are applied here, in one place, for every
workbook Windtunnel writes: text is always an inline *string* cell (``t="inlineStr"``),
never a formula, and text starting with ``= + - @`` (or tab, CR, LF) also carries a
``quotePrefix`` style; numbers are numbers; NaN and infinities are left empty.

A sheet made inside :meth:`Book.rounded` stores its floats to that many significant
digits: results a reader reads (2.65, not the arithmetic's 2.6500000000000004), while the
sheets a workbook re-imports from (a model's weights) keep every digit.
"""

from __future__ import annotations

import io
import math
import numbers
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ...language import columns
from ..cells import cell_text, needs_quote_prefix, xml_text
from .parts import sheet_parts

__all__ = ["Book", "Sheet", "Styled", "rows_xml", "STYLES", "PORTRAIT_WIDTH", "RESULT_DIGITS"]

#: Significant digits of the results' numbers in every workbook Windtunnel writes (levels,
#: changes, shares, statistics, an exploration's indices and values), through
#: :meth:`Book.rounded`: more than any reading of a fuzzy cognitive map carries, and none of
#: the arithmetic's noise (2.65, not 2.6500000000000004). The sheets a workbook re-imports
#: from (a model's weights, ratings) keep every digit.
RESULT_DIGITS = 6

#: Named cell styles: keyword arguments for openpyxl's style objects.
STYLES = {
    "text": {},
    "wrap": {"alignment": Alignment(wrap_text=True, vertical="top")},
    "header": {"font": Font(bold=True, color="FFFFFF"),
               "fill": PatternFill("solid", fgColor="305496"),
               "alignment": Alignment(vertical="center")},
    "title": {"font": Font(bold=True, size=14)},
    "bold": {"font": Font(bold=True)},
    "note": {"font": Font(italic=True, color="595959")},
    "int": {"number_format": "0"},
    "level": {"number_format": "0.000"},
    "change": {"number_format": "+0.000;-0.000;0.000"},
    "percent": {"number_format": "0%"},
    "number": {"number_format": "General"},
}

_EMPTY_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_ENTITIES = {"\r": "&#13;"}  # XML parsers turn a raw CR into LF; a reference survives
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
_OVERFLOWING = {"title", "note"}
# The bytes of the characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; U+FFFE
# and U+FFFF), in UTF-8. No multi-byte sequence holds a byte below 0x20, so replacing them
# in a part's bytes never cuts a character.
_XML_ILLEGAL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
_REPLACEMENT = "\ufffd".encode("utf-8")


@dataclass(frozen=True)
class Styled:
    """A value with its own style, overriding the column's (``Styled("Total", "bold")``)."""

    value: object
    style: str


@dataclass
class Sheet:
    """One sheet's rows, column styles and the openpyxl worksheet that frames them."""

    ws: object
    rows: list = field(default_factory=list)
    styles: list = field(default_factory=list)
    filter_row: int | None = None  # the header row of the filtered table, if any
    #: Print only these ranges (else everything), each starting on a new page.
    print_ranges: tuple[str, ...] = ()
    #: Significant digits its floats are stored to (None: every digit).
    digits: int | None = None

    def append(self, values) -> int:
        """Add a row; return its row number (1-based), for charts and formats."""
        self.rows.append(list(values))
        return len(self.rows)

    def header(self, values, *, autofilter: bool = True) -> int:
        """Add a header row (styled; the filter starts here); return its row number."""
        row = self.append([Styled(v, "header") for v in values])
        if autofilter:
            self.filter_row = row
        return row

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


class Book:
    """A workbook under construction; :meth:`to_bytes` returns the finished .xlsx."""

    def __init__(self) -> None:
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets: dict[str, Sheet] = {}
        self._style_ids: dict[tuple[str, bool], int] = {}
        self._scratch = None  # the sheet whose cells register the styles
        self._digits: int | None = None   # of the sheets made now (see rounded)

    # -- building --------------------------------------------------------------------------

    def sheet(self, title: str, header: list[str] | None = None, *,
              styles: list[str] | None = None, freeze: str | None = None,
              autofilter: bool = True) -> Sheet:
        """Create a sheet, optionally with a header row (frozen and filterable)."""
        ws = self.wb.create_sheet(xml_text(title))
        sheet = Sheet(ws, styles=list(styles or []), digits=self._digits)
        if header:
            sheet.header(header, autofilter=autofilter)
            ws.freeze_panes = freeze or "A2"
        elif freeze:
            ws.freeze_panes = freeze
        self.sheets[title] = sheet
        return sheet

    @contextmanager
    def rounded(self, digits: int):
        """The sheets made inside store their floats to ``digits`` significant digits."""
        self._digits = digits
        try:
            yield self
        finally:
            self._digits = None

    def style_id(self, name: str, *, quote: bool = False) -> int:
        """The cell-format index of a named style (with ``quotePrefix`` when asked).

        openpyxl registers a cell's format in the workbook when a style is set on a cell,
        so the index comes from a cell of a scratch sheet styled through openpyxl's public
        attributes; the scratch sheet is removed before saving (:meth:`to_bytes`).
        """
        key = (name, quote)
        if key not in self._style_ids:
            if self._scratch is None:
                self._scratch = self.wb.create_sheet("_styles")
            cell = self._scratch.cell(row=len(self._style_ids) + 1, column=1)
            for attribute, value in STYLES[name].items():
                setattr(cell, attribute, value)
            if quote:
                cell.quotePrefix = True
            self._style_ids[key] = cell.style_id
        return self._style_ids[key]

    # -- saving ----------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """Lay out the sheets, let openpyxl save the frame, then fill in the cells."""
        for sheet in self.sheets.values():
            self._finish(sheet)
        data = {}
        for sheet in self.sheets.values():
            data[sheet.ws.title] = rows_xml(sheet.rows, sheet.styles, self, digits=sheet.digits)
        if self._scratch is not None:
            self.wb.remove(self._scratch)  # the formats it registered stay in the workbook
            self._scratch = None
        frame = io.BytesIO()
        self.wb.save(frame)
        return _fill_sheets(frame.getvalue(), data, {
            title: _dimension(sheet) for title, sheet in self.sheets.items()})

    def _finish(self, sheet: Sheet) -> None:
        ws = sheet.ws
        widths = _fit_widths(sheet.rows)
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        if sheet.filter_row and sheet.width:
            last = max(len(sheet.rows), sheet.filter_row + 1)
            width = len(sheet.rows[sheet.filter_row - 1])
            ws.auto_filter.ref = f"A{sheet.filter_row}:{get_column_letter(width)}{last}"
        _page_setup(sheet, sum(widths))


#: Column widths (Excel character units) that fit a portrait A4 or Letter page at 100%.
PORTRAIT_WIDTH = 95
def _page_setup(sheet: Sheet, width: float) -> None:
    """Print every sheet sensibly: landscape when wider than a portrait page, one page
    wide and as many pages tall as needed (only the ``print_ranges`` when a sheet names
    them), the header row repeated on every page, and the sheet's name and the page number
    in the footer."""
    ws = sheet.ws
    ws.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
    if sheet.filter_row:
        ws.print_title_rows = f"{sheet.filter_row}:{sheet.filter_row}"
    if sheet.print_ranges:
        ws.print_area = list(sheet.print_ranges)
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Page &P of &N"
    ws.evenFooter.left.text = "&A"
    ws.evenFooter.right.text = "Page &P of &N"


def _dimension(sheet: Sheet) -> str:
    if not sheet.rows or not sheet.width:
        return "A1"
    return f"A1:{get_column_letter(sheet.width)}{len(sheet.rows)}"


def _fit_widths(rows: list, *, sample: int = 300, low: float = 6, high: float = 60) -> list[float]:
    """Column widths that fit the text of the first rows (in Excel's character units, of
    which a Chinese or Japanese character takes two: a width counted in characters cut
    every CJK header to half of it)."""
    widths: list[float] = []
    for row in rows[:sample]:
        if len(row) > len(widths):
            widths.extend([0.0] * (len(row) - len(widths)))
        for i, value in enumerate(row):
            if type(value) is float:
                length = 9
            elif value is None:
                continue
            elif isinstance(value, Styled) and value.style in _OVERFLOWING:
                continue  # titles and notes run on into the empty cells beside them
            else:
                if isinstance(value, Styled):
                    value = value.value
                text = cell_text(value)
                length = max(columns(line) for line in text.split("\n")) if text else 0
            if length > widths[i]:
                widths[i] = length
    return [min(high, max(low, w * 1.1 + 2)) for w in widths]


def rows_xml(rows: list, column_styles: list[str], book: Book, *,
             digits: int | None = None) -> bytes:
    """The ``<sheetData>`` element for ``rows``, every cell written by the safe-cell rules
    (floats to ``digits`` significant digits, when given)."""
    shown = repr if digits is None else f"{{:.{digits}g}}".format
    width = max((len(r) for r in rows), default=0)
    letters = [get_column_letter(i + 1) for i in range(width)]
    names = (list(column_styles) + ["text"] * width)[:width]
    ids = [book.style_id(name) for name in names]
    out = ["<sheetData>"]
    append = out.append
    for r, row in enumerate(rows, start=1):
        append(f'<row r="{r}">')
        for i, value in enumerate(row):
            kind = type(value)
            if kind is float:  # the bulk of a results workbook: plain floats
                if value - value == 0.0:  # finite (NaN and infinities are left empty)
                    append(f'<c r="{letters[i]}{r}" s="{ids[i]}"><v>{shown(value)}</v></c>')
            elif value is not None:
                append(_cell_xml(f"{letters[i]}{r}", value, names[i], book, shown))
        append("</row>")
    append("</sheetData>")
    return "".join(out).encode("utf-8")


def _cell_xml(ref: str, value, style_name: str, book: Book, shown=repr) -> str:
    """One cell of any kind other than a plain float (``shown`` writes a float's digits)."""
    if isinstance(value, Styled):
        style_name, value = value.style, value.value
        if value is None:
            return ""
    style = book.style_id(style_name)
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, numbers.Integral):
        return f'<c r="{ref}" s="{style}"><v>{int(value)}</v></c>'
    if isinstance(value, numbers.Real):
        number = float(value)
        return (f'<c r="{ref}" s="{style}"><v>{shown(number)}</v></c>' if math.isfinite(number)
                else "")
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    if not text:
        return ""
    text = xml_text(text)
    if needs_quote_prefix(text):
        style = book.style_id(style_name, quote=True)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    text = escape(text, _ENTITIES)
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _fill_sheets(frame: bytes, data: dict[str, bytes], dimensions: dict[str, str]) -> bytes:
    """Copy the saved frame, putting each sheet's generated ``<sheetData>`` in place.

    openpyxl writes chart titles, series names, axis titles and the like as they are
    given, so a control character in a label would make a part that is not well-formed
    XML (Excel and openpyxl then refuse the file): every XML part of the frame loses such
    characters here (replaced by U+FFFD, as :func:`~windtunnel.io.cells.xml_text` does
    in cells), whatever wrote them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(frame)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        by_path = {path: title for title, path in sheet_parts(source)[0]}
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                content = _XML_ILLEGAL_BYTES.sub(_REPLACEMENT, content)
            title = by_path.get(info.filename)
            if title is not None:
                content, count = _EMPTY_DATA.subn(lambda _m: data[title], content, count=1)
                if count != 1:  # pragma: no cover - openpyxl always writes an empty sheetData
                    raise RuntimeError(f"no empty sheetData in {info.filename}")
                content = _DIMENSION.sub(f'<dimension ref="{dimensions[title]}"/>'.encode(),
                                         content, count=1)
            target.writestr(info.filename, content)
    return out.getvalue()
