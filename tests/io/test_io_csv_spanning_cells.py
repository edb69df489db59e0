"""A CSV record whose cell spans lines (a quoted text with line breaks, as Excel writes a
cell typed with Alt+Enter) is one row: a problem below it is named by the row a
spreadsheet shows, the record's number, and by the line where the record begins, not by
the line where it ends."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import csv as csv_module
from windtunnel.io import import_model
from windtunnel.io.tables import RecordStart

#: Excel's CSV: CRLF line ends, a line break inside a cell written as a bare LF.
SPANNING = ('source,target,weight,rationale\r\n'
            'Tax,Demand,0.5,"raises costs\nfor buyers"\r\n'
            'Demand,Price,big,"three\nlines\nlong"\r\n'
            'Price,Tax,0.3,plain\r\n')


def _refusal(path) -> str:
    with pytest.raises(LoadError) as caught:
        import_model(path)
    return str(caught.value)


def test_a_problem_in_a_record_spanning_lines_is_named_where_the_record_starts(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes(SPANNING.encode("utf-8"))
    assert _refusal(path) == ("edges.csv: row 3 (starting on line 4), column weight: 'big' "
                              "is not a number")


def test_rows_below_a_cell_spanning_lines_keep_their_record_numbers(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes(SPANNING.replace("0.3", "-7e1x").encode("utf-8"))
    assert "row 4 (starting on line 7), column weight: '-7e1x'" in _refusal(path)


def test_rows_above_any_cell_spanning_lines_are_named_by_number_alone(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes(SPANNING.replace("0.5", "huge").encode("utf-8"))
    message = _refusal(path)
    assert "edges.csv: 2 problems" in message and "row 2, column weight: 'huge'" in message
    assert "row 3 (starting on line 4), column weight: 'big'" in message


def test_record_numbers_and_starting_lines_run_on_across_batches(monkeypatch):
    monkeypatch.setattr(csv_module, "_BATCH", 2)
    table = csv_module.parse_csv(("a,b\n" + '1,"x\ny"\n' * 3 + "2,z\n").encode("utf-8"))
    assert table.numbers == [2, 3, 4, 5]
    assert table.places == {3: RecordStart(3, 4), 4: RecordStart(4, 6),
                            5: RecordStart(5, 8)}
    assert table.where(5, "b") == "row 5 (starting on line 8), column b"
