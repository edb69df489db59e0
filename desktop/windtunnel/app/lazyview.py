"""A view built when it is first needed, so that the window shows before charts load.

Charts pull in pyqtgraph (with its numpy set-up, about half a second), and the Results
dock has four of them (trajectories, loop dominance, tornado, the explore scatter). A
:class:`LazyView` stands in their place: it paints as an empty page, and builds its view
in the event-loop turn after its first paint, so a chart on the tab shown at start arrives
just after the window has appeared, and a chart on a hidden tab when its tab is first
shown. Code that needs the view earlier asks for :attr:`LazyView.view`, which builds it at
once.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["LazyView"]


class LazyView(QWidget):
    """Holds the place of the widget ``build()`` returns, and builds it on first paint."""

    #: The view was built (it is :attr:`view` from now on).
    built = Signal(QWidget)

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._view: QWidget | None = None
        self._scheduled = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> QWidget:
        """The view, built now if it was not yet."""
        if self._view is None:
            self._view = self._build()
            self._layout.addWidget(self._view)
            self.built.emit(self._view)
        return self._view

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._view is None and not self._scheduled:
            self._scheduled = True      # after this paint has reached the screen
            QTimer.singleShot(0, self, lambda: self.view)
