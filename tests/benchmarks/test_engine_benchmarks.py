"""pytest-benchmark cases for the engine (skipped by default: ``--benchmark-skip`` in the
config). Run with ``.venv/bin/python -m pytest tests/benchmarks -k engine
--benchmark-only -n 0``; ``bench_engine.py`` prints the same figures against their targets."""

from __future__ import annotations

import numpy as np
import pytest

from engine_models import synthetic_model

from windtunnel.engine import (LiveScenario, compile_model, empty_plan, node_metrics, run,
                               simulate)


@pytest.fixture(scope="module")
def workshop():
    return synthetic_model(300, 1500, steps=60)


def test_engine_workshop_run(benchmark, workshop):
    results = benchmark(run, workshop)
    assert results.baseline.shape == (61, 300)


def test_engine_live_slider(benchmark, workshop):
    live = LiveScenario(workshop, "push")
    values = iter(np.linspace(-1, 1, 100_000))
    change = benchmark(lambda: live.update({"n0": float(next(values))}))
    assert change.shape == (61, 300)


@pytest.mark.parametrize("precision", ["float64", "float32"])
def test_engine_monte_carlo_1000(benchmark, workshop, precision):
    results = benchmark.pedantic(run, args=(workshop,),
                                 kwargs={"samples": 1000, "precision": precision},
                                 rounds=2, iterations=1)
    assert results.scenarios[0].uncertainty.samples == 1000
    assert results.settings.precision == precision


def test_engine_large_simulate(benchmark):
    model = synthetic_model(10_000, 100_000, steps=100)
    network = compile_model(model)
    sim = benchmark.pedantic(simulate, args=(network, empty_plan(network), model.settings),
                             rounds=3, iterations=1)
    assert sim.states.shape[2] == 10_000


def test_engine_node_metrics_2000(benchmark):
    network = compile_model(synthetic_model(2_000, 6_000, steps=30))
    metrics = benchmark.pedantic(node_metrics, args=(network,), rounds=1, iterations=1)
    assert metrics.betweenness_pivots is not None      # estimated above the threshold
