"""Mental Modeler and GraphML files that are not what they claim: text that is not valid
Unicode, numbers no double holds, nodes without ids. Each is refused naming the file and
the concept, node, edge or line, or imported with a note; never a traceback, never a node
called "None"."""

from __future__ import annotations

import codecs
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from conftest import examples


def _mmp(tmp_path, text: str, name: str = "map.mmp"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _project(a='"A"', b='"B"', influence="0.5", x="10", description="", notes="") -> str:
    return ('{"info": {"name": "Map", "description": ' + json.dumps(description) + '},'
            ' "concepts": [{"id": "1", "name": ' + a + ', "x": ' + x + ', "y": 0, "notes": '
            + json.dumps(notes) + ', "relationships": [{"id": "2", "influence": ' + influence
            + '}]}, {"id": "2", "name": ' + b + ', "x": 0, "y": 0}]}')


def _refusal(path) -> str:
    with pytest.raises(LoadError) as caught:
        import_model(path)
    return str(caught.value)


# -- Mental Modeler ---------------------------------------------------------------------------

def test_a_cut_off_emoji_in_a_concept_name_is_located(tmp_path):
    message = _refusal(_mmp(tmp_path, _project(a='"Rocket \\ud83d"')))
    assert message.startswith("map.mmp: concepts[0].name") and "lone surrogate U+D83D" in message


@pytest.mark.parametrize("field, value", [("x", "9" * 5000), ("influence", "1" * 400),
                                          ("x", "1e999"), ("influence", "NaN")])
def test_numbers_no_double_holds_are_located_by_their_json_path(tmp_path, field, value):
    path = _mmp(tmp_path, _project(**{field: value}))
    message = _refusal(path)
    where = "concepts[0].x" if field == "x" else "concepts[0].relationships[0].influence"
    assert message.startswith(f"map.mmp: {where}"), message


def test_a_description_over_the_model_limit_is_cut_with_a_note(tmp_path):
    imported = import_model(_mmp(tmp_path, _project(description="d" * 25_000,
                                                    notes="n" * 30_000)))
    model = imported.model
    assert model.description.startswith("d" * 20_000)          # the project's own text
    assert len(model.node("a").description) == 20_000
    notes = " ".join(str(n) for n in imported.notes)
    assert "info, description: 25,000 characters, cut to the 20,000" in notes
    assert "concept 1 (A), notes: 30,000 characters" in notes


def test_a_concept_without_a_name_is_labelled_by_its_id_with_a_note(tmp_path):
    # as Mental Modeler's web version writes it: the relationship keeps the name the
    # concept had when the line was drawn
    text = _project(b='""').replace('"influence": 0.5', '"influence": 0.5, "name": "Logging"')
    imported = import_model(_mmp(tmp_path, text))
    assert imported.model.node("concept-2").label == "Concept 2"
    notes = " ".join(str(n) for n in imported.notes)
    assert ("1 concept without a name, labelled by id: 'Concept 2' (a relationship to it "
            "calls it 'Logging')") in notes
    unnamed_xml = ("<mentalmodeler><concepts><concept><id>7</id><name> </name></concept>"
                   "</concepts></mentalmodeler>")
    notes = " ".join(str(n) for n in import_model(_mmp(tmp_path, unnamed_xml, "x.mmp")).notes)
    assert "1 concept without a name, labelled by id: 'Concept 7'" in notes


def test_a_concept_name_too_long_for_a_label_names_the_concept(tmp_path):
    message = _refusal(_mmp(tmp_path, _project(b=json.dumps("B" * 400))))
    assert message.startswith("map.mmp") and "concept 2, label: text of 400 characters" in message


def test_a_surrogate_reference_in_mental_modeler_xml_is_refused_at_its_line(tmp_path):
    text = ("<mentalmodeler><info><name>M</name></info><concepts>\n"
            "<concept><id>1</id><name>Rocket &#xD83D;</name></concept></concepts>"
            "</mentalmodeler>")
    message = _refusal(_mmp(tmp_path, text))
    assert "map.mmp: line 2" in message and "not valid XML" in message


@pytest.mark.parametrize("form", ["json", "xml"])
@pytest.mark.parametrize(("mark", "encoding", "broken"), [
    (codecs.BOM_UTF16_LE, "utf-16-le", "lone surrogate"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "lone surrogate"), (codecs.BOM_UTF16_LE, "utf-16-le",
                                                          "odd length")])
def test_a_broken_utf16_file_is_refused_as_utf16_at_its_byte(tmp_path, form, mark, encoding,
                                                            broken):
    """A file that starts with a UTF-16 byte-order mark (Windows Notepad's "Unicode") but
    holds a lone surrogate, or ends half-way through a character, was called "not UTF-8
    text" (or, as XML, "not valid XML"): it is broken UTF-16, named at its first bad byte."""
    text = _project() if form == "json" else (
        "<mentalmodeler><info><name>M</name></info><concepts><concept><id>1</id>"
        "<name>A</name></concept></concepts></mentalmodeler>")
    body = text.encode(encoding)
    at = 2 + 20                                   # after the mark, 10 characters in
    lone = "\udc00".encode(encoding, "surrogatepass")
    data = mark + (body[:20] + lone + body[20:] if broken == "lone surrogate" else body + b"A")
    if broken == "odd length":
        at = len(data) - 1
    path = tmp_path / "map.mmp"
    path.write_bytes(data)
    assert _refusal(path) == (f"map.mmp: byte {at}: the file starts with a UTF-16 byte-order "
                              "mark but is not valid UTF-16 text")


# -- GraphML ----------------------------------------------------------------------------------

HEAD = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/'
        'xmlns"><key id="w" for="edge" attr.name="weight" attr.type="{kind}"/>'
        '<graph edgedefault="directed">')


