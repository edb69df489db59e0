"""The Participants dock's tables (the people, and every participant's rating of the
selected edge): made with name columns that share the dock's width, every column readable,
and filled at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from .shared_columns import SharedColumns

__all__ = ["new_table", "fill_table"]


def new_table(headers: list[str], names: tuple[int, ...]) -> QTableWidget:
    """A table of ``headers`` whose ``names`` columns share the dock's width, every column
    kept readable (its header whole, names a few letters at least) and the table
    scrolling sideways where the dock is narrower: see :mod:`.shared_columns`."""
    table = QTableWidget(0, len(headers))
    table.setMinimumHeight(140)                 # a few rows stay readable in a short dock
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.verticalHeader().hide()
    table.columns = SharedColumns(table, names, scrolls=True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]],
               editable_columns: tuple[int, ...] = (), keys: list | None = None) -> None:
    """Put ``rows`` in ``table``; columns are sized once at the end (sized to contents
    while filling, a table of hundreds of participants took minutes). A name column's
    cells show their whole text on hover (a long name ends in "..."). ``keys``: what each
    row shows (a participant's id), kept in its editable cells."""
    names = table.columns.names
    table.blockSignals(True)
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in names:
                item.setToolTip(text)
            if c not in editable_columns:
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            elif keys is not None:
                item.setData(Qt.UserRole, keys[r])
            table.setItem(r, c, item)
    table.columns.fit()
    table.setUpdatesEnabled(True)
    table.blockSignals(False)
