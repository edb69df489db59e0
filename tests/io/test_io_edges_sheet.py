"""The Edges sheet as an analyst writes it: edges listed twice, names no node may bear,
columns headed twice. Each is read as the import's options say, with a note naming the
rows, or refused where the user can find it; never a silently different map."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ChoiceNeeded
from windtunnel.model.vocabulary import MAX_LABEL, MAX_TEXT

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
REPEATED = "From,To,Weight\nA,B,0.6\nC,D,0.5\nA,B,0.7\nE,F,-0.2\n"


def _csv(tmp_path, text: str, name: str = "edges.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _weights(model) -> dict[tuple[str, str], float]:
    labels = {n.id: n.label for n in model.nodes}
    return {(labels[e.source], labels[e.target]): e.weight for e in model.edges}


def test_a_repeated_edge_whose_sum_leaves_the_range_never_rescales_the_map(tmp_path):
    """0.6 + 0.7 = 1.3: the other edges keep their weights (no division by 1.3); the edge
    is refused at its first row, naming both rows and the ways out."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, REPEATED))
    assert str(refused.value) == (
        "edges.csv: row 2, column Weight: the edge A → B is listed more than once (rows 2, 4) "
        "and its weights add up to 1.3, outside [-1, 1]; a repeated edge does not rescale the "
        "rest of the map: keep one row with the edge's weight, or import with --repeated mean "
        "to take the mean of its rows")


def test_repeated_edges_within_the_range_are_added_and_named_with_their_rows(tmp_path):
    imported = import_model(_csv(tmp_path, REPEATED.replace("0.7", "0.2")))
    assert _weights(imported.model) == {("A", "B"): pytest.approx(0.8), ("C", "D"): 0.5,
                                        ("E", "F"): -0.2}
    assert ("merged 1 edge listed more than once, adding their weights as Gephi merges "
            "parallel edges: A → B (rows 2, 4)") in [n.message for n in imported.notes]
    assert "repeated edges: add" in imported.model.description


def test_a_repeated_edge_with_different_delays_is_refused_not_merged_at_the_first(tmp_path):
    """An immediate and a delayed influence of one edge were added into one edge with the
    first row's delay, said as a plain merge; one delay given twice still merges."""
    text = "From,To,Weight,Delay\nA,B,0.5,1\nB,C,0.5,\nA,B,-0.9,2\n"
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, text), repeated="mean")
    assert str(refused.value) == (
        "edges.csv: row 2, column Delay: the edge A → B is listed more than once (rows 2, 4) "
        "with different delays (1, 2); an edge has one delay: merge the rows into one by hand")
    merged = import_model(_csv(tmp_path, text.replace("-0.9,2", "-0.3,1"))).model
    assert [(e.weight, e.delay) for e in merged.edges if e.target == "b"] == [
        (pytest.approx(0.2), 1)]
    graph = tmp_path / "parallel.graphml"
    graph.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="d" for="edge" attr.name="delay" attr.type="int"/>'
        '<graph edgedefault="directed"><node id="a"/><node id="b"/>'
        '<edge source="a" target="b"/><edge source="a" target="b"><data key="d">3</data>'
        '</edge></graph></graphml>', encoding="utf-8")
    with pytest.raises(LoadError, match=r"the edge a → b is listed more than once \(2 times\) "
                                        r"with different delays \(0, 3\)"):
        import_model(graph)


def test_the_mean_of_a_repeated_edge_is_taken_when_asked(tmp_path):
    imported = import_model(_csv(tmp_path, REPEATED), repeated="mean")
    assert _weights(imported.model) == {("A", "B"): pytest.approx(0.65), ("C", "D"): 0.5,
                                        ("E", "F"): -0.2}
    assert any("each with the mean of its weights: A → B (rows 2, 4)" in n.message
               for n in imported.notes)
    assert "repeated edges: mean" in imported.model.description


def test_repeated_edges_are_refused_when_asked_naming_each_with_its_rows(tmp_path):
    text = REPEATED + "C,D,0.1\nA,B,0.1\n"
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, text), repeated="refuse")
    assert str(refused.value).splitlines()[1:] == [
        "  row 2: the edge A → B is listed more than once (rows 2, 4, 7); merge the rows into "
        "one, or import with --repeated add or mean",
        "  row 3: the edge C → D is listed more than once (rows 3, 6); merge the rows into "
        "one, or import with --repeated add or mean"]


def test_counts_are_added_and_the_map_rescaled_as_before(tmp_path):
    """Weights already outside [-1, 1] (Gephi's interaction counts): the sums are counts
    too, and the whole map is rescaled by the largest, as it would be anyway."""
    imported = import_model(_csv(tmp_path, "From,To,Weight\nA,B,1\nC,D,2\nA,B,5\n"))
    assert _weights(imported.model) == {("A", "B"): 1.0, ("C", "D"): pytest.approx(2 / 6)}


