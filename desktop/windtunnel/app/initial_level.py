"""The Inspector's "Initial level" field, kept to the levels the model's activation gives.

A node's initial level is its level at step 0, so it has the range a lever has
(:mod:`windtunnel.model.lever_range`): 0 to 1 under sigmoid and bivalent, -1 to 1
otherwise; the field's range follows the activation, and changes with it. A value a file
(or an activation change answered "Keep values") left outside the range is shown as it
is, in the lever panel's colour for such values, with a tooltip saying so: clamped to the
range, the field would show a level the node does not have. Setting a value within the
range narrows the field to it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDoubleSpinBox

from ..model.choice_words import choice_text
from ..model.lever_range import in_lever_range, lever_range
from .formats import number
from .theme import OUTSIDE_COLOUR

__all__ = ["fit_initial_level"]


def fit_initial_level(spin: QDoubleSpinBox, value: float, activation: str) -> None:
    """Give ``spin``, about to show ``value``, the range of ``activation`` (widened to
    ``value`` when it is outside, and marked then). Called before the value is loaded,
    which the range would otherwise clamp; a range that does not change is not set again,
    so that a number being typed stays; and a value the new range clamps is no edit."""
    translate = QCoreApplication.translate
    low, high = lever_range(activation)
    shown = (min(low, value), max(high, value))
    if (spin.minimum(), spin.maximum()) != shown:
        spin.blockSignals(True)
        spin.setRange(*shown)
        spin.blockSignals(False)
    words = dict(value=number(value, 2, signed=True), low=number(low, 0),
                 high=number(high, 0), activation=choice_text(activation))
    palette = QPalette()        # none of its own: the window's
    if in_lever_range(value, activation):
        spin.setToolTip(translate(
            "Inspector", "The node's level at step 0, from {low} to {high}: the levels the "
            "{activation} activation gives a node").format(**words))
    else:
        palette.setColor(QPalette.Text, QColor(OUTSIDE_COLOUR))
        spin.setToolTip(translate(
            "Inspector", "{value} is outside {low} to {high}, the levels the {activation} "
            "activation gives a node: set a value within the range").format(**words))
    spin.setPalette(palette)
