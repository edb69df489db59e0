"""Control characters in a model file are read as every import reads them: removed, with a
note naming the element and field (and in the model's description), and a text holding
nothing else is refused where it is; saving refuses a model holding one, so that a model
file never holds what loading would change or refuse."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.cli import main
from windtunnel.errors import LoadError, SaveError
from windtunnel.io import export_model
from windtunnel.model import Edge, Model, Node, dumps, load, save
from windtunnel.model import fileformat, migrations
from windtunnel.model.control_text import without_controls
from windtunnel.model.fileformat import load_noted, loads_noted

from conftest import examples


def _written(tmp_path, change) -> object:
    """A valid model file of two nodes and an edge, with ``change(raw)`` applied."""
    model = Model()
    model.add_node(Node("a", "Tax"))
    model.add_node(Node("b", "Jobs"))
    model.add_edge(Edge("a", "b", 0.5))
    raw = json.loads(dumps(model))
    change(raw)
    path = tmp_path / "map.wtm"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _dirty(raw) -> None:
    raw["nodes"][0]["label"] = "Tax\x1b[31m"          # a terminal colour code
    raw["edges"][0]["rationale"] = "rises\x85 fast"   # a C1 next line
    raw["title"] = "Map\x7f"


def test_a_model_file_s_control_characters_are_removed_with_a_note(tmp_path):
    model, notes = load_noted(_written(tmp_path, _dirty))
    assert model.node("a").label == "Tax[31m"
    assert model.edges[0].rationale == "rises fast"
    assert model.title == "Map"
    [note] = notes
    assert note.location == "node 'a'.label"
    assert "removed control characters" in note.message and "3 text(s)" in note.message
    assert str(note) in model.description      # said in the model, whoever loaded it
    # an export now carries every text as it reads: nothing turned into U+FFFD
    exported = tmp_path / "map.graphml"
    export_model(model, exported)
    assert "\ufffd" not in exported.read_text(encoding="utf-8")


def test_a_clean_model_file_reads_unchanged_and_says_nothing(tmp_path):
    model, notes = load_noted(_written(tmp_path, lambda raw: None))
    assert notes == () and model.description == ""


@pytest.mark.parametrize("field", ["label", "description"])
def test_a_text_of_only_control_characters_is_refused_where_it_is(tmp_path, field):
    def only_controls(raw):
        raw["nodes"][1]["label" if field == "label" else "description"] = "\x1b\x07"

    if field == "description":        # an empty description is allowed: read as empty
        model = load(_written(tmp_path, only_controls))
        assert model.node("b").description == ""
        return
    with pytest.raises(LoadError) as refused:
        load(_written(tmp_path, only_controls))
    assert [p.location for p in refused.value.problems] == ["node 'b'.label"]
    assert "holds only control characters" in str(refused.value)


def test_saving_refuses_a_control_character_and_writes_nothing(tmp_path):
    model = Model()
    model.add_node(Node("a", "Tax"))
    path = tmp_path / "map.wtm"
    save(model, path)
    before = path.read_bytes()
    model.replace("node", Node("a", "Tax\x01"))
    with pytest.raises(SaveError) as refused:
        save(model, path)
    assert "node 'a'.label: holds the control character U+0001 at character 4" in str(
        refused.value)
    assert path.read_bytes() == before


def test_check_lists_what_reading_removed(tmp_path, capsys):
    assert main(["check", str(_written(tmp_path, _dirty))]) == 0
    out = capsys.readouterr().out
    assert "warning: node 'a'.label: removed control characters" in out


def _read_and_searched(text: str):
    """The reference: the model a file's text gives, its every text searched for control
    characters (as every file once was), and the note; or the refusal's messages."""
    raw = json.loads(text)
    try:
        model = fileformat.model_from_dict(migrations.migrate(raw, raw["version"]))
        return model, without_controls(model)
    except LoadError as exc:
        return [(p.location, p.message) for p in exc.problems]


#: Texts of any characters, control ones (C0, DEL, C1) and escapes' look-alikes often.
TEXTS = st.text(alphabet=st.one_of(st.sampled_from("ab \\/\t\n\r\x00\x08\x0c\x1b\x1f\x7f"
                                                   "\x80\x85\x9f\xa0\u00e9\u2028"),
                                   st.characters(codec="utf-8")), max_size=6)


@settings(max_examples=examples(300), deadline=None)
@given(label=TEXTS, rationale=TEXTS, ascii_only=st.booleans())
def test_a_model_file_s_texts_read_as_when_every_text_was_searched(label, rationale,
                                                                    ascii_only):
    model = Model.from_elements(nodes=[Node("a", "Tax"), Node("b", "Jobs")],
                                edges=[Edge("a", "b", 0.5)])
    raw = json.loads(dumps(model))
    raw["nodes"][0]["label"] = "Tax" + label
    raw["edges"][0]["rationale"] = rationale
    text = json.dumps(raw, ensure_ascii=ascii_only)
    expected = _read_and_searched(text)
    if isinstance(expected, list):
        with pytest.raises(LoadError) as caught:
            loads_noted(text)
        assert [(p.location, p.message) for p in caught.value.problems] == expected
        return
    read, notes = loads_noted(text)
    reference, note = expected
    assert [(n.location, n.message) for n in notes] == (
        [] if note is None else [(note.location, note.message)])
    assert read.nodes == reference.nodes and read.edges == reference.edges


def test_a_file_that_cannot_spell_a_control_character_is_not_searched_for_one(
        tmp_path, monkeypatch):
    def refuse(_model):
        raise AssertionError("the model was searched for control characters")

    monkeypatch.setattr(fileformat, "without_controls", refuse)
    path = _written(tmp_path, lambda raw: raw["nodes"][0].update(label="Tax \u00e9t\u00e9"))
    model, notes = load_noted(path)
    assert model.node("a").label == "Tax \u00e9t\u00e9" and notes == ()
    with pytest.raises(AssertionError):              # one that can is searched
        load_noted(_written(tmp_path, _dirty))


@pytest.mark.parametrize("escape", ["\\u007F", "\\u007f", "\\u001b", "\\u0085", "\\b", "\\f",
                                    "\\u009F", "\x7f", "\x85", "\x9f"])   # or as itself
def test_a_control_character_written_by_hand_is_removed_with_a_note(escape):
    model = Model.from_elements(nodes=[Node("a", "Tax"), Node("b", "Jobs")])
    text = dumps(model).replace('"Tax"', f'"Tax{escape}"')
    read, notes = loads_noted(text)
    assert read.node("a").label == "Tax" and [n.location for n in notes] == [
        "node 'a'.label"]


@settings(max_examples=examples(200), deadline=None)
@given(control=st.sampled_from([chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C,
                                                  *range(0x0E, 0x20), *range(0x7F, 0xA0))]),
       at=st.integers(0, 3))
def test_the_fields_not_searched_can_never_hold_a_control_character(control, at):
    """The search skips an edge's ends, confidence and sources and a node's id, kind and
    sources: no element holding one there passes its own checks, so no model holds one."""
    def spoiled(text):
        return text[:at] + control + text[at:]
    edge = Edge("a", "b", 0.5)
    for changed in (replace(edge, source=spoiled("a")), replace(edge, target=spoiled("b")),
                    replace(edge, confidence=spoiled("low")),
                    replace(edge, sources=(spoiled("s1"),))):
        assert changed.problems()
    node = Node("a", "A")
    for changed in (replace(node, id=spoiled("a")), replace(node, kind=spoiled("actor")),
                    replace(node, sources=(spoiled("s1"),))):
        assert changed.problems()
