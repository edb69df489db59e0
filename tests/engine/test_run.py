"""run(): baseline vs scenarios, change, verdicts, scorecard, frames, name resolution."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine import LiveScenario, run
from windtunnel.errors import ModelError, WindtunnelError
from windtunnel.model import Objective, Settings, WeightOverride

from .conftest import chain_model, clamp


def _goals():
    return [Objective("up", "Raise outcome", "out", "increase", threshold=0.2, importance=2),
            Objective("down", "Lower outcome", "out", "decrease", threshold=0.0)]


def test_change_from_baseline_by_hand():
    """Clip + kosko chain, lever clamped at 1 from step 1: mid = 0.5 from step 2, out = 0.25
    from step 3; the baseline stays at 0 everywhere."""
    results = run(chain_model(interventions=[clamp(start=1)], objectives=_goals()))
    act = results.scenario("act")
    assert results.time.tolist() == list(range(11))
    np.testing.assert_allclose(results.baseline, 0.0)
    np.testing.assert_allclose(act.change[:, 2], [0, 0, 0, 0.25] + [0.25] * 7)
    np.testing.assert_allclose(act.final_change, [1.0, 0.5, 0.25])
    assert str(act.verdict) == "converged at step 4"
    assert str(results.baseline_verdict) == "converged at step 1"


def test_scorecard_applies_the_objective_rule_and_scores():
    results = run(chain_model(interventions=[clamp(start=1)], objectives=_goals()))
    rows = {r.objective_id: r for r in results.scorecard}
    assert rows["up"].met and rows["up"].change == pytest.approx(0.25)
    assert not rows["down"].met                 # rose by 0.25, wanted "do not raise"
    assert results.scores() == {"act": pytest.approx(2 / 3)}
    frame = results.to_frame("scorecard")
    assert list(frame["met"]) == [True, False]


def test_weight_override_changes_only_the_scenario():
    model = chain_model(interventions=[clamp()], overrides=[WeightOverride("mid", "out", -1.0)])
    act = run(model).scenario("act")
    assert act.final_change[2] == pytest.approx(-0.5)


def test_stop_early_runs_are_carried_forward_to_the_horizon():
    settings = Settings(steps=20, rule="kosko", activation="clip", stop_early=True)
    results = run(chain_model(settings=settings, interventions=[clamp()]))
    assert results.baseline.shape == (21, 3)
    act = results.scenario("act")
    assert act.states.shape == (21, 3)
    np.testing.assert_allclose(act.states[-1], act.states[3])


def test_frames_have_the_documented_shapes():
    results = run(chain_model(interventions=[clamp()], objectives=_goals()))
    final = results.to_frame("final")
    assert list(final.columns) == ["label", "baseline", "act"]
    assert list(final.index) == ["lever", "mid", "out"]
    change = results.to_frame("change")
    assert len(change) == 11 * 3 and set(change.columns) == {"scenario", "step", "node",
                                                             "change"}
    assert change.query("step == 10 and node == 'out'")["change"].item() == pytest.approx(0.25)
    assert len(results.to_frame("trajectories")) == 2 * 11 * 3
    assert list(results.to_frame("verdicts")["run"]) == ["baseline", "act"]
    assert results.to_frame("uncertainty").empty
    with pytest.raises(ModelError, match="valid views"):
        results.to_frame("nope")


def test_scenarios_by_id_or_label_and_unknown_names_listed():
    model = chain_model(interventions=[clamp()])
    assert run(model, scenarios=["Act"]).scenarios[0].scenario_id == "act"
    assert run(model, scenarios=[]).scenarios == ()
    with pytest.raises(WindtunnelError, match=r"valid scenarios: act \(Act\)"):
        run(model, scenarios=["missing"])
    with pytest.raises(WindtunnelError, match="samples"):
        run(model, samples=-1)


def test_settings_and_steps_are_recorded():
    model = chain_model(interventions=[clamp()])
    results = run(model, steps=4, seed=7)
    assert results.settings.steps == 4 and results.seed == 7 and results.samples == 0
    assert results.baseline.shape == (5, 3)


def test_live_scenario_matches_a_full_run():
    model = chain_model(interventions=[clamp(value=1.0)])
    live = LiveScenario(model, "act")
    np.testing.assert_allclose(live.update({"lever": 0.4})[-1], [0.4, 0.2, 0.1])
    np.testing.assert_allclose(live.update({"mid": -0.2})[-1], [0.4, -0.2, -0.1])
    assert live.values() == {"lever": 0.4, "mid": -0.2}
    for bad in (2.0, "0.5", None):
        with pytest.raises(ModelError, match="not a number in"):
            live.update({"lever": bad})
    np.testing.assert_allclose(live.states[-1], [0.4, -0.2, -0.1])     # unchanged
    with pytest.raises(ModelError, match="valid nodes"):
        live.update({"ghost": 0.1})


def test_degenerate_models_run():
    """No edges, or nothing at all: every function still answers."""
    from windtunnel.engine import breakdown, compile_model, find_loops, model_statistics
    from windtunnel.model import Intervention, Model, Node, Scenario

    lone = Model.from_elements(nodes=[Node("a", "A")], scenarios=[
        Scenario("s", "S", interventions=(Intervention("a", value=0.5),))])
    results = run(lone, samples=5)
    assert results.scenario("s").final_change.tolist() == [0.5]
    assert breakdown(lone, "s", "a").reasons[0].value == pytest.approx(0.5)
    empty = run(Model())
    assert empty.baseline.shape == (25, 0) and empty.to_frame("change").empty
    assert find_loops(compile_model(Model())).loops == ()
    assert model_statistics(compile_model(Model())).hierarchy is None
