"""GEXF import: versions alike, what each part of a file becomes, and located refusals."""

from __future__ import annotations

from pathlib import Path

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


def test_gephi_s_meta_gives_the_title_and_description_and_the_note_names_the_title(tmp_path):
    """Gephi writes the workspace's title and description in <meta>: the title is the
    model's, said in the import's note; the description is the model's description."""
    meta = ('<meta lastmodifieddate="2026-12-01"><creator>Gephi 0.10.1</creator>'
            '<title>Export controls map</title>'
            '<description>Actors and restrictions, workshop of 3 May</description></meta>')
    imported = import_model(_write(tmp_path, DIRECTED.replace(
        "<meta><title>Chips</title><description>Who moves whom</description></meta>", meta)))
    assert imported.model.title == "Export controls map"
    assert imported.model.description.startswith("Actors and restrictions, workshop of 3 May")
    assert any("titled 'Export controls map'" in note.message for note in imported.notes)


def test_a_gexf_description_without_a_title_leaves_the_file_s_name_as_title(tmp_path):
    """Gephi 0.8 wrote a description alone: it describes the map; the title stays the
    file's name, with no note of a title."""
    imported = import_model(_write(tmp_path, DIRECTED.replace(
        "<meta><title>Chips</title>", '<meta lastmodifieddate="2011-09-05"><creator>Gephi '
                                      '0.8</creator>'), name="workshop.gexf"))
    assert imported.model.title == "workshop"
    assert imported.model.description.startswith("Who moves whom")
    assert not any("titled" in note.message for note in imported.notes)


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
    assert any("gives 1 of its nodes and 1 of its edges the times when they exist"
               in n.message for n in imported.notes)


REAL = Path(__file__).parents[1] / "data" / "real"


def test_a_dynamic_gexf_weight_is_the_one_in_effect_at_the_end_whatever_the_order(tmp_path):
    """A weight given for several times was read as the last the file lists, whichever
    time that was: listed latest first, the edge took its earliest weight. It takes the
    one in effect at the end, as a Gephi table's dynamic weight does."""
    path = tmp_path / "dynamic.gexf"
    path.write_text(
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" '
        'defaultedgetype="directed" timeformat="double"><attributes class="edge" '
        'mode="dynamic"><attribute id="weight" title="Weight" type="double"/></attributes>'
        '<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/>'
        '</nodes><edges>'
        '<edge id="0" source="a" target="b"><attvalues>'
        '<attvalue for="weight" value="-0.5" start="2005" end="2010"/>'
        '<attvalue for="weight" value="0.25" start="2000" end="2005"/></attvalues></edge>'
        '<edge id="1" source="b" target="c"><attvalues>'
        '<attvalue for="weight" value="0.75" timestamp="2012"/>'
        '<attvalue for="weight" value="0.125" timestamp="2001"/></attvalues></edge>'
        '</edges></graph></gexf>', encoding="utf-8")
    model = import_model(path).model
    assert {(e.source, e.target): e.weight for e in model.edges} == {
        ("a", "b"): -0.5, ("b", "c"): 0.75}


def test_what_a_dynamic_gexf_says_about_time_and_a_map_does_not_keep_is_noted():
    """Gephi's dynamic files: a weight given for two times was read as its last value
    without a word, and timestamps (GEXF 1.3) or spells were not seen at all."""
    weights = import_model(REAL / "gephi_dynamicedgeweight.gexf")
    notes = [n.message for n in weights.notes]
    assert any("these edge attributes change over time in the GEXF file: 'Weight'; each "
               "edge kept only the value in effect at the end (the latest time the file "
               "gives it), not the earlier ones" in n for n in notes)
    assert [e.weight for e in weights.model.edges] == [1.0]      # 2, the latest, rescaled
    stamped = import_model(REAL / "gephi_timezone.gexf")
    assert ("the GEXF file gives 2 of its nodes the times when they exist (spells, start "
            "and end); those times were not kept: a map has no time line, so every node "
            "was read as if it always existed") in [n.message for n in stamped.notes]


