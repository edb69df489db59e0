"""The edge's weight in the current scenario, shown under the Inspector.

When one edge is selected on the map, this box says what the current scenario does with it:
"uses the model's weight" or "overrides it with w", with a spin box to set the scenario's
weight (one undo command) and a button to go back to the model's weight. The window shows it
in the Inspector's footer (below the edge form), so that an edge's weight in the map and in
the scenario are read in one place.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...model import translated
from . import commands
from ..formats import number
from ..wheel_focus import WheelFocusDoubleSpinBox

__all__ = ["OverrideBox"]


class OverrideBox(QGroupBox):
    """The selected edge's weight in the current scenario."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.setTitle(self.tr("Edge in the current scenario"))
        self.controller = controller
        self.key: tuple[str, str] | None = None
        self.text = QLabel(wordWrap=True)
        self.weight = WheelFocusDoubleSpinBox(minimum=-1.0, maximum=1.0, singleStep=0.05,
                                              decimals=2)
        self.weight.setToolTip(self.tr("This edge's weight in the current scenario only"))
        self.weight.editingFinished.connect(self._edited)
        self.reset = QPushButton(self.tr("Use the model's weight"))
        self.reset.clicked.connect(self._reset)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Weight in scenario")))
        row.addWidget(self.weight)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        # on its own line: beside the weight it was cut off in a laptop-sized Inspector
        layout.addWidget(self.reset, 0, Qt.AlignLeft)
        for signal in (controller.results_changed, controller.scenario_changed):
            signal.connect(self.refresh)
        controller.selection_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_) -> None:
        controller = self.controller
        keys, nodes = controller.session.selected_edges, controller.session.selection
        model = controller.model
        scenario = model.scenario(controller.session.scenario_id) if controller.session.scenario_id else None
        if len(keys) != 1 or nodes or scenario is None or model.edge(*keys[0]) is None:
            self.key = None
            self.hide()
            return
        self.key = keys[0]
        edge = model.edge(*self.key)
        override = next((o for o in scenario.overrides if o.key == self.key), None)
        self.weight.blockSignals(True)
        self.weight.setValue(override.weight if override else edge.weight)
        self.weight.blockSignals(False)
        self.reset.setEnabled(override is not None)
        if override is None:
            self.text.setText(self.tr("\u201c{scenario}\u201d uses the model's weight "
                                      "{weight}.").format(scenario=escape(translated(scenario)),
                                                          weight=number(edge.weight, 2, signed=True)))
        else:
            self.text.setText(self.tr("\u201c{scenario}\u201d overrides the model's weight "
                                      "{weight} with <b>{override}</b>.").format(
                scenario=escape(translated(scenario)), weight=number(edge.weight, 2, signed=True),
                override=number(override.weight, 2, signed=True)))
        self.show()

    def _edited(self) -> None:
        controller, key = self.controller, self.key
        if key is None:
            return
        scenario = controller.model.scenario(controller.session.scenario_id)
        current = next((o.weight for o in scenario.overrides if o.key == key),
                       controller.model.edge(*key).weight)
        if abs(current - self.weight.value()) > 1e-12:
            controller.run_command(commands.set_override(controller.model, scenario.id, *key,
                                                         self.weight.value()))

    def _reset(self) -> None:
        controller, key = self.controller, self.key
        if key is not None:
            controller.run_command(commands.clear_override(controller.model,
                                                           controller.session.scenario_id, *key))

