"""The streaming .xlsx reader: values of every cell type, as Excel and LibreOffice write them."""

from __future__ import annotations

import io
import math
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from io_helpers import rewrite_part
from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.cells import ErrorCell, FormulaCell, cell_text
from windtunnel.io.xlsx import workbook_tables
from windtunnel.io.xlsx.parts import column_index

from conftest import examples

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _with_sheet_xml(sheet_data: str, shared: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active["A1"] = "placeholder"
    buffer = io.BytesIO()
    book.save(buffer)
    data = rewrite_part(buffer.getvalue(), "xl/worksheets/sheet1.xml",
                        f"<worksheet {NS}><sheetData>{sheet_data}</sheetData></worksheet>"
                        .encode())
    if shared is not None:
        data = rewrite_part(data, "xl/sharedStrings.xml", shared.encode())
    return data


def test_cell_types_as_excel_writes_them():
    shared = (f'<sst {NS}><si><t>plain</t></si><si><r><t>rich </t></r><r><t>text</t></r>'
              f'<rPh><t>phonetic</t></rPh></si></sst>')
    data = _with_sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><t>inline</t></is></c></row>'
        '<row r="2"><c r="A2"><v>7</v></c><c r="B2"><v>0.25</v></c><c r="C2" t="b"><v>1</v></c>'
        '<c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2"><f>A2*2</f><v>14</v></c>'
        '<c r="F2" t="str"><f t="shared" si="0"/><v>x</v></c></row>'
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E4"><v>5</v></c></row>', shared)
    table = workbook_tables(data)["Data"]
    assert table.header == ["plain", "rich text", "inline"]
    assert table.rows[0] == [7, 0.25, True, ErrorCell("#DIV/0!"), FormulaCell("=A2*2"),
                             FormulaCell("=(shared formula)")]
    assert table.numbers == [2, 3]
    assert table.rows[1] == [1, 2, None, None, 5]


def test_dates_come_back_as_dates(tmp_path):
    book = openpyxl.Workbook()
    sources = book.active
    sources.title = "Sources"
    sources.append(["ID", "Title", "Date"])
    sources.append(["doc", "A report", datetime(2026, 6, 25)])
    nodes = book.create_sheet("Nodes")
    nodes.append(["ID", "Label", "Sources"])
    nodes.append(["a", "A", "doc"])
    book.save(tmp_path / "dated.xlsx")
    table = workbook_tables((tmp_path / "dated.xlsx").read_bytes())["Sources"]
    assert table.rows[0][2] == datetime(2026, 6, 25)
    model = import_model(tmp_path / "dated.xlsx").model
    assert model.source("doc").date == date(2026, 6, 25).isoformat()


def test_a_huge_row_stops_at_the_first_cell_past_the_limit():
    cells = "".join(f'<c r="{c}1"><v>1</v></c>' for c in ("A", "B", "C", "XFD"))
    with pytest.raises(LoadError, match=r"sheet Data, row 1, column XFD: is past the limit"):
        workbook_tables(_with_sheet_xml(f'<row r="1">{cells}</row>'))


@pytest.mark.parametrize("cell", [
    '<c r="AAAAA1" t="s"><v>999</v></c>',                       # a text past the shared texts
    '<c r="AAAAA1" t="inlineStr"><is><t>' + "x" * 40_000 + "</t></is></c>"])  # too long
def test_a_damaged_cell_past_the_last_nameable_column_is_refused_with_its_row(cell):
    """A reference past ZZZ (the most letters a column is named by) raised a bare
    ValueError from the column's name instead of the refusal."""
    with pytest.raises(LoadError, match=r"sheet Data, row 1, column past ZZZ: "):
        workbook_tables(_with_sheet_xml(f'<row r="1">{cell}</row>',
                                        f'<sst {NS}><si><t>plain</t></si></sst>'))


def test_broken_sheet_xml_is_located():
    with pytest.raises(LoadError, match=r"sheet Data: not valid XML"):
        workbook_tables(_with_sheet_xml('<row r="1"><c r="A1"><v>1</v></row>'))


def test_what_other_writers_put_in_a_sheet_is_read_too():
    """Prefixed names, whitespace between elements, cells out of order, phonetic runs,
    CDATA, entities, and a reference without letters (the next column). A cell named
    again is refused (tests/hostile/import_files.py: the last of its values was kept)."""
    sheet = ('<x:row r="1"><x:c r="C1"><x:v>-3.5</x:v></x:c>\n  <x:c r="A1">\n <x:v>'
             '<![CDATA[2]]></x:v>\n </x:c><x:c r="7" t="inlineStr"><x:is>'
             '<x:r><x:t>a &amp; </x:t></x:r><x:rPh><x:t>phonetic</x:t></x:rPh><x:r><x:t>b</x:t>'
             '</x:r></x:is></x:c></x:row>')
    book = openpyxl.Workbook()
    book.active.title = "Data"
    buffer = io.BytesIO()
    book.save(buffer)
    data = rewrite_part(buffer.getvalue(), "xl/worksheets/sheet1.xml",
                        f'<x:worksheet xmlns:x="{NS[7:-1]}"><x:sheetData>{sheet}'
                        f"</x:sheetData></x:worksheet>".encode())
    assert workbook_tables(data)["Data"].header == ["2", "a & b", "-3.5"]


def test_column_letters():
    assert [column_index(r) for r in ("A1", "Z9", "AA1", "XFD1048576")] == [1, 26, 27, 16384]


# -- the streaming reader agrees with openpyxl's reader on random workbooks -----------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f"),
                min_size=1, max_size=20).filter(lambda t: not t.startswith("="))
