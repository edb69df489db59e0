"""The update rule, activations, delays, interventions and conventions, checked by hand."""

from __future__ import annotations

import importlib
import math
from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import (activate, compile_model, compile_scenario, empty_plan,
                               network_from_matrix, simulate)
from windtunnel.model import Settings

from .conftest import chain_model, clamp


def test_activations_by_hand():
    x = np.array([-2.0, 0.0, 0.5])
    np.testing.assert_allclose(activate(x.copy(), "sigmoid", 2.0),
                               [1 / (1 + math.exp(4)), 0.5, 1 / (1 + math.exp(-1))])
    np.testing.assert_allclose(activate(x.copy(), "tanh", 1.0), np.tanh(x))
    np.testing.assert_array_equal(activate(x.copy(), "bivalent", 1.0), [0, 0, 1])
    np.testing.assert_array_equal(activate(x.copy(), "trivalent", 1.0), [-1, 0, 1])
    np.testing.assert_allclose(activate(x.copy(), "clip", 3.0), [-1, 0, 1])
    np.testing.assert_allclose(activate(x.copy(), "clip", 1.0), [-1, 0, 0.5])


@pytest.mark.parametrize("rule,expected", [
    # a = (1, 0), w(0->1) = 0.5, clip: kosko a1 = 0.5*1; modified adds a1's own 0;
    # rescaled: (2*0 - 1) + 0.5 * (2*1 - 1) = -0.5
    ("kosko", [0.0, 0.5]), ("modified_kosko", [1.0, 0.5]), ("rescaled", [1.0, -0.5])])
def test_rules_one_step_by_hand(rule, expected):
    net = network_from_matrix([[0, 0.5], [0, 0]], [1.0, 0.0])
    settings = Settings(steps=1, rule=rule, activation="clip", drivers="update")
    sim = simulate(net, empty_plan(net), settings)
    np.testing.assert_allclose(sim.states[1, 0], expected)


def test_delay_reads_the_source_d_steps_back():
    """lever held at 1 from step 0; w = 0.5 with delay 2: mid = 0.5 from step 3 on (step t+1
    reads the lever at t - 2, and before step 0 the lever is at its start value 0)."""
    model = chain_model(delays=(2, 0), interventions=[clamp(start=1)])
    net = compile_model(model)
    sim = simulate(net, compile_scenario(net, model.scenario("act")), model.settings)
    mid = sim.states[:, 0, 1]
    np.testing.assert_allclose(mid[:6], [0, 0, 0, 0, 0.5, 0.5])
    out = sim.states[:, 0, 2]
    np.testing.assert_allclose(out[:7], [0, 0, 0, 0, 0, 0.25, 0.25])


def test_clamp_to_zero_is_a_real_clamp_and_ends_inclusively():
    """A clamp to 0 on a node that would otherwise rise holds it at 0 over [2, 4]."""
    model = chain_model(initial=1.0, interventions=[clamp("mid", 0.0, start=2, end=4)],
                        settings=Settings(steps=8, rule="kosko", activation="clip",
                                          drivers="hold"))
    net = compile_model(model)
    mid = simulate(net, compile_scenario(net, model.scenario("act")),
                   model.settings).states[:, 0, 1]
    np.testing.assert_allclose(mid, [0, 0.5, 0, 0, 0, 0.5, 0.5, 0.5, 0.5])


def test_pulse_sets_once_and_schedule_bans_then_lifts():
    """Pulse on the lever at step 3 (drivers update: a driver with no input decays to f(0)=0
    the step after); a schedule: ban (1.0) over [3, 7], lifted (0.0) from step 8."""
    settings = Settings(steps=10, rule="kosko", activation="clip", drivers="update")
    model = chain_model(settings=settings, interventions=[clamp(value=0.8, start=3,
                                                                mode="pulse")])
    net = compile_model(model)
    lever = simulate(net, compile_scenario(net, model.scenario("act")), settings).states[:, 0, 0]
    np.testing.assert_allclose(lever, [0, 0, 0, 0.8, 0, 0, 0, 0, 0, 0, 0])
    model = chain_model(settings=settings, interventions=[clamp(value=1.0, start=3, end=7),
                                                          clamp(value=0.0, start=8)])
    lever = simulate(net, compile_scenario(net, model.scenario("act")), settings).states[:, 0, 0]
    np.testing.assert_allclose(lever, [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0])


