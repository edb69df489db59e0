"""The ratings heat map: every participant's rating of every edge, disagreement first.

One row per edge that some participant rated (the shared map's edges, then edges only
participants drew), one column per participant, after two columns of the edge's
disagreement: its *spread* (tinted amber, the lens's colour, the stronger the larger) and a
"±" where the participants' signs conflict. Rows are ordered by disagreement (sign
conflicts first, then by spread), so the crux of the room is at the top without scrolling.

A cell shows the rating as given (the term, or the weight) on a colour-blind-safe
diverging tint: blue raises, vermilion lowers, the stronger the deeper; an unrated cell is
blank. Edges are rows rather than columns so that long node labels stay readable at
1024 px; participants' names head the columns (numbers in anonymous mode). A table model
(not one widget per cell) keeps a hundred participants x hundreds of edges cheap.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ..engine import disagreement, rating_table
from ..model import LINGUISTIC_TERMS, edge_names
from .elided import ElidedLabel
from .participants_lens import LENS_COLOUR
from .formats import number

__all__ = ["RatingsHeatMap", "HeatMapModel", "weight_colour"]

_RAISE, _LOWER = QColor("#0072b2"), QColor("#d55e00")
#: A participant's column: never narrower (a term or "+0.75" fits), and no wider than
#: WIDEST when there is room to share out.
NARROWEST, WIDEST = 64, 170


def weight_colour(weight: float) -> QColor:
    """A tint for ``weight``: white at 0, blue (raises) or vermilion (lowers) at +-1."""
    base = _RAISE if weight >= 0 else _LOWER
    share = min(1.0, abs(weight)) * 0.75
    return QColor(round(255 + (base.red() - 255) * share),
                  round(255 + (base.green() - 255) * share),
                  round(255 + (base.blue() - 255) * share))


class HeatMapModel(QAbstractTableModel):
    """Edges (rows, by disagreement) x [spread, conflict, participants...]."""

    FIXED = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.edge_labels: list[str] = []
        self.weights = np.zeros((0, 0))
        self.terms = np.zeros((0, 0), dtype=int)
        self.spread = np.zeros(0)
        self.conflict = np.zeros(0, dtype=bool)
        self.edges: list[tuple[str, str]] = []

    def set_model(self, model, names: list[str]) -> None:
        """Show ``model``'s ratings; ``names`` head the participants' columns."""
        self.beginResetModel()
        self.names = list(names)
        if model is None or not model.participants:
            self.edges, self.edge_labels = [], []
            self.weights = np.zeros((0, 0))
            self.terms = np.zeros((0, 0), dtype=int)
            self.spread, self.conflict = np.zeros(0), np.zeros(0, dtype=bool)
        else:
            table = rating_table(model)
            found = disagreement(table)
            rated = np.flatnonzero(found.raters > 0)
            order = rated[np.lexsort((-found.spread[rated], ~found.conflict[rated]))]
            name = edge_names(model)
            self.edges = [table.edges[j] for j in order]
            self.edge_labels = [name(s, t) for s, t in self.edges]
            self.weights = table.weights[:, order].T
            self.terms = table.terms[:, order].T
            self.spread = found.spread[order]
            self.conflict = found.conflict[order]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.edges)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self.FIXED + len(self.names)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Vertical:
            if role == Qt.DisplayRole:
                return self.edge_labels[section]
            if role == Qt.ToolTipRole:
                return self.edge_labels[section]
            return None
        if role == Qt.DisplayRole:
            if section == 0:
                return self.tr("Spread")
            if section == 1:
                return "\u00b1"
            return self.names[section - self.FIXED]
        if role == Qt.ToolTipRole:
            if section == 0:
                return self.tr("The credibility-weighted standard deviation of the ratings")
            if section == 1:
                return self.tr("\u00b1: a sign conflict (some raise, some lower)")
            return self.names[section - self.FIXED]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        row, column = index.row(), index.column()
        if column == 0:
            spread = float(self.spread[row])
            if role == Qt.DisplayRole:
                return number(spread, 2)
            if role == Qt.BackgroundRole:
                amber = QColor(LENS_COLOUR)
                amber.setAlpha(round(40 + 200 * min(1.0, spread / max(self.spread.max(), 1e-9))))
                return amber
            if role == Qt.ForegroundRole:
                return QColor("#1a1a1a")
            return None
        if column == 1:
            if role == Qt.DisplayRole:
                return "\u00b1" if self.conflict[row] else ""
            if role == Qt.BackgroundRole and self.conflict[row]:
                return QColor(LENS_COLOUR)
            if role == Qt.FontRole and self.conflict[row]:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignCenter)
            return None
        weight = float(self.weights[row, column - self.FIXED])
        if np.isnan(weight):
            if role == Qt.ToolTipRole:
                return self.tr("{who}: not rated").format(who=self.names[column - self.FIXED])
            return None
        term = int(self.terms[row, column - self.FIXED])
        if role == Qt.DisplayRole:
            return LINGUISTIC_TERMS[term] if term >= 0 else number(weight, 2, signed=True)
        if role == Qt.BackgroundRole:
            return weight_colour(weight)
        if role == Qt.ForegroundRole:
            return QColor("white") if abs(weight) > 0.6 else QColor("#1a1a1a")
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == Qt.ToolTipRole:
            return self.tr("{who} on {edge}: {weight}").format(
                who=self.names[column - self.FIXED], edge=self.edge_labels[row],
                weight=number(weight, 2, signed=True))
        return None


class RatingsHeatMap(QWidget):
    """The heat map's view: a note, and the table (see the module docstring)."""

    def __init__(self, select_edge=None) -> None:
        super().__init__()
        self.table_model = HeatMapModel(self)   # deleted with the view, not left to a collection
        self.view = QTableView()
        self.view.setModel(self.table_model)
        self.view.setEditTriggers(QTableView.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setTextElideMode(Qt.ElideRight)    # names shorten; the tooltip has them
        header.setDefaultSectionSize(NARROWEST)
        header.setMinimumSectionSize(34)
        header.setSectionResizeMode(QHeaderView.Interactive)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        rows.setTextElideMode(Qt.ElideMiddle)     # long labels; the tooltip has them
        self.note = ElidedLabel(self.tr(
            "Blue raises, vermilion lowers, deeper is stronger, blank: not rated. Most "
            "disagreed edges first (\u00b1: sign conflict, spread in amber). Click a row "
            "to select the edge on the map."), lines=2)     # a key cut short keys nothing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        if select_edge is not None:
            self.view.clicked.connect(
                lambda index: select_edge(self.table_model.edges[index.row()]))
        # the room to share is the viewport's, which is resized after this widget when a
        # hidden tab is first shown (or the rows' header widens): share it again then
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize and watched is self.view.viewport():
            self._share_width()
            # sharing may bring the rows' scroll bar, which narrows the viewport again
            # without a resize event of its own: share once more when things settle
            QTimer.singleShot(0, self, self._share_width)
        return False

    def show_model(self, model, names: list[str]) -> None:
        self.table_model.set_model(model, names)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(1, 34)
        self._share_width()

    def _share_width(self) -> None:
        """Share the room there is among the participants' columns, so that their names
        show as far as they can (a narrow screen scrolls sideways instead); the edges'
        names take two fifths of the width, and what the participants' columns leave at
        their widest (three participants left a fifth of a laptop's dock empty beside
        "Model export controls ...tricted actors' access")."""
        fixed = HeatMapModel.FIXED
        count = self.table_model.columnCount() - fixed
        share = max(140, min(280, self.width() * 2 // 5))
        view = self.view
        columns = sum(view.columnWidth(c) for c in range(fixed)) + max(0, count) * WIDEST
        edges = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        view.verticalHeader().setMaximumWidth(max(share, edges - columns))
        if count <= 0:
            return
        room = self.view.viewport().width() - sum(self.view.columnWidth(c) for c in range(fixed))
        width = max(NARROWEST, min(WIDEST, room // count))
        for column in range(fixed, fixed + count):
            self.view.setColumnWidth(column, width)
