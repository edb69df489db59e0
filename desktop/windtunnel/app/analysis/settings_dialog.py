"""The engine settings dialog: every convention of the run, each explained in one sentence.

Presets fill in the conventions of FCMpy, R fcm and Mental Modeler (the engine's
:data:`~windtunnel.engine.PRESETS`), so results can be compared with those tools. OK
applies all changes as one undo command; an invalid combination is refused with the
engine's message and nothing changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QGridLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

from ...engine import preset, preset_names
from ...model import ACTIVATIONS, DRIVER_MODES, RULES, START_VECTORS, Settings
from ...model.elements import MAX_SAMPLES, MAX_STEPS
from ..commands import SetSettingsCommand

__all__ = ["SettingsDialog", "edit_settings", "EXPLANATIONS", "PRESET_TITLES"]

PRESET_TITLES = {"fcmpy": "FCMpy", "r-fcm": "R fcm", "mental-modeler": "Mental Modeler"}

EXPLANATIONS = {
    "preset": "Fill in the conventions of another FCM tool so that results match it exactly.",
    "rule": "Kosko: a node is only what its causes make it; modified Kosko also keeps its own "
            "previous level; rescaled maps levels to [-1, 1] before summing (Papageorgiou).",
    "activation": "How the summed push becomes a level: sigmoid (0..1), tanh (-1..1), "
                  "bivalent (0/1), trivalent (-1/0/1) or clip (linear, capped at \u00b11).",
    "steepness": "Lambda: how sharply the activation responds; larger saturates sooner.",
    "steps": "How many time steps each run lasts (also the cap for convergence).",
    "time_unit": "The name of one step in charts and exports (month, quarter, round).",
    "start": "Start each run from every node's initial level, or from all ones as Mental "
             "Modeler does.",
    "drivers": "Nodes without causes are held at their start level (FCMpy) or updated like "
               "any node (Mental Modeler, R fcm).",
    "tolerance": "A run has converged when no node moves more than this between steps.",
    "strict": "Compare changes with < instead of <= tolerance (R fcm).",
    "stop_early": "End a run at convergence instead of running every step.",
    "count_initial": "Count the initial state as step 1 when reporting 'converged at step k'.",
    "samples": "How many random draws of the uncertain edge weights Monte Carlo uses.",
    "seed": "The random seed: the same seed gives the same Monte Carlo numbers, bit for bit.",
}


class ShortDoubleSpinBox(QDoubleSpinBox):
    """A number box that shows its value without trailing zeros ("0.0001", not
    "0.0001000"), while keeping every decimal it may hold."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".") or "0"


class SettingsDialog(QDialog):
    """Edit the model's engine settings."""

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Engine settings")
        self.original = settings
        self.preset = QComboBox()
        self.preset.addItem("(the model's own)", "")
        for name in preset_names():
            self.preset.addItem(PRESET_TITLES.get(name, name), name)
        self.preset.activated.connect(self._preset_chosen)
        self.rule = QComboBox()
        self.rule.addItems(RULES)
        self.activation = QComboBox()
        self.activation.addItems(ACTIVATIONS)
        self.steepness = QDoubleSpinBox(minimum=0.001, maximum=1000.0, decimals=3, singleStep=0.1)
        self.steps = QSpinBox(minimum=1, maximum=MAX_STEPS)
        self.time_unit = QLineEdit()
        self.start = QComboBox()
        self.start.addItems(START_VECTORS)
        self.drivers = QComboBox()
        self.drivers.addItems(DRIVER_MODES)
        self.tolerance = ShortDoubleSpinBox(minimum=0.0, maximum=1.0, decimals=7, singleStep=1e-5)
        self.strict = QCheckBox("strict comparison")
        self.stop_early = QCheckBox("stop at convergence")
        self.count_initial = QCheckBox("initial state counts as step 1")
        self.samples = QSpinBox(minimum=0, maximum=MAX_SAMPLES, singleStep=100)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1)
        form = QGridLayout()
        form.setHorizontalSpacing(14)
        form.setColumnStretch(2, 1)
        form.setColumnMinimumWidth(1, 230)
        for row, (name, label) in enumerate( (("preset", "Preset"), ("rule", "Rule"), ("activation", "Activation"),
                            ("steepness", "Steepness (\u03bb)"), ("steps", "Steps"),
                            ("time_unit", "Time unit"), ("start", "Start vector"),
                            ("drivers", "Driver nodes"), ("tolerance", "Tolerance"),
                            ("strict", ""), ("stop_early", ""), ("count_initial", ""),
                            ("samples", "Monte Carlo samples"), ("seed", "Seed"))):
            widget = getattr(self, name)
            widget.setToolTip(EXPLANATIONS[name])
            hint = QLabel(EXPLANATIONS[name], wordWrap=True)
            hint.setForegroundRole(QPalette.PlaceholderText)
            form.addWidget(QLabel(label), row, 0)
            form.addWidget(widget, row, 1)
            form.addWidget(hint, row, 2)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel
                                   | QDialogButtonBox.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(
            lambda: self.load(Settings(time_unit=self.time_unit.text() or "month")))
        self.setMinimumWidth(900)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load(settings)

    def load(self, settings: Settings) -> None:
        for name in ("rule", "activation", "start", "drivers"):
            getattr(self, name).setCurrentText(getattr(settings, name))
        for name in ("steepness", "steps", "tolerance", "samples", "seed"):
            getattr(self, name).setValue(getattr(settings, name))
        self.time_unit.setText(settings.time_unit)
        for name in ("strict", "stop_early", "count_initial"):
            getattr(self, name).setChecked(getattr(settings, name))

    def settings(self) -> Settings:
        """The settings as shown (the model's convergence nodes are kept)."""
        return replace(
            self.original, rule=self.rule.currentText(),
            activation=self.activation.currentText(), steepness=self.steepness.value(),
            steps=self.steps.value(), time_unit=self.time_unit.text().strip(),
            start=self.start.currentText(), drivers=self.drivers.currentText(),
            tolerance=self.tolerance.value(), strict=self.strict.isChecked(),
            stop_early=self.stop_early.isChecked(), count_initial=self.count_initial.isChecked(),
            samples=self.samples.value(), seed=self.seed.value())

    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name:
            self.load(preset(name, self.settings()))

    def accept(self) -> None:
        problems = self.settings().problems()
        if problems:
            self.error.setText("\n".join(f"{field}: {message}" for field, message in problems))
            self.error.show()
            return
        super().accept()


def edit_settings(controller, dialog: SettingsDialog | None = None) -> bool:
    """Show the dialog; on OK apply the settings as one undo command. True if changed."""
    model = controller.model
    dialog = dialog or SettingsDialog(model.settings, controller.window)
    if not dialog.exec():
        return False
    settings = dialog.settings()
    if settings == model.settings:
        return False
    return controller.run_command(SetSettingsCommand(model, settings))

