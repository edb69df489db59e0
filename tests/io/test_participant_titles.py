"""A file of several participants' maps is titled by its name, as every other import is,
not by its first sheet: PyFCM writes each participant's sheet name (P1, P2, ...) in the
corner cell that a single matrix's title is read from."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from windtunnel.io import import_model
from windtunnel.io.participant_files import read_maps
from windtunnel.io.participants import combine_maps

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _participants_book(tmp_path, concepts: dict[str, list[str]]) -> Path:
    """A workbook as PyFCM writes one: a sheet per participant, each a square matrix whose
    corner cell is the sheet's name."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet_name, labels in concepts.items():
        sheet = book.create_sheet(sheet_name)
        sheet.append([sheet_name, *labels])
        for i, label in enumerate(labels):
            sheet.append([label, *(0 if i == j else round(0.1 * (i + j), 1)
                                   for j in range(len(labels)))])
    path = tmp_path / "AllParticipants.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("participants", ["keep", "aggregate", "P2"])
def test_participant_sheets_take_the_file_s_name_as_title(tmp_path, participants):
    path = _participants_book(tmp_path, {name: ["C1", "C2", "C3"] for name in ("P1", "P2", "P3")})
    assert import_model(path, participants=participants).model.title == "AllParticipants"


def test_pyfcm_s_own_participants_workbook_is_titled_by_its_file():
    path = REAL / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"
    assert import_model(path).model.title == path.stem


def test_participants_naming_different_concepts_combine_under_the_file_s_name(tmp_path):
    """Sheets naming different concepts are read as one map each and combined: the
    combined map is the file's, not "Aggregate of 3 maps: P1, P2, P3"."""
    path = _participants_book(tmp_path, {"P1": ["C1", "C2", "C3"], "P2": ["C1", "C2", "C4"],
                                         "P3": ["C1", "C2", "C3"]})
    maps = read_maps([path])
    assert [m.name for m in maps] == ["P1", "P2", "P3"]
    assert combine_maps(maps).model.title == "AllParticipants"


def test_a_single_matrix_is_still_titled_by_its_corner(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Energy policy,A,B\nA,0,0.5\nB,0.2,0\n", encoding="utf-8")
    assert import_model(path).model.title == "Energy policy"


def test_a_file_whose_name_is_blank_but_for_its_extension_is_titled_by_its_name(tmp_path):
    """A file named " .csv" gave the blank title " ", which a model may not have: the
    import and the participants' import were refused with "title: must be text"."""
    plain = tmp_path / " .csv"
    plain.write_text("From,To,Weight\na,b,0.5\n", encoding="utf-8")
    assert import_model(plain).model.title == ".csv"
    listed = tmp_path / "  .csv"
    listed.write_text("Participant,From,To,Weight\nP1,a,b,0.5\nP2,b,a,0.3\n",
                      encoding="utf-8")
    assert combine_maps(read_maps([listed])).model.title == ".csv"
