"""Ctrl+PageDown (next scenario) pressed fast among F11 (workshop mode) and Ctrl+Shift+T
(the story): however the keys are mixed, the scenario shown is the one the number of
Ctrl+PageDown presses says, in the window and in workshop mode, with the story told or
not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .conftest import settle

NEXT, WORKSHOP, STORY = "next", "workshop", "story"
#: Bursts of keys, each sent without waiting between presses.
BURSTS = {
    "next between each toggle": [NEXT, WORKSHOP, NEXT, STORY, NEXT, STORY, NEXT, WORKSHOP, NEXT],
    "story inside workshop": [WORKSHOP, STORY, NEXT, NEXT, NEXT, STORY, WORKSHOP, NEXT],
    "workshop inside story": [STORY, NEXT, WORKSHOP, NEXT, NEXT, WORKSHOP, NEXT, STORY],
    "toggles in pairs": [NEXT, NEXT, WORKSHOP, WORKSHOP, STORY, STORY, NEXT, NEXT, NEXT],
    "left in both modes": [WORKSHOP, NEXT, STORY, NEXT, NEXT, NEXT, NEXT, NEXT, NEXT],
    "a full round and more": [NEXT] * 4 + [STORY, WORKSHOP] + [NEXT] * 5 + [WORKSHOP],
}
_KEYS = {NEXT: (Qt.Key_PageDown, Qt.ControlModifier), WORKSHOP: (Qt.Key_F11, Qt.NoModifier),
         STORY: (Qt.Key_T, Qt.ControlModifier | Qt.ShiftModifier)}


@pytest.mark.parametrize("burst", list(BURSTS.values()), ids=list(BURSTS))
def test_a_burst_of_next_scenario_among_mode_toggles_counts_every_press(bundled, qtbot,
                                                                        burst):
    window, analysis = bundled
    session = analysis.controller.session
    ids = [s.id for s in session.model.scenarios]
    assert len(ids) >= 3
    start = ids.index(session.scenario_id)
    window.activateWindow()
    for name in burst:
        key, modifiers = _KEYS[name]
        qtbot.keyClick(window, key, modifiers)
    settle(qtbot, analysis)
    presses = burst.count(NEXT)
    assert session.scenario_id == ids[(start + presses) % len(ids)]
    assert analysis.workshop.active == (burst.count(WORKSHOP) % 2 == 1)
    assert analysis.story.active == (burst.count(STORY) % 2 == 1)
    shown = analysis.time_bar.scenario.currentData()
    assert shown == session.scenario_id
