"""Panels that scroll instead of forcing the window's size.

A dock's minimum size adds up into the window's: a panel of levers or a tab with a tall
chart would make the window taller than a 768-pixel screen. Wrapped in a scroll area, a
panel keeps its layout at the size it needs and the dock scrolls when the screen is small.

A panel whose rows wrap (height for width) would, once it is a few pixels short, be laid
out at its full preferred height by Qt's scroll area, and a dock 14 pixels short would
scroll by hundreds, its top (a table's header row) easily scrolled out of sight. A panel
that may scroll sideways is therefore held in a plain layout that reports no height for
width: it gets the room there is, or its minimum, and scrolls by the difference only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

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
    else:
        holder = QWidget()
        _NoHeightForWidth(holder).addWidget(widget)
        area.setWidget(holder)
    return area


class _NoHeightForWidth(QVBoxLayout):
    """A margin-less column that lets its scroll area size it from the minimum height,
    not from the preferred one (see the module's note)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False
