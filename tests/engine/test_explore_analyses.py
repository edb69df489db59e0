"""Analyses of an exploration: satisficing and regret, PRIM boxes, sentences, Sobol' indices."""

from __future__ import annotations

import re

import numpy as np
import pytest

from windtunnel.engine.designs import LeverRange
from windtunnel.engine.discovery import Discovery, boxes_frame, discover
from windtunnel.engine.experiments import Experiments, Option
from windtunnel.engine.globalsensitivity import (estimate, saltelli_design, sobol_frame,
                                                 sobol_indices)
from windtunnel.engine.prim import prim
from windtunnel.engine.robustness import regret, robustness, robustness_frame
from windtunnel.errors import ModelError
from windtunnel.model import Edge, Model, Node, Objective, Scenario, Settings

from .conftest import clamp


def made_experiments(outcomes, futures=None) -> Experiments:
    """Experiments with given outcomes (O, F, 2): objective "up" wants an increase of at
    least 0.1 (importance 2), "down" a decrease of at least 0.1 (importance 1)."""
    outcomes = np.asarray(outcomes, dtype=float)
    n_options, n_futures, _ = outcomes.shape
    objectives = (Objective("up", "Raise A", "a", "increase", threshold=0.1, importance=2.0),
                  Objective("down", "Lower B", "b", "decrease", threshold=0.1))
    futures = (np.zeros((n_futures, 1)) if futures is None else np.asarray(futures, float))
    return Experiments(tuple(Option(f"o{i}", f"Option {i}", "scenario")
                             for i in range(n_options)), (), objectives,
                       tuple(f"x{d}" for d in range(futures.shape[1])), futures, outcomes,
                       "lhs", 1, Settings())


def test_satisficing_regret_and_ranking_by_hand():
    # futures 0..3; option 0 meets both objectives in futures 0 and 1, option 1 in all
    # four but scores lower where both do, option 2 never meets "up"
    outcomes = [[[0.5, -0.5], [0.5, -0.2], [0.0, -0.5], [0.05, 0.0]],
                [[0.2, -0.2], [0.2, -0.2], [0.2, -0.2], [0.2, -0.2]],
                [[0.0, -0.9], [0.0, -0.9], [0.0, -0.9], [0.0, -0.9]]]
    exp = made_experiments(outcomes)
    scores = np.array([[1.5, 1.2, 0.5, 0.1], [0.6] * 4, [0.9] * 4])
    np.testing.assert_allclose(regret(exp), scores.max(axis=0) - scores)
    rows = robustness(exp)
    assert [r.option for r in rows] == ["o1", "o0", "o2"]
    by_id = {r.option: r for r in rows}
    assert by_id["o0"].all_met == 0.5 and by_id["o1"].all_met == 1.0
    assert by_id["o0"].met == {"up": 0.5, "down": 0.75}
    assert by_id["o2"].met == {"up": 0.0, "down": 1.0}
    assert by_id["o1"].regret_max == pytest.approx(0.9)
    assert by_id["o0"].regret_max == pytest.approx(0.8)
    frame = robustness_frame(rows)
    assert list(frame.columns) == ["rank", "option", "label", "all met", "met up", "met down",
                                   "regret median", "regret p90", "regret max"]


def test_prim_finds_a_known_box():
    rng = np.random.default_rng(4)
    x = rng.random((4000, 8))
    y = (x[:, 2] > 0.6) & (x[:, 5] < 0.3)
    (box,) = prim(x, y, [f"x{i}" for i in range(8)], boxes=1)
    named = {r.name: r for r in box.restrictions}
    assert set(named) == {"x2", "x5"}
    assert named["x2"].low == pytest.approx(0.6, abs=0.05) and named["x2"].high is None
    assert named["x5"].high == pytest.approx(0.3, abs=0.07) and named["x5"].low is None
    assert box.density >= 0.8 and box.coverage >= 0.9
    assert box.cases == int(y[(x[:, 2] >= named["x2"].low) & (x[:, 5] <= named["x5"].high)].sum())