def test_a_blank_weight_of_a_repeated_row_adds_nothing(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,Weight\nA,B,0.3\nA,B,\n"), repeated="mean")
    assert _weights(imported.model) == {("A", "B"): 0.3}


def test_an_import_that_can_ask_asks_about_repeated_edges_naming_them(tmp_path):
    path = _csv(tmp_path, REPEATED)
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, repeated="ask")
    assert asked.value.question == "repeated" and asked.value.choices == ("add", "mean")
    assert str(asked.value).endswith("1 edge listed more than once: A → B (rows 2, 4)")
    for text in ("From,To,Weight\nA,B,0.6\n", "From,To\nA,B\nA,B\n",
                 "From,To,Weight\nA,B,\nA,B,0.3\n"):      # nothing to ask: one weight at most
        import_model(_csv(tmp_path, text, "unasked.csv"), repeated="ask")


GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"><data key="w">0.6</data></edge>
    <edge source="b" target="c"><data key="w">0.5</data></edge>
    <edge source="a" target="b"><data key="w">0.7</data></edge>
  </graph>
</graphml>
"""


def test_parallel_graphml_edges_follow_the_same_rule_as_table_rows(tmp_path):
    path = _csv(tmp_path, GRAPHML, "map.graphml")
    with pytest.raises(LoadError, match="the edge a → b is listed more than once "
                                        r"\(2 times\) and its weights add up to 1.3"):
        import_model(path)
    imported = import_model(path, repeated="mean")
    assert _weights(imported.model) == {("a", "b"): pytest.approx(0.65), ("b", "c"): 0.5}


def test_a_graph_file_s_repeated_edge_is_settled_by_its_edges_not_rows(tmp_path):
    """GraphML's parallel edges are elements of the file, not rows: the advice said "keep
    one row" and "merge the rows into one"."""
    path = _csv(tmp_path, GRAPHML, "map.graphml")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value).endswith(
        "keep one of its edges, with the edge's weight, or import with --repeated mean to "
        "take the mean of its parallel edges")
    with pytest.raises(LoadError) as refused:
        import_model(path, repeated="refuse")
    assert str(refused.value).endswith(
        "the edge a → b is listed more than once (2 times); merge the edges into one, or "
        "import with --repeated add or mean")
    assert "row" not in str(refused.value)


def test_merging_edges_that_have_one_weight_at_most_says_nothing_was_added(tmp_path):
    """A table without weights (or with a blank on every repeat) merged its edges "adding
    their weights", which it had not."""
    for text in ("From,To\nA,B\nA,B\n", "From,To,Weight\nA,B,0.3\nA,B,\n"):
        imported = import_model(_csv(tmp_path, text))
        assert [n.message for n in imported.notes if "merged" in n.message] == [
            "merged 1 edge listed more than once into one each (no edge had two weights, so "
            "none were added or averaged): A → B (rows 2, 3)"]


def test_choices_the_file_never_raised_are_not_recorded_as_ask(tmp_path):
    """The app asks only when a file raises a question; a question never raised was
    recorded in the model's description as "repeated edges: ask" and so on."""
    asking = dict(undirected="ask", out_of_range="ask", participants="ask", repeated="ask",
                  near_names="ask")
    imported = import_model(_csv(tmp_path, "From,To\nA,B\nA,B\n"), **asking)
    assert "ask" not in imported.model.description
    assert "Choices:" not in imported.model.description
    imported = import_model(_csv(tmp_path, REPEATED), **(asking | {"repeated": "mean"}))
    assert imported.model.description.endswith("Choices: repeated edges: mean.")


def test_the_command_line_takes_the_repeated_choice(tmp_path, capsys):
    from windtunnel.cli import main

    path = _csv(tmp_path, REPEATED)
    assert main(["import", str(path), "-o", str(tmp_path / "m.wtm"), "--repeated",
                 "mean"]) == 0
    assert "A → B (rows 2, 4)" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["edges.csv", "edges.xlsx"])
