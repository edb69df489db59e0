"""Helpers for engine tests: tiny models built in one line."""

from __future__ import annotations

from hypothesis import strategies as st

from windtunnel.model import (ACTIVATIONS, RULES, Edge, Intervention, Model, Node, Scenario,
                              Settings, WeightOverride)


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


@st.composite
def scenario_maps(draw):
    """Random maps with feedback and delays, every rule and activation, one to four levers
    (clamps and pulses, some on the same node) and sometimes an override."""
    n = draw(st.integers(2, 7))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=len(pairs),
                           unique=True))
    weight = st.floats(-1, 1, allow_nan=False).map(lambda w: round(w, 3))
    edges = [Edge(f"n{i}", f"n{j}", draw(weight), delay=draw(st.integers(0, 3)))
             for i, j in chosen]
    interventions = []
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, 4))
        interventions.append(Intervention(
            f"n{draw(st.integers(0, n - 1))}", draw(st.sampled_from(["clamp", "pulse"])),
            draw(weight), start, draw(st.one_of(st.none(), st.integers(start, 9)))))
    overrides = ()
    if draw(st.booleans()):
        i, j = draw(st.sampled_from(chosen))
        overrides = (WeightOverride(f"n{i}", f"n{j}", draw(weight)),)
    settings = Settings(steps=12, rule=draw(st.sampled_from(RULES)),
                        activation=draw(st.sampled_from(ACTIVATIONS)),
                        steepness=draw(st.sampled_from([0.5, 1.0, 2.0, 5.0])),
                        drivers=draw(st.sampled_from(["hold", "update"])))
    return Model.from_elements(
        settings=settings,
        nodes=[Node(f"n{i}", f"N{i}", initial=draw(weight)) for i in range(n)],
        edges=edges,
        scenarios=[Scenario("s", "S", interventions=tuple(interventions),
                            overrides=overrides)])
