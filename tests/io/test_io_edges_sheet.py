"""The Edges sheet's edges listed twice (in a table's rows or a graph file's parallel edges,
crisp or fuzzy): added, averaged or refused as the import's options say, with a note
naming the rows, or asked about; never a silently different map."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ChoiceNeeded

from io_helpers import csv_file, weights_by_label


REPEATED = "From,To,Weight\nA,B,0.6\nC,D,0.5\nA,B,0.7\nE,F,-0.2\n"


def test_a_repeated_edge_whose_sum_leaves_the_range_never_rescales_the_map(tmp_path):
    """0.6 + 0.7 = 1.3: the other edges keep their weights (no division by 1.3); the edge
    is refused at its first row, naming both rows and the ways out."""
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, REPEATED))
    assert str(refused.value) == (
        "edges.csv: row 2, column Weight: the edge A → B is listed more than once (rows 2, 4) "
        "and its weights add up to 1.3, outside [-1, 1]; a repeated edge does not rescale the "
        "rest of the map: keep one row with the edge's weight, or import with --repeated mean "
        "to take the mean of its rows")


def test_repeated_edges_within_the_range_are_added_and_named_with_their_rows(tmp_path):
    imported = import_model(csv_file(tmp_path, REPEATED.replace("0.7", "0.2")))
    assert weights_by_label(imported.model) == {("A", "B"): pytest.approx(0.8), ("C", "D"): 0.5,
                                        ("E", "F"): -0.2}
    assert ("merged 1 edge listed more than once, adding their weights as Gephi merges "
            "parallel edges: A → B (rows 2, 4)") in [n.message for n in imported.notes]
    assert "repeated edges: add" in imported.model.description


def test_a_repeated_edge_with_different_delays_is_refused_not_merged_at_the_first(tmp_path):
    """An immediate and a delayed influence of one edge were added into one edge with the
    first row's delay, said as a plain merge; one delay given twice still merges."""
    text = "From,To,Weight,Delay\nA,B,0.5,1\nB,C,0.5,\nA,B,-0.9,2\n"
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, text), repeated="mean")
    assert str(refused.value) == (
        "edges.csv: row 2, column Delay: the edge A → B is listed more than once (rows 2, 4) "
        "with different delays (1, 2); an edge has one delay: merge the rows into one by hand")
    merged = import_model(csv_file(tmp_path, text.replace("-0.9,2", "-0.3,1"))).model
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
    imported = import_model(csv_file(tmp_path, REPEATED), repeated="mean")
    assert weights_by_label(imported.model) == {("A", "B"): pytest.approx(0.65), ("C", "D"): 0.5,
                                        ("E", "F"): -0.2}
    assert any("each with the mean of its weights: A → B (rows 2, 4)" in n.message
               for n in imported.notes)
    assert "repeated edges: mean" in imported.model.description


def test_repeated_edges_are_refused_when_asked_naming_each_with_its_rows(tmp_path):
    text = REPEATED + "C,D,0.1\nA,B,0.1\n"
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, text), repeated="refuse")
    assert str(refused.value).splitlines()[1:] == [
        "  row 2: the edge A → B is listed more than once (rows 2, 4, 7); merge the rows into "
        "one, or import with --repeated add or mean",
        "  row 3: the edge C → D is listed more than once (rows 3, 6); merge the rows into "
        "one, or import with --repeated add or mean"]


def test_counts_are_added_and_the_map_rescaled_as_before(tmp_path):
    """Weights already outside [-1, 1] (Gephi's interaction counts): the sums are counts
    too, and the whole map is rescaled by the largest, as it would be anyway."""
    imported = import_model(csv_file(tmp_path, "From,To,Weight\nA,B,1\nC,D,2\nA,B,5\n"))
    assert weights_by_label(imported.model) == {("A", "B"): 1.0, ("C", "D"): pytest.approx(2 / 6)}


def test_a_blank_weight_of_a_repeated_row_adds_nothing(tmp_path):
    imported = import_model(csv_file(tmp_path, "From,To,Weight\nA,B,0.3\nA,B,\n"), repeated="mean")
    assert weights_by_label(imported.model) == {("A", "B"): 0.3}


