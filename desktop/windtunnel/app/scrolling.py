"""Panels that scroll instead of forcing the window's size.

A dock's minimum size adds up into the window's: a panel of levers or a tab with a tall
chart would make the window taller than a 768-pixel screen. Wrapped in a scroll area, a
panel keeps its layout at the size it needs and the dock scrolls when the screen is small.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

__all__ = ["scrolling"]


def scrolling(widget: QWidget, *, horizontal: bool = False) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it to the room there is; with
    ``horizontal`` False the content never scrolls sideways (it gets the area's width)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        area.setMinimumWidth(widget.minimumSizeHint().width())
    area.setWidget(widget)
    return area