def _timed_gexf(tmp_path, title: str, edge_times: str = "", spells: bool = True
                ) -> list[str]:
    """The notes on a GEXF file not marked dynamic whose node A has a node attribute
    ``title`` given for two times (and spells when ``spells``); its edge has
    ``edge_times``."""
    spelt = '<spells><spell start="2001" end="2003"/><spell start="2005"/></spells>'
    body = f"""
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="p" title="{title}" type="string"/></attributes>
    <nodes>
      <node id="a" label="A">
        {spelt if spells else ""}
        <attvalues><attvalue for="p" value="North" start="2001"/><attvalue for="p" value="South" start="2002"/></attvalues>
      </node>
      <node id="b" label="B"/>
    </nodes>
    <edges><edge source="a" target="b" weight="0.5" {edge_times}/></edges>
  </graph>"""
    return [n.message for n in import_model(_write(tmp_path, body)).notes]


def test_spells_and_a_read_attribute_over_time_are_noted_in_a_file_not_marked_dynamic(
        tmp_path):
    """A node with times and none of the edges: no edge count is said ("and 0 of its
    edges"), and the group that changes over time says it kept the value at the end."""
    notes = _timed_gexf(tmp_path, "group")
    assert ("the GEXF file gives 1 of its nodes the times when they exist (spells, start "
            "and end); those times were not kept: a map has no time line, so every node "
            "was read as if it always existed") in notes
    assert not [n for n in notes if "of its edges" in n]
    assert ("these node attributes change over time in the GEXF file: 'group'; each node "
            "kept only the value in effect at the end (the latest time the file gives it), "
            "not the earlier ones") in notes


def test_an_ignored_attribute_that_changes_over_time_is_named_once_as_ignored(tmp_path):
    """An attribute that changes over time but that the map does not read was named twice,
    as keeping its value at the end and as ignored: one note, the true one, names it."""
    notes = _timed_gexf(tmp_path, "price")
    assert "ignored node attribute 'price'" in notes
    assert not [n for n in notes if "change over time" in n]


def test_edges_with_times_and_no_node_with_any_are_counted_as_edges_alone(tmp_path):
    notes = _timed_gexf(tmp_path, "group", edge_times='start="2002"', spells=False)
    assert ("the GEXF file gives 1 of its edges the times when they exist (spells, start "
            "and end); those times were not kept: a map has no time line, so every edge "
            "was read as if it always existed") in notes
    assert not [n for n in notes if "of its nodes" in n]


def test_a_static_gexf_gets_no_note_about_time(tmp_path):
    notes = [n.message for n in import_model(_write(tmp_path, DIRECTED)).notes]
    assert not [n for n in notes if "time" in n]


def test_an_edge_to_a_node_the_file_does_not_list_adds_the_node_as_graphml_does(tmp_path):
    """As Gephi's own import does (and the GraphML import did): the node is added and the
    note names it; the GEXF import refused the whole file."""
    body = """<graph defaultedgetype="directed"><nodes><node id="a" label="A"/></nodes>
      <edges><edge source="a" target="zz" weight="0.4"/></edges></graph>"""
    gexf = import_model(_write(tmp_path, body))
    (tmp_path / "map.graphml").write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
        '<node id="a"/><edge source="a" target="zz"/></graph></graphml>', encoding="utf-8")
    graphml = import_model(tmp_path / "map.graphml")
    for imported in (gexf, graphml):
        assert [n.id for n in imported.model.nodes] == ["a", "zz"]
        assert any("1 node named by edges had no <node> element and were added: 'zz'"
                   in n.message for n in imported.notes)
    assert [(e.source, e.target, e.weight) for e in gexf.model.edges] == [("a", "zz", 0.4)]


def test_a_graph_file_s_node_names_are_not_gathered_as_a_list_of_the_map_s_nodes(
        tmp_path, monkeypatch):
    """A graph file's nodes are no analyst's list (its edges may add nodes), so the names
    its nodes write are not gathered for one: the Nodes sheet reader folded every id and
    label of every GEXF and GraphML file, then discarded them. A workbook's Nodes sheet
    still gathers them (an edge there may name no other node)."""
    from windtunnel.io import nodes_sheet
    folded = []

    def counted(text):
        folded.append(text)
        return loose_key(text)

    loose_key = nodes_sheet.loose_key
    monkeypatch.setattr(nodes_sheet, "loose_key", counted)
    body = """<graph defaultedgetype="directed"><nodes><node id="a" label="Alpha"/>
      <node id="b" label="Beta"/></nodes><edges><edge source="a" target="b" weight="0.4"/>
      </edges></graph>"""
    assert len(import_model(_write(tmp_path, body)).model.edges) == 1
    assert "a" not in folded and "b" not in folded     # the ids: only a list folds them
    (tmp_path / "map.csv").write_text("ID,Label\na,Alpha\nb,Beta\n", encoding="utf-8")
    import_model(tmp_path / "map.csv")
    assert "a" in folded and "b" in folded


