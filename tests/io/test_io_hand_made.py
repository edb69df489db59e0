"""Spreadsheets made by hand: the slips a person makes typing a map (a misspelt name, one
mistyped weight, a repeated id, a decimal comma in a CSV file) are named where they are,
all at once, and never change the map's meaning without a word."""

from __future__ import annotations

import re

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.importing import ChoiceNeeded

#: A tester's hand-made file: a typo in a name (row 5), a decimal comma (row 3), a
#: self-loop (row 6) and one weight of 1.5 among weights within [-1, 1] (row 7).
EDGES = ("From,To,Weight,Notes\n"
         "Export controls,Chip smuggling,0.6,more controls more smuggling\n"
         "Chip smuggling,Misuse risk,0,4\n"
         "Export controls,Misuse risk,-0.5,\n"
         "Chip smugling,Misuse risk,0.3,typo in name\n"
         "Export controls,Export controls,0.2,self loop\n"
         "Misuse risk,Public concern,1.5,out of range\n"
         "Public concern,Export controls,0.4,\n")


def _csv(tmp_path, text: str, name: str = "edges1.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _workbook(tmp_path, nodes: list, edges: list, name: str = "bad.xlsx"):
    book = openpyxl.Workbook()
    book.active.title = "Nodes"
    for row in nodes:
        book.active.append(row)
    sheet = book.create_sheet("Edges")
    for row in edges:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


NODES = [("ID", "Label", "Kind", "Initial"), ("ec", "Export controls", "restriction", 0.5),
         ("cs", "Chip smuggling", "factor", 0), ("cs", "Misuse risk", "factor", "0.3"),
         ("mr", "Misuse risk", "outcome", 0.3)]


def _notes(imported) -> list[str]:
    return [str(note) for note in imported.notes]


def test_one_stray_weight_is_refused_at_its_cell_rather_than_rescaling_the_map(tmp_path):
    """A single 1.5 among weights within [-1, 1] divided every other weight by 1.5 without
    a word; it is a slip to correct, named at its row and column, unless the analyst says
    the weights are to be rescaled."""
    path = _csv(tmp_path, EDGES)
    with pytest.raises(LoadError) as refused:
        import_model(path)
    (problem,) = refused.value.problems
    assert problem.location == "row 7, column Weight"
    assert "1.5 is outside [-1, 1], where the other weights are" in problem.message
    assert "--weights rescale" in problem.message
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, out_of_range="ask")
    assert asked.value.choices == ("refuse", "rescale")
    assert str(asked.value) == ("1 weight is outside [-1, 1] where the others are within it, "
                                "which looks like a typing slip: row 7, column Weight (1.5)")
    rescaled = import_model(path, out_of_range="rescale").model
    assert max(abs(edge.weight) for edge in rescaled.edges) == 1.0
    with pytest.raises(LoadError, match="row 7, column Weight: 1.5 is outside"):
        import_model(path, out_of_range="refuse")


@pytest.mark.parametrize("weights", [(3, 7, 10, 0.5, 6), (1, 1, 2, 1, 5, 1, 1, 1)])
def test_weights_on_another_scale_are_rescaled_as_before(tmp_path, weights):
    """A map weighted 0 to 10, or Gephi's counts (whole numbers, mostly 1), is on another
    scale, not a slip: rescaled by default, with the note, and asked about as before."""
    rows = "".join(f"N{i},N{i + 1},{weight}\n" for i, weight in enumerate(weights))
    path = _csv(tmp_path, "From,To,Weight\n" + rows)
    imported = import_model(path)
    largest = max(weights)
    assert max(edge.weight for edge in imported.model.edges) == 1.0
    assert any(f"all were divided by {largest:g}" in note for note in _notes(imported))
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, out_of_range="ask")
    assert asked.value.choices == ("rescale",)


def test_the_nodes_the_edges_create_are_named_with_their_rows_and_near_names_flagged(tmp_path):
    """The note said only "created 5 nodes"; it names each with the row that first names it,
    and a name close to another (a likely typo) is flagged, asked about, or refused."""
    path = _csv(tmp_path, EDGES)
    imported = import_model(path, out_of_range="rescale")
    notes = _notes(imported)
    assert ("created 5 nodes named in the edges but not in a Nodes sheet: 'Export controls' "
            "(row 2), 'Chip smuggling' (row 2), 'Misuse risk' (row 3), 'Chip smugling' (row 5), "
            "'Public concern' (row 7)") in notes
    assert any("'Chip smugling' (row 5) is close to 'Chip smuggling' (row 2)" in note
               for note in notes)
    with pytest.raises(ChoiceNeeded) as asked:
        import_model(path, out_of_range="rescale", near_names="ask")
    assert asked.value.question == "near_names"
    assert asked.value.choices == ("refuse", "create")
    assert "'Chip smugling' (row 5) is close to 'Chip smuggling' (row 2)" in str(asked.value)
    with pytest.raises(LoadError) as refused:
        import_model(path, out_of_range="rescale", near_names="refuse")
    (problem,) = refused.value.problems
    assert problem.location == "row 5, column From"
    assert "'Chip smugling' is close to 'Chip smuggling'" in problem.message


