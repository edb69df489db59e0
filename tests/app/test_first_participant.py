"""The first participant added by hand leaves absent ratings out, in the adding's undo step:
an analyst adding people one by one to rate edges means an edge's weight to be what those
who rated it said. The dock says so under its setting, with how to change it back; the
file, the workbook and imported participants' maps keep their own setting."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from windtunnel.app.commands import execute
from windtunnel.app.document import Document
from windtunnel.app.participants_rating import add_participant, rate
from windtunnel.engine.linguistic import term_weight
from windtunnel.io.participants import combine_maps
from windtunnel.io.workbook import read_model_workbook, write_model_workbook
from windtunnel.model import Edge, Model, Node, dumps, loads

KEY = ("a", "b")


def _map() -> Model:
    return Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")],
                               edges=[Edge("a", "b", 0.5)])


def _two_added_by_hand(model: Model, stack: QUndoStack) -> None:
    for name in ("Alice", "Bob"):
        assert execute(stack, add_participant(model, name))


def test_the_first_participant_added_leaves_absent_ratings_out_in_the_same_undo_step(qapp):
    model, stack = _map(), QUndoStack()
    assert model.settings.aggregation_zeros == "include"
    _two_added_by_hand(model, stack)
    assert model.settings.aggregation_zeros == "ignore" and stack.count() == 2
    assert stack.text(0) == 'Add participant "Alice"; absent ratings are left out'
    assert stack.text(1) == 'Add participant "Bob"'          # the second changes nothing else
    # one "very high" of two people is the edge's weight, not diluted to half by the other
    execute(stack, rate(model, "alice", KEY, term="+VH"))
    assert model.edge(*KEY).weight == pytest.approx(term_weight("+VH"))
    for _ in range(3):
        stack.undo()
    assert model.settings.aggregation_zeros == "include" and not model.participants
    assert model.edge(*KEY).weight == 0.5
    stack.redo()
    assert model.settings.aggregation_zeros == "ignore" and len(model.participants) == 1


def test_a_model_with_participants_or_already_leaving_them_out_keeps_its_setting(qapp):
    model, stack = _map(), QUndoStack()
    _two_added_by_hand(model, stack)
    execute(stack, rate(model, "alice", KEY, term="+VH"))
    model.set_settings(replace(model.settings, aggregation_zeros="include"))
    command = add_participant(model, "Carol")      # people in the room already: the
    assert not command.leaves_out_absent           # analyst's setting stands
    execute(stack, command)
    assert model.settings.aggregation_zeros == "include"
    empty = _map()
    empty.set_settings(replace(empty.settings, aggregation_zeros="ignore"))
    assert not add_participant(empty, "Dan").leaves_out_absent


def test_the_setting_is_saved_with_the_file_and_the_workbook(qapp, tmp_path):
    model, stack = _map(), QUndoStack()
    _two_added_by_hand(model, stack)
    execute(stack, rate(model, "bob", KEY, term="+VH"))
    reopened = loads(dumps(model))
    assert reopened.settings.aggregation_zeros == "ignore"
    assert reopened.edge(*KEY).weight == model.edge(*KEY).weight == pytest.approx(
        term_weight("+VH"))
    write_model_workbook(model, tmp_path / "voices.xlsx")
    back = read_model_workbook(tmp_path / "voices.xlsx").model
    assert back.settings.aggregation_zeros == "ignore"
    assert [p.label for p in back.participants] == ["Alice", "Bob"]
    assert back.edge(*KEY).weight == pytest.approx(term_weight("+VH"))


def test_imported_participants_maps_keep_absent_edges_as_zeros():
    """Maps combined as participants (fcmconfr's reading: an edge a map did not draw
    is 0 there) are not added by hand: their aggregate counts the zeros."""
    alice = _map()
    bob = Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")], edges=[])
    combined = combine_maps([("alice", alice), ("bob", bob)]).model
    assert combined.settings.aggregation_zeros == "include"
    assert combined.edge(*KEY).weight == pytest.approx(0.25)


def test_a_real_workbook_of_participants_matrices_keeps_absent_edges_as_zeros():
    """pyfcm's example workbook (one adjacency matrix per participant, tests/data/real):
    imported, its participants' aggregate counts the edges a map did not draw as 0."""
    from pathlib import Path

    from windtunnel.engine.aggregation import working_weights
    from windtunnel.io import import_model

    path = (Path(__file__).resolve().parents[1] / "data" / "real"
            / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx")
    model = import_model(path).model
    assert len(model.participants) > 1
    assert model.settings.aggregation_zeros == "include"
    counted = {p.id: {r.key: r.weight for r in p.ratings} for p in model.participants}
    key = next(k for k in working_weights(model)
               if sum(k in ratings for ratings in counted.values()) < len(counted))
    total = sum(ratings.get(key, 0.0) for ratings in counted.values())
    assert model.edge(*key).weight == pytest.approx(total / len(counted))


def _panel(window, model):
    window.set_document(Document(model))
    QApplication.processEvents()
    return window.extensions["participants"]


def test_the_dock_says_so_under_its_setting_and_undo_hides_it(window, qtbot):
    model = _map()
    panel = _panel(window, model)
    stack = window.document.undo_stack
    note = panel.zeros_note
    assert not note.isVisibleTo(window)
    panel.add.click()
    assert model.settings.aggregation_zeros == "ignore"
    assert panel.zeros.currentData() == "ignore"
    assert note.isVisibleTo(window)
    # the room has rated nothing yet: said so, not "1 participants. The 0 of the map's ..."
    assert panel.method.text() == (
        "1 participant. No edge of the map's 1 is rated yet: each keeps the map's own weight "
        "until someone rates it, then weighs the mean of their ratings (absent ratings are "
        "left out).")
    assert note.text().startswith("Absent ratings are now left out")
    assert "count as zero" in note.text() and 'href="zeros"' in note.text()
    assert window.statusBar().currentMessage().startswith("Absent ratings are now left out")
    stack.undo()
    qtbot.waitUntil(lambda: not note.isVisibleTo(window), timeout=3000)
    assert panel.zeros.currentData() == "include"
    # the status bar no longer says they are left out: it says undo put the setting back
    assert window.statusBar().currentMessage().startswith(
        "Absent ratings count as zero again: adding the first participant")
    stack.redo()
    qtbot.waitUntil(lambda: note.isVisibleTo(window), timeout=3000)
    assert window.statusBar().currentMessage().startswith("Absent ratings are now left out")
    note.linkActivated.emit("zeros")               # count them as zero: a step of its own
    assert model.settings.aggregation_zeros == "include" and stack.count() == 2
    assert not note.isVisibleTo(window)
    stack.undo()
    assert model.settings.aggregation_zeros == "ignore"
    QApplication.processEvents()
    assert not note.isVisibleTo(window)            # put away once answered


def test_hide_puts_the_note_away_and_a_second_participant_brings_no_new_one(window, qtbot):
    model = _map()
    panel = _panel(window, model)
    panel.add.click()
    QApplication.processEvents()
    panel.zeros_note.linkActivated.emit("hide")
    assert not panel.zeros_note.isVisibleTo(window)
    assert model.settings.aggregation_zeros == "ignore"
    panel.people.setFocus()                        # the new name's editor closes
    QApplication.processEvents()
    panel.add.click()
    QApplication.processEvents()
    assert len(model.participants) == 2 and not panel.zeros_note.isVisibleTo(window)


def test_a_model_without_participants_links_to_adding_one_above_the_fold(window, qtbot):
    """The dock's Add sits under its tables, below a laptop's fold: the sentence at its top
    says the model has none and links to adding one."""
    model = _map()
    panel = _panel(window, model)
    assert '<a href="add">Add one</a> to rate its edges' in panel.method.text()
    panel.method.linkActivated.emit("add")
    assert [p.label for p in model.participants] == ["Participant 1"]
    assert model.settings.aggregation_zeros == "ignore"
    qtbot.waitUntil(lambda: panel.people.state() == panel.people.State.EditingState,
                    timeout=3000)                    # its name open for typing
    assert "<a " not in panel.method.text()
