"""Scenario discovery for an exploration: where does an option fail, in words.

For one option, the *cases* are the futures in which it fails: misses any objective, or
one named objective. PRIM (prim.py) finds boxes of uncertain edge weights where the cases
concentrate; :func:`sentence` reads a box as the analyst would say it: "Foreign-national
access ban misses Limit misuse risk in 91% of futures where distillation → rival-labs ≥
0.40 and proxies → restricted-access ≥ 0.30 (15% of all futures, 62% of its misses)".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import filled, translate
from ..model import translated
from ..model.vocabulary import share_decimals
from .experiments import Experiments
from .prim import Box, prim

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["Discovery", "discover", "sentence", "boxes_frame"]


@dataclass(frozen=True)
class Discovery:
    """The boxes where ``option`` fails ``objective`` (None: fails any objective)."""

    option: str
    label: str
    objective: str | None
    objective_label: str | None
    failure_share: float            # share of all futures in which it fails
    boxes: tuple[Box, ...]
    categories: dict[str, tuple[str, ...]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)   # uncertainty -> as a reader reads it

    def sentences(self) -> list[str]:
        return [sentence(self, box) for box in self.boxes]

    def summary(self) -> str:
        """What to say when no box was found (in the current language): it never fails,
        always fails, or fails with no concentration of conditions."""
        option, goal, share = self.label, self.objective_label, self.failure_share
        some = f"{share:.{share_decimals(share)}%}"     # never 0% or 100%: see there
        if share == 0:
            text = (translate("discovery", "{option} meets {objective} in every future") if goal
                    else translate("discovery", "{option} meets every objective in every future"))
        elif share == 1:
            text = (translate("discovery", "{option} misses {objective} in every future") if goal
                    else translate("discovery", "{option} fails in every future"))
        else:
            text = (translate("discovery", "{option} misses {objective} in {share} of futures, "
                                           "in no box of conditions with 80% failures") if goal
                    else translate("discovery", "{option} fails in {share} of futures, in no "
                                                "box of conditions with 80% failures"))
        return filled(text, option=option, objective=goal, share=some)


def discover(experiments: Experiments, option: str, objective: str | None = None, *,
             threshold: float = 0.8, boxes: int = 3) -> Discovery:
    """PRIM boxes of the futures in which ``option`` (an id) misses ``objective`` (an id;
    None = misses any objective)."""
    ids = [o.id for o in experiments.options]
    if option not in ids:
        raise ModelError(Problem("option", translate("discovery", "there is no option {option!r}; options: "
                                                                  "{ids}").format(
                                               option=option, ids=", ".join(ids))))
    o = ids.index(option)
    met = experiments.met()[o]                         # (F, J)
    goal = None
    if objective is None:
        fails = ~met.all(axis=1)
    else:
        goals = [g.id for g in experiments.objectives]
        if objective not in goals:
            raise ModelError(Problem("objective", translate("discovery", "there is no objective {objective!r}; "
                                                                         "objectives: {goals}").format(
                                                      objective=objective, goals=", ".join(goals))))
        goal = experiments.objectives[goals.index(objective)]
        fails = ~met[:, goals.index(objective)]
    found = prim(experiments.futures, fails, experiments.uncertainties, threshold=threshold,
                 boxes=boxes) if 0 < fails.sum() < len(fails) else []
    return Discovery(option, experiments.options[o].label, objective,
                     translated(goal) if goal else None, float(fails.mean()), tuple(found),
                     experiments.categories, experiments.uncertainty_names())


def sentence(discovery: Discovery, box: Box) -> str:
    """One box as a sentence in the current language: who fails what, how often, under
    which conditions."""
    text = (translate("discovery", "{option} misses {objective} in {density:.0%} of futures where "
                                   "{conditions} ({mass:.0%} of all futures, {coverage:.0%} of its "
                                   "misses)") if discovery.objective_label
            else translate("discovery", "{option} misses an objective in {density:.0%} of futures "
                                        "where {conditions} ({mass:.0%} of all futures, "
                                        "{coverage:.0%} of its misses)"))
    return filled(text, option=discovery.label, objective=discovery.objective_label,
                  density=box.density,
                  conditions=box.conditions(discovery.categories, names=discovery.names),
                  mass=box.mass, coverage=box.coverage)


def boxes_frame(discoveries: list[Discovery]) -> pd.DataFrame:
    """One row per restriction of every box (the workbook's Boxes sheet)."""
    import pandas as pd

    rows = []
    for item in discoveries:
        for number, box in enumerate(item.boxes, 1):
            for r in box.restrictions or (None,):
                rows.append({"option": item.option, "objective": item.objective or translate("discovery", "all"),
                             "box": number, "density": box.density, "coverage": box.coverage,
                             "mass": box.mass,
                             "uncertain weight": item.names.get(r.name, r.name) if r else "",
                             "at least": np.nan if r is None or r.low is None else r.low,
                             "at most": np.nan if r is None or r.high is None else r.high,
                             "sentence": sentence(item, box)})
    return pd.DataFrame(rows, columns=["option", "objective", "box", "density", "coverage",
                                       "mass", "uncertain weight", "at least", "at most",
                                       "sentence"])
