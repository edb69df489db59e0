"""The main window's actions, menus and toolbar, with standard shortcuts.

Shortcuts use QKeySequence standard keys where one exists (New, Open, Save, Undo, Copy,
Find, Zoom in ...), so each platform gets its own conventions. Editing keys that would
steal keystrokes from text fields (arrows, Delete) act only when the canvas has focus.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..language import LANGUAGES
from ..paths import bundled_models
from .theme import icon
from .window_list import fill_window_menu
from .wording import menu_text

__all__ = ["Actions", "Menus", "make_action", "build_actions", "build_menus", "build_toolbar", "retint_icons"]

_Std = QKeySequence.StandardKey


class Actions:
    """A namespace of the window's QActions (attributes named after what they do)."""


def make_action(window, text: str, slot, *, shortcut=None, tip: str = "", icon_name: str = "",
            canvas_only: bool = False, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setProperty("icon_name", icon_name)  # re-tinted when the theme changes
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    if canvas_only:
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        window.view.addAction(action)
    else:
        window.addAction(action)
    return action


def build_actions(window) -> Actions:
    a = Actions()
    w = window
    ed = window.edit          # ed(lambda editor: ...): a refused edit shows its reason
    # file
    a.new = make_action(
        w,
        QCoreApplication.translate("actions", "&New"),
        w.new_file,
        shortcut=_Std.New,
        tip=QCoreApplication.translate("actions", "Start a blank model"),
        icon_name="new",
    )
    a.open = make_action(
        w,
        QCoreApplication.translate("actions", "&Open\u2026"),
        lambda: w.open_file(),
        shortcut=_Std.Open,
        tip=QCoreApplication.translate("actions", "Open a model file"),
        icon_name="open",
    )
    a.import_file = make_action(
        w,
        QCoreApplication.translate("actions", "&Import\u2026"),
        w.import_model_file,
        shortcut="Ctrl+Shift+I",
        tip=QCoreApplication.translate(
            "actions", "Import a model from Mental Modeler, Kumu, Gephi, GraphML, GEXF, CSV "
                       "or a workbook"),
    )
    a.save = make_action(
        w,
        QCoreApplication.translate("actions", "&Save"),
        w.save,
        shortcut=_Std.Save,
        tip=QCoreApplication.translate("actions", "Save the model"),
        icon_name="save",
    )
    a.save_as = make_action(
        w, QCoreApplication.translate("actions", "Save &As\u2026"), w.save_as, shortcut=_Std.SaveAs
    )
    a.export_png = make_action(
        w,
        QCoreApplication.translate("actions", "Export Map as PN&G\u2026"),
        lambda: w.map_exporter.export("png"),
        shortcut="Ctrl+Shift+E",
    )
    a.export_svg = make_action(
        w,
        QCoreApplication.translate("actions", "Export Map as S&VG\u2026"),
        lambda: w.map_exporter.export("svg"),
    )
    a.close = make_action(
        w, QCoreApplication.translate("actions", "&Close Window"), w.close, shortcut=_Std.Close
    )
    a.quit = make_action(
        w, QCoreApplication.translate("actions", "&Quit"), w.quit_all, shortcut=_Std.Quit
    )
    a.quit.setMenuRole(QAction.QuitRole)
    # edit
    a.undo = w.undo_group.createUndoAction(w, QCoreApplication.translate("actions", "&Undo"))
    a.undo.setShortcuts(QKeySequence.keyBindings(_Std.Undo))
    a.undo.setIcon(icon("undo"))
    a.undo.setProperty("icon_name", "undo")
    a.redo = w.undo_group.createRedoAction(w, QCoreApplication.translate("actions", "&Redo"))
    a.redo.setShortcuts(QKeySequence.keyBindings(_Std.Redo))
    a.redo.setIcon(icon("redo"))
    a.redo.setProperty("icon_name", "redo")
    w.addAction(a.undo)
    w.addAction(a.redo)
    a.cut = make_action(
        w, QCoreApplication.translate("actions", "Cu&t"), w.cut, shortcut=_Std.Cut, canvas_only=True
    )
    a.copy = make_action(
        w,
        QCoreApplication.translate("actions", "&Copy"),
        w.copy,
        shortcut=_Std.Copy,
        canvas_only=True,
    )
    a.paste = make_action(
        w,
        QCoreApplication.translate("actions", "&Paste"),
        w.paste,
        shortcut=_Std.Paste,
        canvas_only=True,
    )
    a.delete = make_action(
        w,
        QCoreApplication.translate("actions", "&Delete"),
        w.delete_selection,
        shortcut=[_Std.Delete, "Backspace"],
        canvas_only=True,
        icon_name="delete",
        tip=QCoreApplication.translate("actions", "Delete the selection"),
    )
    a.rename = make_action(
        w,
        QCoreApplication.translate("actions", "Re&name Node"),
        lambda: w.rename_selected(),
        shortcut="F2",
        canvas_only=True,
        tip=QCoreApplication.translate("actions", "Edit the selected node's label on the map"),
    )
    a.select_all = make_action(
        w,
        QCoreApplication.translate("actions", "Se&lect All"),
        w.select_all,
        shortcut=_Std.SelectAll,
        canvas_only=True,
    )
    a.find = make_action(
        w, QCoreApplication.translate("actions", "F&ind\u2026"), w.focus_find, shortcut=_Std.Find
    )
    a.find_next = make_action(
        w,
        QCoreApplication.translate("actions", "Find Ne&xt"),
        lambda: w.find_next(forward=True),
        shortcut=_Std.FindNext,
    )
    a.find_previous = make_action(
        w,
        QCoreApplication.translate("actions", "Find Pre&vious"),
        lambda: w.find_next(forward=False),
        shortcut=_Std.FindPrevious,
    )
    a.add_actor = make_action(
        w,
        QCoreApplication.translate("actions", "Add &Actor"),
        lambda: w.add_node("actor"),
        shortcut="Ctrl+Shift+A",
        icon_name="actor",
        tip=QCoreApplication.translate("actions", "Add an actor in the middle of the view"),
    )
    a.add_restriction = make_action(
        w,
        QCoreApplication.translate("actions", "Add Re&striction (Lever)"),
        lambda: w.add_node("restriction"),
        shortcut="Ctrl+Shift+R",
        icon_name="restriction",
        tip=QCoreApplication.translate("actions", "Add a restriction: a policy lever"),
    )
    a.add_factor = make_action(
        w,
        QCoreApplication.translate("actions", "Add &Factor"),
        lambda: w.add_node("factor"),
        shortcut="Ctrl+Shift+F",
        icon_name="factor",
        tip=QCoreApplication.translate("actions", "Add a factor: an outcome or an intermediate"),
    )
    a.connect = make_action(
        w,
        QCoreApplication.translate("actions", "C&onnect Selected Nodes"),
        w.connect_selected,
        shortcut="Ctrl+L",
        icon_name="connect",
        tip=QCoreApplication.translate(
            "actions", "Draw edges between the selected nodes, in the order selected"
        ),
    )
    a.reverse = make_action(
        w,
        QCoreApplication.translate("actions", "Reverse Ed&ge"),
        lambda: ed(lambda e: e.reverse_selected()),
        shortcut="Ctrl+R",
        tip=QCoreApplication.translate("actions", "Swap the direction of the selected edges"),
    )
    a.preferences = make_action(
        w,
        QCoreApplication.translate("actions", "Pr&eferences\u2026"),
        w.show_preferences,
        shortcut=_Std.Preferences,
    )
    a.preferences.setMenuRole(QAction.PreferencesRole)
    # view
    v = window.view
    a.zoom_in = make_action(
        w,
        QCoreApplication.translate("actions", "Zoom &In"),
        v.zoom_in,
        shortcut=[_Std.ZoomIn, "Ctrl+="],
        icon_name="zoom-in",
    )
    a.zoom_out = make_action(
        w,
        QCoreApplication.translate("actions", "Zoom &Out"),
        v.zoom_out,
        shortcut=_Std.ZoomOut,
        icon_name="zoom-out",
    )
    a.fit = make_action(
        w,
        QCoreApplication.translate("actions", "&Fit Map"),
        v.fit,
        shortcut="Ctrl+0",
        icon_name="fit",
        tip=QCoreApplication.translate("actions", "Zoom to show the whole map"),
    )
    a.actual_size = make_action(
        w, QCoreApplication.translate("actions", "&Actual Size"), v.reset_zoom, shortcut="Ctrl+1"
    )
    a.legend = make_action(
        w, QCoreApplication.translate("actions", "Show Le&gend"), w.toggle_legend, checkable=True
    )
    a.legend.setChecked(True)
    theme_names = {"system": QCoreApplication.translate("actions", "Follow System"),
                   "light": QCoreApplication.translate("actions", "Light"),
                   "dark": QCoreApplication.translate("actions", "Dark")}
    a.themes = {name: make_action(w, text, lambda _=False, n=name: w.set_theme(n),
                                  checkable=True)
                for name, text in theme_names.items()}
    # each language named in itself, so that a reader finds their own in any language
    a.languages = {tag: make_action(w, name, lambda _=False, t=tag: w.set_language(t),
                                    checkable=True)
                   for tag, name in LANGUAGES.items()}
    # arrange
    align_names = {
        "left": QCoreApplication.translate("actions", "Align Left"),
        "centre": QCoreApplication.translate("actions", "Align Centre"),
        "right": QCoreApplication.translate("actions", "Align Right"),
        "top": QCoreApplication.translate("actions", "Align Top"),
        "middle": QCoreApplication.translate("actions", "Align Middle"),
        "bottom": QCoreApplication.translate("actions", "Align Bottom"),
    }
    a.align = {
        how: make_action(w, text, lambda _=False, h=how: ed(lambda e: e.align(h)))
        for how, text in align_names.items()
    }
    a.distribute_x = make_action(
        w,
        QCoreApplication.translate("actions", "Distribute &Horizontally"),
        lambda: ed(lambda e: e.distribute("x")),
    )
    a.distribute_y = make_action(
        w,
        QCoreApplication.translate("actions", "Distribute &Vertically"),
        lambda: ed(lambda e: e.distribute("y")),
    )
    a.auto_layout = make_action(
        w,
        QCoreApplication.translate("actions", "Auto-&Layout"),
        lambda: ed(lambda e: e.auto_layout()),
        shortcut="Ctrl+Shift+L",
        icon_name="layout",
        tip=QCoreApplication.translate(
            "actions", "Lay out the selected nodes (or all), keeping groups together"
        ),
    )
    a.layered_layout = make_action(
        w,
        QCoreApplication.translate("actions", "La&yered Layout (Levers to Outcomes)"),
        lambda: ed(lambda e: e.layered_layout()),
        shortcut="Ctrl+Alt+L",
        tip=QCoreApplication.translate(
            "actions",
            "Columns from the levers on the left to the outcomes on " "the right, groups in bands",
        ),
    )
    a.nudge = [
        make_action(
            w, text, lambda _=False, d=d: ed(lambda e: e.nudge(*d)), shortcut=key, canvas_only=True
        )
        for text, key, d in (
            (QCoreApplication.translate("actions", "Nudge Left"), "Left", (-10, 0)),
            (QCoreApplication.translate("actions", "Nudge Right"), "Right", (10, 0)),
            (QCoreApplication.translate("actions", "Nudge Up"), "Up", (0, -10)),
            (QCoreApplication.translate("actions", "Nudge Down"), "Down", (0, 10)),
            (QCoreApplication.translate("actions", "Nudge Far Left"), "Shift+Left", (-50, 0)),
            (QCoreApplication.translate("actions", "Nudge Far Right"), "Shift+Right", (50, 0)),
            (QCoreApplication.translate("actions", "Nudge Far Up"), "Shift+Up", (0, -50)),
            (QCoreApplication.translate("actions", "Nudge Far Down"), "Shift+Down", (0, 50)),
        )
    ]
    # help
    a.help = make_action(
        w,
        QCoreApplication.translate("actions", "Windtunnel &Help"),
        lambda: w.show_help(),
        shortcut=_Std.HelpContents,
    )
    a.about = make_action(
        w, QCoreApplication.translate("actions", "&About Windtunnel"), w.show_about
    )
    a.about.setMenuRole(QAction.AboutRole)
    return a


@dataclass
class Menus:
    """The window's menus by role: the places an extension adds its actions to."""

    file: QMenu
    edit: QMenu
    view: QMenu
    arrange: QMenu
    help: QMenu
    windows: QMenu             # Window: the open windows, listed as it opens
    panels: QMenu              # View > Panels: a toggle per dock
    recent: QMenu
    templates: QMenu           # File > New from Template: the bundled models by title
    file_exports_end: QAction  # the separator after File's export items
    file_imports_end: QAction  # the separator after File's Open and Import items
    help_topics_end: QAction   # the separator between Help's pages and About


def build_menus(window, a: Actions) -> Menus:
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("actions", "&File"))
    file.addAction(a.new)
    templates = file.addMenu(QCoreApplication.translate("actions", "New from &Template"))
    templates.aboutToShow.connect(lambda: _fill_templates(window, templates))
    templates.setEnabled(bool(bundled_models()))
    file.addAction(a.open)
    recent = file.addMenu(QCoreApplication.translate("actions", "Open &Recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file.addAction(a.import_file)
    imports_end = file.addSeparator()
    file.addActions([a.save, a.save_as])
    file.addSeparator()
    file.addActions([a.export_png, a.export_svg])
    exports_end = file.addSeparator()
    file.addActions([a.close, a.quit])
    edit = bar.addMenu(QCoreApplication.translate("actions", "&Edit"))
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.cut, a.copy, a.paste, a.delete, a.rename, a.select_all])
    edit.addSeparator()
    edit.addActions([a.add_actor, a.add_restriction, a.add_factor, a.connect, a.reverse])
    edit.addSeparator()
    edit.addActions([a.find, a.find_next, a.find_previous])
    edit.addSeparator()
    edit.addAction(a.preferences)
    view = bar.addMenu(QCoreApplication.translate("actions", "&View"))
    view.addActions([a.zoom_in, a.zoom_out, a.fit, a.actual_size])
    view.addSeparator()
    view.addAction(a.legend)
    panels = view.addMenu(QCoreApplication.translate("actions", "&Panels"))
    theme = view.addMenu(QCoreApplication.translate("actions", "&Theme"))
    theme.addActions(list(a.themes.values()))
    languages = view.addMenu(QCoreApplication.translate("actions", "&Language"))
    languages.addActions(list(a.languages.values()))
    arrange = bar.addMenu(QCoreApplication.translate("actions", "&Arrange"))
    arrange.addActions(list(a.align.values()))
    arrange.addSeparator()
    arrange.addActions([a.distribute_x, a.distribute_y])
    arrange.addSeparator()
    arrange.addActions([a.auto_layout, a.layered_layout])
    nudge = arrange.addMenu(QCoreApplication.translate("actions", "&Nudge (arrow keys)"))
    nudge.addActions(a.nudge)
    windows = bar.addMenu(QCoreApplication.translate("actions", "&Window"))
    windows.aboutToShow.connect(lambda: fill_window_menu(window, windows))
    help_menu = bar.addMenu(QCoreApplication.translate("actions", "&Help"))
    help_menu.addAction(a.help)
    topics_end = help_menu.addSeparator()
    help_menu.addAction(a.about)
    return Menus(file, edit, view, arrange, help_menu, windows, panels, recent, templates, exports_end,
                 imports_end, topics_end)


