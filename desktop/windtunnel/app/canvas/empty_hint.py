"""The hint an empty map shows in its middle: how to add the first node.

A new model opened on a blank canvas with nothing to say what to do. Until the map has a
node, :class:`EmptyHint` names the three ways in (the toolbar's Actor, Restriction and
Factor buttons, a double-click on the canvas, File > Import), centred in the map's whole
area (a legend's margin beside the viewport is part of it: centred in the viewport alone,
the hint stood off to one side), in the palette's quieter text colour, letting every click
and double-click through to the map; it gives way to the box naming the node a
double-click adds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["EmptyHint"]

#: The widest the hint's lines run, in pixels, before they wrap.
HINT_WIDTH = 360


class EmptyHint(QLabel):
    """A centred hint over the view, shown while the scene has no node."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.setText(self.tr(
            "An empty map. Add a node with Actor, Restriction or Factor in the toolbar, "
            "or by double-clicking here; or bring a map in with File > Import\u2026"))
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignCenter)
        self.setTextFormat(Qt.PlainText)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setEnabled(False)              # the palette's quieter text colour
        self._empty = False
        self._covered_by: QWidget | None = None
        self.hide()
        view.installEventFilter(self)       # last: the view's events come at once

    def give_way_to(self, widget: QWidget) -> None:
        """Hide while ``widget`` shows (the box naming a node a double-click adds)."""
        self._covered_by = widget
        widget.installEventFilter(self)

    def follow(self, scene) -> None:
        """Show the hint while ``scene`` (None: no scene) is built and has no node."""
        self.show_for(scene is not None and getattr(scene, "built", False)
                      and not scene.node_items)

    def show_for(self, empty: bool) -> None:
        self._empty = empty
        shown = empty and (self._covered_by is None or self._covered_by.isHidden())
        self.setVisible(shown)
        if shown:
            self._place()

    def _place(self) -> None:
        room = self.view.contentsRect()
        width = min(HINT_WIDTH, max(room.width() - 24, 80))
        self.resize(width, self.heightForWidth(width))
        self.move(room.center().x() - width // 2, room.center().y() - self.height() // 2)
        self.raise_()                       # above the viewport

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if "_covered_by" not in vars(self):
            # a window being torn down: Qt may still pass the view's last events to a hint
            # whose Python side is already gone (a bare wrapper, none of its attributes)
            return False
        if watched is self._covered_by:
            if event.type() in (QEvent.Show, QEvent.Hide):
                self.show_for(self._empty)
        elif event.type() == QEvent.Resize and not self.isHidden():  # a window not yet shown too
            self._place()
        return False
