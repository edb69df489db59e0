"""What spreadsheets do to a table behind its author's back, read for what it is: a merged
range (whose cells but the first are empty in the file), a weight Excel turned into a date
or a number shown as a time, pandas' row numbers in front of the table, headers in the
plural, and a sheet headed as an edge list but empty beside the one that holds the edges.
Each is named as what it is, at its sheet, row and column, or read as the author meant."""

from __future__ import annotations

import csv
import datetime

import pytest

from io_helpers import write_workbook
from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.plurals import plural_headers
from windtunnel.io.sheets import SHEETS


def _refusal(path) -> str:
    with pytest.raises(LoadError) as refused:
        import_model(path)
    return str(refused.value)


def _notes(imported) -> list[str]:
    return [str(note) for note in imported.notes]


# -- merged cells ------------------------------------------------------------------------------

def test_an_edge_end_emptied_by_a_merge_is_named_merged_not_empty(tmp_path):
    """From merged over three rows, as people group a node's edges: rows 3 and 4 have no
    From in the file."""
    path = write_workbook(tmp_path / "merged.xlsx",
                 {"Edges": [["From", "To", "Weight"], ["A", "B", 0.5], [None, "C", 0.5],
                            [None, "D", 0.2]]}, {"Edges": ["A2:A4"]})
    message = _refusal(path)
    assert ("sheet Edges, row 3, column From: A3 is part of the merged cells A2:A4; unmerge "
            "them and write a value in each") in message
    assert "row 4, column From: A4 is part of the merged cells A2:A4" in message
    assert "is empty" not in message


def test_a_weight_emptied_by_a_merge_is_refused_not_given_the_default(tmp_path):
    """The author sees 0.5 on both rows; a blank weight would have become the default."""
    path = write_workbook(tmp_path / "merged.xlsx",
                 {"Edges": [["From", "To", "Weight"], ["A", "B", 0.5], ["B", "C", None],
                            ["C", "D", 0.2]]}, {"Edges": ["C2:C3"]})
    assert _refusal(path) == ("merged.xlsx: sheet Edges, row 3, column Weight: C3 is part of "
                              "the merged cells C2:C3; unmerge them and write a value in each")


def test_an_edge_without_a_weight_and_no_merge_still_gets_the_default(tmp_path):
    path = write_workbook(tmp_path / "blank.xlsx",
                 {"Edges": [["From", "To", "Weight"], ["A", "B", 0.5], ["B", "C", None]]},
                 {"Edges": ["A5:B5"]})
    imported = import_model(path)
    assert any("had no weight (row 3)" in note for note in _notes(imported))


def test_blank_weights_merged_for_looks_get_the_default(tmp_path):
    """A merge of cells that are all empty shows a blank: the weights are the default,
    as unmerged blanks are, and the merge is not noted."""
    path = write_workbook(tmp_path / "blank.xlsx",
                 {"Edges": [["From", "To", "Weight"], ["A", "B", None], ["B", "C", None],
                            ["C", "D", 0.2]]}, {"Edges": ["C2:C3"]})
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges][2] == 0.2
    notes = _notes(imported)
    assert any("had no weight (rows 2, 3)" in note for note in notes), notes
    assert not any("merged" in note for note in notes)


def test_a_blank_matrix_row_merged_for_looks_is_no_edges(tmp_path):
    path = write_workbook(tmp_path / "matrix.xlsx",
                 {"Matrix": [["", "A", "B", "C"], ["A", 0, 0.5, None], ["B", None, None, None],
                             ["C", 0.3, None, 0]]}, {"Matrix": ["B3:D3"]})
    edges = import_model(path).model.edges
    assert sorted((e.source, e.target) for e in edges) == [("a", "b"), ("c", "a")]


def test_a_node_row_emptied_by_a_merge_is_named_merged(tmp_path):
    path = write_workbook(tmp_path / "nodes.xlsx",
                 {"Nodes": [["Label", "Group"], ["Tax", "g"], [None, "h"]]},
                 {"Nodes": ["A2:A3"]})
    assert "sheet Nodes, row 3: A3 is part of the merged cells A2:A3" in _refusal(path)


