"""MainWindow: the canvas in the centre, the Inspector, Outline and Sources docks around it.

One window shows one :class:`~windtunnel.app.document.Document`. File operations are in
mixins: new, open and import in :class:`~windtunnel.app.window_files.FileOperations`, where
the file dialogs start in :class:`~windtunnel.app.window_folders.FileFolders`, save and close
in :class:`~windtunnel.app.window_saving.SaveAndClose`, the reload when the file changes on
disk in :class:`~windtunnel.app.window_reload.FileReloading`, the find box in
:class:`~windtunnel.app.window_find.FindOnMap`, the Outline, Inspector and Sources docks
(filled just after the first paint) in :class:`~windtunnel.app.editor_docks.EditorDocks`;
the places extensions plug into
and the window's layout are in :class:`~windtunnel.app.window_places.WindowPlaces`, so
that this module keeps to building the window, binding a document to the views, and
editing commands.

Extensions (the analysis, attached by the composition root in main.py) plug into typed
places and never search the widget tree (as orange-canvas-core's SchemeEditWidget offers
its toolbar and menu-bar actions):

- :attr:`menus` by role (File, Edit, View, Arrange, Help; View > Panels), :meth:`add_menu`
  (a top-level menu before Help), :meth:`add_export_menu` (a submenu after File's
  export items) and :meth:`add_help_page` (a Help entry before About);
- :meth:`add_panel` (a dock, optionally tabbed with another; listed in :attr:`panels` and
  View > Panels) and :meth:`add_toolbar` (listed in :attr:`toolbars`);
- the Inspector's footer (``inspector.add_footer``; ``add_strip`` under the forms,
  ``reveal`` to scroll a footer into view), the status bar's
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
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QMenu, QToolBar,
                               QWidget)

from .. import __version__, language
from ..model import translated
from ..errors import LoadError, ModelError
from .actions import build_actions, build_menus, build_toolbar, retint_icons
from .autosave import Autosaver
from .canvas import CanvasScene, CanvasView, NodeNamer
from .canvas.label_grid import Boxes
from .canvas.style import NODE_MIN_HEIGHT, NODE_WIDTH
from .clipboard import from_mime, to_mime
from .delete_question import confirm_deletion
from .dock_tabs import DockTabs
from .document import Document
from .editor import Editor
from .editor_docks import EditorDocks
from .elided import ElidedLabel
from .extensions import Extensions
from .formats import percent
from .layout import TakenSpots, free_spot, nearest_point
from .startprobe import FirstPaint
from .status_fit import StatusFit
from .window_files import FileOperations
from .window_find import FindOnMap
from .window_folders import FileFolders
from .window_reload import FileReloading
from .window_places import WindowPlaces
from .window_saving import SaveAndClose
from .wording import refusal
from .workers import TaskBar, TaskRunner

__all__ = ["MainWindow"]

class MainWindow(FileOperations, FileFolders, SaveAndClose, FileReloading, WindowPlaces,
                 FindOnMap, EditorDocks, QMainWindow):
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

    def __init__(self, workspace, document: Document, prepared=None) -> None:
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
        #: The side panels' least widths in a window of usual width (see
        #: :meth:`set_least_width`).
        self._least_widths: dict[QWidget, int] = {}
        #: The side docks' tabs in a small window (see :mod:`.dock_tabs`).
        self.dock_tabs = DockTabs(self)
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
        self.painted = False
        FirstPaint(QApplication.instance(), self._first_paint, window=self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.undo_group = QUndoGroup(self)
        self.tasks = TaskRunner(self)
        self._map_exporter = None       # made when first asked (File > Export Map)
        self.view = CanvasView()
        self.view.files_dropped.connect(self.open_files)
        self.view.zoom_changed.connect(self._update_status)
        self.namer = NodeNamer(self.view)
        self.view.empty_hint.give_way_to(self.namer)
        self.namer.named.connect(self._node_named)
        self.namer.renamed.connect(self._node_renamed)
        self.setCentralWidget(self.view)
        self.actions = build_actions(self)
        self.menus = build_menus(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions)
        self.toolbars.append(self.toolbar)
        self._add_find_box()
        self._place_editor_docks()
        self.counts, self.zoom_label = ElidedLabel(), ElidedLabel()
        self.task_bar = TaskBar(self.tasks)
        self.status_message = self.add_status_message()
        #: Shown while autosaving fails (:meth:`_autosave_failing`).
        self.autosave_warning = ElidedLabel()
        self.autosave_warning.hide()
        for widget in (self.task_bar, self.autosave_warning, self.counts, self.zoom_label):
            self.add_status_widget(widget)
        # most important first: what the window has least room for gives way first
        self.status_fit = fit = StatusFit(self.statusBar())
        fit.add_label(self.autosave_warning)
        fit.add(self.task_bar, self.task_bar.least_width, self.task_bar.whole_width)
        fit.add_label(self.status_message, stretch=True, least_characters=16)
        fit.add_label(self.counts)
        fit.add_label(self.zoom_label)
        self.statusBar().messageChanged.connect(fit.fit_soon)
        self.tasks.started.connect(fit.fit_soon)
        self._init_watcher()
        self.actions.themes[workspace.preferences.theme].setChecked(True)
        self.actions.languages[language.current()].setChecked(True)
        self.set_document(document, prepared)

    def _first_paint(self, _window) -> None:
        self.painted = True
        self.hold_shares_until_first_press()
        self.first_painted.emit()
        self.fill_docks()                   # the Outline, Inspector and Sources built
        self.extensions.build_pending()     # into the frames placed before the paint
        # every window, however made (opened, rebuilt in another language): its docks are
        # laid out by now (QTabBar's Python type is not made before the first paint)
        self.hide_stale_tab_bars()
        self.dock_tabs.update()

    # -- the document -----------------------------------------------------------------------

    def set_document(self, document: Document, prepared=None) -> None:
        """Show ``document`` in this window (replacing the previous one); ``prepared``:
        its views made already (a big map's, :mod:`.prepared_views`)."""
        old, old_scene = self.document, self.scene
        if old is not None:
            # a document replaced before the first paint: the extensions are built first,
            # so they follow the change as they follow any later one (a run at once)
            self.extensions.build_pending()
            if self.autosaver is not None:
                self.autosaver.stop()
                self.autosaver = None
                self._autosave_failing("")
            self.tasks.cancel()      # a picture of the old map is of no use any more
            old_scene.detach()
            self.undo_group.removeStack(old.undo_stack)
            old.close()
            old.deleteLater()
        self.document = document
        if prepared is None:
            self.scene = CanvasScene(document.model, self, dark=self.workspace.dark)
        else:
            self.scene = prepared.scene
            self.scene.setParent(self)
            if prepared.dark != self.workspace.dark:      # the theme changed meanwhile
                self.scene.set_dark(self.workspace.dark)
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
        self._docks_follow(self.editor, prepared.rows if prepared else None)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_status)
        # once the map is worked on, a legend coming or going leaves it where it is
        self.view.holds_still = document.undo_stack.count() > 0
        document.undo_stack.indexChanged.connect(self._hold_map_still)
        document.model.info_changed.connect(self._update_title)
        session = self.workspace.session
        if session is not None:
            self.autosaver = Autosaver(document, session,
                                       self.workspace.preferences.autosave_seconds, self)
            self.autosaver.failing.connect(self._autosave_failing)
        self.watch_file()
        self._update_title()
        self._update_status()
        if self.painted:    # fitted now: no paint of a big map's edges at the old zoom
            self.view.fit()
        self.view.fit_soon()
        self.document_shown.emit()

    def _autosave_failing(self, reason: str) -> None:
        """Say in the status bar, while it lasts, that the recovery copy cannot be written
        (``reason``; "" when it can again): a crash would lose the unsaved edits."""
        self.autosave_warning.setVisible(bool(reason))
        self.autosave_warning.set_full_text(self.tr("\u26a0 Autosave failed: save your work"),
                                            (self.tr("\u26a0 Autosave failed"),))
        explained = self.tr(
            "The recovery copy of this model could not be written ({reason}). Until it can, "
            "a crash would lose the edits made since the last save: save your work (File > "
            "Save).").format(reason=reason)
        self.autosave_warning.set_hint(explained)
        if reason:
            self.statusBar().showMessage(explained, 15000)

    def _hold_map_still(self, *_) -> None:
        self.view.holds_still = True

    def _update_title(self, *_) -> None:
        doc = self.document
        self.setWindowTitle(self.tr("{name}[*] \u2014 Windtunnel").format(name=doc.display_name))
        self.setWindowModified(doc.modified)

    @property
    def map_exporter(self):
        """The writer of this window's map to PNG or SVG (its module loads when first used:
        no first paint needs it)."""
        if self._map_exporter is None:
            from .map_export import MapExporter

            self._map_exporter = MapExporter(self)
        return self._map_exporter

    def _update_status(self, *_) -> None:
        model = self.document.model
        counts = (self.tr("%Ln node(s)", "", len(model.nodes)),
                  self.tr("%Ln edge(s)", "", len(model.edges)),
                  self.tr("%Ln source(s)", "", len(model.sources)))
        # short of room: the sources left out, then the edges (whole on hover)
        self.counts.set_full_text(" \u00b7 ".join(counts), (" \u00b7 ".join(counts[:2]), counts[0]))
        self.zoom_label.set_full_text(percent(self.view.zoom))
        self.status_fit.fit_soon()

    def theme_changed(self, dark: bool) -> None:
        self.scene.set_dark(dark)
        retint_icons(self.actions)
        self.dock_tabs.update()         # the tabs' icons in the new palette's colour
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
            node_id = self.editor.add_node(pos, kind=kind, label=name)
        except ModelError as exc:          # keep what was typed, and say why
            self.namer.setText(name)
            self.namer.refuse(refusal(exc))
            return
        item = self.scene.node_items.get(node_id)
        if item is not None:    # moved off a taken spot, it may lie beyond the view's edge
            self.view.bring_into_view(item.mapRectToScene(item.rect))

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
        """F2: rename the node picked in the Outline when it has the focus, else the
        selected node (the first, when several are selected); always over the node on the
        map, the one place where names are edited."""
        selected = [self.outline.focused_node()] if self.outline.focused_node() else \
            self.scene.selected_node_ids()
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
        """Ask for the name of a new ``kind`` node at the free spot nearest the middle of the
        view, inside the visible map, where neither the new node nor its name box covers a
        node or a label as the view draws them (at a low zoom labels are drawn larger than
        their nodes); when the visible map has no such room, at the nearest free spot
        beyond it, the view scrolled the least that shows it (never centred on it: the
        user keeps their place)."""
        view = self.view
        scale = view.transform().m11() or 1.0
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        box_width, box_height = self.namer.new_name_size()
        margin = 8 / scale
        half_w = max(box_width / scale, NODE_WIDTH) / 2 + margin
        half_h = max(box_height / scale, NODE_MIN_HEIGHT) / 2 + margin
        # filed by cells of about the room's size: a spot asks the few drawn near it
        drawn = Boxes([item.sceneBoundingRect() for item in self.scene.node_items.values()]
                      + [view.mapToScene(label.box.toAlignedRect()).boundingRect()
                         for label in view.map_labels.placed], cell=2 * max(half_w, half_h))
        positions = [n.position for n in self.document.model.nodes]
        taken = TakenSpots(positions)

        def clear(spot: tuple[float, float]) -> bool:
            room = QRectF(spot[0] - half_w, spot[1] - half_h, 2 * half_w, 2 * half_h)
            return taken.free(spot) and not drawn.meets(room)

        middle, step = (visible.center().x(), visible.center().y()), (half_w / 2, half_h)
        spot = nearest_point(middle, step, clear,
                             within=(visible.left() + half_w, visible.top() + half_h,
                                     visible.right() - half_w, visible.bottom() - half_h))
        if spot is None:    # no room in view: the nearest beyond it, scrolled just into view
            spot = nearest_point(middle, step, clear) or free_spot(positions, middle)
            view.bring_into_view(QRectF(spot[0] - half_w, spot[1] - half_h,
                                        2 * half_w, 2 * half_h), margin=0)
        self.namer.ask(QPointF(*spot), kind)

    def select_all(self) -> None:
        self.scene.select(self.scene.node_items, self.scene.edge_items)

    def copy(self) -> bool:
        piece = self.editor.copy_selection()
        if piece is not None:
            self._to_clipboard(piece)
        return piece is not None

    def _to_clipboard(self, piece) -> None:
        QGuiApplication.clipboard().setMimeData(to_mime(piece))
        self.statusBar().showMessage(
            self.tr("Copied %Ln node(s)", "", len(piece.nodes)), 3000)

    def cut(self) -> None:
        """Copy the selection and delete it; the clipboard changes only once the deletion
        is agreed (cancelling the question leaves it as it was)."""
        piece = self.editor.copy_selection()
        command = self.editor.deletion() if piece is not None else None
        if command is not None and confirm_deletion(self, command):
            self._to_clipboard(piece)
            self._delete(command)

    def delete_selection(self) -> None:
        """Delete the selection (one undo step). When objectives, scenarios' settings or
        participants' ratings would go with it, ask first (naming them); after such a
        deletion the status bar says what went and how to bring it back."""
        command = self.editor.deletion()
        if command is not None and confirm_deletion(self, command):
            self._delete(command)

    def _delete(self, command) -> None:
        """Run the deletion ``command`` the user agreed to."""
        if self.edit(lambda editor: editor.run(command) or True) and command.takes_along:
            self.statusBar().showMessage(self.tr("{what}. Edit > Undo brings it all back.").format(
                what=command.text()), 15000)

    def connect_selected(self) -> None:
        """Join the selected nodes in the order selected; when that draws nothing (fewer
        than two nodes selected, or all joined already) the status bar says why."""
        if self.edit(lambda editor: editor.connect_selected()) == []:
            few = len(self.scene.selected_node_ids()) < 2
            self.statusBar().showMessage(self.tr(
                "To draw an edge, select two nodes (Ctrl+click, in order) and Connect, or "
                "drag from a node's round handle onto another node") if few else self.tr(
                "The selected nodes are already joined in that order"), 8000)

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
            self.apply_preferences(dialog)

    def apply_preferences(self, dialog) -> None:
        """What the accepted Preferences dialog says: the autosave interval and the theme,
        then the language, chosen through View > Language's own action (a new one
        rebuilds every window, this one included, so it comes last)."""
        dialog.apply()
        for window in self.workspace.windows:
            if window.autosaver is not None:
                window.autosaver.set_interval(self.workspace.preferences.autosave_seconds)
        self.set_theme(self.workspace.preferences.theme)
        tag = dialog.language.currentData()
        if tag != language.current():
            self.actions.languages[tag].trigger()

    def show_help(self, page: str = "") -> None:
        """Raise the app's one help window (F1), at ``page`` when given."""
        self.workspace.show_help(page)

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("About Windtunnel"),
                          self.tr("<b>Windtunnel {version}</b><br>Wind-tunnel policy options on "
                                  "signed influence maps. Works offline.")
                          .format(version=__version__))
