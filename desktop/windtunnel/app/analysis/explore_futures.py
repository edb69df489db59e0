"""The Explore dock's Futures tab: what else varies from future to future besides the
uncertain edge weights.

- Participants' maps: with the box ticked (a model with participants), each future is one
  participant's map, its weights drawn around their ratings (engine/designs.py);
- Delays: tick an edge to let its delay vary from future to future between two whole
  numbers of steps. Each delay range multiplies the batches a block of futures runs in,
  so the tab says to keep them few.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (QCheckBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...engine.designs import MAX_DELAY, DelayRange
from ...model import translated
from ..wheel_focus import WheelFocusSpinBox

__all__ = ["FutureChoices", "wrap_first_column"]


def wrap_first_column(table: QTableWidget) -> None:
    """Give ``table``'s first column (the names of the levers or edges to explore) the
    width its other columns (their numbers) leave, and each row the lines its name takes
    there: on one line of a narrow dock the names were cut ("Foreign-national ac...", in
    Japanese to a few characters). Its row numbers are hidden."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    for column in range(1, table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeToContents)


class FutureChoices(QWidget):
    """Participants' maps and delay ranges as dimensions of the futures."""

    def __init__(self) -> None:
        super().__init__()
        self.participants = QCheckBox(self.tr("Participants' maps as futures"))
        self.participants.setToolTip(self.tr(
            "Each future is one participant's map (each equally likely), its weights drawn "
            "around their ratings"))
        self.delays = QTableWidget(0, 3)
        self.delays.setHorizontalHeaderLabels(
            [self.tr("Vary the delay of"), self.tr("From"), self.tr("To")])
        wrap_first_column(self.delays)
        self.delays.setMinimumHeight(60)
        hint = QLabel(self.tr("Each delay you vary multiplies the runs' batches: keep them "
                              "few."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.participants)
        layout.addWidget(self.delays, 1)
        layout.addWidget(hint)

    def follow(self, model) -> None:
        """Offer the model's participants and edges (rows kept while the edges are)."""
        has = bool(model.participants)
        self.participants.setEnabled(has)
        if not has:
            self.participants.setChecked(False)
        labels = {n.id: translated(n) for n in model.nodes}
        edges = [(e.source, e.target, e.delay) for e in model.edges]
        known = [self.delays.item(r, 0).data(Qt.UserRole)
                 for r in range(self.delays.rowCount()) if self.delays.item(r, 0)]
        if known == [(s, t) for s, t, _ in edges]:
            return
        self.delays.setRowCount(len(edges))
        for r, (source, target, delay) in enumerate(edges):
            name = f"{labels.get(source, source)} \u2192 {labels.get(target, target)}"
            item = QTableWidgetItem(name)
            item.setToolTip(GuiQt.convertFromPlainText(name))
            item.setData(Qt.UserRole, (source, target))
            item.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            item.setCheckState(Qt.Unchecked)
            self.delays.setItem(r, 0, item)
            for c, value in ((1, max(0, delay - 1)), (2, delay + 1)):
                spin = WheelFocusSpinBox(minimum=0, maximum=MAX_DELAY, value=value)
                self.delays.setCellWidget(r, c, spin)

    def delay_ranges(self) -> list[DelayRange]:
        out = []
        for r in range(self.delays.rowCount()):
            item = self.delays.item(r, 0)
            if item.checkState() != Qt.Checked:
                continue
            low, high = (self.delays.cellWidget(r, c).value() for c in (1, 2))
            out.append(DelayRange(*item.data(Qt.UserRole), min(low, high), max(low, high)))
        return out

    def with_participants(self) -> bool:
        return self.participants.isEnabled() and self.participants.isChecked()