def test_a_long_list_of_created_nodes_is_bounded(tmp_path):
    rows = "".join(f"Factor {chr(65 + i)}{i},Outcome {i}{chr(90 - i)},0.5\n" for i in range(10))
    imported = import_model(_csv(tmp_path, "From,To,Weight\n" + rows))
    (note,) = [note for note in _notes(imported) if note.startswith("created")]
    assert note.startswith("created 20 nodes named in the edges but not in a Nodes sheet: "
                           "'Factor A0' (row 2), 'Outcome 0Z' (row 2)")
    assert note.endswith("and 12 more")


def test_an_edge_naming_a_node_the_nodes_sheet_does_not_list_is_refused_at_its_cell(tmp_path):
    """With a Nodes sheet, an edge's "xx" was made a node silently; the sheet is the map's
    list of nodes, so the name is refused where it is, with the near name when there is
    one."""
    nodes = [row for row in NODES if row[1] != "Misuse risk" or row[0] != "cs"]
    path = _workbook(tmp_path, nodes, [("From", "To", "Weight"), ("ec", "cs", 0.5),
                                       ("cs", "Misuse risk", 0.4), ("ec", "xx", -0.3),
                                       ("Chip smugling", "mr", 0.2)])
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert [str(problem) for problem in refused.value.problems] == [
        "sheet Edges, row 4, column To: 'xx' is not a node of the Nodes sheet: correct the "
        "name, or add a row for it to the Nodes sheet",
        "sheet Edges, row 5, column From: 'Chip smugling' is not a node of the Nodes sheet (is "
        "it 'Chip smuggling'?): correct the name, or add a row for it to the Nodes sheet"]


def test_every_problem_of_the_file_is_listed_at_once(tmp_path):
    """The tester's bad.xlsx: an id repeated with another label, a Delay of "two" and an
    edge to a node not listed come in one message, so all are fixed in one go."""
    path = _workbook(tmp_path, NODES, [("From", "To", "Weight", "Delay"), ("ec", "cs", "0,5", 0),
                                       ("cs", "mr", 0.4, "two"), ("ec", "xx", -0.3, 0)])
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert [str(problem) for problem in refused.value.problems] == [
        "sheet Nodes, row 4, column ID: repeats the id 'cs' of row 3 with another label "
        "('Misuse risk', where row 3 says 'Chip smuggling'): give each node its own id",
        "sheet Edges, row 3, column Delay: 'two' is not a number",
        "sheet Edges, row 4, column To: 'xx' is not a node of the Nodes sheet: correct the "
        "name, or add a row for it to the Nodes sheet"]


def test_a_row_repeating_an_id_and_its_label_is_skipped_in_the_singular(tmp_path):
    nodes = [NODES[0], NODES[1], NODES[2], ("cs", "Chip smuggling", "factor", 0), NODES[4]]
    path = _workbook(tmp_path, nodes, [("From", "To", "Weight"), ("ec", "cs", 0.5),
                                       ("cs", "mr", 0.4)])
    notes = _notes(import_model(path))
    assert ("sheet Nodes, column ID: skipped 1 row repeating the id and label of a row above "
            "(row 4); the first row was kept") in notes


def test_a_decimal_comma_split_by_the_file_s_commas_is_noted(tmp_path):
    """"0,4" unquoted in a comma-separated file is the weight 0 and a 4 in the next column:
    read as written, but the note names the row."""
    imported = import_model(_csv(tmp_path, "From,To,Weight,Notes\nA,B,0,4\nB,C,0.3,\nC,A,0,x\n"))
    assert [edge.weight for edge in imported.model.edges][:1] == [0.0]
    (note,) = [note for note in _notes(imported) if "decimal comma" in note]
    assert note.startswith("column Weight: a weight of 0 followed by a cell of digits looks "
                           "like a decimal comma")
    assert "row 2: 0,4;" in note and "row 4" not in note


@pytest.mark.parametrize("text, row, weight", [
    ("From,To,Weight\nExport ban,Smuggling,0.5\nSmuggling,Misuse risk,0,7\n", 3, "0,7"),
    ("From;To;Weight\nA;B;0.5\n", None, None),          # semicolons: nothing split
    ("From,To,Weight\r\nA,B,-0,25\r\nB,C,0.1\r\n", 2, "-0,25"),
])
def test_a_decimal_comma_spilling_past_the_header_refuses_the_file(tmp_path, text, row,
                                                                   weight):
    """A row with more fields than the header, whose extra field is the decimals of a
    weight of 0 (``0,7`` unquoted), is refused at its row and column, never read as the
    weight 0: nothing in the file says the digits are anything else."""
    path = _csv(tmp_path, text)
    if row is None:
        assert import_model(path).model.edge("a", "b").weight == 0.5
        return
    with pytest.raises(LoadError) as refused:
        import_model(path)
    message = str(refused.value)
    assert f"row {row}, column Weight: the weight {weight} is split in two" in message
    assert f"write it with a point ({weight.replace(',', '.')})" in message
    assert "semicolons" in message


