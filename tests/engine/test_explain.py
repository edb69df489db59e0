"""explain(): exact edge contributions and source totals, causal paths, remainder."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine import explain, run
from windtunnel.errors import ModelError
from windtunnel.model import Edge, Intervention, Model, Node, Scenario, Settings, WeightOverride

from .conftest import chain_model, clamp


def test_linear_chain_is_one_path_with_the_whole_change():
    """Clip + kosko chain lever -0.5-> ... : out's final change 0.25 comes from one path,
    lever -> mid -> out, share 100 %, remainder 0; the last step's input is all from mid."""
    e = explain(chain_model(interventions=[clamp()]), "act", "out")
    assert e.change[-1] == pytest.approx(0.25)
    assert e.sources == ("lever",) and e.source_totals == pytest.approx([0.25])
    (path,) = e.paths
    assert path.nodes == ("lever", "mid", "out") and path.share == pytest.approx(1.0)
    assert e.remainder == pytest.approx(0.0, abs=1e-12) and e.method == "exact"
    frame = e.to_frame()
    assert list(frame.columns) == ["mid", "memory", "intervention"]
    assert frame.loc[10, "mid"] == pytest.approx(0.25)


def _diamond() -> Model:
    """lever -> a -> out, lever -> b -> out, out -> a (a feedback loop), modified Kosko, tanh."""
    return Model.from_elements(
        settings=Settings(steps=15, rule="modified_kosko", activation="tanh", steepness=0.8),
        nodes=[Node(i, i.title(), kind="restriction" if i == "lever" else "factor")
               for i in ("lever", "a", "b", "out")],
        edges=[Edge("lever", "a", 0.6, delay=1), Edge("lever", "b", -0.4),
               Edge("a", "out", 0.7), Edge("b", "out", 0.5), Edge("out", "a", -0.3)],
        scenarios=[Scenario("s", "S", interventions=(Intervention("lever", "clamp", 0.9, 2, 9),),
                            overrides=(WeightOverride("b", "out", 0.8),))])


def test_contributions_and_source_totals_add_up_exactly():
    model = _diamond()
    e = explain(model, "s", "out")
    change = run(model).scenario("s").change[:, 3]
    np.testing.assert_allclose(e.change, change, atol=1e-12)
    np.testing.assert_allclose(e.contributions.sum(axis=1), change, atol=1e-12)
    assert e.source_totals.sum() == pytest.approx(change[-1], abs=1e-12)
    assert e.sources == ("lever", "b -> out (override)")
    assert e.method == "first-order"
    # paths plus remainder make the whole; the loop out -> a -> out leaves a remainder
    assert e.explained + e.remainder == pytest.approx(change[-1])
    assert abs(e.remainder) > 1e-6
    assert {p.nodes for p in e.paths} >= {("lever", "a", "out"), ("lever", "b", "out")}
    shares = [p.share for p in e.paths]
    assert shares == sorted(shares, key=lambda s: -abs(s))


def test_without_feedback_paths_explain_everything_even_when_nonlinear():
    """With secant slopes, an acyclic map's path effects add up to the change exactly."""
    model = _diamond()
    model.remove_edge("out", "a")
    e = explain(model, "s", "out", top_k=10)
    assert e.remainder == pytest.approx(0.0, abs=1e-12)
    assert len(e.paths) == e.paths_found == 3      # two lever paths + the override's


def test_clamped_target_is_explained_by_the_intervention():
    e = explain(chain_model(interventions=[clamp("out", 0.7)]), "act", "out")
    np.testing.assert_allclose(e.contributions[:, -1], 0.7)
    assert e.paths[0].nodes == ("out",) and e.paths[0].share == pytest.approx(1.0)


def test_unknown_node_or_scenario_lists_valid_names():
    model = chain_model(interventions=[clamp()])
    with pytest.raises(ModelError, match="valid nodes: lever, mid, out"):
        explain(model, "act", "ghost")
    with pytest.raises(ModelError, match="valid scenarios"):
        explain(model, "ghost", "out")


def test_explanations_run_to_the_horizon_even_with_stop_early():
    from dataclasses import replace

    model = _diamond()
    model.set_settings(replace(model.settings, stop_early=True, tolerance=1e-3))
    e = explain(model, "s", "out")
    np.testing.assert_allclose(e.contributions.sum(axis=1), e.change, atol=1e-12)
    assert len(e.time) == model.settings.steps + 1


def test_path_search_is_bounded_and_tries_strong_edges_first():
    """Two routes a -> out: via s (weights 0.9, 0.9) and via w (0.1, 0.1); with room for
    one path the strong route is the one found, and the search says it stopped."""
    from windtunnel.engine import compile_model
    from windtunnel.engine.explain import Adjacency, simple_paths

    model = Model.from_elements(
        nodes=[Node(i, i) for i in ("a", "w", "s", "out", "far")],
        edges=[Edge("a", "w", 0.1), Edge("w", "out", 0.1), Edge("a", "s", 0.9),
               Edge("s", "out", 0.9), Edge("out", "far", 0.5)])
    net = compile_model(model)
    graph = Adjacency(net, net.weight)
    index = {n: i for i, n in enumerate(net.node_ids)}
    (only,), stopped = simple_paths(graph, index["a"], index["out"], max_length=4,
                                    max_paths=1)
    assert [net.node_ids[i] for i in only[0]] == ["a", "s", "out"] and stopped
    both, stopped = simple_paths(graph, index["a"], index["out"], max_length=4, max_paths=9)
    assert len(both) == 2 and not stopped
    assert simple_paths(graph, index["a"], index["out"], max_length=1, max_paths=9) == ([], False)
