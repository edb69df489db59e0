"""Participants' own nodes (and the ratings that join them to the shared map) round-trip
through the workbook and the CSV tables like the .wtm: an Own nodes sheet, written only
when someone has own nodes; bad rows are refused with their sheet, row and column, and
nothing is imported."""

from __future__ import annotations

import io
from dataclasses import replace

import openpyxl
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import export_model, import_model, model_workbook_bytes, tables_csv_files
from windtunnel.model import Node, Rating, load
from windtunnel.model.fileformat import model_to_dict
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


@pytest.fixture(scope="module")
def with_own():
    """The bundled voices model with one concept only its first participant drew, joined
    to a shared node by their rating."""
    model = load(bundled_model(VOICES))
    first = model.participants[0]
    shared = model.nodes[0].id
    own = Node("smuggling-networks", "Smuggling networks", group="Own", initial=0.2,
               position=(120.0, -40.0), tags=("own",), description="Only they drew it")
    person = replace(first, nodes=(own,), ratings=first.ratings + (
        Rating(own.id, shared, weight=0.5, rationale="why"),))
    model.replace("participant", person)
    return model


def test_own_nodes_come_back_from_the_workbook(with_own, tmp_path):
    path = tmp_path / "model.xlsx"
    path.write_bytes(model_workbook_bytes(with_own))
    back = import_model(path).model
    assert back.participants[0].nodes == with_own.participants[0].nodes
    assert back.participants == with_own.participants
    assert back == with_own
    assert model_to_dict(back) == model_to_dict(with_own)


def test_own_nodes_come_back_from_the_csv_folder(with_own, tmp_path):
    assert "own_nodes.csv" in tables_csv_files(with_own)
    export_model(with_own, tmp_path / "tables", format="csv")
    back = import_model(tmp_path / "tables").model
    assert back == with_own
    assert model_to_dict(back) == model_to_dict(with_own)


def test_no_own_nodes_sheet_without_own_nodes():
    model = load(bundled_model(VOICES))
    assert not any(p.nodes for p in model.participants)
    book = openpyxl.load_workbook(io.BytesIO(model_workbook_bytes(model)), read_only=True)
    assert "Own nodes" not in book.sheetnames and "Ratings" in book.sheetnames
    assert "own_nodes.csv" not in tables_csv_files(model)


def _edited(with_own, cell: str, value, tmp_path):
    book = openpyxl.load_workbook(io.BytesIO(model_workbook_bytes(with_own)))
    sheet = book["Own nodes"]
    assert [c.value for c in sheet[1]][:3] == ["Participant", "ID", "Label"]
    sheet[cell] = value
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("cell, value, says", [
    ("A2", "nobody", "sheet Own nodes, row 2, column Participant: 'nobody' is not a "
                     "participant on the Participants sheet"),
    ("B2", None, "sheet Own nodes, row 2"),
])
def test_bad_own_node_rows_are_refused_where_they_are(with_own, tmp_path, cell, value, says):
    with pytest.raises(LoadError) as caught:
        import_model(_edited(with_own, cell, value, tmp_path))
    assert says in str(caught.value)


def test_an_own_id_that_is_a_shared_node_is_refused_where_it_is(with_own, tmp_path):
    shared = with_own.nodes[1].id
    with pytest.raises(LoadError) as caught:
        import_model(_edited(with_own, "B2", shared, tmp_path))
    assert (f"sheet Own nodes, row 2, column ID: {shared!r} is already a shared node"
            in str(caught.value))


def test_formula_like_text_in_an_own_node_stays_text(with_own, tmp_path):
    back = import_model(_edited(with_own, "C2", "=1+1", tmp_path)).model
    assert back.participants[0].nodes[0].label == "=1+1"
