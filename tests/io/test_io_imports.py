"""Imports from other tools and hand-made sheets: forgiving where it is safe, located where not."""

from __future__ import annotations

import json
import re
import zipfile

from pathlib import Path

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import (DEFAULT_WEIGHT, detect_format, import_model, matrix_to_model,
                           mmp_to_model)
from windtunnel.io.csv import parse_csv
from windtunnel.io.importing import ImportOptions
from windtunnel.io.mentalmodeler import INFLUENCE_LABELS

DATA = Path(__file__).parents[1] / "data" / "io"


def test_kumu_connections_with_elements():
    imported = import_model(DATA / "kumu_connections.csv", nodes=DATA / "kumu_elements.csv")
    model = imported.model
    assert [n.label for n in model.nodes][:2] == ["Export controls", "Chip smuggling"]
    controls = model.node("export-controls")
    assert controls.kind == "restriction" and controls.tags == ("hardware", "US")
    assert model.node("domestic-chip-industry").kind == "actor"
    assert model.node("cloud-compute-rental").tags == ("cloud", "Activity")
    assert model.edge("export-controls", "cloud-compute-rental").weight == -0.3  # Type negative
    assert model.edge("chip-smuggling", "model-access-abroad").weight == DEFAULT_WEIGHT
    assert model.edge("export-controls", "chip-smuggling").rationale.startswith("Controls")
    notes = [str(n) for n in imported.notes]
    assert any("kumu_elements.csv, row 5, column Type" in n and "Activity" in n for n in notes)
    assert len(model.edges) == 5 and not any("Direction" in n for n in notes)  # all directed
    assert any("column Strength: 1 edge had no weight (row 4)" in n for n in notes)


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
    edges, notes = _edges_and_notes(tmp_path / "edges.csv",
                                    "Source,Target,Weight\na,a,0.2\na,b,0.4\nb,b,0.9\nb,a,-0.3\n")
    assert edges == [("a", "b", 0.4), ("b", "a", -0.3)]
    assert "skipped 2 self-loops, an edge from a node to itself (rows 2, 4)" in notes


def test_a_self_loop_marked_undirected_is_one_skipped_row_and_no_tie_both_ways(tmp_path):
    """A self-loop row marked undirected was read both ways first: the note named its row
    twice ("2 self-loops (rows 2, 2)") and counted it among the ties made both ways."""
    edges, notes = _edges_and_notes(tmp_path / "edges.csv", "From,To,Weight,Direction\n"
                                                            "a,A,0.5,undirected\n"
                                                            "a,b,0.4,directed\n")
    assert edges == [("a", "b", 0.4)]
    assert "skipped 1 self-loop, an edge from a node to itself (row 2)" in notes
    assert not any("marked undirected" in note for note in notes), notes


def _edges_and_notes(path, text: str) -> tuple[list, list[str]]:
    """The edges (source, target, weight) and the notes of importing ``text`` as ``path``."""
    path.write_text(text)
    imported = import_model(path)
    return ([(e.source, e.target, e.weight) for e in imported.model.edges],
            [n.message for n in imported.notes])


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
    edges, notes = _edges_and_notes(
        tmp_path / "matrix.csv", '"","A","B","C"\n"A",0,0.5,NA\n"B",NA,0,-0.4\n"C",NA,NA,0\n')
    assert edges == [("a", "b", 0.5), ("b", "c", -0.4)]
    assert "4 cells held NA (R's missing value): read as no influence" in notes


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


def test_mental_modeler_legacy_xml():
    imported = import_model(DATA / "wetland_legacy.mmp")
    model = imported.model
    assert model.title == "Wetland workshop"
    assert model.node("fish-stock").group == "Ecology"
    assert model.node("fish-stock").position == (604.0, 200.0)
    assert "Units: tonnes" in model.node("fish-stock").description
    assert model.edge("fish-stock", "livelihoods").weight == 1.0       # H+
    wetland_fish = model.edge("wetland-area", "fish-stock")
    assert (wetland_fish.weight, wetland_fish.confidence) == (0.62, "high")  # M+, confidence 2
    assert model.edge("wetland-area", "pollution").weight == -0.25     # L-
    assert model.edge("wetland-area", "livelihoods").weight == 0.0     # blank influence
    messages = " ".join(n.message for n in imported.notes)
    assert "no influence value" in messages and "self-influence" in messages


