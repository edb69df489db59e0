"""A switch of language (View > Language) keeps the analysis and names it in the new
language: results kept from before (Monte Carlo, an exploration) read in the new language
on screen and in their workbooks, and what the user set in the analysis's docks stays set."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from windtunnel.app.translations import apply_language
from windtunnel.model import load, translated
from windtunnel.paths import bundled_model

from .conftest import _open, run_sensitivity, save_answers, settle
from .test_explore_view import tick


@pytest.fixture
def bundled_switching(workspace, qtbot):
    """(window, analysis) on the bundled model; English again afterwards."""
    window, analysis = _open(workspace, qtbot, load(bundled_model()))
    yield window, analysis
    for shown in workspace.windows:
        shown.extensions["analysis"].controller.cancel_all()
        shown.extensions["analysis"].controller.wait()
    apply_language("en")


def switch(workspace, qtbot, window, tag: str):
    """Choose ``tag`` in View > Language; the rebuilt window and its analysis, settled."""
    window.actions.languages[tag].trigger()
    window = workspace.windows[0]
    window.problems = []
    window.show_problem = lambda title, error: window.problems.append((title, str(error)))
    analysis = window.extensions["analysis"]
    qtbot.waitExposed(window)
    settle(qtbot, analysis)
    return window, analysis


def _workbook(window, analysis, qtbot, path):
    answer, _ = save_answers(window)
    answer(path)
    assert analysis.exporter.workbook()
    settle(qtbot, analysis)
    assert not window.problems
    return openpyxl.load_workbook(path, read_only=True)


@pytest.mark.parametrize("ran, shown", [("en", "ja"), ("zh-HK", "zh-CN")])
def test_monte_carlo_results_are_named_in_the_language_switched_to(
        bundled_switching, workspace, qtbot, tmp_path, ran, shown):
    """Monte Carlo run in one language, the workbook exported in another: every scenario,
    node, objective and the model's title in the second, as the command line writes them."""
    window, analysis = bundled_switching
    if ran != "en":
        window, analysis = switch(workspace, qtbot, window, ran)
    analysis.controller.run_monte_carlo(40)
    settle(qtbot, analysis)
    kept = analysis.session.monte_carlo
    assert kept is not None
    window, analysis = switch(workspace, qtbot, window, shown)
    session, model = analysis.session, window.document.model
    mc = session.current_monte_carlo()
    assert mc is not None and mc.samples == 40            # kept, not run again
    assert mc.scenarios[0].uncertainty is kept.scenarios[0].uncertainty
    scenarios = [translated(s) for s in model.scenarios]
    assert [r.label for r in mc.scenarios] == scenarios
    assert list(mc.labels) == [translated(model.node(n)) for n in mc.node_ids]
    assert mc.title == translated(model, "title")
    assert {row.objective for row in mc.scorecard} == {translated(o) for o in model.objectives}

    book = _workbook(window, analysis, qtbot, tmp_path / "results.xlsx")
    before = [translated(s, language=ran) for s in model.scenarios]
    names = " ".join(book.sheetnames)
    assert not any(label[:20] in names for label in before if label not in scenarios)
    summary = [row for row in book.worksheets[0].iter_rows(values_only=True)]
    texts = {str(cell) for row in summary for cell in row if cell is not None}
    assert mc.title in texts
    assert not texts & (set(before) - set(scenarios))


def test_an_exploration_is_named_in_the_language_switched_to_and_its_setup_kept(
        bundled_switching, workspace, qtbot, tmp_path):
    """After a switch the Explore dock keeps its futures, ticked levers, sampler and tab in
    front, and names its options (lever points by their levers' labels), objectives and
    failure boxes in the new language, on screen and in its workbook."""
    window, analysis = bundled_switching
    window.extensions["analysis"].explore_dock.raise_()
    view = analysis.explore_view
    tick(view, "licensing", 0.0, 1.0, 3)
    view.futures.setValue(200)
    view.policies.setValue(5)
    view.run()
    settle(qtbot, analysis)
    english = {row.label for row in view.result[1]}   # lever points by the levers' labels
    assert any(label.startswith("Licensing") for label in english), english
    window, analysis = switch(workspace, qtbot, window, "ja")
    view, model = analysis.explore_view, window.document.model
    assert view.futures.value() == 200 and view.policies.value() == 5
    rows = {view.levers.item(r, 0).data(Qt.UserRole): r for r in range(view.levers.rowCount())}
    assert view.levers.item(rows["licensing"], 0).checkState() == Qt.Checked
    assert view.levers.cellWidget(rows["licensing"], 3).value() == 3
    assert view.levers.cellWidget(rows["licensing"], 3).specialValueText() != "any"
    assert view.chosen_levers()[0].node == "licensing"
    assert analysis.explore_dock.visibleRegion().isEmpty() is False   # still in front

    scenarios = {translated(s) for s in model.scenarios}
    shown = {view.table.item(r, 1).text() for r in range(view.table.rowCount())}
    assert scenarios <= shown and not (english - scenarios) & shown
    sentences = [view.boxes.item(i).text() for i in range(view.boxes.count())]
    assert sentences and not any(label in text for text in sentences
                                 for label in english - scenarios)
    answer, _ = save_answers(window)
    answer(tmp_path / "explore.xlsx")
    view.export()
    settle(qtbot, analysis)
    book = openpyxl.load_workbook(tmp_path / "explore.xlsx", read_only=True)
    texts = {str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for cell in row if cell is not None}
    assert scenarios <= texts and not (english - scenarios) & texts


