"""A matrix's labels a spreadsheet turned into dates: read as their text and each noted, or as
typed where the other side keeps the text; the text a date was typed as told by its day and
month; a refusal for labels that differ, or an edge end refused, says which were dates."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.date_names import typed_as

from io_helpers import weights_by_label


_MARCH_5, _JAN_2 = datetime(2026, 3, 5), datetime(2026, 1, 2)


def _matrix_book(path, header: list, sides: list, rows=((0, 0.5, 0.2), (0.1, 0, 0),
                                                       (0.3, 0, 0))) -> str:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    sheet.append(header)
    for side, row in zip(sides, rows):
        sheet.append([side, *row])
    book.save(path)
    return str(path)


def test_dates_as_a_matrixs_labels_are_read_as_their_text_and_each_noted(tmp_path):
    """Excel turns 3-5 and Jan 2 into dates as they are typed, on both sides alike: the
    labels across the top (read as "2026-03-05 00:00:00") no longer met those down the side
    ("2026-03-05"), and the matrix was refused as not square."""
    imported = import_model(_matrix_book(tmp_path / "dates.xlsx", ["", _MARCH_5, "Tax", _JAN_2],
                                         [_MARCH_5, "Tax", _JAN_2]))
    assert [n.label for n in imported.model.nodes] == ["2026-03-05", "Tax", "2026-01-02"]
    assert weights_by_label(imported.model)[("2026-03-05", "Tax")] == 0.5
    notes = [str(note) for note in imported.notes]
    assert any(note.startswith("sheet Matrix, column A: 2 cells hold dates where names are "
                               "expected (2026-03-05 on row 2, 2026-01-02 on row 4)")
               for note in notes)
    assert any(note.startswith("sheet Matrix, row 1: 2 cells hold dates where names are "
                               "expected (2026-03-05 in column B, 2026-01-02 in column D)")
               for note in notes)


@pytest.mark.parametrize("header, sides, place", [
    (["", _MARCH_5, "Tax", "Trade"], ["3-5", "Tax", "Trade"], "row 1, column B"),
    (["", "Mar 5", "Tax", "Trade"], [_MARCH_5, "Tax", "Trade"], "row 2, column A"),
    (["", "5/3", "Tax", "Trade"], [_MARCH_5, "Tax", "Trade"], "row 2, column A"),
])
def test_a_date_label_is_read_as_typed_where_the_other_side_keeps_the_text(
        tmp_path, header, sides, place):
    """The same node's label typed as text on one side (an apostrophe, a text column) and
    turned into a date on the other: the text is what the user typed."""
    typed = next(label for label in [*header, *sides] if isinstance(label, str) and label
                 and label not in ("Tax", "Trade"))
    imported = import_model(_matrix_book(tmp_path / "typed.xlsx", header, sides))
    assert [n.label for n in imported.model.nodes] == [typed, "Tax", "Trade"]
    assert [str(note) for note in imported.notes if "date" in str(note)] == [
        f"sheet Matrix, {place}: holds the date 2026-03-05 where a label is expected: read as "
        f"{typed!r}, the same node's label as the other side of the matrix holds it (a "
        f"spreadsheet turns a label typed as {typed!r} into a date)"]


@pytest.mark.parametrize("typed, day, was", [
    ("3-5", datetime(2026, 3, 5), True), ("5/3", datetime(2026, 3, 5), True),   # either order
    ("3.5.2026", datetime(2026, 3, 5), True), ("3/5/25", datetime(2026, 3, 5), False),
    ("Mar 5", datetime(2026, 3, 5), True), ("5-Mar", datetime(2026, 3, 5), True),
    ("Mar-21", datetime(2021, 3, 1), True),             # Excel's month and year
    ("3-6", datetime(2026, 3, 5), False), ("May 3", datetime(2026, 3, 5), False),
    ("Ja 2", datetime(2026, 1, 2), False), ("Tax", datetime(2026, 3, 5), False),
])
def test_the_text_a_date_was_typed_as_is_told_by_its_day_and_month(typed, day, was):
    assert typed_as(day, typed) is was


def test_a_matrix_refused_for_labels_that_differ_says_which_were_dates(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_matrix_book(tmp_path / "differ.xlsx", ["", _MARCH_5, "Tax", "Trade"],
                                  ["3-6", "Tax", "Trade"]))
    message = str(refused.value)
    assert "rows only: 3-6; columns only: 2026-03-05" in message
    assert "sheet Matrix, row 1, column B: holds the date 2026-03-05 where a name is " in message


def _ends_book(path, nodes, edges):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Nodes"
    for row in nodes:
        sheet.append(row)
    sheet = book.create_sheet("Edges")
    for row in edges:
        sheet.append(row)
    book.save(path)
    return path


def test_an_edge_end_that_was_a_date_no_node_was_typed_as_is_refused_saying_so(tmp_path):
    """The Nodes sheet lists 3-5 as text; the Edges sheet's 2 January is no node's name as
    typed: refused as a date (5 March is read as 3-5, below)."""
    path = _ends_book(tmp_path / "ends.xlsx", [["ID", "Label"], ["a", "3-5"], ["b", "Tax"]],
                      [["From", "To", "Weight"], [_MARCH_5, "Tax", 0.5], [_JAN_2, "Tax", 0.5]])
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == (
        "ends.xlsx: sheet Edges, row 3, column From: holds the date 2026-01-02, which is not a "
        "node of the Nodes sheet: a spreadsheet turns a name typed as 3-5 or Jan 2 into a "
        "date; write the name again as text (with an apostrophe before it), or add a row for "
        "it to the Nodes sheet")


def test_an_edge_end_turned_into_a_date_is_the_node_typed_so_on_the_nodes_sheet(tmp_path):
    """Excel turned the ends 3-5 and Mar-21 into dates on the Edges sheet, where the Nodes
    sheet keeps them as typed text (an id, a label): each names that node, noted once at
    its first cell, as a matrix's label typed on its other side does; they were refused as
    dates that are no node."""
    path = _ends_book(tmp_path / "ends.xlsx",
                      [["ID", "Label"], ["3-5", "Tax"], ["b", "Trade"], ["c", "Mar-21"]],
                      [["From", "To", "Weight"], [_MARCH_5, "b", 0.5],
                       ["b", datetime(2021, 3, 1), 0.3], [_MARCH_5, "c", 0.2]])
    imported = import_model(path)
    assert [e.key for e in imported.model.edges] == [("3-5", "b"), ("b", "c"), ("3-5", "c")]
    assert [str(note) for note in imported.notes if "date" in str(note)] == [
        "sheet Edges, row 2, column From: holds the date 2026-03-05 where a node's name is "
        "expected: read as the node 'Tax' (id 3-5), whose name on the Nodes sheet a "
        "spreadsheet turns into that date as it is typed (and so wherever the edges hold "
        "this date)",
        "sheet Edges, row 3, column To: holds the date 2021-03-01 where a node's name is "
        "expected: read as the node 'Mar-21' (id c), whose name on the Nodes sheet a "
        "spreadsheet turns into that date as it is typed (and so wherever the edges hold "
        "this date)"]


def test_an_edge_end_date_two_nodes_were_typed_as_is_refused_not_guessed(tmp_path):
    """3-5 and 5/3 both turn into 5 March (the order of day and month is the locale's)."""
    path = _ends_book(tmp_path / "ends.xlsx", [["ID", "Label"], ["3-5", "Tax"], ["5/3", "Trade"]],
                      [["From", "To", "Weight"], [_MARCH_5, "5/3", 0.5]])
    with pytest.raises(LoadError, match="row 2, column From: holds the date 2026-03-05, which "
                                        "is not a node of the Nodes sheet"):
        import_model(path)
