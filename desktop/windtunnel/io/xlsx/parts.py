"""A streaming reader of .xlsx cell values: fast, bounded, and never evaluating anything.

openpyxl reads a sheet by building an object per cell (about 2 s for a 10,000-row sheet of
inline strings) and parses a whole row before a column limit can act. This reader feeds
each sheet's XML through expat in chunks and keeps only the values, so it is several
times faster and stops at the first row, column or text past its limits, whatever the row
holds. DTDs are refused by the parser itself (the second line behind the archive scan of
:mod:`windtunnel.io.tables`): no entity is ever expanded.

Values: numbers (int when whole in the file, else float), text (shared or inline, rich
text runs joined, phonetic runs skipped), booleans, dates (numbers whose format is a date
format, in the 1900 or 1904 system) as ``datetime``, formulas as :class:`FormulaCell` (the
formula text, never its cached result) and error values as :class:`ErrorCell`.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, timedelta
from typing import Callable, Iterator
from xml.parsers import expat

from defusedxml import ElementTree as SafeET
from openpyxl.utils import get_column_letter

from ...errors import LoadError, Problem
from ..cells import ErrorCell, FormulaCell
from ...language import translate

__all__ = ["sheet_parts", "shared_strings", "date_styles", "iter_rows", "column_index"]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_BUILTIN_DATES = set(range(14, 23)) | {45, 46, 47}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_CHUNK = 2**20


class _Stop(Exception):
    """Raised inside expat handlers to end a parse with a LoadError."""

    def __init__(self, error: LoadError) -> None:
        self.error = error


def _local(name: str) -> str:
    return name.rpartition(":")[2]


#: More columns than any sheet has (Excel's last column, XFD, is 16,384).
_BEYOND_COLUMNS = 10**6


def column_index(ref: str) -> int:
    """1-based column of a cell reference (``"AB12"`` -> 28)."""
    index = 0
    for char in ref:
        if "A" <= char <= "Z":
            index = index * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            index = index * 26 + ord(char) - 96
        else:
            break
        if index > _BEYOND_COLUMNS:  # past any sheet: a million letters must not make a
            break                    # million-digit number
    return index


def _letters(column: int) -> str:
    """A column's letters, or where it is when no letters can name it (past ZZZ)."""
    return get_column_letter(column) if column <= 18_278 else "past ZZZ"


def _clip(text: str, length: int = 20) -> str:
    return text if len(text) <= length else text[:length] + "..."


def _whole(text: str | None, default: int | None) -> int | None:
    """A small whole number written in an attribute (``r="12"``, ``s="3"``), else
    ``default``: no attribute of a spreadsheet needs more than 9 digits, and Python's
    int() of thousands of digits is slow or refused."""
    if text and len(text) <= 9 and text.isascii() and text.isdigit():
        return int(text)
    return default


def _parser(part: str) -> expat.XMLParserType:
    """An expat parser (names with prefixes, no namespace processing) that refuses DTDs."""
    parser = expat.ParserCreate()
    parser.buffer_text = True

    def refuse(*_args):
        raise _Stop(LoadError(Problem(f"part {part}", translate("parts", "refused unsafe XML (a DTD or entity "
                                                                         "declaration)"))))

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    return parser


def _feed(archive: zipfile.ZipFile, part: str, parser) -> None:
    try:
        with archive.open(part) as handle:
            while chunk := handle.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Stop as stop:
        raise stop.error from None
    except expat.ExpatError as exc:
        raise LoadError(Problem(f"part {part}", translate("parts", "not valid XML (line {lineno}, column "
                                                                   "{offset}: {messages})").format(
                                                    lineno=exc.lineno, offset=exc.offset, messages=expat.errors.messages[exc.code]))) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise LoadError(Problem(f"part {part}", translate("parts", "is damaged ({exc})").format(
                                                    exc=exc))) from None


def _small_xml(archive: zipfile.ZipFile, part: str):
    try:
        return SafeET.fromstring(archive.read(part), forbid_dtd=True)
    except KeyError:
        return None
    except Exception as exc:  # defusedxml refusals, parse errors, damaged parts
        raise LoadError(Problem(f"part {part}", translate("parts", "cannot be read ({name__})").format(
                                                    name__=type(exc).__name__))) \
            from None


