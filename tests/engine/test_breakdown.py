"""breakdown(): by lever (Shapley), by incoming edge and by route, each adding up exactly;
the short answer of at most five reasons and a named rest."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from windtunnel.engine import breakdown, breakdown_plan, compile_model, compile_scenario, run
from windtunnel.engine import attribution
from windtunnel.engine.reasons import reasons
from windtunnel.errors import ModelError
from windtunnel.model import Edge, Model, Node, Scenario, Settings, WeightOverride

from .conftest import chain_model, clamp, scenario_maps

from conftest import examples

ATOL = 1e-9


@hsettings(max_examples=examples(60), deadline=None)
@given(scenario_maps(), st.data())
def test_every_decomposition_adds_up_to_the_change(model, data):
    """For every rule and activation, with delays, feedback, pulses, several interventions
    on one node and overrides: levers, inputs, routes and the short answer each sum to the
    change the run reports."""
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("s"))
    target = data.draw(st.integers(0, network.n_nodes - 1))
    step = data.draw(st.integers(0, model.settings.steps))
    b = breakdown_plan(network, plan, model.settings, target, step=step)
    change = run(model).scenario("s").change[:, target]
    np.testing.assert_allclose(b.change, change, atol=1e-12)
    np.testing.assert_allclose(b.by_lever.sum(axis=1), change, atol=ATOL)
    np.testing.assert_allclose(b.by_input.sum(axis=1), change, atol=ATOL)
    assert abs(sum(r.value for r in b.routes) - change[step]) < ATOL
    assert abs(sum(r.value for r in b.reasons) + b.rest.value - change[step]) < ATOL
    assert len(b.reasons) <= 5
    if abs(change[step]) > 1e-6:        # what the reasons carry is the rest's complement
        assert abs(b.carried - (1 - b.rest.value / b.total)) < 1e-6
        assert b.covered <= b.carried + 1e-9


@hsettings(max_examples=15, deadline=None)
@given(scenario_maps())
def test_sampled_shapley_values_still_add_up(model):
    """Beyond the exact limit the join orders are sampled; each order telescopes, so the
    estimate sums to the change exactly all the same."""
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("s"))
    exact = attribution.lever_shares(network, plan, model.settings)
    limit = attribution.EXACT_PLAYERS
    try:
        attribution.EXACT_PLAYERS = 0
        sampled = attribution.lever_shares(network, plan, model.settings)
    finally:
        attribution.EXACT_PLAYERS = limit
    assert not sampled.exact and sampled.orders == attribution.PERMUTATIONS
    np.testing.assert_allclose(sampled.values.sum(axis=0), exact.values.sum(axis=0), atol=ATOL)


def _two_levers(activation="clip", interaction=0.0) -> Model:
    """a -> out (0.3), b -> out (0.2), c (no edge to out); clip stays linear inside [-1, 1]."""
    return Model.from_elements(
        settings=Settings(steps=6, rule="kosko", activation=activation),
        nodes=[Node(i, i.upper(), kind="restriction" if i in "abc" else "factor")
               for i in ("a", "b", "c", "out")],
        edges=[Edge("a", "out", 0.3), Edge("b", "out", 0.2 + interaction),
               Edge("a", "b", interaction)],
        scenarios=[Scenario("s", "S", interventions=(clamp("a", 1.0, 1), clamp("b", 1.0, 1),
                                                     clamp("c", 1.0, 1)))])


def test_shapley_values_of_independent_levers_are_their_own_effects():
    """Linear and additive: each lever's share is what it does alone; c moves nothing."""
    b = breakdown(_two_levers(), "s", "out")
    assert b.levers == ("a", "b", "c") and b.lever_exact
    assert b.by_lever[-1] == pytest.approx([0.3, 0.2, 0.0])
    assert b.lever_method == "exact Shapley values (8 coalitions)"


def test_interacting_levers_split_their_interaction_evenly():
    """tanh saturates: a and b together do less than apart; Shapley shares the shortfall
    between them and still sums to the joint change."""
    model = Model.from_elements(
        settings=Settings(steps=4, rule="kosko", activation="tanh", steepness=2.0),
        nodes=[Node("a", "A", kind="restriction"), Node("b", "B", kind="restriction"),
               Node("out", "Out")],
        edges=[Edge("a", "out", 0.8), Edge("b", "out", 0.8)],
        scenarios=[Scenario("s", "S", interventions=(clamp("a", 1.0, 1), clamp("b", 1.0, 1)))])
    b = breakdown(model, "s", "out")
    alone = np.tanh(2 * 0.8)
    joint = np.tanh(2 * 1.6)
    assert b.total == pytest.approx(joint)
    assert b.by_lever[-1] == pytest.approx([joint / 2, joint / 2])
    assert b.by_lever[-1, 0] < alone


