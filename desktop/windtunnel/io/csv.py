"""CSV in and out: the one CSV writer behind every CSV file Windtunnel writes, and the
reader behind every CSV import.

Writing: UTF-8, CRLF line ends, text that a spreadsheet would run as a formula written
with a leading apostrophe (:func:`csv_text`), characters no cell can hold replaced;
reading takes that one apostrophe off again (:func:`csv_untext`), so CSV round trips are
exact. Reading accepts UTF-8 (with or without a byte-order mark), UTF-16, the code pages
Excel saves "CSV" in on a Chinese or Japanese Windows where the text leaves no doubt
(:mod:`.codepages`), and Windows-1252 (:func:`decode_text`), and
comma, semicolon, tab or space separators (:func:`_delimiter`; a first line ``sep=;``, which
Excel reads, names the separator and is not a row), under the same limits as workbooks.
"""

from __future__ import annotations

import csv
import io
import math
import numbers
import os
import re
from itertools import repeat
from pathlib import Path

from ..errors import LoadError, Problem
from .cells import needs_quote_prefix, xml_text
from .codepages import (Reading, Undecided, code_page, code_page_name, code_page_note,
                        utf8_in_doubt)
from ..language import translate
from .tables import (LIMITS, Limits, RecordStart, Table, byte_place, file_label, located,
                     read_file_bytes, take_rows)

__all__ = ["csv_bytes", "table_csv_bytes", "csv_text", "csv_untext", "read_csv", "parse_csv",
           "decode_text", "reading_notes"]


def csv_text(value: object) -> object:
    """A value ready for a CSV export: formula-like text gets a leading apostrophe.

    So does formula-like text behind apostrophes of its own (``'=x`` is written
    ``''=x``), so that :func:`csv_untext` always takes off exactly what was added; any
    other text is written as it is, apostrophes and all (``'x``, ``''x``).
    """
    if isinstance(value, str) and _guarded(value):
        return "'" + value
    return value


def _guarded(text: str) -> bool:
    """Whether ``text``, past any apostrophes it starts with, is what a spreadsheet would
    run as a formula: the text :func:`csv_text` marks with an apostrophe."""
    return needs_quote_prefix(text.lstrip("'"))


def csv_bytes(header: list, rows, *, bom: bool = False, digits: int | None = None) -> bytes:
    """The one CSV writer behind every CSV file Windtunnel writes: UTF-8, CRLF line ends,
    text made safe for spreadsheets (:func:`csv_text`, after :func:`xml_text`), blanks
    for None and NaN, numbers in full or to ``digits`` significant digits.

    ``bom`` starts the file with a byte-order mark, which Excel needs to read UTF-8:
    without it Excel reads the file in the system's legacy code page (Windows-1252,
    GBK, Big5, Shift-JIS), and every Chinese or Japanese label comes out garbled. Files a
    person opens in Excel carry it (the model's tables, result tables); the weight
    matrix, whose corner cell FCM tools read as a name, has none.
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
    no index column, with a byte-order mark for Excel (``text_columns`` is kept for
    callers: every text cell is made safe)."""
    return csv_bytes(list(frame.columns), frame.itertuples(index=False, name=None), digits=6,
                     bom=True)


def csv_untext(text: str) -> str:
    """Undo :func:`csv_text` on text read from a CSV file: one apostrophe off text that,
    past its apostrophes, a spreadsheet would run as a formula (``'=x`` is ``=x``,
    ``''=x`` is ``'=x``); any other text stays as written (``'x``, ``''x``), since no
    export adds an apostrophe to it."""
    if text.startswith("'") and _guarded(text):
        return text[1:]
    return text


