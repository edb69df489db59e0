"""The Edges sheet's rows and columns as an analyst writes them: names no node may bear,
columns headed twice, rows of spaces, directions (Kumu's, Gephi's Type column) and Type
columns of signs or codes; each read, or refused where the user can find it."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ChoiceNeeded
from windtunnel.model.vocabulary import MAX_LABEL

from io_helpers import REAL, csv_file, weights_by_label


@pytest.mark.parametrize("name", ["edges.csv", "edges.xlsx"])
def test_a_name_too_long_for_a_label_is_refused_where_the_edge_names_it(tmp_path, name):
    """Found by a tester: a 32,767-character To name (the most a cell holds) was reported
    at ``nodes[0].label``, an internal path, not the sheet, row and column."""
    rows = [["From", "To", "Weight"], ["A", "B", 0.5], ["B", "x" * 32_767, 0.5],
            ["A", "x" * 32_767, 0.2]]
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("\n".join(",".join(map(str, row)) for row in rows), encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        book.active.title = "Edges"
        for row in rows:
            book.active.append(row)
        book.save(path)
    with pytest.raises(LoadError) as refused:
        import_model(path)
    sheet = "" if name.endswith(".csv") else "sheet Edges, "
    assert str(refused.value) == (
        f"{name}: {sheet}row 3, column To: '{'x' * 37}...' cannot name a new node: text of "
        f"32,767 characters is longer than {MAX_LABEL}")


def test_a_column_headed_twice_is_refused_naming_its_columns(tmp_path):
    """Which of two Weight columns holds the weights is not the importer's to guess (it
    read the first and ignored the second)."""
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, "From,To,Weight,Notes,weight\nA,B,0.6,x,0.2\n"))
    assert str(refused.value) == (
        "edges.csv: row 1: the column label 'Weight' heads 2 columns (C, E); Windtunnel "
        "reads one column of each kind: rename or remove the others")


def test_a_row_of_spaces_is_skipped_like_an_empty_row_and_a_row_without_ends_refused(tmp_path):
    """Tried as a user: an Excel row "cleared" with a space looks empty and was refused
    ("row 9, column From: is empty"); a row that gives a weight but no ends still is."""
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    for row in [["From", "To", "Weight"], ["Tax", "Demand", -0.4], [], [" ", None, "  "],
                ["Demand", "Prices", 0.6]]:
        book.active.append(row)
    nodes = book.create_sheet("Nodes")
    for row in [["Label", "Type"], ["Tax", "policy"], [" ", " "], ["Prices", "outcome"],
                ["Demand", "factor"]]:
        nodes.append(row)
    path = tmp_path / "map.xlsx"
    book.save(path)
    model = import_model(path).model
    assert weights_by_label(model) == {("Tax", "Demand"): -0.4, ("Demand", "Prices"): 0.6}
    assert [n.label for n in model.nodes] == ["Tax", "Prices", "Demand"]
    book["Edges"].append([None, " ", 0.3])
    book.save(path)
    with pytest.raises(LoadError, match=r"sheet Edges, row 6, column From: is empty"):
        import_model(path)


KUMU = "From,To,Weight,Direction\nA,B,0.5,directed\nB,C,0.3,Undirected\nC,A,-0.4,mutual\n"


def test_kumu_s_undirected_and_mutual_rows_follow_the_undirected_choice(tmp_path):
    """Kumu's Direction column was ignored with a note, so a mutual tie worked one way,
    while GraphML's and GEXF's undirected edges follow --undirected."""
    path = csv_file(tmp_path, KUMU)
    imported = import_model(path)
    assert weights_by_label(imported.model) == {("A", "B"): 0.5, ("B", "C"): 0.3, ("C", "B"): 0.3,
                                        ("C", "A"): -0.4, ("A", "C"): -0.4}
    notes = [str(n) for n in imported.notes]
    assert "column Direction: 2 rows marked undirected or mutual became an edge each way" in notes
    assert not any("ignored" in note for note in notes)
    imported = import_model(path, undirected="as-written")
    assert weights_by_label(imported.model) == {("A", "B"): 0.5, ("B", "C"): 0.3, ("C", "A"): -0.4}
    with pytest.raises(LoadError, match="2 edges are undirected; import with --undirected"):
        import_model(path, undirected="refuse")
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, undirected="ask")
    assert asked.value.question == "undirected"
    import_model(csv_file(tmp_path, KUMU.replace("Undirected", "").replace("mutual", "directed"),
                      "directed.csv"), undirected="ask")       # nothing to ask


def test_a_direction_that_is_not_one_is_refused_at_its_cell(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, KUMU.replace("mutual", "sideways")))
    assert str(refused.value) == (
        "edges.csv: row 4, column Direction: 'sideways' is not a direction Windtunnel reads: "
        "directed, undirected or mutual")


def test_an_undirected_row_s_other_way_is_located_at_its_row(tmp_path):
    """The edge added the other way is the same row of the file: a problem in it is
    named there, once."""
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, "From,To,Weight,Direction\nA,B,lots,mutual\n"))
    assert str(refused.value) == "edges.csv: row 2, column Weight: 'lots' is not a number"


def test_each_node_an_edges_table_creates_is_checked_once(tmp_path, monkeypatch):
    """The names' own rule (a label's length) is checked where the edge names it; the whole
    node once, when the model takes it (the nodes a field at a time, since all are sound,
    not each again by its own problems()): a 10,000-edge table pays for each check once."""
    from windtunnel.model import Node, document

    checked: list[str] = []
    whole_check, field_check = Node.problems, document.sound_nodes
    monkeypatch.setattr(Node, "problems", lambda node: checked.append(node.id) or whole_check(node))
    monkeypatch.setattr(document, "sound_nodes",
                        lambda nodes: checked.extend(n.id for n in nodes) or field_check(nodes))
    model = import_model(csv_file(tmp_path, "From,To,Weight\nA,B,0.5\nB,C,-0.3\nC,A,0.2\n")).model
    assert sorted(checked) == sorted(node.id for node in model.nodes)


def test_gephi_s_type_column_is_read_as_each_edge_s_direction():
    """Gephi's own edges table (Type: directed, undirected) was read as categories kept in
    each edge's rationale; its undirected row is a tie both ways, as Kumu's Direction (its
    way back from 1 to 2 parallel to the directed row, told apart by their kind)."""
    path = REAL / "gephi_edges_table_types_test.csv"
    both = import_model(path).model
    assert sorted((e.source, e.target) for e in both.edges) == [("1", "2"), ("2", "1")]
    assert [e.rationale for e in both.edges] == [
        "label: 1, kind: 8, weight 2\nlabel: 2.0, kind: 1, weight 2", ""]
    assert "1 row marked undirected or mutual became an edge each way" in both.description
    written = import_model(path, undirected="as-written", repeated="mean").model
    assert sorted((e.source, e.target) for e in written.edges) == [("1", "2"), ("2", "1")]
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, undirected="ask")
    assert asked.value.question == "undirected"
    with pytest.raises(LoadError, match="undirected; import with --undirected"):
        import_model(path, undirected="refuse")


def test_a_type_column_of_capitalised_directions_as_gephi_exports_them(tmp_path):
    path = csv_file(tmp_path, "Source,Target,Type,Id,Label,timeset,Weight\n"
                          "a,b,Directed,0,,,0.5\nb,c,Undirected,1,,,0.25\n")
    model = import_model(path).model
    assert weights_by_label(model) == {("a", "b"): 0.5, ("b", "c"): 0.25, ("c", "b"): 0.25}


def test_a_type_column_of_other_words_still_gives_signs_or_categories(tmp_path):
    signs = import_model(csv_file(tmp_path, "From,To,Weight,Type\na,b,0.5,negative\n"
                                        "b,c,0.5,directed\n", "signs.csv"))
    assert "holds categories (directed), not signs" in signs.model.description
    kumu = import_model(csv_file(tmp_path, "From,To,Weight,Type\na,b,0.5,-\nb,c,0.5,+\n", "k.csv"))
    assert weights_by_label(kumu.model) == {("a", "b"): -0.5, ("b", "c"): 0.5}


def test_a_type_column_of_ones_alone_is_a_code_not_a_sign(tmp_path):
    """A Type column holding only 1 (a tool's type id, a column of 1s filled down) read as
    the sign +: a negative weight was refused as "the type says positive", and the code
    was lost. It is a category now, kept in the rationale, and the note says so."""
    path = csv_file(tmp_path, "Source,Target,Type,Weight\na,b,1,-0.4\nb,c,1,0.3\nc,a,,0.2\n")
    imported = import_model(path)
    assert weights_by_label(imported.model) == {("a", "b"): -0.4, ("b", "c"): 0.3, ("c", "a"): 0.2}
    assert [e.rationale for e in imported.model.edges] == ["Type: 1", "Type: 1", ""]
    assert ("row 1, column Type: holds only the number 1, a type's code rather than a sign (a "
            "column of signs also holds -1 or another sign, or is headed Sign or Polarity): "
            "kept in each edge's rationale") in map(str, imported.notes)


@pytest.mark.parametrize(("header", "cells"), [("Sign", ("1", "1")), ("Polarity", ("1", "1")),
                                               ("Type", ("1", "-1")), ("Type", ("1", "-"))])
def test_ones_are_signs_under_a_sign_header_or_beside_another_sign(tmp_path, header, cells):
    """1 is the sign + in a column headed Sign or Polarity, or one that holds -1 or another
    sign too; the note says the numbers were read as signs."""
    text = f"From,To,Weight,{header}\na,b,0.4,{cells[0]}\nb,c,0.3,{cells[1]}\n"
    imported = import_model(csv_file(tmp_path, text))
    second = 0.3 if cells[1] == "1" else -0.3
    assert weights_by_label(imported.model) == {("a", "b"): 0.4, ("b", "c"): second}
    assert all(e.rationale == "" for e in imported.model.edges)
    assert (f"row 1, column {header}: read the numbers in it as signs: 1 positive, -1 negative"
            in map(str, imported.notes))


def test_a_graphml_type_of_minus_one_is_the_edge_s_sign(tmp_path):
    """A GraphML edge attribute ``type`` holding -1 or 1 (numbers, as a network tool writes
    a sign) gives the edge its sign, as a sheet's Type column of + and - does; it was kept as
    a category in the rationale and the edge stayed positive."""
    path = tmp_path / "signed.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
        '<key id="t" for="edge" attr.name="type" attr.type="int"/>'
        '<graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>'
        '<edge source="a" target="b"><data key="w">0.5</data><data key="t">-1</data></edge>'
        '<edge source="b" target="c"><data key="w">0.25</data><data key="t">1</data></edge>'
        '</graph></graphml>', encoding="utf-8")
    model = import_model(path).model
    assert weights_by_label(model) == {("a", "b"): -0.5, ("b", "c"): 0.25}
    assert all(e.rationale == "" for e in model.edges)


def test_reading_a_table_loads_no_graph_library():
    """The undirected question lives with the import's other choices, so a CSV or sheet
    import no longer loads the GraphML reader (and networkx) for it."""
    code = ("import sys, windtunnel.io.tabular; "
            "print('windtunnel.io.graphml_xml' in sys.modules, 'networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
