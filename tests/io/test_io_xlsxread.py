"""The streaming .xlsx reader: values of every cell type, as Excel and LibreOffice write them."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pytest

from io_helpers import rewrite_part
from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.cells import ErrorCell, FormulaCell
from windtunnel.io.tables import workbook_tables
from windtunnel.io.xlsxread import column_index

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


def test_broken_sheet_xml_is_located():
    with pytest.raises(LoadError, match=r"sheet Data: not valid XML"):
        workbook_tables(_with_sheet_xml('<row r="1"><c r="A1"><v>1</v></row>'))


def test_column_letters():
    assert [column_index(r) for r in ("A1", "Z9", "AA1", "XFD1048576")] == [1, 26, 27, 16384]