def test_merged_cells_below_the_header_are_noted_and_a_merged_title_is_not(tmp_path):
    """A Group merged over two nodes' rows gives the first node alone the group: noted.
    A title merged across the top is not part of the table."""
    path = write_workbook(tmp_path / "groups.xlsx",
                 {"Nodes": [["Our map"], [], ["ID", "Label", "Group"], ["a", "A", "g1"],
                            ["b", "B", None], ["c", "C", "g2"]]},
                 {"Nodes": ["A1:C1", "C4:C5"]})
    imported = import_model(path)
    assert [n.group for n in imported.model.nodes] == ["g1", "", "g2"]
    merged = [note for note in _notes(imported) if "merged" in note]
    assert merged == ["sheet Nodes: merged cells (C4:C5): only the first cell of each holds "
                      "its value, the others were read as empty; unmerge them and write a "
                      "value in each"]


def test_a_merged_override_weight_is_named_merged(tmp_path):
    path = write_workbook(tmp_path / "overrides.xlsx", {
        "Nodes": [["ID", "Label"], ["a", "A"], ["b", "B"], ["c", "C"]],
        "Edges": [["From", "To", "Weight"], ["a", "b", 0.5], ["b", "c", 0.5]],
        "Scenarios": [["ID", "Label"], ["s", "S"]],
        "Overrides": [["Scenario", "From", "To", "Weight"], ["s", "a", "b", 0.2],
                      ["s", "b", "c", None]]}, {"Overrides": ["D2:D3"]})
    assert ("sheet Overrides, row 3, column Weight: D3 is part of the merged cells D2:D3"
            in _refusal(path))


_EDGE = {"Edges": [["From", "To", "Weight", "Sources"], ["a", "b", 0.5, "s1"]]}


@pytest.mark.parametrize("sheets, merged, said", [
    ({"Objectives": [["ID", "Label", "Node"], ["o1", "Up", "b"], ["o2", None, "b"]]},
     {"Objectives": ["B2:B3"]}, "sheet Objectives, row 3, column Label: B3 is part of the "
                                "merged cells B2:B3"),
    ({"Objectives": [["ID", "Label", "Node"], ["o1", "Up", "b"], ["o2", "Down", None]]},
     {"Objectives": ["C2:C3"]}, "sheet Objectives, row 3, column Node: C3 is part of the "
                                "merged cells C2:C3"),
    ({"Sources": [["ID", "Title"], ["s1", "Report"], [None, "Other"]]},
     {"Sources": ["A2:A3"]}, "sheet Sources, row 3, column ID: A3 is part of the merged "
                             "cells A2:A3"),
    ({"Participants": [["ID", "Label"], ["p1", "Ann"], ["p2", None]]},
     {"Participants": ["B2:B3"]}, "sheet Participants, row 3, column Label: B3 is part of "
                                  "the merged cells B2:B3"),
    ({"Participants": [["ID", "Label"], ["p1", "Ann"]],
      "Ratings": [["Participant", "From", "To", "Weight"], ["p1", "a", "b", 0.5],
                  [None, "b", "a", 0.2]]},
     {"Ratings": ["A2:A3"]}, "sheet Ratings, row 3, column Participant: A3 is part of the "
                             "merged cells A2:A3"),
], ids=["objective label", "objective node", "source id", "participant label",
        "rating participant"])
def test_an_empty_cell_of_another_sheet_a_merge_emptied_is_named_merged(
        tmp_path, sheets, merged, said):
    """Objectives, Sources, Participants and Ratings name a merged cell as the Nodes and
    Edges sheets do, not as an empty one or an invalid id."""
    message = _refusal(write_workbook(tmp_path / "merged.xlsx", _EDGE | sheets, merged))
    assert said + "; unmerge them and write a value in each" in message
    assert "is empty" not in message and "not a valid id" not in message


def test_an_objective_without_a_node_is_refused_at_its_cell(tmp_path):
    """An empty Node cell of an Objectives sheet, merged or not, is a located problem."""
    path = write_workbook(tmp_path / "objective.xlsx", _EDGE | {
        "Objectives": [["ID", "Label", "Node"], ["o1", "Up", "b"], ["o2", "Down", None]]})
    assert "sheet Objectives, row 3, column Node: '' is not a valid id" in _refusal(path)


def test_a_merged_matrix_cell_is_refused_naming_its_range(tmp_path):
    """A weight merged over two cells would read as no edge in the second."""
    path = write_workbook(tmp_path / "matrix.xlsx",
                 {"Matrix": [["", "A", "B", "C"], ["A", 0, 0.5, 0.5], ["B", 0.1, 0, 0.2],
                             ["C", 0.3, 0.3, 0]]}, {"Matrix": ["C2:D2"]})
    assert _refusal(path) == ("matrix.xlsx: sheet Matrix, row 2, column D (C): D2 is part of "
                              "the merged cells C2:D2; unmerge them and write a value in each")


