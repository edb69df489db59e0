"""The Scenarios dock: the list of scenarios, the current one's levers and edge overrides.

The list adds, duplicates, renames (double-click or F2) and deletes scenarios, each one
undo command; choosing a row makes it the current scenario (what the levers edit and the
map shows). Below, the :class:`~.levers.LeverPanel`, and the scenario's edge-weight
overrides: the edge, its weight in the model and in this scenario (editable), with
"Override selected edge" for the edge selected on the map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QGroupBox, QHBoxLayout,
                               QHeaderView, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...model import translated
from ...session.levers import describe_levers
from . import commands
from .levers import LeverPanel
from ..formats import number

__all__ = ["ScenariosPanel"]


class ScenariosPanel(QWidget):
    """The contents of the Scenarios dock."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.list = QListWidget()
        self.list.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.list.setMinimumHeight(90)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._renamed)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button, slot, tip in (
                (self.add_button, self.add, self.tr("Add an empty scenario")),
                (self.duplicate_button, self.duplicate, self.tr("Copy the current scenario")),
                (self.delete_button, self.delete,
                                      self.tr("Delete the current scenario (undoable)"))):
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.levers = LeverPanel(controller)
        lever_box = QGroupBox(self.tr("Levers"))
        QVBoxLayout(lever_box).addWidget(self.levers)   # the panel scrolls its own rows
        self.overrides = QTableWidget(0, 3)
        self.overrides.setHorizontalHeaderLabels(
            [self.tr("Edge"), self.tr("Model"), self.tr("Scenario")]
        )
        self.overrides.verticalHeader().hide()
        self.overrides.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2):
            self.overrides.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeToContents)
        # an edge's two names on two lines, elided at their ends, whole on hover: cut at
        # the column's end, "Foreign-national access ban → Mis..." lost the target
        self.overrides.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.overrides.setWordWrap(False)
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.override_button = QPushButton(self.tr("Override selected edge"))
        self.override_button.setToolTip(self.tr("Give the edge selected on the map another weight "
                                        "in this scenario"))
        self.override_button.clicked.connect(self.override_selected_edge)
        self.remove_override_button = QPushButton(self.tr("Remove"))
        self.remove_override_button.clicked.connect(self.remove_override)
        override_box = QGroupBox(self.tr("Edge-weight overrides"))
        box_layout = QVBoxLayout(override_box)
        box_layout.addWidget(self.overrides)
        row = QHBoxLayout()
        row.addWidget(self.override_button)
        row.addWidget(self.remove_override_button)
        box_layout.addLayout(row)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Vertical)
        for part in (top, lever_box, override_box):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 600, 110])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        controller.results_changed.connect(self.refresh)
        controller.scenario_changed.connect(self.refresh)
        controller.selection_changed.connect(self._edge_selected)
        self.refresh()

    def _edge_selected(self, *_) -> None:
        """An edge selected on the map: show its override, if this scenario has one."""
        keys = self.controller.session.selected_edges
        for row in range(self.overrides.rowCount()):
            if len(keys) == 1 and self.overrides.item(row, 0).data(Qt.UserRole) == keys[0]:
                self.overrides.selectRow(row)
                return
        self.overrides.clearSelection()

    # -- list -------------------------------------------------------------------------------

    def refresh(self, *_) -> None:
        model, current = self.controller.model, self.controller.session.scenario_id
        self.list.blockSignals(True)
        wanted = [(s.id, translated(s)) for s in model.scenarios]
        unit = model.settings.time_unit
        shown = [(self.list.item(i).data(Qt.UserRole), self.list.item(i).text())
                 for i in range(self.list.count())]
        if wanted != shown:
            self.list.clear()
            for scenario_id, label in wanted:
                item = QListWidgetItem(label)
                item.setData(Qt.UserRole, scenario_id)
                item.setFlags(item.flags() | Qt.ItemIsEditable)
                self.list.addItem(item)
        for i, scenario in enumerate(model.scenarios):
            item = self.list.item(i)
            item.setToolTip("\n".join(filter(None, [
                translated(scenario, "description")[:300], describe_levers(model, scenario, unit)])))
            if scenario.id == current:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)
        has = bool(current)
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.override_button.setEnabled(has)
        self._fill_overrides()

    def _current_changed(self, item, previous) -> None:
        if item is not None:
            self.controller.session.set_scenario(item.data(Qt.UserRole))

    def _renamed(self, item) -> None:
        scenario_id, label = item.data(Qt.UserRole), item.text().strip()
        old = self.controller.model.scenario(scenario_id)
        if old is None or label == translated(old):
            return
        if not self.controller.run_command(commands.rename_scenario(
                self.controller.model, scenario_id, label)):
            self.refresh()

    def current_item(self):
        return self.list.currentItem()

    def add(self) -> None:
        command = commands.add_scenario(self.controller.model)
        if self.controller.run_command(command):
            self.controller.session.set_scenario(command.element.id)

    def duplicate(self) -> None:
        controller = self.controller
        if controller.session.scenario_id:
            command = commands.duplicate_scenario(controller.model, controller.session.scenario_id)
            if controller.run_command(command):
                controller.session.set_scenario(command.element.id)

    def delete(self) -> None:
        controller = self.controller
        if controller.session.scenario_id:
            controller.run_command(commands.delete_scenario(controller.model,
                                                            controller.session.scenario_id))

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    # -- overrides --------------------------------------------------------------------------

    def _fill_overrides(self) -> None:
        controller = self.controller
        model = controller.model
        scenario = model.scenario(controller.session.scenario_id) if controller.session.scenario_id else None
        items = scenario.overrides if scenario is not None else ()
        self.overrides.setRowCount(len(items))
        for row, override in enumerate(items):
            edge = model.edge(*override.key)
            source = translated(model.node(override.source))
            target = translated(model.node(override.target))
            name = QTableWidgetItem(f"{source}\n\u2192 {target}")
            name.setToolTip(f"{source} \u2192 {target}")
            name.setData(Qt.UserRole, override.key)
            name.setFlags(name.flags() & ~Qt.ItemIsEditable)
            self.overrides.setItem(row, 0, name)
            base = QTableWidgetItem(number(edge.weight, 2, signed=True))
            base.setFlags(base.flags() & ~Qt.ItemIsEditable)
            self.overrides.setItem(row, 1, base)
            spin = QDoubleSpinBox(minimum=-1.0, maximum=1.0, singleStep=0.05, decimals=2)
            spin.setValue(override.weight)
            spin.editingFinished.connect(
                lambda s=spin, k=override.key: self._override_edited(k, s.value()))
            self.overrides.setCellWidget(row, 2, spin)
        self.remove_override_button.setEnabled(bool(items))

    def _override_edited(self, key, weight: float) -> None:
        controller = self.controller
        scenario = controller.model.scenario(controller.session.scenario_id)
        current = next((o.weight for o in scenario.overrides if o.key == key), None)
        if current is not None and abs(current - weight) > 1e-12:
            controller.run_command(commands.set_override(controller.model,
                                                         controller.session.scenario_id, *key, weight))

    def override_selected_edge(self) -> None:
        controller = self.controller
        edges = controller.scene.selected_edge_keys()
        if not controller.session.scenario_id:
            return
        if len(edges) != 1:
            controller.message.emit(self.tr("Select one edge on the map to override its weight"))
            return
        edge = controller.model.edge(*edges[0])
        controller.run_command(commands.set_override(controller.model, controller.session.scenario_id,
                                                     edge.source, edge.target, edge.weight))

    def remove_override(self) -> None:
        controller = self.controller
        row = self.overrides.currentRow()
        if row < 0 or not controller.session.scenario_id:
            row = 0 if self.overrides.rowCount() == 1 else -1
        if row < 0:
            controller.message.emit(self.tr("Choose an override to remove"))
            return
        key = self.overrides.item(row, 0).data(Qt.UserRole)
        controller.run_command(commands.clear_override(controller.model,
                                                       controller.session.scenario_id, *key))
