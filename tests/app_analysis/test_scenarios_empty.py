"""The Scenarios list of a model without scenarios (an imported map) says what a scenario
is and how to make one, and says nothing once the model has one."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from windtunnel.app.analysis.scenarios_frame import ScenarioList
from windtunnel.model import Model, load
from windtunnel.paths import bundled_model

from .conftest import _open, settle


def _differs_from_a_plain_list(scenario_list) -> bool:
    """Whether ``scenario_list`` paints anything a plain list of its size and items does
    not (its hint)."""
    plain = QListWidget()
    plain.resize(scenario_list.size())
    plain.setFont(scenario_list.font())
    for row in range(scenario_list.count()):
        plain.addItem(scenario_list.item(row).text())
    plain.setCurrentRow(scenario_list.currentRow())
    plain.show()
    painted = plain.viewport().grab().toImage()
    plain.close()
    return scenario_list.viewport().grab().toImage() != painted


def test_an_empty_scenario_list_says_how_to_make_a_scenario(workspace, qtbot):
    bundled = load(bundled_model())
    window, analysis = _open(workspace, qtbot, Model.from_elements(
        title="Imported map", nodes=bundled.nodes, edges=bundled.edges,
        sources=bundled.sources))
    scenarios = analysis.scenarios_panel
    assert scenarios.list.count() == 0
    assert "Add one" in ScenarioList.hint()
    assert _differs_from_a_plain_list(scenarios.list)
    scenarios.add_button.click()
    settle(qtbot, analysis)
    assert scenarios.list.count() == 1
    analysis.controller.cancel_all()
    analysis.controller.wait()
