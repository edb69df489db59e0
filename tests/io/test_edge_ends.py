"""The node an edge's From or To names in a Nodes/Edges import: what the file writes (an
id, a label) comes before an id the import made for a row without one, and a name two
rows could claim is said, never guessed."""

from __future__ import annotations

import csv

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from test_io_hand_made import _workbook
from windtunnel.errors import LoadError
from windtunnel.io import import_model


def _csv(path, rows: list) -> object:
    with open(path, "w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def _ids_by_label(model) -> dict[str, str]:
    return {node.label: node.id for node in model.nodes}


def test_an_edge_naming_a_label_that_reads_as_an_id_reaches_that_row(tmp_path):
    """Two rows without an id, labelled "Beta Gamma" and "beta-gamma": the id made for the
    first was beta-gamma, and an edge naming beta-gamma reached it, not the row labelled
    so. The row whose label reads as the id keeps it; the other row's id avoids it."""
    path = _workbook(tmp_path, [["ID", "Label"], [None, "Beta Gamma"], [None, "beta-gamma"],
                                ["y", "Y"]],
                     [["From", "To", "Weight"], ["beta-gamma", "y", 0.5],
                      ["Beta Gamma", "y", -0.5]])
    model = import_model(path).model
    ids = _ids_by_label(model)
    assert ids == {"Beta Gamma": "beta-gamma-2", "beta-gamma": "beta-gamma", "Y": "y"}
    assert {e.key: e.weight for e in model.edges} == {("beta-gamma", "y"): 0.5,
                                                      ("beta-gamma-2", "y"): -0.5}


def test_a_csv_pair_resolves_a_label_read_as_an_id_alike(tmp_path):
    """The same in a pair of CSV files, the label differing only by case: ``X-Y`` reads as
    the id x-y, which the row "X Y" does not take."""
    nodes = _csv(tmp_path / "nodes.csv", [["Label"], ["X Y"], ["X-Y"], ["Z"]])
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"], ["X-Y", "Z", 0.5],
                                         ["X Y", "Z", 0.25]])
    model = import_model(edges, nodes=nodes).model
    ids = _ids_by_label(model)
    assert ids["X-Y"] == "x-y" and ids["X Y"] == "x-y-2"
    assert {e.key: e.weight for e in model.edges} == {("x-y", "z"): 0.5, ("x-y-2", "z"): 0.25}


def test_a_label_written_exactly_as_an_id_wins_it_over_one_differing_by_case(tmp_path):
    """"Demand" (row 2) and "demand" (row 3), both without an id: the id demand is the
    second row's, whose label writes it exactly, and the edge naming demand reaches it."""
    nodes = _csv(tmp_path / "nodes.csv", [["Label"], ["Demand"], ["demand"], ["supply"]])
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"], ["demand", "supply", 0.5]])
    model = import_model(edges, nodes=nodes).model
    assert _ids_by_label(model) == {"Demand": "demand-2", "demand": "demand",
                                    "supply": "supply"}
    assert [e.key for e in model.edges] == [("demand", "supply")]


def test_a_name_two_labels_differing_by_case_claim_is_refused_with_a_way_that_works(tmp_path):
    """Rows "Tax" and "TAX" without ids: "tax" (also the id made for "Tax") fits both and is
    refused; the refusal offers the label as its row writes it, which reads."""
    nodes = [["ID", "Label"], [None, "Tax"], [None, "TAX"], ["y", "Y"]]
    refused = _workbook(tmp_path, nodes, [["From", "To", "Weight"], ["tax", "y", 0.5]])
    with pytest.raises(LoadError) as problem:
        import_model(refused)
    message = str(problem.value.problems[0])
    assert "'tax' names 2 nodes" in message and "its label exactly as its row writes" in message
    written = _workbook(tmp_path, nodes, [["From", "To", "Weight"], ["Tax", "y", 0.5]],
                        name="good.xlsx")
    model = import_model(written).model
    assert [e.key for e in model.edges] == [(_ids_by_label(model)["Tax"], "y")]


