"""The map labels as a lever is set: a lever's level set for the first time (its slider
moved) moves no label, which the room would read as the map changing; the scenario shown
again names its new lever first, with the levers it set before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import settle


def _labels(window) -> dict[str, tuple]:
    """Each map label as painted, by node: its text and box."""
    window.view.viewport().grab()
    return {label.node_id: (label.text, label.box.getRect())
            for label in window.view.map_labels.placed}


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
@pytest.mark.parametrize("scenario, lever", [("hk-hub", "licensing"),
                                             ("access-suspension", "usage-monitoring")])
def test_setting_a_new_lever_places_no_label_again(bundled, qtbot, size, scenario, lever):
    # before, the lever joined the nodes named first: its name showed whole and its
    # neighbours' labels moved or were cut ("Borrowed credentials" became "Borro…")
    window, analysis = bundled
    window.resize(*size)
    QApplication.processEvents()
    window.view.fit()
    analysis.session.set_scenario(scenario)
    settle(qtbot, analysis)
    before = _labels(window)
    assert window.view.labels_by_view and before
    row = analysis.scenarios_panel.levers.rows[lever]
    assert not row.is_set
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(60)
    analysis.controller.flush_live()
    row.slider.setSliderDown(False)
    settle(qtbot, analysis)
    assert row.is_set and lever not in window.scene.labelled_first
    after = _labels(window)
    assert after == before, {node: (before.get(node), after.get(node))
                             for node in before.keys() | after.keys()
                             if before.get(node) != after.get(node)}
    named_first = window.scene.labelled_first
    analysis.session.set_scenario("status-quo")
    settle(qtbot, analysis)
    analysis.session.set_scenario(scenario)
    settle(qtbot, analysis)
    assert window.scene.labelled_first == (*named_first, lever)
