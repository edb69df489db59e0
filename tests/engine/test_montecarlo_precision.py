"""Monte Carlo in float32: its bands agree with float64's within the stated tolerance on
every bundled model, a seed fixes every number, and the arithmetic really is float32."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import compile_model, monte_carlo, run
from windtunnel.engine.compile import compile_scenario
from windtunnel.engine.montecarlo import FLOAT32_TOLERANCE
from windtunnel.errors import ModelError
from windtunnel.model import Settings, load
from windtunnel.paths import bundled_model, bundled_models

from .conftest import chain_model, clamp

SAMPLES = 100
#: The participants' version of the flagship map takes several seconds: checked with --slow.
MODELS = [pytest.param(path, marks=pytest.mark.slow) if "voices" in path.stem else path
          for path in bundled_models()]


def _both(model, **options):
    return (run(model, samples=SAMPLES, seed=11, **options),
            run(model, samples=SAMPLES, seed=11, precision="float32", **options))


@pytest.mark.parametrize("path", MODELS, ids=lambda p: getattr(p, "stem", None))
def test_float32_bands_agree_with_float64_on_every_bundled_model(path):
    wide, narrow = _both(load(path))
    assert wide.settings.precision == "float64" and narrow.settings.precision == "float32"
    for ours, theirs in zip(wide.scenarios, narrow.scenarios):
        a, b = ours.uncertainty, theirs.uncertainty
        assert np.max(np.abs(a.percentiles - b.percentiles)) <= FLOAT32_TOLERANCE, \
            ours.scenario_id
        # P(increase) counts the samples whose change is above zero: it can differ only
        # where float64's change is itself within the tolerance of zero (float32 rounds
        # such a change to none)
        differs = a.p_increase != b.p_increase
        assert np.all(np.abs(a.percentiles[:, differs]) <= FLOAT32_TOLERANCE), ours.scenario_id
        assert a.p_met == pytest.approx(b.p_met, abs=2 / SAMPLES)


def test_probability_of_increase_differs_only_for_changes_below_the_tolerance():
    """The bundled map under a sigmoid has nodes whose change is about 1e-10: float64 counts
    them as increases, float32 as no change, and nothing else differs."""
    model = load(bundled_model())
    settings = replace(model.settings, activation="sigmoid", rule="modified_kosko")
    wide, narrow = _both(model, settings=settings)
    flipped = 0
    for ours, theirs in zip(wide.scenarios, narrow.scenarios):
        a, b = ours.uncertainty, theirs.uncertainty
        differs = a.p_increase != b.p_increase
        flipped += int(differs.sum())
        assert np.all(np.abs(a.percentiles[:, differs]) <= FLOAT32_TOLERANCE)
        assert np.max(np.abs(a.percentiles - b.percentiles)) <= FLOAT32_TOLERANCE
    assert flipped > 0          # the case this test is about does occur


def test_float32_is_reproducible_bit_for_bit_whatever_the_chunking_and_threads():
    settings = Settings(steps=12, rule="modified_kosko", activation="tanh", precision="float32")
    model = chain_model(settings=settings, interventions=[clamp(value=0.7)],
                        weights=(0.6, -0.4), delays=(1, 0))
    net = compile_model(model)
    plans = [compile_scenario(net, model.scenario("act"))]
    one = monte_carlo(net, plans, settings, [], samples=300, seed=5, chunk=300, workers=1)
    many = monte_carlo(net, plans, settings, [], samples=300, seed=5, chunk=7, workers=3)
    wide = monte_carlo(net, plans, replace(settings, precision="float64"), [], samples=300,
                       seed=5, chunk=7, workers=3)
    a, b, c = (s.scenarios["act"] for s in (one, many, wide))
    assert np.array_equal(a.percentiles, b.percentiles)
    assert np.array_equal(a.p_increase, b.p_increase)
    assert one.baseline_shares == many.baseline_shares
    # float32 arithmetic really ran: close to float64's, yet not the same bits
    assert not np.array_equal(a.percentiles, c.percentiles)
    assert np.max(np.abs(a.percentiles - c.percentiles)) <= FLOAT32_TOLERANCE


def test_an_unknown_precision_is_refused_with_its_name():
    with pytest.raises(ModelError, match="precision"):
        run(chain_model(), samples=10, precision="float16")
