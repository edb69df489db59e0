"""The work budget and the algorithms it keeps linear: refusals name the figure and the
limit before anything is allocated; schedules, delays, overrides and the tornado cost
memory in proportion to the run, not to steps x interventions or edges x edges."""

from __future__ import annotations

import tracemalloc
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from windtunnel.engine import compile_model, compile_scenario, run, simulate, tornado
from windtunnel.engine.budget import WorkLimits, check, run_cost
from windtunnel.engine.compile import FOREVER, Plan
from windtunnel.engine.simulate import _schedule
from windtunnel.engine.structure import node_metrics
from windtunnel.errors import ModelError
from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Settings,
                              WeightOverride)

from .conftest import chain_model, clamp

from conftest import examples


def peak_bytes(action) -> int:
    """Peak memory traced while ``action`` runs (numpy reports its arrays to tracemalloc)."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def star_model(nodes: int, *, steps: int = 24, **scenario) -> Model:
    """A lever feeding ``nodes - 1`` outcomes, one scenario."""
    return Model.from_elements(
        settings=Settings(steps=steps, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction")]
        + [Node(f"n{i}", f"N{i}") for i in range(1, nodes)],
        edges=[Edge("lever", f"n{i}", 0.5) for i in range(1, nodes)],
        scenarios=[Scenario("act", "Act", **scenario)],
        objectives=[Objective("goal", "Goal", "n1", "increase")])


# -- refusals -------------------------------------------------------------------------------

def test_steps_by_nodes_too_large_for_memory_are_refused_before_running():
    model = star_model(30_000, steps=10_000)
    with pytest.raises(ModelError) as caught:
        peak_bytes(lambda: run(model))
    message = str(caught.value)
    assert message.startswith("the run needs about ")
    assert "GB of memory, more than the limit of 3.0 GB (2 runs x 10,000 steps x 30,000 nodes, " \
           "29,999 edges" in message


def test_the_limits_are_parameters_and_time_is_budgeted_too():
    model = chain_model(interventions=[clamp()])
    run(model)
    with pytest.raises(ModelError, match=r"the run needs about \d+ KB of memory, more than the "
                                         r"limit of 1 KB \(2 runs x 10 steps x 3 nodes"):
        run(model, limits=WorkLimits(memory=1024))
    with pytest.raises(ModelError, match=r"the run would take about \d+ seconds \(.* updates\), more "
                                         r"than the limit of 0 seconds"):
        run(model, samples=1000, limits=WorkLimits(seconds=1e-6))


def test_samples_past_the_model_limit_are_refused_by_the_engine():
    with pytest.raises(ModelError, match="samples: 2000000 is not a whole number from 0 to "
                                         "100,000"):
        run(chain_model(), samples=2_000_000)


def test_tornado_levers_and_structure_are_budgeted():
    model = chain_model(interventions=[clamp()],
                        objectives=[Objective("goal", "Goal", "out", "increase")])
    tiny = WorkLimits(memory=10**9, seconds=1e-9)
    with pytest.raises(ModelError, match=r"^the tornado would take about .* \(4 edge variants "
                                         r"x 2 runs x 10 steps x 3 nodes, 2 edges\)"):
        tornado(model, "act", "goal", limits=tiny)
    from windtunnel.engine import lever_elasticities

    with pytest.raises(ModelError, match=r"^the lever sensitivity would take about"):
        lever_elasticities(model, "act", "goal", limits=tiny)
    with pytest.raises(ModelError, match=r"^the structure analysis would take about .* \(betweenness "
                                         r"from 3 of 3 nodes over 2 edges\)"):
        node_metrics(compile_model(model), limits=tiny)


def test_check_passes_what_fits():
    estimate = run_cost(compile_model(chain_model()), Settings(), scenarios=1)
    check(estimate)
    assert 0 < estimate.memory < 10**6 and estimate.updates > 0


# -- linear algorithms ----------------------------------------------------------------------

def reference_schedule(plan: Plan, horizon: int) -> list:
    """The schedule by brute force over every step and intervention (the old table)."""
    out = []
    for t in range(horizon + 1):
        last = {}
        for k in range(plan.n_interventions):
            on = (plan.start[k] == t) if plan.pulse[k] else plan.start[k] <= t <= plan.end[k]
            if on:
                last[int(plan.node[k])] = k
        out.append(None if not last else {n: float(plan.value[k]) for n, k in last.items()})
    return out


interventions = st.lists(st.tuples(st.integers(0, 4), st.booleans(), st.floats(-1, 1),
                                   st.integers(0, 14), st.one_of(st.integers(0, 14),
                                                                 st.just(FOREVER))),
                         max_size=12)


@hsettings(max_examples=examples(200), deadline=None)
@given(interventions, st.integers(0, 12))
def test_the_schedule_sweep_matches_the_step_by_step_definition(items, horizon):
    plan = Plan(np.zeros(0), np.array([i[0] for i in items], dtype=np.intp),
                np.array([i[1] for i in items], dtype=bool),
                np.array([i[2] for i in items], dtype=float),
                np.array([i[3] for i in items], dtype=np.intp),
                np.array([i[4] for i in items], dtype=np.intp))
    got = [None if e is None else dict(zip(e[0].tolist(), e[1].tolist()))
           for e in _schedule(plan, horizon)]
    assert got == reference_schedule(plan, horizon)


@pytest.mark.slow
def test_the_schedule_of_a_hundred_thousand_pulses_is_small():
    k = 100_000
    plan = Plan(np.zeros(0), np.arange(k) % 9, np.ones(k, dtype=bool), np.full(k, 0.5),
                np.arange(k) % 5_000, np.arange(k) % 5_000)
    peak = peak_bytes(lambda: _schedule(plan, 5_000))
    assert peak < 50 * 2**20, peak  # the steps x interventions table alone was 500 MB


@pytest.mark.slow
def test_two_hundred_thousand_pulses_cost_memory_in_proportion_to_the_run():
    pulses = tuple(Intervention(f"n{1 + i % 9}", "pulse", 0.5, i % 500)
                   for i in range(200_000))
    model = star_model(10, steps=500, interventions=pulses)
    peak = peak_bytes(lambda: run(model))
    assert peak < 100 * 2**20, peak  # a steps x interventions table alone was 100 MB


def test_a_delay_past_the_horizon_costs_no_history_and_changes_nothing():
    import scipy.sparse  # noqa: F401 - loaded before measuring

    far = chain_model(delays=(10_000, 1), interventions=[clamp()])
    near = chain_model(delays=(10, 1), interventions=[clamp()])
    network, other = compile_model(far), compile_model(near)
    plan = compile_scenario(network, far.scenario("act"))
    wide = replace(plan, weight=np.tile(network.weight, (500, 1)))
    peak = peak_bytes(lambda: simulate(network, wide, far.settings))
    assert peak < 20 * 2**20, peak  # 500 samples x 10,000 delay rows were 120 MB
    a = simulate(network, plan, far.settings).states
    b = simulate(other, compile_scenario(other, near.scenario("act")), near.settings).states
    np.testing.assert_array_equal(a, b)


@pytest.mark.slow
def test_a_hundred_thousand_overrides_check_and_compile_in_linear_time():
    nodes = [Node(f"n{i}", f"N{i}") for i in range(1_001)]
    edges = [Edge(f"n{i}", f"n{j}", 0.1) for i in range(1, 101) for j in range(1, 1_001)
             if i != j][:100_000]
    overrides = tuple(WeightOverride(e.source, e.target, -0.1) for e in edges)
    model = Model.from_elements(nodes=nodes, edges=edges,
                                scenarios=[Scenario("s", "S", overrides=overrides)])
    plan = compile_scenario(compile_model(model), model.scenario("s"))
    assert np.all(plan.weight == -0.1)
    twice = Scenario("t", "T", overrides=overrides + overrides[:1])
    assert twice.problems() == [(f"overrides[{len(overrides)}]",
                                 "edge n1 → n2 is overridden twice")]


@pytest.mark.slow
def test_the_tornado_never_holds_every_variant_at_once():
    import scipy.sparse  # noqa: F401 - loaded before measuring

    ids = [f"n{i}" for i in range(60)]
    model = Model.from_elements(
        nodes=[Node(i, i.upper(), kind="restriction" if i == "n0" else "factor") for i in ids],
        edges=[Edge(a, b, 0.05) for a in ids for b in ids if a != b],
        scenarios=[Scenario("act", "Act", interventions=(Intervention("n0"),))],
        objectives=[Objective("goal", "Goal", "n1", "increase")])
    peak = peak_bytes(lambda: tornado(model, "act", "goal"))
    assert peak < 60 * 2**20, peak   # 3,540 edges: all 7,080 variants were 200 MB


def test_a_tornado_batch_of_a_large_map_stays_within_its_bytes():
    from windtunnel.engine.budget import TORNADO_BYTES, tornado_batch

    model = star_model(3_001)
    network = compile_model(model)
    batch = tornado_batch(network, model.settings)
    assert 1 <= batch < 256
    single = run_cost(network, model.settings, scenarios=0).memory
    assert batch * single <= 2 * TORNADO_BYTES


def test_repeated_convergence_nodes_are_judged_once():
    ids = ("n1",) * 200_000 + ("n2",)
    model = star_model(3, steps=30)
    model.set_settings(Settings(steps=30, rule="kosko", activation="clip",
                                convergence_nodes=ids, stop_early=True))
    once = star_model(3, steps=30)
    once.set_settings(Settings(steps=30, rule="kosko", activation="clip",
                               convergence_nodes=("n1", "n2"), stop_early=True))
    a, b = run(model), run(once)
    np.testing.assert_array_equal(a.baseline, b.baseline)
    assert str(a.baseline_verdict) == str(b.baseline_verdict)


def test_an_explanation_is_budgeted():
    from windtunnel.engine import breakdown

    model = chain_model(interventions=[clamp()])
    assert breakdown(model, "act", "out").node == "out"
    with pytest.raises(ModelError, match=r"^the explanation needs about \d+ KB of memory, more "
                                         r"than the limit of 1 KB \(3 runs x 10 steps"):
        breakdown(model, "act", "out", limits=WorkLimits(memory=1024))
