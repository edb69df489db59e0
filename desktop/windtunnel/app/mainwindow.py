"""MainWindow: the canvas in the centre, the Inspector, Outline and Sources docks around it.

One window shows one :class:`~windtunnel.app.document.Document`. File operations
(new, open, save, close, reload when the file changes on disk) are in
:class:`~windtunnel.app.window_files.FileOperations`, a mixin, so that this module keeps
to layout, binding a document to the views, and editing commands.

Extensions (the analysis, attached by the composition root in main.py) plug into typed
places and never search the widget tree (as orange-canvas-core's SchemeEditWidget offers
its toolbar and menu-bar actions):

- :attr:`menus` by role (File, Edit, View, Arrange, Help; View > Panels), :meth:`add_menu`
  (a top-level menu before Help) and :meth:`add_export_menu` (a submenu after File's
  export items);
- :meth:`add_panel` (a dock, optionally tabbed with another; listed in :attr:`panels` and
  View > Panels) and :meth:`add_toolbar` (listed in :attr:`toolbars`);
- the Inspector's footer (``inspector.add_footer``), the status bar's
  :meth:`add_status_widget`, :meth:`show_problem` for refusals and errors;
- :attr:`tasks`, the one runner of long work (progress bar and Cancel in the status bar);
- :meth:`add_map_decoration`, what File > Export Map paints over the map;
- :meth:`add_map_menu`, entries of the menu a right click on the map opens (on a node,
  an edge or empty space): the canvas has no entries of its own, the extensions fill it;
- the signals :attr:`document_shown`, :attr:`window_closing`,
  :attr:`map_export_started` and :attr:`first_painted` (with the flag ``painted``).

Dialogs go through small ``ask_*`` / ``show_*`` methods so that tests can answer them.
"""

from __future__ import annotations

from typing import Callable

from PySide6 import QtWidgets  # QMessageBox's Python type is made only when needed
from PySide6.QtCore import QEvent, QLocale, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QLineEdit, QMainWindow, QMenu,
                               QSizePolicy, QTabBar, QToolBar, QWidget)

from .. import __version__, language
from ..model import translated
from ..errors import LoadError, ModelError
from .actions import build_actions, build_menus, build_toolbar, retint_icons
from .autosave import Autosaver
from .canvas import CanvasScene, CanvasView, NodeNamer
from .clipboard import from_mime, to_mime
from .document import Document
from .editor import Editor
from .extensions import Extensions
from .inspector import Inspector
from .layout import free_spot
from .map_export import MapExporter
from .outline import Outline
from .scrolling import scrolling
from .sources_dock import SourcesPanel
from .startprobe import FirstPaint
from .window_files import FileOperations
from .wording import refusal
from .workers import TaskBar, TaskRunner

__all__ = ["MainWindow"]

#: Available screen height (pixels) below which a first layout stacks fewer panels.
SHORT_SCREEN = 900


