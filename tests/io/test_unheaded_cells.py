"""Cells beyond a table's last headed column: a sheet of rows reads the rest and says
which rows and columns were not read; a matrix refuses a number there (its node is not
named) and notes any other value as not kept."""

from __future__ import annotations

import openpyxl
import pytest

from workbooks import write_workbook
from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.participant_files import read_maps


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_pair_says_which_cells_beyond_the_header_were_not_read(tmp_path):
    """Row 2 of the nodes and of the edges hold a cell no header names: the rows are read,
    the cells were dropped without a word; the notes name the file, rows and columns."""
    nodes = _write(tmp_path, "nodes.csv", "ID,Label\na,A,extra\nb,B\nc,C,x,y\n")
    edges = _write(tmp_path, "edges.csv", "From,To,Weight\na,b,0.5,oops\nb,c,0.3\n")
    imported = import_model(edges, nodes=nodes)
    assert [e.key for e in imported.model.edges] == [("a", "b"), ("b", "c")]
    notes = [str(note) for note in imported.notes]
    assert ("file nodes.csv: 2 rows hold cells in columns without a header (rows 2, 4; "
            "columns C-D): they were not read; give their column a header to read it") in notes
    assert ("file edges.csv: row 2 holds cells in a column without a header (column D): "
            "they were not read; give their column a header to read it") in notes


def test_a_workbook_summarises_many_rows_with_cells_beyond_the_header(tmp_path):
    """Twelve edges rows with a comment past the Weight column: the note lists eight rows
    and counts the others; trailing blank cells are no such cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Edges"
    sheet.append(["From", "To", "Weight"])
    for i in range(12):
        sheet.append([f"n{i}", f"n{i + 1}", 0.5, f"comment {i}"])
    sheet.append(["x", "y", 0.5, None, None])
    path = tmp_path / "map.xlsx"
    book.save(path)
    imported = import_model(path)
    assert len(imported.model.edges) == 13
    said = [str(note) for note in imported.notes if "without a header" in str(note)]
    assert said == ["sheet Edges: 12 rows hold cells in columns without a header (rows 2, 3, "
                    "4, 5, 6, 7, 8, 9 and 4 more; columns D): they were not read; give their "
                    "column a header to read it"]


def test_cells_under_a_blank_header_or_past_a_long_row_are_named_in_a_line(tmp_path):
    """A column headed by nothing in the middle of the header, and a row of a thousand
    stray cells: the note names the columns as runs, never a thousand letters."""
    nodes = _write(tmp_path, "nodes.csv", "ID,,Label\na,kept?,A\ny,,Y," + "x," * 1000 + "\n")
    edges = _write(tmp_path, "edges.csv", "From,To,Weight\na,y,0.5\n")
    imported = import_model(edges, nodes=nodes)
    assert [n.label for n in imported.model.nodes] == ["A", "Y"]
    assert ("file nodes.csv: 2 rows hold cells in columns without a header (rows 2, 3; "
            "columns B, D-ALO): they were not read; give their column a header to read it"
            ) in [str(note) for note in imported.notes]


def test_an_edge_list_of_participants_says_what_it_did_not_read(tmp_path):
    """One list of several participants' edges (read by the participants' import): a cell
    beyond its header is named with its file, row and column."""
    path = _write(tmp_path, "workshop.csv",
                  "Participant,From,To,Weight\nP1,a,b,0.5,oops\nP2,b,c,0.3\nP2,a,c,0.2\n")
    notes = [str(note) for m in read_maps([path]) for note in m.notes]
    assert ("workshop.csv: row 2 holds cells in a column without a header (column E): "
            "they were not read; give their column a header to read it") in notes


def test_a_matrix_refuses_a_number_beyond_its_labels(tmp_path):
    """Row A of a 3x3 matrix holds a fourth weight: it names no node (a label is missing
    from the first row, or the cell is a slip), so the file is refused naming the column,
    not read without the edge."""
    path = _write(tmp_path, "m.csv", ",A,B,C\nA,0,0.5,0,0.9\nB,0,0,0.3\nC,0.1,0,0\n")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value) == ("m.csv: row 1: column E holds numbers, but has no label in "
                                 "the first row: add the label of its node (and its row), or "
                                 "remove the cells")


def test_a_matrix_notes_a_text_cell_beyond_its_labels_as_not_kept(tmp_path):
    """A comment past the last labelled column is not a node: the map is read, and the
    note names the column as not kept."""
    path = _write(tmp_path, "m.csv", ",A,B,C\nA,0,0.5,0,see the minutes\nB,0,0,0.3\n"
                                     "C,0.1,0,0\n")
    imported = import_model(path)
    assert [e.key for e in imported.model.edges] == [("a", "b"), ("b", "c"), ("c", "a")]
    assert [str(note) for note in imported.notes] == ["column 'E' (not a node) was not kept"]


def test_cells_under_a_header_merged_across_columns_are_named_under_that_header(tmp_path):
    """``Weight`` merged over C to E keeps its text in C alone: the cells under D and E are
    named as under the merged header, with what was read and how to read the rest; a cell
    under no header at all keeps its own note."""
    path = write_workbook(tmp_path / "header.xlsx", {"Edges": [
        ["From", "To", "Weight", None, None, "Note", None],
        ["a", "b", 0.5, "x", None, "n", "extra"], ["b", "c", 0.5, "y", "z"],
        ["c", "d", 0.1]]}, {"Edges": ["C1:E1"]})
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges] == [0.5, 0.5, 0.1]
    notes = [str(note) for note in imported.notes]
    assert ("sheet Edges, row 1, column C: the header 'Weight' is merged across columns C-E: "
            "it heads column C alone, so the cells of 2 rows under its other columns (rows "
            "2, 3) were not read; unmerge it and give each column a header to read them"
            ) in notes
    assert ("sheet Edges: row 2 holds cells in a column without a header (column G): they "
            "were not read; give their column a header to read it") in notes