def _graphml(tmp_path, body: str, kind: str = "double"):
    path = tmp_path / "net.graphml"
    path.write_text(HEAD.format(kind=kind) + body + "</graph></graphml>", encoding="utf-8")
    return path


def test_a_node_without_an_id_is_refused_not_called_none(tmp_path):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node/><edge source="a" target="a"/>'))
    assert "net.graphml: <node> element 2 of the file: has no id" in message


def test_a_node_id_written_twice_is_refused(tmp_path):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node id="b"/><node id="a"/>'))
    assert "node 'a': <node> elements 1 and 3 of the file both have this id" in message


def test_an_edge_without_an_end_is_refused(tmp_path):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><edge id="e1" source="a"/>'
                                          '<edge source="a"/>'))
    assert "edge 'e1' (a → ?): has no target" in message
    assert "<edge> element 2 of the file: has no target" in message


def test_nodes_only_edges_name_are_added_with_a_note(tmp_path):
    imported = import_model(_graphml(tmp_path, '<node id="a"/><edge source="a" target="b">'
                                               '<data key="w">0.5</data></edge>'))
    assert sorted(n.id for n in imported.model.nodes) == ["a", "b"]
    assert any("had no <node> element" in str(n) and "'b'" in str(n) for n in imported.notes)


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_long_integer_attribute_past_a_double_is_located(tmp_path, digits):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node id="b"/><edge source="a" '
                                          f'target="b"><data key="w">{"7" * digits}</data>'
                                          "</edge>", kind="long"))
    assert f"net.graphml: edge a → b, attribute 'w': an integer of {digits:,} digits" \
        in message


def test_a_key_declared_twice_for_the_same_kind_of_element_is_refused(tmp_path):
    path = tmp_path / "keys.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<key id="one" for="edge" attr.type="double"/>'
                    '<key id="one" for="edge" attr.type="string"/><graph/></graphml>',
                    encoding="utf-8")
    assert "keys.graphml: key 'one': is declared twice for <edge> elements" in _refusal(path)


@pytest.mark.parametrize("kind, value, why", [
    ("double", "1_0", "'1_0' is not a number"),            # Python's float() reads 10
    ("int", "1_0", "'1_0' is not a whole number"),           # and int() too
    ("int", "1.5", "'1.5' is not a whole number"),           # was "invalid literal for int()"
    ("long", "\u0663", "'\u0663' is not a whole number"),     # an Arabic-Indic 3
])
def test_a_typed_value_outside_xml_schema_s_spelling_is_located(tmp_path, kind, value, why):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node id="b"/><edge source="a" '
                                          f'target="b"><data key="w">{value}</data></edge>',
                                kind=kind))
    assert message == f"net.graphml: edge a → b, attribute 'w': {why}"


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "Infinity", "-Infinity", "NaN",
                                   "INF"])
