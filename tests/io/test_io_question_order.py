"""A file's located problems are refused before any question is asked about it (its edges
listed twice, undirected or out of range): a row's own problem, a bound, another sheet's
or a scenario's problem, a graph file's; a sound file still asks its questions in turn."""

from __future__ import annotations

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ChoiceNeeded
from windtunnel.model.vocabulary import MAX_TEXT

from io_helpers import csv_file


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
    path = csv_file(tmp_path_factory.mktemp("asked"), text)
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
        import_model(csv_file(tmp_path, text + "\n"), **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert [str(p) for p in refused.value.problems] == [f"row {at + 2}, column {column}: "
                                                        f"{message}"]


def test_bounds_are_checked_as_written_before_the_rescaling_question(tmp_path):
    """Low <= weight <= High holds or fails whatever positive number divides them all, so a
    Low of 6 above a weight of 5 is refused as written, before the out-of-range question;
    bounds in order are rescaled with their weight when the question is answered."""
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, "From,To,Weight,Low\nA,B,5,6\nC,D,0.3,\n", "bad.csv"),
                     **ASKING)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value).endswith("row 2, column Low: 6.0 is above the weight 5.0")
    path = csv_file(tmp_path, "From,To,Weight,Low,High\nA,B,5,4,6\nC,D,0.3,,\n", "sound.csv")
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
        import_model(csv_file(tmp_path, text), out_of_range="refuse")
    assert str(refused.value) == (f"edges.csv: row 2, {where}: 3 is outside [-1, 1] (to "
                                  "divide every weight by the largest, import with --weights "
                                  "rescale)")
    with pytest.raises(LoadError) as refused:          # in the app: what to choose
        import_model(csv_file(tmp_path, text), out_of_range="refuse", asked=True)
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
    """Two rows of one edge, each with a rationale of 12,000 characters: joined, each led
    by its weight (rationales tell parallel edges apart), 24,027 pass the length of a
    text. Refused at the first row, naming both rows, before the repeated-edges question
    (it asked, then refused row 2 for a text it never held)."""
    text = ("From,To,Weight,Rationale\n" f"A,B,0.2,{'x' * 12_000}\n"
            f"A,B,0.3,{'y' * 12_000}\nB,C,0.5,\n")
    with pytest.raises(LoadError) as refused:
        import_model(csv_file(tmp_path, text), repeated=repeated)
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value) == (
        f"edges.csv: row 2, column Rationale: the edge A → B is listed more than once (rows "
        f"2, 3), and the one edge its rows merge into would be refused: text of "
        f"{2 * (12_000 + len('weight 0.2 — ')) + 1:,} characters is longer than {MAX_TEXT:,}; merge them by hand into "
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
    path = csv_file(tmp_path, "From,To,Weight,Direction\nA,B,0.5,undirected\nA,B,0.3,directed\n")
    with pytest.raises(ChoiceNeeded) as first:
        import_model(path, **ASKING)
    assert first.value.question == "undirected"
    with pytest.raises(ChoiceNeeded) as second:
        import_model(path, **(ASKING | {"undirected": "as-written"}))
    assert second.value.question == "repeated"
