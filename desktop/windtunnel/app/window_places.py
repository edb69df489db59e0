"""The places of the main window that extensions plug into, and the window's layout.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow` (which lists the places in its
module docstring): docks (:meth:`WindowPlaces.add_panel`, shown and hidden together for
workshop mode), toolbars, menus, status widgets, what a map picture paints over the map,
the map's right-click menu and the rule for new edges; and the layout a window first takes
or restores (each dock's share of a first window, held until the user's first click).
It holds no text of its own to translate.
"""

from __future__ import annotations

from typing import Callable

from PySide6 import QtWidgets   # QTabBar's Python type is made only after the first paint
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMenu, QScrollArea, QToolBar, QWidget

from .dock_tabs import dock_of_tab
from .elided import ElidedLabel
from .scrolling import NARROW_PANELS, narrowest_panel

__all__ = ["WindowPlaces", "SHORT_SCREEN", "SMALL_WINDOW"]

#: Available screen height (pixels) below which a first layout stacks fewer panels.
SHORT_SCREEN = 900

#: The least share the map keeps of the width it shares with the side docks, and of the
#: height it shares with the docks above and below it, when the window shrinks or opens
#: on a smaller screen than its docks were sized on: the docks give up room in proportion.
MAP_SHARE = 0.5

#: Window width (pixels) below which the side panels may narrow to some 24 characters,
#: scrolling sideways, so the map keeps its share (see :meth:`WindowPlaces.set_least_width`).
#: From this width on (a projector's 1024, a 2x screen's 960) every panel shows whole,
#: and the map has some 45% of the width beside them.
SMALL_WINDOW = 960

_SIDES = ((Qt.Horizontal, (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea), QWidget.width),
          (Qt.Vertical, (Qt.TopDockWidgetArea, Qt.BottomDockWidgetArea), QWidget.height))