def test_routes_follow_feedback_and_name_the_lever():
    """lever -> a -> out with out -> a feedback: the routes that go around the loop are
    their own items (lever -> a -> out -> a -> out ...), all ending at the lever."""
    model = Model.from_elements(
        settings=Settings(steps=10, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("a", "A"), Node("out", "Out")],
        edges=[Edge("lever", "a", 0.5), Edge("a", "out", 0.8), Edge("out", "a", 0.5)],
        scenarios=[Scenario("s", "S", interventions=(clamp("lever", 1.0, 0),))])
    b = breakdown(model, "s", "out")
    nodes = {r.nodes for r in b.routes}
    assert ("lever", "a", "out") in nodes
    assert ("lever", "a", "out", "a", "out") in nodes
    assert all(r.origin == "lever" and r.source == "lever" for r in b.routes)
    # linear: the direct route carries 0.5 * 0.8, the first loop 0.5 * 0.8 * 0.5 * 0.8
    by_nodes = {r.nodes: r.value for r in b.routes}
    assert by_nodes[("lever", "a", "out")] == pytest.approx(0.4)
    assert by_nodes[("lever", "a", "out", "a", "out")] == pytest.approx(0.16)
    assert sum(by_nodes.values()) == pytest.approx(b.total)


def test_by_input_matches_the_edge_terms_of_a_linear_chain():
    b = breakdown(chain_model(interventions=[clamp()]), "act", "out")
    assert b.inputs == ("mid", "memory", "intervention")
    assert b.by_input[-1] == pytest.approx([0.25, 0.0, 0.0])
    (reason,) = b.reasons
    assert reason.kind == "route" and reason.nodes == ("lever", "mid", "out")
    assert reason.share == pytest.approx(1.0) and b.rest.value == 0


def test_an_override_is_a_player_and_a_route_origin():
    """The lever starts at 0.5, so the baseline already sends 0.25 through mid: the override
    (0.5 -> 0.9) pushes 0.4 * 0.25 = 0.1 more of it into out, its own route."""
    model = chain_model(interventions=[clamp()], overrides=[WeightOverride("mid", "out", 0.9)],
                        initial=0.5)
    b = breakdown(model, "act", "out")
    assert b.levers == ("lever", "mid -> out (override)")
    assert b.total == pytest.approx(0.9 * 0.5 - 0.5 * 0.25)
    assert b.by_lever[-1].sum() == pytest.approx(b.total)
    pushed = [r for r in b.routes if r.origin == "override"]
    assert [(r.nodes, r.source) for r in pushed] == [(("out",), "mid -> out (override)")]
    assert pushed[0].value == pytest.approx(0.1)


def test_routes_and_changed_weights_are_written_with_one_arrow():
    """The reasons (the Why? tab, the workbook's Explanations sheet, the command line) and
    the override's name write a route and an edge with the arrow the app writes: never
    "->" beside "\u2192"."""
    model = chain_model(interventions=[clamp()], overrides=[WeightOverride("mid", "out", 0.9)],
                        initial=0.5)
    b = breakdown(model, "act", "out")
    texts = [r.text for r in (*b.reasons, b.rest)] + list(b.lever_labels)
    assert "Lever \u2192 Middle \u2192 Outcome" in [r.text for r in b.reasons]
    assert b.lever_labels == ("Lever", "the changed weight of Middle \u2192 Outcome")
    assert not any("->" in text for text in texts)


def test_many_small_routes_are_grouped_by_the_node_they_arrive_through():
    """Eight parallel channels into a hub, the hub into out, plus a weak direct edge: the
    answer groups the channels' routes as one "via Hub" item and names the direct route."""
    channels = [f"c{i}" for i in range(8)]
    model = Model.from_elements(
        settings=Settings(steps=8, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("hub", "Hub"),
               Node("out", "Out")] + [Node(c, c.upper()) for c in channels],
        edges=[Edge("lever", c, 0.1) for c in channels]
        + [Edge(c, "hub", 0.1) for c in channels]
        + [Edge("hub", "out", 1.0), Edge("lever", "out", 0.01)],
        scenarios=[Scenario("s", "S", interventions=(clamp("lever", 1.0, 0),))])
    b = breakdown(model, "s", "out")
    via = b.reasons[0]
    assert via.kind == "via" and via.text.startswith("via Hub (8 routes")
    assert via.value == pytest.approx(0.08)
    assert b.reasons[1].kind == "route" and b.reasons[1].nodes == ("lever", "out")
    assert b.covered == pytest.approx(1.0)