def test_infinity_and_nan_as_writers_spell_them_refuse_only_a_weight(tmp_path, value):
    """networkx writes nan and inf, Gephi Infinity: a node attribute no import reads does
    not refuse the file (it did, as "not a number"); a weight is refused, quoted as the
    file writes it (as a spreadsheet's cell is), not as Python's nan or inf."""
    path = tmp_path / "net.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<key id="c" for="node" attr.name="clustering" attr.type="double"/>'
                    '<graph edgedefault="directed">'
                    f'<node id="a"><data key="c">{value}</data></node><node id="b"/>'
                    '<edge source="a" target="b"/></graph></graphml>', encoding="utf-8")
    assert {node.id for node in import_model(path).model.nodes} == {"a", "b"}
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node id="b"/><edge source="a" '
                                          f'target="b"><data key="w">{value}</data></edge>'))
    assert message == f"net.graphml: edge a → b, attribute weight: {value!r} is not a number"


@pytest.mark.parametrize("value", ["1e400", "-1E999"])
def test_a_weight_past_a_double_s_range_is_quoted_as_written(tmp_path, value):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node id="b"/><edge source="a" '
                                          f'target="b"><data key="w">{value}</data></edge>'))
    assert message == f"net.graphml: edge a → b, attribute weight: {value} is not a finite number"


def test_a_node_s_initial_level_of_nan_is_quoted_as_written(tmp_path):
    path = tmp_path / "net.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<key id="i" for="node" attr.name="initial" attr.type="double"/>'
                    '<graph edgedefault="directed">'
                    '<node id="a"><data key="i">-Infinity</data></node><node id="b"/>'
                    '<edge source="a" target="b"/></graph></graphml>', encoding="utf-8")
    assert _refusal(path) == ("net.graphml: node 'a', attribute initial: '-Infinity' is "
                              "not a number")


def test_a_weight_that_is_not_a_number_is_located(tmp_path):
    message = _refusal(_graphml(tmp_path, '<node id="a"/><node id="b"/><edge source="a" '
                                          'target="b"><data key="w">strong</data></edge>'))
    assert "net.graphml: edge a → b, attribute 'w': 'strong' is not a number" in message


def test_an_edge_s_label_and_its_description_are_both_kept_in_its_rationale(tmp_path):
    """yEd writes the text on an arrow as the edge's label and its description as an
    attribute "description": both were meant for the rationale, and the labels of every
    edge were dropped as "ignored edge attribute 'rationale'" once one edge had both."""
    path = tmp_path / "yed.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:y="http://www.yworks.com/xml/graphml">'
        '<key id="d12" for="edge" attr.name="description" attr.type="string"/>'
        '<key id="d13" for="edge" yfiles.type="edgegraphics"/>'
        '<graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>'
        '<edge source="a" target="b"><data key="d12">state: up</data><data key="d13">'
        '<y:PolyLineEdge><y:EdgeLabel>Copper</y:EdgeLabel></y:PolyLineEdge></data></edge>'
        '<edge source="b" target="c"><data key="d13"><y:PolyLineEdge>'
        '<y:EdgeLabel>Fibre</y:EdgeLabel></y:PolyLineEdge></data></edge>'
        '<edge source="c" target="a"><data key="d12">planned</data></edge>'
        '</graph></graphml>', encoding="utf-8")
    imported = import_model(path)
    model = imported.model
    assert model.edge("a", "b").rationale == "Copper\n\nstate: up"
    assert model.edge("b", "c").rationale == "Fibre"
    assert model.edge("c", "a").rationale == "planned"
    assert not any("ignored edge" in str(n) for n in imported.notes)