def test_an_import_that_can_ask_asks_about_repeated_edges_naming_them(tmp_path):
    path = csv_file(tmp_path, REPEATED)
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, repeated="ask")
    assert asked.value.question == "repeated" and asked.value.choices == ("add", "mean")
    assert str(asked.value).endswith("1 edge listed more than once: A → B (rows 2, 4)")
    for text in ("From,To,Weight\nA,B,0.6\n", "From,To\nA,B\nA,B\n",
                 "From,To,Weight\nA,B,\nA,B,0.3\n"):      # nothing to ask: one weight at most
        import_model(csv_file(tmp_path, text, "unasked.csv"), repeated="ask")


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
    path = csv_file(tmp_path, GRAPHML, "map.graphml")
    with pytest.raises(LoadError, match="the edge a → b is listed more than once "
                                        r"\(2 times\) and its weights add up to 1.3"):
        import_model(path)
    imported = import_model(path, repeated="mean")
    assert weights_by_label(imported.model) == {("a", "b"): pytest.approx(0.65), ("b", "c"): 0.5}


def test_a_graph_file_s_repeated_edge_is_settled_by_its_edges_not_rows(tmp_path):
    """GraphML's parallel edges are elements of the file, not rows: the advice said "keep
    one row" and "merge the rows into one"."""
    path = csv_file(tmp_path, GRAPHML, "map.graphml")
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
        imported = import_model(csv_file(tmp_path, text))
        assert [n.message for n in imported.notes if "merged" in n.message] == [
            "merged 1 edge listed more than once into one each (no edge had two weights, so "
            "none were added or averaged): A → B (rows 2, 3)"]


def test_choices_the_file_never_raised_are_not_recorded_as_ask(tmp_path):
    """The app asks only when a file raises a question; a question never raised was
    recorded in the model's description as "repeated edges: ask" and so on."""
    asking = dict(undirected="ask", out_of_range="ask", participants="ask", repeated="ask",
                  near_names="ask")
    imported = import_model(csv_file(tmp_path, "From,To\nA,B\nA,B\n"), **asking)
    assert "ask" not in imported.model.description
    assert "Choices:" not in imported.model.description
    imported = import_model(csv_file(tmp_path, REPEATED), **(asking | {"repeated": "mean"}))
    assert imported.model.description.endswith("Choices: repeated edges: mean.")


def test_the_command_line_takes_the_repeated_choice(tmp_path, capsys):
    from windtunnel.cli import main

    path = csv_file(tmp_path, REPEATED)
    assert main(["import", str(path), "-o", str(tmp_path / "m.wtm"), "--repeated",
                 "mean"]) == 0
    assert "A → B (rows 2, 4)" in capsys.readouterr().out


FUZZY_TWICE = 'From,To,Weight\nA,B,"(0.1, 0.2, 0.3)"\nA,B,"(0.3, 0.4, 0.5)"\nB,C,0.5\n'


@pytest.mark.parametrize("repeated, weight, low, high", [("add", 0.6, 0.4, 0.8),
                                                         ("mean", 0.3, 0.2, 0.4)])
def test_a_repeated_fuzzy_edge_keeps_bounds_merged_as_its_weights_are(tmp_path, repeated,
                                                                      weight, low, high):
    """The bounds of every row are added or averaged with the weights: the first row's
    bounds alone refused the sum (0.6 above its high 0.3, at a High column the file does
    not have) and even the mean (0.2 and 0.4 average a hair above 0.3)."""
    imported = import_model(csv_file(tmp_path, FUZZY_TWICE), repeated=repeated)
    edge = next(e for e in imported.model.edges if (e.source, e.target) == ("a", "b"))
    assert (edge.weight, edge.low, edge.high) == (pytest.approx(weight), pytest.approx(low),
                                                  pytest.approx(high))


def test_a_crisp_row_of_a_repeated_fuzzy_edge_counts_as_its_own_bounds(tmp_path):
    """0.3 and (0.3, 0.4, 0.5) add up to 0.7 within 0.6 and 0.8: the second row's range is
    kept, not dropped."""
    imported = import_model(csv_file(tmp_path, FUZZY_TWICE.replace('"(0.1, 0.2, 0.3)"', "0.3")))
    edge = next(e for e in imported.model.edges if (e.source, e.target) == ("a", "b"))
    assert (edge.weight, edge.low, edge.high) == (pytest.approx(0.7), pytest.approx(0.6),
                                                  pytest.approx(0.8))


def test_a_repeated_fuzzy_edge_s_summed_range_is_held_to_the_weights_range(tmp_path):
    """(0.3, 0.4, 0.6) twice: weight 0.8 fits, its high 1.2 would have rescaled the map."""
    text = 'From,To,Weight\nA,B,"(0.3, 0.4, 0.6)"\nA,B,"(0.3, 0.4, 0.6)"\nB,C,0.5\n'
    imported = import_model(csv_file(tmp_path, text))
    assert weights_by_label(imported.model)[("B", "C")] == 0.5
    edge = next(e for e in imported.model.edges if (e.source, e.target) == ("a", "b"))
    assert (edge.weight, edge.low, edge.high) == (pytest.approx(0.8), pytest.approx(0.6), 1.0)