def test_near_names_are_one_slip_apart_and_never_a_series(tmp_path):
    """Among two thousand names, the one typing slip is found, and names of one series
    (Node 00001, Node 00002) are not taken for slips."""
    rows = "".join(f"Node {i:05d},Chip smuggling,0.5\n" for i in range(2000))
    path = _csv(tmp_path, "From,To,Weight\n" + rows + "Chip smugling,Node 00000,0.5\n")
    (note,) = [note for note in _notes(import_model(path)) if "close to" in note]
    assert note.startswith("names that may be typing slips, each made a node of its own: "
                           "'Chip smugling' (row 2002) is close to 'Chip smuggling' (row 2);")


def test_an_id_made_from_a_label_leaves_the_id_a_later_row_writes_to_that_row(tmp_path):
    """Row 2 has no id, so one is made from its label ("alpha"); row 3 writes the id
    "alpha" itself. The written id is row 3's, and row 2's node gets another."""
    path = _workbook(tmp_path, [["ID", "Label"], [None, "Alpha"], ["alpha", "Alpha again"],
                                ["beta", "Beta"]],
                     [["From", "To", "Weight"], ["alpha", "beta", 0.5], ["Alpha", "beta", -0.4]])
    model = import_model(path).model
    assert {n.id: n.label for n in model.nodes} == {"alpha-2": "Alpha", "alpha": "Alpha again",
                                                   "beta": "Beta"}
    assert {e.key: e.weight for e in model.edges} == {("alpha", "beta"): 0.5,
                                                      ("alpha-2", "beta"): -0.4}


def test_a_long_nodes_sheet_makes_its_ids_without_copying_or_searching_again(tmp_path,
                                                                          monkeypatch):
    """The ids a made id must avoid are kept as they grow, not copied for each row without
    an id (40,000 rows took a hundred seconds), and rows of one label do not search the
    suffixes from -2 each time (20,000 rows labelled "Same" took four minutes): every id
    is made against one set, and finding it takes one look-up more than the ids made."""
    from windtunnel.io import values

    count = 2_000
    nodes = _csv(tmp_path, "ID,Label,X,Y\n" + "".join(
        f"{f'n{i}' if i % 2 else ''},{'Same' if i % 4 == 0 else f'Node {i}'},{i},0\n"
        for i in range(count)), "nodes.csv")
    edges = _csv(tmp_path, "From,To,Weight\nn1,n3,0.5\n", "edges.csv")
    sets, looked_up = set(), []

    class Counting(values.TakenIds):
        def __contains__(self, item):
            looked_up.append(item)
            return super().__contains__(item)

    made_with = values.new_id

    def new_id(label, taken):
        sets.add(id(taken))
        taken.__class__ = Counting
        return made_with(label, taken)

    monkeypatch.setattr(values, "new_id", new_id)
    model = import_model(edges, nodes=nodes).model
    made = [n.id for n in model.nodes if not re.fullmatch(r"n\d+", n.id)]
    assert len(model.nodes) == count and len(made) == count // 2 and len(sets) == 1
    assert made[:3] == ["same", "node-2", "same-2"] and made[-2:] == ["same-500", "node-1998"]
    assert len(looked_up) <= 2 * len(made)


def test_a_label_that_reads_as_an_id_is_that_row_s_id(tmp_path):
    """A Nodes sheet of labels alone, written as ids (``demand``), gives those ids: the ids
    other rows write do not push a row's own label aside."""
    nodes = _csv(tmp_path, "Label\ndemand\nsupply\n", "nodes.csv")
    edges = _csv(tmp_path, "From,To,Weight\ndemand,supply,0.5\n", "edges.csv")
    model = import_model(edges, nodes=nodes).model
    assert [n.id for n in model.nodes] == ["demand", "supply"]
    assert [e.key for e in model.edges] == [("demand", "supply")]


def test_a_refused_near_name_says_what_to_choose_where_the_import_was_asked(tmp_path):
    """The command line's refusal names its option; the app's says what to choose when it
    asks (the app sets ``asked``), never an option the person cannot type there."""
    path = _csv(tmp_path, EDGES)
    for asked, wanted, unwanted in ((False, "--near-names create", "Make each name"),
                                    (True, "choose \u201cMake each name a node of its own\u201d",
                                     "--near-names")):
        with pytest.raises(LoadError) as refused:
            import_model(path, out_of_range="rescale", near_names="refuse", asked=asked)
        (problem,) = refused.value.problems
        assert wanted in problem.message and unwanted not in problem.message


def test_a_nodes_table_alone_says_it_brought_no_edges():
    """Gephi's nodes export (Id, Label) imported alone: every node unconnected, which the
    note says with how to bring the edges, rather than an edgeless map and no word."""
    from io_helpers import REAL

    imported = import_model(REAL / "gephi_export_utf8.csv")
    assert imported.model.nodes and not imported.model.edges
    assert any(n.message.startswith("holds no edges") and "--nodes" in n.message
               for n in imported.notes)


def test_a_map_with_edges_has_no_such_note(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,Weight\nA,B,0.5\n"))
    assert not any("holds no edges" in n.message for n in imported.notes)
