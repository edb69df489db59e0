"""A graph file's node attribute with a generic name (``value``, ``level``, ``state``) is
read as the initial levels only when every value is one, and the import note says which
way it was read: Gephi's users keep counts and codes in a ``value``."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from io_helpers import REAL

NODE_VALUE = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="v" title="{title}" type="{type}"/></attributes>
    <nodes>
      <node id="a" label="Fuel tax"><attvalues><attvalue for="v" value="{first}"/></attvalues></node>
      <node id="b" label="Car use">{second}</node>
    </nodes>
    <edges><edge source="a" target="b" weight="0.5"/></edges>
  </graph>
</gexf>"""


def _gexf(tmp_path, first, second=None, title="value", kind="string"):
    held = ("" if second is None else
            f'<attvalues><attvalue for="v" value="{second}"/></attvalues>')
    path = tmp_path / "levels.gexf"
    path.write_text(NODE_VALUE.format(title=title, type=kind, first=first, second=held),
                    encoding="utf-8")
    return import_model(path)


def _notes(imported) -> str:
    return "\n".join(problem.message for problem in imported.notes)


@pytest.mark.parametrize("title", ["value", "Value", "level", "state"])
def test_levels_from_minus_one_to_one_are_read_and_the_note_says_so(tmp_path, title):
    imported = _gexf(tmp_path, "0.4", "-0.2", title=title, kind="double")
    assert [node.initial for node in imported.model.nodes] == [0.4, -0.2]
    assert (f"the node attribute {title!r} was read as the nodes' initial levels "
            "(every value is a number from -1 to 1)") in _notes(imported)


def test_nodes_without_a_value_start_at_zero_and_the_note_counts_them(tmp_path):
    imported = _gexf(tmp_path, "0.5")
    assert [node.initial for node in imported.model.nodes] == [0.5, 0.0]
    assert "1 of 2 nodes have none and start at 0" in _notes(imported)


@pytest.mark.parametrize("first, second, shown", [("42", "3", "'42'"),
                                                  ("abc", "0.1", "'abc'"),
                                                  ("0.5", "1.5", "'1.5'")])
def test_values_that_are_no_levels_are_left_out_and_the_note_names_one(tmp_path, first,
                                                                        second, shown):
    """They were read as levels and the file refused (42 is outside [-1, 1]), or, had
    they all fitted by chance, read as levels without a word."""
    imported = _gexf(tmp_path, first, second)
    assert [node.initial for node in imported.model.nodes] == [0.0, 0.0]
    notes = _notes(imported)
    assert "the node attribute 'value' was not read as the nodes' initial levels" in notes
    assert f"has {shown}, not a level from -1 to 1" in notes
    assert "ignored node attribute" not in notes


def test_an_attribute_named_as_a_level_is_read_by_the_table_rules(tmp_path):
    """``initial`` names the level itself: a value outside [-1, 1] is refused, not
    left out, and the reading needs no note."""
    imported = _gexf(tmp_path, "0.3", title="initial", kind="double")
    assert imported.model.node("a").initial == 0.3
    assert "initial levels" not in _notes(imported)
    with pytest.raises(LoadError, match="outside"):
        _gexf(tmp_path, "42", title="initial", kind="double")


def test_a_graphml_value_is_judged_alike(tmp_path):
    path = tmp_path / "levels.graphml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="value" attr.type="int"/>
  <key id="d1" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d1">Fuel tax</data><data key="d0">12</data></node>
    <node id="b"><data key="d1">Car use</data><data key="d0">7</data></node>
    <edge source="a" target="b"/>
  </graph>
</graphml>""", encoding="utf-8")
    imported = import_model(path)
    assert [node.initial for node in imported.model.nodes] == [0.0, 0.0]
    assert "node 'Fuel tax' (id a) has '12'" in _notes(imported)


def test_gephi_s_own_export_with_a_value_of_eleven_imports_with_the_note(tmp_path):
    """Gephi's export test file: it was refused (11.0 is outside [-1, 1])."""
    imported = import_model(REAL / "gephi_export_includenullattvalues.gexf")
    assert [node.initial for node in imported.model.nodes] == [0.0, 0.0]
    assert "node '2' has '11.0', not a level from -1 to 1" in _notes(imported)


def test_gephi_s_json_export_of_a_value_column_imports_with_the_note():
    """Gephi's JSON export of a node column "value" (10 and 11), read by the graphology
    rules: left out, the note says why."""
    imported = import_model(REAL / "gephi_json_column.json")
    assert [node.initial for node in imported.model.nodes] == [0.0, 0.0]
    assert "node '1' has '10', not a level from -1 to 1" in _notes(imported)
