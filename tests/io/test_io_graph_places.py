"""GraphML and GEXF imports as the user sees them: labels as yEd shows them (rich text as
plain text, yEd Live's labels, groups kept as nodes), problems and notes that name a node
or an edge the way the file does (never the reader's own row numbers), and nodes that do
not end up on top of each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.markup import plain_text

REAL = Path(__file__).parents[1] / "data" / "real"
LOOKALIKE = REAL / "lookalike"

GRAPHML = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing'
           '.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="string"/>'
           '<key id="l" for="node" attr.name="label" attr.type="string"/>'
           '<key id="i" for="node" attr.name="initial" attr.type="string"/>'
           '<key id="x" for="node" attr.name="x" attr.type="double"/>'
           '<key id="y" for="node" attr.name="y" attr.type="double"/>'
           '<graph edgedefault="directed">{body}</graph></graphml>')


def _graphml(tmp_path, body: str) -> Path:
    path = tmp_path / "map.graphml"
    path.write_text(GRAPHML.format(body=body), encoding="utf-8")
    return path


def _refusal(path) -> str:
    with pytest.raises(LoadError) as caught:
        import_model(path)
    return str(caught.value)


# -- labels ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["yed_html_labels.graphml", "yed_live_markup_labels.graphml"])
def test_rich_text_labels_come_in_as_the_text_yed_shows(name):
    imported = import_model(LOOKALIKE / name)
    labels = sorted(n.label for n in imported.model.nodes)
    assert labels[0] == "Carbon tax per tonne"           # a label is one line
    assert labels[2].startswith("Fuel prices & ") and labels[2].endswith("demand")
    assert not any("\n" in label for label in labels)
    assert not any("<" in label and ">" in label for label in labels)
    # an edge label written as markup still reads as the edge's weight
    assert sorted(e.weight for e in imported.model.edges) == [-0.4, 0.6]


def test_a_plain_label_with_angle_brackets_is_kept_as_written():
    labels = {n.label for n in import_model(LOOKALIKE / "yed_html_labels.graphml").model.nodes}
    assert "Emissions < 2030 target" in labels
    assert plain_text("Cost <Tax> & a < b") == "Cost <Tax> & a < b"


def test_markup_loses_scripts_styles_and_images_and_keeps_its_line_breaks():
    text = ('<html><head><title>t</title><style>p {color: red}</style></head><body>'
            '<img src="http://example.invalid/x.png"><p>Jobs&nbsp;&amp; <b>wages</b></p>'
            '<script>alert(1)</script><ul><li>one</li><li>two</li></ul>A<br>B<br/><br>C'
            '</body></html>')
    assert plain_text(text) == "Jobs & wages\none\ntwo\nA\nB\nC"


def test_yed_live_labels_written_as_attributes_are_read():
    """yFiles for HTML 3 writes a label as <y:Label Text="...">, not <y:Label.Text>."""
    model = import_model(REAL / "akaene_simple_model_yed_live.graphml").model
    assert sorted(n.label for n in model.nodes) == ["Source with ports", "Target with ports"]
    assert model.node("n0").position == (-117.5, -337.0)


@pytest.mark.parametrize("name", ["akaene_model_with_subgraphs_yed_desktop.graphml",
                                  "akaene_model_with_subgraphs_yed_live.graphml"])
def test_a_group_that_edges_name_keeps_its_label_and_groups_are_named(name):
    model = import_model(REAL / name).model
    assert not any("::" in n.label for n in model.nodes)       # no id for a label
    propulsion = next(n for n in model.nodes if n.label == "Propulsion System")
    assert propulsion.group == "Drone" and propulsion.position != (0.0, 0.0)


# -- places ---------------------------------------------------------------------------------

def test_refusals_name_nodes_by_id_and_label_and_edges_by_id_and_ends(tmp_path):
    message = _refusal(_graphml(tmp_path, (
        '<node id="a"><data key="l">Tax</data></node><node id="b"><data key="l">Tax</data>'
        '</node><node id="c"><data key="i">lots</data></node>'
        '<edge id="e1" source="a" target="b"><data key="w">big</data></edge>'
        '<edge source="b" target="c"><data key="w">NaN</data></edge>')))
    assert "map.graphml: 3 problems" in message
    assert "node 'c', attribute initial: 'lots' is not a number" in message
    assert "edge 'e1' (a → b), attribute weight: 'big' is not a number" in message
    assert "edge b → c, attribute weight: 'NaN' is not a number" in message
    assert "row" not in message and "node 3" not in message and "edge 2" not in message


def test_a_model_problem_names_the_node_the_file_wrote(tmp_path):
    message = _refusal(_graphml(tmp_path, (
        f'<node id="n7"><data key="l">{"L" * 400}</data></node><node id="n8"/>'
        '<edge source="n7" target="n8"><data key="w">0.5</data></edge>')))
    assert f"node '{'L' * 37}...' (id n7), attribute label: text of 400 characters" in message


def test_gexf_refusals_name_the_edge_by_its_id_and_ends(tmp_path):
    path = tmp_path / "map.gexf"
    path.write_text('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'
                    '<node id="a" label="Tax"/><node id="b"/></nodes><edges>'
                    '<edge id="7" source="a" target="b" weight="strong"/></edges></graph>'
                    '</gexf>', encoding="utf-8")
    # one message for the edge, though an undirected edge is read both ways
    assert _refusal(path) == ("map.gexf: edge '7' (a → b), attribute weight: 'strong' is not "
                              "a number")


# -- nodes kept apart -----------------------------------------------------------------------

def _nodes(spots) -> str:
    """Nodes n0, n1, ... all labelled Tax, at the given spots (None: no position), in a
    chain of edges."""
    body = ""
    for i, spot in enumerate(spots):
        at = "" if spot is None else f'<data key="x">{spot[0]}</data><data key="y">{spot[1]}</data>'
        body += f'<node id="n{i}"><data key="l">Tax</data>{at}</node>'
    return body + "".join(f'<edge source="n{i}" target="n{i + 1}"/>'
                          for i in range(len(spots) - 1))


def _apart(model) -> float:
    """The smallest distance between two nodes."""
    points = [n.position for n in model.nodes]
    return min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
               for i, a in enumerate(points) for b in points[i + 1:])


def test_nodes_all_on_one_spot_are_laid_out_with_a_true_note(tmp_path):
    imported = import_model(_graphml(tmp_path, _nodes([(0, 0)] * 6)))
    assert _apart(imported.model) > 100
    notes = [str(n) for n in imported.notes]
    assert "all 6 nodes sit on one spot (0, 0): every node was placed by the auto-layout" \
        in notes
    assert not any("spread" in n for n in notes)     # no factor of 1e11 claimed


def test_nodes_without_a_position_among_placed_ones_go_beside_the_map(tmp_path):
    spots = [(0, 0), (300, 0), (600, 0), None, None]
    imported = import_model(_graphml(tmp_path, _nodes(spots)))
    model = imported.model
    assert [model.node(f"n{i}").position for i in range(3)] == [(0, 0), (300, 0), (600, 0)]
    assert min(model.node(i).position[0] for i in ("n3", "n4")) > 600
    assert _apart(model) > 100
    assert any("2 nodes without a position ('Tax' (id n3), 'Tax' (id n4)): placed beside the "
               "map" in str(n) for n in imported.notes)


def test_two_nodes_on_one_spot_are_moved_apart_and_named_by_their_ids(tmp_path):
    spots = [(0, 0), (0, 0), (600, 0), (900, 0), (0, 0)]
    imported = import_model(_graphml(tmp_path, _nodes(spots)))
    model = imported.model
    assert model.node("n0").position == (0, 0) and model.node("n2").position == (600, 0)
    assert _apart(model) >= 0.75 * 190
    assert any("2 nodes sat on the same spot as another ('Tax' (id n1), 'Tax' (id n4)): "
               "moved beside it" in str(n) for n in imported.notes)


def test_a_table_with_empty_x_and_y_columns_is_laid_out(tmp_path):
    path = tmp_path / "nodes.csv"
    path.write_text("ID,Label,X,Y\na,Tax,,\nb,Tax,,\nc,Jobs,,\n", encoding="utf-8")
    imported = import_model(path)
    assert _apart(imported.model) > 100
    assert any("the file gives no node a position" in str(n) for n in imported.notes)


def test_mental_modeler_concepts_without_positions_are_laid_out(tmp_path):
    path = tmp_path / "map.mmp"
    path.write_text('{"concepts": [{"id": "1", "name": "Tax", "relationships": [{"id": "2", '
                    '"influence": 0.5}]}, {"id": "2", "name": "Tax"}, {"id": "3", '
                    '"name": "Jobs"}]}', encoding="utf-8")
    imported = import_model(path)
    assert len(imported.model.nodes) == 3 and _apart(imported.model) > 100


def _closest_in_boxes(model) -> float:
    """The closest pair of nodes measured in node boxes (170 across, 90 down, margins
    included): below 1 their boxes overlap."""
    points = [n.position for n in model.nodes]
    return min(max(abs(a[0] - b[0]) / 170, abs(a[1] - b[1]) / 90)
               for i, a in enumerate(points) for b in points[i + 1:])


def test_mental_modeler_concepts_closer_than_a_node_are_spread_keeping_the_picture(tmp_path):
    """Mental Modeler's concepts 100 px apart would hide each other (and the edge between
    them) on the map: all positions are scaled by one factor until the closest pair no
    longer overlaps, and the note says so."""
    path = tmp_path / "map.mmp"
    path.write_text('{"concepts": [{"id": "1", "name": "Very long policy instrument name", '
                    '"x": "300", "y": "200", "relationships": [{"id": "2", "influence": 0.5}]}, '
                    '{"id": "2", "name": "short", "x": "400", "y": "220"}, '
                    '{"id": "3", "name": "far", "x": "900", "y": "600"}]}', encoding="utf-8")
    imported = import_model(path)
    model = imported.model
    factor = model.nodes[0].position[0] / 300
    assert factor == pytest.approx(1.7, abs=0.01)
    assert [n.position for n in model.nodes] == [
        pytest.approx((x * factor, y * factor), abs=0.01) for x, y in ((300, 200), (400, 220),
                                                                         (900, 600))]
    assert _closest_in_boxes(model) == pytest.approx(1, abs=1e-3)
    assert any("positions were spread ×1.7" in str(n) for n in imported.notes)


def test_graphml_spreads_by_the_closest_pair_by_the_same_rule(tmp_path):
    """One pair on top of each other among nodes far apart (yEd, Gephi): the same rule
    spreads the whole picture so that this pair shows too."""
    imported = import_model(_graphml(tmp_path, _nodes([(0, 0), (100, 0), (1000, 0),
                                                        (2000, 0), (3000, 0)])))
    model = imported.model
    assert model.node("n1").position == pytest.approx((170, 0))
    assert model.node("n4").position == pytest.approx((5100, 0))
    assert _closest_in_boxes(model) == pytest.approx(1)
    assert any("positions were spread ×1.7" in str(n) for n in imported.notes)


def test_nodes_a_box_apart_are_not_spread(tmp_path):
    imported = import_model(_graphml(tmp_path, _nodes([(0, 0), (0, 95), (200, 0)])))
    assert [n.position for n in imported.model.nodes] == [(0, 0), (0, 95), (200, 0)]
    assert not any("spread" in str(n) for n in imported.notes)


def test_a_windtunnel_workbook_keeps_nodes_it_stacks(tmp_path):
    """Windtunnel's own workbook is given back as it was saved, stacked nodes and all."""
    from conftest import make_small_model
    from windtunnel.io import model_workbook_bytes

    model = make_small_model()
    for node in model.nodes:
        model.update_node(node.id, position=(40.0, 40.0))
    path = tmp_path / "model.xlsx"
    path.write_bytes(model_workbook_bytes(model))
    assert {n.position for n in import_model(path).model.nodes} == {(40.0, 40.0)}


