"""The open windows of a workspace: where a new one opens, and the Window menu.

A file opened (or imported, or a new model begun) while a window shows a model opens in a
window of its own. Each window took the one remembered geometry, so the new window lay
exactly over the last, maximised on a laptop: only the title told them apart, and users
thought their first model had gone. So, as desktop tools with a window per document do:

- beside a window that is not maximised, the new window opens cascaded, a title bar's
  height to the right of and below the last window opened, of the same size (back at the
  top left of the screen where it would reach beyond it);
- beside a maximised (or full-screen) window it opens maximised too, the screen its user
  chose, and its status bar names the window still open behind it and the Window menu;
- the Window menu lists the open windows by their model's name, the current one checked
  and the unsaved ones marked; choosing one brings it to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QMenu

from .wording import menu_text

__all__ = ["place_beside", "tell_beside", "fill_window_menu"]

#: The cascade's step where the window manager gives no title bar height (pixels).
_LEAST_STEP = 24


def place_beside(window, last) -> None:
    """Give ``window`` (not shown yet) its place beside ``last``, the window opened before
    it: maximised where ``last`` is maximised or full screen, else cascaded from it."""
    if last.isMaximized() or last.isFullScreen():
        window.setWindowState((window.windowState() & ~Qt.WindowFullScreen)
                              | Qt.WindowMaximized)
        return
    window.setWindowState(window.windowState() & ~(Qt.WindowMaximized | Qt.WindowFullScreen))
    frame, inside = last.frameGeometry(), last.geometry()
    border = inside.topLeft() - frame.topLeft()        # the frame's left side and title bar
    step = max(_LEAST_STEP, border.y())
    place = frame.translated(step, step)
    if not last.screen().availableGeometry().contains(place):
        place.moveTopLeft(last.screen().availableGeometry().topLeft())   # a new cascade
    # a window not shown yet has no frame: its geometry is placed, the frame around it
    window.setGeometry(QRect(place.topLeft() + border, inside.size()))


def tell_beside(window, last) -> None:
    """Say in ``window``'s status bar that ``last`` is still open (in its own window,
    behind a maximised one) and where to find it."""
    window.statusBar().showMessage(QCoreApplication.translate(
        "window_list", "Opened in a new window; \u201c{name}\u201d is still open in its own: "
                       "the Window menu lists them").format(name=last.document.plain_name),
        30000)


def fill_window_menu(window, menu: QMenu) -> None:
    """The Window menu of ``window``, made as it opens: each open window by its model's
    name (an asterisk while it has unsaved edits), ``window`` checked; choosing one brings
    it to the front."""
    menu.clear()
    for number, each in enumerate(window.workspace.windows, start=1):
        document = each.document
        name = document.plain_name + ("*" if document.modified else "")
        text = f"&{number} {menu_text(name)}" if number < 10 else menu_text(name)
        action = menu.addAction(text, lambda shown=each: _bring_forward(shown))
        action.setCheckable(True)
        action.setChecked(each is window)


def _bring_forward(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
