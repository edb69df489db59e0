"""The analysis: results follow the model, live lever drags, commits, undo, time, rebinding."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.app.document import Document
from windtunnel.engine import run
from windtunnel.model import Intervention

from conftest import make_small_model
from .conftest import settle


def test_attach_runs_and_picks_the_first_scenario(small):
    window, analysis = small
    assert analysis.session.results is not None and analysis.session.error is None
    assert analysis.session.scenario_id == "strict"
    assert analysis.session.step == analysis.session.steps == window.document.model.settings.steps
    expected = run(window.document.model)
    np.testing.assert_allclose(analysis.session.change(), expected.scenario("strict").change)


def test_slider_drag_updates_results_live_without_touching_the_model(small, qtbot):
    window, analysis = small
    model, stack = window.document.model, window.document.undo_stack
    before_model, before_change = model.copy(), analysis.session.change().copy()
    row = analysis.scenarios_panel.levers.rows["ban"]
    seen = []
    analysis.controller.live_changed.connect(lambda: seen.append(analysis.session.change().copy()))
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(30)           # emits sliderMoved, as a drag does
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert model == before_model and stack.count() == 0
    assert not np.allclose(seen[-1], before_change)
    leak = analysis.session.results.node_index("leak")
    assert seen[-1][8, leak] < before_change[8, leak]   # a weaker ban: less leakage than strict
    row.slider.setSliderDown(False)              # release: one undo command
    assert stack.count() == 1
    assert model.scenario("strict").interventions[0].value == pytest.approx(0.3)
    settle(qtbot, analysis)
    assert analysis.session.live_change is None
    np.testing.assert_allclose(analysis.session.change(), seen[-1])   # live == committed run
    stack.undo()
    assert model == before_model


def test_slider_positions_that_arrive_together_make_one_live_run_of_the_last(small, qtbot):
    """The live re-run waits for no timer, yet positions that arrive before the event loop
    turns (a drag step still being handled) become one re-run, of the last position."""
    window, analysis = small
    row = analysis.scenarios_panel.levers.rows["ban"]
    runs = []
    analysis.controller.live_changed.connect(lambda: runs.append(analysis.session.change().copy()))
    row.slider.setSliderDown(True)
    for position in (-80, -20, 40):
        row.slider.setSliderPosition(position)
    qtbot.waitUntil(lambda: bool(runs), timeout=2000)
    for _ in range(5):
        qtbot.wait(0)                              # later turns: no second run comes
    assert len(runs) == 1
    analysis.controller.preview_lever("ban", 0.4)
    analysis.controller.flush_live()
    np.testing.assert_allclose(runs[0], analysis.session.change())   # the run of 0.40
    row.slider.setSliderDown(False)


def test_a_lever_the_scenario_leaves_alone_is_set_by_dragging(workspace, qtbot):
    from windtunnel.model import Model, Node, Edge, Scenario
    model = Model.from_elements(
        nodes=[Node("a", "A", kind="restriction"), Node("b", "B", kind="restriction"),
               Node("x", "X")],
        edges=[Edge("a", "x", 0.5), Edge("b", "x", -0.7)],
        scenarios=[Scenario("s", "S", interventions=(Intervention("a", "clamp", 1.0, 1),))])
    window = workspace.windows[0]
    window.set_document(Document(model))
    analysis = window.extensions["analysis"]
    analysis.controller.preview_lever("b", 0.8)
    analysis.controller.flush_live()
    live = analysis.session.change().copy()
    assert analysis.controller.commit_lever("b", value=0.8)
    added = model.scenario("s").interventions[-1]
    assert (added.node, added.mode, added.value, added.start, added.end) == ("b", "clamp", 0.8, 1, None)
    analysis.controller.refresh()
    np.testing.assert_allclose(analysis.session.change(), live)


def test_lever_mode_and_steps_are_commands(small, qtbot):
    window, analysis = small
    model, stack = window.document.model, window.document.undo_stack
    row = analysis.scenarios_panel.levers.rows["ban"]
    row.mode.setCurrentIndex(2)
    row.mode.activated.emit(2)                     # pulse
    assert model.scenario("strict").interventions[0].mode == "pulse"
    row.start.setValue(3)
    row.start.editingFinished.emit()
    assert model.scenario("strict").interventions[0].start == 3
    row.mode.activated.emit(0)                     # not set: the lever follows the model
    assert model.scenario("strict").interventions == ()
    assert stack.count() == 3
    while stack.canUndo():
        stack.undo()
    assert model == make_small_model()


def test_scenario_list_add_duplicate_rename_delete_are_undoable(small, qtbot):
    window, analysis = small
    model, stack = window.document.model, window.document.undo_stack
    panel = analysis.scenarios_panel
    panel.duplicate()
    assert [s.label for s in model.scenarios] == ["Strict ban", "Strict ban (copy)"]
    assert analysis.session.scenario_id == model.scenarios[1].id
    assert model.scenarios[1].interventions == model.scenarios[0].interventions
    panel.add()
    assert model.scenarios[-1].label == "New scenario" and analysis.session.scenario_id == "new-scenario"
    settle(qtbot, analysis)
    item = panel.list.item(2)
    item.setText("Do nothing")                    # an edit in the list renames
    assert model.scenario("do-nothing").label == "Do nothing"      # its id from its name
    assert analysis.session.scenario_id == "do-nothing"
    panel.delete()
    settle(qtbot, analysis)
    assert [s.id for s in model.scenarios] == ["strict", "strict-ban-copy"]
    assert analysis.session.scenario_id in {"strict", "strict-ban-copy"}
    assert panel.list.count() == 2
    item = panel.list.item(0)
    item.setText("   ")                           # an empty label is refused, nothing changes
    assert window.problems and model.scenario("strict").label == "Strict ban"
    while stack.canUndo():
        stack.undo()
    assert model == make_small_model()


@pytest.mark.parametrize("button", ["add", "duplicate"])
def test_a_new_scenario_opens_its_name_for_typing(small, qtbot, button):
    """Add and Duplicate leave the new scenario's name open in the list, as a new node's
    is on the map: typing names it at once, Enter keeps the name."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    window, analysis = small
    panel = analysis.scenarios_panel
    getattr(panel, f"{button}_button").click()
    settle(qtbot, analysis)
    qtbot.waitUntil(lambda: panel.list.state() == QAbstractItemView.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.selectedText() == editor.text()
    qtbot.keyClicks(editor, "Reseller rule only")
    qtbot.keyClick(editor, Qt.Key_Return)
    model = window.document.model
    qtbot.waitUntil(lambda: model.scenario(analysis.session.scenario_id).label
                    == "Reseller rule only")
    assert len(model.scenarios) == 2


@pytest.mark.parametrize("button", ["add", "duplicate"])
def test_a_scenario_named_in_japanese_keeps_the_name_in_every_language(small, qtbot, button):
    """The name typed for a new scenario in Japanese is its original, read in every
    language (it stayed "新しいシナリオ" in English, the name kept only as the Japanese
    translation); renamed later in Japanese, the Japanese translation changes and the
    original stays; "New scenario" itself is no Japanese original."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from windtunnel.app.analysis.commands import add_scenario
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated

    window, analysis = small
    panel, model = analysis.scenarios_panel, window.document.model
    apply_language("ja")
    try:
        if button == "add":
            unnamed = add_scenario(model).element
            assert unnamed.label == "New scenario" and translated(unnamed) == "新しいシナリオ"
        getattr(panel, f"{button}_button").click()
        settle(qtbot, analysis)
        qtbot.waitUntil(lambda: panel.list.state() == QAbstractItemView.EditingState)
        editor = QApplication.focusWidget()
        editor.setText("輸出規制のみ")                # typed with an input method
        qtbot.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: translated(model.scenarios[-1]) == "輸出規制のみ")
        new = model.scenarios[-1].id                 # its id made from the name typed
        assert analysis.session.scenario_id == new
        qtbot.waitUntil(lambda: panel.list.state() != QAbstractItemView.EditingState)
        panel.list.currentItem().setText("再販規制")    # named already: a translation
    finally:
        apply_language("en")
    scenario = model.scenario(new)
    assert scenario.label == "輸出規制のみ" and translated(scenario, language="ja") == "再販規制"


def test_overrides_are_listed_and_edited(small, qtbot):
    window, analysis = small
    model, panel = window.document.model, analysis.scenarios_panel
    assert panel.overrides.rowCount() == 1
    assert panel.overrides.item(0, 1).text() == "\u22120.30"
    window.scene.select(edges=[("ban", "leak")])
    panel.override_selected_edge()
    settle(qtbot, analysis)
    assert [o.key for o in model.scenario("strict").overrides] == [("lab", "leak"), ("ban", "leak")]
    spin = panel.overrides.cellWidget(1, 2)
    spin.setValue(0.2)
    spin.editingFinished.emit()
    assert model.scenario("strict").overrides[1].weight == pytest.approx(0.2)
    window.scene.select(edges=[("lab", "leak")])       # selecting an overridden edge shows it
    qtbot.waitUntil(lambda: panel.overrides.currentRow() == 0
                    and panel.overrides.selectionModel().hasSelection(), timeout=3000)
    panel.remove_override()
    assert [o.key for o in model.scenario("strict").overrides] == [("ban", "leak")]


@pytest.mark.parametrize("key", ["shift", "ctrl"])
def test_the_edge_selected_on_the_map_selects_its_override_alone_whatever_key_is_held(
        small, qtbot, key):
    """The table shows the map's choice: a key held (or last reported held by an input
    event) must not make it extend the selection from another row (Shift) or add the row
    to the one selected before (Ctrl)."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtTest import QTest
    window, analysis = small
    panel = analysis.scenarios_panel
    window.scene.select(edges=[("ban", "leak")])
    panel.override_selected_edge()
    settle(qtbot, analysis)
    window.scene.select(edges=[("lab", "leak")])
    assert panel.overrides.currentRow() == 0
    code, modifier = {"shift": (_Qt.Key_Shift, _Qt.ShiftModifier),
                      "ctrl": (_Qt.Key_Control, _Qt.ControlModifier)}[key]
    QTest.keyPress(window.view, code, modifier)
    try:
        window.scene.select(edges=[("ban", "leak")])
        selected = {index.row() for index in panel.overrides.selectedIndexes()}
        assert selected == {1} and panel.overrides.currentRow() == 1
    finally:
        QTest.keyRelease(window.view, code, _Qt.NoModifier)