def test_prim_covers_two_regions_and_finds_nothing_in_noise():
    rng = np.random.default_rng(5)
    x = rng.random((5000, 5))
    y = (x[:, 0] > 0.8) | (x[:, 1] < 0.15)
    found = prim(x, y, list("abcde"), boxes=3)
    assert {found[0].restrictions[0].name, found[1].restrictions[0].name} == {"a", "b"}
    assert sum(b.coverage for b in found[:2]) >= 0.9
    assert prim(x, rng.random(5000) < 0.1, list("abcde")) == []


def test_discovery_reads_boxes_as_sentences():
    rng = np.random.default_rng(6)
    futures = rng.random((3000, 2))
    failing = futures[:, 0] > 0.7            # option 0 misses "up" where x0 > 0.7
    outcomes = np.zeros((1, 3000, 2))
    outcomes[0, :, 0] = np.where(failing, 0.0, 0.5)
    outcomes[0, :, 1] = -0.5
    exp = made_experiments(outcomes, futures)
    found = discover(exp, "o0", "up")
    assert found.failure_share == pytest.approx(failing.mean())
    (text,) = found.sentences()
    # peeling moves in slices of 5 % of the box: the bound lands within a slice of 0.7
    assert re.fullmatch(r"Option 0 misses Raise A in (9\d|100)% of futures where "
                        r"x0 ≥ 0\.(6[6-9]|7[0-4]) \(\d+% of all futures, 100% of its misses\)",
                        text), text
    frame = boxes_frame([found])
    assert frame.loc[0, "uncertain weight"] == "x0" and frame.loc[0, "at least"] > 0.65
    never = discover(exp, "o0", "down")          # "down" is met in every future
    assert never.boxes == () and never.summary() == "Option 0 meets Lower B in every future"
    with pytest.raises(ModelError, match="no option 'nope'"):
        discover(exp, "nope")
    with pytest.raises(ModelError, match="no objective 'nope'"):
        discover(exp, "o0", "nope")


def test_saltelli_design_mixes_one_column_at_a_time():
    u = saltelli_design(3, 16, seed=1)
    a, b, mixed = u[:16], u[16:32], u[32:].reshape(3, 16, 3)
    for i in range(3):
        expected = a.copy()
        expected[:, i] = b[:, i]
        np.testing.assert_array_equal(mixed[i], expected)


def test_estimators_give_the_ishigami_indices():
    """The Ishigami function (a = 7, b = 0.1) on [-pi, pi]^3 has first-order indices
    0.314, 0.442, 0 and total indices 0.558, 0.442, 0.244 (Saltelli et al. 2008)."""
    def ishigami(u):
        x = np.pi * (2 * u - 1)
        return (np.sin(x[:, 0]) + 7 * np.sin(x[:, 1]) ** 2
                + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0]))[None, :]

    base = 2**14
    u = saltelli_design(3, base, seed=3)
    f_a, f_b = ishigami(u[:base]), ishigami(u[base:2 * base])
    f_ab = np.stack([ishigami(u[2 * base + i * base:2 * base + (i + 1) * base])
                     for i in range(3)])
    first, total = estimate(f_a, f_b, f_ab)
    np.testing.assert_allclose(first[0], [0.314, 0.442, 0.0], atol=0.03)
    np.testing.assert_allclose(total[0], [0.558, 0.442, 0.244], atol=0.03)


def split_model() -> Model:
    """lever -> a (w1), lever -> b (w2), a -> c (w3): objective on a depends on w1 alone;
    on c, on w1 and w3."""
    return Model.from_elements(
        settings=Settings(steps=6, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("a", "A"), Node("b", "B"),
               Node("c", "C")],
        edges=[Edge("lever", "a", 0.5, confidence="low"),
               Edge("lever", "b", 0.5, confidence="low"),
               Edge("a", "c", 0.6, confidence="low")],
        scenarios=[Scenario("act", "Act", interventions=(clamp(value=1.0, start=1),))],
        objectives=[Objective("up-a", "Raise A", "a", "increase"),
                    Objective("up-c", "Raise C", "c", "increase")])