def test_mental_modeler_json():
    imported = import_model(DATA / "fire_web.mmp")
    model = imported.model
    assert model.title == "Wildfire" and model.node("dry-fuel").group == "Land"
    assert model.edge("dry-fuel", "fire-risk").weight == 0.75
    assert model.edge("drought", "fire-risk").weight == 0.62
    assert model.edge("drought", "fire-risk").confidence == "low"


def test_mental_modeler_labels_are_its_own_numbers():
    assert INFLUENCE_LABELS == {"h+": 1.0, "m+": 0.62, "l+": 0.25,
                                "h-": -1.0, "m-": -0.62, "l-": -0.25}


def test_mental_modeler_garbage_is_refused():
    with pytest.raises(LoadError, match="not a Mental Modeler project"):
        mmp_to_model(b'{"nodes": []}')
    with pytest.raises(LoadError, match="root is <svg>"):
        mmp_to_model(b"<svg/>")
    with pytest.raises(LoadError, match="influence 'strong' is not a number"):
        mmp_to_model(b'{"concepts": [{"id": "1", "name": "a", "relationships": '
                     b'[{"id": "2", "influence": "strong"}]}, {"id": "2", "name": "b"}]}')


def test_yed_graphml_labels_positions_and_edge_labels():
    model = import_model(DATA / "yed_map.graphml").model
    assert [n.label for n in model.nodes] == ["Licensing rule", "Diversion", "Enforcement cost"]
    assert model.node("n2").position == (110.0, 160.0)
    assert model.edge("n0", "n1").weight == -0.5 and model.edge("n0", "n2").weight == 0.62


def test_gephi_graphml_weights_are_scaled_with_a_note():
    imported = import_model(DATA / "gephi_counts.graphml")
    assert [e.weight for e in imported.model.edges] == [1.0, 0.5, -0.25]
    assert any("divided by 4" in n.message for n in imported.notes)


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

REAL = Path(__file__).parents[1] / "data" / "real"


def test_yed_live_graphml_keeps_its_node_labels_and_positions():
    """yEd Live (yFiles for HTML) writes a label as <y:Label.Text> and a box as <y:RectD>."""
    model = import_model(REAL / "igraph_yfiles.graphml").model
    labels = {n.id: n.label for n in model.nodes}
    assert labels["n0"] == "Top left rounded rectangle" and labels["n1"] == "Star"
    assert labels["n2"] == "őð中"
    assert model.node("n1").position == (650.0, 405.0)


def test_graphml_typed_values_may_carry_spaces_round_them():
    """XML Schema collapses the spaces round a boolean or a number; igraph writes them."""
    imported = import_model(REAL / "igraph_test.graphml")
    model = imported.model
    assert len(model.nodes) == 6
    assert model.edge("n1", "n3").weight == 1.0 and model.edge("n5", "n4").weight == 0.55


def test_graphml_keys_without_a_type_are_read_as_text_without_a_library_warning(recwarn):
    import_model(REAL / "igraph_yfiles.graphml")
    assert not [w for w in recwarn if "networkx" in str(w.filename)]


