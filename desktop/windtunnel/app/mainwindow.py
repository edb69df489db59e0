"""MainWindow: the canvas in the centre, the Inspector, Outline and Sources docks around it.

One window shows one :class:`~windtunnel.app.document.Document`. File operations
(new, open, save, close, reload when the file changes on disk) are in
:class:`~windtunnel.app.window_files.FileOperations`, a mixin, so that this module keeps
to layout, binding a document to the views, and editing commands.

Dialogs go through small ``ask_*`` / ``show_*`` methods so that tests can answer them.
Issue 6 adds its panels with :meth:`add_panel` (docks and the View > Panels menu).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (QDockWidget, QLabel, QLineEdit, QMainWindow, QMessageBox,
                               QSizePolicy, QWidget)

from .. import __version__
from ..errors import ModelError
from .actions import build_actions, build_menus, build_toolbar, retint_icons
from .analysis import attach_analysis
from .autosave import Autosaver
from .canvas import CanvasScene, CanvasView, NodeNamer
from .clipboard import from_mime, to_mime
from .dialogs import HelpDialog, PreferencesDialog
from .document import Document
from .editor import Editor
from .inspector import Inspector
from .outline import Outline
from .sources_dock import SourcesPanel
from .window_files import FileOperations

__all__ = ["MainWindow"]


class MainWindow(FileOperations, QMainWindow):
    """The editor window."""

    def __init__(self, workspace, document: Document) -> None:
        super().__init__()
        self.workspace = workspace
        self.document: Document | None = None
        self.scene: CanvasScene | None = None
        self.editor: Editor | None = None
        self.autosaver: Autosaver | None = None
        self._find_hits: list[str] = []
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.undo_group = QUndoGroup(self)
        self.view = CanvasView()
        self.view.files_dropped.connect(self.open_files)
        self.view.zoom_changed.connect(self._update_status)
        self.namer = NodeNamer(self.view)
        self.namer.named.connect(self._node_named)
        self.setCentralWidget(self.view)
        self.inspector = Inspector()
        self.inspector.setMinimumWidth(340)
        self.outline = Outline()
        self.outline.setMinimumWidth(230)
        self.outline.activated.connect(self.reveal)
        self.sources = SourcesPanel()
        self.actions = build_actions(self)
        build_menus(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions)
        self._add_find_box()
        self.add_panel("Outline", self.outline, Qt.LeftDockWidgetArea)
        self.add_panel("Inspector", self.inspector, Qt.RightDockWidgetArea)
        self.add_panel("Sources", self.sources, Qt.RightDockWidgetArea)
        self.counts = QLabel()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._init_files()
        self.actions.themes[workspace.preferences.theme].setChecked(True)
        self.set_document(document)
        self.analysis = attach_analysis(self)
        self._restore_layout()  # after every dock exists, so that all of them are restored

    # -- layout -----------------------------------------------------------------------------

    def add_panel(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """Add a dock (remembered in the window layout) and its toggle in View > Panels."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _add_find_box(self) -> None:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.toolbar.addWidget(spacer)
        self.find_box = QLineEdit(placeholderText="Find node (Ctrl+F)", clearButtonEnabled=True)
        self.find_box.setMaximumWidth(240)
        self.find_box.returnPressed.connect(lambda: self.find_next(forward=True))
        self.find_box.textChanged.connect(self._find_changed)
        self.toolbar.addWidget(self.find_box)

    def _restore_layout(self) -> None:
        prefs = self.workspace.preferences
        geometry, state = prefs.window_geometry(), prefs.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1440, screen.width() - 60), min(900, screen.height() - 60))
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.findChild(QDockWidget, "dock-outline")], [250], Qt.Horizontal)
            self.resizeDocks([self.findChild(QDockWidget, "dock-inspector")], [360], Qt.Horizontal)

    def save_layout(self) -> None:
        self.workspace.preferences.save_window(self.saveGeometry(), self.saveState())

    # -- the document -----------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window (replacing the previous one)."""
        old = self.document
        if old is not None:
            if self.autosaver is not None:
                self.autosaver.stop()
                self.autosaver = None
            self.scene.detach()
            self.undo_group.removeStack(old.undo_stack)
            old.close()
            old.deleteLater()
        self.document = document
        self.scene = CanvasScene(document.model, self, dark=self.workspace.dark)
        self.scene.node_requested.connect(self._node_requested)
        self.scene.edge_requested.connect(lambda s, t: self.edit("connect", s, t))
        self.scene.move_requested.connect(self._move_requested)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.setScene(self.scene)
        self.editor = Editor(document, self.scene)
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
        QTimer.singleShot(0, self.view.fit)

    def _update_title(self, *_) -> None:
        doc = self.document
        self.setWindowTitle(f"{doc.display_name}[*] \u2014 Windtunnel")
        self.setWindowModified(doc.modified)

    def _update_status(self, *_) -> None:
        model = self.document.model
        self.counts.setText(f"{len(model.nodes)} nodes \u00b7 {len(model.edges)} edges \u00b7 "
                            f"{len(model.sources)} sources")
        self.zoom_label.setText(f"{self.view.zoom * 100:.0f}%")

    def theme_changed(self, dark: bool) -> None:
        self.scene.set_dark(dark)
        retint_icons(self)
        self.view.viewport().update()

    # -- editing ----------------------------------------------------------------------------

    def edit(self, method: str, *args, **options) -> object:
        """Run an Editor operation; a refused edit shows its reason and changes nothing."""
        try:
            return getattr(self.editor, method)(*args, **options)
        except ModelError as exc:
            self.show_problem("That edit is not possible", exc)
            if method == "move":
                self.scene.reset_positions()
            return None

    def _node_requested(self, pos: QPointF) -> None:
        self.namer.ask(pos, "factor")

    def _node_named(self, pos: QPointF, kind: str, name: str) -> None:
        self.edit("add_node", pos, kind=kind, label=name)

    def _selection_changed(self) -> None:
        scene = self.scene
        if len(scene.selectedItems()) <= 200:  # marking thousands of rows helps nobody
            self.outline.show_selection(scene.selected_node_ids(), scene.selected_edge_keys())

    def _move_requested(self, before: dict, after: dict) -> None:
        self.edit("move", before, after)

    def add_node(self, kind: str) -> None:
        """Ask for the name of a new ``kind`` node in the middle of the view (off other nodes)."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        x, y = centre.x(), centre.y()
        taken = {tuple(n.position) for n in self.document.model.nodes}
        while (round(x, 2), round(y, 2)) in taken:
            x, y = x + 30, y + 30
        self.namer.ask(QPointF(x, y), kind)

    def select_all(self) -> None:
        self.scene.select(self.scene.node_items, self.scene.edge_items)

    def copy(self) -> bool:
        piece = self.editor.copy_selection()
        if piece is None:
            return False
        QGuiApplication.clipboard().setMimeData(to_mime(piece))
        self.statusBar().showMessage(f"Copied {len(piece.nodes)} nodes", 3000)
        return True

    def cut(self) -> None:
        if self.copy():
            self.edit("delete_selection")

    def paste(self) -> None:
        piece = from_mime(QGuiApplication.clipboard().mimeData())
        if piece is None:
            self.statusBar().showMessage("The clipboard holds no Windtunnel nodes", 3000)
            return
        self.edit("paste", piece)

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
                           if needle and (needle in n.label.lower() or needle in n.id)]
        self.scene.set_highlight(self._find_hits)
        if needle:
            self.statusBar().showMessage(f"{len(self._find_hits)} nodes match \u201c{text}\u201d")

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
        self.statusBar().showMessage(f"Match {index + 1} of {len(hits)}", 4000)
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

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.workspace.preferences, self)
        if dialog.exec():
            dialog.apply()
            for window in self.workspace.windows:
                if window.autosaver is not None:
                    window.autosaver.set_interval(self.workspace.preferences.autosave_seconds)
            self.set_theme(self.workspace.preferences.theme)

    def show_help(self) -> None:
        HelpDialog(self).show()

    def show_about(self) -> None:
        QMessageBox.about(self, "About Windtunnel",
                          f"<b>Windtunnel {__version__}</b><br>Wind-tunnel policy options on "
                          "signed influence maps. Works offline.")
