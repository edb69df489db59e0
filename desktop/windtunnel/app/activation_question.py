"""Asking before an activation change leaves scenario levers or initial levels outside its
levels.

A lever may be set to the levels the model's activation gives a node (0 to 1 for sigmoid
and bivalent, -1 to 1 otherwise: :mod:`windtunnel.model.lever_range`). Choosing sigmoid for
a model whose scenarios hold a lever at -0.5 would leave values the new activation never
gives, so the change asks first, naming the scenarios and levers (and the nodes whose
initial level, their level at step 0 and of the same range, is outside), and offers:

- **Bring into range**: each such value moves to the range's nearest end (-0.5 becomes 0),
  in the same undo step as the change;
- **Keep values**: the change alone; the values stay, marked on their sliders and in the
  Inspector, and the engine runs them as they are;
- **Cancel** (the default): nothing changes.

An activation change that leaves every value in range is not asked about.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtWidgets  # QMessageBox's Python type is made only when needed
from PySide6.QtCore import QCoreApplication

from ..model import Model, Settings
from ..model.choice_words import choice_text
from ..model.lever_range import (brought_into_range, into_range, lever_range,
                                out_of_range_initials, out_of_range_levers, out_of_range_text)
from .commands import ModelCommand, ReplaceCommand, SetSettingsCommand

__all__ = ["settings_commands"]


def settings_commands(parent, model: Model, settings: Settings) -> list[ModelCommand] | None:
    """The commands that give ``model`` the engine ``settings``: the change, and the
    scenarios brought into the new activation's range when the user chooses so; None when
    the user cancels. Empty when ``settings`` are the model's already."""
    if settings == model.settings:
        return []
    change = SetSettingsCommand(model, settings)
    activation = settings.activation
    if activation == model.settings.activation or not _outside(model, activation):
        return [change]
    answer = _ask(parent, model, settings.activation)
    if answer == "cancel":
        return None
    if answer == "keep":
        return [change]
    moved = {scenario.id: scenario for scenario, _ in out_of_range_levers(model, activation)}
    return [change] + [ReplaceCommand(model, "scenario", scenario,
                                      brought_into_range(scenario, activation))
                       for scenario in moved.values()] + [
        ReplaceCommand(model, "node", node, replace(node, initial=into_range(node.initial,
                                                                             activation)))
        for node in out_of_range_initials(model, activation)]


def _outside(model: Model, activation: str) -> int:
    """How many lever values and initial levels are outside ``activation``'s range."""
    return len(out_of_range_levers(model, activation)) + len(
        out_of_range_initials(model, activation))


def _ask(parent, model: Model, activation: str) -> str:
    """"bring", "keep" or "cancel": the user's answer to the question."""
    translate = QCoreApplication.translate
    low, high = lever_range(activation)
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Warning)
    box.setWindowTitle(translate("ActivationQuestion", "Change the activation"))
    box.setText(translate(
        "ActivationQuestion", "The {activation} activation gives levels from {low:g} to "
        "{high:g}; %n value(s) of the scenarios' levers and the nodes' initial levels are "
        "outside them.", "", _outside(model, activation)).format(
        activation=choice_text(activation), low=low, high=high))
    box.setInformativeText(
        out_of_range_text(model, activation, initials=True) + "\n\n" + translate(
            "ActivationQuestion", "Bring into range moves each to the nearest end ({low:g} or "
            "{high:g}); Keep values leaves them as they are, marked on their sliders and in "
            "the Inspector, and the runs use them. Edit > Undo takes back either.").format(low=low, high=high))
    bring = box.addButton(translate("ActivationQuestion", "&Bring into range"),
                          QtWidgets.QMessageBox.DestructiveRole)
    keep = box.addButton(translate("ActivationQuestion", "&Keep values"),
                         QtWidgets.QMessageBox.AcceptRole)
    cancel = box.addButton(QtWidgets.QMessageBox.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "bring" if clicked is bring else "keep" if clicked is keep else "cancel"