class WindowPlaces:
    """Places for extensions and the window's layout (see the module docstring). The
    window's ``__init__`` makes the lists they fill (:attr:`panels`, :attr:`toolbars`,
    ``map_decorations``, ``map_menu_contributors``, ``edge_rules``) and ``menus``."""

    def add_panel(self, title: str, widget: QWidget | None, area: Qt.DockWidgetArea, *,
                  name: str, tab_with: QDockWidget | None = None,
                  share: float = 0.0, icon: str = "") -> QDockWidget:
        """Add a dock (remembered in the window layout under ``name``, which does not
        change with the language as ``title`` does; listed in View > Panels); with
        ``tab_with``, as a tab beside that dock when it is in the same area (shown again from
        the menu, it comes to the front of its tabs: it is the one asked for); with ``share``,
        the fraction of the window's width (left, right) or height (top, bottom) it takes
        in a first layout; with ``icon`` (``resources/icons/<icon>.svg``), the icon its tab
        shows in place of its title behind another dock in a small window (see
        :mod:`.dock_tabs`). A dock added with no ``widget`` is a frame that its extension
        fills after the first paint (``dock.setWidget``)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if tab_with is not None and self.dockWidgetArea(tab_with) == area:
            self.tabifyDockWidget(tab_with, dock)
        toggle = dock.toggleViewAction()
        toggle.triggered.connect(lambda shown, dock=dock: shown and dock.raise_())
        self.menus.panels.addAction(toggle)
        self.panels.append(dock)
        if icon:
            self.dock_tabs.add(dock, icon)
        if share:
            self._first_shares.append((dock, share))
        return dock

    def set_least_width(self, widget: QWidget, pixels: int) -> None:
        """Let the side panel (or dock) ``widget`` be no narrower than ``pixels`` in a
        window of :data:`SMALL_WINDOW` width or more, and no narrower than some 24
        characters in a smaller one (its contents scroll sideways): two side docks at
        their usual least widths held an 800 x 600 window's map to 250 pixels."""
        self._least_widths[widget] = pixels
        widget.setMinimumWidth(self._least_width(widget))

    def _least_width(self, widget: QWidget) -> int:
        pixels = self._least_widths[widget]
        return min(pixels, narrowest_panel(self)) if self.property(NARROW_PANELS) else pixels

    def _fit_panels_to_width(self) -> None:
        """Narrow the side panels when the window becomes small, widen them back when it
        no longer is (see :meth:`set_least_width` and :mod:`.scrolling`)."""
        small = self.width() < SMALL_WINDOW
        if bool(self.property(NARROW_PANELS)) == small:
            return
        self.setProperty(NARROW_PANELS, small)
        for widget in self._least_widths:
            widget.setMinimumWidth(self._least_width(widget))
        for area in self.findChildren(QScrollArea):
            area.updateGeometry()           # a column's least width follows the property
        self.dock_tabs.update()

    def panel(self, name: str) -> QDockWidget | None:
        """The dock added under ``name`` (see :meth:`add_panel`), or None."""
        return next((dock for dock in self.panels if dock.objectName() == f"dock-{name}"), None)

    def add_toolbar(self, bar: QToolBar, area: Qt.ToolBarArea, *, line_break: bool = False) -> None:
        """Add a toolbar (listed in :attr:`toolbars`); ``line_break`` starts a new row."""
        if line_break:
            self.addToolBarBreak(area)
        self.addToolBar(area, bar)
        self.toolbars.append(bar)

    def add_menu(self, title: str) -> QMenu:
        """A new top-level menu, placed before Window and Help."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.menus.windows.menuAction(), menu)
        return menu

    def add_help_page(self, action: QAction) -> None:
        """An entry of the Help menu opening a page of the help, after Windtunnel Help and
        before About Windtunnel."""
        self.menus.help.insertAction(self.menus.help_topics_end, action)

    def add_export_menu(self, title: str) -> QMenu:
        """A submenu of File, after the map export items."""
        menu = QMenu(title, self)
        self.menus.file.insertMenu(self.menus.file_exports_end, menu)
        return menu

    def add_status_message(self) -> ElidedLabel:
        """The status bar's message, shown by a label that takes the room the permanent
        widgets leave and ends in "..." when the message needs more (whole on hover).
        Qt paints a message itself, clipped at the first permanent widget without an
        ellipsis: on a projector a long one ran straight into the counts of nodes. Added
        first, so the permanent widgets added after it sit to its right; Qt's own
        painting of the message is left no room."""
        label = ElidedLabel()
        bar = self.statusBar()
        bar.addPermanentWidget(label, 1)
        bar.messageChanged.connect(label.set_full_text)
        return label

    def add_status_widget(self, widget: QWidget) -> None:
        """A widget at the status bar's right end, after those added before it."""
        self.statusBar().addPermanentWidget(widget)

    def hide_panels(self) -> tuple[list[QDockWidget], list[QDockWidget]]:
        """Hide every open panel (for a full-screen view); return them and the ones that
        were the front tab of their group, for :meth:`show_panels`."""
        shown = [dock for dock in self.panels if not dock.isHidden()]
        in_front = self.panels_in_front()
        for dock in shown:
            dock.hide()
        # Qt leaves the tab bar of a group whose docks are all hidden standing where the
        # group was, over the map: they are the window's own children, hidden here and
        # shown again by Qt's dock layout when a group's docks come back
        for bar in self.findChildren(QtWidgets.QTabBar, options=Qt.FindDirectChildrenOnly):
            bar.hide()
        return shown, in_front

    def panels_in_front(self) -> list[QDockWidget]:
        """The open panels on show: each tabbed group's front tab, and those on their own."""
        return [dock for dock in self.panels if not dock.isHidden() and dock.isVisible()
                and not dock.visibleRegion().isEmpty()]

    def show_panels(self, shown: list[QDockWidget], in_front: list[QDockWidget]) -> None:
        """Show again what :meth:`hide_panels` hid, with the same tabs in front."""
        for dock in shown:
            dock.show()
        for dock in in_front:
            dock.raise_()

    def add_map_decoration(self, decoration) -> None:
        """Something File > Export Map paints over the map (see :mod:`.map_export`)."""
        self.map_decorations.append(decoration)

    def add_map_menu(self, contributor: Callable[[QMenu, str, object], None]) -> None:
        """Let ``contributor(menu, kind, key)`` add entries to the menu a right click on the
        map opens: ``kind`` is "node" (``key`` its id), "edge" (``key`` its (source,
        target)) or "" (empty space, ``key`` None). Contributors add in the order they were
        registered; a menu left empty is not shown."""
        self.map_menu_contributors.append(contributor)

    def add_edge_rule(self, rule: Callable) -> None:
        """Let ``rule(model, command)`` return the command to run instead of ``command``, the
        one that draws new edges on ``model`` (one undo step either way): the participants
        wrap it so that a redrawn edge takes their aggregate at once."""
        self.edge_rules.append(rule)

    def build_map_menu(self, kind: str, key) -> QMenu:
        """The right-click menu for ``kind``/``key`` as the contributors fill it."""
        menu = QMenu(self)
        for contributor in self.map_menu_contributors:
            contributor(menu, kind, key)
        return menu

    def _map_menu_requested(self, kind: str, key, pos) -> None:
        """A right click on the map: what was clicked becomes the selection (unless it is
        already part of it), then the menu opens where the pointer is."""
        if kind == "edge" and key not in self.scene.selected_edge_keys():
            self.scene.select(edges=[key])
        elif kind == "node" and key not in self.scene.selected_node_ids():
            self.scene.select(nodes=[key])
        menu = self.build_map_menu(kind, key)
        if menu.isEmpty():
            menu.deleteLater()
            return
        if self.map_menu is not None:
            self.map_menu.deleteLater()
        self.map_menu = menu
        menu.popup(pos)

    def restore_layout(self) -> None:
        """Restore the remembered geometry and docks; call it once every dock exists.

        A first window fills a laptop's or a projector's screen (maximised below
        1600 x 1000 available pixels) and takes 1440 x 900 of a larger one; a remembered
        geometry that no longer fits the screen (a laptop moved to a projector) becomes
        maximised too, and the docks' remembered sizes are fitted to it (the map keeps
        :data:`MAP_SHARE`, see :meth:`_keep_map_share`). On a short screen
        (a laptop, a projector) a first layout puts the Sources panel in a tab beside the
        Inspector, which needs the column's height."""
        prefs = self.workspace.preferences
        geometry, state = prefs.window_geometry(), prefs.window_state()
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        small = screen.width() < 1600 or screen.height() < 1000
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(min(1440, screen.width()), min(900, screen.height()))
            if small:
                self.setWindowState(self.windowState() | Qt.WindowMaximized)
        elif self.width() > screen.width() or self.height() > screen.height():
            self.setWindowState(self.windowState() | Qt.WindowMaximized)
        if state is not None:
            # restored into a window that is not maximised (yet): Qt keeps the state of a
            # maximised window that does not fit it yet and lays it out again at each resize
            # until it fits, which a state saved on a wider screen never does, and each time
            # it drops what came since (the workshop's lever bar, added after the first
            # paint). A window that is not maximised fits the state to its size at once.
            states = self.windowState()
            self.setWindowState(states & ~Qt.WindowMaximized)
            self.restoreState(state)
            self.setWindowState(states)
            self._first_shares.clear()
        else:
            if screen.height() < SHORT_SCREEN:
                self.tabifyDockWidget(self.inspector_dock, self.sources_dock)
                QTimer.singleShot(0, self, self.inspector_dock.raise_)
            self._share_out()

    def hide_stale_tab_bars(self) -> None:
        """Hide the tab bars Qt's dock layout has stopped using. When a dock joins a tabbed
        group (the Participants beside the Inspector, then the Sources), Qt gives the group
        a new bar and leaves the old one standing where it was first laid out, often over
        the map: covered by the map's view, it shows through the gaps between docks and in
        pictures of the window. A bar is in use when its tabs are its group's open docks;
        a window whose dock layout is restored whole (built again in another language) may
        keep a stale bar with the very same tabs elsewhere: of two, the one in use lies
        along the group's docks."""
        along = set()                       # the groups whose bar lies along their docks
        for bar in self.findChildren(QtWidgets.QTabBar, options=Qt.FindDirectChildrenOnly):
            docks = {dock_of_tab(self, bar, k) for k in range(bar.count())}
            first = dock_of_tab(self, bar, 0) if bar.count() else None
            group = ({first, *self.tabifiedDockWidgets(first)} if first is not None else set())
            if docks != {dock for dock in group if not dock.isHidden()}:
                bar.hide()
            elif _lies_along(bar, docks):
                along.add(frozenset(docks))
        for bar in self.findChildren(QtWidgets.QTabBar, options=Qt.FindDirectChildrenOnly):
            docks = frozenset(dock_of_tab(self, bar, k) for k in range(bar.count()))
            if docks in along and not bar.isHidden() and not _lies_along(bar, docks):
                bar.hide()                  # another bar of the group is the one in use

    def _share_out(self) -> None:
        """Give each dock that asked for one its share of the window.

        A first window settles to its size in steps (shown, then maximised by the window
        manager); in each step a main window gives all the new room to the map, which left
        the Results dock's chart no height on a laptop. So the shares are applied again at
        every resize until the user first presses a mouse button in the window (perhaps to
        drag a dock's edge); from then on the docks keep the sizes the user gives them."""
        for dock, share in self._first_shares:
            if dock.isHidden():             # workshop mode hides panels: leave them be
                continue
            vertical = self.dockWidgetArea(dock) in (Qt.TopDockWidgetArea,
                                                     Qt.BottomDockWidgetArea)
            extent = self.height() if vertical else self.width()
            self.resizeDocks([dock], [round(share * extent)],
                             Qt.Vertical if vertical else Qt.Horizontal)

    def _keep_map_share(self) -> None:
        """Shrink the docks beside the map (and above and below it) in proportion where
        the map has less than :data:`MAP_SHARE` of the room it shares with them: a main
        window gives all of a shrinking window's loss to the map, which left it a
        thumbnail at 800 x 600, or on a projector after a laptop's layout. Dragging a
        dock's edge resizes no window, so a map the user narrows stays narrow."""
        central = self.centralWidget()
        for orientation, areas, extent in _SIDES:
            # each side's widest dock: the extent of its column (or row) of docks
            sides = ([dock for dock in self.panels if dock.isVisible() and not dock.isFloating()
                      and self.dockWidgetArea(dock) == area] for area in areas)
            docks = [max(side, key=extent) for side in sides if side]
            taken = sum(extent(dock) for dock in docks)
            room = taken + extent(central)
            if taken and extent(central) < MAP_SHARE * room:
                factor = (1 - MAP_SHARE) * room / taken
                self.resizeDocks(docks, [max(1, round(extent(dock) * factor)) for dock in docks],
                                 orientation)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_panels_to_width()
        if self._first_shares:
            self._share_out()
        else:
            self.layout().activate()        # the docks' sizes at the window's new size
            self._keep_map_share()
        # laid out now, not in a later turn: a window manager fits the maximised window
        # under its title bar and may paint it before then, with the docks still at their
        # old sizes; the next paint moved the map's lower edge by a few pixels
        self.layout().activate()

    def hold_shares_until_first_press(self) -> None:
        """From the first paint on, end the docks' shares (see :meth:`_share_out`) at the
        first mouse button pressed in the window (one that begins a drag of a dock's edge
        too, which the window takes itself). Nobody presses a window before it shows, so
        the watch starts then: the events of its building run no Python."""
        if self._first_shares:
            _FirstPress(self)

    def save_layout(self) -> None:
        self.workspace.preferences.save_window(self.saveGeometry(), self.saveState())


class _FirstPress(QObject):
    """Watches the window's own events (as an override of its ``event`` would, but only
    from the first paint on) for the first mouse press, which ends the docks' shares;
    then it goes, so later events run no Python either."""

    def __init__(self, window: WindowPlaces) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() == QEvent.MouseButtonPress:
            self._window._first_shares.clear()
            self._window.removeEventFilter(self)
            self.deleteLater()
        return False


def _lies_along(bar, docks) -> bool:
    """Whether the tab ``bar`` spans a whole edge of the dock in front of its group
    ``docks`` (the others are laid aside), as the bar in use does."""
    tabs = bar.geometry()
    return any((tabs.left(), tabs.width()) == (place.left(), place.width())
               or (tabs.top(), tabs.height()) == (place.top(), place.height())
               for place in (dock.geometry() for dock in docks
                             if dock is not None and dock.isVisible()))
