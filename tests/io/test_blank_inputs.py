"""Workbooks and CSV files whose sheets say too little or too much: nothing but a byte-order
mark, blank lines or empty sheets is refused as holding no nodes, as an empty file is,
never with the name of a sheet it lacks; two edge lists, none named Edges, are refused
naming both, not read as whichever comes first."""

from __future__ import annotations

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model


@pytest.mark.parametrize("content", [b"\xef\xbb\xbf", b"   \n\n  \n", b"\xff\xfe", b",,,\n,,\n"])
def test_a_csv_file_of_blanks_holds_no_nodes(tmp_path, content):
    path = tmp_path / "blank.csv"
    path.write_bytes(content)
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == "blank.csv: holds no nodes: there is nothing to import"


def test_a_workbook_of_empty_sheets_holds_no_nodes(tmp_path):
    book = openpyxl.Workbook()
    book.create_sheet("Second")
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(LoadError) as refused:
        import_model(tmp_path / "empty.xlsx")
    assert str(refused.value) == "empty.xlsx: holds no nodes: there is nothing to import"


def test_two_edge_lists_none_named_edges_are_refused_naming_both(tmp_path):
    """A hidden sheet keeping an old version of the edges came first and was read, the
    visible one dropped without a word."""
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Old"
    for row in (["From", "To", "Weight"], ["A", "B", 0.9]):
        old.append(row)
    old.sheet_state = "hidden"
    data = book.create_sheet("Data")
    for row in (["From", "To", "Weight"], ["Tax", "Smuggling", 0.5]):
        data.append(row)
    book.active = 1
    book.save(tmp_path / "versions.xlsx")
    with pytest.raises(LoadError) as refused:
        import_model(tmp_path / "versions.xlsx")
    assert str(refused.value).startswith("versions.xlsx: sheets 'Old', 'Data': each holds "
                                         "an edge list")
    book.remove(old)
    book.save(tmp_path / "versions.xlsx")
    assert [n.label for n in import_model(tmp_path / "versions.xlsx").model.nodes] == [
        "Tax", "Smuggling"]
