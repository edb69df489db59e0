"""What more tools' real files become: Cytoscape's GraphML, EcoModeler's files refused by
name, other tools' node ids, FSDM's two files, Gephi's dynamic weights, NodeXL's
workbooks, blank weights among participants and participants' sheets left out."""

from __future__ import annotations

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from io_helpers import LOOKALIKE, REAL


def test_cytoscape_graphml_quirks_read_as_yed_and_gephi_read_them(tmp_path):
    """Cytoscape's GraphML export declares some keys twice alike (read once), and yFiles 2
    wrote GraphML in a namespace of its own (read as GraphML's); a root in any other
    namespace, or a key declared twice with another type, is still refused by name."""
    exptest = import_model(REAL / "cytoscape_exptest.graphml").model
    assert len(exptest.nodes) == 41 and len(exptest.edges) == 118
    yfiles = import_model(REAL / "cytoscape_yFilesSample.xml").model
    assert sorted(n.label for n in yfiles.nodes) == ["1", "2", "3"]
    data = (REAL / "cytoscape_yFilesSample.xml").read_bytes()
    (tmp_path / "other.graphml").write_bytes(data.replace(b"xmlns/graphml", b"xmlns/other"))
    with pytest.raises(LoadError, match="the <graphml> root is in the XML namespace "
                                        "http://graphml.graphdrawing.org/xmlns/other"):
        import_model(tmp_path / "other.graphml")
    text = (REAL / "cytoscape_exptest.graphml").read_text(encoding="utf-8")
    retyped = text.replace('<key attr.name="label" attr.type="string" for="node" id="label"/>',
                           '<key attr.name="label" attr.type="int" for="node" id="label"/>', 1)
    (tmp_path / "retyped.graphml").write_text(retyped, encoding="utf-8")
    with pytest.raises(LoadError, match="key 'label': is declared twice for <node>"):
        import_model(tmp_path / "retyped.graphml")


def test_an_ecomodeler_file_is_refused_by_its_name(tmp_path):
    path = tmp_path / "model.emp"
    path.write_text("<?xml version='1.0'?><ecoModeler><concepts/></ecoModeler>")
    with pytest.raises(LoadError, match="EcoModeler files \\(.emp\\) are not read"):
        import_model(path)


def test_another_tools_node_ids_that_are_not_windtunnel_ids_get_ids_from_their_labels():
    """Gephi's node table writes any text as a node's Id (a Chinese name): such ids get
    new ids, as GraphML's do, and the edges that name them find them; the table used to be
    refused at every row ("'宝玉' is not a valid id")."""
    imported = import_model(LOOKALIKE / "excel_zh_nodes_edges_workbook.xlsx")
    model = imported.model
    assert model.node("item").label == "Item"            # a valid id is kept, never taken
    assert {model.node(e.source).label for e in model.edges
            if model.node(e.target).label == "贾宝玉"} == {"林黛玉", "薛宝钗", "贾母（史太君）"}
    assert any("sheet Nodes, column ID: 5 node ids not valid in Windtunnel ('宝玉', '黛玉', "
               "'宝钗', ...): new ids were made from the labels" in str(n) for n in imported.notes)


def test_an_fsdm_model_imports_from_either_of_its_files(tmp_path):
    """FSDM's concepts.json and relations.json got "cannot tell the format of a .json
    file": either now imports the model, the other read from beside it; relations alone
    import with the variables as labels; concepts alone are refused, naming the relations
    file to import; a term FSDM does not have is refused at its relation, in the file that
    holds it."""
    import shutil

    both = [import_model(REAL / f"fsdm_ozesmi_{kind}.json") for kind in ("concepts",
                                                                        "relations")]
    assert {i.format for i in both} == {"fsdm"}
    assert both[0].model.nodes == both[1].model.nodes
    assert both[0].model.edges == both[1].model.edges
    assert both[0].model.node("Enforcement").label == "Law Enforcement"
    assert both[0].model.node("Enforcement").group == "Actions"
    assert any("FSDM's terms became weights as FSDM's model run reads them (VL 0.01, L 0.2, "
               "ML 0.35, M 0.5, MH 0.67, H 0.85, VH 1)" in str(n) for n in both[0].notes)
    shutil.copy(REAL / "fsdm_ozesmi_concepts.json", tmp_path / "concepts.json")
    with pytest.raises(LoadError, match=r"concepts.json: an FSDM concepts file .*import its "
                                        r"relations file \(relations.json, beside it"):
        import_model(tmp_path / "concepts.json")
    relations = (REAL / "fsdm_ozesmi_relations.json").read_text(encoding="utf-8")
    (tmp_path / "relations.json").write_text(relations, encoding="utf-8")
    alone = import_model(tmp_path / "relations.json")
    assert alone.model.node("Enforcement").label == "Law Enforcement"       # now beside it
    (tmp_path / "concepts.json").unlink()
    alone = import_model(tmp_path / "relations.json")
    assert alone.model.node("Enforcement").label == "Enforcement"
    assert any("without its concepts file" in str(n) for n in alone.notes)
    shutil.copy(REAL / "fsdm_ozesmi_concepts.json", tmp_path / "concepts.json")
    (tmp_path / "relations.json").write_text(relations.replace('"VL"', '"XL"'),
                                             encoding="utf-8")
    with pytest.raises(LoadError, match=r"^relations.json: edge Wetlands → Pollution: weight "
                                        r"'XL' is not one of FSDM's terms"):
        import_model(tmp_path / "concepts.json")


