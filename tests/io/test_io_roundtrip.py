"""Model -> workbook / CSV / frames / GraphML / matrix -> model: the round trips."""

from __future__ import annotations

import io

import re
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings

from windtunnel.io import (frames_to_model, tables_to_model, graph_to_model, graphml_bytes, import_model,
                           matrix_to_model, model_to_frames, model_workbook_bytes, export_model,
                           parse_graphml, read_model_workbook, write_model_workbook)
from windtunnel.errors import LoadError
from windtunnel.io.csv import parse_csv
from windtunnel.io.xlsx import workbook_tables
from windtunnel.io.workbook import workbook_to_model
from windtunnel.model import Edge, Model, Node, Settings, dumps, model_from_dict, model_to_dict

sys.path.insert(0, str(Path(__file__).parents[1]))
from model.strategies import models  # noqa: E402

from conftest import examples

# Characters a spreadsheet cell cannot hold at all (XML 1.0 forbids them): the workbook
# replaces them by U+FFFD, so the round-trip property is stated for models without them.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _storable(value):
    if isinstance(value, str):
        return _UNSTORABLE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_storable(v) for v in value]
    if isinstance(value, dict):
        return {k: _storable(v) for k, v in value.items()}
    return value


def _levers_by_kind(model: Model) -> Model:
    """``model`` as a table reads it back: a restriction is a lever by its kind, so its
    Lever cell says yes whatever its own flag, and reads back as no flag of its own (the
    meaning, which nodes are levers, is kept)."""
    data = model_to_dict(model)
    for node in data["nodes"]:
        if node.get("kind") == "restriction":
            node.pop("lever", None)
    return model_from_dict(data)


storable_models = models().map(lambda m: model_from_dict(_storable(model_to_dict(m))))


def test_small_model_round_trips_through_a_workbook(small_model, tmp_path):
    path = tmp_path / "model.xlsx"
    write_model_workbook(small_model, path)
    imported = read_model_workbook(path)
    assert imported.model == small_model
    assert imported.notes == ()
    assert dumps(imported.model) == dumps(small_model)


