"""Scrolling the Inspector past a choice or a number leaves it alone: the wheel moves a
control only once the user has clicked or tabbed to it, and otherwise scrolls the panel."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QSlider,
                               QScrollArea, QWidget)


def _wheel(widget, steps: int) -> bool:
    """One notch of the wheel (down for a negative ``steps``) over ``widget``; whether the
    widget kept it (a wheel event the widget ignores, Qt offers to its parents, up to the
    scroll area: an event sent by hand stops at the widget, so the test asks it)."""
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _value(control):
    return control.currentIndex() if isinstance(control, QComboBox) else control.value()


def test_the_wheel_over_an_unfocused_kind_scrolls_the_inspector_and_keeps_the_kind(window, qtbot):
    window.scene.select(["leak"])
    footer = QWidget()                                       # an Inspector that scrolls
    footer.setMinimumHeight(2000)
    window.inspector.add_footer(footer)
    area = window.inspector.findChild(QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    kind = window.inspector.node_form.editors["kind"]
    before = kind.currentText()
    assert not _wheel(kind, -1)                              # left to the scroll area
    assert kind.currentText() == before
    assert window.document.model.node("leak").kind == kind.currentData() == "factor"
    assert window.document.undo_stack.count() == 0
    assert _wheel(area.viewport(), -1) and area.verticalScrollBar().value() > 0
    kind.window().activateWindow()
    kind.setFocus()                                          # clicked or tabbed to: it takes it
    qtbot.waitUntil(kind.hasFocus)
    assert _wheel(kind, 1)                                    # up: the kind before "factor"
    assert kind.currentText() != before
    assert window.document.model.node("leak").kind == kind.currentData()


def test_no_choice_number_or_slider_of_the_inspector_takes_the_wheel_unfocused(window):
    inspector = window.inspector
    for nodes, edges in ((["leak"], []), ([], [("ban", "leak")]), ([], [])):
        window.scene.select(nodes, edges)
        page = inspector.stack.currentWidget()
        controls = [c for kind in (QComboBox, QAbstractSpinBox, QSlider)
                    for c in page.findChildren(kind)]
        assert controls
        for control in controls:
            assert control.focusPolicy() & Qt.TabFocus, control       # Tab still reaches it
            assert control.focusPolicy() & Qt.WheelFocus != Qt.WheelFocus, control
            before = _value(control)
            assert not any(_wheel(control, steps) for steps in (-1, 1, 1)), control
            assert _value(control) == before, control
    assert window.document.undo_stack.count() == 0


def test_only_the_wheel_runs_python_for_a_guarded_control(window, qtbot):
    """The guard costs nothing for the events a control gets most (paints, the pointer
    passing, keys): Python of app/wheel_focus.py runs for a wheel event alone."""
    window.scene.select(["leak"])
    kind = window.inspector.node_form.editors["kind"]
    qtbot.waitExposed(kind)
    ran = []

    def watch(frame, event, arg):
        if event == "call" and frame.f_code.co_filename.endswith("wheel_focus.py"):
            ran.append(frame.f_code.co_name)

    sys.setprofile(watch)
    try:
        kind.repaint()
        for x in (4, 12, 20):
            QTest.mouseMove(kind, QPoint(x, 6))
        QApplication.processEvents()
        others = list(ran)
        _wheel(kind, -1)
    finally:
        sys.setprofile(None)
    assert others == []
    assert ran                                  # the wheel itself is the guard's
