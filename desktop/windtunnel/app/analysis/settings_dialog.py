"""The engine settings dialog: every convention of the run, each explained in one sentence.

Presets fill in the conventions of FCMpy, R fcm and Mental Modeler (the engine's
:data:`~windtunnel.engine.PRESETS`), so results can be compared with those tools. OK
applies all changes as one undo command; an invalid combination is refused with the
engine's message and nothing changes.

The time unit is a translatable text of the model: in a language other than English the
dialog shows and edits its translation in that language (emptied, the original shows
again), as the Inspector does; the other settings are the same in every language.

**Suggest steepness** (given the model) fills in the largest steepness for which every run
of the map has exactly one answer, whatever the start (the engine's contraction bound,
:func:`~windtunnel.engine.contraction`, for the rule, activation and drivers shown), and
says why, with fcmconfr's estimate beside it (:func:`~windtunnel.engine.fcmconfr_steepness`).
"""

from __future__ import annotations

from dataclasses import replace

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...engine import compiled_model, contraction, fcmconfr_steepness, preset, preset_names
from ...errors import WindtunnelError
from ... import language
from ...model import (ACTIVATIONS, DRIVER_MODES, RULES, START_VECTORS, Settings,
                      edits_original, translated)
from ...model.vocabulary import MAX_SAMPLES, MAX_STEPS
from ..choices import choice_text, fill_choices, select_choice
from ..activation_question import settings_commands
from ..commands import MacroCommand, SetInfoCommand
from ..formats import figure
from ..number_boxes import NumberBox, WholeNumberBox
from ..wording import field_problem
from ..scrolling import scrolling

__all__ = ["SettingsDialog", "edit_settings", "suggest_steepness", "EXPLANATIONS",
           "PRESET_TITLES"]

PRESET_TITLES = {"fcmpy": "FCMpy", "r-fcm": "R fcm", "mental-modeler": "Mental Modeler"}

#: What each setting means (translated where shown).
EXPLANATIONS = {
    "preset": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Fill in the conventions of another FCM tool so that results match it exactly.",
    ),
    "rule": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Kosko: a node is only what its causes make it; modified Kosko also keeps its own "
        "previous level; rescaled maps levels to [-1, 1] before summing (Papageorgiou).",
    ),
    "activation": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "How the summed push becomes a level: sigmoid (0..1), tanh (-1..1), "
        "bivalent (0/1), trivalent (-1/0/1) or clip (linear, capped at \u00b11).",
    ),
    "steepness": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Lambda: how sharply the activation responds; larger saturates sooner. "
        "Suggest proposes the largest with one answer from every start.",
    ),
    "steps": QT_TRANSLATE_NOOP(
        "SettingsDialog", "How many time steps each run lasts (also the cap for convergence)."
    ),
    "time_unit": QT_TRANSLATE_NOOP(
        "SettingsDialog", "The name of one step in charts and exports (month, quarter, round)."
    ),
    "start": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Start each run from every node's initial level, or from all ones as Mental "
        "Modeler does.",
    ),
    "drivers": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Nodes without causes are held at their start level (FCMpy) or updated like "
        "any node (Mental Modeler, R fcm).",
    ),
    "tolerance": QT_TRANSLATE_NOOP(
        "SettingsDialog", "A run has converged when no node moves more than this between steps."
    ),
    "strict": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Compare changes with < instead of <= tolerance (R fcm)."
    ),
    "stop_early": QT_TRANSLATE_NOOP(
        "SettingsDialog", "End a run at convergence instead of running every step."
    ),
    "count_initial": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Count the initial state as step 1 when reporting 'converged at step k'."
    ),
    "samples": QT_TRANSLATE_NOOP(
        "SettingsDialog", "How many random draws of the uncertain edge weights Monte Carlo uses."
    ),
    "seed": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "The random seed: the same seed gives the same Monte Carlo numbers, bit for bit.",
    ),
    "precision": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "For large runs: Monte Carlo in float32 is about twice as fast; its bands agree "
        "with float64's within 1e-6, and a seed still fixes every number.",
    ),
}