def test_a_merged_matrix_label_is_named_merged(tmp_path):
    """Read as a matrix (as asked), the blank label is the second cell of a merge."""
    path = write_workbook(tmp_path / "labels.xlsx",
                 {"Matrix": [["", "A", "B", "C"], ["A", 0, 0.5, 0.5], [None, 0.1, 0, 0.2],
                             ["C", 0.3, 0.3, 0]]}, {"Matrix": ["A2:A3"]})
    with pytest.raises(LoadError) as refused:
        import_model(path, format="matrix")
    assert "sheet Matrix, row 3: A3 is part of the merged cells A2:A3" in str(refused.value)


def test_pandas_headings_over_groups_of_columns_are_read_above_the_header(tmp_path):
    """pandas writes a frame with two levels of column names as two header rows, the
    upper merged over its group (``Edge`` over From and To), and its index in front."""
    pandas = pytest.importorskip("pandas")
    columns = pandas.MultiIndex.from_tuples([("Edge", "From"), ("Edge", "To"),
                                             ("Value", "Weight")])
    frame = pandas.DataFrame([["Tax", "Prices", 0.5], ["Prices", "Demand", -0.3]],
                             columns=columns)
    path = tmp_path / "frame.xlsx"
    frame.to_excel(path, sheet_name="Edges")
    imported = import_model(path)
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [
        ("tax", "prices", 0.5), ("prices", "demand", -0.3)]
    assert ("sheet Edges, row 2: read as the header row: the text above it ('Edge / Value') "
            "was taken for the sheet's title and not read") in _notes(imported)


def test_a_header_cell_merged_for_width_keeps_its_row_as_the_header(tmp_path):
    """Label merged over two columns for room: the text row below it is a node's, with
    nothing under the merge's second column, so it stays data."""
    path = write_workbook(tmp_path / "wide.xlsx",
                 {"Nodes": [["Label", None, "Group"], ["Tax", None, "Policy"],
                            ["Prices", None, "Market"]]}, {"Nodes": ["A1:B1"]})
    nodes = import_model(path).model.nodes
    assert [(n.label, n.group) for n in nodes] == [("Tax", "Policy"), ("Prices", "Market")]
    edges = write_workbook(tmp_path / "edges.xlsx", {"Edges": [
        ["From", "To", "Weight", None], ["Tax", "Prices", "H+", "note"],
        ["Prices", "Demand", "M-", "seen"]]}, {"Edges": ["C1:D1"]})
    assert len(import_model(edges).model.edges) == 2      # text under the whole merge


# -- dates and times as weights ----------------------------------------------------------------

_DATE = datetime.datetime(2026, 1, 2)          # 1/2 typed into Excel
_TIME = datetime.time(12, 0)                   # 0.5 in a column formatted as a time


@pytest.mark.parametrize("value, said", [
    (_DATE, "holds the date 2026-01-02, not a number (a spreadsheet turns 1/2 typed into a "
            "cell into a date"),
    (datetime.datetime(2026, 1, 2, 6, 30), "holds the date 2026-01-02 06:30:00, not a number"),
    (_TIME, "holds the time 12:00, not a number (the number 0.5 formatted as a time): format "
            "the column as Number")])
def test_a_date_or_time_weight_in_an_edges_sheet_is_named_as_one(tmp_path, value, said):
    path = write_workbook(tmp_path / "dates.xlsx",
                 {"Edges": [["From", "To", "Weight"], ["A", "B", 0.5], ["B", "C", value]]})
    message = _refusal(path)
    assert f"sheet Edges, row 3, column Weight: {said}" in message
    assert "is not a number" not in message


@pytest.mark.parametrize("value, said", [
    (datetime.datetime(1900, 1, 1), "is the number 1 formatted as a date: format the column "
                                    "as Number"),
    (datetime.datetime(1900, 1, 9), "is the number 9 formatted as a date"),
    (datetime.datetime(1899, 12, 29, 12), "is the number -0.5 formatted as a date")])
def test_a_small_number_shown_as_a_date_is_named_with_its_number(tmp_path, value, said):
    """A weight of 1 to 10, or below 0, in a column formatted as dates is kept in the file
    (openpyxl writes these dates as the numbers 1, 9 and -0.5, as Excel shows them): its
    number is given, not a request to type it again."""
    path = write_workbook(tmp_path / "dates.xlsx",
                 {"Edges": [["From", "To", "Weight"], ["A", "B", value]]})
    message = _refusal(path)
    assert f"sheet Edges, row 2, column Weight: {said}" in message
    assert "type the value again" not in message


