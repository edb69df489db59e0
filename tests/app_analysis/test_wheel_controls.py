"""No choice, number or slider of the window's docks takes the wheel before it has the
focus: scrolling a dock past one leaves it alone (app/wheel_focus.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDockWidget, QSlider


def _kept(control, steps: int) -> bool:
    """Whether ``control`` kept one notch of the wheel sent to it."""
    event = QWheelEvent(QPointF(5, 5), QPointF(control.mapToGlobal(QPoint(5, 5))),
                        QPoint(0, 0), QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier,
                        Qt.NoScrollPhase, False)
    QApplication.sendEvent(control, event)
    return event.isAccepted()


def _value(control):
    return control.currentIndex() if isinstance(control, QComboBox) else control.value()


def test_every_control_of_the_docks_leaves_an_unfocused_wheel_to_its_dock(bundled):
    window, analysis = bundled
    window.scene.select([window.document.model.nodes[0].id])    # the Inspector's node page
    QApplication.processEvents()
    controls = [control for dock in window.findChildren(QDockWidget)
                for kind in (QComboBox, QAbstractSpinBox, QSlider)
                for control in dock.findChildren(kind)]
    enabled = [control for control in controls if control.isEnabled()]   # Qt sends a
    assert len(enabled) > 20                    # disabled control no event: nothing to see
    for control in enabled:
        assert not control.hasFocus()
        assert control.focusPolicy() & Qt.WheelFocus != Qt.WheelFocus, control
        before = _value(control)
        assert not any(_kept(control, steps) for steps in (-1, 1, 1)), control
        assert _value(control) == before, control
    assert window.document.undo_stack.count() == 0