class ShortDoubleSpinBox(NumberBox):
    """A number box that shows its value without trailing zeros ("0.0001", not
    "0.0001000"), while keeping every decimal it may hold."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return figure(f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".") or "0")


class SettingsDialog(QDialog):
    """Edit the model's engine settings."""

    def __init__(self, settings: Settings, parent=None, *, model=None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(self.tr("Engine settings"))
        self.original = settings
        self.preset = QComboBox()
        self.preset.addItem(self.tr("(the model's own)"), "")
        for name in preset_names():
            self.preset.addItem(PRESET_TITLES.get(name, name), name)
        self.preset.activated.connect(self._preset_chosen)
        self.rule = QComboBox()
        fill_choices(self.rule, RULES)
        self.activation = QComboBox()
        fill_choices(self.activation, ACTIVATIONS)
        self.steepness = NumberBox(minimum=0.001, maximum=1000.0, decimals=3, singleStep=0.1)
        self.suggest_button = QPushButton(self.tr("Suggest"))
        self.suggest_button.setToolTip(
            self.tr(
                "Fill in the largest steepness for which every run has "
                "exactly one answer, whatever the start"
            )
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.suggest_button.setVisible(model is not None)
        self.suggestion = QLabel(wordWrap=True)
        self.suggestion.hide()
        self.steps = WholeNumberBox(minimum=1, maximum=MAX_STEPS)
        self.time_unit = QLineEdit()
        self.start = QComboBox()
        fill_choices(self.start, START_VECTORS)
        self.drivers = QComboBox()
        fill_choices(self.drivers, DRIVER_MODES)
        self.tolerance = ShortDoubleSpinBox(minimum=0.0, maximum=1.0, decimals=7, singleStep=1e-5)
        self.strict = QCheckBox(self.tr("strict comparison"))
        self.stop_early = QCheckBox(self.tr("stop at convergence"))
        self.count_initial = QCheckBox(self.tr("initial state counts as step 1"))
        self.samples = WholeNumberBox(minimum=0, maximum=MAX_SAMPLES, singleStep=100)
        self.seed = WholeNumberBox(minimum=0, maximum=2**31 - 1)
        self.precision = QCheckBox(self.tr("Monte Carlo in float32"))
        form = QGridLayout()
        form.setHorizontalSpacing(14)
        form.setColumnStretch(2, 1)
        form.setColumnMinimumWidth(1, 230)
        rows = (("preset", self.tr("Preset")), ("rule", self.tr("Rule")),
                ("activation", self.tr("Activation")),
                ("steepness", self.tr("Steepness (\u03bb)")), ("steps", self.tr("Steps")),
                ("time_unit", self.tr("Time unit")), ("start", self.tr("Start vector")),
                ("drivers", self.tr("Driver nodes")), ("tolerance", self.tr("Tolerance")),
                ("strict", ""), ("stop_early", ""), ("count_initial", ""),
                ("samples", self.tr("Monte Carlo samples")), ("seed", self.tr("Seed")),
                ("precision", ""))
        #: each field's caption, to name it in a refusal (a box's own words for a check box)
        self.captions = {name: label or getattr(self, name).text() for name, label in rows}
        for row, (name, label) in enumerate(rows):
            widget = getattr(self, name)
            explanation = self.tr(EXPLANATIONS[name])
            widget.setToolTip(explanation)
            hint = QLabel(explanation, wordWrap=True)
            hint.setForegroundRole(QPalette.PlaceholderText)
            form.addWidget(QLabel(label), row, 0)
            form.addWidget(self._with_suggest(widget) if name == "steepness" else widget,
                           row, 1)
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
        self.form = QWidget()
        self.form.setLayout(form)
        self.form_area = scrolling(self.form)  # scrolls where the screen is short (200 %)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load(replace(settings, time_unit=translated(model, "time_unit"))
                  if self._translates_unit() else settings)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The height the explanations need at the width the dialog opens at: Qt's own
        hint wraps them at a narrower width, which opened the dialog a third taller than its
        contents, with the spare room in one row. A screen shorter than that (200%) gets a
        shorter dialog whose form scrolls."""
        hint = super().sizeHint()
        width = max(hint.width(), self.minimumWidth())
        margins = self.layout().contentsMargins()
        form = self.form.heightForWidth(width - margins.left() - margins.right())
        return QSize(width, hint.height() - self.form_area.sizeHint().height() + form)

    def _translates_unit(self) -> bool:
        """Whether the time unit box holds the model's translation (a language other than
        English, with the model given) rather than its original."""
        return self.model is not None and not edits_original()

    def _with_suggest(self, spin_box) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin_box, 1)
        row.addWidget(self.suggest_button)
        return box

    def suggest(self) -> None:
        """Fill in the suggested steepness for the settings shown, and say why."""
        try:
            value, why = suggest_steepness(self.model, self.settings())
        except WindtunnelError as exc:
            value, why = None, self.tr("No suggestion: {reason}").format(reason=exc)
        if value is not None:
            self.steepness.setValue(value)
        self.suggestion.setText(why)
        self.suggestion.show()

    def load(self, settings: Settings) -> None:
        for name in ("rule", "activation", "start", "drivers"):
            select_choice(getattr(self, name), getattr(settings, name))
        for name in ("steepness", "steps", "tolerance", "samples", "seed"):
            getattr(self, name).setValue(getattr(settings, name))
        self.time_unit.setText(settings.time_unit)
        for name in ("strict", "stop_early", "count_initial"):
            getattr(self, name).setChecked(getattr(settings, name))
        self.precision.setChecked(settings.precision == "float32")

    def settings(self) -> Settings:
        """The settings as shown (the model's convergence nodes are kept)."""
        return replace(
            self.original, rule=self.rule.currentData(),
            activation=self.activation.currentData(), steepness=self.steepness.value(),
            steps=self.steps.value(),
            time_unit=self.original.time_unit if self._translates_unit()
            else self.time_unit.text().strip(),
            start=self.start.currentData(), drivers=self.drivers.currentData(),
            tolerance=self.tolerance.value(), strict=self.strict.isChecked(),
            stop_early=self.stop_early.isChecked(), count_initial=self.count_initial.isChecked(),
            samples=self.samples.value(), seed=self.seed.value(),
            precision="float32" if self.precision.isChecked() else "float64")

    def translations(self):
        """The model's translations with the time unit as shown, or None when the box edits
        the original unit or its translation is unchanged."""
        if not self._translates_unit():
            return None
        text = self.time_unit.text().strip()
        if text == translated(self.model, "time_unit"):
            return None
        return self.model.translations.with_text(language.current(), "time_unit", text)

    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name:
            self.load(preset(name, self.settings()))

    def accept(self) -> None:
        problems = self.settings().problems()
        if problems:
            self.error.setText("\n".join(field_problem(self.captions.get(field, field), message)
                                          for field, message in problems))
            self.error.show()
            return
        super().accept()


def suggest_steepness(model, settings: Settings) -> tuple[float | None, str]:
    """(the steepness to fill in, or None; why) for ``model`` run with ``settings``: the
    largest steepness inside the contraction bound (rounded down to the box's three
    decimals, so that it stays inside), and fcmconfr's estimate for comparison."""
    network = compiled_model(model, settings)
    bound = contraction(network, settings)
    if bound.max_steepness is None:
        return None, QCoreApplication.translate(
            "SettingsDialog",
            "No steepness makes a {activation} activation provably give one answer (a "
            "step has no slope bound); sigmoid, tanh or clip have one.",
        ).format(activation=choice_text(settings.activation))
    if math.isinf(bound.max_steepness):
        return None, QCoreApplication.translate(
            "SettingsDialog",
            "Any steepness gives one answer: no node's level feeds another's change here "
            "(no weights to bound).",
        )
    value = max(math.floor(bound.max_steepness * 1000) / 1000, 0.001)
    estimate = fcmconfr_steepness(network.matrix(), settings.activation)
    why = QCoreApplication.translate(
        "SettingsDialog",
        "\u03bb {value}: below {bound}, the largest steepness for which the map damps "
        "every difference between two states ({activation}, {rule} rule, {norm}-norm of the "
        "weights {norm_value}), so every run has one answer whatever its start. ",
    ).format(
        value=f"{value:g}",
        bound=f"{bound.max_steepness:.4g}",
        activation=choice_text(settings.activation),
        rule=choice_text(settings.rule),
        norm=bound.norm,
        norm_value=f"{bound.norm_value:.3g}",
    )
    if estimate is not None and math.isfinite(estimate):
        why += QCoreApplication.translate(
            "SettingsDialog",
            "fcmconfr's estimate, which keeps the inputs in the near-linear part of the "
            "curve, is {estimate}. ",
        ).format(estimate=f"{estimate:.3g}")
    why += (
        QCoreApplication.translate(
            "SettingsDialog", "With \u03bb {steepness} the factor is {factor} (inside the bound)."
        )
        if bound.holds
        else QCoreApplication.translate(
            "SettingsDialog",
            "With \u03bb {steepness} the factor is {factor}: one answer is not guaranteed; "
            "the results panel says whether runs from different starts agree.",
        )
    ).format(steepness=f"{settings.steepness:g}", factor=f"{bound.factor:.3g}")
    return value, why


def edit_settings(controller, dialog: SettingsDialog | None = None) -> bool:
    """Show the dialog; on OK apply the settings as one undo command. True if changed."""
    model = controller.model
    dialog = dialog or SettingsDialog(model.settings, controller.window, model=model)
    if not dialog.exec():
        return False
    settings, translations = dialog.settings(), dialog.translations()
    changes = settings_commands(controller.window, model, settings)  # asks of levers out of range
    if changes is None:
        return False
    parts = changes + (
        [SetInfoCommand(model, model.title, model.description, translations=translations)]
        if translations is not None else [])
    if not parts:
        return False
    return controller.run_command(parts[0] if len(parts) == 1 else MacroCommand(
        model, lambda: QCoreApplication.translate("commands", "Edit engine settings"), parts))
