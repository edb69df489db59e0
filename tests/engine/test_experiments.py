"""Experiments: designs, outcomes equal to plain runs, reproducibility whatever the chunking,
progress, cancel, refusals."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import Cancelled, WorkLimits, compile_model, compile_scenario
from windtunnel.engine.designs import (FUTURE_BLOCK, LeverRange, block_uniforms, future_space,
                                       lever_points)
from windtunnel.engine.experiments import (OPTIONS_PER_TASK, TASKS_PER_WORKER, explore,
                                           prepare, run_task, tasks)
from windtunnel.engine.plans import run_plan
from windtunnel.errors import ModelError
from windtunnel.model import Objective, Scenario, WeightOverride, load
from windtunnel.paths import bundled_model

from .conftest import chain_model, clamp


@pytest.fixture(scope="module")
def bundled():
    return load(bundled_model("ai-export-controls-2026.wtm"))


def lever_model():
    """chain_model with a lever scenario, a weight override and two objectives."""
    return chain_model(
        weights=(0.6, -0.7), interventions=(clamp(value=0.8, start=1),),
        overrides=(WeightOverride("mid", "out", -0.4),),
        objectives=[Objective("mid-up", "Raise mid", "mid", "increase", threshold=0.05),
                    Objective("out-down", "Lower out", "out", "decrease", threshold=0.01)])


def test_outcomes_are_the_change_from_baseline_in_the_same_future():
    model = lever_model()
    result = explore(model, levers=[LeverRange("lever", 0.0, 1.0)], policies=4, futures=50,
                     workers=1, seed=7)
    network = compile_model(model)
    space = future_space(network)
    assert result.outcomes.shape == (1 + 4, 50, 2)
    assert result.futures.shape == (50, space.dimensions)
    for f in (0, 17, 49):
        weights = network.weight.copy()
        weights[space.edges] = result.futures[f]
        base, _ = run_plan(network, replace(compile_scenario(network, None), weight=weights),
                           model.settings)
        for o, option in enumerate(result.options):
            if option.kind == "scenario":
                plan = compile_scenario(network, model.scenario(option.id))
            else:
                plan = compile_scenario(network, None).with_clamp(network.index("lever"),
                                                                  option.levers[0])
                plan = replace(plan, start=np.array([1]))
            shifted = np.clip(weights + plan.weight - network.weight, -1, 1)  # overrides
            states, _ = run_plan(network, replace(plan, weight=shifted), model.settings)
            change = states[-1, 0] - base[-1, 0]
            expected = [change[network.index("mid")], change[network.index("out")]]
            np.testing.assert_allclose(result.outcomes[o, f], expected, rtol=0, atol=1e-12)


def test_weights_stay_within_bounds_and_lever_values_within_ranges():
    model = lever_model()
    result = explore(model, scenarios=[], levers=[LeverRange("lever", 0.2, 0.6)], policies=9,
                     futures=300, workers=1, seed=1)
    network = compile_model(model)
    space = future_space(network)
    assert (result.futures >= space.low).all() and (result.futures <= space.high).all()
    values = result.lever_values[:, 0]
    assert ((values >= 0.2) & (values <= 0.6)).all()
    # a Latin hypercube of 9 points puts one point in each ninth of the range
    assert sorted(((values - 0.2) / 0.4 * 9).astype(int)) == list(range(9))


def test_factorial_levers_and_discrete_levels():
    levers = [LeverRange("a", 0.0, 1.0, 2), LeverRange("b", -1.0, 1.0, 3)]
    points = lever_points(levers, "factorial", 0, seed=1)
    assert points.tolist() == [[0, -1], [0, 0], [0, 1], [1, -1], [1, 0], [1, 1]]
    snapped = lever_points([LeverRange("a", 0.0, 1.0, 5)], "lhs", 20, seed=3)
    assert set(snapped[:, 0]) <= {0.0, 0.25, 0.5, 0.75, 1.0}


def test_latin_hypercube_strata_within_every_block():
    u = block_uniforms("lhs", 6, FUTURE_BLOCK + 10, 0, seed=5)
    assert u.shape == (FUTURE_BLOCK, 6)
    for column in u.T:
        assert len(set((column * FUTURE_BLOCK).astype(int))) == FUTURE_BLOCK
    last = block_uniforms("lhs", 6, FUTURE_BLOCK + 10, 1, seed=5)
    assert last.shape == (10, 6)


def test_sobol_blocks_continue_one_sequence():
    """Block b of a Sobol' design is points b * FUTURE_BLOCK ... of one scrambled sequence,
    whoever draws it."""
    from scipy.stats import qmc

    both = np.concatenate([block_uniforms("sobol", 4, 2 * FUTURE_BLOCK, b, seed=9)
                           for b in (0, 1)])
    rng = np.random.default_rng(np.random.SeedSequence(9, spawn_key=(1,)))
    whole = qmc.Sobol(4, scramble=True, rng=rng).random(2 * FUTURE_BLOCK)
    np.testing.assert_array_equal(both, whole)


@pytest.mark.parametrize("sampler", ["lhs", "sobol"])
def test_same_numbers_whatever_the_chunking_and_workers(sampler):
    """Options per task and the number of processes change where the work runs, not a bit
    of the numbers; the same seed gives the same numbers, another seed others."""
    model = lever_model()
    options = dict(levers=[LeverRange("lever", 0.0, 1.0)], policies=4,
                   futures=FUTURE_BLOCK + 37, sampler=sampler, seed=11)
    one = explore(model, workers=1, options_per_task=1, **options)
    chunked = explore(model, workers=1, options_per_task=4, **options)
    pooled = explore(model, workers=2, options_per_task=2, **options)
    for other in (chunked, pooled):
        np.testing.assert_array_equal(one.outcomes, other.outcomes)
        np.testing.assert_array_equal(one.futures, other.futures)
    reseeded = explore(model, workers=1, **{**options, "seed": 12})
    assert not np.array_equal(one.futures, reseeded.futures)


def covering(context, chosen) -> np.ndarray:
    """How many times the tasks ``chosen`` run each (run, future): run 0 the baseline."""
    covered = np.zeros((len(context.plans) + 1, context.futures), dtype=int)
    for block, first, stop in chosen:
        size = len(context.uniforms(block))
        covered[first:stop, block * FUTURE_BLOCK:block * FUTURE_BLOCK + size] += 1
    return covered


def test_tasks_cover_every_experiment_and_each_baseline_once(bundled):
    context, options = prepare(bundled, futures=2 * FUTURE_BLOCK + 1)
    assert (covering(context, tasks(context, 5)) == 1).all()
    block, first, stop, values, kinds = run_task(context, (2, 0, 3))
    assert values.shape == (3, 1, len(bundled.objectives)) and kinds.sum() == 3


@pytest.mark.parametrize("workers", [1, 2, 3, 8])
def test_tasks_are_equal_and_enough_for_every_worker(bundled, workers):
    """Without a size, tasks are sliced evenly (no worker waits at the end on a larger
    one), at most OPTIONS_PER_TASK runs, and at least TASKS_PER_WORKER per worker."""
    context, options = prepare(bundled, levers=[LeverRange("licensing", 0.0, 1.0)],
                               policies=28, futures=1000)           # 41 runs x 2 blocks
    chosen = tasks(context, workers=workers)
    assert (covering(context, chosen) == 1).all()
    sizes = {stop - first for _, first, stop in chosen}
    assert max(sizes) - min(sizes) <= 1 and max(sizes) <= OPTIONS_PER_TASK
    assert len(chosen) >= min(TASKS_PER_WORKER * workers, 2 * (len(options) + 1))
    assert len(tasks(context, workers=1)) == 2 * 2         # 41 runs: two slices a block


def test_override_shifts_the_drawn_weights():
    """A scenario's weight override moves its edge in every future (common random
    numbers): with the override equal to the weight, nothing changes."""
    model = lever_model()
    push = (clamp(value=0.8, start=1),)
    model.add_scenario(Scenario("plain", "No override", interventions=push))
    model.add_scenario(Scenario("same", "Override at the weight", interventions=push,
                                overrides=(WeightOverride("mid", "out", -0.7),)))
    result = explore(model, futures=40, workers=1)
    act, plain, same = result.outcomes
    np.testing.assert_array_equal(plain, same)
    assert not np.allclose(act[:, 1], plain[:, 1])


def test_progress_and_cancel(bundled):
    seen = []
    explore(bundled, futures=FUTURE_BLOCK * 2, workers=1, options_per_task=4,
            progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 6
    stop = threading.Event()

    def cancel_half(fraction):
        if fraction >= 0.5:
            stop.set()

    with pytest.raises(Cancelled):
        explore(bundled, futures=FUTURE_BLOCK * 2, workers=1, options_per_task=4,
                progress=cancel_half, cancel=stop)


def test_refusals_name_the_problem(bundled):
    with pytest.raises(ModelError, match="no node 'nope'"):
        explore(bundled, levers=[LeverRange("nope", 0, 1)], futures=10)
    with pytest.raises(ModelError, match="not a lever"):
        explore(bundled, levers=[LeverRange("misuse-risk", 0, 1)], futures=10)
    with pytest.raises(ModelError, match="outside -1 to 1"):
        explore(bundled, levers=[LeverRange("licensing", 0, 2)], futures=10)
    with pytest.raises(ModelError, match="given twice"):
        explore(bundled, levers=[LeverRange("licensing", 0, 1)] * 2, futures=10)
    with pytest.raises(ModelError, match="nothing to explore"):
        explore(bundled, scenarios=[], futures=10)
    with pytest.raises(ModelError, match="exploration would take"):
        explore(bundled, futures=10**6, limits=WorkLimits(seconds=60))
    no_objectives = chain_model()
    with pytest.raises(ModelError, match="no objectives"):
        explore(no_objectives, futures=10)


def test_without_scipy_stats_the_sobol_sampler_says_so(monkeypatch):
    """The desktop app leaves scipy.stats out: the Latin hypercube still works, and the
    Sobol' sampler says what to use instead."""
    import sys

    monkeypatch.setitem(sys.modules, "scipy.stats", None)
    model = lever_model()
    assert explore(model, futures=20, workers=1).outcomes.shape == (1, 20, 2)
    with pytest.raises(ModelError, match="no Sobol' sequences.*use the Latin hypercube"):
        explore(model, futures=20, sampler="sobol", workers=1)
