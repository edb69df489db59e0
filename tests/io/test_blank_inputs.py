"""A file with nothing in it but a byte-order mark, blank lines or empty sheets is refused
as holding no nodes, as an empty file is, never with the name of a sheet it lacks."""

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