def test_attributes_titled_as_the_graph_library_s_arguments_stay_attributes(tmp_path):
    """An attribute may be titled anything: ``node_for_adding`` or ``u_for_edge`` raised a
    TypeError (a traceback), and ``key`` made two parallel edges of one value one edge,
    the first's weight lost without a note."""
    body = """<graph defaultedgetype="directed">
      <attributes class="node"><attribute id="0" title="node_for_adding" type="string"/>
      </attributes>
      <attributes class="edge"><attribute id="1" title="key" type="string"/>
        <attribute id="2" title="u_for_edge" type="string"/></attributes>
      <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="x"/></attvalues>
      </node><node id="b" label="B"/></nodes>
      <edges><edge source="a" target="b" weight="0.3"><attvalues><attvalue for="1" value="k"/>
        <attvalue for="2" value="u"/></attvalues></edge>
      <edge source="a" target="b" weight="-0.6"><attvalues><attvalue for="1" value="k"/>
      </attvalues></edge></edges></graph>"""
    imported = import_model(_write(tmp_path, body))
    assert [(e.source, e.target, round(e.weight, 6)) for e in imported.model.edges] == [
        ("a", "b", -0.3)]
    notes = [str(n) for n in imported.notes]
    assert any("ignored node attribute 'node_for_adding'" in n for n in notes)
    assert any("a → b (2 times)" in n for n in notes)


def test_an_unweighted_gexf_gets_the_unweighted_convention(tmp_path):
    body = """<graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes>
      <edges><edge source="a" target="b"/></edges></graph>"""
    imported = import_model(_write(tmp_path, body))
    assert [e.weight for e in imported.model.edges] == [0.5]
    assert any("every edge got the weight +0.5" in n.message for n in imported.notes)


