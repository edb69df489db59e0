"""NodeNamer: type the name of a new node right where it will appear, before it exists.

A node's id is made from its label once, at creation, and never changes (scenarios,
spreadsheets and the command line refer to it), so asking for the name first gives
readable ids (``beijing-ai-labs`` rather than ``new-node-7``). Double-clicking empty
canvas, or an Add Actor / Restriction / Factor action, opens this small editor at the spot:
Enter creates the node (one undo step), Escape or an empty name cancels, clicking
elsewhere creates it when a name was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLineEdit

__all__ = ["NodeNamer"]


class NodeNamer(QLineEdit):
    """A floating line edit over the canvas viewport; one question at a time."""

    #: (scene position, kind, name) when the user confirms a name.
    named = Signal(QPointF, str, str)

    def __init__(self, view) -> None:
        super().__init__(view.viewport())
        self.view = view
        self._pos = QPointF()
        self._kind = "factor"
        self.setFixedWidth(220)
        self.setFrame(True)
        self.hide()
        self.returnPressed.connect(self._commit)

    @property
    def active(self) -> bool:
        return self.isVisible()

    def ask(self, pos: QPointF, kind: str) -> None:
        """Show the editor centred on scene point ``pos`` for a node of ``kind``."""
        self._pos, self._kind = QPointF(pos), kind
        noun = {"restriction": "restriction (lever)"}.get(kind, kind)
        self.setPlaceholderText(f"Name the new {noun}, then Enter")
        self.clear()
        spot = self.view.mapFromScene(pos)
        self.move(spot.x() - self.width() // 2, spot.y() - self.sizeHint().height() // 2)
        self.show()
        self.raise_()
        self.setFocus(Qt.OtherFocusReason)

    def _commit(self) -> None:
        name = self.text().strip()
        self.hide()
        if name:
            self.named.emit(self._pos, self._kind, name)
        self.view.setFocus(Qt.OtherFocusReason)

    def cancel(self) -> None:
        self.clear()
        self.hide()
        self.view.setFocus(Qt.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isVisible():
            self._commit()