def test_a_name_too_long_for_a_label_is_refused_where_the_edge_names_it(tmp_path, name):
    """Found by a tester: a 32,767-character To name (the most a cell holds) was reported
    at ``nodes[0].label``, an internal path, not the sheet, row and column."""
    rows = [["From", "To", "Weight"], ["A", "B", 0.5], ["B", "x" * 32_767, 0.5],
            ["A", "x" * 32_767, 0.2]]
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("\n".join(",".join(map(str, row)) for row in rows), encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        book.active.title = "Edges"
        for row in rows:
            book.active.append(row)
        book.save(path)
    with pytest.raises(LoadError) as refused:
        import_model(path)
    sheet = "" if name.endswith(".csv") else "sheet Edges, "
    assert str(refused.value) == (
        f"{name}: {sheet}row 3, column To: '{'x' * 37}...' cannot name a new node: text of "
        f"32,767 characters is longer than {MAX_LABEL}")


def test_a_column_headed_twice_is_refused_naming_its_columns(tmp_path):
    """Which of two Weight columns holds the weights is not the importer's to guess (it
    read the first and ignored the second)."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight,Notes,weight\nA,B,0.6,x,0.2\n"))
    assert str(refused.value) == (
        "edges.csv: row 1: the column label 'Weight' heads 2 columns (C, E); Windtunnel "
        "reads one column of each kind: rename or remove the others")


def test_a_row_of_spaces_is_skipped_like_an_empty_row_and_a_row_without_ends_refused(tmp_path):
    """Tried as a user: an Excel row "cleared" with a space looks empty and was refused
    ("row 9, column From: is empty"); a row that gives a weight but no ends still is."""
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    for row in [["From", "To", "Weight"], ["Tax", "Demand", -0.4], [], [" ", None, "  "],
                ["Demand", "Prices", 0.6]]:
        book.active.append(row)
    nodes = book.create_sheet("Nodes")
    for row in [["Label", "Type"], ["Tax", "policy"], [" ", " "], ["Prices", "outcome"],
                ["Demand", "factor"]]:
        nodes.append(row)
    path = tmp_path / "map.xlsx"
    book.save(path)
    model = import_model(path).model
    assert _weights(model) == {("Tax", "Demand"): -0.4, ("Demand", "Prices"): 0.6}
    assert [n.label for n in model.nodes] == ["Tax", "Prices", "Demand"]
    book["Edges"].append([None, " ", 0.3])
    book.save(path)
    with pytest.raises(LoadError, match=r"sheet Edges, row 6, column From: is empty"):
        import_model(path)


KUMU = "From,To,Weight,Direction\nA,B,0.5,directed\nB,C,0.3,Undirected\nC,A,-0.4,mutual\n"


def test_kumu_s_undirected_and_mutual_rows_follow_the_undirected_choice(tmp_path):
    """Kumu's Direction column was ignored with a note, so a mutual tie worked one way,
    while GraphML's and GEXF's undirected edges follow --undirected."""
    path = _csv(tmp_path, KUMU)
    imported = import_model(path)
    assert _weights(imported.model) == {("A", "B"): 0.5, ("B", "C"): 0.3, ("C", "B"): 0.3,
                                        ("C", "A"): -0.4, ("A", "C"): -0.4}
    notes = [str(n) for n in imported.notes]
    assert "column Direction: 2 rows marked undirected or mutual became an edge each way" in notes
    assert not any("ignored" in note for note in notes)
    imported = import_model(path, undirected="as-written")
    assert _weights(imported.model) == {("A", "B"): 0.5, ("B", "C"): 0.3, ("C", "A"): -0.4}
    with pytest.raises(LoadError, match="2 edges are undirected; import with --undirected"):
        import_model(path, undirected="refuse")
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, undirected="ask")
    assert asked.value.question == "undirected"
    import_model(_csv(tmp_path, KUMU.replace("Undirected", "").replace("mutual", "directed"),
                      "directed.csv"), undirected="ask")       # nothing to ask


def test_a_direction_that_is_not_one_is_refused_at_its_cell(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, KUMU.replace("mutual", "sideways")))
    assert str(refused.value) == (
        "edges.csv: row 4, column Direction: 'sideways' is not a direction Windtunnel reads: "
        "directed, undirected or mutual")


def test_an_undirected_row_s_other_way_is_located_at_its_row(tmp_path):
    """The edge added the other way is the same row of the file: a problem in it is
    named there, once."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight,Direction\nA,B,lots,mutual\n"))
    assert str(refused.value) == "edges.csv: row 2, column Weight: 'lots' is not a number"


def test_each_node_an_edges_table_creates_is_checked_once(tmp_path, monkeypatch):
    """The names' own rule (a label's length) is checked where the edge names it; the whole
    node once, when the model takes it (the nodes a field at a time, since all are sound,
    not each again by its own problems()): a 10,000-edge table pays for each check once."""
    from windtunnel.model import Node, document

    checked: list[str] = []
    whole_check, field_check = Node.problems, document.sound_nodes
    monkeypatch.setattr(Node, "problems", lambda node: checked.append(node.id) or whole_check(node))
    monkeypatch.setattr(document, "sound_nodes",
                        lambda nodes: checked.extend(n.id for n in nodes) or field_check(nodes))
    model = import_model(_csv(tmp_path, "From,To,Weight\nA,B,0.5\nB,C,-0.3\nC,A,0.2\n")).model
    assert sorted(checked) == sorted(node.id for node in model.nodes)


FUZZY_TWICE = 'From,To,Weight\nA,B,"(0.1, 0.2, 0.3)"\nA,B,"(0.3, 0.4, 0.5)"\nB,C,0.5\n'


@pytest.mark.parametrize("repeated, weight, low, high", [("add", 0.6, 0.4, 0.8),
                                                         ("mean", 0.3, 0.2, 0.4)])