def sheet_parts(archive: zipfile.ZipFile) -> tuple[list[tuple[str, str]], bool]:
    """[(sheet name, part name)] of the worksheets in order, and whether dates are 1904-based."""
    workbook = _small_xml(archive, "xl/workbook.xml")
    rels = _small_xml(archive, "xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        raise LoadError(Problem("", translate("parts", "not an .xlsx workbook (no "
                                                       "xl/workbook.xml inside)")))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{{{_PKG}}}Relationship")}
    names = set(archive.namelist())
    out = []
    for sheet in workbook.iter(f"{{{_MAIN}}}sheet"):
        target = targets.get(sheet.get(f"{{{_REL}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        if part in names and "worksheets/" in part:  # chart sheets hold no cells
            out.append((sheet.get("name", ""), part))
    properties = workbook.find(f"{{{_MAIN}}}workbookPr")
    date1904 = properties is not None and properties.get("date1904") in ("1", "true")
    return out, date1904


def shared_strings(archive: zipfile.ZipFile, *, max_text: int) -> list[str]:
    """The shared-string table (rich text runs joined, phonetic runs skipped)."""
    part = "xl/sharedStrings.xml"
    if part not in archive.namelist():
        return []
    strings: list[str] = []
    parts: list[str] = []
    state = {"in_t": False, "skip": 0}

    def start(name, _attrs):
        name = _local(name)
        if name == "rPh":
            state["skip"] += 1
        elif name == "t" and not state["skip"]:
            state["in_t"] = True
        elif name == "si":
            parts.clear()

    def end(name):
        name = _local(name)
        if name == "rPh":
            state["skip"] -= 1
        elif name == "t":
            state["in_t"] = False
        elif name == "si":
            text = "".join(parts)
            strings.append(text if len(text) <= max_text else _Long(len(text)))

    def data(text):
        if state["in_t"]:
            parts.append(text)

    parser = _parser(part)
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = data
    _feed(archive, part, parser)
    return strings


class _Long(str):
    """A shared string past the text limit: refused when a cell uses it."""

    def __new__(cls, length: int):
        value = super().__new__(cls, "")
        value.length = length
        return value


def date_styles(archive: zipfile.ZipFile) -> set[int]:
    """Indices of the cell formats (cellXfs) whose number format shows a date."""
    styles = _small_xml(archive, "xl/styles.xml")
    if styles is None:
        return set()
    custom = {}
    for fmt in styles.iter(f"{{{_MAIN}}}numFmt"):
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", fmt.get("formatCode", ""))
        custom[_whole(fmt.get("numFmtId"), -1)] = bool(_DATE_CODE.search(code))
    xfs = styles.find(f"{{{_MAIN}}}cellXfs")
    out = set()
    for i, xf in enumerate(xfs if xfs is not None else ()):
        number_format = _whole(xf.get("numFmtId"), 0)    # a damaged id: not a date
        if number_format in _BUILTIN_DATES or custom.get(number_format):
            out.add(i)
    return out


def iter_rows(archive: zipfile.ZipFile, part: str, *, strings: list[str], dates: set[int],
              date1904: bool, max_columns: int, max_text: int,
              where: Callable[..., str]) -> Iterator[tuple[int, list]]:
    """Yield (row number, values) for each row holding a value, stopping at the limits.

    ``where(row, column)`` names a place for error messages. Rows come out in file order
    as complete lists (trailing blanks dropped); a row is never longer than
    ``max_columns`` because a cell past it stops the parse at once.
    """
    epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    rows: list[tuple[int, list]] = []
    cell: dict = {}
    current = {"row": 0, "col": 0, "values": {}, "buffer": None, "skip": 0}

    def start(name, attrs):
        if ":" in name:
            name = name.rpartition(":")[2]
        if name == "c":
            ref = attrs.get("r")
            column = column_index(ref) if ref else current["col"] + 1
            current["col"] = column
            if column > max_columns:
                raise _Stop(LoadError(Problem(where(current["row"], _letters(column)),
                                              translate("parts", "is past the limit of {max_columns:,} "
                                                                 "columns").format(
                                                  max_columns=max_columns))))
            cell.clear()
            cell.update(t=attrs.get("t", "n"), s=attrs.get("s"), v=[], f=None, text=[])
        elif name == "v":
            current["buffer"] = cell["v"]
        elif name == "t":
            if cell and not current["skip"]:
                current["buffer"] = cell["text"]
        elif name == "row":
            ref = attrs.get("r")
            if ref and _whole(ref, None) is None:
                raise _Stop(LoadError(Problem(where(), translate("parts", "a row number {clip!r} that no sheet has "
                                                                          "(Excel's last row is 1,048,576)").format(
                                                           clip=_clip(ref)))))
            current["row"] = _whole(ref, None) or current["row"] + 1
            current["col"] = 0
            current["values"] = {}
        elif name == "f":
            cell["f"] = []
            current["buffer"] = cell["f"]
        elif name == "rPh":
            current["skip"] += 1

    def end(name):
        if ":" in name:
            name = name.rpartition(":")[2]
        if name == "c":
            value = _value(cell, strings, dates, epoch)
            if type(value) is not str or len(value) > max_text:
                if isinstance(value, _Long) or (isinstance(value, str) and len(value) > max_text):
                    length = value.length if isinstance(value, _Long) else len(value)
                    raise _Stop(LoadError(Problem(
                        where(current["row"], get_column_letter(current["col"])),
                        translate("parts", "holds {length:,} characters; the limit is "
                                           "{max_text:,}").format(
                            length=length, max_text=max_text))))
            if value is not None:
                current["values"][current["col"]] = value
            cell.clear()
        elif name == "v" or name == "t" or name == "f":
            current["buffer"] = None
        elif name == "row":
            values = current["values"]
            if values:
                row = [None] * max(values)
                for column, value in values.items():
                    row[column - 1] = value
                rows.append((current["row"], row))
        elif name == "rPh":
            current["skip"] -= 1

    def data(text):
        if current["buffer"] is not None:
            current["buffer"].append(text)

    parser = _parser(part)
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = data
    try:
        with archive.open(part) as handle:
            while chunk := handle.read(_CHUNK):
                parser.Parse(chunk, False)
                yield from rows
                rows.clear()
            parser.Parse(b"", True)
            yield from rows
    except _Stop as stop:
        raise stop.error from None
    except expat.ExpatError as exc:
        raise LoadError(Problem(where(), translate("parts", "not valid XML (line {lineno}: "
                                                            "{messages})").format(
                                             lineno=exc.lineno, messages=expat.errors.messages[exc.code]))) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise LoadError(Problem(where(), translate("parts", "is damaged ({exc})").format(
                                             exc=exc))) from None


def _value(cell: dict, strings: list[str], dates: set[int], epoch: datetime):
    kind, raw = cell["t"], "".join(cell["v"])
    if cell["f"] is not None:
        formula = "".join(cell["f"])
        return FormulaCell("=" + formula if formula else "=(shared formula)")
    if kind == "inlineStr":
        return "".join(cell["text"])
    if not raw:
        return None
    if kind == "s":
        try:
            return strings[int(raw)]
        except (ValueError, IndexError):
            return ErrorCell(f"#BADSTRING({raw[:20]})")
    if kind in ("str", "d"):
        return raw
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "e":
        return ErrorCell(raw)
    digits = raw.lstrip("-")
    if "_" in raw:                     # float() reads "1_0" as 10; no spreadsheet writes it
        return ErrorCell(f"#NUMBER({raw[:20]})")
    try:  # whole numbers exactly (ids such as 12345678901234567890), up to a double's range
        number = (int(raw) if digits.isascii() and digits.isdigit() and len(digits) <= 300
                  else float(raw))
    except ValueError:
        return ErrorCell(f"#NUMBER({raw[:20]})")
    if _whole(cell["s"], None) in dates:
        try:  # to the millisecond, Excel's precision: 1:00 is not 0:59:59.999999
            day, fraction = divmod(float(number), 1)
            return epoch + timedelta(days=day, milliseconds=round(fraction * 86_400_000))
        except (OverflowError, ValueError):  # past year 9999, NaN: the number as it is
            return number
    return number