def test_sobol_indices_name_the_weights_that_matter():
    indices = sobol_indices(split_model(), scenario="act", base=256, workers=1)
    assert indices.uncertainties == ("lever → a", "lever → b", "a → c")
    a, c = indices.objectives.index("up-a"), indices.objectives.index("up-c")
    np.testing.assert_allclose(indices.total[a], [1.0, 0.0, 0.0], atol=0.05)
    assert indices.total[c, 1] == pytest.approx(0.0, abs=0.02)
    assert indices.total[c, 0] > 0.2 and indices.total[c, 2] > 0.2
    assert (indices.total_low <= indices.total + 1e-9).all()
    assert indices.ranked("up-a", 1)[0][0] == "lever → a"
    assert len(sobol_frame(indices)) == 2 * 3
    with pytest.raises(ModelError, match="from 16 to 8,192"):
        sobol_indices(split_model(), scenario="act", base=8)
    lever_point = sobol_indices(split_model(), levers=[LeverRange("lever", 1.0, 1.0)],
                                base=16, workers=1)
    assert lever_point.option == "levers-1"


def test_trimming_never_leaves_a_box_below_the_threshold():
    """Few futures and a hundred noise dimensions: trimming drops conditions only while the
    box keeps its density (small losses used to add up to boxes of 11 % "where any
    conditions"); the real conditions stay in the first box."""
    rng = np.random.default_rng(3)
    x = rng.random((500, 120))
    y = (x[:, 0] >= 0.5) & (x[:, 1] <= 0.6)
    y ^= rng.random(500) < 0.1
    boxes = prim(x, y, [f"x{i}" for i in range(120)], threshold=0.8)
    assert boxes and all(box.density >= 0.8 and box.restrictions for box in boxes)
    assert {"x0", "x1"} <= {r.name for r in boxes[0].restrictions}


def test_a_sentence_names_the_conditions_that_matter_most_and_counts_the_rest():
    from windtunnel.engine.prim import SENTENCE_CONDITIONS, Box, Restriction

    restrictions = tuple(Restriction(f"x{i}", 0.5, None) for i in range(SENTENCE_CONDITIONS + 2))
    text = Box(restrictions, 0.5, 0.9, 0.1, 9, 10).conditions()
    assert text.startswith("x0 ≥ 0.50 and x1 ≥ 0.50") and text.endswith("and 2 more conditions")
    assert f"x{SENTENCE_CONDITIONS}" not in text
    # the order is by what removing a condition would cost the box: the real ones first
    rng = np.random.default_rng(3)
    x = rng.random((500, 120))
    y = (x[:, 0] >= 0.5) & (x[:, 1] <= 0.6)
    y ^= rng.random(500) < 0.1
    first = prim(x, y, [f"x{i}" for i in range(120)], threshold=0.8)[0]
    assert {r.name for r in first.restrictions[:2]} == {"x0", "x1"}


@pytest.mark.parametrize("share, said", [(0.002, "0.2%"), (0.00004, "0.004%"), (0.3, "30%"),
                                         (0.996, "99.6%"), (0.9999, "99.99%")])
def test_a_rare_or_near_certain_failure_never_reads_as_none_or_all(share, said):
    """An option that fails in 2 of 1,000 futures fails in some: "fails in 0% of futures"
    contradicts itself, and so does "100%" for one that sometimes holds."""
    found = Discovery("o0", "Option 0", None, None, share, ())
    assert found.summary() == (f"Option 0 fails in {said} of futures, in no box of "
                               "conditions with 80% failures")
    goal = Discovery("o0", "Option 0", "up", "Raise A", share, ())
    assert goal.summary().startswith(f"Option 0 misses Raise A in {said} of futures, ")
