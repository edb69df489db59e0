"""The Explore dock's ranking table: rank, option, the share of futures with every
objective met (Explore's answer), then each objective's share and the regret.

On a projector's dock (250 pixels at 1024 x 768) the option column took its longest
name's width and pushed the shares beyond the right edge, in English and more so in
Japanese. The option column gives way instead: it keeps its names' width where the table
has it, else the width that leaves the rank and the "All met" share in view (never less
than :data:`OPTION_LEAST`), its names cut with "…" and whole on hover; it follows the
table's width as the dock is resized.
"""

from __future__ import annotations

from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

__all__ = ["RankingTable", "OPTION", "ALL_MET", "OPTION_LEAST"]

#: The columns of the option's name and of its share of futures with every objective met.
OPTION, ALL_MET = 1, 2
#: The least width (pixels) of the option column: a name's first words.
OPTION_LEAST = 80


class RankingTable(QTableWidget):
    """A read-only table whose option column leaves the "All met" share in view."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        self._names_width = 0           # the option column's width at its contents'

    def fit_columns(self) -> None:
        """Fit every column to its contents, then the option column to the room left
        (call it once the rows are filled); each option's name shows whole on hover."""
        self.resizeColumnsToContents()
        self._names_width = self.columnWidth(OPTION)
        for row in range(self.rowCount()):
            name = self.item(row, OPTION)
            if name is not None:
                name.setToolTip(GuiQt.convertFromPlainText(name.text()))
        self._fit_option()

    def _fit_option(self) -> None:
        if self.columnCount() <= ALL_MET:
            return
        room = self.viewport().width() - self.columnWidth(0) - self.columnWidth(ALL_MET)
        self.setColumnWidth(OPTION, max(OPTION_LEAST, min(self._names_width, room)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_option()
