"""Tabs of the side docks that read in a small window.

Below :data:`~.window_places.SMALL_WINDOW` pixels of width the side docks narrow to some
24 characters, and a group of three tabbed docks (the Inspector, the Participants, the
Sources) did not fit their titles: each read "Insp…", "Partici…", "So…". There, a tabbed
side dock behind the front one shows its icon instead of its title, its title on hover,
and the front one its title whole (its title bar names it too); a click brings a dock to
the front, its title with it. In a wider window, a floating dock, or a dock on its own,
every tab shows its title as usual.

Qt's dock layout writes each tab's text (and its tooltip) from the dock's window title, so
a dock behind others goes without a title; its entry in View > Panels keeps the title,
and the tab's icon and tooltip are set on the window's tab bars, whose tabs know their
dock (:func:`dock_of_tab`). In a window of usual width nothing here runs before the
window's first paint (the tab bar's and the icons' Python types cost start-up time); a
small window sets its tabs as its docks are laid out, before it paints, so that its
first paint already shows them as they stay (it showed "Insp..." for that moment).
"""

from __future__ import annotations

from shiboken6 import getCppPointer

from PySide6 import QtWidgets   # QTabBar's Python type is made only after the first paint
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDockWidget

from .scrolling import NARROW_PANELS

__all__ = ["DockTabs", "dock_of_tab"]

_SIDE_AREAS = (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea)


def dock_of_tab(window, bar, index: int) -> QDockWidget | None:
    """The dock of ``window`` whose tab is ``index`` of the tab bar ``bar`` (Qt's dock
    layout keeps the dock's address in the tab's data), or None."""
    address = bar.tabData(index)
    return next((dock for dock in window.panels if getCppPointer(dock)[0] == address), None)


class DockTabs(QObject):
    """The icons and titles of one window's dock tabs (see the module docstring)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        #: Each dock that may show an icon: its title and the name of its icon.
        self._docks: dict[QDockWidget, tuple[str, str]] = {}
        self._followed: set = set()     # the tab bars whose current tab is followed
        # its own timer: a pending QTimer.singleShot with a callable kept the window alive
        # after it closed
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._apply)

    def add(self, dock: QDockWidget, icon_name: str) -> None:
        """Let ``dock`` show the icon ``resources/icons/<icon_name>.svg`` in place of its
        title when it is a tab behind another in a small window."""
        self._docks[dock] = (dock.windowTitle(), icon_name)
        for signal in (dock.visibilityChanged, dock.topLevelChanged,
                       dock.dockLocationChanged):
            signal.connect(self.update)

    def update(self, *_) -> None:
        """Bring the tabs up to date with the window's width and its docks' places, in the
        next turn of the event loop (a click on a tab changes two docks at once); in a
        small window not yet painted, at once."""
        if self.window.painted:
            self._soon.start()
        elif self.window.property(NARROW_PANELS):
            self._apply()               # before the first paint (see the module docstring)

    def _terse(self) -> set[QDockWidget]:
        """The docks whose tab shows their icon in place of their title: in a small
        window, those tabbed behind another in a side column."""
        window = self.window
        if not window.property(NARROW_PANELS):
            return set()
        terse = set()
        for bar in self._bars():
            for index in range(bar.count()):
                dock = dock_of_tab(window, bar, index)
                if dock in self._docks and index != bar.currentIndex() \
                        and window.dockWidgetArea(dock) in _SIDE_AREAS:
                    terse.add(dock)
        return terse

    def _bars(self) -> list:
        """The tab bars of the window's dock groups in use (each followed as it comes)."""
        bars = [bar for bar in self.window.findChildren(QtWidgets.QTabBar,
                                                        options=Qt.FindDirectChildrenOnly)
                if not bar.isHidden() and bar.count()]
        for bar in bars:
            if bar not in self._followed:
                self._followed.add(bar)
                bar.currentChanged.connect(self.update)
        return bars

    def _apply(self) -> None:
        from .theme import icon

        terse = self._terse()
        for dock, (title, _name) in self._docks.items():
            shown = "" if dock in terse else title
            if dock.windowTitle() != shown:
                dock.setWindowTitle(shown)
                dock.toggleViewAction().setText(title)     # View > Panels names it still
        self.window.layout().activate()         # the tabs' texts from the new titles
        for bar in self._bars():
            for index in range(bar.count()):
                dock = dock_of_tab(self.window, bar, index)
                if dock in self._docks:
                    title, name = self._docks[dock]
                    bar.setTabIcon(index, icon(name) if dock in terse else QIcon())
                    bar.setTabToolTip(index, title)