class MainWindow(FileOperations, QMainWindow):
    """The editor window."""

    #: A document is shown (at start and after New / Open / reload in this window).
    document_shown = Signal()
    #: The window is closing (unsaved changes already settled): stop work on it.
    window_closing = Signal()
    #: A map picture is about to be painted (replays stop, so the picture is of one step).
    map_export_started = Signal()
    #: The window has finished its first paint (``painted`` is True from then on): work
    #: that can wait, like the first analysis run, starts after it, so the window shows
    #: at once.
    first_painted = Signal()

    def __init__(self, workspace, document: Document) -> None:
        super().__init__()
        self.workspace = workspace
        self.document: Document | None = None
        self.scene: CanvasScene | None = None
        self.editor: Editor | None = None
        self.autosaver: Autosaver | None = None
        self.panels: list[QDockWidget] = []
        #: (dock, share of the window) for a first layout (no remembered one); see
        #: :meth:`restore_layout`. Emptied when the user first presses a mouse button.
        self._first_shares: list[tuple[QDockWidget, float]] = []
        self.toolbars: list[QToolBar] = []
        self.map_decorations: list = []
        #: Who adds entries to the map's right-click menu (see :meth:`add_map_menu`).
        self.map_menu_contributors: list[Callable[[QMenu, str, object], None]] = []
        #: What becomes of the command that draws new edges (see :meth:`add_edge_rule`).
        self.edge_rules: list[Callable] = []
        #: The map's right-click menu last opened (kept so that it stays alive while shown).
        self.map_menu: QMenu | None = None
        #: What extensions plugged in, by name (the workspace registers them; they are built
        #: after the first paint, or when first read: see :mod:`.extensions`).
        self.extensions = Extensions()
        self._find_hits: list[str] = []
        self.painted = False
        FirstPaint(QApplication.instance(), self._first_paint, window=self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.undo_group = QUndoGroup(self)
        self.tasks = TaskRunner(self)
        self.map_exporter = MapExporter(self)
        self.view = CanvasView()
        self.view.files_dropped.connect(self.open_files)
        self.view.zoom_changed.connect(self._update_status)
        self.namer = NodeNamer(self.view)
        self.namer.named.connect(self._node_named)
        self.namer.renamed.connect(self._node_renamed)
        self.setCentralWidget(self.view)
        self.inspector = Inspector()
        self.inspector.setMinimumWidth(250)
        self.outline = Outline()
        self.outline.setMinimumWidth(200)
        self.outline.activated.connect(self.reveal)
        self.sources = SourcesPanel()
        self.actions = build_actions(self)
        self.menus = build_menus(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions)
        self.toolbars.append(self.toolbar)
        self._add_find_box()
        self.outline_dock = self.add_panel(self.tr("Outline"), self.outline, Qt.LeftDockWidgetArea,
                                           name="outline", share=0.22)
        self.inspector_dock = self.add_panel(self.tr("Inspector"), self.inspector,
                                             Qt.RightDockWidgetArea, name="inspector",
                                             share=0.25)
        self.sources_dock = self.add_panel(self.tr("Sources"),
                                           scrolling(self.sources, horizontal=True),
                                           Qt.RightDockWidgetArea, name="sources")
        self.counts = QLabel()
        self.zoom_label = QLabel()
        self.task_bar = TaskBar(self.tasks)
        self.add_status_widget(self.task_bar)
        self.add_status_widget(self.counts)
        self.add_status_widget(self.zoom_label)
        self._init_files()
        self.actions.themes[workspace.preferences.theme].setChecked(True)
        self.actions.languages[language.current()].setChecked(True)
        self.set_document(document)

    def _first_paint(self, _window) -> None:
        self.painted = True
        self.first_painted.emit()
        self.extensions.build_pending()     # into the frames placed before the paint

    # -- places for extensions --------------------------------------------------------------

    def add_panel(self, title: str, widget: QWidget | None, area: Qt.DockWidgetArea, *,
                  name: str, tab_with: QDockWidget | None = None,
                  share: float = 0.0) -> QDockWidget:
        """Add a dock (remembered in the window layout under ``name``, which does not
        change with the language as ``title`` does; listed in View > Panels); with
        ``tab_with``, as a tab beside that dock when it is in the same area; with ``share``,
        the fraction of the window's width (left, right) or height (top, bottom) it takes
        in a first layout. A dock added with no ``widget`` is a frame that its extension
        fills after the first paint (``dock.setWidget``)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if tab_with is not None and self.dockWidgetArea(tab_with) == area:
            self.tabifyDockWidget(tab_with, dock)
        self.menus.panels.addAction(dock.toggleViewAction())
        self.panels.append(dock)
        if share:
            self._first_shares.append((dock, share))
        return dock

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
        """A new top-level menu, placed before Help."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.menus.help.menuAction(), menu)
        return menu

    def add_export_menu(self, title: str) -> QMenu:
        """A submenu of File, after the map export items."""
        menu = QMenu(title, self)
        self.menus.file.insertMenu(self.menus.file_exports_end, menu)
        return menu

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def hide_panels(self) -> tuple[list[QDockWidget], list[QDockWidget]]:
        """Hide every open panel (for a full-screen view); return them and the ones that
        were the front tab of their group, for :meth:`show_panels`."""
        shown = [dock for dock in self.panels if not dock.isHidden()]
        in_front = [dock for dock in shown
                    if dock.isVisible() and not dock.visibleRegion().isEmpty()]
        for dock in shown:
            dock.hide()
        # Qt leaves the tab bar of a group whose docks are all hidden standing where the
        # group was, over the map: they are the window's own children, hidden here and
        # shown again by Qt's dock layout when a group's docks come back
        for bar in self.findChildren(QTabBar, options=Qt.FindDirectChildrenOnly):
            bar.hide()
        return shown, in_front

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

    def _add_find_box(self) -> None:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.toolbar.addWidget(spacer)
        self.find_box = QLineEdit(
            placeholderText=self.tr("Find node (Ctrl+F)"), clearButtonEnabled=True
        )
        self.find_box.setMaximumWidth(240)
        self.find_box.returnPressed.connect(lambda: self.find_next(forward=True))
        self.find_box.textChanged.connect(self._find_changed)
        self.toolbar.addWidget(self.find_box)

    def restore_layout(self) -> None:
        """Restore the remembered geometry and docks; call it once every dock exists.

        A first window fills a laptop's or a projector's screen (maximised below
        1600 x 1000 available pixels) and takes 1440 x 900 of a larger one; a remembered
        geometry that no longer fits the screen (a laptop moved to a projector) becomes
        maximised too. On a short screen (a laptop, a projector) a first layout puts the
        Sources panel in a tab beside the Inspector, which needs the column's height."""
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
            self.restoreState(state)
            self._first_shares.clear()
        else:
            if screen.height() < SHORT_SCREEN:
                self.tabifyDockWidget(self.inspector_dock, self.sources_dock)
                QTimer.singleShot(0, self.inspector_dock.raise_)
            self._share_out()

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

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._first_shares:
            self._share_out()

    def event(self, event) -> bool:  # noqa: A003 - Qt override
        if event.type() == QEvent.MouseButtonPress:
            self._first_shares.clear()
        return super().event(event)

    def save_layout(self) -> None:
        self.workspace.preferences.save_window(self.saveGeometry(), self.saveState())

    # -- the document -----------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window (replacing the previous one)."""
        old, old_scene = self.document, self.scene
        if old is not None:
            # a document replaced before the first paint: the extensions are built first,
            # so they follow the change as they follow any later one (a run at once)
            self.extensions.build_pending()
            if self.autosaver is not None:
                self.autosaver.stop()
                self.autosaver = None
            self.tasks.cancel()      # a picture of the old map is of no use any more
            old_scene.detach()
            self.undo_group.removeStack(old.undo_stack)
            old.close()
            old.deleteLater()
        self.document = document
        self.scene = CanvasScene(document.model, self, dark=self.workspace.dark)
        self.scene.node_requested.connect(self._node_requested)
        self.scene.rename_requested.connect(self.rename_node)
        self.scene.edge_requested.connect(
            lambda s, t: self.edit(lambda editor: editor.connect(s, t)))
        self.scene.move_requested.connect(self._move_requested)
        self.scene.menu_requested.connect(self._map_menu_requested)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.setScene(self.scene)
        if old_scene is not None:
            old_scene.deleteLater()  # with its items: a window keeps one scene
        self.editor = Editor(document, self.scene, self.edge_rules)
        self.inspector.set_editor(self.editor)
        self.sources.set_editor(self.editor)
        self.outline.set_model(document.model)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_status)
        document.model.info_changed.connect(self._update_title)
        session = self.workspace.session
        if session is not None:
            self.autosaver = Autosaver(document, session,
                                       self.workspace.preferences.autosave_seconds, self)
        self.watch_file()
        self._update_title()
        self._update_status()
        self.view.fit_soon()
        self.document_shown.emit()

    def _update_title(self, *_) -> None:
        doc = self.document
        self.setWindowTitle(self.tr("{name}[*] \u2014 Windtunnel").format(name=doc.display_name))
        self.setWindowModified(doc.modified)

    def _update_status(self, *_) -> None:
        model = self.document.model
        self.counts.setText(" \u00b7 ".join((
            self.tr("%Ln node(s)", "", len(model.nodes)),
            self.tr("%Ln edge(s)", "", len(model.edges)),
            self.tr("%Ln source(s)", "", len(model.sources)))))
        self.zoom_label.setText(QLocale().toString(self.view.zoom * 100, "f", 0) + "%")

    def theme_changed(self, dark: bool) -> None:
        self.scene.set_dark(dark)
        retint_icons(self.actions)
        self.view.viewport().update()

    # -- editing ----------------------------------------------------------------------------

    def edit(self, change: Callable[[Editor], object]) -> object:
        """Run ``change(editor)``; a refused edit shows its reason and changes nothing."""
        try:
            return change(self.editor)
        except ModelError as exc:
            self.show_problem(self.tr("That edit is not possible"), exc)
            return None

    def _node_requested(self, pos: QPointF) -> None:
        self.namer.ask(pos, "factor")

    def _node_named(self, pos: QPointF, kind: str, name: str) -> None:
        try:
            self.editor.add_node(pos, kind=kind, label=name)
        except ModelError as exc:          # keep what was typed, and say why
            self.namer.setText(name)
            self.namer.refuse(refusal(exc))

    def rename_node(self, node_id: str) -> None:
        """Edit a node's label in place, over the node (double-click, F2)."""
        item = self.scene.node_items.get(node_id)
        node = self.document.model.node(node_id)
        if item is None or node is None:
            return
        self.scene.select([node_id])
        rect = item.sceneBoundingRect()
        if not self.view.viewport().rect().contains(self.view.mapFromScene(rect.center())):
            self.view.centerOn(rect.center())
        width = self.view.mapFromScene(rect.topRight()).x() - self.view.mapFromScene(rect.topLeft()).x()
        self.namer.ask_rename(node_id, translated(node), rect.center(), width)

    def rename_selected(self) -> None:
        """F2: rename the selected node (the first, when several are selected)."""
        selected = self.scene.selected_node_ids()
        if selected:
            self.rename_node(selected[0])

    def _node_renamed(self, node_id: str, label: str) -> None:
        try:
            self.editor.rename_node(node_id, label)
        except ModelError as exc:          # keep what was typed, and say why
            self.namer.setText(label)
            self.namer.refuse(refusal(exc))
            self.statusBar().showMessage(
                self.tr("The label was not changed: {reason}").format(reason=refusal(exc)), 8000)

    def _selection_changed(self) -> None:
        scene = self.scene
        if len(scene.selectedItems()) <= 200:  # marking thousands of rows helps nobody
            self.outline.show_selection(scene.selected_node_ids(), scene.selected_edge_keys())

    def _move_requested(self, before: dict, after: dict) -> None:
        try:
            self.editor.move(before, after)
        except ModelError as exc:        # refused: the items go back where the model has them
            self.show_problem(self.tr("That edit is not possible"), exc)
            self.scene.reset_positions()

    def add_node(self, kind: str) -> None:
        """Ask for the name of a new ``kind`` node at the middle of the view, or at the free
        spot nearest to it: a new node never lands on another."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        x, y = free_spot([n.position for n in self.document.model.nodes], (centre.x(), centre.y()))
        self.namer.ask(QPointF(x, y), kind)

    def select_all(self) -> None:
        self.scene.select(self.scene.node_items, self.scene.edge_items)

    def copy(self) -> bool:
        piece = self.editor.copy_selection()
        if piece is None:
            return False
        QGuiApplication.clipboard().setMimeData(to_mime(piece))
        self.statusBar().showMessage(
            self.tr("Copied %Ln node(s)", "", len(piece.nodes)), 3000)
        return True

    def cut(self) -> None:
        if self.copy():
            self.edit(lambda editor: editor.delete_selection())

    def paste(self) -> None:
        try:
            piece = from_mime(QGuiApplication.clipboard().mimeData())
        except LoadError as exc:
            self.show_problem(self.tr("Nothing was pasted"), exc)
            return
        if piece is None:
            self.statusBar().showMessage(self.tr("The clipboard holds no Windtunnel nodes"), 3000)
            return
        self.edit(lambda editor: editor.paste(piece))

    def reveal(self, kind: str, key) -> None:
        """Select a node or edge and centre the view on it (Outline, Find)."""
        if kind == "node":
            self.scene.select([key])
            self.view.centre_on_node(key)
        else:
            self.scene.select(edges=[tuple(key)])
            item = self.scene.edge_items.get(tuple(key))
            if item is not None:
                self.view.centerOn(item.midpoint)

    # -- find -------------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.ShortcutFocusReason)
        self.find_box.selectAll()

    def _find_changed(self, text: str) -> None:
        needle = text.strip().lower()
        model = self.document.model
        self._find_hits = [n.id for n in model.nodes
                           if needle and (needle in n.label.lower() or needle in translated(n).lower()
                                          or needle in n.id)]
        self.scene.set_highlight(self._find_hits)
        if needle:
            hits = len(self._find_hits)
            self.statusBar().showMessage(
                self.tr("%Ln node(s) match \u201c{text}\u201d", "", hits).format(text=text))

    def find_next(self, *, forward: bool = True) -> str | None:
        """Select and centre the next (or previous) node matching the find box."""
        if not self._find_hits:
            self._find_changed(self.find_box.text())
        hits = self._find_hits
        if not hits:
            return None
        current = self.scene.selected_node_ids()
        if current and current[0] in hits:
            index = (hits.index(current[0]) + (1 if forward else -1)) % len(hits)
        else:
            index = 0 if forward else len(hits) - 1
        self.reveal("node", hits[index])
        self.statusBar().showMessage(
            self.tr("Match {index} of {count}").format(index=index + 1, count=len(hits)), 4000)
        return hits[index]

    # -- view -------------------------------------------------------------------------------

    def toggle_legend(self, on: bool) -> None:
        self.view.show_legend = on
        self.view.viewport().update()

    def set_theme(self, name: str) -> None:
        self.workspace.preferences.theme = name
        for key, action in self.actions.themes.items():
            action.setChecked(key == name)
        self.workspace.apply_theme()

    def set_language(self, tag: str) -> None:
        """The Language menu: remember ``tag`` and make it the app's language; every open
        window, this one included, is rebuilt in it at once around its document (this
        window goes: see :mod:`.rebuild`)."""
        self.workspace.set_language(tag)

    def show_preferences(self) -> None:
        from .dialogs import PreferencesDialog  # loaded when first shown, after start-up

        dialog = PreferencesDialog(self.workspace.preferences, self)
        if dialog.exec():
            dialog.apply()
            for window in self.workspace.windows:
                if window.autosaver is not None:
                    window.autosaver.set_interval(self.workspace.preferences.autosave_seconds)
            self.set_theme(self.workspace.preferences.theme)

    def show_help(self, page: str = "") -> None:
        """Raise the app's one help window (F1), at ``page`` when given."""
        self.workspace.show_help(page)

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("About Windtunnel"),
                          self.tr("<b>Windtunnel {version}</b><br>Wind-tunnel policy options on "
                                  "signed influence maps. Works offline.")
                          .format(version=__version__))