def _fill_templates(window, menu: QMenu) -> None:
    """The bundled models, each by its title in the interface's language ("AI export
    controls, June 2026"), not its file name ("ai-export-controls-2026"); read when the
    menu first opens, not at start-up."""
    menu.clear()
    for path in bundled_models():
        menu.addAction(menu_text(_template_title(path)), lambda p=path: window.new_from_template(p))


@functools.lru_cache(maxsize=None)
def _template(path: Path):
    """A bundled model, read once (None: it cannot be read)."""
    from ..errors import WindtunnelError
    from ..model import load

    try:
        return load(path)
    except (WindtunnelError, OSError):
        return None


def _template_title(path: Path) -> str:
    """The title of the bundled model at ``path`` in the current language; its file name
    if it cannot be read (opening it then says why)."""
    from ..model import translated

    model = _template(path)
    return translated(model, "title") if model is not None else path.stem


def _fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    files = window.workspace.preferences.recent_files()
    for path in files:
        menu.addAction(menu_text(path), lambda p=path: window.open_file(p))
    if files:
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("actions", "Clear Menu"),
            window.workspace.preferences.clear_recent,
        )
    else:
        menu.addAction(QCoreApplication.translate("actions", "No recent files")).setEnabled(False)


def build_toolbar(window, a: Actions):
    bar = window.addToolBar(QCoreApplication.translate("actions", "Main"))
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonIconOnly)
    for action in (a.new, a.open, a.save):
        bar.addAction(action)
    bar.addSeparator()
    bar.addActions([a.undo, a.redo])
    bar.addSeparator()
    for action, text in ((a.add_actor, QCoreApplication.translate("actions", "Actor")),
                         (a.add_restriction, QCoreApplication.translate("actions", "Restriction")),
                         (a.add_factor, QCoreApplication.translate("actions", "Factor")),
                         (a.connect, QCoreApplication.translate("actions", "Connect"))):
        action.setIconText(text)
        bar.addAction(action)
        bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    bar.addAction(a.delete)
    bar.addSeparator()
    bar.addActions([a.zoom_out, a.zoom_in, a.fit, a.auto_layout])
    return bar


def retint_icons(actions: Actions) -> None:
    """Give every action with an icon its icon again, in the new palette's colour."""
    for action in vars(actions).values():
        if isinstance(action, QAction) and action.property("icon_name"):
            action.setIcon(icon(action.property("icon_name")))
