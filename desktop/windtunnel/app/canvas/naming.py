"""NodeNamer: type the name of a new node right where it will appear, or a node's new label
right on it.

A node's id is made from its label once, at creation, and never changes (scenarios,
spreadsheets and the command line refer to it), so asking for the name first gives
readable ids (``beijing-ai-labs`` rather than ``new-node-7``). Double-clicking empty
canvas, or an Add Actor / Restriction / Factor action, opens this small editor at the spot:
Enter creates the node (one undo step), Escape or an empty name cancels, clicking
elsewhere creates it when a name was typed.

Renaming (double-click a node, or F2) opens the same editor over the node, filled with its
label: Enter or clicking elsewhere renames it (one undo step; the id stays), Escape
cancels. When the window refuses a name (:meth:`NodeNamer.refuse`), the editor stays open
with the text as typed and the reason below it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit


__all__ = ["NodeNamer"]

#: The name box's width in pixels: room for "Name the new restriction (lever), then Enter".
_NEW_NAME_WIDTH = 220


class NodeNamer(QLineEdit):
    """A floating line edit over the canvas viewport; one question at a time."""

    #: (scene position, kind, name) when the user confirms a name.
    named = Signal(QPointF, str, str)
    #: (node id, new label) when the user confirms a changed label.
    renamed = Signal(str, str)

    def __init__(self, view) -> None:
        super().__init__(view.viewport())
        self.view = view
        self._pos = QPointF()
        self._kind = "factor"
        self.node_id = ""              # the node being renamed ("" while naming a new node)
        self._original = ""
        self.setFixedWidth(_NEW_NAME_WIDTH)
        self.setFrame(True)
        self.reason = QLabel(view.viewport())
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("background: #fff3f3; color: #b71c1c; border: 1px solid "
                                  "#c62828; padding: 3px;")
        self.reason.hide()
        self.textEdited.connect(lambda _text: self._clear_reason())
        self.hide()
        self.returnPressed.connect(self._commit)

    @property
    def active(self) -> bool:
        return self.isVisible()

    def new_name_size(self) -> tuple[int, int]:
        """The size in viewport pixels of the box that asks for a new node's name."""
        return _NEW_NAME_WIDTH, self.sizeHint().height()

    def ask(self, pos: QPointF, kind: str) -> None:
        """Show the editor centred on scene point ``pos`` for a node of ``kind``."""
        self._pos, self._kind, self.node_id = QPointF(pos), kind, ""
        self.setPlaceholderText({
            "actor": self.tr("Name the new actor, then Enter"),
            "restriction": self.tr("Name the new restriction (lever), then Enter"),
            "factor": self.tr("Name the new factor, then Enter")}.get(
                kind, self.tr("Name the new node, then Enter")))
        self.clear()
        self._open(pos, _NEW_NAME_WIDTH)

    def ask_rename(self, node_id: str, label: str, centre: QPointF, width: float) -> None:
        """Show the editor over a node (centred on scene point ``centre``, at least
        ``width`` pixels wide), holding its label, all of it selected."""
        self._pos, self.node_id, self._original = QPointF(centre), node_id, label
        self.setPlaceholderText(self.tr("The node's label, then Enter"))
        self.setText(label)
        self.setCursorPosition(0)
        self._open(centre, max(_NEW_NAME_WIDTH, min(int(width), 420)))
        self.selectAll()

    def _open(self, pos: QPointF, width: int) -> None:
        self._clear_reason()
        self.setFixedWidth(width)
        spot = self.view.mapFromScene(pos)
        room = self.view.viewport().rect()   # all of the editor inside the view, if it fits
        x = max(0, min(spot.x() - self.width() // 2, room.width() - self.width()))
        y = max(0, min(spot.y() - self.sizeHint().height() // 2,
                       room.height() - self.sizeHint().height()))
        self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus(Qt.OtherFocusReason)

    def refuse(self, reason: str) -> None:
        """The window refused the name: stay open with the text as typed, and say why."""
        self.reason.setText(reason)
        self.reason.setFixedWidth(self.width())
        self.reason.adjustSize()
        self.reason.move(self.x(), self.y() + self.height() + 2)
        self.reason.show()
        self.reason.raise_()
        self.show()
        self.setFocus(Qt.OtherFocusReason)

    def _clear_reason(self) -> None:
        self.reason.hide()

    def _commit(self) -> None:
        name = self.text().strip()
        self.hide()
        self._clear_reason()
        self.view.setFocus(Qt.OtherFocusReason)
        if self.node_id:
            if name and name != self._original:
                self.renamed.emit(self.node_id, name)    # may call refuse(), reopening us
        elif name:
            self.named.emit(self._pos, self._kind, name)

    def cancel(self) -> None:
        self.clear()
        self.hide()
        self._clear_reason()
        self.node_id = ""
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