@pytest.mark.parametrize("value, said", [
    (_DATE, "holds the date 2026-01-02, not a number"),
    (datetime.time(6, 0), "holds the time 06:00, not a number (the number 0.25 formatted")])
def test_a_date_or_time_in_a_matrix_is_named_as_one(tmp_path, value, said):
    path = write_workbook(tmp_path / "matrix.xlsx",
                 {"Matrix": [["", "A", "B"], ["A", 0, value], ["B", 0.5, 0]]})
    assert f"sheet Matrix, row 2, column C (B): {said}" in _refusal(path)


# -- pandas' row numbers -----------------------------------------------------------------------

def _pandas_csv(path, first: int, rows: int = 10_000):
    """An edge list as pandas' ``to_csv`` writes it with its index: a first column without
    a header numbering the rows."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["", "source", "target", "weight"])
        for k in range(rows):
            out.writerow([first + k, f"n{k}", f"n{k + 1}", 0.5])
    return path


@pytest.mark.parametrize("first", [0, 1])
def test_pandas_row_numbers_in_a_csv_file_are_read_as_row_numbers(tmp_path, first):
    imported = import_model(_pandas_csv(tmp_path / "frame.csv", first))
    assert len(imported.model.edges) == 10_000
    notes = _notes(imported)
    assert (f"row 1, column A: the first column, without a header, numbers the rows "
            f"{first:,} to {first + 9_999:,}: read as row numbers, not data") in notes
    assert not any("without a header (" in note for note in notes)


def test_pandas_row_numbers_in_a_workbook_are_read_as_row_numbers(tmp_path):
    path = write_workbook(tmp_path / "frame.xlsx", {"Sheet1": [
        [None, "From", "To", "Weight"], [0, "A", "B", 0.5], [1, "B", "C", -0.3],
        [2, "C", "A", 0.2]]})
    imported = import_model(path)
    assert len(imported.model.edges) == 3
    assert ("sheet Sheet1, row 1, column A: the first column, without a header, numbers the "
            "rows 0 to 2: read as row numbers, not data") in _notes(imported)


@pytest.mark.parametrize("first_cells", [[3, 1, 2], [0, 1, 3], ["x", "y", "z"], [2, 3, 4]])
def test_a_first_column_that_numbers_nothing_is_still_noted_as_cells_without_a_header(
        tmp_path, first_cells):
    path = tmp_path / "data.csv"
    path.write_text(",From,To,Weight\n" + "".join(
        f"{cell},{a},{b},0.5\n" for cell, (a, b) in zip(first_cells, ["AB", "BC", "CA"])),
        encoding="utf-8")
    notes = _notes(import_model(path))
    assert any("3 rows hold cells in columns without a header (rows 2, 3, 4; columns A)"
               in note for note in notes)
    assert not any("numbers the rows" in note for note in notes)


# -- headers in the plural ---------------------------------------------------------------------

def test_a_single_column_headed_nodes_is_a_list_of_nodes(tmp_path):
    path = tmp_path / "nodes.csv"
    path.write_text("Nodes\nTax\nSmuggling\n", encoding="utf-8")
    assert [n.label for n in import_model(path).model.nodes] == ["Tax", "Smuggling"]


def test_plural_headers_name_their_columns(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("Causes,Effects,Weights,Delays\nTax,Smuggling,-0.4,2\n", encoding="utf-8")
    (edge,) = import_model(path).model.edges
    assert (edge.weight, edge.delay) == (-0.4, 2)
    nodes = tmp_path / "concepts.csv"
    nodes.write_text("IDs,Concepts,Groups\ntax,Tax,Policy\n", encoding="utf-8")
    (node,) = import_model(nodes).model.nodes
    assert (node.id, node.label, node.group) == ("tax", "Tax", "Policy")


def test_a_plural_that_names_another_column_is_not_taken_for_a_plural():
    """``Sources`` is the Edges sheet's column of source ids, never its From column."""
    edges = plural_headers(SHEETS["Edges"])
    assert "sources" not in edges
    assert edges["targets"].field == "target"
    assert "whies" not in edges and "froms" not in edges


# -- which sheet holds the edges ---------------------------------------------------------------

