"""The engine settings' choices by name: what a reader sees for a choice, and back again.

A model file stores a setting's choice as its id (``modified_kosko``, ``mean_of_maxima``);
people name some of them otherwise ("Modified Kosko", "mean of maxima"). The Model sheet
of a workbook writes :func:`~windtunnel.model.choice_words.choice_name` (the English
words, as the app shows them in English) and its reader takes either spelling back through
:func:`choice_from_text`, so that a workbook written before the names still imports.
"""

from __future__ import annotations

from .choice_words import choice_name
from .vocabulary import (ACTIVATIONS, AGGREGATIONS, DEFUZZIFICATIONS, DRIVER_MODES,
                         IMPLICATIONS, PRECISIONS, RULES, START_VECTORS, UNIONS, ZERO_MODES)

__all__ = ["SETTING_CHOICES", "choice_from_text"]

#: The settings that take one of a fixed set of choices, with their choices (ids).
SETTING_CHOICES: dict[str, tuple[str, ...]] = {
    "rule": RULES, "activation": ACTIVATIONS, "start": START_VECTORS, "drivers": DRIVER_MODES,
    "precision": PRECISIONS, "aggregation": AGGREGATIONS, "aggregation_zeros": ZERO_MODES,
    "implication": IMPLICATIONS, "union": UNIONS, "defuzzification": DEFUZZIFICATIONS}


def _folded(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def choice_from_text(setting: str, text: str) -> str:
    """The choice of ``setting`` that ``text`` names, by id or by name, whatever its case,
    spaces or underscores ("Modified Kosko", "modified_kosko", "MODIFIED KOSKO"); ``text``
    itself when it names none, for the settings' checks to report."""
    wanted = _folded(text)
    for choice in SETTING_CHOICES.get(setting, ()):
        if wanted in (_folded(choice), _folded(choice_name(choice))):
            return choice
    return text
