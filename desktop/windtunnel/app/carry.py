"""What the user set in a panel's controls, carried to the same panel built again.

A change of language builds every window again by the code that built it (see
:mod:`.rebuild`), so each control starts at its default. A panel whose controls hold
the user's choices (how many futures, which levers are ticked, a lens switched on)
lists them, and its ``take_over(old)`` calls :func:`carry_controls` to set each one on
the new panel as it was on the old. A choice is carried by what it means, never by the
text shown (which is in the old language): a list box's entry by its data, a table's
row by the id its first cell holds, a number by its value.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDoubleSpinBox, QLineEdit,
                               QSpinBox, QTableWidget, QTabWidget)

__all__ = ["carry_controls", "carry"]


def carry_controls(old, new, names) -> None:
    """Set each control that ``new`` holds under one of ``names`` as the user left the
    same control of ``old``."""
    for name in names:
        carry(getattr(old, name), getattr(new, name))


def carry(old, new) -> None:
    """Set the control ``new`` as ``old`` stands (see the module docstring)."""
    if isinstance(old, (QAbstractButton, QAction)):
        if old.isCheckable():
            new.setChecked(old.isChecked())
    elif isinstance(old, QComboBox):
        index = (new.findData(old.currentData()) if old.currentData() is not None
                 else old.currentIndex())
        if 0 <= index < new.count():
            new.setCurrentIndex(index)
    elif isinstance(old, (QSpinBox, QDoubleSpinBox)):
        new.setValue(old.value())
    elif isinstance(old, QLineEdit):
        new.setText(old.text())
    elif isinstance(old, QTabWidget):
        new.setCurrentIndex(old.currentIndex())
    elif isinstance(old, QTableWidget):
        _carry_rows(old, new)
    else:
        raise TypeError(f"cannot carry a {type(old).__name__}")


def _carry_rows(old: QTableWidget, new: QTableWidget) -> None:
    """A table whose rows are things the user ticks (levers, edges): each row of ``new``
    whose first cell names the same thing (its ``Qt.UserRole`` data) as a row of ``old``
    takes that row's tick and the values of its controls."""
    rows = {old.item(r, 0).data(Qt.UserRole): r for r in range(old.rowCount())
            if old.item(r, 0) is not None}
    for r in range(new.rowCount()):
        item = new.item(r, 0)
        source = None if item is None else rows.get(item.data(Qt.UserRole))
        if source is None:
            continue
        item.setCheckState(old.item(source, 0).checkState())
        for c in range(1, new.columnCount()):
            before, after = old.cellWidget(source, c), new.cellWidget(r, c)
            if before is not None and after is not None:
                carry(before, after)