def test_a_key_s_type_applies_only_to_the_elements_it_is_declared_for(tmp_path):
    """A node's and an edge's "type" with different types: the node's value written with
    the edge key's id (a number) was refused as "not a number"; it is read as text, as
    the node's type, and the edge's type key still types edges."""
    path = tmp_path / "types.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="kind" for="node" attr.name="type" attr.type="string"/>'
        '<key id="sign" for="edge" attr.name="type" attr.type="double"/>'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
        '<graph edgedefault="directed"><node id="a"><data key="sign">policy</data></node>'
        '<node id="b"><data key="kind">stakeholder</data></node>'
        '<edge source="a" target="b"><data key="w">0.5</data></edge>'
        '<edge source="b" target="a"><data key="sign">often</data></edge>'
        '</graph></graphml>', encoding="utf-8")
    assert "edge b → a, attribute 'sign': 'often' is not a number" in _refusal(path)
    path.write_text(path.read_text().replace("often", "-1"), encoding="utf-8")
    model = import_model(path).model
    assert (model.node("a").kind, model.node("b").kind) == ("restriction", "actor")
    assert model.edge("a", "b").weight == 0.5


def test_graphml_written_without_its_namespace_is_read(tmp_path):
    path = tmp_path / "bare.graphml"
    path.write_text('<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/>'
                    '<graph edgedefault="directed"><node id="a"/><node id="b"/>'
                    '<edge source="a" target="b"><data key="w">-0.4</data></edge>'
                    '</graph></graphml>', encoding="utf-8")
    assert import_model(path).model.edge("a", "b").weight == -0.4


def test_a_surrogate_in_graphml_is_refused_at_its_line(tmp_path):
    message = _refusal(_graphml(tmp_path, '<node id="a">\n<data key="w">x&#xD83D;</data>'
                                          "</node>"))
    assert "net.graphml: line 2" in message


def test_elements_nested_past_any_graph_are_refused_not_a_recursion_error(tmp_path):
    deep = "".join(f'<node id="n{i}"><graph>' for i in range(400)) + "</graph></node>" * 400
    assert _refusal(_graphml(tmp_path, deep)) == (
        "net.graphml: elements are nested more than 256 deep; no graph file nests so deep")
    gexf = tmp_path / "deep.gexf"
    gexf.write_text('<gexf xmlns="http://gexf.net/1.3"><graph><nodes>'
                    + "".join(f'<node id="n{i}"><nodes>' for i in range(400))
                    + "</nodes></node>" * 400 + "</nodes></graph></gexf>", encoding="utf-8")
    assert "deep.gexf: elements are nested more than 256 deep" in _refusal(gexf)


def test_an_encoding_python_knows_is_read_and_an_unknown_one_is_named(tmp_path):
    text = HEAD.format(kind="string") + ('<node id="a"><data key="w">炭素税</data></node>'
                                         "</graph></graphml>")
    sjis = tmp_path / "sjis.graphml"
    sjis.write_bytes(text.replace("UTF-8", "Shift_JIS").encode("shift_jis"))
    assert [n.id for n in import_model(sjis).model.nodes] == ["a"]
    bogus = tmp_path / "bogus.graphml"
    bogus.write_bytes(text.replace("UTF-8", "x-bogus").encode("utf-8"))
    assert _refusal(bogus) == ("bogus.graphml: the file declares the encoding 'x-bogus', "
                               "which is not one Windtunnel knows; save it as UTF-8")
    broken = tmp_path / "broken.graphml"
    broken.write_bytes(text.replace("UTF-8", "Shift_JIS").encode("shift_jis") + b"\xff\xff")
    assert "broken.graphml: byte " in _refusal(broken)
    assert "not valid Shift_JIS text" in _refusal(broken)