def test_an_empty_sheet_headed_as_an_edge_list_gives_way_to_the_one_with_edges(tmp_path):
    """A template sheet (headers alone) before the sheet of edges: the edges are read."""
    path = write_workbook(tmp_path / "template.xlsx", {
        "Template": [["From", "To", "Weight"]],
        "Data": [["From", "To", "Weight"], ["Tax", "Smuggling", 0.5]]})
    assert [(e.source, e.target) for e in import_model(path).model.edges] == [
        ("tax", "smuggling")]


def test_a_date_in_another_number_column_is_named_as_one(tmp_path):
    path = write_workbook(tmp_path / "initial.xlsx",
                 {"Nodes": [["Label", "Initial"], ["Tax", _DATE]]})
    assert ("sheet Nodes, row 2, column Initial: holds the date 2026-01-02, not a number"
            in _refusal(path))


def test_each_cell_a_merge_emptied_is_named_among_many_ranges_in_its_column(tmp_path):
    """Ranges are looked up by column: among a column's ranges, each emptied cell is named
    with its own range, the cells between ranges and the ranges' first cells are not."""
    rows = [["From", "To", "Weight"]]
    for k in range(15):                      # A2:A3 merged, A4 its own, A5:A6 merged, ...
        rows += [[f"N{k}", f"M{k}", 0.5], [None, f"P{k}", 0.5], [f"Q{k}", f"R{k}", 0.5]]
    path = write_workbook(tmp_path / "many.xlsx", {"Edges": rows},
                          {"Edges": [f"A{2 + 3 * k}:A{3 + 3 * k}" for k in range(15)]})
    message = _refusal(path)
    assert message.count("is part of the merged cells") == 15
    for k in (0, 7, 14):
        assert (f"row {3 + 3 * k}, column From: A{3 + 3 * k} is part of the merged cells "
                f"A{2 + 3 * k}:A{3 + 3 * k}") in message


# -- dates in columns of names -----------------------------------------------------------------

_NOTED = ("a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if it held "
          "another name, write that name again as text (with an apostrophe before it)")


def test_a_date_in_a_label_or_id_column_is_read_as_its_text_and_noted(tmp_path):
    """Excel turned the labels "Jan 2" and "3-5" into dates: each is kept as the date's
    text, and the note names its sheet, row, column and date."""
    path = write_workbook(tmp_path / "dates.xlsx", {
        "Nodes": [["ID", "Label"], ["a", _DATE], ["b", "B"],
                  [datetime.datetime(2026, 3, 5), "C"]],
        "Edges": [["From", "To", "Weight"], ["a", "b", 0.5]]})
    imported = import_model(path)
    assert [(n.id, n.label) for n in imported.model.nodes] == [
        ("a", "2026-01-02"), ("b", "B"), ("2026-03-05", "C")]
    notes = _notes(imported)
    assert ("sheet Nodes, row 2, column Label: holds the date 2026-01-02 where a name is "
            "expected: read as the text '2026-01-02'; " + _NOTED) in notes
    assert ("sheet Nodes, row 4, column ID: holds the date 2026-03-05 where a name is "
            "expected: read as the text '2026-03-05'; " + _NOTED) in notes


def test_dates_at_an_edge_s_ends_are_read_as_their_text_and_noted(tmp_path):
    path = write_workbook(tmp_path / "ends.xlsx", {"Edges": [
        ["From", "To", "Weight"], ["a", "b", 0.5], [_DATE, "b", 0.3],
        ["b", datetime.datetime(2026, 3, 5), 0.3], ["a", datetime.datetime(2026, 4, 5), 0.1]]})
    imported = import_model(path)
    assert [e.key for e in imported.model.edges][1:] == [
        ("2026-01-02", "b"), ("b", "2026-03-05"), ("a", "2026-04-05")]
    notes = _notes(imported)
    assert ("sheet Edges, row 3, column From: holds the date 2026-01-02 where a name is "
            "expected: read as the text '2026-01-02'; " + _NOTED) in notes
    assert ("sheet Edges, column To: 2 cells hold dates where names are expected (2026-03-05 "
            "on row 4, 2026-04-05 on row 5): read as the dates' text; a spreadsheet turns a "
            "name typed as 3-5 or Jan 2 into a date, so if one held another name, write that "
            "name again as text (with an apostrophe before it)") in notes


def test_a_date_outside_the_columns_of_names_is_not_noted(tmp_path):
    """A description may well be a date: only names are noted."""
    path = write_workbook(tmp_path / "described.xlsx", {"Nodes": [
        ["ID", "Label", "Description"], ["a", "A", _DATE]]})
    imported = import_model(path)
    assert imported.model.nodes[0].description == "2026-01-02"
    assert not any("holds the date" in note for note in _notes(imported))