def test_the_rest_is_named_when_more_than_five_groups_move_the_node():
    nodes = [f"x{i}" for i in range(8)]
    model = Model.from_elements(
        settings=Settings(steps=4, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("out", "Out")]
        + [Node(x, x.upper()) for x in nodes],
        edges=[Edge("lever", x, 0.1) for x in nodes]
        + [Edge(x, "out", 0.02 * (i + 1)) for i, x in enumerate(nodes)],
        scenarios=[Scenario("s", "S", interventions=(clamp("lever", 1.0, 0),))])
    b = breakdown(model, "s", "out")
    assert [r.nodes[1] for r in b.reasons] == ["x7", "x6", "x5", "x4", "x3"]
    assert b.rest.kind == "rest" and b.rest.text == "3 other routes (via X2, X1, X0)"
    assert b.rest.value == pytest.approx(0.002 * (1 + 2 + 3))
    assert b.covered == pytest.approx(1 - 6 / 36)
    assert sum(r.value for r in b.reasons) + b.rest.value == pytest.approx(b.total)


def test_when_five_route_groups_are_not_enough_the_levers_speak():
    """Ten equal channels: five carry half the change, under 80 %; the two levers' Shapley
    values carry all of it and are shown instead."""
    channels = [f"x{i}" for i in range(10)]
    model = Model.from_elements(
        settings=Settings(steps=4, rule="kosko", activation="clip"),
        nodes=[Node("l1", "L1", kind="restriction"), Node("l2", "L2", kind="restriction"),
               Node("out", "Out")] + [Node(x, x.upper()) for x in channels],
        edges=[Edge("l1" if i % 2 else "l2", x, 0.1) for i, x in enumerate(channels)]
        + [Edge(x, "out", 0.05) for x in channels],
        scenarios=[Scenario("s", "S", interventions=(clamp("l1", 1.0, 0),
                                                     clamp("l2", 1.0, 0)))])
    b = breakdown(model, "s", "out")
    labels = {n.id: n.label for n in model.nodes}
    routes_only, _ = reasons([(r.nodes, r.origin, r.value, r.source) for r in b.routes],
                             b.total, labels)
    assert len(routes_only) == 5
    assert [r.kind for r in b.reasons] == ["lever", "lever"] and b.covered == pytest.approx(1)
    assert [r.value for r in b.reasons] == pytest.approx([0.025, 0.025])


def test_step_out_of_range_and_unknown_names_are_refused():
    model = chain_model(interventions=[clamp()])
    with pytest.raises(ModelError, match="outside 0..10"):
        breakdown(model, "act", "out", step=11)
    with pytest.raises(ModelError, match="valid nodes"):
        breakdown(model, "act", "ghost")


def test_frames():
    b = breakdown(chain_model(interventions=[clamp()]), "act", "out")
    assert list(b.to_frame()["kind"]) == ["route", "rest"]
    assert list(b.to_frame("levers").columns) == ["lever"]
    assert b.to_frame("routes")["route"][0] == "lever -> mid -> out"
    with pytest.raises(ModelError, match="unknown view"):
        b.to_frame("nope")


def test_chunks_and_the_work_cap_keep_the_values_adding_up(monkeypatch):
    """One coalition per chunk gives the same values; past the work cap the values are
    sampled (and still add up), with at least MIN_ORDERS orders."""
    model = _two_levers(interaction=0.4)
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("s"))
    whole = attribution.lever_shares(network, plan, model.settings)
    monkeypatch.setattr(attribution, "CHUNK_VALUES", 1)
    np.testing.assert_allclose(attribution.lever_shares(network, plan, model.settings).values,
                               whole.values, atol=1e-12)
    monkeypatch.setattr(attribution, "WORK", 10)
    capped = attribution.lever_shares(network, plan, model.settings)
    assert not capped.exact and capped.orders == attribution.MIN_ORDERS
    np.testing.assert_allclose(capped.values.sum(axis=0), whole.values.sum(axis=0), atol=1e-12)


@hsettings(max_examples=examples(25), deadline=None)
@given(scenario_maps())
def test_a_masked_batch_equals_runs_of_each_coalition(model):
    """The simulator's per-sample intervention mask: each row of one batch equals a plain
    run of the scenario with only that row's interventions (later ones still winning)."""
    from dataclasses import replace

    from windtunnel.engine import simulate

    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("s"))
    k = plan.n_interventions
    masks = ((np.arange(2 ** k)[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)
    settings = replace(model.settings, stop_early=False)
    batch = simulate(network, replace(plan, enabled=masks), settings).states
    for row, mask in enumerate(masks):
        keep = np.flatnonzero(mask)
        alone = replace(plan, node=plan.node[keep], pulse=plan.pulse[keep],
                        value=np.asarray(plan.value)[keep], start=plan.start[keep],
                        end=plan.end[keep])
        np.testing.assert_allclose(batch[:, row], simulate(network, alone, settings).states[:, 0],
                                   atol=1e-12)
