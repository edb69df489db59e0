"""Property tests on random maps: explanations always add up; batches equal single runs."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings as hsettings, strategies as st

from windtunnel.engine import explain_plan, compile_model, compile_scenario, run
from windtunnel.model import (ACTIVATIONS, RULES, Edge, Intervention, Model, Node, Scenario,
                              Settings)


@st.composite
def maps(draw, acyclic=False):
    n = draw(st.integers(2, 6))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j and (not acyclic or i < j)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=len(pairs),
                           unique=True))
    weight = st.floats(-1, 1, allow_nan=False).map(lambda w: round(w, 3))
    edges = [Edge(f"n{i}", f"n{j}", draw(weight), delay=draw(st.integers(0, 2)))
             for i, j in chosen]
    lever = draw(st.integers(0, n - 1))
    start = draw(st.integers(0, 4))
    end = draw(st.one_of(st.none(), st.integers(start, 8)))
    mode = draw(st.sampled_from(["clamp", "pulse"]))
    settings = Settings(steps=10, rule=draw(st.sampled_from(RULES)),
                        activation=draw(st.sampled_from(
                            [a for a in ACTIVATIONS if a not in ("bivalent", "trivalent")])),
                        steepness=draw(st.sampled_from([0.5, 1.0, 2.0])),
                        drivers=draw(st.sampled_from(["hold", "update"])))
    return Model.from_elements(
        settings=settings,
        nodes=[Node(f"n{i}", f"N{i}", initial=draw(weight)) for i in range(n)],
        edges=edges,
        scenarios=[Scenario("s", "S", interventions=(
            Intervention(f"n{lever}", mode, draw(weight), start, end),))])


@hsettings(max_examples=30, deadline=None)
@given(maps(), st.data())
def test_explanations_add_up_to_the_change(model, data):
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("s"))
    target = data.draw(st.integers(0, network.n_nodes - 1))
    e = explain_plan(network, plan, model.settings, target)
    change = run(model).scenario("s").change[:, target]
    np.testing.assert_allclose(e.change, change, atol=1e-12)
    np.testing.assert_allclose(e.contributions.sum(axis=1), change, atol=1e-9)
    assert abs(e.source_totals.sum() - change[-1]) < 1e-9
    assert abs(e.explained + e.remainder - change[-1]) < 1e-12


@hsettings(max_examples=20, deadline=None)
@given(maps(acyclic=True), st.data())
def test_paths_explain_acyclic_maps_fully(model, data):
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("s"))
    target = data.draw(st.integers(0, network.n_nodes - 1))
    e = explain_plan(network, plan, model.settings, target, max_length=10)
    assert abs(e.remainder) < 1e-9