def test_graphml_attributes_named_as_the_graph_library_s_arguments_stay_attributes(
        tmp_path):
    """A key may be named anything: ``node_for_adding`` was refused with the graph
    library's message (its add_node got the argument twice), and ``key`` on two parallel
    edges without ids made them one, the first's weight lost without a note."""
    path = tmp_path / "arguments.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="n" for="node" attr.name="node_for_adding" attr.type="string"/>'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
        '<key id="k" for="edge" attr.name="key" attr.type="string"/>'
        '<key id="u" for="edge" attr.name="u_for_edge" attr.type="string"/>'
        '<graph edgedefault="directed"><node id="a"><data key="n">x</data></node>'
        '<node id="b"/><edge source="a" target="b"><data key="w">0.3</data>'
        '<data key="k">k</data><data key="u">u</data></edge><edge source="a" target="b">'
        '<data key="w">-0.6</data><data key="k">k</data></edge></graph></graphml>',
        encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target, round(e.weight, 6)) for e in imported.model.edges] == [
        ("a", "b", -0.3)]
    notes = [str(n) for n in imported.notes]
    assert "ignored node attribute 'node_for_adding'" in notes
    assert "ignored edge attribute 'u_for_edge'" in notes
    assert any("a → b (2 times)" in n for n in notes)


def test_graphml_ignored_attributes_name_the_nodes_or_the_edges(tmp_path):
    """Nodes and edges are two tables of one file, with no sheet to name: each note on
    attributes ignored says whose they are (two notes read "ignored columns ...")."""
    path = tmp_path / "extra.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="c" for="node" attr.name="colour" attr.type="string"/>'
        '<key id="s" for="node" attr.name="size" attr.type="double"/>'
        '<key id="t" for="edge" attr.name="thickness" attr.type="double"/>'
        '<graph edgedefault="directed"><node id="a"><data key="c">red</data>'
        '<data key="s">2</data></node><node id="b"/><edge source="a" target="b">'
        '<data key="t">2</data></edge></graph></graphml>', encoding="utf-8")
    notes = [str(n) for n in import_model(path).notes]
    assert "ignored node attributes 'colour', 'size'" in notes
    assert "ignored edge attribute 'thickness'" in notes
    assert not any("ignored column" in n for n in notes)


def test_node_ids_written_as_floats_match_edge_ends_written_as_integers(tmp_path):
    """pandas writes a column of numbers with a blank in it as floats: a nodes file whose
    ids read 1.0, 2.0 and 3.0 beside an edges file naming them 1, 2 and 3. The edges name
    those nodes, with a note (they made three more nodes, called 1, 2 and 3); an id that
    is not a whole number (2.5) or a code (03) is not a number's other spelling."""
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("id,label,group\n1.0,Tax,\n2.0,Revenue,fiscal\n3.0,Demand,\n"
                     "2.5,Half,\n03,Code,\n", encoding="utf-8")
    edges = tmp_path / "edges.csv"
    edges.write_text("source,target,weight\n1,2,0.5\n2,3.00,-0.3\n2.5,03,0.1\n",
                     encoding="utf-8")
    imported = import_model(edges, nodes=nodes)
    assert [n.id for n in imported.model.nodes] == ["1.0", "2.0", "3.0", "2.5", "03"]
    assert [(e.source, e.target) for e in imported.model.edges] == [
        ("1.0", "2.0"), ("2.0", "3.0"), ("2.5", "03")]
    assert ("file edges.csv: 3 names in the edges matched a node id writing the same whole "
            "number: '1' as '1.0', '2' as '2.0', '3.00' as '3.0'") in map(str, imported.notes)


def test_a_whole_number_id_read_as_a_float_is_not_given_to_another_node(tmp_path):
    """A workbook whose number cells are written 3.0 (as some writers do): the id cell 3.0
    is the id 3, so the id made for the row before it, whose id is not a valid one and
    whose label is 3, is not 3 too (it was, and the node 3 was skipped as a repeat)."""
    book = openpyxl.Workbook()
    nodes = book.active
    nodes.title = "Nodes"
    for row in (["ID", "Label"], ["n 1", "3"], [3, "Three"], [4, "Four"]):
        nodes.append(row)
    edges = book.create_sheet("Edges")
    for row in (["From", "To", "Weight"], [3, 4, 0.5], ["n 1", 4, 0.2]):
        edges.append(row)
    path = tmp_path / "floats.xlsx"
    book.save(path)
    _rewrite_whole_numbers_as_floats(path)
    imported = import_model(path)
    assert {n.id: n.label for n in imported.model.nodes} == {
        "3-2": "3", "3": "Three", "4": "Four"}
    assert [(e.source, e.target) for e in imported.model.edges] == [("3", "4"),
                                                                    ("3-2", "4")]
    assert not any("repeating an id" in str(n) for n in imported.notes)


