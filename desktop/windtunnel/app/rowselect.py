"""Selecting a row of a table from code, whatever keys are held.

``QTableView.selectRow`` and ``setCurrentCell`` select as a click does: they read the
keyboard modifiers of the last input event, so with Shift held they extend the selection
from an earlier row and with Ctrl they toggle the row, leaving the rows selected before.
A table that shows a choice made elsewhere (the edge selected on the map) selects its row
outright instead.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

__all__ = ["select_row"]


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` the current row of ``view`` and the only one selected."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
