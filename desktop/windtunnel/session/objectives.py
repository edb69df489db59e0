"""What an objective may ask of its node: the rules the objective editor and its undo
commands share.

An objective asks for a change of its node from baseline at the last step (the model's rule,
``engine.plans.objective_met``). The model itself accepts any threshold in [0, 2] and any
importance in [0, 10]; an analyst defining one in the app is refused, with the reason,
what would score nothing or ask the impossible:

- an importance of 0 or less: it would weigh nothing in the score;
- a threshold past the largest change the node can make: its levels stay within the
  activation's range ([0, 1] for sigmoid and bivalent, [-1, 1] otherwise), the range a
  lever may be set in too (a file's scenario value outside it widens the node's), so its
  change from baseline is at most the width of that range;
- an objective that asks what another already asks (the same node, direction and
  threshold), which would count the same wish twice.
"""

from __future__ import annotations

from ..language import translate
from ..model import Model, Node, Objective, translated
from ..model.lever_range import lever_range
from ..model.vocabulary import MINUS

__all__ = ["level_range", "objective_problems"]


def level_range(model: Model, node: Node) -> tuple[float, float]:
    """The levels ``node`` can take under the model's activation and scenarios."""
    low, high = lever_range(model.settings.activation)
    held = [v.value for s in model.scenarios for v in s.interventions if v.node == node.id]
    return min([low, *held]), max([high, *held])    # a file's value outside the range counts


def objective_problems(model: Model, objective: Objective, replacing: str = "") -> list[str]:
    """Why ``objective`` may not be defined in ``model`` (none: it may), ``replacing`` the
    objective of that id when it is an edit. The element's own checks (a label, an id) and
    the model's (a known node) come after these, from the model."""
    problems = []
    if objective.importance <= 0:
        problems.append(translate(
            "objectives", "The importance must be more than 0: an objective of importance "
            "{importance:g} would count for nothing in the score.").format(
            importance=objective.importance))
    node = model.node(objective.node)
    if node is not None:
        low, high = level_range(model, node)
        if objective.threshold > high - low + 1e-12:
            problems.append(translate(
                "objectives", "A threshold of {threshold:g} is more than \u201c{node}\u201d can "
                "change: its level stays within [{low}, {high}], so it changes by at most "
                "{largest:g}.").format(threshold=objective.threshold, node=translated(node),
                                       low=_figure(low), high=_figure(high),
                                       largest=high - low))
    twin = next((o for o in model.objectives if o.id != replacing
                 and (o.node, o.direction, o.threshold)
                 == (objective.node, objective.direction, objective.threshold)), None)
    if twin is not None:
        problems.append(translate(
            "objectives", "\u201c{other}\u201d already asks the same of this node (the same "
            "direction and threshold): change that one instead.").format(other=translated(twin)))
    return problems


def _figure(value: float) -> str:
    """A level as the app writes figures: the minus sign (MINUS), not a hyphen."""
    return f"{value:g}".replace("-", MINUS)
