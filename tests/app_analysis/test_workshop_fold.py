"""Workshop mode's lever bar folds away (L, or its button) so that the map takes the room's
height and names more of its nodes in full, and unfolds again; on a screen too short for
both it opens folded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.workshop import label_pixels
from windtunnel.model import translated

from .conftest import screen_resized, settle


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


def test_on_a_short_screen_the_levers_start_folded_and_l_unfolds_them(bundled, qtbot):
    """On the 768-pixel laptop the bar's rows of levers and the map did not both fit: the
    map's labels, in the bar's 20-pixel type, named most nodes by a few letters. Workshop
    mode opens with the levers folded and the labels at 15 pixels; L (or the button)
    unfolds them, the map giving up their rows, and folds them again."""
    window, analysis = bundled
    workshop = analysis.workshop
    window.resize(1366, 768)
    window_type = window.view.map_labels.pixel_size()
    workshop.set_active(True)
    assert workshop.levers_folded and not workshop.levers.isVisible()
    assert window.view.map_labels.pixel_size() == 15
    assert "Show levers (L)" == workshop.fold_button.text()
    tall_map = _settled_map(window, qtbot)
    named = _whole_names(window)
    # the bar is one line: the scenario's name beside where it stands
    scenario = window.document.model.scenario(analysis.session.scenario_id)
    assert "<br>" not in workshop.title.text() and translated(scenario) in workshop.title.text()
    qtbot.keyClick(window, Qt.Key_L)
    assert not workshop.levers_folded and workshop.levers.isVisible()
    # the map gives the levers' rows up, and names fewer nodes whole
    qtbot.waitUntil(lambda: window.view.viewport().height() < tall_map - 100)
    _settled_map(window, qtbot)
    assert _whole_names(window) < named
    workshop.fold_button.click()                  # the button does what L does
    assert workshop.levers_folded and not workshop.levers.isVisible()
    qtbot.waitUntil(lambda: window.view.viewport().height() == tall_map)
    workshop.set_active(False)
    assert window.view.map_labels.pixel_size() == window_type


def test_a_screen_tall_enough_keeps_the_levers_and_the_workshops_type():
    assert label_pixels(20, 768) == 15 and label_pixels(20, 1080) == 20


def test_l_is_the_workshops_key_only_and_the_story_leaves_it(bundled, qtbot):
    window, analysis = bundled
    workshop = analysis.workshop
    qtbot.keyClick(window, Qt.Key_L)              # outside workshop mode: nothing folds
    assert not workshop.levers_folded
    workshop.set_active(True)                     # folded on the laptop's short screen
    analysis.story.set_active(True)               # the story borrows PageUp/PageDown, not L
    qtbot.keyClick(window, Qt.Key_L)
    assert not workshop.levers_folded
    analysis.story.set_active(False)
    workshop.set_active(False)
    workshop.set_active(True)                     # unfolded as the room left it
    assert not workshop.levers_folded and workshop.levers.isVisible()
    qtbot.keyClick(window, Qt.Key_L)
    settle(qtbot, analysis)
    assert workshop.levers_folded
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


def test_the_fold_and_the_labels_follow_the_screen_until_the_room_chooses(bundled, qtbot):
    """Workshop mode entered on the laptop, then its screen grown to 1080 pixels (the
    window moved to a tall monitor, a display's resolution changed) and back: the levers
    unfold beside the scenario's name and the labels take the workshop's type, then fold
    and shrink again; once the room has pressed L the fold is theirs, the labels still
    follow the screen."""
    window, analysis = bundled
    workshop = analysis.workshop
    labels = window.view.map_labels
    window.resize(1366, 768)
    workshop.set_active(True)
    short_type = labels.pixel_size()
    assert workshop.levers_folded and short_type == 15
    screen_resized(window, 1080)
    assert not workshop.levers_folded and workshop.levers.isVisible()
    assert workshop.levers.columns == 4 and "<br>" in workshop.title.text()
    assert labels.pixel_size() > short_type
    assert workshop.levers.fontInfo().pixelSize() == labels.pixel_size()   # the bar's
    screen_resized(window, 768)
    assert workshop.levers_folded and labels.pixel_size() == short_type
    qtbot.keyClick(window, Qt.Key_L)                      # the room wants the levers
    screen_resized(window, 1080)
    screen_resized(window, 768)
    assert not workshop.levers_folded and labels.pixel_size() == short_type
    # on the short screen the unfolded levers lie under the name's one line, their names
    # in the labels' type
    assert workshop.levers.columns == 5 and "<br>" not in workshop.title.text()
    assert workshop.levers.fontInfo().pixelSize() == short_type
    window.windowHandle().screenChanged.emit(window.screen())   # another screen: the same
    assert not workshop.levers_folded and labels.pixel_size() == short_type
    workshop.set_active(False)
    screen_resized(window, 1080)                          # outside workshop mode: nothing
    assert labels.pixel_size() < short_type and workshop.levers.columns == 5


def test_on_a_short_screen_the_unfolded_levers_take_at_most_a_quarter_of_it(bundled, qtbot):
    """Beside the scenario's name the three rows of levers took a third of a 768-pixel
    screen; unfolded there, the levers lie in two rows of five columns under the name's
    line, every lever in view, a name cut short whole on hover, and the keys move them."""
    window, analysis = bundled
    workshop = analysis.workshop
    window.resize(1366, 768)
    workshop.set_active(True)
    qtbot.keyClick(window, Qt.Key_L)
    settle(qtbot, analysis)
    height = window.screen().availableGeometry().height()
    qtbot.waitUntil(lambda: 0 < workshop.bar.height() <= height / 4)
    rows = workshop.levers.list.bound
    assert len(rows) == 10 and all(row.isVisible() for row in rows.values())
    viewport = workshop.levers.list.viewport().rect()
    assert all(viewport.contains(row.geometry()) for row in rows.values())
    for row in rows.values():
        assert "\n" not in row.name.text()
        hover = QTextDocumentFragment.fromHtml(row.toolTip()).toPlainText()
        assert row.name.full_text in hover.replace("\xa0", " ")
    lever_id, row = next(iter(rows.items()))
    row.slider.setFocus()
    before = row.slider.value()
    qtbot.keyClick(row.slider, Qt.Key_Left)
    settle(qtbot, analysis)
    assert workshop.levers.list.bound[lever_id].slider.value() == before - 5
    workshop.set_active(False)
