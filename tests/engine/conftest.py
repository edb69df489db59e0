"""Helpers for engine tests: tiny models built in one line."""

from __future__ import annotations

from windtunnel.model import Edge, Intervention, Model, Node, Scenario, Settings


def chain_model(*, settings: Settings | None = None, weights=(0.5, 0.5), delays=(0, 0),
                interventions=(), overrides=(), objectives=(), initial=0.0) -> Model:
    """lever -> mid -> out, with one scenario "act" holding the given interventions."""
    return Model.from_elements(
        settings=settings or Settings(steps=10, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction", initial=initial),
               Node("mid", "Middle"), Node("out", "Outcome")],
        edges=[Edge("lever", "mid", weights[0], delay=delays[0]),
               Edge("mid", "out", weights[1], delay=delays[1])],
        scenarios=[Scenario("act", "Act", interventions=tuple(interventions),
                            overrides=tuple(overrides))],
        objectives=list(objectives))


def clamp(node="lever", value=1.0, start=0, end=None, mode="clamp") -> Intervention:
    return Intervention(node, mode, value, start, end)
