"""Controls in a scrolling panel that the mouse wheel moves only once they have the focus.

A combo box, a spin box or a slider takes the wheel by default, even unfocused: a user
scrolling the Inspector or a list of levers, the pointer passing over one, changed a
node's kind or a lever's value without noticing. Qt's advice is followed: the control
takes the focus by click and Tab only (never by the wheel), and while it has not the
focus a wheel event over it is ignored, so it goes on to the panel, which scrolls. Once
clicked or tabbed to, the control takes the wheel as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

__all__ = ["wheel_needs_focus"]


def wheel_needs_focus(*controls: QWidget, focus: Qt.FocusPolicy = Qt.StrongFocus) -> None:
    """Let the wheel move ``controls`` only while they have the focus, which they take by
    ``focus`` (click and Tab by default; a list that walks Tab itself passes click only)."""
    for control in controls:
        control.setFocusPolicy(focus)
        control.installEventFilter(_WheelNeedsFocus(control))


class _WheelNeedsFocus(QObject):
    """Passes the wheel over an unfocused control on to its panel (owned by the control)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Wheel and not watched.hasFocus():
            event.ignore()          # not the control's: Qt offers it to the panel behind
            return True
        return False
