"""A change that differs from an objective's threshold by rounding only meets it, in every
verdict of "met": the scorecard, Monte Carlo's probability, an exploration's satisficing."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine import robustness, run
from windtunnel.engine.experiments import explore
from windtunnel.engine.plans import objective_met
from windtunnel.model import Edge, Intervention, Model, Node, Objective, Scenario, Settings


def _still(node: str, direction: str) -> Objective:
    return Objective(f"{direction}-{node}", f"Hold {node}", node, direction, threshold=0.0)


def cancelling_model() -> Model:
    """A lever clamped at 1 reaches ``out`` by three routes of 0.1, 0.2 and -0.3: exactly
    no change, which float sums leave as a few 1e-17 (clip + Kosko: each route's level is
    its weight). Every edge is certain (its bounds are its weight), so each Monte Carlo
    sample and each future is that same run."""
    routes = {"a": 0.1, "b": 0.2, "c": 0.3}
    return Model.from_elements(
        settings=Settings(steps=5, rule="kosko", activation="clip", samples=20),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("out", "Out")]
              + [Node(n, n.upper()) for n in routes],
        edges=[Edge("lever", n, w, low=w, high=w) for n, w in routes.items()]
              + [Edge(n, "out", -1.0 if n == "c" else 1.0, low=-1.0 if n == "c" else 1.0,
                      high=-1.0 if n == "c" else 1.0) for n in routes],
        scenarios=[Scenario("act", "Act", interventions=(
            Intervention("lever", "clamp", 1.0, 0, None),))],
        objectives=[_still("out", "decrease"), _still("out", "increase")])


def test_the_rule_takes_rounding_for_the_threshold():
    assert 0.7 - 0.4 < 0.3 and 0.1 + 0.2 - 0.3 > 0               # rounding, not change
    reach = Objective("r", "Reach", "n", "increase", threshold=0.3)
    assert objective_met(0.7 - 0.4, reach)
    assert objective_met(-(0.7 - 0.4), Objective("l", "Lower", "n", "decrease", threshold=0.3))
    assert objective_met(0.1 + 0.2 - 0.3, _still("n", "decrease"))
    assert not objective_met(0.3 - 1e-9, reach)          # a shortfall far below display
    assert not objective_met(1e-9, _still("n", "decrease"))
    np.testing.assert_array_equal(
        objective_met(np.array([0.7 - 0.4, 0.29, 0.31]), reach), [True, False, True])


def test_a_change_of_rounding_only_meets_do_not_raise_and_do_not_lower_everywhere():
    model = cancelling_model()
    results = run(model, samples=20, seed=1)
    change = results.scenario("act").final_change[list(results.node_ids).index("out")]
    assert change != 0 and abs(change) < 1e-15             # no change, but for rounding
    assert [row.met for row in results.scorecard] == [True, True]
    assert results.scores() == {"act": pytest.approx(1.0)}
    assert [row.probability for row in results.scorecard] == [1.0, 1.0]
    experiments = explore(model, scenarios=["act"], futures=8, workers=1, seed=3)
    assert experiments.met().all()
    assert [row.all_met for row in robustness(experiments)] == [1.0]
