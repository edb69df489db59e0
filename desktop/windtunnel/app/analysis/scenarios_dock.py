"""The Scenarios dock: the list of scenarios, the current one's levers and edge overrides.

The list adds, duplicates, renames (double-click or F2) and deletes scenarios, each one
undo command (a scenario just added or duplicated has its name open for typing); choosing a
row makes it the current scenario (what the levers edit and the map shows). In a language
other than English, a name whose translation may be out of date (the original was renamed
since) shows a warning sign and says so in its tooltip; the list's right-click Mark
Translation Reviewed takes the mark away (one undo step). A scenario that sets no lever
and overrides no edge (one just added, or one whose levers' nodes were deleted) says after
its name that it is the same as the baseline. Below, the
:class:`~.levers.LeverPanel`, and the scenario's edge-weight
overrides: the edge, its weight in the model and in this scenario (editable), with
"Override selected edge" for the edge selected on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QListWidgetItem, QStyle, QStyledItemDelegate, QTableWidgetItem

from ... import language
from ...model import edits_original, is_generated, needs_review, translated
from ...session.levers import describe_levers
from . import commands
from .levers import LeverPanel
from .scenarios_frame import ScenariosFrame
from ..formats import number
from ..rowselect import select_row
from ..wheel_focus import WheelFocusDoubleSpinBox

__all__ = ["ScenariosPanel"]


#: An item's role holding whether its translated name shows as out of date.
_STALE = Qt.UserRole + 1
#: An item's role holding whether its scenario sets no lever and overrides no edge.
SETS_NOTHING = Qt.UserRole + 2


class _ScenarioRows(QStyledItemDelegate):
    """Shows after the name of a scenario that sets nothing that it is the same as the
    baseline (deleting its only lever's node leaves it so); the name edits as it is."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if index.data(SETS_NOTHING):
            option.text = self.tr("{name} (sets no lever: as the baseline)").format(
                name=option.text)


class ScenariosPanel(ScenariosFrame):
    """The contents of the Scenarios dock."""

    def __init__(self, controller) -> None:
        self.levers = LeverPanel(controller)
        super().__init__(self.levers)
        self.controller = controller
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._renamed)
        #: The scenario just added or duplicated, whose name is being typed (it names it).
        self._naming: str | None = None
        self.list.setItemDelegate(_ScenarioRows(self.list))
        self.list.itemDelegate().closeEditor.connect(self._name_editor_closed)
        self.review_action = QAction(self.tr("Mark Translation Reviewed"), self.list)
        self.review_action.setToolTip(self.tr("The scenario's translated name says what its "
                                              "original says now: take the mark away"))
        self.review_action.triggered.connect(self.mark_reviewed)
        self.list.addAction(self.review_action)
        self.list.setContextMenuPolicy(Qt.ActionsContextMenu)
        size = self.list.fontMetrics().height()        # the warning sign: a line's height
        self.list.setIconSize(QSize(size, size))
        for button, slot in ((self.add_button, self.add),
                             (self.duplicate_button, self.duplicate),
                             (self.delete_button, self.delete),
                             (self.override_button, self.override_selected_edge),
                             (self.remove_override_button, self.remove_override)):
            button.clicked.connect(slot)
        controller.results_changed.connect(self.refresh)
        controller.scenario_changed.connect(self.refresh)
        controller.selection_changed.connect(self._edge_selected)
        self.refresh()

    def _edge_selected(self, *_) -> None:
        """An edge selected on the map: show its override, if this scenario has one, as the
        one row selected (even when the edge was Ctrl- or Shift-clicked)."""
        keys = self.controller.session.selected_edges
        for row in range(self.overrides.rowCount()):
            if len(keys) == 1 and self.overrides.item(row, 0).data(Qt.UserRole) == keys[0]:
                select_row(self.overrides, row)
                return
        self.overrides.clearSelection()

    # -- list -------------------------------------------------------------------------------

    def refresh(self, *_) -> None:
        model, current = self.controller.model, self.controller.session.scenario_id
        self.list.blockSignals(True)
        wanted = [(s.id, translated(s)) for s in model.scenarios]
        unit = translated(model, "time_unit")     # as the results name it
        shown = [(self.list.item(i).data(Qt.UserRole), self.list.item(i).text())
                 for i in range(self.list.count())]
        if wanted != shown:
            self.list.clear()
            for scenario_id, label in wanted:
                item = QListWidgetItem(label)
                item.setData(Qt.UserRole, scenario_id)
                item.setFlags(item.flags() | Qt.ItemIsEditable)
                self.list.addItem(item)
        warning = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        self.review_action.setEnabled(False)
        for i, scenario in enumerate(model.scenarios):
            item = self.list.item(i)
            stale = not edits_original() and needs_review(scenario, "label")
            if item.data(_STALE) != stale:   # set only on a change: setting an icon tells
                item.setData(_STALE, stale)  # an open name editor to start again (unselected)
                item.setIcon(warning if stale else QIcon())
            sets_nothing = not scenario.interventions and not scenario.overrides
            if bool(item.data(SETS_NOTHING)) != sets_nothing:
                item.setData(SETS_NOTHING, sets_nothing)
            item.setToolTip("\n".join(filter(None, [
                self.tr("Translated name may be out of date") if stale else "",
                self._renaming_hint(scenario),
                translated(scenario, "description")[:300], describe_levers(model, scenario, unit)])))
            if scenario.id == current:
                self.list.setCurrentRow(i)
                self.review_action.setEnabled(stale)
        self.list.blockSignals(False)
        has = bool(current)
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.override_button.setEnabled(has)
        self._fill_overrides()

    def _renaming_hint(self, scenario) -> str:
        """In a language other than the original, which text a rename writes: the name in
        that language (a translation), or, over the made-up "New scenario", the original."""
        if edits_original():
            return ""
        if is_generated(scenario, "label"):
            return self.tr("Renamed, the name is the scenario's own in every language")
        return self.tr("Renamed here, the name is its {language} translation; the original "
                       "stays").format(language=language.LANGUAGES.get(language.current(),
                                                                        language.current()))

    def _current_changed(self, item, previous) -> None:
        if item is not None:
            self.controller.session.set_scenario(item.data(Qt.UserRole))

    def _renamed(self, item) -> None:
        scenario_id, label = item.data(Qt.UserRole), item.text().strip()
        old = self.controller.model.scenario(scenario_id)
        if old is None or label == translated(old):
            return
        if not self.controller.run_command(commands.rename_scenario(
                self.controller.model, scenario_id, label, naming=scenario_id == self._naming,
                filed=self.controller.document.filed_ids("scenario"))):
            self.refresh()

    def _name_editor_closed(self, *_args) -> None:
        """The new scenario's name was entered or given up: later edits are renames."""
        self._naming = None

    def current_item(self):
        return self.list.currentItem()

    def mark_reviewed(self) -> None:
        """The current scenario's translated name is reviewed (one undo step)."""
        scenario_id = self.controller.session.scenario_id
        scenario = self.controller.model.scenario(scenario_id) if scenario_id else None
        if scenario is not None and needs_review(scenario, "label"):
            self.controller.run_command(commands.review_scenario_name(self.controller.model,
                                                                      scenario_id))

    def add(self) -> None:
        command = commands.add_scenario(self.controller.model)
        if self.controller.run_command(command):
            self._name_new(command.element.id)

    def duplicate(self) -> None:
        controller = self.controller
        if controller.session.scenario_id:
            command = commands.duplicate_scenario(controller.model, controller.session.scenario_id)
            if controller.run_command(command):
                self._name_new(command.element.id)

    def _name_new(self, scenario_id: str) -> None:
        """Make the new scenario current and open its name for typing ("New scenario"
        selected, so that typing replaces it; Enter keeps it, Escape leaves it)."""
        self.controller.session.set_scenario(scenario_id)
        self.refresh()
        item = self.list.currentItem()
        if item is not None and item.data(Qt.UserRole) == scenario_id:
            self.list.setFocus(Qt.OtherFocusReason)
            self._naming = scenario_id
            self.list.editItem(item)

    def delete(self) -> None:
        controller = self.controller
        if controller.session.scenario_id:
            controller.run_command(commands.delete_scenario(controller.model,
                                                            controller.session.scenario_id))

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
            spin = WheelFocusDoubleSpinBox(minimum=-1.0, maximum=1.0, singleStep=0.05,
                                           decimals=2)
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
