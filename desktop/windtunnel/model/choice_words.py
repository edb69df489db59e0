"""The words people read for the model's fixed choices, one table for every reader.

A model file stores a choice as its id (``"actor"``, ``"modified_kosko"``,
``"mean_of_maxima"``); the window's list boxes and tables, the results workbook's values
and the command line's reports show :func:`choice_text` of it, in the current language,
and the Model sheet writes :func:`choice_name`, the English words, which its reader takes
back (:mod:`windtunnel.model.setting_names`). Most choices read as the file spells them;
the engine's rules and the fuzzy operators read by their names in the literature
("Modified Kosko", "mean of maxima"). The kinds the structure analysis gives loops and
nodes (reinforcing, driver ...) are here too, since every reader shows them beside the
choices.

One table in one translation context, so that a choice never reads one way in a list box
and another in a workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..language import per_language
from ..language import translate as current_translate

__all__ = ["choice_text", "choice_name"]


def _table(translate: Callable[[str, str], str]) -> dict[str, str]:
    """The words of every choice that has any, through ``translate`` (named so, so that
    the catalogue tools collect the texts)."""
    return {
        # nodes, edges, interventions, objectives
        "actor": translate("choices", "actor"),
        "restriction": translate("choices", "restriction"),
        "factor": translate("choices", "factor"),
        "low": translate("choices", "low"),
        "medium": translate("choices", "medium"),
        "high": translate("choices", "high"),
        "clamp": translate("choices", "clamp"),
        "pulse": translate("choices", "pulse"),
        "increase": translate("choices", "increase"),
        "decrease": translate("choices", "decrease"),
        # the engine's settings: the rules by their names in the literature
        "kosko": translate("choices", "Kosko"),
        "modified_kosko": translate("choices", "Modified Kosko"),
        "rescaled": translate("choices", "Rescaled"),
        "sigmoid": translate("choices", "sigmoid"),
        "tanh": translate("choices", "tanh"),
        "bivalent": translate("choices", "bivalent"),
        "trivalent": translate("choices", "trivalent"),
        "clip": translate("choices", "clip"),
        "initial": translate("choices", "initial"),
        "ones": translate("choices", "ones"),
        "hold": translate("choices", "hold"),
        "update": translate("choices", "update"),
        # the participants' aggregation and its fuzzy operators
        "mean": translate("choices", "mean"),
        "median": translate("choices", "median"),
        "linguistic": translate("choices", "linguistic"),
        "include": translate("choices", "include"),
        "ignore": translate("choices", "ignore"),
        "mamdani": translate("choices", "Mamdani"),
        "larsen": translate("choices", "Larsen"),
        "algebraic_sum": translate("choices", "algebraic sum"),
        "einstein_sum": translate("choices", "Einstein sum"),
        "hamacher_sum": translate("choices", "Hamacher sum"),
        "centroid": translate("choices", "centroid"),
        "bisector": translate("choices", "bisector"),
        "mean_of_maxima": translate("choices", "mean of maxima"),
        # what the structure analysis calls loops and nodes
        "reinforcing": translate("choices", "reinforcing"),
        "balancing": translate("choices", "balancing"),
        "driver": translate("choices", "driver"),
        "receiver": translate("choices", "receiver"),
        "ordinary": translate("choices", "ordinary"),
        "isolated": translate("choices", "isolated"),
    }


@per_language
def _words() -> dict[str, str]:
    return _table(current_translate)


@cache
def _english() -> dict[str, str]:
    return _table(lambda _context, text: text)


def choice_text(value: str) -> str:
    """What a reader sees for the choice ``value`` in the current language (the value
    itself when it has no words)."""
    return _words().get(value, value)


def choice_name(value: str) -> str:
    """The English words for the choice ``value``, as the Model sheet writes them (the
    value itself when it has no words)."""
    return _english().get(value, value)
