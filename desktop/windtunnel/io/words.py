"""The fixed words the result sheets and the command line's reports write as values, in the
current language: yes and no, node kinds, objective directions, loop polarities, node
roles, a scenario sheet's series, the Explanations sheet's views, the verdict kinds, the
engine's settings, the aggregation methods and the model statistics.

The model sheets write the model's own values (the file format's words, which the importer
reads) and never go through these. This module sits beside the workbook package, not in
it, so that a command that only prints (``check``, ``run``) loads no spreadsheet library.
"""

from __future__ import annotations

from ..language import per_language, translate

__all__ = ["word", "yes_no", "statistic_name"]


def word(value: str) -> str:
    """A fixed value of the result sheets in the current language (itself when unknown)."""
    return _words().get(value, value)


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
            "actor": translate("resultsbook", "actor"),
            "restriction": translate("resultsbook", "restriction"),
            "factor": translate("resultsbook", "factor"),
            "increase": translate("resultsbook", "increase"),
            "decrease": translate("resultsbook", "decrease"),
            "reinforcing": translate("resultsbook", "reinforcing"),
            "balancing": translate("resultsbook", "balancing"),
            "driver": translate("resultsbook", "driver"),
            "receiver": translate("resultsbook", "receiver"),
            "ordinary": translate("resultsbook", "ordinary"),
            "isolated": translate("resultsbook", "isolated"),
            # the engine's rules and fuzzy operators by their names, as the app shows them
            # (the Model sheet writes the same names in English: model.setting_names)
            "kosko": translate("resultsbook", "Kosko"),
            "modified_kosko": translate("resultsbook", "Modified Kosko"),
            "rescaled": translate("resultsbook", "Rescaled"),
            "mamdani": translate("resultsbook", "Mamdani"),
            "larsen": translate("resultsbook", "Larsen"),
            "algebraic_sum": translate("resultsbook", "algebraic sum"),
            "einstein_sum": translate("resultsbook", "Einstein sum"),
            "hamacher_sum": translate("resultsbook", "Hamacher sum"),
            "centroid": translate("resultsbook", "centroid"),
            "bisector": translate("resultsbook", "bisector"),
            "mean_of_maxima": translate("resultsbook", "mean of maxima"),
            "bivalent": translate("resultsbook", "bivalent"),
            "trivalent": translate("resultsbook", "trivalent"),
            "clip": translate("resultsbook", "clip"),
            "initial": translate("resultsbook", "initial"),
            "ones": translate("resultsbook", "ones"),
            "hold": translate("resultsbook", "hold"),
            "update": translate("resultsbook", "update"),
            "weights": translate("resultsbook", "weights"),
            "participants": translate("resultsbook", "participants"),
            "both": translate("resultsbook", "weights and participants"),
            "change": translate("resultsbook", "change"),
            "scenario": translate("resultsbook", "scenario"),
            "baseline": translate("resultsbook", "baseline"),
            "reason": translate("resultsbook", "reason"),
            "rest": translate("resultsbook", "rest"),
            "lever": translate("resultsbook", "lever"),
            "mean": translate("resultsbook", "mean"),
            "median": translate("resultsbook", "median"),
            "linguistic": translate("resultsbook", "linguistic"),
            "include": translate("resultsbook", "include"),
            "ignore": translate("resultsbook", "ignore"),
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
