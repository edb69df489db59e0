"""A window rebuilt around its document, so that a new interface language shows at once.

The interface's texts are written by the code that builds each widget (``self.tr(...)``
with values filled in, hundreds of them, many in menus, tooltips and tables made on the
fly); re-translating each one in place would need a second, parallel path for every text,
which drifts from the first. So a change of language builds each open window again, by
the same code, in the new language, and hands it everything the old window held:

- the document itself (the same object: its model, unsaved edits, undo history, file and
  recovery file; the old window lets go of it without closing it, see
  ``SaveAndClose.hand_over``); the undo texts written by a function are written again in
  the new language (``commands.retranslate_history``), as is an untitled document's name;
- the window's geometry and dock layout (which docks show, their sizes, tabs, toolbars,
  and which tab of each tabbed group is in front);
- the selection on the map, the zoom and the part of the map in view, the find box's text
  and the Outline's filter;
- each extension's state, through its ``take_over(old)`` when it has one (the analysis:
  results and Monte Carlo results, named again in the new language, trust, the current
  scenario and step, the Results tab in front, the Explore dock's choices and last
  exploration; the participants: anonymous mode, the disagreement lens, the rater),
  every control whose choice the user made carried by :mod:`.carry`;
- each extension's presentation modes, through ``leave_modes()`` on the old window's
  extension (before its layout is read, so that the layout carried over is the normal one)
  and ``resume_modes(modes)`` on the new one once it shows (the analysis: workshop mode,
  the story at its chapter, focus on the same node).

What is lost is what was only under way: a long task running in the old window (Monte
Carlo, an exploration, an export) is cancelled, as when the window closes, and the status
bar of the new window says so.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt

from .commands import retranslate_history

__all__ = ["rebuild_window"]


def rebuild_window(workspace, old, prepared=None, *, stopped: bool = False):
    """Replace ``old`` by a window built now (in the current language) around the same
    document and state (``prepared``: its map's views made already, see
    :mod:`.language_switch`; ``stopped``: a task of ``old`` was stopped for them); return
    the new window."""
    from .mainwindow import MainWindow   # the window imports the workspace, which imports this

    modes = {name: extension.leave_modes() for name, extension in old.extensions.items()
             if hasattr(extension, "leave_modes")}
    geometry, state = old.saveGeometry(), old.saveState()
    in_front = {dock.objectName() for dock in old.panels_in_front()}
    nodes, edges = old.scene.selected_node_ids(), old.scene.selected_edge_keys()
    fitted, zoom = old.view.fitted, old.view.zoom
    centre = old.view.mapToScene(old.view.viewport().rect().center())
    find, filtered = old.find_box.text(), old.outline.search.text()
    busy = stopped or old.tasks.busy
    active = old.isActiveWindow()
    document = old.hand_over()
    retranslate_history(document.undo_stack)
    window = MainWindow(workspace, document, prepared)
    for name, frames, attach in workspace.extensions:
        window.extensions.add(name, partial(attach, window, frames(window)))
    for name in window.extensions:        # built now, in the order registered
        take_over = getattr(window.extensions[name], "take_over", None)
        if take_over is not None and name in old.extensions:
            take_over(old.extensions[name])
    window.restoreGeometry(geometry)
    window.restoreState(state)
    window.scene.select(nodes, edges)
    window.find_box.setText(find)
    window.outline.search.setText(filtered)
    workspace.windows[workspace.windows.index(old)] = window
    # each tabbed group's tab in front, as the user left it, once the window has painted
    # (a tab raised before the first paint did not stay in front)
    window.first_painted.connect(partial(_raise_panels, window, in_front),
                                 Qt.SingleShotConnection)
    window.show()
    # the old window left the screen only now: taken off before the new one was built,
    # it left the desktop bare for the seconds the building takes, as if the app had quit
    old.go()
    if not fitted:
        window.view.set_zoom(zoom)
        window.view.centerOn(centre)
    for name, left in modes.items():
        if name in window.extensions:
            window.extensions[name].resume_modes(left)
    if busy:
        window.statusBar().showMessage(QCoreApplication.translate(
            "rebuild", "The task under way stopped when the language changed: start it again."))
    if active:
        window.activateWindow()
    return window


def _raise_panels(window, names: set[str]) -> None:
    for dock in window.panels:
        if dock.objectName() in names:
            dock.raise_()
