"""Loops that matter over time: link and loop scores on hand-worked maps; bounded search."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings as hsettings

from windtunnel.engine import compile_model, compile_scenario, find_loops, loop_scores
from windtunnel.model import Edge, Model, Node, Scenario, Settings

from .conftest import clamp, scenario_maps

from conftest import examples


def _loop_model(delay=0) -> Model:
    """lever -> a (0.5), a -> b (0.5), b -> a (0.5, ``delay``); clip and Kosko stay linear."""
    return Model.from_elements(
        settings=Settings(steps=8, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("a", "A"), Node("b", "B")],
        edges=[Edge("lever", "a", 0.5), Edge("a", "b", 0.5), Edge("b", "a", 0.5, delay=delay)],
        scenarios=[Scenario("s", "S", interventions=(clamp("lever", 1.0, 0),))])


def _scores(model):
    net = compile_model(model)
    loops = find_loops(net).loops
    return loop_scores(net, compile_scenario(net, model.scenario("s")), model.settings, loops)


def test_loop_score_by_hand():
    """a = 0.5 + 0.5 b, b = 0.5 a (one step later). b's only input is a: that link scores 1.
    Into a, the loop's link b -> a carries 0.5 b(t) of a gross 0.5 + 0.5 b(t), so the loop
    scores b(t) / (1 + b(t)): b(2) = 0.25 gives 0.2 at step 2; it is 0 until b moves."""
    scores = _scores(_loop_model())
    (loop,) = scores.loops
    assert loop.members == ("a", "b")
    b = np.array([0, 0, 0.25, 0.25, 0.3125, 0.3125, 0.328125, 0.328125])
    np.testing.assert_allclose(scores.scores[:, 0], b / (1 + b))
    assert scores.relative[2, 0] == pytest.approx(1.0)


def test_a_delay_holds_the_loop_score_back():
    """With b -> a delayed two steps, the walk round the loop reads a's link two steps
    earlier: the loop scores 0 until the delayed signal has gone round once."""
    delayed = _scores(_loop_model(delay=2)).scores[:, 0]
    plain = _scores(_loop_model()).scores[:, 0]
    assert np.count_nonzero(delayed) < np.count_nonzero(plain)
    first = int(np.flatnonzero(delayed)[0])
    assert first == 4 and np.all(delayed[:first] == 0)


def test_dominant_loop_stretches_name_the_loop_upstream_of_a_receiver():
    """out (a receiver, in no loop) is downstream of the a <-> b loop, which dominates it
    once the signal has gone round; before that no loop carries a change."""
    model = _loop_model()
    model.add_node(Node("out", "Out"))
    model.add_edge(Edge("b", "out", 0.5))
    stretches = _scores(model).dominant("out")
    assert stretches[0] == (1, 2, -1, 0.0)
    assert stretches[1][:3] == (3, 8, 0) and stretches[1][3] == pytest.approx(1.0)
    assert _scores(model).to_frame().shape == (8, 6)


def test_loop_search_stops_at_its_time_budget_and_says_so():
    """A complete digraph on 12 nodes has millions of cycles; a zero budget stops at once."""
    n = 12
    matrix = np.ones((n, n)) * 0.1
    np.fill_diagonal(matrix, 0)
    from windtunnel.engine import network_from_matrix

    search = find_loops(network_from_matrix(matrix, np.zeros(n)), time_budget=0.0)
    assert search.timed_out == 0.0
    assert "stopped after its time budget of 0 s" in search.note
    assert find_loops(compile_model(_loop_model()), time_budget=5.0).timed_out is None


@hsettings(max_examples=examples(30), deadline=None)
@given(scenario_maps())
def test_scores_are_bounded_shares_on_random_maps(model):
    """Link scores into a node are shares of its gross movement: their absolute values sum
    to at most 1; loop scores, their products, lie in [-1, 1]; relative scores of a step
    sum (in absolute value) to 1 or 0."""
    from windtunnel.engine.decompose import trace
    from windtunnel.engine.loopscores import link_scores

    net = compile_model(model)
    plan = compile_scenario(net, model.scenario("s"))
    links = link_scores(net, trace(net, plan, model.settings))
    per_target = np.zeros((links.shape[0], net.n_nodes))
    np.add.at(per_target.T, net.target, np.abs(links).T)
    assert np.all(per_target <= 1 + 1e-9)
    scores = loop_scores(net, plan, model.settings, find_loops(net).loops)
    assert np.all(np.abs(scores.scores) <= 1 + 1e-9)
    sums = np.abs(scores.relative).sum(axis=1)
    assert np.all(np.isclose(sums, 1.0) | (sums == 0))