_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64), _TEXT,
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.replace(microsecond=0)))
#: Text that a spreadsheet would take for a formula, kept as text by the writer (a string cell).
_FORMULA_TEXT = st.builds(lambda text: "=" + text, _TEXT)
_GRID = st.lists(st.lists(st.one_of(_VALUE, _FORMULA_TEXT), min_size=0, max_size=6),
                 min_size=1, max_size=8)
#: Columns the rows are spread over (past Z, with gaps between them).
_COLUMNS = st.lists(st.integers(1, 60), min_size=6, max_size=6, unique=True).map(sorted)


def _rows_as_openpyxl_reads_them(data: bytes, title: str) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True)[title]
    out = []
    for row in sheet.iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        if values:
            out.append(values)
    return out


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(sheets=st.lists(_GRID, min_size=1, max_size=3), columns=_COLUMNS)
@example(sheets=[[[1.7976931348623155e+308]]], columns=[1, 2, 3, 4, 5, 6])
def test_the_streaming_reader_reads_what_openpyxl_reads(sheets, columns):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for index, grid in enumerate(sheets):
        sheet = book.create_sheet(f"Sheet {index}")
        for r, row in enumerate(grid, start=1):
            for column, value in zip(columns, row):
                if value is not None:
                    cell = sheet.cell(row=r, column=column, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"   # text, even when it starts with =
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    tables = workbook_tables(data)
    assert list(tables) == [f"Sheet {i}" for i in range(len(sheets))]
    for title, table in tables.items():
        expected = _rows_as_openpyxl_reads_them(data, title)
        got = ([table.header] if table.header else []) + table.rows
        assert len(got) == len(expected)
        if not expected:
            continue
        header = ["" if v is None else cell_text(v) if isinstance(v, date) else str(v).strip()
                  for v in expected[0]]     # a date as a data cell reads it (a matrix's label)
        for j, v in enumerate(expected[0]):
            if isinstance(v, float) and not math.isfinite(v):
                # written rounded past a double's range: the heading is its text as written
                assert float(table.header[j]) == v
                header[j] = table.header[j]
        assert table.header == header
        assert table.header_dates == {j: v for j, v in enumerate(expected[0])
                                      if isinstance(v, date)}
        for mine, theirs in zip(table.rows, expected[1:]):
            assert len(mine) == len(theirs)
            for a, b in zip(mine, theirs):
                if isinstance(b, float) and not math.isfinite(b):
                    # written rounded past a double's range (1.797693134862316e+308): kept
                    # as its text, to be quoted as written where a number is wanted
                    assert isinstance(a, str) and float(a) == b
                elif isinstance(b, float):
                    assert a == pytest.approx(b, rel=1e-15, abs=0)
                else:
                    assert a == b and type(a) is type(b)


def test_a_boolean_cell_is_true_false_or_an_error_never_a_quiet_false():
    """``TRUE`` in a boolean cell (as some tools write it) was read as False, and so was
    anything else but 1 and true."""
    data = _with_sheet_xml(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>'
        '<c r="C1" t="b"><v>TRUE</v></c><c r="D1" t="b"><v> False </v></c>'
        '<c r="E1" t="b"><v>2</v></c><c r="F1" t="b"><v>yes</v></c></row>'
        '<row r="2"><c r="A2"><v>1</v></c></row>')
    table = workbook_tables(data)["Data"]
    assert table.header == ["True", "False", "True", "False", "2", "yes"]   # as written


def test_rows_written_out_of_order_are_placed_by_their_numbers_as_libreoffice_does():
    """A sheet of 40,000 rows written last to first, the header at the end, across many
    chunks of XML: each row comes back at its number (they were read in file order, the
    last row taken as the header)."""
    rows = [f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>n{r}</t></is></c>'
            f'<c r="B{r}"><v>{r}</v></c></row>' for r in range(40_000, 1, -1)]
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Value</t></is></c></row>')
    table = workbook_tables(_with_sheet_xml("".join(rows) + header))["Data"]
    assert table.header == ["Name", "Value"]
    assert table.numbers == list(range(2, 40_001))
    assert table.rows[0] == ["n2", 2] and table.rows[-1] == ["n40000", 40_000]


def test_a_cell_whose_reference_names_another_row_is_refused_with_its_place():
    with pytest.raises(LoadError, match=r"sheet Data, row 2, column B: holds the cell B7, "
                                        r"which is on another row: the workbook is damaged"):
        workbook_tables(_with_sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2">'
                                        '<c r="A2"><v>2</v></c><c r="B7"><v>3</v></c></row>'))
    same_row = workbook_tables(_with_sheet_xml('<row r="1"><c r="A01"><v>1</v></c></row>'))
    assert same_row["Data"].header == ["1"]
