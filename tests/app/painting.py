"""What a widget painted: the area of every paint event since a watch began (a test that
something left on the screen is painted over)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QRegion


class Painted(QObject):
    """Every area of ``widget`` painted since this was made."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.region = QRegion()
        widget.installEventFilter(self)

    def covers(self, area) -> bool:
        """Whether every pixel of ``area`` (a QRect) has been painted."""
        return self.region & QRegion(area) == QRegion(area)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Paint:
            self.region += event.region()
        return False
