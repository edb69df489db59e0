"""Workspace: what the open windows of one running Windtunnel share.

The preferences, the interface's language (a new one rebuilds every open window in it),
the recovery session (one locked folder per process, see
:mod:`windtunnel.app.autosave`), the theme, the list of open windows (each window
shows one document), and the window extensions the composition root (main.py) registers
(the analysis is one): each places its frames in every new window before it is shown and
is built into them after the window's first paint (see :mod:`.extensions`), and the one
help window. When the last window closes cleanly the recovery session is closed,
which deletes its folder: only a crash leaves recovery files behind.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from shiboken6 import delete

from .. import language
from .autosave import RecoverySession
from .document import Document
from .preferences import Preferences
from .theme import apply_theme
from .window_list import place_beside, tell_beside

__all__ = ["Workspace"]


class Workspace:
    """Shared state of the app's windows."""

    def __init__(self, preferences: Preferences, session: RecoverySession | None) -> None:
        self.preferences = preferences
        self.session = session
        self.windows: list = []
        #: (name, frames, attach): ``frames(window)`` places the extension's empty docks,
        #: toolbars and menus before the window is shown; ``attach(window, frames)``, called
        #: after its first paint (or when first asked for), is ``window.extensions[name]``
        self.extensions: list[tuple[str, Callable, Callable]] = []
        self.dark = False
        self.help_window = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def _system_scheme_changed(self, *_) -> None:
        if self.preferences.theme == "system":  # follow the system live
            self.apply_theme()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        self.dark = apply_theme(app, self.preferences.theme)
        for window in self.windows:
            window.theme_changed(self.dark)

    def set_language(self, tag: str) -> list:
        """Make ``tag`` the interface's language, remembered (see :mod:`.translations`):
        every open window is built again in it around its document (see
        :mod:`.language_switch`: a big map's once its views are made in turns). Returns
        the windows, rebuilt when the language changed at once."""
        if tag == language.current():
            self.preferences.language = tag
            return list(self.windows)
        from .language_switch import switch_language  # loaded by the first change

        switch_language(self, tag)
        return list(self.windows)

    def open_window(self, document: Document | None = None, prepared=None):
        """Show a new main window on ``document`` (a blank one when None; ``prepared``: its
        views made already, see :mod:`.prepared_views`); return it. Beside the window opened
        last it opens cascaded, or maximised over a maximised one, saying so
        (:mod:`.window_list`)."""
        from .mainwindow import MainWindow  # the window imports this module

        last = self.windows[-1] if self.windows else None
        window = MainWindow(self, document or Document(), prepared)
        for name, frames, attach in self.extensions:
            window.extensions.add(name, partial(attach, window, frames(window)))
        window.restore_layout()   # after every extension's docks exist, so all are restored
        if last is not None:
            place_beside(window, last)
        self.windows.append(window)
        window.show()
        if last is not None:
            tell_beside(window, last)
        return window

    def show_help(self, page: str = "", anchor: str = ""):
        """Raise the one help window (made on first use), at ``page`` when given, else where
        the reader left it (the editor's page at first); return it."""
        from .help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow()
            self.help_window.place_over(QApplication.activeWindow() or (
                self.windows[-1] if self.windows else None))
            page = page or "editor"
        if page:
            self.help_window.show_page(page, anchor)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def window_closed(self, window) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows and self.help_window is not None:
            self.help_window.close()           # the help does not outlive the last window
            self.help_window.deleteLater()
            self.help_window = None
        if not self.windows and self.session is not None:
            self.session.close()
            self.session = None

    def let_go_all(self) -> None:
        """The event loop ended with windows still open (a script's ``exit()``, the
        desktop session ending): each stops following its document, as closing does, and
        is deleted now, while every object it follows still exists, so that nothing the
        interpreter tears down afterwards calls into a widget already deleted. Their
        unsaved edits stay in the recovery session, as after a crash, for the next start
        to offer."""
        for window in list(self.windows):
            window.hand_over()
            window.hide()
            delete(window)
        self.windows.clear()

    def autosave_all(self) -> None:
        """Autosave every window now (used before a risky operation and by tests)."""
        for window in self.windows:
            if window.autosaver is not None:
                window.autosaver.autosave()
