"""The values a lever may be set to: the levels the model's activation gives a node.

A scenario sets a lever (clamps or pulses a node) to a level the node could have reached on
its own: the sigmoid and bivalent activations give levels in [0, 1] (0: none of it, 1: all
of it), tanh, clip and trivalent in [-1, 1]. A lever at -1 in a sigmoid model would hold a
node at a level no node of that model can have, and push its neighbours with a meaning the
model does not give; the engine runs whatever value it is given, so the range is kept where
values are made:

- the lever sliders, the explorer's lever ranges and the lever sensitivity's nudges keep
  within this range, and so does the Inspector's "Initial level" of a node (a node's level
  at step 0, of the same range);
- a model file or an import whose scenarios set a lever, or whose nodes start, outside it
  is read as it is (no value changes unsaid) and :func:`out_of_range_note` names the
  scenarios and levers, and the nodes and their initial levels;
- a change of activation that leaves scenario values or initial levels outside the new
  range says which (:func:`out_of_range_levers`, :func:`out_of_range_initials`) and offers
  to bring them to the range's nearest end (:func:`brought_into_range`,
  :func:`into_range`) or to keep them.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import Problem
from ..language import translate
from .choice_words import choice_text
from .elements import Scenario
from .translations import translated

__all__ = ["lever_range", "in_lever_range", "into_range", "out_of_range_levers",
           "out_of_range_initials", "out_of_range_note", "out_of_range_text",
           "brought_into_range"]

#: The activations whose levels are in [0, 1]; every other gives levels in [-1, 1].
_ZERO_TO_ONE = ("sigmoid", "bivalent")
#: How far past an end a value may be and still count as at it (a slider's rounding).
_SLACK = 1e-9
#: How many scenario values a note names before it counts the rest.
_NAMED = 3


def lever_range(activation: str) -> tuple[float, float]:
    """The levels ``activation`` gives a node, and so the values a lever may be set to:
    (0, 1) for sigmoid and bivalent, (-1, 1) otherwise."""
    return (0.0, 1.0) if activation in _ZERO_TO_ONE else (-1.0, 1.0)


def in_lever_range(value: float, activation: str) -> bool:
    low, high = lever_range(activation)
    return low - _SLACK <= value <= high + _SLACK


def into_range(value: float, activation: str) -> float:
    """``value`` moved to the nearest end of ``activation``'s range when outside it."""
    low, high = lever_range(activation)
    return value if in_lever_range(value, activation) else min(max(value, low), high)


def out_of_range_initials(model, activation: str | None = None) -> list:
    """The nodes of ``model`` whose initial level is outside the range of ``activation``
    (default: the model's own), in the model's order."""
    activation = activation or model.settings.activation
    return [node for node in model.nodes if not in_lever_range(node.initial, activation)]


def out_of_range_levers(model, activation: str | None = None) -> list[tuple[Scenario, object]]:
    """Each (scenario, intervention) of ``model`` whose value is outside the lever range of
    ``activation`` (default: the model's own), in the model's order."""
    activation = activation or model.settings.activation
    return [(scenario, setting) for scenario in model.scenarios
            for setting in scenario.interventions
            if not in_lever_range(setting.value, activation)]


def out_of_range_text(model, activation: str | None = None, *, initials: bool = False) -> str:
    """The scenarios and levers outside the range, named for a reader: "“High tax” sets
    “Ban” to -1, ..." (the first few, then how many more); with ``initials``, the nodes
    whose initial level is outside it too ("“Ban” starts at -1"); empty when none is."""
    found = [translate("lever_range", "\u201c{scenario}\u201d sets \u201c{lever}\u201d to "
                                      "{value:g}").format(
                 scenario=translated(scenario), value=setting.value,
                 lever=translated(model.node(setting.node)) if model.node(setting.node)
                 else setting.node)
             for scenario, setting in out_of_range_levers(model, activation)]
    if initials:
        found += [translate("lever_range", "\u201c{node}\u201d starts at {value:g}").format(
            node=translated(node), value=node.initial)
            for node in out_of_range_initials(model, activation)]
    named = found[:_NAMED]
    if len(found) > _NAMED:
        named.append(translate("lever_range", "{count:,} more").format(
            count=len(found) - _NAMED))
    return translate("lever_range", "; ").join(named)


def out_of_range_note(model, activation: str | None = None) -> Problem | None:
    """The note on a model read as it is whose scenarios set levers, or whose nodes start,
    outside the range of ``activation`` (default: the model's own; a run's preset may
    choose another), no value changed, or None when every value is in range. It is placed
    at the first scenario named, or at the first node when no scenario is."""
    activation = activation or model.settings.activation
    levers = out_of_range_levers(model, activation)
    initials = out_of_range_initials(model, activation)
    if not levers and not initials:
        return None
    low, high = lever_range(activation)
    where = f"scenario {levers[0][0].id!r}" if levers else f"node {initials[0].id!r}"
    return Problem(where, translate(
        "lever_range", "{count:,} lever value(s) or initial level(s) are outside [{low:g}, "
                       "{high:g}], the levels the {activation} activation gives a node, kept "
                       "as the file has them: {named}. Set them within the range, or choose an "
                       "activation whose levels include them").format(
        count=len(levers) + len(initials), low=low, high=high,
        activation=choice_text(activation),
        named=out_of_range_text(model, activation, initials=True)))


def brought_into_range(scenario: Scenario, activation: str) -> Scenario:
    """``scenario`` with each lever value outside ``activation``'s range moved to the
    range's nearest end (the scenario itself when none is outside)."""
    settings = tuple(setting if in_lever_range(setting.value, activation)
                     else replace(setting, value=into_range(setting.value, activation))
                     for setting in scenario.interventions)
    return scenario if settings == scenario.interventions else replace(
        scenario, interventions=settings)
