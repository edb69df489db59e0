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
    assert labels[0] == "Carbon tax\nper tonne"
    assert labels[2].startswith("Fuel prices\n& ") and labels[2].endswith("demand")
    assert "\n" not in labels[2].split("\n", 1)[1]        # source line breaks are spaces
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
    assert f"node 'n7' ({'L' * 37}...), attribute label: text of 400 characters" in message


def test_gexf_refusals_name_the_edge_by_its_id_and_ends(tmp_path):
    path = tmp_path / "map.gexf"
    path.write_text('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'
                    '<node id="a" label="Tax"/><node id="b"/></nodes><edges>'
                    '<edge id="7" source="a" target="b" weight="strong"/></edges></graph>'
                    '</gexf>', encoding="utf-8")
    # one message for the edge, though an undirected edge is read both ways
    assert _refusal(path) == ("map.gexf: edge '7' (a → b), attribute weight: 'strong' is not "
                              "a number")