def _rewrite_whole_numbers_as_floats(path: Path) -> None:
    """Rewrite the workbook's number cells 3 and 4 as 3.0 and 4.0."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        parts[name] = re.sub(rb'(t="n"><v>)([34])(</v>)', rb"\g<1>\g<2>.0\g<3>", parts[name])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_kumu_project_backup_is_refused_naming_the_export_to_use(tmp_path):
    """The backup holds every map and view and the project's trash: which elements are on
    the map one means, and which were deleted, it does not say."""
    path = tmp_path / "project.json"
    path.write_text('{"name": "Map", "proxyImages": true, "defaultMap": "map-1", '
                    '"defaultPerspective": null, "elements": [{"_id": "elem-1", '
                    '"attributes": {"label": "A"}}], "connections": []}', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value).startswith("project.json: a Kumu project backup (Export to "
                                        "JSON) is not read")
    assert "in Kumu, open that map, choose Export to XLSX with nothing selected" in str(
        caught.value)


def test_a_kumu_blueprint_imports_by_the_rules_of_kumu_s_workbook(tmp_path):
    """Kumu's JSON blueprint (its help's own example, with a mutual connection) was met with
    'cannot tell the format of a .json file'."""
    path = tmp_path / "blueprint.json"
    path.write_text(json.dumps({
        "elements": [{"label": "A", "type": "Policy", "description": "This is A",
                      "tags": ["one", "two"]},
                     {"label": "B", "type": "Person", "Favorite Dessert": "shave ice"}],
        "connections": [{"from": "A", "to": "B", "type": "negative"},
                        {"from": "B", "to": "C", "direction": "mutual"}]}), encoding="utf-8")
    imported = import_model(path)
    model = imported.model
    assert imported.format == "kumu"
    assert [(n.id, n.label, n.kind) for n in model.nodes] == [
        ("a", "A", "restriction"), ("b", "B", "actor"), ("c", "C", "factor")]
    assert model.node("a").tags == ("one", "two") and model.node("a").description == "This is A"
    assert {(e.source, e.target): e.weight for e in model.edges} == {
        ("a", "b"): -0.5, ("b", "c"): 0.5, ("c", "b"): 0.5}
    notes = [str(n) for n in imported.notes]
    assert any("added 1 node that only connections name, no element: 'C' (id c)" in n
               for n in notes)
    assert any("ignored node attribute 'Favorite Dessert'" in n for n in notes)
    assert any("1 undirected edge became an edge each way" in n for n in notes)


def test_kumu_s_exported_elements_read_by_their_attributes_and_ids(tmp_path):
    """As Kumu's export writes an element: an internal ``_id`` (connections name it) and its
    fields in ``attributes``; the node's id is made from its label."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps({
        "elements": [{"_id": "elem-QPD", "attributes": {
                          "label": "Qualité de la définition", "element type": "Policy"}},
                     {"_id": "elem-NM", "attributes": {"label": "Number of changes"}}],
        "connections": [{"_id": "conn-1", "direction": "directed", "delayed": False,
                         "reversed": False, "from": "elem-QPD", "to": "elem-NM",
                         "attributes": {"connection type": "-", "strength": 0.8}}]}),
        encoding="utf-8")
    imported = import_model(path)
    assert [(n.id, n.kind) for n in imported.model.nodes] == [
        ("qualite-de-la-definition", "restriction"), ("number-of-changes", "factor")]
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [
        ("qualite-de-la-definition", "number-of-changes", -0.8)]
    assert not any("ignored" in str(n) for n in imported.notes)


