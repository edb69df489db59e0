"""The lever panel: only the rows in view exist, the filter, marks, keyboard and re-used rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from windtunnel.app.analysis import commands
from windtunnel.session.levers import lever_setting
from windtunnel.app.analysis.levers import SCALE
from windtunnel.model import Edge, Intervention, Model, Node, Scenario, Settings

from .conftest import _open, settle

LEVERS = 300
SET = ("lever-3", "lever-150", "lever-299")


def _many_levers() -> Model:
    """``LEVERS`` levers acting on one outcome; the scenario sets three of them (tanh: a
    lever's levels run from -1 to 1)."""
    nodes = [Node(f"lever-{k}", f"Lever {k}" + (" with a long name that wraps" if k % 7 == 0
                                                 else ""),
                  kind="restriction", group=("North", "South")[k % 2],
                  position=(float(k % 20) * 200, float(k // 20) * 120))
             for k in range(LEVERS)]
    nodes.append(Node("outcome", "Outcome", position=(0.0, -300.0)))
    edges = [Edge(f"lever-{k}", "outcome", 0.1 if k % 2 else -0.1) for k in range(LEVERS)]
    scenario = Scenario("push", "Push", interventions=tuple(
        Intervention(node, "clamp", 0.5, 1) for node in SET))
    return Model.from_elements(nodes=nodes, edges=edges, scenarios=[scenario],
                               settings=Settings(activation="tanh"))


@pytest.fixture
def many(workspace, qtbot):
    window, analysis = _open(workspace, qtbot, _many_levers())
    panel = analysis.scenarios_panel.levers
    window.activateWindow()
    QApplication.processEvents()
    return window, analysis, panel


def test_only_the_rows_in_view_are_built(many):
    window, analysis, panel = many
    assert len(panel.rows) == LEVERS and panel.shown_ids[0] == "lever-0"
    built = dict(panel.list.bound)
    assert 3 <= len(built) < 40
    assert all(row.isVisible() for row in built.values())
    bar = panel.list.verticalScrollBar()
    bar.setValue(bar.maximum())                      # scroll to the end: the pool is re-used
    QApplication.processEvents()
    assert "lever-299" in panel.list.bound and "lever-0" not in panel.list.bound
    assert len(panel.list.bound) <= len(built) + 2
    last = panel.list.bound["lever-299"]
    assert last.node_id == "lever-299" and last.name.text().startswith("Lever 299")
    assert last.is_set and last.slider.value() == round(0.5 * SCALE)
    first = panel.rows["lever-0"]                    # looking a row up scrolls to it
    assert first.node_id == "lever-0" and bar.value() == 0 and not first.is_set


def test_a_re_used_row_drives_its_own_lever(many, qtbot):
    window, analysis, panel = many
    model, stack = window.document.model, window.document.undo_stack
    row = panel.rows["lever-150"]
    assert row.node_id == "lever-150" and row.is_set
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(-80)                # a drag: live run, model untouched
    analysis.controller.flush_live()
    assert analysis.session.live_change is not None and stack.count() == 0
    row.slider.setSliderDown(False)                  # release: one undo command
    assert stack.count() == 1
    assert lever_setting(model.scenario("push"), "lever-150").value == \
        pytest.approx(-0.8)
    other = panel.rows["lever-200"]                  # another row, not set: mode commits
    other.mode.setCurrentIndex(1)
    other.mode.activated.emit(1)
    assert lever_setting(model.scenario("push"), "lever-200").mode == "clamp"
    assert stack.count() == 2
    settle(qtbot, analysis)
    assert panel.rows["lever-200"].is_set
    slider = panel.rows["lever-250"].slider          # a real mouse drag, far down the list
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(QStyle.CC_Slider, option, QStyle.SC_SliderHandle,
                                           slider).center()
    QTest.mousePress(slider, Qt.LeftButton, Qt.NoModifier, handle)
    QTest.mouseMove(slider, handle + QPoint(60, 0))
    analysis.controller.flush_live()
    assert analysis.session.live_change is not None and stack.count() == 2
    QTest.mouseRelease(slider, Qt.LeftButton, Qt.NoModifier, handle + QPoint(60, 0))
    assert stack.count() == 3
    assert lever_setting(model.scenario("push"), "lever-250").value == \
        pytest.approx(slider.value() / SCALE) and slider.value() > 20


def test_filter_and_set_only(many, qtbot):
    window, analysis, panel = many
    QTest.keyClicks(panel.filter, "lever 15")
    expected = [f"lever-{k}" for k in range(LEVERS) if "15" in str(k)]
    assert panel.shown_ids == expected
    assert f"{len(expected)} of 300" in panel.summary.text()
    panel.filter.setText("south 15")                 # every word, in the label, id or group
    assert panel.shown_ids == [i for i in expected if int(i.split("-")[1]) % 2]
    panel.filter.setText("nothing like this")
    assert panel.shown_ids == [] and panel.empty.isVisible()
    assert "No lever matches" in panel.empty.text()
    panel.filter.clear()
    panel.set_only.setChecked(True)
    assert panel.shown_ids == list(SET)
    assert all(row.is_set for row in panel.list.bound.values())
    analysis.controller.run_command(commands.clear_lever(window.document.model, "push", "lever-3"))
    settle(qtbot, analysis)
    assert panel.shown_ids == ["lever-150", "lever-299"]
    panel.set_only.setChecked(False)
    assert len(panel.shown_ids) == LEVERS and not panel.empty.isVisible()


def _focused_lever(panel) -> tuple[str, str]:
    focus = QApplication.focusWidget()
    for lever_id, row in panel.list.bound.items():
        for name in ("slider", "mode", "start", "end"):
            control = getattr(row, name)
            if focus is control or control.isAncestorOf(focus):
                return lever_id, name
    return "", ""


def test_tab_walks_the_levers_in_order_and_leaves_the_list(many):
    window, analysis, panel = many
    panel.filter.setFocus()
    QTest.keyClick(panel.filter, Qt.Key_Tab)         # the "Set only" button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert _focused_lever(panel) == ("lever-0", "slider")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert _focused_lever(panel) == ("lever-0", "mode")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)   # from/to are off: not set
    assert _focused_lever(panel) == ("lever-1", "slider")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Backtab)
    assert _focused_lever(panel) == ("lever-0", "mode")
    for _ in range(6):                                # lever 3 is set: from and to too
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert _focused_lever(panel) == ("lever-3", "mode")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert _focused_lever(panel) == ("lever-3", "end")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)   # out of a spin box too
    assert _focused_lever(panel) == ("lever-4", "slider")
    # far down the list, Tab scrolls the next lever into view
    panel.list.focus_lever("lever-40")
    for _ in range(2 * 30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert _focused_lever(panel) == ("lever-70", "slider")
    row = panel.list.bound["lever-70"]
    top = row.mapTo(panel.list.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + row.height() <= panel.list.viewport().height()
    # past the last lever, Tab leaves the list for the next control of the dock
    panel.list.focus_lever("lever-299", last=True)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and not panel.isAncestorOf(focus)
    assert analysis.scenarios_panel.isAncestorOf(focus)


def test_arrow_keys_move_the_focused_lever_as_one_undo_step(many):
    window, analysis, panel = many
    model, stack = window.document.model, window.document.undo_stack
    panel.list.focus_lever("lever-3")
    slider = QApplication.focusWidget()
    assert slider is panel.list.bound["lever-3"].slider
    for _ in range(3):
        QTest.keyClick(slider, Qt.Key_Right)
    assert lever_setting(model.scenario("push"), "lever-3").value == \
        pytest.approx(0.65)
    assert stack.count() == 1                        # key steps merge into one command


def test_a_focused_row_keeps_its_lever_when_scrolled_away(many):
    window, analysis, panel = many
    panel.list.focus_lever("lever-1")
    row = panel.list.bound["lever-1"]
    bar = panel.list.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert panel.list.bound["lever-1"] is row and row.node_id == "lever-1"
    assert row.slider.hasFocus()
    QTest.keyClick(row.slider, Qt.Key_Right)         # the keys still move lever 1
    assert lever_setting(window.document.model.scenario("push"), "lever-1").value \
        == pytest.approx(0.05)


def _wheel(widget, steps: int) -> None:
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_list_and_leaves_unfocused_controls_alone(many):
    window, analysis, panel = many
    row = panel.rows["lever-0"]
    for control in (row.mode, row.slider, row.start):
        _wheel(control, -1)
    assert row.mode.currentIndex() == 0 and row.slider.value() == 0
    assert window.document.undo_stack.count() == 0
    bar = panel.list.verticalScrollBar()
    _wheel(panel.list.viewport(), -1)
    assert bar.value() > 0


def test_the_workshop_bar_is_built_when_shown_and_filters_many_levers(many, qtbot):
    window, analysis, panel = many
    bar_panel = analysis.workshop.levers
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
    try:
        assert bar_panel.compact and bar_panel.tools.isVisible()   # more levers than fit
        assert len(bar_panel.list.bound) < 40
        assert bar_panel.list.height() < 8 * bar_panel.list.bound["lever-0"].height()
        QTest.keyClicks(bar_panel.filter, "lever-299")
        assert bar_panel.shown_ids == ["lever-299"]
        assert bar_panel.rows["lever-299"].is_set
        bar_panel.filter.clear()
    finally:
        analysis.workshop.set_active(False)
    # hidden again: edits do not rebuild it until it is shown
    analysis.controller.run_command(commands.set_lever(window.document.model, "push", "lever-0",
                                              value=0.2))
    settle(qtbot, analysis)
    row = bar_panel.list.bound["lever-0"]
    assert row.value.text() == "+0.00"              # not rebuilt while hidden
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
    assert bar_panel.list.bound["lever-0"].value.text() == "+0.20"
    analysis.workshop.set_active(False)


def test_the_count_goes_under_the_filter_when_beside_it_the_placeholder_would_be_cut(many):
    """A long placeholder (a translation) in a narrow dock: the lever count moves to a row
    of its own, so the filter box shows its placeholder whole; a short one brings it back."""
    window, analysis, panel = many
    tools = panel.tools.layout()

    def place(placeholder: str) -> tuple[int, int]:
        panel.filter.setPlaceholderText(placeholder)
        panel.resize(panel.width() - 1, panel.height())       # the dock's next width
        panel.layout().activate()
        tools.activate()
        return tools.getItemPosition(tools.indexOf(panel.summary))[:2]

    def shows_whole() -> bool:          # the room QLineEdit paints its placeholder in
        frame = panel.filter.style().pixelMetric(QStyle.PM_DefaultFrameWidth)
        room = panel.filter.width() - 2 * frame - 4
        return room >= panel.filter.fontMetrics().horizontalAdvance(
            panel.filter.placeholderText())

    assert place("Filter\u2026") == (0, 2) and shows_whole()
    wide = "Filter " + "levers " * (panel.width() // panel.fontMetrics().horizontalAdvance(
        "levers ") - 3)
    assert place(wide) == (1, 0) and shows_whole(), "the count gives the filter its room"
    assert place("Filter\u2026") == (0, 2)
