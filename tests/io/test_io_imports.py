"""Imports of edge and node tables and hand-made sheets: forgiving where it is safe, located
where not."""

from __future__ import annotations

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import DEFAULT_WEIGHT, detect_format, import_model
from windtunnel.io.mentalmodeler import INFLUENCE_LABELS

from io_helpers import DATA, edges_and_notes, write_workbook


def test_edges_alone_create_their_nodes_on_a_circle():
    imported = import_model(DATA / "kumu_connections.csv")
    assert len(imported.model.nodes) == 5
    assert len({n.position for n in imported.model.nodes}) == 5
    assert any("created 5 nodes" in n.message for n in imported.notes)


def test_edges_may_name_nodes_by_label_case_insensitively(tmp_path):
    (tmp_path / "nodes.csv").write_text("ID;Label;Initial\nban;Access ban;0,5\nleak;Leakage;\n")
    (tmp_path / "edges.csv").write_text("Cause;Effect;Weight\naccess BAN;leakage;50%\n")
    model = import_model(tmp_path / "edges.csv", nodes=tmp_path / "nodes.csv").model
    assert model.node("ban").initial == 0.5
    assert model.edge("ban", "leak").weight == 0.5


def test_workbook_without_sheet_names_is_read_by_headers(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Source", "Target", "Weight", "Confidence"])
    book.active.append(["A", "B", "M+", "High"])
    book.save(tmp_path / "sheet1.xlsx")
    model = import_model(tmp_path / "sheet1.xlsx").model
    edge = model.edges[0]
    assert edge.weight == INFLUENCE_LABELS["m+"] and edge.confidence == "high"


@pytest.mark.parametrize("content, where", [
    ("From,To,Weight\na,b,lots\n", "row 2, column Weight: 'lots' is not a number"),
    ("From,To,Weight\na,,0.2\n", "row 2, column To: is empty"),
    ("From,To,Weight,Delay\na,b,0.2,1.5\n", "row 2, column Delay: 1.5 is not a whole number"),
    ("From,To,Weight,Type\na,b,-0.2,positive\n", "row 2, column Type: the type says positive"),
    ("From,To,Weight,Confidence\na,b,0.2,sure\n", "row 2, column Confidence: 'sure' is not one"),
])
def test_bad_cells_are_refused_with_file_row_and_column(tmp_path, content, where):
    path = tmp_path / "edges.csv"
    path.write_text(content)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value).startswith("edges.csv: ")
    assert where in str(caught.value)


def test_a_self_loop_row_is_skipped_and_the_note_names_its_rows(tmp_path):
    """Gephi's edge tables hold self-loops; a Windtunnel map has none (the inference rule's
    memory term is a node's hold on itself): the rows are skipped, as GraphML's and GEXF's
    self-loops are, and the note says which rows."""
    edges, notes = edges_and_notes(tmp_path / "edges.csv",
                                    "Source,Target,Weight\na,a,0.2\na,b,0.4\nb,b,0.9\nb,a,-0.3\n")
    assert edges == [("a", "b", 0.4), ("b", "a", -0.3)]
    assert "skipped 2 self-loops, an edge from a node to itself (rows 2, 4)" in notes


def test_a_self_loop_marked_undirected_is_one_skipped_row_and_no_tie_both_ways(tmp_path):
    """A self-loop row marked undirected was read both ways first: the note named its row
    twice ("2 self-loops (rows 2, 2)") and counted it among the ties made both ways."""
    edges, notes = edges_and_notes(tmp_path / "edges.csv", "From,To,Weight,Direction\n"
                                                            "a,A,0.5,undirected\n"
                                                            "a,b,0.4,directed\n")
    assert edges == [("a", "b", 0.4)]
    assert "skipped 1 self-loop, an edge from a node to itself (row 2)" in notes
    assert not any("marked undirected" in note for note in notes), notes


def test_excel_separator_line_names_the_separator_and_rows_stay_the_files_lines(tmp_path):
    """``sep=;`` before the table (Excel reads it) was read as the header: the file was
    refused as having no ID or Label column."""
    path = tmp_path / "edges.csv"
    path.write_text("sep=;\nFrom;To;Weight\na;b;0,5\nb;c;-0,25\n")
    model = import_model(path).model
    assert [(e.source, e.target, e.weight) for e in model.edges] == [("a", "b", 0.5),
                                                                       ("b", "c", -0.25)]
    path.write_text("sep=,\r\nFrom,To,Weight\r\na,b,0.5\r\nb,c,x\r\n")
    with pytest.raises(LoadError, match="row 4, column Weight: 'x' is not a number"):
        import_model(path)


