"""The parts of a workbook around its sheets' cells, read safely: where the sheets are, the
shared strings, which styles show dates; and the safe expat parser the sheets are read with
(:mod:`windtunnel.io.xlsx.sheet`).

The parser refuses DTDs and entity declarations itself (the second line behind the archive
scan of :mod:`windtunnel.io.xlsx.archive`): no entity is ever expanded. The small parts
(workbook, relationships, styles) are read with defusedxml, which refuses the same.

Values, as the sheet reader returns them: numbers (int when whole in the file, else float),
text (shared or inline, rich text runs joined, phonetic runs skipped), booleans, dates
(numbers whose format is a date format, in the 1900 or 1904 system) as ``datetime``,
formulas as :class:`~windtunnel.io.cells.FormulaCell` (the formula text, never its cached
result) and error values as :class:`~windtunnel.io.cells.ErrorCell`.
"""

from __future__ import annotations

import posixpath

import re
import zipfile
from xml.parsers import expat

from defusedxml import ElementTree as SafeET

from ...errors import LoadError, Problem
from ...language import translate
from ..tables import located
from .archive import part_place

__all__ = ["sheet_parts", "shared_strings", "date_styles", "column_index", "safe_parser",
           "whole", "Long", "Stop", "CHUNK"]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_BUILTIN_DATES = set(range(14, 23)) | {45, 46, 47}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
CHUNK = 2**20


class Stop(Exception):
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


def whole(text: str | None, default: int | None) -> int | None:
    """A small whole number written in an attribute (``r="12"``, ``s="3"``), else
    ``default``: no attribute of a spreadsheet needs more than 9 digits, and Python's
    int() of thousands of digits is slow or refused."""
    if text and len(text) <= 9 and text.isascii() and text.isdigit():
        return int(text)
    return default


def safe_parser(part: str) -> expat.XMLParserType:
    """An expat parser (names with prefixes, no namespace processing) that refuses DTDs."""
    parser = expat.ParserCreate()
    parser.buffer_text = True

    def refuse(*_args):
        raise Stop(LoadError(Problem(part_place(part), translate("parts", "refused unsafe XML (a DTD or entity "
                                                                         "declaration)"))))

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    return parser


def _feed(archive: zipfile.ZipFile, part: str, parser) -> None:
    try:
        with archive.open(part) as handle:
            while chunk := handle.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except Stop as stop:
        raise stop.error from None
    except expat.ExpatError as exc:
        raise LoadError(Problem(part_place(part), translate("parts", "not valid XML (line {lineno}, column "
                                                                   "{offset}: {messages})").format(
                                                    lineno=exc.lineno, offset=exc.offset, messages=expat.errors.messages[exc.code]))) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise LoadError(Problem(part_place(part), translate("parts", "is damaged ({exc})").format(
                                                    exc=exc))) from None


def _small_xml(archive: zipfile.ZipFile, part: str):
    try:
        return SafeET.fromstring(archive.read(part), forbid_dtd=True)
    except KeyError:
        return None
    except Exception as exc:  # defusedxml refusals, parse errors, damaged parts
        raise LoadError(Problem(part_place(part), translate("parts", "cannot be read ({name__})").format(
                                                    name__=type(exc).__name__))) \
            from None


def sheet_parts(archive: zipfile.ZipFile) -> tuple[list[tuple[str, str]], bool]:
    """[(sheet name, part name)] of the worksheets in order, and whether dates are 1904-based."""
    workbook = _small_xml(archive, "xl/workbook.xml")
    rels = _small_xml(archive, "xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        raise LoadError(Problem("", translate("parts", "not an .xlsx workbook (no "
                                                       "xl/workbook.xml inside)")))
    targets = {r.get("Id"): (r.get("Target", ""), r.get("Type", ""))
               for r in rels.iter(f"{{{_PKG}}}Relationship")}
    names = set(archive.namelist())
    out = []
    for sheet in workbook.iter(f"{{{_MAIN}}}sheet"):
        target, kind = targets.get(sheet.get(f"{{{_REL}}}id"), ("", ""))
        # "worksheets/../worksheets/s.xml" is the part it names; a target leading out of the
        # archive ("../../etc/passwd") names none, and is refused below as a missing part
        part = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                  else "xl/" + target)
        if not (kind.endswith("/worksheet") or not kind and "worksheets/" in part):
            continue                                # chart sheets hold no cells
        if part not in names:
            raise LoadError(Problem(located("sheet", sheet.get("name", "")), translate(
                "parts", "its cells ({part}) are missing from the workbook: the workbook is "
                         "damaged; open it in Excel and save it again").format(part=part)))
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
    pieces: list[str] = []
    to_pieces = pieces.append
    parser = safe_parser(part)
    skip = 0

    def start(name, _attrs):   # names most frequent first; a prefix stripped only if need be
        nonlocal skip
        if name == "t":
            if not skip:
                parser.CharacterDataHandler = to_pieces
        elif name == "si":
            pieces.clear()
        elif name == "rPh":
            skip += 1
        elif ":" in name:
            start(_local(name), _attrs)

    def end(name):
        nonlocal skip
        if name == "t":
            parser.CharacterDataHandler = None
        elif name == "si":
            text = "".join(pieces)
            strings.append(text if len(text) <= max_text else Long(len(text)))
        elif name == "rPh":
            skip -= 1
        elif ":" in name:
            end(_local(name))

    parser.StartElementHandler, parser.EndElementHandler = start, end
    _feed(archive, part, parser)
    return strings


class Long(str):
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
        custom[whole(fmt.get("numFmtId"), -1)] = bool(_DATE_CODE.search(code))
    xfs = styles.find(f"{{{_MAIN}}}cellXfs")
    out = set()
    for i, xf in enumerate(xfs if xfs is not None else ()):
        number_format = whole(xf.get("numFmtId"), 0)    # a damaged id: not a date
        if number_format in _BUILTIN_DATES or custom.get(number_format):
            out.add(i)
    return out
