"""Edits that change nothing leave nothing behind; what undo or redo brings back is shown."""

from __future__ import annotations

from .conftest import settle


def test_a_lever_dragged_away_and_back_leaves_no_undo_entry_and_no_preview(small, qtbot):
    window, analysis = small
    stack, document = window.document.undo_stack, window.document
    status = analysis.results_panel.status
    row = analysis.scenarios_panel.levers.rows["ban"]
    start = row.slider.value()
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(-60)              # away ...
    qtbot.waitUntil(lambda: "live preview" in status.text(), timeout=3000)
    row.slider.setSliderPosition(start)            # ... and back
    row.slider.setSliderDown(False)
    settle(qtbot, analysis)
    assert stack.count() == 0 and not document.modified and not window.isWindowModified()
    assert analysis.session.live_change is None
    assert "live preview" not in status.text()
    assert row.value.text() == "+1.00"


def test_a_lever_the_scenario_leaves_alone_stays_alone_after_a_round_trip(small, qtbot):
    window, analysis = small
    model, stack = window.document.model, window.document.undo_stack
    analysis.scenarios_panel.levers.rows["ban"].mode.activated.emit(0)    # not set
    settle(qtbot, analysis)
    assert model.scenario("strict").interventions == () and stack.count() == 1
    row = analysis.scenarios_panel.levers.rows["ban"]
    start = row.slider.value()
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(start + 40)
    row.slider.setSliderPosition(start)
    row.slider.setSliderDown(False)
    settle(qtbot, analysis)
    assert model.scenario("strict").interventions == () and stack.count() == 1
    assert not row.is_set


def test_setting_a_lever_to_its_value_again_is_not_an_edit(small, qtbot):
    window, analysis = small
    assert not analysis.controller.commit_lever("ban", value=1.0)
    assert window.document.undo_stack.count() == 0


def test_redo_of_add_scenario_shows_the_scenario_again(small, qtbot):
    window, analysis = small
    stack, panel, session = window.document.undo_stack, analysis.scenarios_panel, analysis.session
    panel.add()
    settle(qtbot, analysis)
    assert session.scenario_id == "new-scenario"
    stack.undo()
    settle(qtbot, analysis)
    assert session.scenario_id == "strict"
    stack.redo()
    settle(qtbot, analysis)
    assert session.scenario_id == "new-scenario"
    assert panel.current_item().data(0x0100) == "new-scenario"     # Qt.UserRole
    # and a deleted scenario brought back by undo is shown too
    panel.delete()
    settle(qtbot, analysis)
    stack.undo()
    settle(qtbot, analysis)
    assert session.scenario_id == "new-scenario"