def test_gephis_dynamic_weights_are_read_as_the_weight_in_effect_at_the_end():
    """Gephi's edges table of dynamic weights was refused ("a weight that changes over
    time") while the same weights in GEXF were read: each row takes the weight of its
    interval that ends last (a, b's three rows: 2, 3.25 and 4, added as Gephi merges
    them), and the note says which weight was taken and that the others were not kept."""
    imported = import_model(REAL / "gephi_edges_table_dynamic_weights.csv")
    weights = {(e.source, e.target): e.weight for e in imported.model.edges}
    assert weights == pytest.approx({("a", "b"): 1.0, ("b", "c"): 1 / 9.25})
    assert any("weights that change over time (Gephi's dynamic weights) in 4 rows: each took "
               "the weight in effect at the end" in str(n) and "the earlier weights were "
               "not kept" in str(n) for n in imported.notes)


def test_a_dynamic_weight_gephi_would_not_write_is_refused_at_its_cell(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text('source,target,weight\na,b,"<[2000, 2005, 0.5]; [2005, 0.7>"\n',
                    encoding="utf-8")
    with pytest.raises(LoadError, match=r"row 2, column weight: '<\[2000.*reads as Gephi's "
                                        r"dynamic weight but not as intervals"):
        import_model(path)


def test_a_nodexl_workbook_reads_its_tables_groups_and_directedness():
    """NodeXL's tables start on the second row: the workbook used to be refused ("has
    neither an ID nor a Label column"). Its groups and its directedness come along."""
    imported = import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx")
    model = imported.model
    assert imported.format == "nodexl"
    assert {n.label: n.group for n in model.nodes}["Farmers' union"] == "G2"
    assert model.node("Ministry").position == (120.5, 300.25)
    assert model.edge("Ministry", "water-utility").rationale == "funds"
    assert model.edge("water-utility", "Ministry").weight == 1.0     # undirected: both ways
    with pytest.raises(LoadError, match="undirected"):
        import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx", undirected="refuse")


def test_a_nodexl_workbook_without_its_band_row_reads_as_with_it(tmp_path):
    """An analyst who deletes NodeXL's band row ("Visual Properties", "Graph Metrics", ...)
    above the Edges and Vertices tables has their headers on row 1: the workbook used to be
    refused ("has neither an ID nor a Label column") where it now reads as NodeXL's, the
    same map, with a note saying where the headers were."""
    import openpyxl

    book = openpyxl.load_workbook(LOOKALIKE / "nodexl_undirected_groups.xlsx")
    for name in ("Edges", "Vertices"):
        book[name].delete_rows(1)
    path = tmp_path / "nodexl_no_bands.xlsx"
    book.save(path)
    banded = import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx").model
    imported = import_model(path)
    assert imported.format == "nodexl"
    assert [(n.id, n.label, n.group, n.position) for n in imported.model.nodes] == [
        (n.id, n.label, n.group, n.position) for n in banded.nodes]
    assert imported.model.edges == banded.edges
    assert any("headers on their first rows" in str(n) for n in imported.notes)


def test_nodexl_graph_metrics_are_named_as_not_kept_not_as_unknown_columns():
    """NodeXL's computed metrics (a vertex's Degree, an edge's Reciprocated?) used to be
    listed among the ignored columns as if unknown: the note names them as NodeXL's graph
    metrics, not kept, the Structure tab computing the map's own."""
    notes = [str(n) for n in import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx").notes]
    assert "sheet Vertices: NodeXL's graph metrics 'Degree' were not kept (the Structure " \
           "tab computes the map's own)" in notes
    assert "sheet Edges: NodeXL's graph metrics 'Reciprocated?' were not kept (the " \
           "Structure tab computes the map's own)" in notes
    ignored = [n for n in notes if "ignored column" in n]
    assert ignored and not any("Degree" in n or "Reciprocated" in n for n in ignored)


def test_an_undirected_nodexl_workbook_with_a_direction_column_of_its_own_stays_undirected(
        tmp_path):
    """A user's own Direction column (blank but for one row) used to be read in place of
    the graph's undirectedness: every other edge directed, nothing asked, while the note
    said the graph is undirected. The blank cells take the graph's word."""
    import openpyxl

    book = openpyxl.load_workbook(LOOKALIKE / "nodexl_undirected_groups.xlsx")
    sheet = book["Edges"]
    column = sheet.max_column + 1
    sheet.cell(row=2, column=column, value="Direction")
    sheet.cell(row=4, column=column, value="directed")        # Water utility -> Farmers
    path = tmp_path / "nodexl_with_direction.xlsx"
    book.save(path)
    with pytest.raises(LoadError, match="undirected"):
        import_model(path, undirected="refuse")
    model = import_model(path, undirected="both").model
    assert model.edge("water-utility", "Ministry") is not None      # undirected: both ways
    assert model.edge("Farmers", "water-utility") is None            # the row marked directed


def test_a_blank_weight_is_its_edges_final_weight_whatever_the_others_are_divided_by(
        tmp_path):
    """Cytoscape's GraphML sample weights four edges 1 to 2 and leaves three without a
    weight: those get 0.5, the note's word, where they used to get 0.5 divided by the
    largest weight (0.25) after the note had said 0.5; the row-by-row reader (a Type
    column) does the same."""
    imported = import_model(REAL / "cytoscape_simpleWithAttributes.xml",
                            undirected="as-written")
    weights = {(e.source, e.target): e.weight for e in imported.model.edges}
    assert weights == {("n0", "n2"): 0.5, ("n0", "n1"): 0.5, ("n1", "n3"): 1.0,
                       ("n3", "n2"): 0.5, ("n2", "n4"): 0.5, ("n3", "n5"): 0.5,
                       ("n5", "n4"): 0.55}
    assert any("each got 0.5, with its sign, as its final weight" in str(n)
               for n in imported.notes)
    table = tmp_path / "blank_weight_signed.csv"
    table.write_text("From,To,Weight,Type\na,b,4,+\nb,c,,-\nc,a,2,+\n", encoding="utf-8")
    signed = {(e.source, e.target): e.weight for e in import_model(table).model.edges}
    assert signed == {("a", "b"): 1.0, ("b", "c"): -0.5, ("c", "a"): 0.5}


def test_participant_sheets_left_out_are_said_in_the_words_of_where_it_was_asked():
    path = REAL / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"

    def note(**options):
        (found,) = [n.message for n in import_model(path, participants="aggregate",
                                                    **options).notes
                    if "not kept as participants" in n.message]
        return found

    assert "(import with --participants keep)" in note()
    assert "choose \u201cEvery sheet as a participant\u201d" in note(asked=True)


def test_fcmpy_s_matrix_form_gives_each_expert_their_terms(tmp_path):
    """FCMpy's matrix form (a sheet per expert, a term in each rated cell, VH unsigned):
    refused cell by cell as "'VH' is not a number"; each expert is a participant with
    their terms. A matrix with a cell that is no term is not read as ratings."""
    model = import_model(REAL / "fcmpy_sample_test.xlsx").model
    first = model.participants[0]
    assert (first.label, [(r.source, r.target, r.term) for r in first.ratings]) == (
        "Expert_1", [("c1", "c2", "+VH"), ("c2", "c1", "-VH"), ("c3", "c1", "+VH"),
                     ("c3", "c4", "+L")])
    assert len(model.participants) == 6
    book = openpyxl.Workbook()
    for row in ([None, "A", "B"], ["A", None, "VH"], ["B", "maybe", None]):
        book.active.append(row)
    book.save(tmp_path / "terms.xlsx")
    with pytest.raises(LoadError, match="'maybe' is not a number"):
        import_model(tmp_path / "terms.xlsx")
