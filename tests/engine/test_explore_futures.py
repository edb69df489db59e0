"""Delays and participants' maps as dimensions of an exploration's futures: outcomes equal
plain runs of the same weights, delays and maps; the same numbers whatever the chunking;
scenario discovery and the futures' table name participants by label; refusals."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import WorkLimits, compile_model, compile_scenario
from windtunnel.engine.aggregation import participant_weights
from windtunnel.engine.designs import (FUTURE_BLOCK, PARTICIPANT, DelayRange, LeverRange,
                                       edge_of, future_space)
from windtunnel.engine.discovery import discover
from windtunnel.engine.experiments import explore
from windtunnel.engine.globalsensitivity import sobol_indices
from windtunnel.engine.plans import run_plan
from windtunnel.engine.prim import Box, Restriction
from windtunnel.engine.simulate import own_drivers
from windtunnel.engine.voices import network_weights
from windtunnel.errors import ModelError
from windtunnel.model import Objective, load
from windtunnel.paths import bundled_model

from .conftest import chain_model, clamp


def delay_model():
    return chain_model(weights=(0.6, -0.7), delays=(1, 0),
                       interventions=(clamp(value=0.8, start=1),),
                       objectives=[Objective("out-down", "Lower out", "out", "decrease",
                                             threshold=0.05)])


@pytest.fixture(scope="module")
def voices():
    return load(bundled_model("ai-export-controls-2026-voices.wtm"))


def test_delays_are_whole_steps_within_bounds_and_outcomes_equal_plain_runs():
    model = delay_model()
    delays = [DelayRange("lever", "mid", 0, 3), DelayRange("mid", "out", 2, 2)]
    result = explore(model, futures=200, delays=delays, workers=1, seed=3)
    network = compile_model(model)
    space = future_space(network)
    assert result.uncertainties[-2:] == ("delay lever → mid", "delay mid → out")
    drawn = result.futures[:, -2:]
    assert set(np.unique(drawn[:, 0])) == {0.0, 1.0, 2.0, 3.0} and (drawn[:, 1] == 2).all()
    for f in (0, 57, 199):
        weights = network.weight.copy()
        weights[space.edges] = result.futures[f, :space.dimensions]
        delayed = replace(network, delay=drawn[f].astype(np.intp))
        base, _ = run_plan(delayed, replace(compile_scenario(network, None), weight=weights),
                           model.settings)
        act, _ = run_plan(delayed, replace(compile_scenario(network, model.scenario("act")),
                                           weight=weights), model.settings)
        change = act[-1, 0] - base[-1, 0]
        np.testing.assert_allclose(result.outcomes[0, f, 0], change[network.index("out")],
                                   rtol=0, atol=1e-12)
    # the delay decides the lever's effect at the horizon: its value varies with the delay
    spread = [result.outcomes[0, drawn[:, 0] == d, 0].mean() for d in range(4)]
    assert len(set(np.round(spread, 9))) > 1


def test_participants_maps_are_futures_and_outcomes_equal_plain_runs(voices):
    """Each future is a participant's map moved by the future's draw; a scenario's
    override sets its edge on that map (whatever the participant's rating, even none) at
    the override moved by the same draw, and the map's drivers follow its edges."""
    result = explore(voices, scenarios=["hk-hub", "access-suspension", "reading-incumbency",
                                        "reading-security"],
                     futures=120, participants=True, workers=1, seed=5)
    labels = tuple(p.label for p in voices.participants)
    assert result.uncertainties[-1] == PARTICIPANT
    assert result.categories == {PARTICIPANT: labels}
    chosen = result.futures[:, -1].astype(int)
    assert set(chosen) == set(range(len(labels)))        # every participant has futures
    frame = result.futures_frame()
    assert set(frame[PARTICIPANT]) == set(labels)
    network = compile_model(voices)
    space = future_space(network)
    maps = network_weights(participant_weights(voices), network)
    for f in (0, 61, 119):
        p = chosen[f]
        weights = maps[p].copy()
        moved = np.clip(weights[space.edges] + result.futures[f, :space.dimensions]
                        - space.mode, -1, 1)
        weights[space.edges] = np.where(weights[space.edges] != 0, moved, 0.0)
        influenced = np.zeros(network.n_nodes, dtype=bool)
        influenced[network.target[weights != 0]] = True
        drivers = ~influenced[None, :]
        base, _ = run_plan(network, replace(compile_scenario(network, None),
                                            weight=weights[None, :]), voices.settings,
                           drivers=drivers)
        moves = np.zeros(network.n_edges)
        moves[space.edges] = result.futures[f, :space.dimensions] - space.mode
        for o, option in enumerate(result.options):
            scenario = voices.scenario(option.id)
            plan = compile_scenario(network, scenario)
            mine = weights.copy()
            for override in scenario.overrides:
                e = network.edge_index(override.source, override.target)
                mine[e] = np.clip(override.weight + moves[e], -1, 1)
            states, _ = run_plan(network, replace(plan, weight=mine[None, :]),
                                 voices.settings, drivers=own_drivers(network, mine[None, :]))
            change = states[-1, 0] - base[-1, 0]
            expected = [change[network.index(g.node)] for g in voices.objectives]
            np.testing.assert_allclose(result.outcomes[o, f], expected, rtol=0, atol=1e-12)


def test_an_override_sets_its_edge_on_a_map_that_lacks_it(voices):
    """Where a participant drew nothing into a node, a scenario that overrides an edge
    into it puts the edge on their map (as Results > Participants does), at the override
    moved by the future's draw, and the node is no longer a driver there; every other
    edge keeps the participant's drawn weight."""
    network = compile_model(voices)
    maps = network_weights(participant_weights(voices), network).copy()
    e = int(np.flatnonzero(network.high > network.low)[0])        # an uncertain edge
    p, target = 1, network.target[e]
    maps[p, network.target == target] = 0.0                        # p drew nothing into it
    space = future_space(network, maps=maps, participants=("a",) * len(maps))
    u = np.random.default_rng(4).random((200, space.dimensions))
    draw = space.draw(network, u)
    mine = space._participant(u) == p
    assert mine.any() and (draw.weight[mine, e] == 0).all()
    assert draw.drivers[mine, target].all()
    weight = network.weight.copy()
    weight[e] = 0.5
    option = space.option_draw(network, draw, weight, np.array([e]))
    np.testing.assert_array_equal(option.weight[:, e],
                                  np.clip(0.5 + draw.moves[:, e], -1.0, 1.0))
    assert (option.weight[mine, e] != 0).all() and np.ptp(option.weight[:, e]) > 0
    assert not option.drivers[mine, target].any()
    others = np.arange(network.n_edges) != e
    np.testing.assert_array_equal(option.weight[:, others], draw.weight[:, others])
    assert space.option_draw(network, draw, network.weight, np.zeros(0, int)) is draw


def test_same_numbers_whatever_the_chunking_with_delays_and_participants(voices):
    options = dict(scenarios=["hk-hub", "status-quo"], levers=[LeverRange("licensing", 0, 1)],
                   policies=3, futures=FUTURE_BLOCK + 21, participants=True, seed=8,
                   delays=[DelayRange(voices.edges[0].source, voices.edges[0].target, 0, 2)])
    one = explore(voices, workers=1, options_per_task=1, **options)
    pooled = explore(voices, workers=2, options_per_task=3, **options)
    np.testing.assert_array_equal(one.outcomes, pooled.outcomes)
    np.testing.assert_array_equal(one.futures, pooled.futures)


def test_participant_boxes_read_as_names():
    labels = ("Ann", "Bo", "Cy")
    assert Restriction(PARTICIPANT, None, 0.0).sentence(labels) == "participant is Ann"
    assert Restriction(PARTICIPANT, 0.5, None).sentence(labels) == "participant is Bo or Cy"
    box = Box((Restriction(PARTICIPANT, 1.0, 2.0), Restriction("a → b", 0.3, None)),
              0.9, 0.95, 0.2, 9, 10)
    assert box.conditions({PARTICIPANT: labels}) == ("participant is Bo or Cy and a → b ≥ "
                                                     "0.30")
    assert edge_of("a → b") == edge_of("delay a → b") == ("a", "b")
    assert edge_of(PARTICIPANT) is None


def test_discovery_names_the_participant_whose_map_fails(voices):
    """Where an option fails exactly in one participant's futures, the box says whose."""
    result = explore(voices, scenarios=["hk-hub"], futures=600, participants=True, workers=1,
                     seed=2)
    chosen = result.futures[:, -1].astype(int)
    sign = np.array([1.0 if g.direction == "increase" else -1.0 for g in result.objectives])
    met = sign * (np.abs([g.threshold for g in result.objectives]) + 1.0)
    outcomes = result.outcomes.copy()
    outcomes[0, :, :] = met                               # every objective met everywhere...
    outcomes[0, chosen == 1, 0] = -met[0]                 # ...but in participant 1's maps
    found = discover(replace(result, outcomes=outcomes), "hk-hub")
    label = result.categories[PARTICIPANT][1]
    assert found.boxes and found.boxes[0].density == 1.0
    assert f"where participant is {label} (" in found.sentences()[0]


def test_sobol_indices_cover_delays_and_participants(voices):
    edge = voices.edges[0]
    indices = sobol_indices(voices, scenario="hk-hub", base=16, participants=True, workers=1,
                            delays=[DelayRange(edge.source, edge.target, 0, 3)])
    assert indices.uncertainties[-2:] == (f"delay {edge.source} → {edge.target}", PARTICIPANT)
    assert indices.first.shape == indices.first_low.shape == indices.total_high.shape


def test_refusals_name_the_delay_or_the_participants():
    model = delay_model()
    with pytest.raises(ModelError, match="delay lever → out: .*no edge"):
        explore(model, futures=10, delays=[DelayRange("lever", "out", 0, 2)], workers=1)
    with pytest.raises(ModelError, match="delay lever → mid: .*low 3 is above high 1"):
        explore(model, futures=10, delays=[DelayRange("lever", "mid", 3, 1)], workers=1)
    with pytest.raises(ModelError, match="delay lever → mid: high 5000"):
        explore(model, futures=10, delays=[DelayRange("lever", "mid", 0, 5000)], workers=1)
    with pytest.raises(ModelError, match="participants: the model has no participants"):
        explore(model, futures=10, participants=True, workers=1)


def test_the_work_budget_counts_the_batches_delays_add():
    """A block runs one batch per distinct set of delays it draws: the estimate counts
    them (at most the block's futures), and the longest delay drawn sizes its history;
    an exploration that fits without its delays can be refused with them."""
    from windtunnel.engine.budget import STEP_OVERHEAD, WorkRefused, explore_cost

    model = delay_model()
    network = compile_model(model)
    steps = model.settings.steps
    sizes = dict(options=2, futures=300, objectives=1, uncertainties=3)
    plain = explore_cost(network, model.settings, **sizes)
    delayed = explore_cost(network, model.settings, **sizes, delay_sets=16)
    assert delayed.updates - plain.updates == STEP_OVERHEAD * steps * 3 * 15
    assert "up to 16 delay batches per block" in delayed.sizes
    capped = explore_cost(network, model.settings, **sizes, delay_sets=10_000)
    assert capped.updates == explore_cost(network, model.settings, **sizes,
                                          delay_sets=300).updates
    longer = explore_cost(network, model.settings, **sizes, longest_delay=steps)
    assert longer.memory > plain.memory
    delays = [DelayRange("lever", "mid", 0, 20), DelayRange("mid", "out", 0, 20)]   # 441 sets
    limit = WorkLimits(seconds=(plain.seconds + capped.seconds) / 2)
    explore(model, futures=300, workers=1, limits=limit)
    with pytest.raises(WorkRefused, match="delay batches per block"):
        explore(model, futures=300, workers=1, delays=delays, limits=limit)


def test_an_explicit_no_effect_on_a_participants_map_moves_with_the_futures_draw():
    """Alice rates lever -> mid an explicit 0, "no effect": in her futures that edge is
    on her map, moved by the future's draw like any other weight (it stayed 0, as if she
    had not drawn it, so her futures all said the lever does nothing); had she not rated
    it, where absent ratings count as 0, it stays off her map."""
    from windtunnel.model import Participant, Rating

    def room(alice_rates: bool):
        model = chain_model(interventions=(clamp(),), objectives=[
            Objective("mid-up", "Mid up", "mid", "increase")])
        model.replace("edge", replace(model.edge("lever", "mid"), low=0.2, high=0.8))
        alice = (Rating("lever", "mid", 0.0),) if alice_rates else ()
        model.add("participant", Participant("alice", "Alice",
                                             ratings=alice + (Rating("mid", "out", 0.6),)))
        model.add("participant", Participant("bob", "Bob", ratings=(
            Rating("lever", "mid", 0.8), Rating("mid", "out", 0.6))))
        result = explore(model, scenarios=["act"], futures=64, participants=True,
                         workers=1, seed=3)
        hers = result.futures[:, -1].astype(int) == 0
        assert hers.any() and (~hers).any()
        return result.outcomes[0, hers, 0]

    said = room(alice_rates=True)
    assert np.ptp(said) > 0.05 and said.min() < 0 < said.max()   # drawn around 0
    assert np.all(room(alice_rates=False) == 0.0)