def test_every_problem_is_reported_at_once(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\na,b,2\nb,c,x\nc,d,0.1\n")
    with pytest.raises(LoadError) as caught:
        import_model(path, out_of_range="refuse")
    assert len(caught.value.problems) == 2


def test_workbook_problems_name_the_sheet(small_model, tmp_path):
    from windtunnel.io import write_model_workbook

    path = tmp_path / "model.xlsx"
    write_model_workbook(small_model, path)
    book = openpyxl.load_workbook(path)
    book["Interventions"]["D2"] = 3          # Value out of range
    book["Edges"]["C3"] = -1.5               # Weight out of range
    book.save(path)
    with pytest.raises(LoadError) as caught:
        import_model(path, out_of_range="refuse")
    message = str(caught.value)
    assert "model.xlsx: 2 problems" in message
    assert "sheet Interventions, row 2, column Value: 3.0 is outside [-1, 1]" in message
    assert "sheet Edges, row 3, column Weight: -1.5 is outside [-1, 1]" in message


def test_broken_references_name_the_sheet(small_model, tmp_path):
    from windtunnel.io import write_model_workbook

    path = tmp_path / "model.xlsx"
    write_model_workbook(small_model, path)
    book = openpyxl.load_workbook(path)
    book["Nodes"]["J3"] = "nowhere"          # a source that does not exist
    book["Objectives"]["C2"] = "gone"        # a node that does not exist
    book.save(path)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    message = str(caught.value)
    assert "sheet Nodes, row 3, column Sources: 'nowhere' is not a source" in message
    assert "sheet Objectives, row 2, column Node: 'gone' is not a node" in message


def test_formats_are_detected(tmp_path):
    assert detect_format(DATA / "fire_web.mmp") == "mentalmodeler"
    assert detect_format(DATA / "yed_map.graphml") == "graphml"
    (tmp_path / "x.xml").write_text("<mentalModeler/>")
    assert detect_format(tmp_path / "x.xml") == "mentalmodeler"
    with pytest.raises(LoadError, match="x.pdf: cannot tell the format of a .pdf file; "
                                        "name one with --format"):
        detect_format(tmp_path / "x.pdf")
    with pytest.raises(LoadError, match=r"\.xls\) are not supported"):
        detect_format(tmp_path / "old.xls")


def test_model_sheet_problems_name_the_setting_row(small_model, tmp_path):
    from windtunnel.io import write_model_workbook

    path = tmp_path / "model.xlsx"
    write_model_workbook(small_model, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Model"]
    assert [sheet["A2"].value, sheet["A4"].value, sheet["A7"].value] == [
        "title", "steps", "activation"]
    sheet["B2"], sheet["B4"], sheet["B7"] = None, -5, "fancy"
    book.save(path)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    message = str(caught.value)
    assert "sheet Model, row 2, column Value: title: must be text of 1-300" in message
    assert "sheet Model, row 4, column Value: steps: -5 is outside [1, 10000]" in message
    assert "sheet Model, row 7, column Value: activation: 'fancy' is not one of" in message


def test_a_structural_map_without_weights_gets_the_default_weight(tmp_path):
    path = tmp_path / "links.csv"
    path.write_text("From,To\nA,B\nB,C\n")
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges] == [DEFAULT_WEIGHT, DEFAULT_WEIGHT]
    assert any("no Weight or Type column" in n.message for n in imported.notes)
    path.write_text("From,To,Weight\nA,B,\nB,C,0.3\n")
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges] == [DEFAULT_WEIGHT, 0.3]
    assert any("1 edge had no weight (row 2)" in n.message for n in imported.notes)


@pytest.mark.parametrize("cells", [("Employee", "Founder"), ("1", "1")])
def test_a_type_column_of_categories_without_weights_is_named_as_such(tmp_path, cells):
    """A Type column of words, or of 1s alone, holds categories: with no Weight column
    every edge gets the default weight, and the note says the Type column was there and
    read as categories (it said there was no Weight or Type column)."""
    path = tmp_path / "links.csv"
    path.write_text(f"From,To,Type\nA,B,{cells[0]}\nB,C,{cells[1]}\n")
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges] == [DEFAULT_WEIGHT, DEFAULT_WEIGHT]
    notes = [str(n) for n in imported.notes]
    assert ("row 1, column Type: no Weight column, and this Type column was read as "
            f"categories, not signs: every edge got the weight {DEFAULT_WEIGHT:+g}") in notes
    assert not any("no Weight or Type column" in note for note in notes)


