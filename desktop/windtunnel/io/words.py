"""The fixed words the result sheets and the command line's reports write as values, in the
current language: the model's choices (node kinds, objective directions, the engine's
settings, the aggregation methods, loop polarities and node roles), as every reader shows
them (:mod:`windtunnel.model.choice_words`), and the sheets' own: yes and no, a scenario
sheet's series, the Explanations sheet's views, the verdict kinds and the model statistics.

The model sheets write the model's own values (the file format's words, which the importer
reads) and never go through these. This module sits beside the workbook package, not in
it, so that a command that only prints (``check``, ``run``) loads no spreadsheet library.
"""

from __future__ import annotations

from ..language import per_language, translate
from ..model.choice_words import choice_text

__all__ = ["word", "yes_no", "statistic_name"]


def word(value: str) -> str:
    """A fixed value of the result sheets in the current language (itself when unknown):
    the model's choices as every reader shows them (:mod:`windtunnel.model.choice_words`),
    and the sheets' own words."""
    return _words().get(value) or choice_text(value)


def yes_no(value: bool) -> str:
    """yes or no, in the current language."""
    return word("yes" if value else "no")


def statistic_name(name: str) -> str:
    """A model statistic's name (a field of ``engine.ModelStatistics``) for readers."""
    return _statistics().get(name, name.replace("_", " "))


@per_language
def _words() -> dict[str, str]:
    return {"yes": translate("resultsbook", "yes"),
            "no": translate("resultsbook", "no"),
            "weights": translate("resultsbook", "weights"),
            "participants": translate("resultsbook", "participants"),
            "both": translate("resultsbook", "weights and participants"),
            "change": translate("resultsbook", "change"),
            "scenario": translate("resultsbook", "scenario"),
            "baseline": translate("resultsbook", "baseline"),
            "reason": translate("resultsbook", "reason"),
            "rest": translate("resultsbook", "rest"),
            "lever": translate("resultsbook", "lever"),
            "converged": translate("resultsbook", "converged"),
            "limit cycle": translate("resultsbook", "limit cycle"),
            "not converged": translate("resultsbook", "not converged")}


@per_language
def _statistics() -> dict[str, str]:
    return {"nodes": translate("resultsbook", "nodes"),
            "edges": translate("resultsbook", "edges"),
            "density": translate("resultsbook", "density"),
            "edges_per_node": translate("resultsbook", "edges per node"),
            "drivers": translate("resultsbook", "drivers"),
            "receivers": translate("resultsbook", "receivers"),
            "ordinary": translate("resultsbook", "ordinary nodes"),
            "complexity": translate("resultsbook", "complexity (receivers / drivers)"),
            "hierarchy": translate("resultsbook", "hierarchy index")}