def test_a_repeated_fuzzy_edge_keeps_bounds_merged_as_its_weights_are(tmp_path, repeated,
                                                                      weight, low, high):
    """The bounds of every row are added or averaged with the weights: the first row's
    bounds alone refused the sum (0.6 above its high 0.3, at a High column the file does
    not have) and even the mean (0.2 and 0.4 average a hair above 0.3)."""
    imported = import_model(_csv(tmp_path, FUZZY_TWICE), repeated=repeated)
    edge = next(e for e in imported.model.edges if (e.source, e.target) == ("a", "b"))
    assert (edge.weight, edge.low, edge.high) == (pytest.approx(weight), pytest.approx(low),
                                                  pytest.approx(high))


def test_a_crisp_row_of_a_repeated_fuzzy_edge_counts_as_its_own_bounds(tmp_path):
    """0.3 and (0.3, 0.4, 0.5) add up to 0.7 within 0.6 and 0.8: the second row's range is
    kept, not dropped."""
    imported = import_model(_csv(tmp_path, FUZZY_TWICE.replace('"(0.1, 0.2, 0.3)"', "0.3")))
    edge = next(e for e in imported.model.edges if (e.source, e.target) == ("a", "b"))
    assert (edge.weight, edge.low, edge.high) == (pytest.approx(0.7), pytest.approx(0.6),
                                                  pytest.approx(0.8))


def test_a_repeated_fuzzy_edge_s_summed_range_is_held_to_the_weights_range(tmp_path):
    """(0.3, 0.4, 0.6) twice: weight 0.8 fits, its high 1.2 would have rescaled the map."""
    text = 'From,To,Weight\nA,B,"(0.3, 0.4, 0.6)"\nA,B,"(0.3, 0.4, 0.6)"\nB,C,0.5\n'
    imported = import_model(_csv(tmp_path, text))
    assert _weights(imported.model)[("B", "C")] == 0.5
    edge = next(e for e in imported.model.edges if (e.source, e.target) == ("a", "b"))
    assert (edge.weight, edge.low, edge.high) == (pytest.approx(0.8), pytest.approx(0.6), 1.0)


# -- a located problem comes before any question ---------------------------------------------

ASKING = {"undirected": "ask", "out_of_range": "ask", "repeated": "ask"}


@settings(max_examples=25, deadline=None)
@given(empty=st.sampled_from(["From", "To"]), at=st.integers(0, 4),
       direction=st.booleans(), wide=st.booleans())
def test_a_located_problem_is_refused_before_any_question_is_asked(tmp_path_factory, empty,
                                                                    at, direction, wide):
    """Rows that raise every question (an undirected row, an edge listed twice, a weight of
    3) and one row with an empty From or To cell: the import is refused naming that cell,
    whatever the rows' order, and asks nothing (it asked about the repeated and undirected
    edges first, then refused the file for the empty cell)."""
    rows = [["A", "B", "0.5", "undirected"], ["A", "B", "0.3", "directed"],
            ["C", "D", "3" if wide else "0.2", "directed"], ["D", "E", "0.1", "mutual"]]
    bad = ["F", "G", "0.4", "directed"]
    bad[0 if empty == "From" else 1] = ""
    rows.insert(at, bad)
    header = ["From", "To", "Weight"] + (["Direction"] if direction else [])
    text = "\n".join(",".join(row[:len(header)]) for row in [header, *rows]) + "\n"
    path = _csv(tmp_path_factory.mktemp("asked"), text)
    with pytest.raises(LoadError) as refused:
        import_model(path, **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert [str(p) for p in refused.value.problems] == [f"row {at + 2}, column {empty}: is empty"]


#: A row whose edge is wrong in itself, at any scale of the weights: (column, cell, message).
OWN_PROBLEMS = [("Low", "0.7", "0.7 is above the weight 0.5"),
                ("High", "0.2", "0.2 is below the weight 0.5"),
                ("Delay", "100000", "100000 is outside [0, 10000]"),
                ("Confidence", "sure", "'sure' is not one of low, medium, high")]


@pytest.mark.parametrize(("column", "cell", "message"), OWN_PROBLEMS)
@pytest.mark.parametrize("at", [0, 4])
def test_a_row_s_own_problem_is_refused_before_any_question_is_asked(tmp_path, column, cell,
                                                                      message, at):
    """Rows that raise every question (an undirected row, an edge listed twice, a weight of
    3) and one edge wrong in itself (a Low above its weight, a delay of 100000, an unknown
    confidence): the import is refused naming that cell and asks nothing. The edge's own
    checks ran after the questions, so the user was asked about rescaling and repeats for
    a file refused anyway."""
    rows = [["A", "B", "0.5", "undirected", ""], ["A", "B", "0.3", "directed", ""],
            ["C", "D", "3", "directed", ""], ["D", "E", "0.1", "mutual", ""]]
    rows.insert(at, ["F", "G", "0.5", "directed", cell])
    text = "\n".join(map(",".join, [["From", "To", "Weight", "Direction", column], *rows]))
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, text + "\n"), **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert [str(p) for p in refused.value.problems] == [f"row {at + 2}, column {column}: "
                                                        f"{message}"]


