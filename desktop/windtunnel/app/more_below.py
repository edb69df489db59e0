"""A bar at the foot of a scroll area saying there is more below, while there is.

A dock that a projector (1024x768) or a laptop leaves a few hundred pixels high shows the
first lines of a long panel, and its thin scroll bar alone did not say that the rest (the
Participants dock's settings and the selected edge's ratings) was there. The bar stands
under the area's viewport, in a margin of its own, so it hides none of the panel; a click
scrolls down a page, and it goes once the end is in view (the viewport then takes its
room back: the panel's end stays in view).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractSlider, QScrollArea, QToolButton

__all__ = ["MoreBelow"]


class MoreBelow(QToolButton):
    """"More below" under ``area``'s viewport while its content goes on below it
    (``area`` a scroll area made by Windtunnel, whose viewport margins it may set)."""

    def __init__(self, area: QScrollArea, text: str, tip: str = "") -> None:
        super().__init__(area)
        self.area = area
        self.setText(text)
        self.setToolTip(tip)
        self.setAutoRaise(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setFocusPolicy(Qt.NoFocus)       # the panel's own keys scroll it already
        # followed once the area's layout is done, in the next turn of the event loop:
        # the margin set in its midst resized the panel, which changed the range again
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self._follow)
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self._pending.start)
        bar.valueChanged.connect(self._pending.start)
        self.clicked.connect(lambda: bar.triggerAction(QAbstractSlider.SliderPageStepAdd))
        area.installEventFilter(self)
        self._pending.start()

    def more(self) -> bool:
        """Whether the area's content goes on below what it shows."""
        bar = self.area.verticalScrollBar()
        return bar.value() < bar.maximum()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.area and event.type() == QEvent.Resize:
            self._pending.start()
        return False

    def _follow(self) -> None:
        """Shown, under the viewport, while there is more below; else gone, its room the
        viewport's."""
        shown = self.more()
        height = self.sizeHint().height() if shown else 0
        if self.area.viewportMargins().bottom() != height:   # a change lays the area out
            self.area.setViewportMargins(0, 0, 0, height)
        self.setVisible(shown)
        if shown:
            inside = self.area.contentsRect()
            self.setGeometry(inside.left(), inside.bottom() + 1 - height,
                             self.area.viewport().width(), height)
