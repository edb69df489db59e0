"""A results workbook carries the participants (the Participants and Ratings model sheets)
and re-imports with them; bad participant rows are refused with their sheet, row and
column, and nothing is imported."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from windtunnel.engine import run, working_weights
from windtunnel.errors import LoadError
from windtunnel.io import import_model, results_workbook_bytes, write_model_workbook
from windtunnel.io.sheets import model_rows
from windtunnel.model import FORMAT_VERSION, Rating, load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"
#: One worker builds the workbook (a run and its explanations) once for the whole module.
pytestmark = pytest.mark.xdist_group("participants_workbook")


@pytest.fixture(scope="module")
def voices():
    model = load(bundled_model(VOICES))
    return model, results_workbook_bytes(run(model, scenarios=[model.scenarios[1].id]), model)


@pytest.fixture(scope="module")
def book(voices):
    """The results workbook opened once; a test edits one cell of it (:func:`_edited`)."""
    return openpyxl.load_workbook(io.BytesIO(voices[1]))


def test_the_results_workbook_re_imports_with_its_participants(voices, tmp_path):
    model, data = voices
    path = tmp_path / "results.xlsx"
    path.write_bytes(data)
    back = import_model(path).model
    assert back.participants == model.participants
    assert back == model


def test_the_edges_own_weights_go_out_and_come_back_only_with_participants(voices):
    """A rated edge's weight from before the ratings is in the Own weight columns (and
    came back above); a model without participants has no such columns."""
    model, _data = voices
    header, _styles, rows = model_rows(model)["Edges"]
    assert header[-3:] == ["Own weight", "Own low", "Own high"]
    owns = {(row[0], row[1]): row[header.index("Own weight")] for row in rows}
    assert owns == {e.key: e.unrated_weight for e in model.edges}
    assert any(weight is not None for weight in owns.values())
    assert "Own weight" not in model_rows(load(bundled_model()))["Edges"][0]


def test_the_disagreement_sheet_lists_rated_edges_most_disagreed_first(voices):
    _model, data = voices
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert {"Disagreement", "Per participant", "Participants", "Ratings"} <= set(
        book.sheetnames)
    header, *rows = book["Disagreement"].iter_rows(max_row=3, values_only=True)
    assert header[:3] == ("From ID", "To ID", "Edge")     # ids say they are, beside the label
    assert rows[0][:2] == ("restricted-access", "misuse-risk")
    assert rows[0][2] == "Restricted actors' access \u2192 Misuse risk"
    assert rows[0][4] >= rows[1][4]


def _edited(book, sheet: str, cell: str, value, tmp_path):
    """The workbook saved with ``value`` in ``cell`` of ``sheet``; the shared workbook keeps
    its own value."""
    before = book[sheet][cell].value
    book[sheet][cell] = value
    try:
        path = tmp_path / "edited.xlsx"
        book.save(path)
    finally:
        book[sheet][cell] = before
    return path


@pytest.mark.parametrize("sheet, cell, value, says", [
    ("Ratings", "A2", "nobody", "sheet Ratings, row 2, column Participant: 'nobody' is not a "
                                "participant on the Participants sheet"),
    ("Ratings", "D2", 7, "sheet Ratings, row 2, column Weight: 7.0 is outside [-1, 1]"),
    ("Ratings", "E2", "+XL", "sheet Ratings, row 2, column Term: '+XL' is not one of"),
    ("Ratings", "B2", "no-such-node", "sheet Ratings, row 2, column From: 'no-such-node' is "
                                      "not a node"),
    ("Participants", "F2", -3, "sheet Participants, row 2, column Credibility: -3.0 is "
                               "outside [0, 100]"),
    ("Participants", "A3", "us-security", "sheet Participants, row 3, column ID: a second "
                                          "participant 'us-security' (the first is on row 2)"),
])
def test_bad_participant_rows_are_refused_where_they_are(book, tmp_path, sheet, cell,
                                                         value, says):
    path = _edited(book, sheet, cell, value, tmp_path)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert says in str(caught.value)


def test_a_refused_participant_is_not_reported_again_through_its_ratings(book, tmp_path):
    with pytest.raises(LoadError) as caught:
        import_model(_edited(book, "Participants", "F2", -3, tmp_path))
    assert len(caught.value.problems) == 1


def test_a_term_in_lower_case_is_read_as_the_term(book, tmp_path):
    back = import_model(_edited(book, "Ratings", "E2", "+h", tmp_path)).model
    assert back.participants[0].ratings[0].term == "+H"


# -- a workbook written before format version 7 ------------------------------------------------

#: A results workbook Windtunnel wrote before format version 7, where absent ratings are left
#: out: Ana rates levy -> demand -0.8 and Ben 0, which then left the edge as though Ben had
#: not rated it (its weight -0.8); demand -> harm 0.6 and 0.4. Its Model sheet has no
#: version row.
BEFORE_V7 = Path(__file__).parent.parent / "data" / "golden" / "results-before-v7.xlsx"


def test_a_workbook_from_before_version_7_reads_its_ratings_of_0_as_no_rating():
    imported = import_model(BEFORE_V7)
    model = imported.model
    assert model.settings.aggregation_zeros == "ignore"
    ben = model.participant("ben")
    assert [(r.key, r.weight) for r in ben.ratings] == [(("demand", "harm"), 0.4)]
    assert working_weights(model) == {("levy", "demand"): -0.8, ("demand", "harm"): 0.5}
    assert model.edge("levy", "demand").weight == -0.8          # as the workbook had it
    note = next(str(n) for n in imported.notes if "format version 7" in str(n))
    assert note.startswith("sheet Ratings: written before format version 7")
    # its Edges sheet's -0.8 is the aggregate without Ben's 0 (-0.4 with it): the writer
    # left it out, and the note says so, not that it guessed
    assert "as its Edges sheet's weights show" in note
    assert "the ratings of 0 in row 4 (1 in all) are read as no rating" in note
    assert 'to count one as "no effect", write NA in its Term cell' in note


#: The same room written by Windtunnel after ratings of 0 began to count (format version 7)
#: but before the Model sheet gave its version: Ben's 0 counted, levy -> demand is -0.4.
#: Made with the code of that time (the commit before the version row) from Ana's -0.8
#: and 0.6 and Ben's 0 and 0.4, absent ratings left out.
V7_WITHOUT_ROW = BEFORE_V7.with_name("results-v7-without-version-row.xlsx")


def test_a_workbook_whose_weights_counted_its_ratings_of_0_keeps_them():
    imported = import_model(V7_WITHOUT_ROW)
    model = imported.model
    assert model.settings.aggregation_zeros == "ignore"
    ben = model.participant("ben")
    assert [(r.key, r.weight) for r in ben.ratings] == [(("levy", "demand"), 0.0),
                                                        (("demand", "harm"), 0.4)]
    assert working_weights(model) == {("levy", "demand"): -0.4, ("demand", "harm"): 0.5}
    assert model.edge("levy", "demand").weight == -0.4
    note = next(str(n) for n in imported.notes if "format version 7" in str(n))
    assert "the ratings of 0 in row 4 are read as 0" in note


def _before_v7_edited(tmp_path, change) -> Path:
    book = openpyxl.load_workbook(BEFORE_V7)
    change(book)
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return path


def _set_edges_weight(book, weight: float) -> None:
    edges = book["Edges"]
    header = [cell.value for cell in edges[1]]
    for row in edges.iter_rows(min_row=2):
        if (row[header.index("From")].value, row[header.index("To")].value) == (
                "levy", "demand"):
            row[header.index("Weight")].value = weight
            return
    raise AssertionError("no edge levy -> demand")


def test_weights_that_do_not_tell_keep_the_rule_and_say_how_to_keep_the_zeros(tmp_path):
    """The Edges sheet's weight edited by hand (-0.6, neither -0.8 nor -0.4): the ratings
    of 0 are read as no rating, and the note names their rows and both ways to keep them."""
    imported = import_model(_before_v7_edited(tmp_path, lambda b: _set_edges_weight(b, -0.6)))
    ben = imported.model.participant("ben")
    assert [r.key for r in ben.ratings] == [("demand", "harm")]
    note = next(str(n) for n in imported.notes if "format version 7" in str(n))
    assert "do not tell whether its ratings of 0 were left out" in note
    assert "the ratings of 0 in row 4 (1 in all) are read as no rating" in note
    assert 'write NA in their Term cells, or add a last row "version" with 7' in note


def test_the_notes_way_to_keep_the_zeros_keeps_them(tmp_path):
    """Doing what the note says (a last Model row "version" with 7) reads Ben's 0 as 0."""
    path = _before_v7_edited(tmp_path, lambda b: b["Model"].append(["version", 7]))
    imported = import_model(path)
    assert [r.weight for r in imported.model.participant("ben").ratings] == [0.0, 0.4]
    assert not any("format version 7" in str(n) for n in imported.notes)


def test_a_workbook_written_now_keeps_its_ratings_of_0(tmp_path):
    """From format version 7 the Model sheet gives its version, and a rating of 0 is a
    view: it comes back and counts."""
    model = import_model(BEFORE_V7).model
    model.replace("participant", replace(model.participant("ben"), ratings=(
        Rating("levy", "demand", 0.0), Rating("demand", "harm", 0.4))))
    path = tmp_path / "now.xlsx"
    write_model_workbook(model, path)
    header, _styles, rows = model_rows(model)["Model"]
    assert ["version", FORMAT_VERSION] in rows
    imported = import_model(path)
    assert imported.model.participants == model.participants
    assert working_weights(imported.model)[("levy", "demand")] == -0.4
    assert not any("format version 7" in str(n) for n in imported.notes)