@pytest.mark.parametrize("suffix, text", [
    (".graphml", '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                 '<graph edgedefault="directed"><node id="caf\xe9"/></graph></graphml>'),
    (".gexf", '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>\n'
              '<node id="a" label="Caf\xe9"/></nodes></graph></gexf>'),
    (".mmp", "<mentalModeler><concepts><concept><id>1</id><name>Caf\xe9</name></concept>"
             "</concepts></mentalModeler>")])
def test_xml_in_a_windows_code_page_without_a_declaration_is_refused_at_its_byte(
        tmp_path, suffix, text):
    """An XML file that declares no encoding is UTF-8; saved by an editor in Windows-1252,
    its accented letter is a byte UTF-8 has not: the refusal says so at that byte, where
    the XML parser said only "not valid XML"."""
    path = tmp_path / f"latin{suffix}"
    path.write_bytes(text.encode("cp1252"))
    at = text.index("\xe9")
    line, byte = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    assert _refusal(path) == (f"latin{suffix}: line {line}, byte {byte}: the file declares no "
                              "encoding, so it is UTF-8, and this byte is not: save it as "
                              "UTF-8, or name its encoding in its first line (<?xml "
                              'version="1.0" encoding="windows-1252"?>)')
    path.write_bytes(('<?xml version="1.0" encoding="windows-1252"?>' + text.split("?>")[-1])
                     .encode("cp1252"))
    assert "caf\xe9" in {n.label.casefold() for n in import_model(path).model.nodes}


def test_values_whose_key_no_key_element_declares_are_read_as_text_and_noted(tmp_path):
    """As graphology reads them: by the key's id, as text; the note names them."""
    imported = import_model(_graphml(
        tmp_path, '<node id="a"/><node id="b"><data key="label">Beta</data>'
                  '<data key="d9">x</data></node><edge source="a" target="b"><data '
                  'key="weight">0.4</data></edge>'))
    model = imported.model
    assert model.node("b").label == "Beta"
    assert [(e.key, e.weight) for e in model.edges] == [(("a", "b"), 0.4)]
    notes = " ".join(str(n) for n in imported.notes)
    assert "read 3 attributes that no <key> element declares" in notes
    assert "'label', 'd9', 'weight'" in notes


def test_a_key_of_a_type_graphml_does_not_define_is_read_as_text(tmp_path):
    path = tmp_path / "typed.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" '
                    'for="edge" attr.name="weight" attr.type="decimal"/><graph '
                    'edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" '
                    'target="b"><data key="w">0.25</data></edge></graph></graphml>',
                    encoding="utf-8")
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges] == [0.25]
    assert "a type GraphML does not define, as text: 'weight'" in " ".join(
        str(n) for n in imported.notes)


def test_a_file_of_several_graphs_is_refused_not_read_as_its_first(tmp_path):
    path = tmp_path / "two.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<graph id="north" edgedefault="directed"><node id="a"/><node id="b"/>'
                    '<edge source="a" target="b"/></graph><graph id="south" '
                    'edgedefault="directed"><node id="c"/></graph></graphml>', encoding="utf-8")
    assert _refusal(path) == ("two.graphml: holds 2 graphs ('north', 'south'), and a map is "
                              "one: reading the first would drop the others; save each graph "
                              "as a file of its own, or move their nodes into one graph")


def test_an_edge_without_a_weight_takes_its_keys_declared_default(tmp_path):
    """GraphML's ``<default>``: an edge that gives no weight has the key's default one (7
    here, the largest, so the map is divided by 7), not the +0.5 of an unweighted edge."""
    path = tmp_path / "defaults.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" '
                    'for="edge" attr.name="weight" attr.type="double"><default>7</default>'
                    '</key><graph edgedefault="directed"><node id="a"/><node id="b"/>'
                    '<node id="c"/><edge source="a" target="b"/><edge source="b" target="c">'
                    '<data key="w">0.5</data></edge></graph></graphml>', encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [
        ("a", "b", 1.0), ("b", "c", pytest.approx(0.5 / 7))]
    assert any("divided by 7" in str(n) for n in imported.notes)


def test_a_graph_without_edges_is_not_said_to_have_given_its_edges_a_weight(tmp_path):
    imported = import_model(_graphml(tmp_path, '<node id="a"/><node id="b"/><edge source="a" '
                                              'target="a"><data key="w">0.5</data></edge>'))
    notes = [str(n) for n in imported.notes]
    assert notes[0] == "skipped 1 self-loop, an edge from a node to itself: 'a'"
    assert len(notes) == 2 and notes[1].startswith("holds no edges")   # none left


