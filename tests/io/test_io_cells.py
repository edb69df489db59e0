"""The safe-cell rules: user text is never a formula, numbers stay numbers (read back as XML)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from io_helpers import cells, quote_prefixed_styles
from windtunnel.io import Book, Styled, csv_bytes, csv_text, needs_quote_prefix
from windtunnel.io.cells import cell_text, xml_text

HOSTILE = ["=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+41 22 123", "-2+3", "@SUM(A1)",
           "\t=cmd", "\r=cmd", "\n=cmd", "=cmd|' /C calc'!A0"]


def _book_with(values) -> bytes:
    book = Book()
    sheet = book.sheet("Data", ["Text", "Number"], styles=["text", "level"])
    for value in values:
        sheet.append([value, 0.5])
    return book.to_bytes()


def test_hostile_text_is_written_as_quote_prefixed_strings():
    data = _book_with(HOSTILE)
    found = cells(data, "Data")
    prefixed = quote_prefixed_styles(data)
    for row, text in enumerate(HOSTILE, start=2):
        kind, style, value = found[f"A{row}"]
        assert kind == "inlineStr", text
        assert style in prefixed, text
        assert value == text
    assert not any(kind == "formula" for kind, _s, _v in found.values())


def test_plain_text_and_numbers_keep_their_types():
    book = Book()
    sheet = book.sheet("Data", ["A", "B", "C", "D"], styles=["text", "level", "int", "text"])
    sheet.append(["plain", 0.25, 7, True])
    sheet.append(["0.5", float("nan"), float("inf"), Styled(-3, "bold")])
    data = book.to_bytes()
    found = cells(data, "Data")
    prefixed = quote_prefixed_styles(data)
    assert found["A2"][0] == "inlineStr" and found["A2"][1] not in prefixed
    assert found["B2"] == (None, found["B2"][1], "0.25")
    assert found["C2"][2] == "7" and found["D2"][0] == "b"
    assert found["A3"][0] == "inlineStr" and found["A3"][2] == "0.5"  # text that looks numeric
    assert "B3" not in found and "C3" not in found                      # NaN, inf: empty
    assert found["D3"][0] is None and found["D3"][2] == "-3"            # a number, not text


def test_openpyxl_and_pandas_read_the_text_back_as_text():
    data = _book_with(HOSTILE)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Data"]
    read = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert read == HOSTILE
    for row in sheet.iter_rows(min_row=2):
        assert row[0].data_type == "s" and row[0].quotePrefix
    import pandas as pd

    frame = pd.read_excel(io.BytesIO(data), sheet_name="Data", engine="openpyxl")
    assert list(frame["Text"]) == HOSTILE


def test_control_characters_become_replacement_characters_and_cr_survives():
    data = _book_with(["a\x01b", "line\r\nbreak", " padded "])
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Data"]
    values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == ["a\ufffdb", "line\r\nbreak", " padded "]
    assert xml_text("x" * 40_000) == "x" * 32_767


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_exports_apostrophe_prefix_formula_text(text):
    assert needs_quote_prefix(text)
    assert csv_text(text) == "'" + text
    line = csv_bytes(["Label"], [[text], [1.5]]).decode("utf-8-sig").splitlines()
    assert line[1].lstrip('"').startswith("'")
    assert line[-1] == "1.5"


def test_csv_text_leaves_safe_values_alone():
    assert csv_text("plain") == "plain" and csv_text(-0.5) == -0.5 and csv_text(None) is None


def test_cell_text_shows_imported_values_plainly():
    from datetime import date, datetime

    assert cell_text(3.0) == "3" and cell_text(2.5) == "2.5" and cell_text(None) == ""
    assert cell_text(datetime(2026, 6, 25)) == "2026-06-25"
    assert cell_text(date(2026, 1, 2)) == "2026-01-02" and cell_text(True) == "TRUE"


def test_sheets_have_frozen_headers_filters_and_fitted_widths():
    book = Book()
    sheet = book.sheet("Data", ["Short", "A much longer header"], styles=["text", "text"])
    sheet.append(["x" * 30, "y"])
    data = book.to_bytes()
    ws = openpyxl.load_workbook(io.BytesIO(data))["Data"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:B2"
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width > 15


@pytest.mark.parametrize("header", ["ボックス", "後悔の中央値", "条件框", "后悔值中位数"])
def test_a_chinese_or_japanese_header_is_as_wide_as_it_is_written(header):
    """A column is as wide as its text, counted in Excel's character units, of which a
    Chinese or Japanese character takes two: counted in characters, the exploration
    workbook's ボックス (Boxes) and 后悔值中位数 (regret median) headers were cut to half,
    their filter buttons over the rest; an English header of the same width fits alike."""
    book = Book()
    latin = "x" * 2 * len(header)
    book.sheet("Data", [header, latin])
    ws = openpyxl.load_workbook(io.BytesIO(book.to_bytes()))["Data"]
    assert ws.column_dimensions["A"].width == ws.column_dimensions["B"].width
    assert ws.column_dimensions["A"].width >= 2 * len(header) + 2       # the filter button