def test_a_kumu_connection_naming_a_label_two_elements_share_is_refused_not_guessed(tmp_path):
    """Two elements labelled alike: a connection naming that label could join either, so
    it is refused where it is (as a table's edge naming two nodes' label is), and nothing
    is written; named by their ids, the same elements import."""
    elements = [{"label": "Cloud access", "Region": "Global"},
                {"label": "Cloud access", "Region": "China"}, {"label": "Chips"}]
    path = tmp_path / "shared.json"
    path.write_text(json.dumps({"elements": elements, "connections": [
        {"from": "Chips", "to": "Cloud access"}]}), encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert ("edge Chips \u2192 Cloud access: 'to' names 'Cloud access', the label of 2 elements "
            "('Cloud access' (id cloud-access), 'Cloud access' (id cloud-access-2))") in str(refused.value)
    elements[0]["id"], elements[1]["id"] = "global", "china"
    path.write_text(json.dumps({"elements": elements, "connections": [
        {"from": "Chips", "to": "china"}]}), encoding="utf-8")
    model = import_model(path).model
    assert [(e.source, e.target) for e in model.edges] == [("chips", "china")]


def test_kumu_s_reversed_and_delayed_connections_are_read_for_what_they_mean(tmp_path):
    """Kumu's ``reversed`` (its arrow points from ``to`` to ``from``) and ``delayed`` (its
    delay marking) were listed as ignored columns, the reversed edge drawn the wrong way:
    the ends are swapped, a delayed connection gets a one-step delay (unless it has a
    Delay field of its own), and the note counts both."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps({
        "elements": [{"label": "Tax"}, {"label": "Prices"}, {"label": "Demand"}],
        "connections": [
            {"from": "Tax", "to": "Prices", "reversed": True, "delayed": False},
            {"from": "Prices", "to": "Demand", "delayed": True, "reversed": False,
             "type": "-"},
            {"from": "Demand", "to": "Tax", "delayed": True, "attributes": {"Delay": 3}}]}),
        encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target, e.delay) for e in imported.model.edges] == [
        ("prices", "tax", 0), ("prices", "demand", 1), ("demand", "tax", 3)]
    notes = [str(n) for n in imported.notes]
    assert "1 connection marked reversed (Kumu's reverse direction) became an edge from its " \
           "'to' element to its 'from' element, the way its arrow points" in notes
    assert "1 connection marked delayed (Kumu's delay marking, which gives no length) got a " \
           "delay of 1 step, the shortest: set a longer delay on the edges where the effect " \
           "takes longer" in notes
    assert not any("ignored" in n for n in notes)
    path.write_text(json.dumps({"elements": [{"label": "A"}, {"label": "B"}], "connections": [
        {"id": "c1", "from": "A", "to": "B", "delayed": "sometimes"}]}), encoding="utf-8")
    with pytest.raises(LoadError, match=r"edge 'c1' \(A → B\): its 'delayed' flag: 'sometimes' is not "
                                        r"yes/no or true/false"):
        import_model(path)


def test_kumu_fields_named_as_the_graph_library_s_arguments_stay_fields(tmp_path):
    """A field may be called anything: one named ``node_for_adding`` raised a TypeError
    (a traceback), and two connections with a ``key`` field of one value between the
    same elements kept only the last, silently."""
    path = tmp_path / "blueprint.json"
    path.write_text(json.dumps({
        "elements": [{"label": "A", "node_for_adding": "x"}, {"label": "B"}],
        "connections": [{"from": "A", "to": "B", "key": "k", "strength": 0.2},
                        {"from": "A", "to": "B", "key": "k", "strength": 0.3}]}),
        encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [("a", "b", 0.5)]
    notes = [str(n) for n in imported.notes]
    assert any("ignored node attribute 'node_for_adding'" in n for n in notes)
    assert any("a → b (2 times)" in n for n in notes)


@pytest.mark.parametrize("text, why", [
    ('{"elements": {"nodes": [{"data": {"id": "a"}}], "edges": []}}',
     "Cytoscape.js JSON files are not read: in Cytoscape, export the network as GraphML"),
    ('{"elements": [{"data": {"id": "a"}}, {"data": {"id": "e", "source": "a", "target": '
     '"a"}}]}', "Cytoscape.js JSON files are not read"),                # Cytoscape.js's list of elements
    ('{"elements": {"elem-1": "Tax"}, "connections": []}', "not a Kumu blueprint"),
    # Cytoscape.js writes its elements as one list: read as Kumu's, each edge became a node
    ('{"elements": [{"data": {"id": "a"}}, {"data": {"id": "b"}}, '
     '{"data": {"source": "a", "target": "b"}, "classes": "bezier"}]}',
     "Cytoscape.js JSON files are not read"),
    ('{"elements": [], "connections": []}', "not a Kumu blueprint"),
    ('{"elements": [{"label": "A"}], "connections": [{"from": "A"}]}',
     "edge A → ?: has no 'to'"),
    ('{"elements": [{"label": "A"}], "connections": [{"id": "c1", "from": "A", "to": "A", '
     '"direction": "sideways"}]}', "edge 'c1' (A → A): 'sideways' is not a direction"),
    ('{"elements": [{"label": "A"}, 3], "connections": []}', "element 2 (elements[1]): is not an object"),
    ('{"elements": [{"label": "A"}, ', "line 1, column 31: not valid JSON"),
])
def test_json_that_is_not_a_kumu_blueprint_is_refused_where_and_why(tmp_path, text, why):
    path = tmp_path / "map.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path, format="kumu")
    assert str(caught.value).startswith("map.json: ") and why in str(caught.value)


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


def test_a_list_of_cytoscape_js_elements_is_refused_as_cytoscape_js_json(tmp_path):
    path = tmp_path / "network.json"
    path.write_text('\ufeff [{"data": {"id": "a"}}, {"data": {"source": "a", "target": "a"}}]',
                    encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value) == (
        "network.json: Cytoscape.js JSON files are not read: in Cytoscape, export the network "
        "as GraphML (File > Export > Network to File) and import that")


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


def test_graphml_edges_without_weight_are_named_by_their_ends_not_internal_rows(tmp_path):
    path = tmp_path / "net.graphml"
    path.write_text("""<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="w" for="edge" attr.name="weight" attr.type="double"/>
<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>
<edge source="a" target="b"><data key="w">0.4</data></edge>
<edge source="b" target="c"/>
<edge source="b" target="c"/>
</graph></graphml>""")
    imported = import_model(path)
    note = next(str(n) for n in imported.notes if "no weight" in str(n))
    # both file edges read both ways: named once, as the file writes them
    assert "4 edges had no weight (b → c):" in note and "rows" not in note


def _kumu_files(tmp_path):
    (tmp_path / "elements.csv").write_text(
        "Label,Type,Group,Tags\n"
        "Export controls,Policy|Regulation,Trade|Security,hardware|US\n"
        "Chip smuggling,Issue,,\n"
        "Commerce Dept,Organization | Government,Security,\n"
        "Fab capacity,,Industry||Trade,\n", encoding="utf-8")
    (tmp_path / "connections.csv").write_text(
        "From,To,Type\nExport controls,Chip smuggling,positive\n"
        "Commerce Dept,Export controls,positive\n", encoding="utf-8")
    return tmp_path / "connections.csv", tmp_path / "elements.csv"


def test_kumu_values_written_a_bar_b_give_the_first_as_kind_or_group_and_all_as_tags(tmp_path):
    edges, nodes = _kumu_files(tmp_path)
    imported = import_model(edges, nodes=nodes)
    model = imported.model
    controls = model.node("export-controls")
    assert controls.kind == "restriction" and controls.group == "Trade"
    assert controls.tags == ("hardware", "US", "Policy", "Regulation", "Trade", "Security")
    commerce = model.node("commerce-dept")
    assert commerce.kind == "actor" and commerce.group == "Security"
    assert commerce.tags == ("Organization", "Government")
    fab = model.node("fab-capacity")
    assert fab.group == "Industry" and fab.tags == ("Industry", "Trade")
    assert model.node("chip-smuggling").tags == ()     # one value, a kind word: as before
    notes = [str(n) for n in imported.notes]
    assert any(n.startswith("file elements.csv, column Type: cells holding several values "
                            "separated by | (as Kumu writes them: row 2, row 4)") for n in notes)
    assert any(n.startswith("file elements.csv, column Group: cells holding several values "
                            "separated by | (as Kumu writes them: row 2, row 5)") for n in notes)


def test_a_windtunnel_workbook_keeps_a_group_that_holds_a_bar(tmp_path):
    """Windtunnel's own workbook (it has a Model sheet) is not another tool's: its group
    text is the group, bars and all."""
    from conftest import make_small_model
    from windtunnel.io import model_workbook_bytes

    model = make_small_model()
    model.update_node("ban", group="Trade|Security")
    path = tmp_path / "model.xlsx"
    path.write_bytes(model_workbook_bytes(model))
    back = import_model(path).model.node("ban")
    assert back.group == "Trade|Security" and back.tags == model.node("ban").tags


def test_cytoscape_s_json_export_is_told_from_kumu_s(tmp_path):
    """Cytoscape's JSON (as networkx's writer of it, the format of Cytoscape's File > Export
    > Network to File > Cytoscape.js JSON, writes it) is named as Cytoscape's; a Kumu
    blueprint whose elements and connections are objects keyed by id is Kumu's, and read."""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_edge("Tax", "Jobs", weight=0.5)
    cytoscape = tmp_path / "network.json"
    cytoscape.write_text(json.dumps(nx.cytoscape_data(graph)), encoding="utf-8")
    with pytest.raises(LoadError, match="Cytoscape.js JSON files are not read"):
        import_model(cytoscape)
    kumu = tmp_path / "kumu.json"
    kumu.write_text(json.dumps({
        "elements": {"elem-6WdX": {"attributes": {"label": "Tax", "element type": "Policy"}},
                     "elem-BbwU": {"attributes": {"label": "Jobs"}}},
        "connections": {"conn-3FYG": {"direction": "directed", "from": "elem-6WdX",
                                      "to": "elem-BbwU",
                                      "attributes": {"connection type": "-"}}}}),
        encoding="utf-8")
    imported = import_model(kumu)
    assert imported.format == "kumu"
    assert sorted(n.label for n in imported.model.nodes) == ["Jobs", "Tax"]
    [edge] = imported.model.edges
    assert (edge.source, edge.target, edge.weight) == ("tax", "jobs", -0.5)


@pytest.mark.parametrize("head, cytoscape", [
    (b'[{"data": {"id": "a"}}, {"data": {"source": "a", "target": "a"}}]', True),
    (b'\xef\xbb\xbf [\n  {\n    "data" : {"id": "a"}}]', True),
    (b'[{"name": "data", "value": 0.5}]', False),        # a list naming a variable "data"
    (b'[{"id": "x", "data": {"id": "a"}}]', False),
    (b'{"elements": [{"data": {"id": "a"}}]}', False),    # Kumu's reader tells this one
])
def test_only_a_list_of_data_objects_reads_as_cytoscape_elements(head, cytoscape):
    """A JSON list with "data" anywhere near its start (an FSDM file's variable called
    data) was refused as Cytoscape.js's before its own format was tried."""
    from windtunnel.io.cytoscape import looks_like_cytoscape_elements

    assert looks_like_cytoscape_elements(head) is cytoscape