def test_results_follow_model_edits_and_mark_monte_carlo_stale(small, qtbot):
    window, analysis = small
    model = window.document.model
    old = analysis.session.change().copy()
    analysis.session.monte_carlo = analysis.session.results       # pretend a Monte Carlo run is shown
    model.update_edge("ban", "leak", weight=-0.6)
    assert analysis.session.monte_carlo_stale
    settle(qtbot, analysis)
    assert not np.allclose(analysis.session.change(), old)
    np.testing.assert_allclose(analysis.session.change(), run(model).scenario("strict").change)


def test_the_wheel_does_not_move_an_unfocused_lever(small, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt as _Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    window, analysis = small
    slider = analysis.scenarios_panel.levers.rows["ban"].slider
    before = slider.value()
    event = QWheelEvent(QPointF(5, 5), QPointF(slider.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120), _Qt.NoButton, _Qt.NoModifier, _Qt.NoScrollPhase, False)
    QApplication.sendEvent(slider, event)
    assert slider.value() == before and window.document.undo_stack.count() == 0


def test_time_step_and_replay(small, qtbot):
    window, analysis = small
    analysis.session.set_step(3)
    assert analysis.session.step == 3 and analysis.time_bar.slider.value() == 3
    assert "3 of" in analysis.time_bar.step_label.text()
    analysis.controller.set_playing(True)
    qtbot.waitUntil(lambda: analysis.session.step >= 5, timeout=3000)
    analysis.controller.set_playing(False)
    assert not analysis.time_bar.play.isChecked()
    analysis.session.set_step(10_000)
    assert analysis.session.step == analysis.session.steps


def test_follows_a_new_document_in_the_window(small, qtbot):
    window, analysis = small
    from windtunnel.model import load
    from windtunnel.paths import bundled_model
    window.set_document(Document(load(bundled_model())))
    settle(qtbot, analysis)
    assert analysis.controller.model is window.document.model
    assert analysis.controller.scene is window.scene
    assert len(analysis.session.results.node_ids) == len(window.document.model.nodes)
    assert analysis.map_results.halo_layer.scene() is window.scene
    assert len(analysis.scenarios_panel.levers.rows) == 10
    analysis.controller.preview_lever("licensing", 0.5)
    analysis.controller.flush_live()
    assert analysis.session.live_change is not None


def test_no_scenarios_means_no_levers_and_a_clear_map(workspace, qtbot):
    model = make_small_model()
    model.remove("scenario", "strict")
    window = workspace.windows[0]
    window.set_document(Document(model))
    analysis = window.extensions["analysis"]
    assert analysis.session.scenario_id == ""
    assert not analysis.scenarios_panel.levers.isEnabled()
    assert "Add a scenario" in analysis.scenarios_panel.levers.empty.text()
    assert window.scene.tint_of("leak") is None
    analysis.controller.preview_lever("ban", 0.3)           # nothing to preview: no error
    analysis.scenarios_panel.add()
    settle(qtbot, analysis)
    assert analysis.session.scenario_id == "new-scenario"
    assert analysis.scenarios_panel.levers.isEnabled()


def test_the_inspector_shows_and_edits_the_edge_in_the_scenario(small, qtbot):
    window, analysis = small
    model, box = window.document.model, analysis.override_box
    assert box.isHidden()                          # nothing selected
    window.scene.select(edges=[("lab", "leak")])
    assert box.isVisibleTo(window) and "\u22120.50" in box.text.text()
    assert box.reset.isEnabled()
    window.scene.select(edges=[("ban", "leak")])
    assert "uses the model's weight +0.60" in box.text.text() and not box.reset.isEnabled()
    box.weight.setValue(0.25)
    box.weight.editingFinished.emit()
    assert model.scenario("strict").overrides[-1].key == ("ban", "leak")
    assert model.scenario("strict").overrides[-1].weight == pytest.approx(0.25)
    settle(qtbot, analysis)
    assert "overrides" in box.text.text()
    box.reset.click()
    assert [o.key for o in model.scenario("strict").overrides] == [("lab", "leak")]
    window.scene.select(["ban"])
    assert box.isHidden()


def test_every_window_gets_one_analysis_from_the_workspace(small, workspace):
    window, analysis = small
    other = workspace.open_window()
    assert other.extensions["analysis"] is not analysis
    assert other.extensions["analysis"].controller.window is other
    assert [a.text() for a in window.menuBar().actions()].count("A&nalysis") == 1
    other.close()


def test_menus_analysis_export_and_workshop(small):
    window, analysis = small
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("A&nalysis") == titles.index("&Window") - 1 == titles.index("&Help") - 2
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    file_items = [a.text() for a in menus["&File"].actions()]
    export = next(a.menu() for a in menus["&File"].actions() if a.text() == "&Export Results")
    assert file_items.index("&Export Results") < file_items.index("&Close Window")
    assert len([a for a in export.actions() if not a.isSeparator()]) == 8
    assert analysis.actions["workshop"] in menus["&View"].actions()
    assert analysis.actions["help"] in menus["&Help"].actions()
    assert analysis.actions["workshop"].shortcut().toString() == "F11"


def test_a_reopened_file_shows_the_scenario_last_shown(workspace, qtbot, tmp_path):
    """A saved model opened again shows the scenario last shown of it (kept in the app's
    settings, not in the file), and the usual one when that scenario is gone."""
    import shutil

    from windtunnel.model import load as load_model
    from windtunnel.model import save as save_model
    from windtunnel.paths import bundled_model

    from .conftest import settle

    path = tmp_path / "model.wtm"
    shutil.copy(bundled_model(), path)
    before = path.read_bytes()

    def opened():
        window = workspace.open_window()
        window.background_reads = False
        assert window.open_file(path)
        window = next(w for w in workspace.windows if w.document.path == path.resolve())
        analysis = window.extensions["analysis"]
        qtbot.waitExposed(window)
        settle(qtbot, analysis)
        return window, analysis.session

    window, session = opened()
    usual = session.scenario_id
    other = next(s.id for s in window.document.model.scenarios[::-1] if s.id != usual)
    session.set_scenario(other)
    window.close()
    assert path.read_bytes() == before                   # the file keeps no trace of it
    window, session = opened()
    assert session.scenario_id == other
    window.close()
    model = load_model(path)
    model.remove("scenario", other)
    save_model(model, path)
    window, session = opened()
    assert session.scenario_id == usual
    window.close()


def test_an_edit_hands_the_map_only_the_tints_that_changed(small, qtbot, monkeypatch):
    """After a node is added the run tints every node again, but the map is handed the new
    node's tint alone (the others kept theirs): on a map of 2,000 nodes, making and
    comparing a colour for each held the window for milliseconds after every edit. The
    tints are still those of the whole run, and a deleted node's is dropped."""
    from windtunnel.app.analysis.colours import change_colours, span_of
    from windtunnel.app.canvas import CanvasScene
    from windtunnel.model import Node

    window, analysis = small
    scene, session = window.scene, analysis.session
    assert scene.tint_of("leak") is not None
    handed = []
    retint = CanvasScene.retint
    monkeypatch.setattr(CanvasScene, "retint",
                        lambda self, changes: handed.append(set(changes)) or retint(self, changes))
    window.editor.model.add_node(Node("alone", "Alone", position=(300.0, 300.0)))
    settle(qtbot, analysis)
    assert handed and handed[-1] == {"alone"}
    results = session.results
    step = min(session.step, session.steps)
    span = max(analysis.map_results._run_span[1], span_of(session.change()))
    whole = dict(zip(results.node_ids, change_colours(session.change()[step], span)))
    assert {node_id: scene.tint_of(node_id) for node_id in results.node_ids} == whole
    window.editor.model.remove("node", "alone")
    settle(qtbot, analysis)
    assert "alone" in set().union(*handed[1:]) and scene.tint_of("alone") is None
