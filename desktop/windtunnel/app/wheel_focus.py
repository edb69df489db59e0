"""Controls in a scrolling panel that the mouse wheel moves only once they have the focus.

A combo box, a spin box or a slider takes the wheel by default, even unfocused: a user
scrolling the Inspector or a list of levers, the pointer passing over one, changed a
node's kind or a lever's value without noticing. Qt's advice is followed: the control
takes the focus by click and Tab only (never by the wheel), and while it has not the
focus a wheel event over it is ignored, so it goes on to the panel, which scrolls. Once
clicked or tabbed to, the control takes the wheel as usual.

The controls are Qt's own with ``wheelEvent`` overridden (:class:`WheelFocusComboBox`,
:class:`WheelFocusSpinBox`, :class:`WheelFocusDoubleSpinBox`, :class:`WheelFocusSlider`),
made where a panel makes its controls: Python runs for a wheel event over one and for no
other event (an event filter on each control ran Python for every event the control got:
each paint, hover and key press).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSlider

from .number_boxes import NumberBox, WholeNumberBox

__all__ = ["WheelNeedsFocus", "WheelFocusComboBox", "WheelFocusSpinBox",
           "WheelFocusDoubleSpinBox", "WheelFocusSlider"]


class WheelNeedsFocus:
    """What makes a Qt control take the wheel only while it has the focus, which it takes
    by ``focus`` (click and Tab by default; a list that walks Tab itself passes
    ``Qt.ClickFocus``). Comes first among the bases, before the Qt class."""

    def __init__(self, *args, focus: Qt.FocusPolicy = Qt.StrongFocus, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(focus)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()          # not the control's: Qt offers it to the panel behind


class WheelFocusComboBox(WheelNeedsFocus, QComboBox):
    """A combo box the wheel moves only once it has the focus."""


class WheelFocusSpinBox(WheelNeedsFocus, WholeNumberBox):
    """A spin box the wheel moves only once it has the focus (negatives with the minus
    sign, :mod:`.number_boxes`)."""


class WheelFocusDoubleSpinBox(WheelNeedsFocus, NumberBox):
    """A spin box of decimals the wheel moves only once it has the focus (negatives with
    the minus sign)."""


class WheelFocusSlider(WheelNeedsFocus, QSlider):
    """A slider the wheel moves only once it has the focus."""
