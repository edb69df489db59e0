"""The editor's docks of a main window (Outline, Inspector, Sources), filled with its
document just after the window's first paint.

A window places the three docks, with their titles, contents and least widths, before it
is shown, so that its first paint has its final layout; what the docks show of the
document (the Outline's rows, the Inspector's page of the model, the list of sources)
waits for the event-loop turn after that paint, as the analysis's docks do
(:mod:`.extensions`): filling them costs some fifty million instructions of start-up, and
the first frame shows none of it but the Inspector's page, which fills a frame later
(the Outline stands behind the Scenarios tab). A document shown once the window has
painted (opened, reloaded, a language switched) fills them at once. Reading
``window.outline``, ``window.inspector`` or ``window.sources`` fills them first, so
code that needs them before the paint (a selection, a test) finds them following the
document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .inspector import Inspector
from .outline import Outline
from .scrolling import scrolling
from .sources_dock import SourcesPanel

__all__ = ["EditorDocks"]


class _FilledDock:
    """A window's attribute for one of its editor docks' contents (kept under the same
    name with a leading underscore): reading it fills the docks first."""

    def __set_name__(self, owner, name: str) -> None:
        self._attribute = "_" + name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        window.fill_docks()
        return getattr(window, self._attribute)


class EditorDocks:
    """Mixin of MainWindow: the Outline, Inspector and Sources docks, filled with the
    document after the first paint (see the module docstring)."""

    outline = _FilledDock()
    inspector = _FilledDock()
    sources = _FilledDock()

    def _make_editor_docks(self) -> None:
        """Make the three docks' contents, not yet filled (the window's actions reach
        into them)."""
        self._docks_waiting = None      # (editor, the Outline's rows made ahead) to show
        self._inspector = Inspector()
        self.set_least_width(self._inspector, 250)
        self._outline = Outline()
        self.set_least_width(self._outline, 200)
        self._outline.activated.connect(self.reveal)
        self._sources = SourcesPanel()

    def _place_editor_docks(self) -> None:
        """Place the three docks in the window (after its toolbar and find box); their
        titles are the window's words (translated in its context)."""
        translate = QCoreApplication.translate
        self.outline_dock = self.add_panel(translate("MainWindow", "Outline"), self._outline,
                                           Qt.LeftDockWidgetArea, name="outline", share=0.22,
                                           icon="outline")
        self.inspector_dock = self.add_panel(translate("MainWindow", "Inspector"),
                                             self._inspector, Qt.RightDockWidgetArea,
                                             name="inspector", share=0.25, icon="inspector")
        self.sources_dock = self.add_panel(translate("MainWindow", "Sources"),
                                           scrolling(self._sources, horizontal=True),
                                           Qt.RightDockWidgetArea, name="sources",
                                           icon="sources")

    def _docks_follow(self, editor, rows=None) -> None:
        """Have the docks show the document of ``editor`` (``rows``: the Outline's rows of
        it, made ahead): at once in a window that has painted, else after its paint."""
        self._docks_waiting = (editor, rows)
        if self.painted:
            self.fill_docks()

    def fill_docks(self) -> None:
        """Fill the docks with the document they wait for, if any."""
        waiting, self._docks_waiting = self._docks_waiting, None
        if waiting is None:
            return
        editor, rows = waiting
        self._inspector.set_editor(editor)
        self._sources.set_editor(editor)
        self._outline.set_model(editor.model, rows)

    def _docks_let_go(self) -> None:
        """Stop the docks following the document (the model may outlive the window)."""
        self._docks_waiting = None
        self._inspector.set_editor(None)
        self._sources.set_editor(None)
        self._outline.set_model(None)
