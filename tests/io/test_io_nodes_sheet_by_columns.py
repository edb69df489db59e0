"""A workbook's sheet of nodes found by its columns, as Kumu finds a workbook's elements:
a sheet with a Label column naming the nodes the edges join is the nodes whatever its
name, the note says which sheet was read, and several such sheets are asked about (or,
on the command line, refused naming them) rather than one picked or all dropped."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import ASK, ChoiceNeeded, import_model

from workbooks import write_workbook

ELEMENTS = [("Label", "Type", "Description", "Tags"),
            ("Fuel tax", "Policy", "A tax per litre", "economy"),
            ("Car use", "Behaviour", None, None),
            ("Emissions", "Outcome", None, None)]
CONNECTIONS = [("From", "To", "Type", "Strength"),
               ("Fuel tax", "Car use", "-", 0.6),
               ("Car use", "Emissions", "+", 0.8)]
STAKEHOLDERS = [("Name", "Role"), ("Fuel tax", "ministry"), ("Car use", "drivers")]


def _notes(imported) -> list[str]:
    return [str(note) for note in imported.notes]


def test_a_kumu_elements_sheet_under_another_name_is_the_nodes_and_the_note_says_so(
        tmp_path):
    """Its types, descriptions and tags were lost: every node was made from the edges."""
    path = write_workbook(tmp_path / "kumu.xlsx", {"Map elements": ELEMENTS,
                                                   "Map connections": CONNECTIONS})
    imported = import_model(path)
    tax = next(n for n in imported.model.nodes if n.label == "Fuel tax")
    assert tax.kind == "restriction" and tax.description == "A tax per litre"
    assert "economy" in tax.tags
    assert ("sheet Map elements: read as the nodes (no sheet is named Nodes or Elements): "
            "its 'Label' column names nodes the edges join") in _notes(imported)
    assert not any("created 3 nodes named in the edges" in note for note in _notes(imported))


def test_a_sheet_naming_only_a_few_of_the_nodes_is_not_taken_for_them(tmp_path):
    """A sheet of notes on one node is no list of the map's nodes: taken, it would
    refuse every edge naming a node it does not list."""
    notes = [("Node", "Comment"), ("Car use", "check the survey")]
    path = write_workbook(tmp_path / "notes.xlsx", {"Notes": notes,
                                                    "Map connections": CONNECTIONS})
    imported = import_model(path)
    assert sorted(n.label for n in imported.model.nodes) == ["Car use", "Emissions",
                                                             "Fuel tax"]
    assert not any("read as the nodes" in note for note in _notes(imported))


def test_several_sheets_of_nodes_are_asked_about_and_the_answer_read(tmp_path):
    path = write_workbook(tmp_path / "two.xlsx", {"Map elements": ELEMENTS,
                                                  "Stakeholders": STAKEHOLDERS,
                                                  "Map connections": CONNECTIONS})
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, nodes_sheet=ASK)
    assert asked.value.question == "nodes_sheet"
    assert asked.value.choices == ("Map elements", "Stakeholders")
    assert "sheets 'Map elements', 'Stakeholders': each lists nodes the edges join" in str(
        asked.value)
    imported = import_model(path, nodes_sheet="Map elements")
    assert {n.label: n.kind for n in imported.model.nodes}["Fuel tax"] == "restriction"
    assert any(note.startswith("sheet Map elements: read as the nodes")
               for note in _notes(imported))


def test_several_sheets_of_nodes_are_refused_on_the_command_line_naming_them(tmp_path):
    path = write_workbook(tmp_path / "two.xlsx", {"Map elements": ELEMENTS,
                                                  "Stakeholders": STAKEHOLDERS,
                                                  "Map connections": CONNECTIONS})
    with pytest.raises(LoadError, match=r"two\.xlsx: sheets 'Map elements', 'Stakeholders': "
                                        r"each lists nodes the edges join .* import with "
                                        r"--nodes-sheet and its name"):
        import_model(path)


def test_a_chosen_sheet_that_lists_no_nodes_is_refused_naming_those_that_do(tmp_path):
    path = write_workbook(tmp_path / "kumu.xlsx", {"Map elements": ELEMENTS,
                                                   "Map connections": CONNECTIONS})
    with pytest.raises(LoadError, match=r"the sheet of nodes chosen, 'Connections', is no "
                                        r"sheet whose Label column lists nodes the edges join "
                                        r"\(those that do: 'Map elements'\)"):
        import_model(path, nodes_sheet="Connections")


def test_a_sheet_named_elements_needs_no_question(tmp_path):
    path = write_workbook(tmp_path / "kumu.xlsx", {"Elements": ELEMENTS,
                                                   "Stakeholders": STAKEHOLDERS,
                                                   "Connections": CONNECTIONS})
    imported = import_model(path, nodes_sheet=ASK)
    assert len(imported.model.nodes) == 3
    assert not any("read as the nodes" in note for note in _notes(imported))


def test_the_refusal_in_the_app_says_what_to_choose_there(tmp_path):
    """The file given to the app at start-up is read with the defaults: its refusal spoke
    of a command-line option."""
    path = write_workbook(tmp_path / "two.xlsx", {"Map elements": ELEMENTS,
                                                  "Stakeholders": STAKEHOLDERS,
                                                  "Map connections": CONNECTIONS})
    with pytest.raises(LoadError) as refused:
        import_model(path, asked=True)
    assert str(refused.value).endswith("name the sheet of nodes Nodes, or import the file "
                                       "again and choose the sheet when Windtunnel asks")
    assert "--" not in str(refused.value)