def test_the_lever_column_says_which_nodes_are_levers_and_reads_back_so(tmp_path):
    """The Lever column is the app's notion of a lever: every restriction (the bundled
    model's nine said "no" while the app counted them as levers) and any node marked one.
    Read back, the same nodes are levers; a restriction's "no" cannot be taken and says so."""
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    model = load(bundled_model())
    path = tmp_path / "model.xlsx"
    write_model_workbook(model, path)
    sheet = openpyxl.load_workbook(path)["Nodes"]
    header = [c.value for c in sheet[1]]
    levers = {row[0]: row[header.index("Lever")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert levers == {n.id: "yes" if n.is_lever else "no" for n in model.nodes}
    assert sum(1 for n in model.nodes if n.kind == "restriction") == 9
    assert list(levers.values()).count("yes") == 10
    back = read_model_workbook(path).model
    assert [n.is_lever for n in back.nodes] == [n.is_lever for n in model.nodes]
    assert back == model

    book = openpyxl.load_workbook(path)
    rows = list(book["Nodes"].iter_rows(min_row=2))
    restriction = next(i for i, n in enumerate(model.nodes) if n.kind == "restriction")
    rows[restriction][header.index("Lever")].value = "no"
    book.save(path)
    imported = read_model_workbook(path)
    assert imported.model.nodes[restriction].is_lever
    assert any("restriction is always a lever" in str(note) and f"rows {restriction + 2}" in str(note)
               for note in imported.notes)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(storable_models)
def test_any_model_round_trips_through_a_workbook(model):
    data = model_workbook_bytes(model)
    back = workbook_to_model(workbook_tables(data)).model
    assert dumps(back) == dumps(_levers_by_kind(model))
    assert back == _levers_by_kind(model)
    assert [n.is_lever for n in back.nodes] == [n.is_lever for n in model.nodes]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models())
def test_any_model_round_trips_through_frames(model):
    assert frames_to_model(model_to_frames(model)).model == _levers_by_kind(model)


def test_a_node_s_tags_come_back_as_written_repeats_included():
    """The Tags cell is the model's own: only what a kind or several values add is merged."""
    model = Model()
    model.add_node(Node("a", "A", tags=("0", "0", "x")))
    assert frames_to_model(model_to_frames(model)).model == model


def test_a_frame_of_dates_as_weights_names_the_date_and_its_gap_is_blank():
    """A Weight column Excel turned into dates comes to pandas as dates, a missing one as
    NaT: the date is named as one, the gap is a blank cell (the default weight)."""
    frame = pd.DataFrame({"From": ["a", "b"], "To": ["b", "c"],
                          "Weight": [pd.Timestamp("2026-01-02"), pd.NaT]})
    with pytest.raises(LoadError) as refused:
        frames_to_model({"Edges": frame})
    message = str(refused.value)
    assert "column Weight: holds the date 2026-01-02, not a number" in message
    assert message.count("column Weight") == 1        # the gap is no problem


def test_a_frame_s_problems_and_notes_name_its_rows_by_their_index():
    """A frame's row is named by its index as pandas shows it, the first (0) too; a
    problem with its column names names no row, a frame's header being no row."""
    empty_end = pd.DataFrame({"From": ["a", "b"], "To": [None, "c"], "Weight": [0.5, 0.2]})
    with pytest.raises(LoadError) as refused:
        frames_to_model({"Edges": empty_end})
    assert str(refused.value) == "sheet Edges, row 0, column To: is empty"
    noted = frames_to_model({"Edges": pd.DataFrame(
        {"From": ["a", "b"], "To": ["b", "c"], "Weight": [None, 0.2]})}).notes
    assert "(row 0)" in str(noted[0]) and "'a' (row 0), 'b' (row 0), 'c' (row 1)" in str(
        noted[1])
    filtered = pd.DataFrame({"From": ["a", "b"], "To": ["b", "c"], "Weight": [0.5, "x"]},
                            index=[10, 11])
    with pytest.raises(LoadError) as refused:
        frames_to_model({"Edges": filtered})
    assert str(refused.value) == "sheet Edges, row 11, column Weight: 'x' is not a number"
    twice = pd.DataFrame([["a", "b", 0.5, 0.1]], columns=["From", "To", "Weight", "Weight"])
    with pytest.raises(LoadError) as refused:
        frames_to_model({"Edges": twice})
    assert str(refused.value).startswith("sheet Edges: the column label 'Weight' heads 2 "
                                         "columns (C, D)")


@pytest.mark.parametrize("index, row", [
    (["tax", "trade"], "row 'trade'"),                      # labels: named by them
    ([0, 1, 0], "row 0 (iloc 2)"),                          # a label twice: its position too
    (["a", "b", "a"], "row 'a' (iloc 2)"),
    (pd.to_datetime(["2026-01-02", "2026-01-03"]), "row 2026-01-03"),
    ([0.5, 1.5], "row 1.5"),
])
def test_a_frame_s_rows_are_named_by_their_own_labels_whatever_its_index(index, row):
    """A frame indexed by names, dates or numbers that are not whole, or whose index
    holds a label twice (concatenated frames), was counted from 2 as a sheet's rows, or
    named two rows alike: the message names the row by the label pandas shows."""
    ends = ["b", "c", "d"][:len(index)]
    frame = pd.DataFrame({"From": ["a", "b", "c"][:len(index)], "To": ends[:-1] + [None],
                          "Weight": 0.5}, index=index)
    with pytest.raises(LoadError) as refused:
        frames_to_model({"Edges": frame})
    assert str(refused.value) == f"sheet Edges, {row}, column To: is empty"
    frame = pd.DataFrame({"From": ["a"] * len(index), "To": ends, "Weight": None}, index=index)
    noted = " ".join(map(str, frames_to_model({"Edges": frame}).notes))
    assert f"'{ends[-1]}' ({row})" in noted
    starts = ["a", "b", "c"][:len(index)]           # the last row an edge to its own start
    frame = pd.DataFrame({"From": starts, "To": ends[:-1] + starts[-1:], "Weight": 0.5},
                         index=index)
    noted = " ".join(map(str, frames_to_model({"Edges": frame}).notes))
    assert f"a node to itself ({row})" in noted


def test_edited_weight_comes_back_from_excel(small_model, tmp_path):
    path = tmp_path / "model.xlsx"
    write_model_workbook(small_model, path)
    book = openpyxl.load_workbook(path)
    edges = book["Edges"]
    assert [c.value for c in edges[1]][:3] == ["From", "To", "Weight"]
    edges["C2"] = 0.9                      # an analyst edits a weight ...
    edges["H3"] = "Observed in 2025."     # ... and writes a rationale
    book.save(path)
    model = read_model_workbook(path).model
    assert model.edge("ban", "leak").weight == 0.9
    assert model.edge("leak", "lab").rationale == "Observed in 2025."
    assert model.nodes == small_model.nodes and model.scenarios == small_model.scenarios


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(storable_models)
def test_any_model_round_trips_through_csv_tables(model):
    from windtunnel.io import tables_csv_files

    tables = {}
    for name, data in tables_csv_files(model).items():
        table = parse_csv(data, name=name)
        table.csv, table.sheet_word, table.name = False, "file", name
        tables[name[:-4]] = table
    assert tables_to_model(tables).model == _levers_by_kind(model)


def test_csv_folder_round_trips(small_model, tmp_path):
    written = export_model(small_model, tmp_path / "tables", format="csv")
    assert {p.name for p in written} >= {"nodes.csv", "edges.csv", "scenarios.csv",
                                         "interventions.csv", "model.csv"}
    assert import_model(tmp_path / "tables").model == small_model


def test_graphml_round_trips_nodes_and_edges(small_model):
    imported = graph_to_model(parse_graphml(graphml_bytes(small_model)))
    assert imported.model.nodes == small_model.nodes
    assert imported.model.edges == small_model.edges
    assert imported.model.title == small_model.title


def test_graphml_writes_a_restriction_as_the_lever_it_always_is():
    """A restriction is a lever by its kind, whatever its own flag: GraphML said
    ``lever`` False for one without the flag, and reading the file back noted that the
    "no" of every restriction was not taken."""
    model = Model.from_elements(title="Levers", nodes=[Node("ban", "Ban", kind="restriction"),
                                                       Node("use", "Use")],
                                edges=[Edge("ban", "use", -0.5)])
    imported = graph_to_model(parse_graphml(graphml_bytes(model)))
    assert not [n for n in imported.notes if "lever" in str(n)]
    assert [n.is_lever for n in imported.model.nodes] == [True, False]


def test_matrix_round_trips_weights(small_model):
    from windtunnel.io import matrix_csv_bytes

    imported = matrix_to_model(parse_csv(matrix_csv_bytes(small_model)))
    weights = {(imported.model.node(e.source).label, imported.model.node(e.target).label):
               e.weight for e in imported.model.edges}
    assert weights == {(small_model.node(e.source).label, small_model.node(e.target).label):
                       e.weight for e in small_model.edges}
    assert imported.model.title == "Small"


def test_the_matrix_corner_cell_is_the_title_without_a_byte_order_mark(small_model):
    import pandas as pd

    from windtunnel.io import matrix_csv_bytes, tables_csv_files

    data = matrix_csv_bytes(small_model)
    assert data.startswith(b"Small,") and b"\r\n" in data
    frame = pd.read_csv(io.BytesIO(data), index_col=0)
    assert frame.index.name == "Small" and list(frame.columns) == [n.label for n in
                                                                   small_model.nodes]
    # the model's tables keep the mark, so that Excel reads their UTF-8 text
    assert tables_csv_files(small_model)["nodes.csv"].startswith("\ufeff".encode())


def test_big_ids_and_seeds_keep_every_digit(tmp_path):
    model = Model.from_elements(title="Seeds", settings=Settings(seed=2**62 + 1),
                                nodes=[Node("a", "A"), Node("b", "B")],
                                edges=[Edge("a", "b", 0.1)])
    path = tmp_path / "seed.xlsx"
    write_model_workbook(model, path)
    assert read_model_workbook(path).model.settings.seed == 2**62 + 1


def test_frames_are_plain_tables(small_model):
    frames = model_to_frames(small_model)
    assert list(frames["Edges"].columns)[:3] == ["From", "To", "Weight"]
    assert frames["Edges"]["Weight"].tolist() == [0.6, 0.4, -0.3]
    assert isinstance(frames["Nodes"], pd.DataFrame)
