"""Control characters in a model file are read as every import reads them: removed, with a
note naming the element and field (and in the model's description), and a text holding
nothing else is refused where it is; saving refuses a model holding one, so that a model
file never holds what loading would change or refuse."""

from __future__ import annotations

import json

import pytest

from windtunnel.cli import main
from windtunnel.errors import LoadError, SaveError
from windtunnel.io import export_model
from windtunnel.model import Edge, Model, Node, dumps, load, save
from windtunnel.model.fileformat import load_noted


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