def test_self_loops_skipped_are_named_by_their_nodes(tmp_path):
    """The note said how many self-loops were skipped, not whose (a table's names rows)."""
    imported = import_model(_graphml(tmp_path, '<key id="l" for="node" attr.name="label" '
                                              'attr.type="string"/><node id="a"><data key="l">'
                                              'Tax</data></node><node id="b"/><edge source="a" '
                                              'target="a"/><edge source="b" target="b"/>'
                                              '<edge source="a" target="b"/>'))
    assert ("skipped 2 self-loops, an edge from a node to itself: 'Tax' (id a), 'b'"
            in [str(n) for n in imported.notes])


@pytest.mark.parametrize("codec", ["base64", "zlib", "rot13"])
def test_an_encoding_that_is_a_codec_of_bytes_is_named_not_a_lookup_error(tmp_path, codec):
    """Python knows base64 or zlib by name, but not as a text encoding: its decode raised a
    LookupError past the import (an unexpected error, not a refusal)."""
    path = tmp_path / "codec.graphml"
    path.write_text(HEAD.replace("UTF-8", codec).format(kind="string")
                    + '<node id="a"/></graph></graphml>', encoding="utf-8")
    assert _refusal(path) == (f"codec.graphml: the file declares the encoding {codec!r}, "
                              "which is not one Windtunnel knows; save it as UTF-8")


def test_a_file_whose_root_is_not_graphml_is_refused_by_its_root(tmp_path):
    path = tmp_path / "other.graphml"
    path.write_text('<gexf xmlns="http://gexf.net/1.3"><graph/></gexf>', encoding="utf-8")
    assert _refusal(path) == "other.graphml: the XML root is <gexf>, not <graphml>"


def test_a_number_key_without_an_id_is_no_crash(tmp_path):
    path = tmp_path / "keys.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key for="node" '
                    'attr.name="x" attr.type="double"/><graph><node id="a"><data>1</data>'
                    "</node><node id='b'/></graph></graphml>", encoding="utf-8")
    assert sorted(n.id for n in import_model(path).model.nodes) == ["a", "b"]


def test_a_yed_group_box_that_is_not_numbers_is_located(tmp_path):
    path = tmp_path / "group.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/'
        'xml/graphml"><key id="d" for="node" yfiles.type="nodegraphics"/><graph '
        'edgedefault="directed"><node id="g"><data key="d"><y:ProxyAutoBoundsNode><y:Realizers '
        'active="0"><y:GroupNode><y:Geometry x="12" y="q"/><y:NodeLabel>Supply</y:NodeLabel>'
        '</y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data><graph><node id="g::a"/>'
        '</graph></node><node id="b"/><edge source="g" target="b"/></graph></graphml>',
        encoding="utf-8")
    assert _refusal(path) == "group.graphml: node 'Supply' (id g), attribute y: 'q' is not a number"


def test_a_scenario_whose_concepts_are_not_a_list_clamps_nothing(tmp_path):
    path = _mmp(tmp_path, '{"concepts": [{"id": "1", "name": "A"}], "scenarios": '
                          '[{"name": "s", "concepts": 5}]}')
    imported = import_model(path)
    assert not imported.model.scenarios
    assert any("skipped 1 scenario with no concept clamped: 's'" in str(n)
               for n in imported.notes)


# -- property: arbitrary Mental Modeler JSON texts --------------------------------------------

HOSTILE_TOKENS = st.sampled_from(['"\\ud83d"', '"\\udc00x"', "1" * 400, "9" * 5000, "1e999",
                                  "NaN", "-Infinity", '"H+"', '"undefined"', "null", "[]",
                                  "{}", '""', '"0.2_5"', "true"])


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(a=HOSTILE_TOKENS, b=HOSTILE_TOKENS, influence=HOSTILE_TOKENS, x=HOSTILE_TOKENS)
def test_any_mental_modeler_value_is_imported_or_refused_with_a_place(tmp_path, a, b,
                                                                     influence, x):
    path = _mmp(tmp_path, _project(a=a, b=b, influence=influence, x=x))
    try:
        imported = import_model(path)
    except LoadError as exc:
        assert exc.source == "map.mmp" and exc.problems
        for problem in exc.problems:
            text = str(problem)
            text.encode("utf-8")                               # always printable
            assert problem.location, text                       # always placed
        return
    for node in imported.model.nodes:
        node.label.encode("utf-8")
    assert "None" not in {n.label for n in imported.model.nodes}