def test_later_intervention_wins_on_overlap():
    settings = Settings(steps=4, rule="kosko", activation="clip")
    model = chain_model(settings=settings, interventions=[clamp(value=1.0),
                                                          clamp(value=0.3, start=2, end=2)])
    net = compile_model(model)
    lever = simulate(net, compile_scenario(net, model.scenario("act")), settings).states[:, 0, 0]
    np.testing.assert_allclose(lever, [1, 1, 0.3, 1, 1])


def test_drivers_hold_versus_update():
    """A driver at 0.6 with no input: held (FCMpy) it stays 0.6; updated (Mental Modeler,
    R fcm) under kosko + sigmoid it becomes f(0) = 0.5."""
    net = network_from_matrix([[0, 0.5], [0, 0]], [0.6, 0.0])
    held = simulate(net, empty_plan(net), Settings(steps=3, rule="kosko", drivers="hold"))
    free = simulate(net, empty_plan(net), Settings(steps=3, rule="kosko", drivers="update"))
    np.testing.assert_allclose(held.states[:, 0, 0], 0.6)
    np.testing.assert_allclose(free.states[1:, 0, 0], 0.5)


def test_start_ones_versus_initial():
    model = chain_model(settings=Settings(steps=2, start="ones", rule="kosko",
                                          activation="clip", drivers="update"))
    net = compile_model(model)
    np.testing.assert_array_equal(net.initial, [1, 1, 1])
    sim = simulate(net, empty_plan(net), model.settings)
    np.testing.assert_allclose(sim.states[1, 0], [0, 0.5, 0.5])


def test_stop_early_and_strict_tolerance_and_counting():
    """A chain settles at step 2 exactly (changes 0 after): with tolerance 0 the
    non-strict rule (<=) converges, the strict one (<) never does."""
    model = chain_model(interventions=[clamp()], settings=Settings(
        steps=10, rule="kosko", activation="clip", tolerance=0.0, stop_early=True))
    net = compile_model(model)
    plan = compile_scenario(net, model.scenario("act"))
    sim = simulate(net, plan, model.settings)
    assert sim.steps_run == 3 and str(sim.verdicts[0]) == "converged at step 3"
    counted = simulate(net, plan, replace(model.settings, count_initial=True))
    assert str(counted.verdicts[0]) == "converged at step 4"
    strict = simulate(net, plan, replace(model.settings, strict=True))
    assert strict.steps_run == 10 and strict.verdicts[0].kind == "not converged"


def test_convergence_waits_for_scheduled_interventions():
    model = chain_model(interventions=[clamp(start=6)], settings=Settings(
        steps=12, rule="kosko", activation="clip", stop_early=True))
    net = compile_model(model)
    sim = simulate(net, compile_scenario(net, model.scenario("act")), model.settings)
    assert sim.states[-1, 0, 2] == pytest.approx(0.25)
    assert sim.verdicts[0].step == 9


def test_interventions_after_the_horizon_do_not_hold_up_convergence():
    model = chain_model(interventions=[clamp(start=50)], settings=Settings(
        steps=10, rule="kosko", activation="clip"))
    net = compile_model(model)
    sim = simulate(net, compile_scenario(net, model.scenario("act")), model.settings)
    assert str(sim.verdicts[0]) == "converged at step 1"