def test_bounds_are_checked_as_written_before_the_rescaling_question(tmp_path):
    """Low <= weight <= High holds or fails whatever positive number divides them all, so a
    Low of 6 above a weight of 5 is refused as written, before the out-of-range question;
    bounds in order are rescaled with their weight when the question is answered."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight,Low\nA,B,5,6\nC,D,0.3,\n", "bad.csv"),
                     **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value).endswith("row 2, column Low: 6.0 is above the weight 5.0")
    path = _csv(tmp_path, "From,To,Weight,Low,High\nA,B,5,4,6\nC,D,0.3,,\n", "sound.csv")
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, **ASKING)
    assert asked.value.question == "out_of_range"
    edge = import_model(path, out_of_range="rescale").model.edges[0]
    assert (edge.low, edge.weight, edge.high) == (pytest.approx(4 / 6), pytest.approx(5 / 6), 1)


@pytest.mark.parametrize(("columns", "cells", "where"), [
    ("Weight,High", "0.5,3", "column High"), ("Weight", '"(0.2, 0.5, 3)"', "column Weight")])
def test_a_bound_outside_the_range_is_refused_as_a_weight_is(tmp_path, columns, cells, where):
    """With --weights refuse, a High of 3 (or a fuzzy weight's) is refused at its cell with
    the way out, as a weight of 3 is: every bound kept lies in [-1, 1] after the choice."""
    text = f"From,To,{columns}\nA,B,{cells}\nB,C,0.5\n"
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, text), out_of_range="refuse")
    assert str(refused.value) == (f"edges.csv: row 2, {where}: 3 is outside [-1, 1] (to "
                                  "divide every weight by the largest, import with --weights "
                                  "rescale)")
    with pytest.raises(LoadError) as refused:          # in the app: what to choose
        import_model(_csv(tmp_path, text), out_of_range="refuse", asked=True)
    assert str(refused.value) == (f"edges.csv: row 2, {where}: 3 is outside [-1, 1] (to "
                                  "divide every weight by the largest, import the file again "
                                  "and choose \u201cRescale\u201d when Windtunnel asks about "
                                  "these weights)")


def test_another_sheet_s_problem_is_refused_before_the_edges_question(tmp_path):
    """A workbook whose edges raise a question (a weight of 3) and whose Objectives sheet
    has a row wrong in itself: refused for that row, never asked about the weights."""
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    book["Edges"].append(["From", "To", "Weight"])
    book["Edges"].append(["A", "B", 3])
    book["Edges"].append(["B", "C", 0.5])
    objectives = book.create_sheet("Objectives")
    objectives.append(["ID", "Label", "Node", "Direction"])
    objectives.append(["more-c", "More C", "C", "sideways"])
    book.save(path)
    with pytest.raises(LoadError) as refused:
        import_model(path, **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value).startswith("book.xlsx: sheet Objectives, row 2, column Direction")


@pytest.mark.parametrize("repeated", ["ask", "add", "mean"])
def test_a_repeated_edge_whose_joined_rationales_are_too_long_is_refused_before_asking(
        tmp_path, repeated):
    """Two rows of one edge, each with a rationale of 12,000 characters: joined, 24,001
    pass the length of a text. Refused at the first row, naming both rows, before the
    repeated-edges question (it asked, then refused row 2 for a text it never held)."""
    text = ("From,To,Weight,Rationale\n" f"A,B,0.2,{'x' * 12_000}\n"
            f"A,B,0.3,{'y' * 12_000}\nB,C,0.5,\n")
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, text), repeated=repeated)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value) == (
        f"edges.csv: row 2, column Rationale: the edge A → B is listed more than once (rows "
        f"2, 3), and the one edge its rows merge into would be refused: text of "
        f"{2 * 12_000 + 1:,} characters is longer than {MAX_TEXT:,}; merge them by hand into "
        f"one row that fits")


#: Edges rows that raise one question each: (question, rows of From, To, Weight, Direction).
QUESTIONS = {"out_of_range": [["A", "B", 3, "directed"], ["B", "C", 0.5, "directed"]],
             "repeated": [["A", "B", 0.2, "directed"], ["A", "B", 0.3, "directed"],
                          ["B", "C", 0.5, "directed"]],
             "undirected": [["A", "B", 0.2, "undirected"], ["B", "C", 0.5, "directed"]]}


def _asking_book(path, question: str, node: str):
    """A workbook whose edges raise ``question`` and whose scenario and objective name
    ``node`` (the edges create nodes ``a``, ``b`` and ``c``: there is no Nodes sheet)."""
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    book["Edges"].append(["From", "To", "Weight", "Direction"])
    for row in QUESTIONS[question]:
        book["Edges"].append(row)
    book.create_sheet("Scenarios").append(["ID", "Label"])
    book["Scenarios"].append(["s1", "Push"])
    book.create_sheet("Interventions").append(["Scenario", "Node", "Value"])
    book["Interventions"].append(["s1", node, 1])
    book.create_sheet("Objectives").append(["ID", "Label", "Node", "Direction"])
    book["Objectives"].append(["more", "More", node, "increase"])
    book.save(path)
    return path


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_model_problem_is_refused_before_the_edges_question(tmp_path, question):
    """A scenario and an objective naming a node there is not, in a workbook whose edges
    raise a question: refused for them, never asked (it asked, then refused the file). A
    node the edges create is one they may name: then the question is asked."""
    path = _asking_book(tmp_path / "book.xlsx", question, "Nowhere")
    with pytest.raises(LoadError) as refused:
        import_model(path, **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert [str(p) for p in refused.value.problems] == [
        "sheet Interventions, row 2, column Node: 'Nowhere' is not a node",
        "sheet Objectives, row 2, column Node: 'Nowhere' is not a node"]
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(_asking_book(tmp_path / "sound.xlsx", question, "c"), **ASKING)
    assert asked.value.question == question


@pytest.mark.parametrize("node", ["Nowhere", "c"])
def test_a_pending_question_reads_the_edges_once_more_whatever_sheets_name_nodes(
        tmp_path, monkeypatch, node):
    """A workbook whose edges raise a question and whose Scenarios and Objectives sheets
    name nodes: the edges are read once as asked and once under provisional answers, which
    give both the nodes the scenarios may name and the model's problems (they were read a
    third time for the second), located as before."""
    from windtunnel.io import tabular
    reads = []

    def counted(table, *args):
        reads.append(table.name)
        return read_edges(table, *args)

    read_edges = tabular.read_edges
    monkeypatch.setattr(tabular, "read_edges", counted)
    path = _asking_book(tmp_path / "book.xlsx", "repeated", node)
    with pytest.raises(LoadError) as outcome:
        import_model(path, **ASKING)
    assert reads == ["Edges", "Edges"]
    assert isinstance(outcome.value, ChoiceNeeded) == (node == "c")
    if node == "Nowhere":
        assert [str(p) for p in outcome.value.problems] == [
            "sheet Interventions, row 2, column Node: 'Nowhere' is not a node",
            "sheet Objectives, row 2, column Node: 'Nowhere' is not a node"]


def _named_book(path, rows, interventions, overrides=(), objectives=()):
    """A workbook of Edges (From, To, Weight, Direction) and one scenario, without a Nodes
    sheet: the edges make the nodes, their ids made up from the names."""
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    book["Edges"].append(["From", "To", "Weight", "Direction"])
    for row in rows:
        book["Edges"].append(row)
    book.create_sheet("Scenarios").append(["ID", "Label"])
    book["Scenarios"].append(["s1", "Ban"])
    for sheet, header, cells in (("Interventions", ["Scenario", "Node", "Value"], interventions),
                                 ("Overrides", ["Scenario", "From", "To", "Weight"], overrides),
                                 ("Objectives", ["ID", "Label", "Node", "Direction"],
                                  objectives)):
        book.create_sheet(sheet).append(header)
        for row in cells:
            book[sheet].append(row)
    book.save(path)
    return path


def test_a_scenario_names_a_node_the_edges_made_as_the_edges_do(tmp_path):
    """Without a Nodes sheet, a scenario's rows had to name a node by the id the import
    made up ("export-controls"): they name it as the Edges sheet does, by its name (case
    and Unicode form aside), and by the made id still; so does an objective."""
    path = _named_book(
        tmp_path / "book.xlsx",
        [["Export controls", "Misuse risk", -0.5, "directed"],
         ["Export controls", "Café exports", 0.3, "directed"]],
        [["s1", "Export controls", 1], ["s1", "CAFE\u0301 EXPORTS", 0.5],
         ["s1", "misuse-risk", 0]],
        [["s1", "Export controls", "Misuse risk", -0.9]],
        [["safe", "Safe", "Misuse risk", "decrease"]])
    model = import_model(path).model
    (scenario,) = model.scenarios
    assert [(i.node, i.value) for i in scenario.interventions] == [
        ("export-controls", 1.0), ("cafe-exports", 0.5), ("misuse-risk", 0.0)]
    assert [(o.source, o.target, o.weight) for o in scenario.overrides] == [
        ("export-controls", "misuse-risk", -0.9)]
    assert [o.node for o in model.objectives] == ["misuse-risk"]


def test_a_scenario_naming_nodes_alike_is_refused_asking_for_the_id(tmp_path):
    """Two nodes of a Nodes sheet labelled alike but for case: a name that fits both is
    refused where it is, as in the edges."""
    path = _named_book(tmp_path / "book.xlsx",
                       [["t1", "d", 0.5, "directed"], ["t2", "d", -0.5, "directed"]],
                       [["s1", "tax", 1]])
    book = openpyxl.load_workbook(path)
    nodes = book.create_sheet("Nodes")
    for row in (["ID", "Label"], ["t1", "Tax"], ["t2", "TAX"], ["d", "Demand"]):
        nodes.append(row)
    book.save(path)
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert [str(p) for p in refused.value.problems] == [
        "sheet Interventions, row 2, column Node: 'tax' names 2 nodes ('Tax' (id t1), "
        "'TAX' (id t2)), whose labels differ at most by case; write the node's id, or its "
        "label exactly as its row writes it"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_scenario_naming_a_node_by_name_is_asked_the_edges_question(tmp_path, question):
    """Names are read against the nodes the edges make before a question is asked, so
    the file is asked about, not refused for naming no node."""
    rows = [[a.lower() + " node", b.lower() + " node", *rest]
            for a, b, *rest in QUESTIONS[question]]
    path = _named_book(tmp_path / "book.xlsx", rows, [["s1", "C NODE", 1]],
                       objectives=[["more", "More", "c node", "increase"]])
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, **ASKING)
    assert asked.value.question == question


#: An undirected graph whose first edge is wrong in itself and whose second edge's weight
#: would be asked about, as GraphML, as GEXF and as a Kumu blueprint.
UNDIRECTED_GRAPHS = {
    "graphml": ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
                '<key id="c" for="edge" attr.name="confidence" attr.type="string"/>'
                '<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>'
                '<edge source="a" target="b"><data key="w">0.5</data><data key="c">sure</data>'
                '</edge><edge source="b" target="c"><data key="w">3</data></edge>'
                '</graph></graphml>'),
    "gexf": ('<gexf xmlns="http://gexf.net/1.3" version="1.3">'
             '<graph defaultedgetype="undirected"><attributes class="edge">'
             '<attribute id="0" title="confidence" type="string"/></attributes>'
             '<nodes><node id="a" label="a"/><node id="b" label="b"/><node id="c" label="c"/>'
             '</nodes><edges><edge source="a" target="b" weight="0.5"><attvalues>'
             '<attvalue for="0" value="sure"/></attvalues></edge>'
             '<edge source="b" target="c" weight="3"/></edges></graph></gexf>'),
    "json": ('{"elements": [{"id": "a", "label": "a"}, {"id": "b", "label": "b"}, '
             '{"id": "c", "label": "c"}], "connections": [{"from": "a", "to": "b", '
             '"direction": "mutual", "weight": 0.5, "confidence": "sure"}, '
             '{"from": "b", "to": "c", "direction": "undirected", "weight": 3}]}'),
}


@pytest.mark.parametrize("suffix", UNDIRECTED_GRAPHS)
@pytest.mark.parametrize("undirected", ["ask", "refuse"])
def test_a_graph_s_edge_problem_is_refused_before_its_undirected_edges(tmp_path, suffix,
                                                                        undirected):
    """The undirected edges of GraphML, GEXF and Kumu's blueprints were asked about (or
    refused) as the file was parsed, before any edge was read: an edge wrong in itself is
    now named first."""
    head = "" if suffix == "json" else '<?xml version="1.0" encoding="UTF-8"?>'
    path = tmp_path / f"graph.{suffix}"
    path.write_text(head + UNDIRECTED_GRAPHS[suffix], encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path, **(ASKING | {"undirected": undirected}))
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value) == (f"graph.{suffix}: edge a → b, attribute confidence: 'sure' "
                                  "is not one of low, medium, high")
    sound = UNDIRECTED_GRAPHS[suffix].replace("sure", "high")
    path.write_text(head + sound, encoding="utf-8")
    with pytest.raises(ChoiceNeeded) as first:         # the graph's question comes first
        import_model(path, **ASKING)
    assert first.value.question == "undirected"
    with pytest.raises(LoadError, match="2 edges are undirected; import with"):
        import_model(path, undirected="refuse")


def test_a_sound_file_still_asks_its_questions_in_turn(tmp_path):
    """Without a problem the questions come as before: the undirected rows first, then the
    repeated edge once the first is answered."""
    path = _csv(tmp_path, "From,To,Weight,Direction\nA,B,0.5,undirected\nA,B,0.3,directed\n")
    with pytest.raises(ChoiceNeeded) as first:
        import_model(path, **ASKING)
    assert first.value.question == "undirected"
    with pytest.raises(ChoiceNeeded) as second:
        import_model(path, **(ASKING | {"undirected": "as-written"}))
    assert second.value.question == "repeated"


# -- Gephi's Type column gives directions; a GraphML type of -1 a sign --------------------------

def test_gephi_s_type_column_is_read_as_each_edge_s_direction():
    """Gephi's own edges table (Type: directed, undirected) was read as categories kept in
    each edge's rationale; its undirected row is a tie both ways, as Kumu's Direction."""
    path = REAL / "gephi_edges_table_types_test.csv"
    both = import_model(path).model
    assert sorted((e.source, e.target) for e in both.edges) == [("1", "2"), ("2", "1")]
    assert all(e.rationale == "" for e in both.edges)
    assert "1 row marked undirected or mutual became an edge each way" in both.description
    written = import_model(path, undirected="as-written", repeated="mean").model
    assert sorted((e.source, e.target) for e in written.edges) == [("1", "2"), ("2", "1")]
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, undirected="ask")
    assert asked.value.question == "undirected"
    with pytest.raises(LoadError, match="undirected; import with --undirected"):
        import_model(path, undirected="refuse")


def test_a_type_column_of_capitalised_directions_as_gephi_exports_them(tmp_path):
    path = _csv(tmp_path, "Source,Target,Type,Id,Label,timeset,Weight\n"
                          "a,b,Directed,0,,,0.5\nb,c,Undirected,1,,,0.25\n")
    model = import_model(path).model
    assert _weights(model) == {("a", "b"): 0.5, ("b", "c"): 0.25, ("c", "b"): 0.25}


def test_a_type_column_of_other_words_still_gives_signs_or_categories(tmp_path):
    signs = import_model(_csv(tmp_path, "From,To,Weight,Type\na,b,0.5,negative\n"
                                        "b,c,0.5,directed\n", "signs.csv"))
    assert "holds categories (directed), not signs" in signs.model.description
    kumu = import_model(_csv(tmp_path, "From,To,Weight,Type\na,b,0.5,-\nb,c,0.5,+\n", "k.csv"))
    assert _weights(kumu.model) == {("a", "b"): -0.5, ("b", "c"): 0.5}


def test_a_type_column_of_ones_alone_is_a_code_not_a_sign(tmp_path):
    """A Type column holding only 1 (a tool's type id, a column of 1s filled down) read as
    the sign +: a negative weight was refused as "the type says positive", and the code
    was lost. It is a category now, kept in the rationale, and the note says so."""
    path = _csv(tmp_path, "Source,Target,Type,Weight\na,b,1,-0.4\nb,c,1,0.3\nc,a,,0.2\n")
    imported = import_model(path)
    assert _weights(imported.model) == {("a", "b"): -0.4, ("b", "c"): 0.3, ("c", "a"): 0.2}
    assert [e.rationale for e in imported.model.edges] == ["Type: 1", "Type: 1", ""]
    assert ("row 1, column Type: holds only the number 1, a type's code rather than a sign (a "
            "column of signs also holds -1 or another sign, or is headed Sign or Polarity): "
            "kept in each edge's rationale") in map(str, imported.notes)


@pytest.mark.parametrize(("header", "cells"), [("Sign", ("1", "1")), ("Polarity", ("1", "1")),
                                               ("Type", ("1", "-1")), ("Type", ("1", "-"))])
def test_ones_are_signs_under_a_sign_header_or_beside_another_sign(tmp_path, header, cells):
    """1 is the sign + in a column headed Sign or Polarity, or one that holds -1 or another
    sign too; the note says the numbers were read as signs."""
    text = f"From,To,Weight,{header}\na,b,0.4,{cells[0]}\nb,c,0.3,{cells[1]}\n"
    imported = import_model(_csv(tmp_path, text))
    second = 0.3 if cells[1] == "1" else -0.3
    assert _weights(imported.model) == {("a", "b"): 0.4, ("b", "c"): second}
    assert all(e.rationale == "" for e in imported.model.edges)
    assert (f"row 1, column {header}: read the numbers in it as signs: 1 positive, -1 negative"
            in map(str, imported.notes))


def test_a_graphml_type_of_minus_one_is_the_edge_s_sign(tmp_path):
    """A GraphML edge attribute ``type`` holding -1 or 1 (numbers, as a network tool writes
    a sign) gives the edge its sign, as a sheet's Type column of + and - does; it was kept as
    a category in the rationale and the edge stayed positive."""
    path = tmp_path / "signed.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
        '<key id="t" for="edge" attr.name="type" attr.type="int"/>'
        '<graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>'
        '<edge source="a" target="b"><data key="w">0.5</data><data key="t">-1</data></edge>'
        '<edge source="b" target="c"><data key="w">0.25</data><data key="t">1</data></edge>'
        '</graph></graphml>', encoding="utf-8")
    model = import_model(path).model
    assert _weights(model) == {("a", "b"): -0.5, ("b", "c"): 0.25}
    assert all(e.rationale == "" for e in model.edges)


def test_reading_a_table_loads_no_graph_library():
    """The undirected question lives with the import's other choices, so a CSV or sheet
    import no longer loads the GraphML reader (and networkx) for it."""
    code = ("import sys, windtunnel.io.tabular; "
            "print('windtunnel.io.graphml_xml' in sys.modules, 'networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
