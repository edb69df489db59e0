"""The engine settings' choices by name: what a reader sees for a choice, and back again.

A model file stores a setting's choice as its id (``modified_kosko``, ``mean_of_maxima``);
people name some of them otherwise ("Modified Kosko", "mean of maxima"). The Model sheet
of a workbook writes :func:`choice_name` (the English name, as the app shows it in
English) and its reader takes either spelling back through :func:`choice_from_text`, so
that a workbook written before the names still imports.
"""

from __future__ import annotations

from .vocabulary import (ACTIVATIONS, AGGREGATIONS, DEFUZZIFICATIONS, DRIVER_MODES,
                         IMPLICATIONS, PRECISIONS, RULES, START_VECTORS, UNIONS, ZERO_MODES)

__all__ = ["SETTING_CHOICES", "CHOICE_NAMES", "choice_name", "choice_from_text"]

#: The settings that take one of a fixed set of choices, with their choices (ids).
SETTING_CHOICES: dict[str, tuple[str, ...]] = {
    "rule": RULES, "activation": ACTIVATIONS, "start": START_VECTORS, "drivers": DRIVER_MODES,
    "precision": PRECISIONS, "aggregation": AGGREGATIONS, "aggregation_zeros": ZERO_MODES,
    "implication": IMPLICATIONS, "union": UNIONS, "defuzzification": DEFUZZIFICATIONS}

#: The English names of the choices whose id is not how people write them (the rules by
#: their names in the literature, the fuzzy operators in words); the others read as spelt.
CHOICE_NAMES: dict[str, str] = {
    "kosko": "Kosko", "modified_kosko": "Modified Kosko", "rescaled": "Rescaled",
    "mamdani": "Mamdani", "larsen": "Larsen", "algebraic_sum": "algebraic sum",
    "einstein_sum": "Einstein sum", "hamacher_sum": "Hamacher sum",
    "mean_of_maxima": "mean of maxima"}


def choice_name(value: str) -> str:
    """The English name of a setting's choice (the value itself when it has no other)."""
    return CHOICE_NAMES.get(value, value)


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
