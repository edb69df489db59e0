"""The editor's docks of a main window (Outline, Inspector, Sources), built and filled
with its document just after the window's first paint.

A window places the three docks, with their titles, tabs and least widths, before it is
shown, so that its first paint has its final layout; their contents (the Outline's tree,
the Inspector's forms, the Sources panel) are made and filled with the document in the
event-loop turn after that paint, as the analysis's docks are (:mod:`.extensions`): the
modules, widgets and rows cost some 135 million instructions of start-up, and the first
frame would show none of them but the Inspector's empty fields (the Outline stands behind
the Scenarios tab, the Sources behind the Inspector's). Each dock holds its place
with a :class:`~.lazyview.LazyView` of the contents' least width. A document shown once
the window has painted (opened, reloaded, a language switched) fills them at once.
Reading ``window.outline``, ``window.inspector`` or ``window.sources`` builds and fills
them first, so code that needs them before the paint (a selection, a test) finds them
following the document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .lazyview import LazyView

__all__ = ["EditorDocks"]

#: The least widths of the Outline and of the Inspector (see ``set_least_width``).
_OUTLINE_WIDTH, _INSPECTOR_WIDTH = 200, 250


class _BuiltDock:
    """A window's attribute for one of its editor docks' contents (kept under the same
    name with a leading underscore): reading it builds and fills the docks first."""

    def __set_name__(self, owner, name: str) -> None:
        self._attribute = "_" + name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        window.fill_docks()
        return getattr(window, self._attribute)


class EditorDocks:
    """Mixin of MainWindow: the Outline, Inspector and Sources docks, built and filled
    with the document after the first paint (see the module docstring)."""

    outline = _BuiltDock()
    inspector = _BuiltDock()
    sources = _BuiltDock()

    def _place_editor_docks(self) -> None:
        """Place the three docks in the window (after its toolbar and find box), each
        holding the place of its contents; their titles are the window's words
        (translated in its context)."""
        self._docks_waiting = None      # (editor, the Outline's rows made ahead) to show
        self._outline = self._inspector = self._sources = None
        holders = [LazyView(lambda index=index: self._built_docks()[index])
                   for index in range(3)]
        self.set_least_width(holders[0], _OUTLINE_WIDTH)
        self.set_least_width(holders[1], _INSPECTOR_WIDTH)
        self._holders = holders
        translate = QCoreApplication.translate
        self.outline_dock = self.add_panel(translate("MainWindow", "Outline"), holders[0],
                                           Qt.LeftDockWidgetArea, name="outline", share=0.22,
                                           icon="outline")
        self.inspector_dock = self.add_panel(translate("MainWindow", "Inspector"), holders[1],
                                             Qt.RightDockWidgetArea, name="inspector",
                                             share=0.25, icon="inspector")
        self.sources_dock = self.add_panel(translate("MainWindow", "Sources"), holders[2],
                                           Qt.RightDockWidgetArea, name="sources",
                                           icon="sources")

    def _built_docks(self) -> tuple:
        """The three docks' contents (the Sources panel in its scroll area), made the
        first time they are asked for."""
        if self._outline is None:
            from .inspector import Inspector
            from .outline import Outline
            from .scrolling import scrolling
            from .sources_dock import SourcesPanel

            self._inspector = Inspector()
            self.set_least_width(self._inspector, _INSPECTOR_WIDTH)
            self._outline = Outline()
            self.set_least_width(self._outline, _OUTLINE_WIDTH)
            self._outline.activated.connect(self.reveal)
            # F2 in the Outline too: its node, renamed on the map
            self._outline.tree.addAction(self.actions.rename)
            self._sources = SourcesPanel()
            self._sources_area = scrolling(self._sources, horizontal=True)
        return self._outline, self._inspector, self._sources_area

    def _docks_follow(self, editor, rows=None) -> None:
        """Have the docks show the document of ``editor`` (``rows``: the Outline's rows of
        it, made ahead): at once in a window that has painted or whose docks are built
        (they follow the document they show, which goes now), else after its paint."""
        self._docks_waiting = (editor, rows)
        if self.painted or self._outline is not None:
            self.fill_docks()

    def fill_docks(self) -> None:
        """Build the docks' contents if they are not yet, and fill them with the document
        they wait for, if any."""
        for holder in self._holders:
            holder.view                 # noqa: B018 - built into its dock
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
        if self._outline is not None:
            self._inspector.set_editor(None)
            self._sources.set_editor(None)
            self._outline.set_model(None)
