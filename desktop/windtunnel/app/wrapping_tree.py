"""WrappingTree: a tree of one column whose long rows wrap to the width it has.

Qt's tree views do not wrap text even with ``wordWrap`` set: the item delegate is asked
each row's size without the width the row will have, so a long title stays one line and
is cut at the tree's edge (the help's contents at 1366 or 1024 pixels). Here each row is
measured at its own width (the viewport's less the row's indentation) and the rows are
measured again whenever that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QTreeWidget

__all__ = ["WrappingTree"]


class _WrappedRows(QStyledItemDelegate):
    """Sizes a row for its text wrapped at the width the tree gives it."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        tree, depth, parent = self._tree, 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = tree.indentation() * (depth + int(tree.rootIsDecorated()))
        option.rect = QRect(0, 0, max(tree.viewport().width() - indent, 1), 1 << 16)
        return super().sizeHint(option, index)


class WrappingTree(QTreeWidget):
    """A headerless tree of one column; its rows wrap, it never scrolls sideways."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrappedRows(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize and event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()     # the rows wrap at the new width
        return super().viewportEvent(event)