def test_limit_cycle_and_not_converged():
    """Two nodes that negate each other under the trivalent rule flip forever: period 2.
    A slow sigmoid drift with a tiny tolerance and few steps is not converged."""
    net = network_from_matrix([[0, -1.0], [1.0, 0]], [1.0, 1.0])
    sim = simulate(net, empty_plan(net), Settings(steps=12, rule="kosko",
                                                  activation="trivalent", drivers="update"))
    assert str(sim.verdicts[0]) == "limit cycle of period 4"
    flip = network_from_matrix([[-1.0]], [1.0])
    sim = simulate(flip, empty_plan(flip), Settings(steps=9, rule="kosko",
                                                    activation="trivalent"))
    assert str(sim.verdicts[0]) == "limit cycle of period 2"
    slow = network_from_matrix([[0.9]], [0.1])
    sim = simulate(slow, empty_plan(slow), Settings(steps=3, rule="modified_kosko",
                                                    activation="clip", tolerance=1e-9))
    assert str(sim.verdicts[0]) == "not converged by step 3"


def test_convergence_judged_on_chosen_nodes_only():
    net = network_from_matrix([[-1.0, 0], [0, 0]], [1.0, 0.3])
    settings = Settings(steps=6, rule="kosko", activation="trivalent", drivers="hold")
    everything = simulate(net, empty_plan(net), settings)
    chosen = simulate(net, empty_plan(net), settings, convergence=np.array([1]))
    assert everything.verdicts[0].kind == "limit cycle"
    assert str(chosen.verdicts[0]) == "converged at step 1"


def _reference(matrix, delay, initial, steps, rule, activation, steepness, hold):
    """A plain loop over steps, nodes and edges: the update rule as written in the docs."""
    n = len(initial)
    c, k = (2.0, 1.0) if rule == "rescaled" else (1.0, {"kosko": 0.0}.get(rule, 1.0))
    g = lambda a: c * a - (c - 1.0)                                   # noqa: E731
    states = [np.array(initial, float)]
    driver = [not any(matrix[j][i] for j in range(n)) for i in range(n)]
    for t in range(steps):
        new = np.empty(n)
        for i in range(n):
            u = k * g(states[t][i])
            for j in range(n):
                if matrix[j][i]:
                    u += matrix[j][i] * g(states[max(t - delay[j][i], 0)][j])
            new[i] = activate(np.array([u]), activation, steepness)[0]
            if hold and driver[i]:
                new[i] = initial[i]
        states.append(new)
    return np.array(states)


@pytest.mark.parametrize("dense_ratio", [0, 10**9], ids=["edge-list", "dense"])
@pytest.mark.parametrize("rule,activation", [("rescaled", "tanh"), ("kosko", "sigmoid"),
                                             ("modified_kosko", "clip")])
def test_vectorised_batch_equals_a_plain_loop_and_single_runs(rule, activation, dense_ratio,
                                                              monkeypatch):
    monkeypatch.setattr(importlib.import_module("windtunnel.engine.propagate"), "DENSE_RATIO",
                        dense_ratio)
    rng = np.random.default_rng(5)
    n = 25
    matrix = np.where(rng.random((n, n)) < 0.12, rng.uniform(-1, 1, (n, n)), 0.0)
    np.fill_diagonal(matrix, 0.0)
    delay = rng.integers(0, 4, (n, n))
    initial = rng.uniform(-1, 1, n)
    net = network_from_matrix(matrix, initial, delay=delay)
    settings = Settings(steps=12, rule=rule, activation=activation, steepness=0.7,
                        drivers="hold")
    single = simulate(net, empty_plan(net), settings).states[:, 0]
    expected = _reference(matrix, delay, initial, 12, rule, activation, 0.7, True)
    np.testing.assert_allclose(single, expected, atol=1e-12)
    weights = np.clip(net.weight[None, :] * rng.uniform(0.5, 1.5, (4, net.n_edges)), -1, 1)
    batch = simulate(net, empty_plan(net, weights), settings).states
    for s in range(4):
        one = simulate(net, empty_plan(net, weights[s]), settings).states
        np.testing.assert_allclose(batch[:, s], one[:, 0], atol=1e-12)


def test_cycle_search_finds_the_smallest_period_per_sample():
    """Period 3 (not its multiple 6), whatever the width of the state; a constant sample in
    the same batch is converged."""
    from windtunnel.engine.verdict import judge

    pattern = np.array([0.1, 0.5, 0.9])
    for width in (4, 30_000):
        states = np.tile(pattern[np.arange(61) % 3][:, None, None], (1, 2, width))
        states[:, 1] = 0.2                                    # sample 1 is constant
        verdicts = judge(states, tolerance=1e-9, strict=False)
        assert str(verdicts[0]) == "limit cycle of period 3"
        assert str(verdicts[1]) == "converged at step 1"
        assert verdicts.shares() == {"converged": 0.5, "limit cycle": 0.5,
                                     "not converged": 0.0}