def test_a_name_that_is_one_row_s_id_and_another_s_label_is_said(tmp_path):
    """Row 2 is labelled b, row 3 has the id b: the edge naming b is joined to the id, and
    a note names both rows and the id to write for the other."""
    path = _workbook(tmp_path, [["ID", "Label"], ["a", "b"], ["b", "Other"], ["y", "Y"]],
                     [["From", "To", "Weight"], ["b", "y", 0.5]])
    imported = import_model(path)
    assert [e.key for e in imported.model.edges] == [("b", "y")]
    said = [str(note) for note in imported.notes if "'b'" in str(note)]
    assert len(said) == 1
    assert "sheet Nodes, row 3" in said[0] and "sheet Nodes, row 2" in said[0]
    assert "'a'" in said[0]


def test_many_names_that_are_one_row_s_id_and_another_s_label_are_said_in_one_note(tmp_path):
    """Ten rows whose labels are the next row's id (n0 labelled n1, ...): one note names
    the first six pairs and counts the rest, rather than ten notes."""
    nodes = _csv(tmp_path / "nodes.csv", [["ID", "Label"]]
                 + [[f"n{i}", f"n{i + 1}"] for i in range(10)] + [["y", "Y"]])
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"]]
                 + [[f"n{i}", "y", 0.5] for i in range(1, 10)])
    imported = import_model(edges, nodes=nodes)
    assert {e.source for e in imported.model.edges} == {f"n{i}" for i in range(1, 10)}
    said = [str(note) for note in imported.notes if "the label of another" in str(note)]
    assert len(said) == 1
    assert said[0].startswith("file edges.csv: 9 names in the edges are the id of one node "
                              "and the label of another: 'n1' (the id at file nodes.csv, row "
                              "3; the label at file nodes.csv, row 2, whose id is 'n0'), ")
    assert "and 3 more; the edges were joined to the nodes with those ids" in said[0]


#: Labels and ids that collide under case, spacing, Unicode width and id-making.
_NAMES = ["a", "A", "a-b", "A B", "a b", "A-B", "a_b", "3", "3.0", "ａ", "beta-gamma",
          "Beta Gamma", "x.y", "X.Y", "item", "項目"]
_IDS = ["a", "b", "a-b", "3", "3.0", "x.y", "beta-gamma", "item", "item-2"]


@st.composite
def _sheets(draw):
    """Nodes rows (an optional unique id, an optional label, never both blank)."""
    count = draw(st.integers(2, 8))
    ids = draw(st.lists(st.sampled_from(_IDS), min_size=count, max_size=count, unique=True))
    rows = []
    for written in ids:
        node_id = written if draw(st.booleans()) else None
        label = draw(st.sampled_from(_NAMES)) if node_id is None or draw(st.booleans()) else None
        rows.append((node_id, label))
    return rows


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_sheets(), data=st.data())
def test_an_edge_end_naming_one_row_exactly_reaches_that_row(tmp_path, rows, data):
    """Every edge end that is exactly one row's label or written id reaches that row,
    whatever ids were made for the rows without one."""
    owners: dict[str, set[int]] = {}
    for index, (node_id, label) in enumerate(rows):
        for name in {node_id, label} - {None}:
            owners.setdefault(name, set()).add(index)
    plain = sorted((name, next(iter(at))) for name, at in owners.items() if len(at) == 1)
    if len(plain) < 2:
        return
    chosen = data.draw(st.lists(st.sampled_from(plain), min_size=2, max_size=6))
    pairs = {}
    for (source, i), (target, j) in zip(chosen, chosen[1:]):
        if i != j:
            pairs.setdefault((i, j), (source, target))
    if not pairs:
        return
    nodes = _csv(tmp_path / "nodes.csv", [["ID", "Label"]] + [[node_id or "", label or ""]
                                                              for node_id, label in rows])
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"]] + [
        [source, target, 0.5] for source, target in pairs.values()])
    model = import_model(edges, nodes=nodes).model
    assert len(model.nodes) == len(rows)
    row_ids = [node.id for node in model.nodes]
    assert {e.key for e in model.edges} == {(row_ids[i], row_ids[j]) for i, j in pairs}
