"""Guaranteed bounds: every weight choice inside [low, high] stays inside the bounds."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from windtunnel.engine import compile_model, compile_scenario, simulate
from windtunnel.engine.intervals import bounds, change_bounds
from windtunnel.model import ACTIVATIONS, RULES, Edge, Model, Node, Scenario, Settings

from .conftest import chain_model, clamp

from conftest import examples


def test_a_chain_by_hand():
    """lever (clamped at 1) -> mid (weight 0.5, explicit range 0.4..0.6) -> out (0.5, high
    confidence: 0.45..0.55), Kosko, clip: mid in [0.4, 0.6], out in [0.18, 0.33]."""
    model = chain_model(interventions=[clamp()])
    model.update_edge("lever", "mid", low=0.4, high=0.6)
    model.update_edge("mid", "out", confidence="high")
    net = compile_model(model)
    b = bounds(net, compile_scenario(net, model.scenario("act")), model.settings)
    assert (b.lower[-1, 1], b.upper[-1, 1]) == pytest.approx((0.4, 0.6))
    assert (b.lower[-1, 2], b.upper[-1, 2]) == pytest.approx((0.4 * 0.45, 0.6 * 0.55))
    change = change_bounds(net, compile_scenario(net, model.scenario("act")), model.settings)
    assert (change.lower[-1, 2], change.upper[-1, 2]) == pytest.approx((0.18, 0.33))


@st.composite
def uncertain_maps(draw):
    n = draw(st.integers(2, 6))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=len(pairs),
                           unique=True))
    weight = st.floats(-1, 1, allow_nan=False).map(lambda w: round(w, 3))
    edges = [Edge(f"n{i}", f"n{j}", draw(weight), delay=draw(st.integers(0, 2)),
                  confidence=draw(st.sampled_from(["low", "medium", "high"])))
             for i, j in chosen]
    start = draw(st.integers(0, 3))
    settings = Settings(steps=10, rule=draw(st.sampled_from(RULES)),
                        activation=draw(st.sampled_from(ACTIVATIONS)),
                        steepness=draw(st.sampled_from([0.5, 1.0, 3.0])),
                        drivers=draw(st.sampled_from(["hold", "update"])))
    return Model.from_elements(
        settings=settings, nodes=[Node(f"n{i}", f"N{i}", initial=draw(weight)) for i in range(n)],
        edges=edges, scenarios=[Scenario("s", "S", interventions=(
            clamp(f"n{draw(st.integers(0, n - 1))}", draw(weight), start),))])


@hsettings(max_examples=examples(50), deadline=None)
@given(uncertain_maps(), st.integers(0, 2**31))
def test_every_weight_choice_in_the_ranges_stays_inside(model, seed):
    """200 random weight vectors inside the ranges (every rule and activation, delays,
    feedback): every trajectory lies inside the bounds at every step."""
    net = compile_model(model)
    plan = compile_scenario(net, model.scenario("s"))
    rng = np.random.default_rng(seed)
    low, high = np.minimum(net.low, net.high), np.maximum(net.low, net.high)
    weights = rng.uniform(low, high, size=(200, net.n_edges))
    weights[:2] = low, high
    from dataclasses import replace

    states = simulate(net, replace(plan, weight=weights), model.settings).states
    b = bounds(net, plan, model.settings)
    assert np.all(states >= b.lower[:, None, :] - 1e-9)
    assert np.all(states <= b.upper[:, None, :] + 1e-9)


@pytest.mark.parametrize("rule", RULES)
def test_a_map_without_edges_has_the_bounds_of_its_own_levels(rule):
    """No edge: each node's input is its own level alone (modified Kosko, rescaled) or
    nothing, so the bounds are one trajectory, the simulator's."""
    model = Model.from_elements(settings=Settings(rule=rule, steps=5),
                                nodes=[Node("a", "A", kind="restriction", initial=0.5),
                                       Node("b", "B", initial=-0.3)],
                                scenarios=[Scenario("s", "S")])
    net = compile_model(model)
    plan = compile_scenario(net, model.scenario("s"))
    b = bounds(net, plan, model.settings)
    run = simulate(net, plan, model.settings)
    assert np.allclose(b.lower, b.upper)
    assert np.allclose(b.lower, run.states[:, 0, :])