def test_a_slowly_damped_oscillation_is_not_a_limit_cycle():
    """Two neighbouring periods of x(t) = 0.5 + 0.1 (-1)^t 0.9999^t differ by ~2e-6, inside
    the tolerance, yet the swing shrinks over the window: not a cycle, and not converged
    (each step still moves ~0.2)."""
    from windtunnel.engine.verdict import judge

    t = np.arange(61)
    damped = (0.5 + 0.1 * (-1.0) ** t * 0.9999 ** t)[:, None, None]
    verdict = judge(damped, tolerance=1e-5, strict=False)[0]
    assert str(verdict) == "not converged by step 60"
    steady = (0.5 + 0.1 * (-1.0) ** t)[:, None, None]
    assert str(judge(steady, tolerance=1e-5, strict=False)[0]) == "limit cycle of period 2"


def _random_network(seed=3, n=30, delays=True):
    rng = np.random.default_rng(seed)
    matrix = np.where(rng.random((n, n)) < 0.1, rng.uniform(-1, 1, (n, n)), 0.0)
    delay = rng.integers(0, 3, (n, n)) if delays else None
    return network_from_matrix(matrix, rng.uniform(-1, 1, n), delay=delay), rng


def test_a_sample_gives_the_same_bits_alone_or_in_a_batch_of_any_size():
    """The sparse form sums each node's terms in one order whatever the batch size."""
    net, rng = _random_network()
    settings = Settings(steps=15, rule="modified_kosko", activation="tanh", drivers="update")
    weights = np.clip(net.weight * rng.uniform(0.5, 1.5, (9, net.n_edges)), -1, 1)
    batch = simulate(net, empty_plan(net, weights), settings).states
    for s in (0, 4, 8):
        alone = simulate(net, empty_plan(net, weights[s:s + 1]), settings).states[:, 0]
        assert np.array_equal(alone, batch[:, s])
    pair = simulate(net, empty_plan(net, weights[3:5]), settings).states
    assert np.array_equal(pair, batch[:, 3:5])


def test_scipys_public_product_gives_the_same_numbers_as_its_kernel(monkeypatch):
    net, rng = _random_network(seed=8)
    settings = Settings(steps=10, rule="rescaled", activation="sigmoid")
    weights = np.clip(net.weight * rng.uniform(0.5, 1.5, (3, net.n_edges)), -1, 1)
    fast = simulate(net, empty_plan(net, weights), settings).states
    monkeypatch.setattr(importlib.import_module("windtunnel.engine.propagate"), "_matvec", None)
    slow = simulate(net, empty_plan(net, weights), settings).states
    np.testing.assert_allclose(slow, fast, rtol=0, atol=1e-15)


@pytest.mark.parametrize("stop_early", [False, True])
def test_verdicts_are_the_same_measured_in_the_loop_or_after_it(stop_early, monkeypatch):
    module = importlib.import_module("windtunnel.engine.simulate")
    net, rng = _random_network(seed=11, delays=False)
    settings = Settings(steps=40, rule="kosko", activation="sigmoid", drivers="update",
                        tolerance=1e-3, stop_early=stop_early)
    weights = np.clip(net.weight * rng.uniform(0.2, 1.8, (6, net.n_edges)), -1, 1)
    runs = []
    for track_values in (0, 10**9):
        monkeypatch.setattr(module, "TRACK_VALUES", track_values)
        runs.append(simulate(net, empty_plan(net, weights), settings))
    (inside, after) = runs
    assert np.array_equal(inside.states, after.states)
    for field in ("kind", "step", "period"):
        assert np.array_equal(getattr(inside.verdicts, field), getattr(after.verdicts, field))
    assert (inside.verdicts.kind == 0).any()          # the comparison covers convergence
