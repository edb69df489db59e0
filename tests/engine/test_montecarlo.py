"""Monte Carlo: triangular draws, bands, probabilities, reproducibility, progress, cancel."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from windtunnel.engine import (Cancelled, compile_model, make_rng, monte_carlo, run,
                               sample_weights, triangular)
from windtunnel.engine.compile import CONFIDENCE_SPREAD, compile_scenario
from windtunnel.errors import WindtunnelError
from windtunnel.model import Objective

from .conftest import chain_model, clamp


def test_triangular_inverse_cdf():
    """F^-1 at u = (c - a) / (b - a) is the mode; the ends map to the bounds; a degenerate
    range returns its single value; the mean of many draws is (a + b + c) / 3."""
    a, c, b = -0.2, 0.3, 0.5
    split = (c - a) / (b - a)
    np.testing.assert_allclose(triangular(np.array([0.0, split, 1.0]), a, c, b), [a, c, b])
    np.testing.assert_allclose(triangular(np.array([0.3, 0.9]), 0.4, 0.4, 0.4), [0.4, 0.4])
    draws = triangular(make_rng(1).random(200_000), a, c, b)
    assert draws.mean() == pytest.approx((a + b + c) / 3, abs=2e-3)
    assert draws.min() >= a and draws.max() <= b


def test_bounds_from_confidence_and_explicit():
    model = chain_model()
    net = compile_model(model)
    spread = CONFIDENCE_SPREAD["medium"] * 0.5
    np.testing.assert_allclose(net.low, [0.5 - spread] * 2)
    np.testing.assert_allclose(net.high, [0.5 + spread] * 2)
    model.update_edge("lever", "mid", low=0.1, high=0.9, confidence="low")
    net = compile_model(model)
    assert (net.low[0], net.high[0]) == (0.1, 0.9)
    draws = sample_weights(net, 5000, make_rng(3))
    assert draws[:, 0].min() >= 0.1 and draws[:, 0].max() <= 0.9


def test_bands_are_exact_for_a_linear_chain():
    """Clip + kosko chain, lever clamped at 1: out's final change = w1 * w2 per sample, so
    P(increase) is 1 and the median band is the median of the product of the draws."""
    goals = [Objective("up", "Up", "out", "increase", threshold=0.25)]
    model = chain_model(interventions=[clamp()], objectives=goals)
    results = run(model, samples=400, seed=11)
    u = results.scenario("act").uncertainty
    draws = sample_weights(compile_model(model), 400, make_rng(11))
    product = draws[:, 0] * draws[:, 1]
    assert u.band(50)[-1, 2] == pytest.approx(np.percentile(product, 50), abs=1e-6)
    assert u.band(5)[-1, 2] <= u.band(50)[-1, 2] <= u.band(95)[-1, 2]
    assert u.p_increase[-1, 2] == 1.0
    assert u.p_met["up"] == pytest.approx(np.mean(product >= 0.25), abs=1e-9)
    assert results.scorecard[0].probability == u.p_met["up"]
    assert u.verdict_shares["converged"] == 1.0
    frame = results.to_frame("uncertainty")
    assert list(frame.columns[-5:]) == ["p5", "p25", "p50", "p75", "p95"]


def test_same_seed_same_numbers_bit_for_bit_whatever_the_chunking():
    model = chain_model(interventions=[clamp()], weights=(0.6, -0.4))
    net = compile_model(model)
    plans = [compile_scenario(net, model.scenario("act"))]
    one = monte_carlo(net, plans, model.settings, [], samples=300, seed=5, chunk=300)
    many = monte_carlo(net, plans, model.settings, [], samples=300, seed=5, chunk=7)
    other = monte_carlo(net, plans, model.settings, [], samples=300, seed=6, chunk=300)
    assert np.array_equal(one.scenarios["act"].percentiles, many.scenarios["act"].percentiles)
    assert not np.array_equal(one.scenarios["act"].percentiles,
                              other.scenarios["act"].percentiles)


def test_progress_is_reported_and_cancel_stops():
    model = chain_model(interventions=[clamp()])
    net = compile_model(model)
    plans = [compile_scenario(net, model.scenario("act"))]
    seen = []
    monte_carlo(net, plans, model.settings, [], samples=50, seed=1, chunk=10,
                progress=seen.append)
    assert seen == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0])
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled):
        monte_carlo(net, plans, model.settings, [], samples=50, seed=1, cancel=event)
    calls = []

    def cancel_after_two():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        monte_carlo(net, plans, model.settings, [], samples=50, seed=1, chunk=10,
                    cancel=cancel_after_two)


def test_override_shifts_the_distribution():
    from windtunnel.model import WeightOverride

    model = chain_model(interventions=[clamp()], overrides=[WeightOverride("mid", "out", -0.5)])
    u = run(model, samples=200, seed=2).scenario("act").uncertainty
    assert u.p_increase[-1, 2] == 0.0 and u.band(95)[-1, 2] < 0


def test_a_run_too_large_for_memory_is_refused_with_a_limit():
    from windtunnel.model import Settings

    model = chain_model(settings=Settings(steps=10_000, rule="kosko", activation="clip"))
    with pytest.raises(WindtunnelError, match=r"need .* GB; use at most [\d,]+ samples"):
        run(model, samples=100_000)


def test_scenarios_share_each_chunks_baseline_and_passes_change_nothing(monkeypatch):
    """Several scenarios in one pass over the samples, or one pass each when their stores
    exceed the budget: the same numbers, bit for bit, as each scenario run alone."""
    from windtunnel.engine import montecarlo as mc
    from windtunnel.model import Scenario

    model = chain_model(interventions=[clamp()], weights=(0.6, -0.4))
    model.add_scenario(Scenario("half", "Half", interventions=(clamp(value=0.5),)))
    net = compile_model(model)
    plans = [compile_scenario(net, s) for s in model.scenarios]
    together = monte_carlo(net, plans, model.settings, [], samples=120, seed=9, chunk=25)
    monkeypatch.setattr(mc, "STORE_BUDGET", 1)
    seen = []
    apart = monte_carlo(net, plans, model.settings, [], samples=120, seed=9, chunk=25,
                        progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 2 * 5
    for plan in plans:
        alone = monte_carlo(net, [plan], model.settings, [], samples=120, seed=9, chunk=40)
        for summary in (together, apart):
            got, want = summary.scenarios[plan.scenario_id], alone.scenarios[plan.scenario_id]
            assert np.array_equal(got.percentiles, want.percentiles)
            assert np.array_equal(got.p_increase, want.p_increase)
    assert together.baseline_shares == apart.baseline_shares
    assert not np.array_equal(together.scenarios["act"].percentiles,
                              together.scenarios["half"].percentiles)


def test_any_number_of_worker_threads_gives_the_same_bits():
    model = chain_model(interventions=[clamp()], weights=(0.6, -0.4), delays=(1, 0))
    net = compile_model(model)
    plans = [compile_scenario(net, model.scenario("act"))]
    one = monte_carlo(net, plans, model.settings, [], samples=200, seed=4, chunk=16,
                      workers=1)
    seen = []
    three = monte_carlo(net, plans, model.settings, [], samples=200, seed=4, chunk=16,
                        workers=3, progress=seen.append)
    assert np.array_equal(one.scenarios["act"].percentiles, three.scenarios["act"].percentiles)
    assert np.array_equal(one.scenarios["act"].p_increase, three.scenarios["act"].p_increase)
    assert one.baseline_shares == three.baseline_shares
    assert seen == sorted(seen) and len(seen) == 13 and seen[-1] == 1.0
    calls = []
    with pytest.raises(Cancelled):
        monte_carlo(net, plans, model.settings, [], samples=200, seed=4, chunk=16, workers=3,
                    cancel=lambda: calls.append(1) or len(calls) > 4)
    assert len(calls) == 5
