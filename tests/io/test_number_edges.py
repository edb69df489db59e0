"""Three rows of three numbers without a header (``1,2,0.5`` / ``2,3,-0.4`` / ``3,1,0.2``)
read both as three edges and as a 3 x 3 matrix; they used to be read as the matrix without
a word (nodes C1 to C3, the node numbers as weights, rescaled)."""

from __future__ import annotations

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ASK, ChoiceNeeded

EDGES = "1,2,0.5\n2,3,-0.4\n3,1,0.2\n"


def _csv(tmp_path, text, name="numbers.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _edges(model):
    return {(e.source, e.target): e.weight for e in model.edges}


def test_numbers_read_both_ways_are_refused_by_default_naming_both_readings(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, EDGES))
    assert str(refused.value) == (
        "numbers.csv: three rows of three numbers and no header: they read as three edges "
        "(From, To and Weight, between nodes numbered 1, 2, 3) and as a 3 \u00d7 3 matrix "
        "without labels, two different maps; import with --headerless edges or --headerless "
        "matrix, or add a header row (From, To, Weight for a list of edges)")


def test_the_app_is_asked_which_reading_and_its_refusal_speaks_of_the_app(tmp_path):
    path = _csv(tmp_path, EDGES)
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, headerless=ASK, asked=True)
    assert asked.value.question == "headerless"
    assert asked.value.choices == ("edges", "matrix")
    with pytest.raises(LoadError, match="import the file again and choose how Windtunnel is "
                                        "to read it when it asks") as refused:
        import_model(path, asked=True)
    assert "--" not in str(refused.value)


def test_read_as_edges_the_rows_are_from_to_and_weight_noted(tmp_path):
    imported = import_model(_csv(tmp_path, EDGES), headerless="edges")
    assert _edges(imported.model) == {("1", "2"): 0.5, ("2", "3"): -0.4, ("3", "1"): 0.2}
    assert str(imported.notes[0]) == (
        "three rows of three numbers without a header, read as three edges (From, To and "
        "Weight, between nodes numbered 1, 2, 3), as chosen (not as a 3 \u00d7 3 matrix)")
    assert "created 3 nodes named in the edges but not in a Nodes sheet: '1' (row 1), '2' " \
           "(row 1), '3' (row 2)" in [str(note) for note in imported.notes]


def test_read_as_a_matrix_it_is_the_matrix_it_was_noted(tmp_path):
    imported = import_model(_csv(tmp_path, EDGES), headerless="matrix")
    assert imported.format == "matrix" and len(imported.model.edges) == 6
    assert str(imported.notes[0]).startswith(
        "three rows of three numbers without a header, read as a 3 \u00d7 3 matrix without "
        "labels, as chosen")


def test_a_workbook_sheet_of_such_numbers_is_asked_about_too(tmp_path):
    book = openpyxl.Workbook()
    for row in ([1, 2, 0.5], [2, 3, -0.4], [3, 1, 0.2]):
        book.active.append(row)
    book.save(tmp_path / "numbers.xlsx")
    imported = import_model(tmp_path / "numbers.xlsx", headerless="edges")
    assert _edges(imported.model) == {("1", "2"): 0.5, ("2", "3"): -0.4, ("3", "1"): 0.2}


@pytest.mark.parametrize("text", [
    "0,0.5,0.2\n0.3,0,-0.4\n0.1,0.2,0\n",      # a matrix: weights, its diagonal 0
    "0,1,0.5\n1,0,-0.5\n1,0,0\n",              # whole numbers, but its diagonal is 0
    "1,2,5\n2,3,-4\n3,1,2\n",                  # a third column of counts, not weights
    "1,1,0.5\n2,3,-0.4\n3,1,0.2\n",            # an edge from a node to itself
    "1,2,0.5\n3,4,-0.4\n5,6,0.2\n",            # no node named twice
])
def test_numbers_that_read_one_way_only_are_not_asked_about(tmp_path, text):
    imported = import_model(_csv(tmp_path, text), headerless=ASK)
    assert imported.format == "matrix"