@pytest.mark.parametrize("name, kind", [("map.ods", "OpenDocument (.ods)"),
                                        ("map.numbers", "Apple Numbers (.numbers)")])
def test_other_spreadsheets_are_refused_with_the_way_round(tmp_path, name, kind):
    """A LibreOffice or Numbers file was "cannot tell the format; name one with --format",
    which no format would have read."""
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value) == (f"{name}: {kind} files are not read: save the spreadsheet "
                                 "as an Excel workbook (.xlsx) and import that")


@pytest.mark.parametrize("name, text", [
    ("edges.csv", "Source,Target,Weight\n"), ("blank.csv", ""), ("blank.gexf", ""),
    ("empty.graphml", '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>'),
    ("empty.gexf", '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes/><edges/>'
                   "</graph></gexf>"),
    ("empty.mmp", "<mentalmodeler><concepts></concepts></mentalmodeler>")])
def test_a_file_without_a_single_node_is_refused_not_made_an_empty_model(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match=f"^{name}: holds no nodes"):
        import_model(tmp_path / name)


def test_tables_without_nodes_or_edges_are_refused_in_the_reader_s_language():
    from windtunnel import language
    from windtunnel.io import tables_to_model
    from windtunnel.io.tables import Table

    tables = {"Notes": Table(name="Notes", header=["Text"]), "Log": Table(name="Log", header=[])}
    language.install_catalogue(lambda context, text: "ja:" + text)
    try:
        with pytest.raises(LoadError, match=r"ja:found neither .*\(sheets: Notes, Log\)"):
            tables_to_model(tables)
    finally:
        language.install_catalogue(None)


_CONFIDENCE_GRAPHML = """<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="c" for="edge" attr.name="confidence" attr.type="double"/>
<key id="w" for="edge" attr.name="weight" attr.type="double"/>
<graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>
<edge source="a" target="b"><data key="w">0.5</data><data key="c">0.89</data></edge>
<edge source="b" target="c"><data key="w">-0.2</data><data key="c">0.3</data></edge>
</graph></graphml>"""


@pytest.mark.parametrize("name, content, where", [
    ("edges.csv", "From,To,Weight,Confidence\na,b,0.5,0.89\nb,c,-0.2,30%\nc,a,0.1,\n",
     "column Confidence"),
    ("map.graphml", _CONFIDENCE_GRAPHML, "confidence"),
])
def test_a_numeric_confidence_column_is_left_out_with_a_note(tmp_path, name, content, where):
    path = tmp_path / name
    path.write_text(content)
    imported = import_model(path)
    assert {e.confidence for e in imported.model.edges} == {"medium"}
    assert len(imported.model.edges) >= 2
    note = next(str(n) for n in imported.notes if "holds numbers" in str(n))
    assert where in note and "0.89" in note and "was not kept" in note


def test_a_confidence_column_mixing_numbers_and_levels_is_refused_where_it_is(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight,Confidence\na,b,0.5,0.89\nb,c,-0.2,high\n")
    with pytest.raises(LoadError, match="row 2, column Confidence: '0.89' is not one of"):
        import_model(path)


def test_labels_with_line_breaks_import_as_one_line_and_descriptions_keep_theirs(tmp_path):
    """A spreadsheet cell's Alt+Enter or a JSON label's \\n kept its break in the node's
    label, which then showed on two lines in one place and one in another: a label is one
    line, its breaks spaces, and the note says so; a description keeps its breaks."""
    book = write_workbook(tmp_path / "map.xlsx", {
        "Nodes": [["ID", "Label", "Description"], ["tax", "Tax\nrate", "Set by\nparliament"],
                  ["jobs", "Jobs", ""]],
        "Edges": [["From", "To", "Weight"], ["tax", "jobs", -0.4]]})
    graph = tmp_path / "map.json"
    graph.write_text('{"nodes": [{"key": "tax", "attributes": {"label": "Tax\\r\\nrate"}}, '
                     '{"key": "jobs"}], "edges": [{"source": "tax", "target": "jobs"}]}',
                     encoding="utf-8")
    for path in (book, graph):
        imported = import_model(path)
        assert imported.model.node("tax").label == "Tax rate"
        assert "node 'tax': line breaks in 1 label(s) became spaces: a label is one line " \
               "(descriptions keep their breaks)" in [str(note) for note in imported.notes]
    assert import_model(book).model.node("tax").description == "Set by\nparliament"
