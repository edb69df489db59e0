"""Imports of influence matrices (CSV, tab-separated, a workbook's sheet, Mental Modeler's):
labels, blanks, R's missing values and the diagonal, problems located at their cell."""

from __future__ import annotations

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model, matrix_to_model
from windtunnel.io.csv import parse_csv
from windtunnel.io.importing import ImportOptions

from io_helpers import DATA, edges_and_notes


@pytest.mark.parametrize("corner, jobs", [("", "Jobs"),             # a blank corner
                                          ("Map", "Jobs, new")])     # a tie of tabs and commas
def test_a_tab_separated_matrix_whose_labels_hold_commas_is_read_at_its_tabs(tmp_path, corner,
                                                                             jobs):
    """Excel's "Text (Tab delimited)" of a matrix labelled "Tax, local": the blank corner
    was stripped before the separator was judged, and a tie went to the comma, so the
    matrix was refused as a table "with neither an ID nor a Label column"."""
    path = tmp_path / "matrix.txt"
    path.write_text(f"{corner}\tTax, local\t{jobs}\nTax, local\t0\t0.5\n{jobs}\t0.2\t0\n",
                    encoding="utf-8")
    model = import_model(path).model
    label = {n.id: n.label for n in model.nodes}
    assert {(label[e.source], label[e.target]): e.weight for e in model.edges} == {
        ("Tax, local", jobs): 0.5, (jobs, "Tax, local"): 0.2}


def test_r_missing_values_in_a_matrix_are_no_influence_and_counted(tmp_path):
    """R's write.csv writes a matrix's missing values as NA: each was refused as 'not a
    number'."""
    edges, notes = edges_and_notes(
        tmp_path / "matrix.csv", '"","A","B","C"\n"A",0,0.5,NA\n"B",NA,0,-0.4\n"C",NA,NA,0\n')
    assert edges == [("a", "b", 0.5), ("b", "c", -0.4)]
    assert "4 cells held NA (R's missing value): read as no influence" in notes


def test_mental_modeler_csv_matrix_takes_the_title_from_the_corner():
    imported = import_model(DATA / "matrix_mentalmodeler.csv")
    model = imported.model
    assert imported.format == "matrix" and model.title == "Fisheries"
    assert model.edge("pollution", "fish-stock").weight == -1.0   # rows are sources
    assert model.edge("fish-stock", "pollution") is None
    assert len(model.edges) == 7


def test_matrix_problems_are_located():
    table = parse_csv(b",A,B\nA,0,2\nB,x,0\n", name="m")
    with pytest.raises(LoadError) as caught:
        matrix_to_model(table, options=ImportOptions(out_of_range="refuse"))
    message = str(caught.value)
    assert "row 2, column C (B): 2 is outside [-1, 1]" in message
    assert "row 3, column B (A): 'x' is not a number" in message
    with pytest.raises(LoadError, match="the row and column\\s+labels differ"):
        matrix_to_model(parse_csv(b",A,B\nA,0,1\nC,0,0\n"))


def test_a_matrix_column_of_weights_without_its_row_is_refused_not_made_tags():
    """Only true/false words tag nodes; a column of 0/1 weights is a node missing its row."""
    with pytest.raises(LoadError) as caught:
        matrix_to_model(parse_csv(b",a,b,c\na,0,1,0\nb,0,0,1\n", name="m"))
    assert "column D (c) holds numbers, but no row is labelled 'c'" in str(caught.value)
    tagged = matrix_to_model(parse_csv(b",a,b,external\na,0,1,true\nb,0,0,false\n"))
    assert tagged.model.node("a").tags == ("external",) and len(tagged.model.edges) == 1


def test_matrix_diagonal_is_skipped_with_a_note():
    imported = matrix_to_model(parse_csv(b"T,A,B\nA,0.3,0.5\nB,0,0\n"))
    assert len(imported.model.edges) == 1 and "self-influence" in imported.notes[0].message


def test_xlsx_matrix_sheet_is_found_by_name_and_formulas_refused(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Read me"])
    matrix = book.create_sheet("Matrix")
    for row in (["Policy map", "Ban", "Leak"], ["Ban", 0, 0.6], ["Leak", -0.2, 0]):
        matrix.append(row)
    book.save(tmp_path / "weights.xlsx")
    imported = import_model(tmp_path / "weights.xlsx")
    assert imported.format == "matrix" and imported.model.title == "Policy map"
    assert imported.model.edge("ban", "leak").weight == 0.6
    matrix["C2"] = "=0.3*2"
    book.save(tmp_path / "weights.xlsx")
    with pytest.raises(LoadError, match=r"weights.xlsx: sheet Matrix, row 2, column C \(Leak\): "
                                        r"is a formula"):
        import_model(tmp_path / "weights.xlsx", format="matrix")


@pytest.mark.parametrize("name", ["m.csv", "m.xlsx"])
def test_a_matrix_with_a_label_written_twice_names_the_label(tmp_path, name):
    path = tmp_path / name
    grid = [["", "a", "a"], ["a", 0, 1], ["a", 1, 0]]
    if name.endswith(".csv"):
        path.write_text("\n".join(",".join(map(str, row)) for row in grid) + "\n")
    else:
        book = openpyxl.Workbook()
        book.active.title = "Notes"
        book.active.append(["see the matrix"])
        sheet = book.create_sheet("Sheet2")
        for row in grid:
            sheet.append(row)
        book.save(path)
    with pytest.raises(LoadError) as refused:
        import_model(path)
    sheet = "" if name.endswith(".csv") else "sheet Sheet2, "
    assert (f"  {sheet}row 1: the label 'a' heads 2 columns (B, C); each node has one column"
            in str(refused.value))
    assert (f"  {sheet}column A: the label 'a' heads 2 rows (2, 3); each node has one row"
            in str(refused.value))
    assert "neither an ID nor a Label" not in str(refused.value)


@pytest.mark.parametrize("corner", ["name", "Concept", "From\\To", "source/target", "ID"])
def test_a_corner_that_names_the_labels_is_no_title(tmp_path, corner):
    """An FCM tool's matrix export heads its labels "name" in the corner (a microgrid map
    of ten concepts): the map was titled "name". The file's name is the title instead."""
    path = tmp_path / "microgrid.csv"
    path.write_text(f"{corner};Sun;Load\nSun;0;0.5\nLoad;0.2;0\n", encoding="utf-8")
    assert import_model(path).model.title == "microgrid"


def test_a_corner_that_names_the_map_is_still_its_title(tmp_path):
    path = tmp_path / "microgrid.csv"
    path.write_text("Name of the grid;Sun;Load\nSun;0;0.5\nLoad;0.2;0\n", encoding="utf-8")
    assert import_model(path).model.title == "Name of the grid"
