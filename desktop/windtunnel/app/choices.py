"""List boxes of the model's fixed choices (node kinds, confidences, engine rules,
aggregation methods ...), in the interface's language.

A model file stores the choice itself (``"actor"``, ``"modified_kosko"``); a list box shows
:func:`choice_text` of it (the words every reader shows, from
:mod:`windtunnel.model.choice_words`) and keeps the choice as the item's data, so that what
is stored never depends on the language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from ..model.choice_words import choice_text

__all__ = ["choice_text", "fill_choices", "select_choice"]


def fill_choices(combo: QComboBox, values: Iterable[str]) -> None:
    """Add an item per value: its text shown, the value as the item's data."""
    for value in values:
        combo.addItem(choice_text(value), value)


def select_choice(combo: QComboBox, value: str) -> None:
    """Show ``value`` as the current item (unchanged when the box has no such value)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
