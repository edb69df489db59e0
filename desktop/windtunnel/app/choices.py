"""The words a list box or table shows for the model's fixed choices (node kinds,
confidences, engine rules, loop polarities, node roles, aggregation methods, the formats
a model is imported from ...), in the interface's language.

A model file stores the choice itself (``"actor"``, ``"modified_kosko"``); a list box shows
:func:`choice_text` of it and keeps the choice as the item's data, so that what is stored
never depends on the language. English shows the choice as the file spells it, but for the
engine's rules, which read by their names ("Modified Kosko", not "modified_kosko").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

__all__ = ["choice_text", "fill_choices", "select_choice"]


def _texts() -> dict[str, str]:
    return {
        "actor": QCoreApplication.translate("choices", "actor"),
        "restriction": QCoreApplication.translate("choices", "restriction"),
        "factor": QCoreApplication.translate("choices", "factor"),
        "low": QCoreApplication.translate("choices", "low"),
        "medium": QCoreApplication.translate("choices", "medium"),
        "high": QCoreApplication.translate("choices", "high"),
        # the engine's rules by their names in the literature, not as the file spells them
        "kosko": QCoreApplication.translate("choices", "Kosko"),
        "modified_kosko": QCoreApplication.translate("choices", "Modified Kosko"),
        "rescaled": QCoreApplication.translate("choices", "Rescaled"),
        "sigmoid": QCoreApplication.translate("choices", "sigmoid"),
        "tanh": QCoreApplication.translate("choices", "tanh"),
        "bivalent": QCoreApplication.translate("choices", "bivalent"),
        "trivalent": QCoreApplication.translate("choices", "trivalent"),
        "clip": QCoreApplication.translate("choices", "clip"),
        "initial": QCoreApplication.translate("choices", "initial"),
        "ones": QCoreApplication.translate("choices", "ones"),
        "hold": QCoreApplication.translate("choices", "hold"),
        "update": QCoreApplication.translate("choices", "update"),
        "increase": QCoreApplication.translate("choices", "increase"),
        "decrease": QCoreApplication.translate("choices", "decrease"),
        "clamp": QCoreApplication.translate("choices", "clamp"),
        "pulse": QCoreApplication.translate("choices", "pulse"),
        "reinforcing": QCoreApplication.translate("choices", "reinforcing"),
        "balancing": QCoreApplication.translate("choices", "balancing"),
        "driver": QCoreApplication.translate("choices", "driver"),
        "receiver": QCoreApplication.translate("choices", "receiver"),
        "ordinary": QCoreApplication.translate("choices", "ordinary"),
        "isolated": QCoreApplication.translate("choices", "isolated"),
        "mean": QCoreApplication.translate("choices", "mean"),
        "median": QCoreApplication.translate("choices", "median"),
        "linguistic": QCoreApplication.translate("choices", "linguistic"),
    }


def choice_text(value: str) -> str:
    """What a list box shows for ``value`` (the value itself when it is not a known one)."""
    return _texts().get(value, value)


def fill_choices(combo: QComboBox, values: Iterable[str]) -> None:
    """Add an item per value: its text shown, the value as the item's data."""
    texts = _texts()
    for value in values:
        combo.addItem(texts.get(value, value), value)


def select_choice(combo: QComboBox, value: str) -> None:
    """Show ``value`` as the current item (unchanged when the box has no such value)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
