"""The time bar's scenario chooser widens, sharing the bar's spare width with the slider,
up to its longest scenario name: a long Chinese or Japanese name shows whole where the
window is wide enough, and a short one leaves the width to the slider."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QApplication

NAME = "香港作为人工智能治理中立枢纽的可信度"


def test_the_scenario_chooser_shows_a_long_cjk_name_whole_when_there_is_room(window):
    bar = window.extensions["analysis"].time_bar
    combo = bar.scenario
    short_width = combo.maximumWidth()
    assert bar.slider.width() > combo.width()           # short names: the slider takes it
    combo.addItem(NAME)
    combo.setCurrentIndex(combo.count() - 1)
    bar._fit_scenario_names()
    QApplication.processEvents()
    needed = combo.fontMetrics().horizontalAdvance(NAME)
    assert combo.maximumWidth() > short_width
    assert combo.width() > needed                       # 1200 px: room for the whole name
    bar.refresh()                                       # the model's own names again
    assert combo.maximumWidth() == short_width


def test_a_name_the_bar_cannot_hold_ends_in_an_ellipsis_and_shows_whole_on_hover(window,
                                                                                 qtbot):
    """A plain QComboBox cut "Foreign-national access ban" to "Foreign-nationa" with no
    mark (workshop type on a 1024-pixel projector); the box asks for the whole name and,
    given less, says it is cut."""
    bar = window.extensions["analysis"].time_bar
    combo = bar.scenario
    name = combo.currentText()
    whole = combo.sizeHint().width()
    assert combo.fontMetrics().horizontalAdvance(name) < whole
    qtbot.waitUntil(lambda: combo.width() >= whole)       # room: the name whole
    assert combo.shown_text() == name and escape(name) not in combo.toolTip()
    combo.setMaximumWidth(whole // 2)
    qtbot.waitUntil(lambda: combo.width() <= whole // 2)
    shown = combo.shown_text()
    assert shown.endswith("\u2026") and name.startswith(shown[:-1])
    assert escape(name) in combo.toolTip()


def test_in_larger_type_the_chooser_still_widens_to_the_whole_name(window, qtbot):
    """Workshop mode enlarges the window's type: the names are measured again in it, so
    a name that showed whole still does where the bar has room."""
    bar = window.extensions["analysis"].time_bar
    combo = bar.scenario
    small = combo.maximumWidth()
    font = window.font()
    font.setPointSize(15)
    window.setFont(font)
    qtbot.waitUntil(lambda: combo.maximumWidth() > small)
    qtbot.waitUntil(lambda: combo.shown_text() == combo.currentText())
    assert bar.step_label.width() >= bar.step_label.fontMetrics().horizontalAdvance(
        bar.step_label.text())


def test_a_paint_of_the_chooser_lays_out_its_field_once(window, monkeypatch):
    """The style's layout of the name's field is asked once a paint, not once for the frame
    and again for the cut name (a replay repaints the bar every step)."""
    combo = window.extensions["analysis"].time_bar.scenario
    asked = []
    field = combo._field
    monkeypatch.setattr(combo, "_field", lambda: asked.append(1) or field())
    combo.grab()
    assert len(asked) == 1


def test_play_and_the_slider_stay_put_as_the_scenario_changes_and_a_too_long_name_is_cut(
        window, qtbot):
    from windtunnel.app.analysis.timebar import WIDEST_LETTERS

    bar = window.extensions["analysis"].time_bar
    combo = bar.scenario
    combo.addItem("A")                                  # a short name and a long one
    combo.addItem("Licensing, distillation enforcement and export reporting " * 3)
    bar._fit_scenario_names()
    cap = WIDEST_LETTERS * combo.fontMetrics().averageCharWidth()
    places = set()
    for index in (0, combo.count() - 2, combo.count() - 1):
        combo.setCurrentIndex(index)
        bar.layout().activate()
        places.add((combo.width(), bar.play.x(), bar.slider.x(), bar.slider.width()))
    assert len(places) == 1                             # nothing moved
    assert cap <= combo.width() < cap + 80              # the widest name's, within the cap
    assert combo.shown_text().endswith("\u2026")        # the long name cut, whole on hover
    assert escape(combo.currentText()) in combo.toolTip()
