"""Workshop mode's lever bar folds away (L, or its button) so that the map takes the room's
height and names more of its nodes in full, and unfolds again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from windtunnel.model import translated

from .conftest import settle


def _whole_names(window) -> int:
    """How many of the map's labels show their node's whole name."""
    view = window.view
    view.viewport().grab()
    scene = view.scene()
    names = {translated(item.node).replace("\n", " ") for item in scene.node_items.values()}
    return sum(" ".join(label.text.split()) in names for label in view.map_labels.placed)


def _settled_map(window, qtbot) -> int:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.view._refit.isActive())
    QApplication.processEvents()
    return window.view.viewport().height()


def test_l_folds_the_levers_away_and_the_map_names_more_nodes(bundled, qtbot):
    window, analysis = bundled
    workshop = analysis.workshop
    window.resize(1366, 768)
    workshop.set_active(True)
    tall_bar = _settled_map(window, qtbot)
    named = _whole_names(window)
    qtbot.keyClick(window, Qt.Key_L)
    assert workshop.levers_folded and not workshop.levers.isVisible()
    assert "Show levers (L)" == workshop.fold_button.text()
    # the levers' rows given to the map
    qtbot.waitUntil(lambda: window.view.viewport().height() > tall_bar + 100)
    _settled_map(window, qtbot)
    assert _whole_names(window) > named
    # the bar is one line: the scenario's name beside where it stands
    scenario = window.document.model.scenario(analysis.session.scenario_id)
    assert "<br>" not in workshop.title.text() and translated(scenario) in workshop.title.text()
    workshop.fold_button.click()                  # the button does what L does
    assert not workshop.levers_folded and workshop.levers.isVisible()
    qtbot.waitUntil(lambda: window.view.viewport().height() == tall_bar)
    workshop.set_active(False)


def test_l_is_the_workshops_key_only_and_the_story_leaves_it(bundled, qtbot):
    window, analysis = bundled
    workshop = analysis.workshop
    qtbot.keyClick(window, Qt.Key_L)              # outside workshop mode: nothing folds
    assert not workshop.levers_folded
    workshop.set_active(True)
    analysis.story.set_active(True)               # the story borrows PageUp/PageDown, not L
    qtbot.keyClick(window, Qt.Key_L)
    assert workshop.levers_folded
    analysis.story.set_active(False)
    workshop.set_active(False)
    workshop.set_active(True)                     # folded as the room left it
    assert workshop.levers_folded and not workshop.levers.isVisible()
    qtbot.keyClick(window, Qt.Key_L)
    settle(qtbot, analysis)
    assert not workshop.levers_folded
    workshop.set_active(False)


def test_the_folded_bar_s_title_follows_the_width_of_the_screen(bundled, qtbot):
    """Folded on a laptop, then the window on a narrower screen (a projector) and back: the
    title's line is cut to the narrower bar and whole again on the wider one."""
    window, analysis = bundled
    workshop = analysis.workshop
    window.resize(1366, 768)
    workshop.set_active(True)
    workshop.set_levers_folded(True)
    scenario = window.document.model.scenario(analysis.session.scenario_id)
    name = translated(scenario)
    qtbot.waitUntil(lambda: name in workshop.title.text())
    window.showNormal()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: workshop.bar.width() <= 800, timeout=2000)
    qtbot.waitUntil(lambda: "\u2026" in workshop.title.text())
    assert name not in workshop.title.text() and workshop.title.toolTip()
    holder = workshop.title.parentWidget()
    assert workshop.title.geometry().right() < holder.width()
    assert workshop.fold_button.geometry().right() < holder.width()      # the button shows
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: name in workshop.title.text())
    workshop.set_active(False)
