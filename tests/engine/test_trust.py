"""When to trust a run: the contraction bound, the start-vector check, suggested steepness."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from windtunnel.engine import (assess, compile_model, compile_scenario, contraction,
                               fcmconfr_steepness, network_from_matrix, start_check, trust)
from windtunnel.model import Edge, Model, Node, Settings

from conftest import examples

# The first of fcmconfr's sample maps (sample_fcms$simple_fcms$conventional_fcms[[1]]), as its
# fcm_view reference example lists the edges; rows = sources. Nodes: guidance docs, public
# education, water treatment, winter maintenance, ecosystem health, public awareness,
# reservoir salinization. Source: bhroston/fcmconfr (GPL-3), man pages and
# tests/testthat/test-estimate_fcm_lambda.R at 3e6b0b42ccce6828c09f5f5f1b32b0feb3b5afeb.
G, P, T, W, E, A, S = range(7)


def _salinization(weights: dict) -> np.ndarray:
    m = np.zeros((7, 7))
    for (i, j), w in weights.items():
        m[i, j] = w
    return m


CONVENTIONAL = {(G, W): -0.25, (G, S): -0.25, (P, G): 0.1, (W, S): 0.75, (S, E): -0.75}
# fcmconfr's IVFN and TFN versions widen each weight by 0.4 (clipped at 0 across a sign and at
# -1/1) and average the bounds: (low + high) / 2 and (low + mode + high) / 3
IVFN = {(G, W): -0.325, (G, S): -0.325, (P, G): 0.25, (W, S): 0.675, (S, E): -0.675}
TFN = {(G, W): -0.3, (G, S): -0.3, (P, G): 0.2, (W, S): 0.7, (S, E): -0.7}


@pytest.mark.parametrize("weights, sigmoid, tanh", [(CONVENTIONAL, 2.23, 0.89),
                                                    (IVFN, 2.47, 0.92), (TFN, 2.38, 0.91)])
def test_fcmconfr_published_lambda_estimates_are_reproduced(weights, sigmoid, tanh):
    matrix = _salinization(weights)
    assert round(fcmconfr_steepness(matrix, "sigmoid"), 2) == sigmoid
    assert round(fcmconfr_steepness(matrix, "tanh"), 2) == tanh
    assert fcmconfr_steepness(matrix, "clip") is None


def _pair(weight=0.5, **settings) -> Model:
    return Model.from_elements(
        settings=Settings(steps=60, **settings),
        nodes=[Node("a", "A", initial=0.2), Node("b", "B", initial=-0.1)],
        edges=[Edge("a", "b", weight), Edge("b", "a", weight)])


def test_hand_worked_bounds():
    """a <-> b with weight 0.5: ||A|| = 0.5 in every norm. tanh, lambda 1: q = 0.5, and
    the largest lambda is 2; the sigmoid's slope is a quarter: q = 0.125, bound 8; the
    rescaled rule doubles the input (and adds the self term): 2 * (0.5 + 1) = 3; modified
    Kosko adds the self term: 1.5; a step activation has no bound."""
    def bound(**settings):
        model = _pair(**{"rule": "kosko", **settings})
        return contraction(compile_model(model), model.settings)

    b = bound(activation="tanh")
    assert b.factor == pytest.approx(0.5) and b.holds and b.max_steepness == pytest.approx(2)
    assert bound(activation="sigmoid").factor == pytest.approx(0.125)
    assert bound(activation="sigmoid").max_steepness == pytest.approx(8)
    assert bound(activation="tanh", rule="modified_kosko").factor == pytest.approx(1.5)
    assert bound(activation="tanh", rule="rescaled").factor == pytest.approx(3.0)
    assert bound(activation="clip", steepness=3.0).factor == pytest.approx(1.5)
    step = bound(activation="bivalent")
    assert step.factor is None and not step.holds and "cannot be shown" in str(step)


def test_delays_use_the_window_bound():
    """a -> b (0.6, delay 2), b -> a (0.3): per-delay norms add up (0.6 + 0.3 in the 1- and
    2-norms); the infinity-norm of the absolute sum is the largest row, 0.6."""
    net = network_from_matrix([[0, 0.6], [0.3, 0]], [0, 0], delay=[[0, 2], [0, 0]])
    b = contraction(net, Settings(activation="tanh", rule="kosko", drivers="update"))
    assert b.norm == "infinity" and b.factor == pytest.approx(0.6)


def test_a_bistable_map_depends_on_the_start():
    """a <-> b reinforcing at weight 1 with tanh lambda 3 has two stable states (both high,
    both low): the check sees the runs from different starts end far apart."""
    model = _pair(1.0, rule="kosko", activation="tanh", steepness=3.0, drivers="update")
    net = compile_model(model)
    verdict = trust(net, compile_scenario(net, None), model.settings)
    assert verdict.kind == "depends on the start"
    assert verdict.check.spread > 1.5 and "depends on the start" in str(verdict)
    assert verdict.headline == "may depend on the start"
    assert verdict.reason(str.upper) == (
        f"8 different starts settle up to {verdict.check.spread:.2g} apart at "
        f"{verdict.check.node.upper()}")


def test_outside_the_bound_but_one_answer():
    """A chain a -> b -> c at weight 0.9 and tanh lambda 1.5: q = 1.35 >= 1, yet without a
    loop every start forgets itself in three steps: the check finds every start agreeing."""
    model = Model.from_elements(
        settings=Settings(steps=20, rule="kosko", activation="tanh", steepness=1.5,
                          drivers="update"),
        nodes=[Node(i, i.upper(), initial=0.3) for i in "abc"],
        edges=[Edge("a", "b", 0.9), Edge("b", "c", 0.9)])
    verdict = assess(model)["baseline"]
    assert not verdict.contraction.holds
    assert verdict.kind == "same from every start" and verdict.check.spread < 0.005
    assert verdict.headline == "the same answer from every start tried"
    assert verdict.reason().endswith("not proven unique (factor 1.4 \u2265 1)")
    inside = assess(Model.from_elements(
        settings=replace(model.settings, steepness=1.0), nodes=model.nodes,
        edges=model.edges))["baseline"]
    assert inside.headline == "the only possible answer"
    assert inside.reason() == "contraction factor 0.9 < 1: every start ends at this answer"


@st.composite
def contracting_maps(draw):
    n = draw(st.integers(2, 6))
    m = np.array(draw(st.lists(st.floats(-1, 1, allow_nan=False), min_size=n * n,
                               max_size=n * n))).reshape(n, n)
    np.fill_diagonal(m, 0.0)
    delay = np.array(draw(st.lists(st.integers(0, 2), min_size=n * n,
                                   max_size=n * n))).reshape(n, n)
    activation = draw(st.sampled_from(["sigmoid", "tanh", "clip"]))
    rule = draw(st.sampled_from(["kosko", "modified_kosko", "rescaled"]))
    net = network_from_matrix(m, np.zeros(n), delay=delay)
    settings = Settings(steps=150, activation=activation, rule=rule, drivers="update")
    bound = contraction(net, settings)
    # the largest steepness within the bound, times a factor below one
    steepness = draw(st.floats(0.2, 0.9)) * bound.max_steepness if bound.norm_value else 1.0
    return net, replace(settings, steepness=min(steepness, 50.0))


@hsettings(max_examples=examples(40), deadline=None)
@given(contracting_maps())
def test_inside_the_bound_every_start_reaches_the_same_state(case):
    """The guarantee, checked: with lambda inside the bound, runs from eight different
    starts (delays, every rule) end at the same state."""
    net, settings = case
    assert contraction(net, settings).holds
    check = start_check(net, compile_scenario(net, None), settings)
    assert check.spread < 1e-3


def test_runs_still_moving_at_the_horizon_are_unsettled_not_start_dependent():
    """A slow loop (weight 0.99 both ways, modified Kosko, clip 0.6: q = 1.19) drifts
    apart by a factor 1.19 a step; cut at 5 steps no run has settled, and the verdict says
    so rather than that the answer depends on the start."""
    model = _pair(0.99, rule="modified_kosko", activation="clip", steepness=0.6,
                  drivers="update")
    model.set_settings(replace(model.settings, steps=5))
    verdict = assess(model)["baseline"]
    assert verdict.kind == "unsettled" and "not settled" in str(verdict)
    assert verdict.headline == "may cycle: not settled"
    assert "still moving at the last step" in verdict.reason()
    assert not verdict.check.settled


def test_assess_reports_progress_and_stops_when_cancelled():
    import threading

    from windtunnel.engine import Cancelled

    model = _pair(0.5, rule="kosko", activation="tanh")
    seen = []
    assert set(assess(model, progress=seen.append)) == {"baseline"} | {
        s.id for s in model.scenarios}
    assert seen[-1] == 1.0 and seen == sorted(seen)
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        assess(model, cancel=stop)



def test_a_check_of_the_runs_cancelled_before_it_starts_compiles_nothing(compiles):
    """A check overtaken by an edit before its worker took it up (a new run's results ask
    for a new check) stops before compiling the model, which on a big map costs the
    worker a good part of a second that the edit's own check waits for."""
    import threading

    from windtunnel.engine import Cancelled

    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        assess(_pair(0.5, rule="kosko", activation="tanh"), cancel=stop)
    assert compiles == []
    assess(_pair(0.5, rule="kosko", activation="tanh"))
    assert len(compiles) == 1                  # the count sees a compile when there is one
