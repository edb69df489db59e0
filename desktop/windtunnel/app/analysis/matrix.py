"""The scenario matrix: nodes x scenarios, each cell the change from baseline, as a heat map.

Cells are tinted on the map's diverging scale (blue rise, red fall; one scale for the whole
table). Columns sort by clicking their header (largest falls or rises first); the filter box
keeps nodes whose label, id or group contains the text; "At shown step" switches from the
last step to the step shown on the map. Double-click a row to find the node on the map.
"""

from __future__ import annotations

import textwrap

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from .colours import change_colours, span_of

__all__ = ["MatrixModel", "ScenarioMatrix", "SORT_ROLE"]

SORT_ROLE = Qt.UserRole + 1
_FILTER_ROLE = Qt.UserRole + 2


class MatrixModel(QAbstractTableModel):
    """Rows: nodes (label, group, baseline level); then one column per scenario."""

    FIXED = ("Node", "Group", "Baseline")

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[str] = []
        self.groups: list[str] = []
        self.ids: list[str] = []
        self.baseline = np.zeros(0)
        self.scenarios: list[str] = []
        self.values = np.zeros((0, 0))
        self.colours: list[list[QColor]] = []

    def set_data(self, results, model, step: int | None) -> None:
        self.beginResetModel()
        if results is None:
            self.ids, self.labels, self.groups, self.scenarios = [], [], [], []
            self.values, self.baseline, self.colours = np.zeros((0, 0)), np.zeros(0), []
        else:
            row = -1 if step is None else step
            self.ids, self.labels = list(results.node_ids), list(results.labels)
            self.groups = [(model.node(n).group if model.node(n) else "") for n in self.ids]
            self.baseline = results.baseline[row]
            self.scenarios = [r.label for r in results.scenarios]
            self.values = (np.stack([r.change[row] for r in results.scenarios], axis=1)
                           if results.scenarios else np.zeros((len(self.ids), 0)))
            span = span_of(self.values) if self.values.size else 1.0
            self.colours = [change_colours(column, span) for column in self.values.T]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.FIXED) + len(self.scenarios)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = (self.FIXED + tuple(self.scenarios))[section]
            return textwrap.fill(text, 18) if role == Qt.DisplayRole else text
        return None

    def data(self, index, role=Qt.DisplayRole):
        r, c = index.row(), index.column()
        k = c - len(self.FIXED)
        if role in (Qt.DisplayRole, SORT_ROLE):
            if c == 0:
                return self.labels[r]
            if c == 1:
                return self.groups[r]
            value = float(self.baseline[r] if c == 2 else self.values[r, k])
            if role == SORT_ROLE:
                return value
            return f"{value:.3f}" if c == 2 else f"{value:+.3f}"
        if role == Qt.BackgroundRole and k >= 0:
            return self.colours[k][r]
        if role == Qt.ForegroundRole and k >= 0:
            return QColor("#1a1a1a")
        if role == Qt.TextAlignmentRole and c >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == _FILTER_ROLE:
            return f"{self.labels[r]} {self.ids[r]} {self.groups[r]}".lower()
        if role == Qt.UserRole:
            return self.ids[r]
        return None


class ScenarioMatrix(QWidget):
    """The Matrix tab of the results dock."""

    def __init__(self, controller, *, reveal=None) -> None:
        super().__init__()
        self.controller = controller
        self.model = MatrixModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(_FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # model order
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(110)
        self.table.doubleClicked.connect(self._activated)
        self.reveal = reveal
        self.filter = QLineEdit(placeholderText="Filter nodes (label, id or group)",
                                clearButtonEnabled=True)
        self.filter.textChanged.connect(
            lambda text: self.proxy.setFilterFixedString(text.strip().lower()))
        self.at_step = QCheckBox("At shown step")
        self.at_step.setToolTip("Show the change at the step shown on the map instead of "
                                "at the last step")
        self.at_step.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.at_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        controller.results_changed.connect(self.refresh)
        controller.step_changed.connect(lambda _: self.at_step.isChecked() and self.refresh())
        self.refresh()

    def refresh(self, *_) -> None:
        step = self.controller.step if self.at_step.isChecked() else None
        self.model.set_data(self.controller.results, self.controller.model, step)
        self.table.setColumnWidth(0, 230)

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Qt.UserRole) for r in range(self.proxy.rowCount())]

    def _activated(self, index) -> None:
        if self.reveal is not None:
            self.reveal(index.data(Qt.UserRole))
