"""Every scenario on every participant's map: the batch equals one run per participant."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import run
from windtunnel.engine.voices import run_participants
from windtunnel.errors import ModelError
from windtunnel.model import Participant, Rating, load
from windtunnel.paths import bundled_model


def _with_voices(count=4, seed=1):
    model = load(bundled_model())
    rng = np.random.default_rng(seed)
    for i in range(count):
        ratings = tuple(Rating(*e.key, float(np.clip(e.weight + rng.normal(0, 0.3), -1, 1)))
                        for e in model.edges if rng.random() < 0.9)
        model.add_participant(Participant(f"p{i}", f"Participant {i}", ratings=ratings))
    return model


def _alone(model, index):
    """The model with the participant's weights as its own (their map run on its own)."""
    solo = model.copy()
    mine = {r.key: r.weight for r in model.participants[index].ratings}
    for edge in model.edges:
        weight = mine.get(edge.key, 0.0 if model.settings.aggregation_zeros == "include"
                          else edge.weight)
        solo.replace("edge", replace(edge, weight=weight, low=None, high=None))
    return solo


@pytest.mark.parametrize("zeros", ["include", "ignore"])
def test_each_participants_results_are_their_own_maps_run_alone(zeros):
    model = _with_voices()
    model.set_settings(replace(model.settings, aggregation_zeros=zeros))
    voices = run_participants(model)
    for p in (0, 3):
        alone = run(_alone(model, p))
        assert voices.baseline[:, p, :] == pytest.approx(alone.baseline, abs=1e-12)
        for mine, theirs in zip(voices.scenarios, alone.scenarios):
            assert mine.scenario_id == theirs.scenario_id
            assert mine.change[:, p, :] == pytest.approx(theirs.change, abs=1e-12)


def test_counts_of_participants_and_objectives_per_participant():
    model = _with_voices(count=6)
    voices = run_participants(model)
    scenario = voices.scenarios[-1]
    assert (scenario.rises() + scenario.falls() <= 6).all()
    met = voices.met(scenario)
    assert met.shape == (len(model.objectives), 6)
    objective = model.objectives[0]
    column = scenario.final[:, voices.node_ids.index(objective.node)]
    expected = column >= objective.threshold if objective.direction == "increase" \
        else column <= -objective.threshold
    assert met[0].tolist() == expected.tolist()
    frame = voices.summary_frame()
    assert set(frame["rises"] + frame["falls"] + frame["no change"]) == {6}


def test_overrides_apply_to_every_participants_map():
    model = _with_voices(count=2)
    scenario = next(s for s in model.scenarios if s.overrides) if any(
        s.overrides for s in model.scenarios) else None
    if scenario is None:
        edge = model.edges[0]
        from windtunnel.model import WeightOverride
        scenario = replace(model.scenarios[0], id="override-test", label="Override test",
                           overrides=(WeightOverride(*edge.key, -1.0),))
        model.add_scenario(scenario)
    voices = run_participants(model, scenarios=[scenario.id])
    alone = run(_alone(model, 1), scenarios=[scenario.id])
    assert voices.scenarios[0].change[:, 1, :] == pytest.approx(alone.scenarios[0].change,
                                                                abs=1e-12)


def test_a_model_without_participants_is_refused():
    with pytest.raises(ModelError, match="has no participants"):
        run_participants(load(bundled_model()))


def test_network_weights_line_up_with_the_compiled_network():
    from windtunnel.engine import compiled_model, network_weights, participant_weights

    model = _with_voices(count=3)
    network = compiled_model(model, model.settings)
    weights = network_weights(participant_weights(model), network)
    assert weights.shape == (3, network.n_edges)
    mine = {r.key: r.weight for r in model.participants[1].ratings}
    for e, (s, t) in enumerate(zip(network.source, network.target)):
        key = (network.node_ids[s], network.node_ids[t])
        assert weights[1, e] == mine.get(key, 0.0)
