"""The main window's actions, menus and toolbar, with standard shortcuts.

Shortcuts use QKeySequence standard keys where one exists (New, Open, Save, Undo, Copy,
Find, Zoom in ...), so each platform gets its own conventions. Editing keys that would
steal keystrokes from text fields (arrows, Delete) act only when the canvas has focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..paths import bundled_models
from .theme import icon

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
    a.new = make_action(w, "&New", w.new_file, shortcut=_Std.New, tip="Start a blank model",
                    icon_name="new")
    a.open = make_action(w, "&Open\u2026", lambda: w.open_file(), shortcut=_Std.Open,
                     tip="Open a model file", icon_name="open")
    a.save = make_action(w, "&Save", w.save, shortcut=_Std.Save, tip="Save the model",
                     icon_name="save")
    a.save_as = make_action(w, "Save &As\u2026", w.save_as, shortcut=_Std.SaveAs)
    a.export_png = make_action(w, "Export Map as &PNG\u2026", lambda: w.map_exporter.export("png"),
                           shortcut="Ctrl+Shift+E")
    a.export_svg = make_action(w, "Export Map as S&VG\u2026", lambda: w.map_exporter.export("svg"))
    a.close = make_action(w, "&Close Window", w.close, shortcut=_Std.Close)
    a.quit = make_action(w, "&Quit", w.quit_all, shortcut=_Std.Quit)
    a.quit.setMenuRole(QAction.QuitRole)
    # edit
    a.undo = w.undo_group.createUndoAction(w, "&Undo")
    a.undo.setShortcuts(QKeySequence.keyBindings(_Std.Undo))
    a.undo.setIcon(icon("undo"))
    a.undo.setProperty("icon_name", "undo")
    a.redo = w.undo_group.createRedoAction(w, "&Redo")
    a.redo.setShortcuts(QKeySequence.keyBindings(_Std.Redo))
    a.redo.setIcon(icon("redo"))
    a.redo.setProperty("icon_name", "redo")
    w.addAction(a.undo)
    w.addAction(a.redo)
    a.cut = make_action(w, "Cu&t", w.cut, shortcut=_Std.Cut, canvas_only=True)
    a.copy = make_action(w, "&Copy", w.copy, shortcut=_Std.Copy, canvas_only=True)
    a.paste = make_action(w, "&Paste", w.paste, shortcut=_Std.Paste, canvas_only=True)
    a.delete = make_action(w, "&Delete", lambda: ed(lambda e: e.delete_selection()),
                       shortcut=[_Std.Delete, "Backspace"],
                       canvas_only=True, icon_name="delete", tip="Delete the selection")
    a.select_all = make_action(w, "Select &All", w.select_all, shortcut=_Std.SelectAll,
                           canvas_only=True)
    a.find = make_action(w, "&Find\u2026", w.focus_find, shortcut=_Std.Find)
    a.find_next = make_action(w, "Find &Next", lambda: w.find_next(forward=True),
                          shortcut=_Std.FindNext)
    a.find_previous = make_action(w, "Find Pre&vious", lambda: w.find_next(forward=False),
                              shortcut=_Std.FindPrevious)
    a.add_actor = make_action(w, "Add &Actor", lambda: w.add_node("actor"), shortcut="Ctrl+Shift+A",
                          icon_name="actor", tip="Add an actor in the middle of the view")
    a.add_restriction = make_action(w, "Add &Restriction (Lever)", lambda: w.add_node("restriction"),
                                shortcut="Ctrl+Shift+R", icon_name="restriction",
                                tip="Add a restriction: a policy lever")
    a.add_factor = make_action(w, "Add &Factor", lambda: w.add_node("factor"), shortcut="Ctrl+Shift+F",
                           icon_name="factor", tip="Add a factor: an outcome or an intermediate")
    a.connect = make_action(w, "C&onnect Selected Nodes", lambda: ed(lambda e: e.connect_selected()),
                        shortcut="Ctrl+L", icon_name="connect",
                        tip="Draw edges between the selected nodes, in the order selected")
    a.reverse = make_action(w, "Re&verse Edge", lambda: ed(lambda e: e.reverse_selected()), shortcut="Ctrl+R",
                        tip="Swap the direction of the selected edges")
    a.preferences = make_action(w, "Pr&eferences\u2026", w.show_preferences, shortcut=_Std.Preferences)
    a.preferences.setMenuRole(QAction.PreferencesRole)
    # view
    v = window.view
    a.zoom_in = make_action(w, "Zoom &In", v.zoom_in, shortcut=[_Std.ZoomIn, "Ctrl+="],
                        icon_name="zoom-in")
    a.zoom_out = make_action(w, "Zoom &Out", v.zoom_out, shortcut=_Std.ZoomOut, icon_name="zoom-out")
    a.fit = make_action(w, "&Fit Map", v.fit, shortcut="Ctrl+0", icon_name="fit",
                    tip="Zoom to show the whole map")
    a.actual_size = make_action(w, "&Actual Size", v.reset_zoom, shortcut="Ctrl+1")
    a.legend = make_action(w, "Show &Legend", w.toggle_legend, checkable=True)
    a.legend.setChecked(True)
    a.themes = {}
    for name in ("system", "light", "dark"):
        a.themes[name] = make_action(w, name.capitalize() if name != "system" else "Follow System",
                                 lambda _=False, n=name: w.set_theme(n), checkable=True)
    # arrange
    a.align = {how: make_action(w, f"Align {how.capitalize()}", lambda _=False, h=how: ed(lambda e: e.align(h)))
               for how in ("left", "centre", "right", "top", "middle", "bottom")}
    a.distribute_x = make_action(w, "Distribute &Horizontally", lambda: ed(lambda e: e.distribute("x")))
    a.distribute_y = make_action(w, "Distribute &Vertically", lambda: ed(lambda e: e.distribute("y")))
    a.auto_layout = make_action(w, "Auto-&Layout", lambda: ed(lambda e: e.auto_layout()), shortcut="Ctrl+Shift+L",
                            icon_name="layout",
                            tip="Lay out the selected nodes (or all), keeping groups together")
    a.layered_layout = make_action(w, "La&yered Layout (Levers to Outcomes)",
                                   lambda: ed(lambda e: e.layered_layout()),
                                   shortcut="Ctrl+Alt+L",
                                   tip="Columns from the levers on the left to the outcomes on "
                                       "the right, groups in bands")
    a.nudge = [make_action(w, f"Nudge {name}", lambda _=False, d=d: ed(lambda e: e.nudge(*d)), shortcut=key,
                       canvas_only=True)
               for name, key, d in (("Left", "Left", (-10, 0)), ("Right", "Right", (10, 0)),
                                    ("Up", "Up", (0, -10)), ("Down", "Down", (0, 10)),
                                    ("Far Left", "Shift+Left", (-50, 0)),
                                    ("Far Right", "Shift+Right", (50, 0)),
                                    ("Far Up", "Shift+Up", (0, -50)),
                                    ("Far Down", "Shift+Down", (0, 50)))]
    # help
    a.help = make_action(w, "&Editor Help", w.show_help, shortcut=_Std.HelpContents)
    a.about = make_action(w, "&About Windtunnel", w.show_about)
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
    panels: QMenu              # View > Panels: a toggle per dock
    recent: QMenu
    file_exports_end: QAction  # the separator after File's export items


def build_menus(window, a: Actions) -> Menus:
    bar = window.menuBar()
    file = bar.addMenu("&File")
    file.addAction(a.new)
    templates = file.addMenu("New from &Template")
    for path in bundled_models():
        templates.addAction(path.stem.replace("-", " ").capitalize(),
                            lambda p=path: window.new_from_template(p))
    templates.setEnabled(bool(templates.actions()))
    file.addAction(a.open)
    recent = file.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file.addSeparator()
    file.addActions([a.save, a.save_as])
    file.addSeparator()
    file.addActions([a.export_png, a.export_svg])
    exports_end = file.addSeparator()
    file.addActions([a.close, a.quit])
    edit = bar.addMenu("&Edit")
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.cut, a.copy, a.paste, a.delete, a.select_all])
    edit.addSeparator()
    edit.addActions([a.add_actor, a.add_restriction, a.add_factor, a.connect, a.reverse])
    edit.addSeparator()
    edit.addActions([a.find, a.find_next, a.find_previous])
    edit.addSeparator()
    edit.addAction(a.preferences)
    view = bar.addMenu("&View")
    view.addActions([a.zoom_in, a.zoom_out, a.fit, a.actual_size])
    view.addSeparator()
    view.addAction(a.legend)
    panels = view.addMenu("&Panels")
    theme = view.addMenu("&Theme")
    theme.addActions(list(a.themes.values()))
    arrange = bar.addMenu("&Arrange")
    arrange.addActions(list(a.align.values()))
    arrange.addSeparator()
    arrange.addActions([a.distribute_x, a.distribute_y])
    arrange.addSeparator()
    arrange.addActions([a.auto_layout, a.layered_layout])
    nudge = arrange.addMenu("&Nudge (arrow keys)")
    nudge.addActions(a.nudge)
    help_menu = bar.addMenu("&Help")
    help_menu.addActions([a.help, a.about])
    return Menus(file, edit, view, arrange, help_menu, panels, recent, exports_end)


def _fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    files = window.workspace.preferences.recent_files()
    for path in files:
        menu.addAction(path, lambda p=path: window.open_file(p))
    if files:
        menu.addSeparator()
        menu.addAction("Clear Menu", window.workspace.preferences.clear_recent)
    else:
        menu.addAction("No recent files").setEnabled(False)


def build_toolbar(window, a: Actions):
    bar = window.addToolBar("Main")
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonIconOnly)
    for action in (a.new, a.open, a.save):
        bar.addAction(action)
    bar.addSeparator()
    bar.addActions([a.undo, a.redo])
    bar.addSeparator()
    for action, text in ((a.add_actor, "Actor"), (a.add_restriction, "Restriction"),
                         (a.add_factor, "Factor"), (a.connect, "Connect")):
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
