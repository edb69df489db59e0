"""The lever sliders of the current scenario.

One row per lever (every restriction, and any node marked as a lever): how the scenario
sets it (not set = it follows the model; clamp = held at the value over steps
[start, end]; pulse = set once at ``start``), the value on a slider from -1 to +1, and the
steps. Dragging a slider re-runs the scenario live (the controller's fast path) without
touching the model; releasing it pushes one undo command. The other controls commit at
once, each as one command.

``compact=True`` gives the workshop's slim lever bar: label, slider and value only, in
several columns.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QSpinBox,
                               QVBoxLayout, QWidget)

from ...model.elements import MAX_STEPS
from . import commands

__all__ = ["LeverPanel", "LeverRow", "SCALE"]

#: Slider units per lever unit: the slider runs -100..100 for -1..+1.
SCALE = 100
_MODES = (("", "not set"), ("clamp", "clamp"), ("pulse", "pulse"))


class LeverRow(QWidget):
    """The controls of one lever."""

    def __init__(self, panel: "LeverPanel", node, *, compact: bool) -> None:
        super().__init__()
        self.panel, self.node_id = panel, node.id
        self.name = QLabel(node.label)
        self.name.setToolTip(node.description[:400] or node.label)
        self.name.setWordWrap(not compact)
        self.slider = QSlider(Qt.Horizontal, minimum=-SCALE, maximum=SCALE, singleStep=5,
                              pageStep=10)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setTickInterval(50)
        self.slider.setAccessibleName(f"{node.label} lever")
        self.slider.setFocusPolicy(Qt.StrongFocus)
        self.slider.installEventFilter(self)   # the wheel scrolls the panel, not the lever
        self.value = QLabel()
        self.value.setMinimumWidth(44)
        self.value.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.mode = QComboBox()
        for key, text in _MODES:
            self.mode.addItem(text, key)
        self.start = QSpinBox(minimum=0, maximum=MAX_STEPS, prefix="from ")
        self.end = QSpinBox(minimum=-1, maximum=MAX_STEPS, prefix="to ", specialValueText="to end")
        self.slider.sliderPressed.connect(lambda: self.controller.begin_drag())
        self.slider.sliderMoved.connect(self._moved)
        self.slider.sliderReleased.connect(self._released)
        self.slider.valueChanged.connect(self._value_changed)
        self.mode.activated.connect(self._mode_chosen)
        self.start.editingFinished.connect(self._steps_edited)
        self.end.editingFinished.connect(self._steps_edited)
        if compact:
            layout = QHBoxLayout(self)
            layout.setContentsMargins(4, 2, 4, 2)
            layout.addWidget(self.name, 2)
            layout.addWidget(self.slider, 3)
            layout.addWidget(self.value)
            for w in (self.mode, self.start, self.end):
                w.hide()
        else:
            grid = QGridLayout(self)
            grid.setContentsMargins(2, 4, 2, 4)
            grid.setVerticalSpacing(2)
            grid.addWidget(self.name, 0, 0, 1, 3)
            grid.addWidget(self.value, 0, 3)
            grid.addWidget(self.slider, 1, 0, 1, 4)
            grid.addWidget(self.mode, 2, 0)
            grid.addWidget(self.start, 2, 1)
            grid.addWidget(self.end, 2, 2, 1, 2)
            grid.setColumnStretch(0, 1)

    @property
    def controller(self):
        return self.panel.controller

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Scrolling past a lever must not move it: the wheel needs the slider focused."""
        if event.type() == QEvent.Wheel and not self.slider.hasFocus():
            event.ignore()
            return True
        return False

    def load(self, node, setting, steps: int) -> None:
        """Show ``setting`` (an Intervention or None) without emitting edits."""
        if self.slider.isSliderDown():
            return
        for w in (self.slider, self.mode, self.start, self.end):
            w.blockSignals(True)
        self.name.setText(node.label)
        value = setting.value if setting is not None else node.initial
        self.slider.setValue(round(value * SCALE))
        self.mode.setCurrentIndex([k for k, _ in _MODES].index(setting.mode if setting else ""))
        self.start.setMaximum(max(steps, 0))
        self.end.setMaximum(max(steps, 0))
        self.start.setValue(setting.start if setting else 0)
        self.end.setValue(-1 if setting is None or setting.end is None else setting.end)
        for w in (self.start, self.end):
            w.setEnabled(setting is not None)
        if not self.panel.compact:
            self.end.setVisible(setting is None or setting.mode == "clamp")
        self._show_value(value, setting is not None)
        for w in (self.slider, self.mode, self.start, self.end):
            w.blockSignals(False)

    def _show_value(self, value: float, set_: bool) -> None:
        self.value.setText(f"{value:+.2f}")
        # a palette role, not a style sheet: style sheets drop the inherited (workshop) font
        self.value.setForegroundRole(QPalette.WindowText if set_ else QPalette.PlaceholderText)

    def _moved(self, position: int) -> None:
        self._show_value(position / SCALE, True)
        self.controller.preview_lever(self.node_id, position / SCALE)

    def _released(self) -> None:
        self.controller.end_drag()
        self.controller.commit_lever(self.node_id, value=self.slider.value() / SCALE)

    def _value_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():  # keys, wheel, clicks on the groove
            self._show_value(position / SCALE, True)
            self.controller.commit_lever(self.node_id, value=position / SCALE, merge=True)

    def _mode_chosen(self, index: int) -> None:
        controller, mode = self.controller, _MODES[index][0]
        if not controller.scenario_id:
            return
        if mode:
            controller.commit_lever(self.node_id, mode=mode)
        else:
            controller.run_command(commands.clear_lever(controller.model, controller.scenario_id,
                                                        self.node_id))

    def _steps_edited(self) -> None:
        end = self.end.value()
        self.controller.commit_lever(self.node_id, start=self.start.value(),
                                     end=None if end < 0 else end)


class LeverPanel(QWidget):
    """Rows of lever controls for the controller's current scenario."""

    def __init__(self, controller, *, compact: bool = False, columns: int = 1) -> None:
        super().__init__()
        self.controller = controller
        self.compact, self.columns = compact, columns
        self.rows: dict[str, LeverRow] = {}
        self._stale = True
        self.empty = QLabel(wordWrap=True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        controller.results_changed.connect(self.refresh)
        controller.scenario_changed.connect(self.refresh)
        controller.document_changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def lever_nodes(self):
        return [n for n in self.controller.model.nodes if n.is_lever]

    def refresh(self, *_) -> None:
        if not self.isVisible():          # e.g. workshop mode's lever bar: refreshed when shown
            self._stale = True
            return
        self._stale = False
        controller = self.controller
        levers = self.lever_nodes()
        if [n.id for n in levers] != list(self.rows):
            self._rebuild(levers)
        scenario = controller.model.scenario(controller.scenario_id) \
            if controller.scenario_id else None
        self.setEnabled(scenario is not None)
        if not levers:
            self.empty.setText("This model has no levers. Restrictions are levers; any node "
                               "can be marked as one in the Inspector.")
        elif scenario is None:
            self.empty.setText("Add a scenario to set its levers.")
        self.empty.setVisible(not levers or scenario is None)
        for node in levers:
            self.rows[node.id].load(node, commands.lever_setting(scenario, node.id),
                                    controller.steps)

    def _rebuild(self, levers) -> None:
        for row in self.rows.values():
            self.grid.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for i, node in enumerate(levers):
            row = LeverRow(self, node, compact=self.compact)
            self.rows[node.id] = row
            self.grid.addWidget(row, i // self.columns, i % self.columns)
