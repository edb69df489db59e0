"""The Participants dock's tables (the people, and every participant's rating of the
selected edge): made with name columns that share the dock's width, every column readable,
and filled at once.

Their rows are as high as a line of text and a little room (as the Participants' Results'
scorecard's), and a table asks for the height of :data:`ROWS_WANTED` of them: with Qt's
taller rows and its scroll area's stock height (192 pixels) the people took so much of a
projector's or a laptop's dock that *Anonymous*, under Add and Remove, was cut by its foot
in Japanese and Chinese until the dock was scrolled."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from .shared_columns import SharedColumns

__all__ = ["ROWS_WANTED", "new_table", "fill_table"]

#: The rows a table's preferred height shows whole (a workshop's few voices), under its
#: header and above its sideways scroll bar; a taller dock gives it more.
ROWS_WANTED = 5


class _RowsTable(QTableWidget):
    """A table whose preferred height shows :data:`ROWS_WANTED` rows whole."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * ROWS_WANTED
        height = (rows + self.horizontalHeader().sizeHint().height()
                  + self.horizontalScrollBar().sizeHint().height() + 2 * self.frameWidth())
        return QSize(hint.width(), height)



def new_table(headers: list[str], names: tuple[int, ...]) -> QTableWidget:
    """A table of ``headers`` whose ``names`` columns share the dock's width, every column
    kept readable (its header whole, names a few letters at least) and the table
    scrolling sideways where the dock is narrower: see :mod:`.shared_columns`."""
    table = _RowsTable(0, len(headers))
    table.setMinimumHeight(140)                 # a few rows stay readable in a short dock
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
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
