"""Monte Carlo over participants: each sample is one participant's map, drawn by
credibility; seeded and reproducible; the same runs as the results per participant."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import run, run_participants
from windtunnel.errors import ModelError
from windtunnel.model import load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


@pytest.fixture(scope="module")
def voices():
    return load(bundled_model(VOICES))


def _only(model, keep: int):
    """The model with every participant's credibility 0 but ``keep``'s."""
    out = model.copy()
    for i, p in enumerate(out.participants):
        out.update_participant(p.id, credibility=1.0 if i == keep else 0.0)
    return out


@pytest.mark.parametrize("keep", [0, 3])
def test_a_sole_credible_participant_is_every_sample(voices, keep):
    model = _only(voices, keep)
    scenario = model.scenarios[1].id
    sampled = run(model, scenarios=[scenario], samples=64, seed=3, sample="participants")
    expected = run_participants(model, scenarios=[scenario]).scenarios[0].change[:, keep]
    bands = sampled.scenarios[0].uncertainty.percentiles
    for band in bands:
        np.testing.assert_allclose(band, expected, atol=1e-6)
    assert sampled.sampled == "participants"


def test_samples_are_drawn_by_credibility_and_reproducible(voices):
    scenario = voices.scenarios[1].id
    runs = [run(voices, scenarios=[scenario], samples=400, seed=seed, sample="participants")
            for seed in (11, 11, 12)]
    a, b, c = (r.scenarios[0].uncertainty for r in runs)
    np.testing.assert_array_equal(a.percentiles, b.percentiles)
    np.testing.assert_array_equal(a.p_increase, b.p_increase)
    assert not np.array_equal(a.p_increase, c.p_increase) or a.p_met != c.p_met or \
        not np.array_equal(a.percentiles, c.percentiles)      # another seed, other draws
    voices_run = run_participants(voices, scenarios=[scenario])
    final = voices_run.scenarios[0].final                      # (participants, nodes)
    low, high = final.min(axis=0), final.max(axis=0)
    sampled_final = a.percentiles[:, -1, :]
    assert np.all(sampled_final >= low - 1e-6) and np.all(sampled_final <= high + 1e-6)
    # the share of samples meeting each objective is near the share of maps meeting it
    met = voices_run.met(voices_run.scenarios[0]).mean(axis=1)
    for objective, share in zip(voices.objectives, met):
        assert a.p_met[objective.id] == pytest.approx(share, abs=0.08)


def test_an_overridden_edge_takes_the_override_on_every_sampled_map(voices):
    model = _only(voices, 2)
    scenario = model.scenarios[1]
    key = ("restricted-access", "misuse-risk")
    from windtunnel.model import WeightOverride
    model.replace("scenario", replace(scenario, overrides=(WeightOverride(*key, -0.5),)))
    sampled = run(model, scenarios=[scenario.id], samples=16, seed=1, sample="participants")
    expected = run_participants(model, scenarios=[scenario.id]).scenarios[0].change[:, 2]
    np.testing.assert_allclose(sampled.scenarios[0].uncertainty.band(50), expected, atol=1e-6)


def test_sampling_participants_needs_participants_and_a_known_kind(voices):
    plain = load(bundled_model())
    with pytest.raises(ModelError, match="needs a model with participants"):
        run(plain, samples=10, sample="participants")
    with pytest.raises(ModelError, match="is not one of weights, participants"):
        run(voices, samples=10, sample="people")
    assert run(voices, samples=0, sample="participants").sampled == ""


def test_sampling_both_draws_a_participants_map_then_its_weights_within_bounds():
    from windtunnel.engine.montecarlo import make_rng, participant_sampler

    weights = np.array([[0.5, 0.0, -0.4], [-0.2, 0.3, 0.0]])
    below, above = np.array([0.1, 0.2, 0.3]), np.array([0.2, 0.1, 0.9])
    sampler = participant_sampler(weights, np.array([1.0, 3.0]), spread=(below, above))
    drawn = sampler.draw(4000, make_rng(5))
    assert np.array_equal(drawn, sampler.draw(4000, make_rng(5)))        # seeded
    first = drawn[:, 1] == 0.0                  # participant 0 left that edge undrawn
    assert first.mean() == pytest.approx(0.25, abs=0.03)                   # by credibility
    mine, theirs = drawn[first], drawn[~first]
    assert np.all(theirs[:, 2] == 0.0)          # an undrawn edge stays undrawn
    assert mine[:, 0].min() >= 0.4 - 1e-12 and mine[:, 0].max() <= 0.7 + 1e-12
    assert mine[:, 2].min() >= -0.7 - 1e-12 and mine[:, 2].max() <= 0.5 + 1e-12
    assert theirs[:, 1].max() <= 0.4 + 1e-12 and theirs[:, 1].std() > 0.01  # varies
    assert sampler.own_drivers


def test_both_widens_a_sole_participants_bands_and_says_what_it_sampled(voices):
    model = _only(voices, 1)
    scenario = model.scenarios[1].id
    maps = run(model, scenarios=[scenario], samples=200, seed=4, sample="participants")
    both = run(model, scenarios=[scenario], samples=200, seed=4, sample="both")
    assert both.sampled == "both"

    def width(results):
        found = results.scenarios[0].uncertainty
        return found.band(95) - found.band(5)
    assert np.allclose(width(maps), 0.0, atol=1e-6)       # one map: no spread at all
    assert width(both).max() > 0.01                        # its weights' bounds add some
    again = run(model, scenarios=[scenario], samples=200, seed=4, sample="both")
    np.testing.assert_array_equal(both.scenarios[0].uncertainty.percentiles,
                                  again.scenarios[0].uncertainty.percentiles)


def _alice_says_no_effect(zeros: str, *, alice_rates: bool = True):
    """lever -> mid -> out, lever -> mid 0.5 within 0.2..0.8. Alice (every sample: Bob's
    credibility is 0) rates lever -> mid an explicit 0, "no effect" (or not at all); Bob
    rates it 0.8; both rate mid -> out 0.6."""
    from windtunnel.model import Participant, Rating, Settings

    from .conftest import chain_model, clamp
    model = chain_model(settings=Settings(steps=10, rule="kosko", activation="clip",
                                          aggregation_zeros=zeros),
                        interventions=(clamp(),))
    model.replace("edge", replace(model.edge("lever", "mid"), low=0.2, high=0.8))
    alice = (Rating("lever", "mid", 0.0),) if alice_rates else ()
    model.add("participant", Participant("alice", "Alice",
                                         ratings=alice + (Rating("mid", "out", 0.6),)))
    model.add("participant", Participant("bob", "Bob", credibility=0.0, ratings=(
        Rating("lever", "mid", 0.8), Rating("mid", "out", 0.6))))
    return model


def _mid_band_width(model, sample: str) -> float:
    found = run(model, scenarios=["act"], samples=200, seed=2, sample=sample)
    uncertainty = found.scenarios[0].uncertainty
    mid = found.node_ids.index("mid")
    return float((uncertainty.band(95) - uncertainty.band(5))[-1, mid])


@pytest.mark.parametrize("zeros", ["include", "ignore"])
def test_an_explicit_no_effect_is_drawn_within_bounds_but_an_absent_rating_is_not(zeros):
    """Sampling maps and their weights: Alice's explicit 0 is a rating like any other, its
    weight drawn within the edge's bounds around 0 whichever the absent-ratings rule (it
    stayed 0, as if she had not drawn the edge); a rating she did not give stays off her
    map where absent ratings count as 0, and takes the map's uncertain weight where they
    are left out."""
    said = _alice_says_no_effect(zeros)
    assert _mid_band_width(said, "participants") == pytest.approx(0.0, abs=1e-9)
    assert _mid_band_width(said, "both") > 0.05
    absent = _mid_band_width(_alice_says_no_effect(zeros, alice_rates=False), "both")
    assert (absent == pytest.approx(0.0, abs=1e-9)) if zeros == "include" else absent > 0.05