@pytest.mark.parametrize("body, where, why", [
    ('<graph><nodes><node label="x"/></nodes></graph>', "<node> element 1 of the file, labelled 'x'",
     "has no id"),
    ('<graph><nodes><node id="a"/><node id="a"/></nodes></graph>', "node 'a'",
     "listed twice"),
    ('<graph><nodes><node id="a"/></nodes><edges><edge source=" " target="a"/></edges>'
     '</graph>', "<edge> element 1 of the file", "no source"),
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


def test_numbered_labels_beside_numbered_ids_raise_no_note_about_which_is_meant(tmp_path):
    """graphology's celegans.gexf numbers its nodes from 0 and labels them from 1, as many
    exports do: every edge (by id, as GEXF's edges always are) drew a note that its ends
    are "the id of one node and the label of another", telling the analyst to write the
    other node's id to mean it, in a file whose edges cannot name a label."""
    path = _write(tmp_path, """
  <graph defaultedgetype="directed">
    <nodes><node id="0" label="1"/><node id="1" label="2"/><node id="2" label="3"/></nodes>
    <edges><edge source="1" target="2"/><edge source="2" target="0"/></edges>
  </graph>""")
    imported = import_model(path)
    label = {n.id: n.label for n in imported.model.nodes}
    assert {(label[e.source], label[e.target]) for e in imported.model.edges} == {
        ("2", "3"), ("3", "1")}
    assert not any("label of another" in str(n) for n in imported.notes)
    real = import_model(Path(__file__).parents[1] / "data" / "real" /
                        "graphology_celegans.gexf")
    assert len(real.model.nodes) == 306
    assert not any("label of another" in str(n) for n in real.notes)


def test_a_typed_attribute_s_null_is_no_value_as_gephi_writes_it(tmp_path):
    """Gephi's export with "include null attribute values" writes value="null" for a node
    without a value of a double attribute: it was refused as "'null' is not a number";
    it is no value (the default), and a text attribute's "null" stays text."""
    body = """<graph defaultedgetype="directed"><attributes class="node">
        <attribute id="value" title="value" type="double"/>
        <attribute id="note" title="description" type="string"/></attributes>
      <nodes><node id="1"><attvalues><attvalue for="value" value="null"/>
        <attvalue for="note" value="null"/></attvalues></node>
      <node id="2"><attvalues><attvalue for="value" value="0.4"/></attvalues></node></nodes>
      <edges><edge source="1" target="2" weight="0.5"/></edges></graph>"""
    model = import_model(_write(tmp_path, body)).model
    assert (model.node("1").initial, model.node("2").initial) == (0.0, 0.4)
    assert model.node("1").description == "null"


def test_a_node_s_pid_names_its_parent_whose_label_becomes_its_group(tmp_path):
    """GEXF 1.1-1.2 writes the hierarchy flat, each node naming its parent by ``pid``
    (as Cytoscape's GEXF app reads it); the parents were dropped without a word. A parent
    no edge touches holds its nodes only, as a nested node's parent does; a ``pid`` naming
    no node is the group's name; a cycle of parents is only names."""
    body = """
  <graph defaultedgetype="directed">
    <nodes>
      <node id="gov" label="Government" pid="lab"/>
      <node id="tax" label="Fuel tax" pid="gov"/>
      <node id="use" label="Car use" pid="people"/>
      <node id="lab" label="Research" pid="gov"/>
      <node id="box" label="Unlinked box"/>
      <node id="x" label="Inside the box" pid="box"/>
    </nodes>
    <edges><edge source="tax" target="use"/><edge source="gov" target="lab"/>
           <edge source="x" target="use"/></edges>
  </graph>"""
    imported = import_model(_write(tmp_path, body, head=HEAD_13.replace("1.3", "1.2")))
    groups = {node.label: node.group for node in imported.model.nodes}
    assert groups == {"Government": "Research", "Fuel tax": "Government",
                      "Car use": "people", "Research": "Government",
                      "Inside the box": "Unlinked box"}
    assert any("1 node holding other nodes" in note.message for note in imported.notes)


def test_a_node_s_parents_are_noted_as_not_kept(tmp_path):
    """GEXF 1.2's ``<parents>`` (a node's links to one or more parents) were dropped
    without a word; the note names the nodes that had them, and their groups stay as the
    nesting and the ``pid`` give them."""
    body = """
  <graph defaultedgetype="directed">
    <nodes>
      <node id="gov" label="Government"/>
      <node id="tax" label="Fuel tax"><parents><parent for="gov"/></parents></node>
      <node id="use" pid="gov"><parents><parent for="gov"/><parent for="tax"/></parents></node>
      <node id="lab" label="Research"><parents/></node>
    </nodes>
    <edges><edge source="tax" target="use"/><edge source="gov" target="lab"/></edges>
  </graph>"""
    imported = import_model(_write(tmp_path, body, head=HEAD_13.replace("1.3", "1.2")))
    notes = [note.message for note in imported.notes if "<parents>" in note.message]
    assert notes == ["the parent links of 2 nodes (GEXF 1.2's <parents>) were not kept: "
                     "'Fuel tax' (id tax), 'use'; a node's group comes only from the node it "
                     "is nested in, or from its pid"]
    assert {node.id: node.group for node in imported.model.nodes} == {
        "gov": "", "tax": "", "use": "Government", "lab": ""}


def test_a_gexf_without_parents_gets_no_note_about_them(tmp_path):
    imported = import_model(_write(tmp_path, DIRECTED))
    assert not any("<parents>" in note.message for note in imported.notes)


def test_gexf4j_s_dynamic_graph_names_its_changing_indegree_once_as_ignored():
    """gexf4j's dynamic graph gives 'indegree' a value for several times, an attribute the
    map does not read: it was said both to keep its value at the end and to be ignored."""
    notes = [n.message for n in import_model(REAL / "gexf4j_dynamicGraph.gexf").notes]
    assert "ignored node attributes 'frog', 'url', 'indegree'" in notes
    assert not [n for n in notes if "change over time" in n]
    assert any(n.startswith("the GEXF file gives 3 of its nodes and 5 of its edges") for n in notes)


def test_gexf_1_0_values_written_without_attvalues_are_read(tmp_path):
    """GEXF 1.0 writes an element's values straight inside it (libgexf's legacy sample),
    with its edge types dir, sim and dou: the values were passed over without a word (an
    edge's weight among them) and a dou edge was read one way."""
    body = """<graph defaultedgetype="dir"><attributes class="edge">
      <attribute id="0" title="weight" type="float"/></attributes>
      <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
      <edges><edge source="a" target="b" type="dou"><attvalue id="0" value="-0.4"/></edge>
      </edges></graph>"""
    imported = import_model(_write(tmp_path, body, head='<gexf version="1.0">'))
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [
        ("a", "b", -0.4), ("b", "a", -0.4)]