def test_nodes_without_a_position_in_a_placed_table_go_beside_the_map(tmp_path):
    (tmp_path / "nodes.csv").write_text("ID,Label,X,Y\na,Tax,0,0\nb,Jobs,400,0\n"
                                        "new-one,New one,,\nother,Other,,\n", encoding="utf-8")
    (tmp_path / "edges.csv").write_text("From,To\na,b\nb,New one\nNew one,Other\n",
                                        encoding="utf-8")
    imported = import_model(tmp_path / "edges.csv", nodes=tmp_path / "nodes.csv")
    model = imported.model
    assert model.node("a").position == (0, 0) and model.node("b").position == (400, 0)
    assert min(model.node(i).position[0] for i in ("new-one", "other")) > 400
    assert any("2 nodes without a position ('New one' (id new-one), 'Other' (id other))"
               in str(n) for n in imported.notes)


def test_the_nodes_a_placing_note_names_are_named_in_the_language(tmp_path):
    """Each moved node is named through the catalogue, as the Nodes sheet's messages name
    a node, not in English inside a translated note."""
    from windtunnel import language

    language.install_catalogue(lambda context, text: {
        ("naming", "{label!r} (id {id})"): "{label!r}（ID {id}）"}.get((context, text), ""))
    try:
        imported = import_model(_graphml(tmp_path, _nodes([(0, 0), (0, 0), (600, 0)])))
    finally:
        language.install_catalogue(None)
    assert any("'Tax'（ID n1）" in str(n) for n in imported.notes)


def test_hyperedges_are_left_out_with_a_note_in_the_file_s_terms(tmp_path):
    # the GraphML primer's hyperedges: one joining three nodes, one with typed ends
    path = _graphml(tmp_path, '<node id="a"/><node id="b"/><node id="c"/>'
                              '<edge source="a" target="b"><data key="w">0.5</data></edge>'
                              '<hyperedge><endpoint node="a"/><endpoint node="b"/>'
                              '<endpoint node="c"/></hyperedge>'
                              '<hyperedge><endpoint node="c" type="in"/>'
                              '<endpoint node="a" type="out"/></hyperedge>')
    imported = import_model(path)
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [("a", "b", 0.5)]
    assert {n.id for n in imported.model.nodes} == {"a", "b", "c"}
    [note] = [str(n) for n in imported.notes if "hyperedge" in str(n)]
    assert note.startswith("left out 2 hyperedges (a <hyperedge> joins several nodes at once; "
                           "the first joins 'a', 'b', 'c')")
    assert "networkx" not in " ".join(str(n) for n in imported.notes)
