"""Imports of GraphML (yEd, Gephi, igraph, networkx): labels, positions, typed values and ids,
attributes named as the graph library's arguments, weights and what is left out."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

from windtunnel.io import import_model

from io_helpers import DATA, REAL


def test_yed_graphml_labels_positions_and_edge_labels():
    model = import_model(DATA / "yed_map.graphml").model
    assert [n.label for n in model.nodes] == ["Licensing rule", "Diversion", "Enforcement cost"]
    assert model.node("n2").position == (110.0, 160.0)
    assert model.edge("n0", "n1").weight == -0.5 and model.edge("n0", "n2").weight == 0.62


def test_gephi_graphml_weights_are_scaled_with_a_note():
    imported = import_model(DATA / "gephi_counts.graphml")
    assert [e.weight for e in imported.model.edges] == [1.0, 0.5, -0.25]
    assert any("divided by 4" in n.message for n in imported.notes)


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
    assert ("used edge attribute 'u_for_edge' to tell parallel edges apart: the rationale "
            "of the edge they merged into gives each edge's value") in notes
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