def read_csv(path: str | os.PathLike, *, limits: Limits = LIMITS) -> Table:
    """Read a CSV file (UTF-8 or UTF-8 with BOM, comma, semicolon, tab or space separated)."""
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
    text, code_page_read = decode_text(data)
    nul = text.find("\x00")
    if nul >= 0:                             # named at its line: a binary file's first
        raise LoadError(Problem(located("line", text.count("\n", 0, nul) + 1), translate(
            "csv", "the file holds NUL bytes: it is not a text (CSV) file")))
    stray_marks = []
    if "\ufeff" in text:                     # a mark in the middle: two files joined
        stray_marks = [number for number, line in enumerate(_LINE_END.split(text), start=1)
                       if "\ufeff" in line]
        text = text.replace("\ufeff", "")
    hint = _SEPARATOR_LINE.match(text)
    skipped = 1 if hint else 0               # lines before the table: row numbers stay lines
    if hint:
        text = text[hint.end():]
    delimiter = hint.group(1) if hint else _delimiter(text)
    table = Table(name=name, header=[], csv=True, code_page=code_page_read,
                  stray_marks=stray_marks)
    rows = _plain_rows(text, delimiter, limits)
    if rows is not None:
        take_rows(table, list(range(1 + skipped, len(rows) + 1 + skipped)), rows,
                  header_cell=lambda v: v or "", limits=limits, what="file")
        return table
    previous_limit = csv.field_size_limit(limits.cell_text + 1)  # restored below
    plain = "'" not in text                 # no cell to undo csv_text on
    numbers: list[int] = []                 # records, as a spreadsheet numbers its rows
    rows: list[list] = []
    record = skipped                        # records read so far (lines before: records)
    last_start = last_end = skipped         # the lines the last record starts and ends on

    def take() -> None:                     # the rows read so far join the table
        take_rows(table, numbers, rows, header_cell=lambda v: v or "", limits=limits,
                  what="file")
        numbers.clear()
        rows.clear()

    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for values in reader:
            record, last_start, last_end = record + 1, last_end + 1, reader.line_num + skipped
            numbers.append(record)
            if last_start != record:        # below a cell spanning lines: both are named
                table.places[record] = RecordStart(record, last_start)
            rows.append([v or None for v in values] if plain else
                        [None if not v else csv_untext(v) if v[0] == "'" else v
                         for v in values])
            if len(rows) == _BATCH:
                take()
    except csv.Error as exc:
        take()                              # a limit passed on an earlier line comes first
        where = translate("locations", "line {line}").format(line=reader.line_num + skipped)
        if str(exc).startswith("field larger than field limit"):    # the reader's words
            raise LoadError(Problem(where, translate(
                "csv", "a cell holds more than {limit:,} characters, the most a cell may "
                       "hold").format(limit=limits.cell_text))) from None
        raise LoadError(Problem(where, translate("csv", "not valid CSV ({exc})").format(
                                           exc=exc))) from None
    finally:
        csv.field_size_limit(previous_limit)
    opened = (_unclosed_quote(text, delimiter, last_start - skipped, reader.line_num)
              if numbers else None)
    if opened is not None:
        raise LoadError(Problem(translate("locations", "line {line}").format(
                                    line=opened + skipped),
                                translate("csv", "a quote (\") opens a cell here and is "
                                                 "never closed, so the rest of the file "
                                                 "reads as that one cell; close the quote "
                                                 "or remove it")))
    take()
    return table


def _unclosed_quote(text: str, delimiter: str, start: int, end: int) -> int | None:
    """The line on which a quote opens that no later quote closes, in the last record
    of ``text`` (lines ``start`` to ``end``, the last line), or None.

    ``csv.reader`` (not strict) reads such a quote to the end of the file as one cell
    and says nothing, so the file's fault would surface as an empty or wrong cell in
    an earlier row. The record is scanned as the reader scans it: a quote opens a
    quoted cell only at the start of a cell, two quotes inside one stand for a quote,
    and anything after its closing quote belongs to the cell."""
    record, at = text[_line_start(text, end - start + 1):], 0
    while (quote := record.find('"', at)) >= 0:
        if quote and record[quote - 1] not in (delimiter, "\n", "\r"):
            at = quote + 1                  # a quote inside a cell is text
            continue
        close = quote + 1
        while (close := record.find('"', close)) >= 0 and record.startswith('""', close):
            close += 2                      # two quotes stand for one
        if close < 0:
            return start + _line_ends(record, 0, quote)
        at = close + 1
    return None


def _line_start(text: str, lines: int) -> int:
    """Where the last ``lines`` lines of ``text`` start, found from its end (reading
    every line from the start would cost a tenth of the whole parse)."""
    at = len(text) - (2 if text.endswith("\r\n") else 1 if text.endswith(("\n", "\r")) else 0)
    for _ in range(lines):
        at = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at))
        if at < 0:
            return 0
        if text[at] == "\n" and text[at - 1:at] == "\r":
            at -= 1
    return at + 1 + (text[at:at + 2] == "\r\n")


