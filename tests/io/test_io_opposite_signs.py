"""An edge listed twice with opposite signs (A → B +0.5 and A → B -0.5): one row says the
source raises the target, another that it lowers it. That is contradictory intent, which
a sum (0) or a mean would settle without a word: the app asks, offering to stop first;
the command line keeps what --repeated says and notes the edge, naming its rows and their
signs; --repeated refuse refuses it saying why."""

from __future__ import annotations

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ChoiceNeeded

OPPOSITE = "From,To,Weight\nTax,Demand,0.5\nPrice,Demand,-0.3\nTax,Demand,-0.5\n"
NOTE = ("the edge Tax → Demand is listed with opposite signs (row 2: +0.5, row 4: -0.5), "
        "which contradict each other: ")


def _csv(tmp_path, text: str = OPPOSITE):
    path = tmp_path / "edges.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _weights(model) -> dict[tuple[str, str], float]:
    labels = {n.id: n.label for n in model.nodes}
    return {(labels[e.source], labels[e.target]): e.weight for e in model.edges}


@pytest.mark.parametrize(("repeated", "weight", "kept"), [
    ("add", 0.0, "their weights were added, giving 0; check which sign is meant"),
    ("mean", 0.0, "the mean of their weights, 0, was kept; check which sign is meant")])
def test_opposite_signs_are_kept_as_the_option_says_with_a_note_naming_both_rows(
        tmp_path, repeated, weight, kept):
    imported = import_model(_csv(tmp_path), repeated=repeated)
    assert _weights(imported.model)[("Tax", "Demand")] == weight
    assert NOTE + kept in [note.message for note in imported.notes]
    assert NOTE + kept in imported.model.description


def test_agreeing_signs_get_no_such_note(tmp_path):
    imported = import_model(_csv(tmp_path, OPPOSITE.replace("-0.5", "0.2")))
    assert not any("opposite signs" in note.message for note in imported.notes)


def test_refused_opposite_signs_say_why_where_the_edge_is(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path), repeated="refuse")
    assert str(refused.value) == (
        "edges.csv: row 2, column Weight: " + NOTE + "correct the sign that is wrong, or "
        "merge them into one by hand")


def test_an_import_that_asks_names_the_contradiction_and_offers_to_stop_first(tmp_path):
    """Asked (the app), the question names every repeated edge and, apart, those with
    opposite signs; stopping the import is its first answer."""
    text = OPPOSITE + "Price,Demand,-0.1\n"
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(_csv(tmp_path, text), repeated="ask")
    assert asked.value.question == "repeated"
    assert asked.value.choices == ("refuse", "add", "mean")
    assert str(asked.value).endswith(
        "2 edges listed more than once (Tax → Demand (rows 2, 4); Price → Demand (rows 3, 5)), "
        "1 of them with opposite signs, which contradict each other: Tax → Demand (row 2: "
        "+0.5, row 4: -0.5)")


def test_an_asked_refusal_of_repeated_edges_speaks_of_the_app_s_answers(tmp_path):
    """Stopping the import when asked refuses every repeated edge: those whose signs agree
    say which answer merges them, not a command-line option."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, OPPOSITE + "Price,Demand,-0.1\n"), repeated="refuse",
                     asked=True)
    assert ("row 3: the edge Price → Demand is listed more than once (rows 3, 5); merge the "
            "rows into one, or import the file again and choose \u201cAdd their weights\u201d "
            "or \u201cTake the mean of their weights\u201d when Windtunnel asks"
            ) in str(refused.value)
    assert "--repeated" not in str(refused.value)


def test_a_workbook_names_the_sheet_and_a_graph_file_its_edges(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Edges"
    for row in [["From", "To", "Weight"], ["Tax", "Demand", 0.5], ["Tax", "Demand", -0.25]]:
        sheet.append(row)
    path = tmp_path / "map.xlsx"
    book.save(path)
    notes = [str(note) for note in import_model(path).notes]
    assert ("sheet Edges: the edge Tax → Demand is listed with opposite signs (row 2: +0.5, "
            "row 3: -0.25), which contradict each other: their weights were added, giving "
            "0.25; check which sign is meant") in notes
    graph = tmp_path / "map.graphml"
    graph.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
        '<graph edgedefault="directed"><node id="a"/><node id="b"/>'
        '<edge id="e1" source="a" target="b"><data key="w">0.4</data></edge>'
        '<edge id="e2" source="a" target="b"><data key="w">-0.4</data></edge>'
        '</graph></graphml>', encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(graph, repeated="refuse")
    assert ("listed with opposite signs (edge 'e1' (a → b): +0.4, edge 'e2' (a → b): -0.4)"
            in str(refused.value))
