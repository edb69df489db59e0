"""GEXF import: versions alike, what each part of a file becomes, and located refusals."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import ChoiceNeeded, detect_format, import_model

HEAD_13 = ('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" '
           'xmlns:viz="http://gexf.net/1.3/viz" version="1.3">')


def _write(tmp_path, body: str, head: str = HEAD_13, name: str = "map.gexf"):
    path = tmp_path / name
    path.write_text(head + body + "</gexf>", encoding="utf-8")
    return path


DIRECTED = """
  <meta><title>Chips</title><description>Who moves whom</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="0" title="group" type="string"><default>Global</default></attribute>
    </attributes>
    <attributes class="edge">
      <attribute id="r" title="rationale" type="string"/>
    </attributes>
    <nodes>
      <node id="us" label="United States gov">
        <attvalues><attvalue for="0" value="United States"/></attvalues>
        <viz:position x="10.5" y="-20" z="0"/>
      </node>
      <node id="lab" label="AI lab"><viz:position x="400" y="140"/></node>
    </nodes>
    <edges>
      <edge id="e1" source="us" target="lab" weight="-0.6">
        <attvalues><attvalue for="r" value="export rules"/></attvalues>
      </edge>
      <edge id="e2" source="lab" target="us" label="lobbying"/>
    </edges>
  </graph>"""


def test_a_directed_gexf_keeps_labels_positions_weights_and_declared_defaults(tmp_path):
    imported = import_model(_write(tmp_path, DIRECTED))
    model = imported.model
    assert imported.format == "gexf" and model.title == "Chips"
    assert "Who moves whom" in model.description
    us, lab = model.node("us"), model.node("lab")
    assert (us.label, us.group, us.position) == ("United States gov", "United States",
                                                 (10.5, -20.0))
    assert (lab.group, lab.position) == ("Global", (400.0, 140.0))   # the declared default
    first, second = model.edges
    assert (first.source, first.target, first.weight, first.rationale) == (
        "us", "lab", -0.6, "export rules")
    # a weighted file's edge without a weight has GEXF's default weight, 1
    assert (second.weight, second.rationale) == (1.0, "lobbying")


@pytest.mark.parametrize("namespace", ["http://www.gexf.net/1.1draft",
                                       "http://www.gexf.net/1.2draft", "http://gexf.net/1.3"])
def test_every_gexf_version_reads_alike(tmp_path, namespace):
    head = f'<gexf xmlns="{namespace}" xmlns:viz="http:///www.gexf.net/1.1draft/viz">'
    model = import_model(_write(tmp_path, DIRECTED, head=head)).model
    assert [n.position for n in model.nodes] == [(10.5, -20.0), (400.0, 140.0)]
    assert [e.weight for e in model.edges] == [-0.6, 1.0]


UNDIRECTED = """
  <graph defaultedgetype="undirected">
    <nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
    <edges>
      <edge source="b" target="a" weight="2"/>
      <edge source="b" target="c" weight="4" type="directed"/>
    </edges>
  </graph>"""


def test_undirected_edges_are_asked_about_and_kept_as_written(tmp_path):
    path = _write(tmp_path, UNDIRECTED)
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, undirected="ask")
    assert asked.value.question == "undirected" and "1 edge is undirected" in str(
        asked.value)
    as_written = import_model(path, undirected="as-written").model
    assert [(e.source, e.target, e.weight) for e in as_written.edges] == [
        ("b", "a", 0.5), ("b", "c", 1.0)]
    both = import_model(path).model
    assert sorted((e.source, e.target) for e in both.edges) == [("a", "b"), ("b", "a"),
                                                                ("b", "c")]
    with pytest.raises(LoadError, match="undirected"):
        import_model(path, undirected="refuse")


def test_nested_nodes_take_their_parent_as_group_and_dynamics_are_noted(tmp_path):
    body = """
  <graph mode="dynamic" defaultedgetype="directed">
    <nodes>
      <node id="hk" label="Hong Kong">
        <nodes><node id="hub" label="AI hub" start="2024"/><node id="reg" label="Regulator"/></nodes>
      </node>
    </nodes>
    <edges><edge source="reg" target="hub" weight="0.3" start="2025"/></edges>
  </graph>"""
    imported = import_model(_write(tmp_path, body))
    model = imported.model
    assert {n.id: n.group for n in model.nodes} == {"hub": "Hong Kong", "reg": "Hong Kong"}
    assert any("time intervals are not kept" in n.message for n in imported.notes)


def test_an_unweighted_gexf_gets_the_unweighted_convention(tmp_path):
    body = """<graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes>
      <edges><edge source="a" target="b"/></edges></graph>"""
    imported = import_model(_write(tmp_path, body))
    assert [e.weight for e in imported.model.edges] == [0.5]
    assert any("every edge got the weight +0.5" in n.message for n in imported.notes)


@pytest.mark.parametrize("body, where, why", [
    ('<graph><nodes><node label="x"/></nodes></graph>', "<node> element 1 of the file (x)",
     "has no id"),
    ('<graph><nodes><node id="a"/><node id="a"/></nodes></graph>', "node 'a'",
     "listed twice"),
    ('<graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges>'
     '</graph>', "edge a → zz:", "'zz'"),
    ('<graph><nodes><node id="a"/></nodes><edges><edge id="e9" target="a"/></edges>'
     '</graph>', "edge 'e9' (? → a):", "no source"),
    ("<nothing/>", "", "no <graph>"),
])
def test_a_broken_gexf_is_refused_where_it_breaks(tmp_path, body, where, why):
    with pytest.raises(LoadError) as caught:
        import_model(_write(tmp_path, body))
    message = str(caught.value)
    assert message.startswith("map.gexf: ") and where in message and why in message


def test_entities_and_foreign_roots_are_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaa">]>'
            '<gexf><graph><nodes><node id="&a;"/></nodes></graph></gexf>')
    path = tmp_path / "bomb.gexf"
    path.write_text(bomb, encoding="utf-8")
    with pytest.raises(LoadError, match="refused unsafe XML"):
        import_model(path)
    other = tmp_path / "other.gexf"
    other.write_text("<graphml/>", encoding="utf-8")
    with pytest.raises(LoadError, match="not <gexf>"):
        import_model(other)


def test_a_gexf_saved_as_xml_is_recognised(tmp_path):
    path = _write(tmp_path, DIRECTED, name="map.xml")
    assert detect_format(path) == "gexf"
    assert import_model(path).model.node("us").label == "United States gov"