def _line_ends(text: str, start: int, end: int) -> int:
    """How many line ends (``\\r\\n``, ``\\n`` or ``\\r``) ``text[start:end]`` holds."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count(
        "\r\n", start, end)


#: Rows read before they join the table (in one step when no limit is near).
_BATCH = 4096


def _plain_rows(text: str, delimiter: str, limits: Limits) -> list[list] | None:
    """The rows ``csv.reader`` reads from a text without quotes (nothing quoted, no cell
    spanning lines) or apostrophes (no :func:`csv_text` mark to undo), made by splitting
    its lines at the delimiter, blanks as None; else None (the reader then reads it).

    The lines end where the reader ends them (``\\n``, ``\\r\\n`` or ``\\r``): the text
    holds none of the other line ends ``str.splitlines`` knows. A line longer than a cell
    may be is left to the reader, which refuses such a cell. Most tables other tools write
    are such a text, and splitting it costs half of reading it character by character."""
    if '"' in text or "'" in text or any(end in text for end in _OTHER_LINE_ENDS):
        return None
    lines = text.splitlines()
    if lines and max(map(len, lines)) > limits.cell_text:
        return None
    rows = list(map(str.split, lines, repeat(delimiter)))
    if not all(map(all, rows)):              # an empty cell, or an empty line
        rows = [row if all(row) else [v or None for v in row] for row in rows]
    return rows


#: The line ends the CSV reader knows: a line's number counts these alone (``str.splitlines``
#: also ends a line at a form feed or U+2028, which a label may hold).
_LINE_END = re.compile(r"\r\n|\r|\n")
#: The line ends ``str.splitlines`` knows besides the CSV reader's.
_OTHER_LINE_ENDS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


#: A character of two to four bytes in UTF-8 (what a UTF-8 file has and a Windows-1252
#: file almost never does: "Ã©" is how "é" in UTF-8 looks as Windows-1252).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the Windows code page it was told to be in (Python's
    name for it, see :mod:`.codepages`), or "" for Unicode and Windows-1252: UTF-16
    (with a byte-order mark, or recognised by its zero bytes, as Excel's "Unicode text"
    writes it), UTF-8 (with or without a BOM), GBK, Big5 or Shift_JIS where the file's
    text leaves no doubt, or Windows-1252. A file that may be in more than one code
    page is refused, naming them. A file that is UTF-8 but for a few bytes (a
    Windows-1252 "é" pasted into a UTF-8 file) is refused at the first such byte, never
    read as Windows-1252, which would turn every "é" of the file into "Ã©" without a
    word."""
    utf16 = _utf16_codec(data)
    if utf16:
        try:
            return data.decode(utf16), ""
        except UnicodeDecodeError as exc:
            raise LoadError(Problem(byte_place(data, exc.start), translate(
                "csv", "the file starts as UTF-32 text but is not valid UTF-32")
                if utf16 == "utf-32" else translate("csv", "the file starts as UTF-16 text but is "
                                                           "not valid UTF-16"))) from None
    try:
        text = data.decode("utf-8-sig").lstrip("\ufeff")   # a mark written twice too
        doubt = () if text.isascii() else utf8_in_doubt(data)    # isascii: a flag, no scan
        if not doubt:
            return text, ""
        place, character = _first_outside_ascii(text)
        raise LoadError(Problem(place, translate(
            "csv", "{character}, the first character outside ASCII: ").format(
            character=character) + translate(
            "csv", "the file reads as UTF-8 text and as {code_pages} alike, and which it is "
                   "cannot be told for sure (a wrong guess would garble every label): in "
                   "Excel, save it with File > Save As, as \"CSV UTF-8 (Comma delimited)\", "
                   "and import it again").format(code_pages=_names(doubt))))
    except UnicodeDecodeError as exc:
        reading = code_page(data)
        if isinstance(reading, Reading):
            return reading.text, reading.codec
        if isinstance(reading, Undecided):
            raise LoadError(Problem(byte_place(data, exc.start), translate(
                "csv", "the file is not UTF-8 text, and whether it is {code_pages} cannot "
                       "be told for sure (a wrong guess would garble every label): in "
                       "Excel, save it with File > Save As, as \"CSV UTF-8 (Comma "
                       "delimited)\", and import it again").format(
                    code_pages=_names(reading.codecs)))) from None
        if _UTF8_SEQUENCE.search(data):
            raise LoadError(Problem(byte_place(data, exc.start), (
                translate("csv", "byte 0x{data:02X} is not UTF-8, though the rest of the "
                                 "file is UTF-8 (a character in another encoding, such as "
                                 "Windows-1252, was pasted in?); save the file as UTF-8 and "
                                 "import it again").format(data=data[exc.start])))) from None
    try:
        return data.decode("cp1252"), ""
    except UnicodeDecodeError as exc:
        raise LoadError(Problem(byte_place(data, exc.start), translate("csv", "the file is neither UTF-8, UTF-16 nor "
                                                                          "Windows-1252 text"))) from None


_OUTSIDE_ASCII = re.compile(r"[^\x00-\x7f]")


