"""How a scenario sets its levers: the rules the lever controls and the live preview share."""

from __future__ import annotations

from ..language import filled, translate
from ..model import Intervention, Model, Scenario, translated

__all__ = ["lever_setting", "default_start", "describe_levers"]


def lever_setting(scenario: Scenario | None, node_id: str) -> Intervention | None:
    """The intervention that sets ``node_id`` in ``scenario`` (the last one wins), or None."""
    if scenario is None:
        return None
    found = [v for v in scenario.interventions if v.node == node_id]
    return found[-1] if found else None


def default_start(scenario: Scenario) -> int:
    """The start step for a newly set lever: the scenario's earliest start (0 when none)."""
    return min((v.start for v in scenario.interventions), default=0)


def describe_levers(model: Model, scenario: Scenario, unit: str = "step") -> str:
    """The scenario's settings in words: which levers, how, from when; and its overrides
    (no space left between a name and a word of Chinese or Japanese beside it)."""
    parts = []
    for v in scenario.interventions:
        node = model.node(v.node)
        name = translated(node) if node is not None else v.node
        value = f"{v.value:+.2f}"
        if v.mode == "pulse":
            parts.append(filled(translate("levers", "{node} pulsed to {value} at {unit} {step}"),
                                node=name, value=value, unit=unit, step=v.start))
        elif v.end is None:
            parts.append(filled(translate("levers", "{node} held at {value} from {unit} {step}"),
                                node=name, value=value, unit=unit, step=v.start))
        else:
            parts.append(filled(translate(
                "levers", "{node} held at {value} from {unit} {step} to {end}"),
                node=name, value=value, unit=unit, step=v.start, end=v.end))
    for o in scenario.overrides:
        parts.append(translate("levers", "edge {source} \u2192 {target} weight {weight}").format(
            source=o.source, target=o.target, weight=f"{o.weight:+.2f}"))
    return (translate("levers", "; ").join(parts) if parts
            else translate("levers", "no levers set"))
