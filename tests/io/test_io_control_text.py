"""Control characters in imported text are removed, the same way for every format, with a
note: a label that kept them would come back from any export with U+FFFD in their place."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import export_model, import_model
from windtunnel.model import Edge, Model, Node
from windtunnel.model.control_text import without_controls
from windtunnel.model.participants import Participant

# A stray \x01 and a terminal colour code (ESC [31m) before the label's end.
DIRTY = "A\x01\x1b[31m"
# XML 1.0 cannot hold C0 characters at all, so XML files bring C1 ones: CSI (\x9b) and DEL.
DIRTY_XML = "A\x9b31m\x7f"

FILES = {
    "edges.csv": "From,To,Weight\r\n" + DIRTY + ",B,0.5\r\n",
    "map.graphml": ('<?xml version="1.0" encoding="UTF-8"?><graphml '
                    'xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" '
                    'attr.name="label" attr.type="string"/><graph edgedefault="directed">'
                    '<node id="a"><data key="l">' + DIRTY_XML + '</data></node><node id="b">'
                    '<data key="l">B</data></node><edge source="a" target="b"/></graph>'
                    '</graphml>'),
    "map.gexf": ('<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" '
                 'version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="'
                 + DIRTY_XML + '"/><node id="b" label="B"/></nodes><edges><edge source="a" '
                 'target="b" weight="0.5"/></edges></graph></gexf>'),
    "map.mmp": ('{"concepts": [{"id": "1", "name": "A\\u0001\\u001b[31m", "relationships": '
                '[{"id": "2", "influence": 0.5}]}, {"id": "2", "name": "B"}]}'),
    "kumu.json": ('{"elements": [{"id": "a", "label": "A\\u0001\\u001b[31m"}, {"id": "b", '
                  '"label": "B"}], "connections": [{"from": "a", "to": "b", "weight": 0.5}]}'),
}


@pytest.mark.parametrize("name", FILES)
def test_every_import_removes_control_characters_from_labels_and_says_where(tmp_path, name):
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    imported = import_model(path)
    labels = sorted(node.label for node in imported.model.nodes)
    assert labels == ["A31m", "B"] if name.endswith(("graphml", "gexf")) else ["A[31m", "B"]
    [note] = [n for n in imported.notes if "control characters" in str(n)]
    assert note.location.startswith("node ") and note.location.endswith(".label")
    assert "1 text(s)" in note.message
    assert "control characters" in imported.model.description


@pytest.mark.parametrize("export", ["model.xlsx", "map.graphml", "matrix.csv"])
def test_an_imported_label_comes_back_unchanged_from_every_export(tmp_path, export):
    source = tmp_path / "edges.csv"
    source.write_text(FILES["edges.csv"], encoding="utf-8")
    imported = import_model(source).model
    out = tmp_path / export
    export_model(imported, out)
    again = import_model(out).model
    assert sorted(n.label for n in again.nodes) == sorted(n.label for n in imported.nodes) \
        == ["A[31m", "B"]


def test_text_other_than_labels_is_cleaned_and_tabs_and_line_breaks_are_kept(tmp_path):
    path = tmp_path / "kumu.json"
    path.write_text('{"elements": [{"id": "a", "label": "A", "description": '
                    '"line one\\nline\\ttwo\\u0007\\u0085"}, {"id": "b", "label": "B"}], '
                    '"connections": [{"from": "a", "to": "b", "weight": 0.5}]}',
                    encoding="utf-8")
    imported = import_model(path)
    [node] = [n for n in imported.model.nodes if n.label == "A"]
    assert node.description == "line one\nline\ttwo"
    assert any(n.location.endswith(".description") for n in imported.notes)


def test_a_label_of_control_characters_alone_is_refused_where_it_is(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\r\n\x01\x02,B,0.5\r\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert "holds only control characters" in str(caught.value)
    assert "label" in str(caught.value)


def test_a_participant_s_own_nodes_are_cleaned_too():
    """A participant's texts and the nodes only their map has are walked as well (the
    participants' workbook and folder imports bring them)."""
    model = Model()
    model.add_node(Node("a", "A"))
    model.add_participant(Participant("p", "Ann\x1b[0m", nodes=(Node("b", "B\x01"),)))
    note = without_controls(model)
    [participant] = model.participants
    assert (participant.label, participant.nodes[0].label) == ("Ann[0m", "B")
    assert note.location == "participant 'p'.label" and "2 text(s)" in note.message


@pytest.mark.parametrize("around", ["ab{}cd", "\u00e9{}", "{}"])
def test_every_control_character_is_found_in_ascii_text_and_in_any_other(around):
    """ASCII text is searched as bytes, any other by the regular expression: both find
    exactly the control characters (C0 but tab and line breaks, DEL, C1), in a description
    of an edge among ordinary ones."""
    codes = [*range(0x00, 0xA1), 0x2028, 0xFFFD]
    for code in codes:
        model = Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")])
        model.add_edge(Edge("a", "b", 0.5, rationale=around.format(chr(code))))
        note = without_controls(model)
        control = code < 0x20 and chr(code) not in "\t\n\r" or 0x7F <= code <= 0x9F
        assert (note is not None) == control, hex(code)
        assert model.edges[0].rationale == around.format("" if control else chr(code))


def test_a_note_quoting_a_cell_of_control_characters_names_them_and_the_model_saves_as_read(
        tmp_path):
    """A Type cell holding DEL (categories, not signs) was quoted as it was in the import's
    note, which the model's description keeps: the model held a control character that
    saving and loading drop, so the imported model and the one loaded back differed. The
    note names the character instead."""
    from windtunnel.model import dumps, loads

    path = tmp_path / "edges.csv"
    path.write_text("Source,Target,Type,Weight\n1,2,\x7f,0.5\n", encoding="utf-8")
    model = import_model(path).model
    assert "holds categories (U+007F), not signs" in model.description
    assert loads(dumps(model)) == model