def _first_outside_ascii(text: str) -> tuple[str, str]:
    """Where a CSV text's first character outside ASCII is (``row 3, column Source``:
    the column named by its header, or counted when the character is in the header or
    the header cell is blank) and that character as a message shows it (``'½' (U+00BD)``,
    an invisible one by its code alone): what makes the text read in more than one
    encoding, for the user to find it."""
    at = _OUTSIDE_ASCII.search(text).start()
    row = _line_ends(text, 0, at) + 1
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    delimiter = _delimiter(text)
    before = next(csv.reader([text[line_start:at]], delimiter=delimiter), [])
    index = max(len(before), 1) - 1     # the cells before it: the first, an empty line
    header = next(csv.reader([text[:_SNIFFED_CHARS].lstrip("\r\n").splitlines()[0]],
                             delimiter=delimiter), [])
    name = header[index].strip() if row > 1 and index < len(header) else ""
    column = name if name and name.isascii() and name.isprintable() else index + 1
    char = text[at]
    code = f"U+{ord(char):04X}"
    shown = f"'{char}' ({code})" if char.isprintable() else code
    place = translate("locations", ", ").join([located("row", row), located("column", column)])
    return place, shown


def reading_notes(table: Table) -> tuple[Problem, ...]:
    """The notes on how a CSV file's text was read: the Windows code page it was told to
    be in (:func:`~windtunnel.io.codepages.code_page_note`), and the byte-order marks taken
    out of its middle, where joining two files leaves one: read as part of a name, it
    would have made the name, which looks the same, a node of its own."""
    notes = [code_page_note(table.source, table.code_page)] if table.code_page else []
    marks = table.stray_marks
    if marks:
        lines = ", ".join(map(str, marks[:8])) + (", ..." if len(marks) > 8 else "")
        notes.append(Problem(table.source, (translate(
            "csv", "a byte-order mark (U+FEFF, an invisible character that starts a text "
                   "file) in the middle of the file, as joining two files leaves, was taken "
                   "out of line {lines}") if len(marks) == 1 else translate(
            "csv", "byte-order marks (U+FEFF, an invisible character that starts a text "
                   "file) in the middle of the file, as joining files leaves, were taken out "
                   "of lines {lines}")).format(lines=lines)))
    return tuple(notes)


def _names(codecs: tuple[str, ...]) -> str:
    """Code pages as a user knows them: ``GBK (Simplified Chinese Windows) or ...``."""
    return translate("csv", " or ").join(map(code_page_name, codecs))


def _utf16_codec(data: bytes) -> str | None:
    """UTF-16 (or UTF-32, whose mark begins as UTF-16's) by the byte-order mark, or UTF-16
    without one by the zero beside each ASCII letter; None for any other text."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"                      # a text editor's "UTF-32": it had NUL bytes
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"                      # the byte-order mark says which order
    head = data[:200] if len(data) % 2 == 0 else b""
    if len(head) >= 4:                       # mostly ASCII text: a zero beside most bytes
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if even == 0 and odd >= 0.6 * len(head) / 2:
            return "utf-16-le"
        if odd == 0 and even >= 0.6 * len(head) / 2:
            return "utf-16-be"
    return None


#: How much of a text's start its separator is judged on: far more than ten lines of a table.
_SNIFFED_CHARS = 64 * 1024
#: Excel's separator line, ``sep=;`` before the table, which names the separator.
_SEPARATOR_LINE = re.compile(r"\A\ufeff?sep=([,;\t| ])[ \t]*(?:\r\n|\n|\r)")


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the first line uses most outside quotes (a tie,
    as a tab-separated matrix whose labels hold commas has, goes to the one that splits
    the first lines into as many cells each). A space when the first line holds none of
    them and the first lines all split at spaces into the same number (two or more) of
    cells: Gephi offers a space as a separator, and a label with a space in it then comes
    quoted. Judged on the text's start alone, so a 64 MB file is not copied or split into
    lines to find it. Blank lines before the table are passed over, but not the blank
    cells that begin its first line (a matrix's empty corner)."""
    head = text[:_SNIFFED_CHARS].lstrip("\r\n")
    line = re.sub(r'"[^"]*"', "", head.split("\n", 1)[0])
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    most = max(counts.values())
    if most:
        tied = [d for d, count in counts.items() if count == most]
        return next((d for d in tied if _steady(head, d)), tied[0])
    return " " if _space_separated(head.lstrip()) else ","


def _steady(text: str, delimiter: str) -> bool:
    """Whether the first lines (up to ten) all split at ``delimiter`` into as many cells."""
    lines = [line for line in text.splitlines()[:10] if line.strip()]
    return len({len(cells) for cells in csv.reader(lines, delimiter=delimiter)}) == 1


def _space_separated(text: str) -> bool:
    """Whether the first lines (up to ten) all split at spaces into the same number of
    cells, two or more: a table, not a list of labels that hold spaces."""
    lines = [line for line in text.lstrip().splitlines()[:10] if line.strip()]
    widths = {len(cells) for cells in csv.reader(lines, delimiter=" ")}
    return len(lines) > 1 and len(widths) == 1 and widths.pop() >= 2