def test_an_out_of_date_exploration_stays_shown_out_of_date_after_a_switch(
        bundled_switching, workspace, qtbot):
    """An exploration made out of date by an edit is still the room's to read after a
    switch of language: shown again, marked out of date, not dropped as if the model had
    changed while it ran."""
    window, analysis = bundled_switching
    view = analysis.explore_view
    tick(view, "licensing", 0.0, 1.0, 3)
    view.futures.setValue(20)
    view.policies.setValue(2)
    view.run()
    settle(qtbot, analysis)
    rows = view.table.rowCount()
    assert rows and not view.stale
    window.editor.add_node((4000.0, 4000.0), label="Scratch")
    settle(qtbot, analysis)
    assert view.stale
    window, analysis = switch(workspace, qtbot, window, "ja")
    view = analysis.explore_view
    assert view.result is not None and view.table.rowCount() == rows
    assert view.stale and not view.stale_note.isHidden()
    assert not view.export_button.isEnabled()        # out of date: run again to export


def test_the_disagreement_lens_and_anonymous_mode_stay_on_after_a_switch(
        workspace, qtbot):
    window, analysis = _open(workspace, qtbot,
                             load(bundled_model("ai-export-controls-2026-voices.wtm")))
    try:
        panel = window.extensions["participants"]
        panel.lens_action.trigger()
        panel.anonymous.setChecked(True)
        assert panel.show_lens.isChecked() and panel.lens.isVisible()
        window, analysis = switch(workspace, qtbot, window, "zh-HK")
        panel = window.extensions["participants"]
        assert panel.lens_action.isChecked() and panel.show_lens.isChecked()
        assert panel.lens.isVisible() and panel.anonymous.isChecked()
        assert panel.names()[0] != translated(window.document.model.participants[0])
    finally:
        apply_language("en")


def test_what_the_map_draws_and_the_views_choices_stay_after_a_switch(
        bundled_switching, workspace, qtbot):
    window, analysis = bundled_switching
    analysis.time_bar.halos.setChecked(True)
    analysis.time_bar.flows.setChecked(False)
    analysis.scenarios_panel.levers.filter.setText("lic")
    matrix = analysis.results_panel.matrix
    matrix.at_step.setChecked(True)
    matrix.across.setChecked(False)
    analysis.results_panel.chart.all_scenarios.setChecked(True)
    window, analysis = switch(workspace, qtbot, window, "ja")
    assert analysis.time_bar.halos.isChecked() and not analysis.time_bar.flows.isChecked()
    assert analysis.map_results.show_halos and not analysis.map_results.show_flows
    assert analysis.scenarios_panel.levers.filter.text() == "lic"
    matrix = analysis.results_panel.matrix
    assert matrix.at_step.isChecked() and not matrix.across.isChecked()
    assert analysis.results_panel.chart.all_scenarios.isChecked()


def test_sensitivity_results_survive_a_switch_and_read_in_the_new_language(
        bundled_switching, workspace, qtbot):
    window, analysis = bundled_switching
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    bars, levers = view.bars, view.lever_table.rowCount()
    assert bars and levers
    window, analysis = switch(workspace, qtbot, window, "zh-HK")
    view = analysis.results_panel.tornado
    assert view.objective.currentData() == "limit-misuse"
    assert view.bars == bars and view.lever_table.rowCount() == levers   # kept, not run again
    assert not view.plot.isHidden()
    model = window.document.model
    lever = model.node(view.levers[0].lever)
    assert view.lever_table.item(0, 0).text() == translated(lever) != lever.label
    assert translated(model.scenario("whack-a-mole")) in view.note.text()
