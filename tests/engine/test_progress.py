"""Progress and cancel, one convention for every long analysis: fractions never decrease and
end at 1.0; a cancel (an Event or a callable) stops the work with Cancelled."""

from __future__ import annotations

import threading

import networkx as nx
import numpy as np
import pytest

from windtunnel.engine import (Cancelled, chokepoints, compile_model, find_loops,
                               lever_elasticities, network_from_matrix, node_metrics, tornado)
from windtunnel.engine import betweenness as betweenness_module
from windtunnel.engine.progress import Tracker, should_stop
from windtunnel.model import Edge, Node, Objective

from .conftest import chain_model, clamp


def _model():
    model = chain_model(interventions=[clamp()], objectives=[Objective("goal", "Goal", "out")])
    model.add_node(Node("lever2", "Second lever", kind="restriction"))
    model.add_edge(Edge("lever2", "mid", -0.3))
    model.add_edge(Edge("out", "mid", 0.4))
    return model


def _network(n=70, seed=4):
    rng = np.random.default_rng(seed)
    matrix = np.where(rng.random((n, n)) < 0.06, rng.uniform(-1, 1, (n, n)), 0.0)
    np.fill_diagonal(matrix, 0.0)
    return network_from_matrix(matrix, np.zeros(n))


ANALYSES = {
    "tornado": lambda **kw: tornado(_model(), "act", "goal", batch=2, **kw),
    "levers": lambda **kw: lever_elasticities(_model(), "act", "goal", **kw),
    "loops": lambda **kw: find_loops(_network(), **kw),
    "metrics": lambda **kw: node_metrics(_network(), **kw),
    "chokepoints": lambda **kw: chokepoints(compile_model(_model()), ["lever"], "out", **kw),
}


@pytest.mark.parametrize("name", ANALYSES)
def test_progress_is_monotonic_and_reaches_one(name):
    seen: list[float] = []
    ANALYSES[name](progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in seen)


@pytest.mark.parametrize("name", ANALYSES)
def test_a_set_event_cancels_before_any_work(name):
    event = threading.Event()
    event.set()
    seen: list[float] = []
    with pytest.raises(Cancelled, match="cancelled"):
        ANALYSES[name](progress=seen.append, cancel=event)
    assert seen == []


@pytest.mark.parametrize("name", ["tornado", "levers", "metrics"])
def test_a_callable_cancels_part_way(name):
    seen: list[float] = []

    def after_two_checks(calls=[]):          # noqa: B006 (a counter per test run)
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        ANALYSES[name](progress=seen.append, cancel=after_two_checks)
    assert seen and seen[-1] < 1.0


def test_the_loop_search_checks_cancel_between_batches(monkeypatch):
    from windtunnel.engine import structure

    monkeypatch.setattr(structure, "_LOOP_BATCH", 3)
    calls = []
    with pytest.raises(Cancelled):
        find_loops(_network(), cancel=lambda: calls.append(1) or len(calls) > 2)
    assert len(calls) == 3


def test_tracker_and_should_stop():
    assert not should_stop(None) and should_stop(lambda: True) and not should_stop(lambda: 0)
    seen = []
    tracker = Tracker(4, progress=seen.append)
    tracker.advance(3)
    tracker.advance(3)           # never past the total
    tracker.finish()             # already complete: no second 1.0
    assert seen == [0.75, 1.0]


def test_betweenness_is_exact_below_the_threshold_and_an_estimate_above(monkeypatch):
    network = _network()
    graph = nx.DiGraph()
    graph.add_nodes_from(network.node_ids)            # the order pivots are drawn from
    graph.add_edges_from((network.node_ids[s], network.node_ids[t])
                         for s, t in zip(network.source, network.target))
    exact = node_metrics(network)
    want = nx.betweenness_centrality(graph, normalized=True)
    np.testing.assert_allclose(exact.betweenness, [want[i] for i in network.node_ids],
                               atol=1e-15)
    assert exact.betweenness_exact and exact.note == "betweenness is exact"
    monkeypatch.setattr(betweenness_module, "EXACT_NODES", 50)
    monkeypatch.setattr(betweenness_module, "PIVOTS", 20)
    estimate = node_metrics(network)
    want = nx.betweenness_centrality(graph, k=20, seed=betweenness_module.PIVOT_SEED)
    np.testing.assert_allclose(estimate.betweenness, [want[i] for i in network.node_ids],
                               atol=1e-15)
    assert estimate.betweenness_pivots == 20 and not estimate.betweenness_exact
    frame = estimate.to_frame()
    assert "estimate from 20 of 70 nodes" in frame.attrs["note"]
    assert np.array_equal(node_metrics(network).betweenness, estimate.betweenness)
    assert node_metrics(network, pivots=70).betweenness_exact
    with pytest.raises(ValueError, match="at least 2 pivots"):
        node_metrics(network, pivots=1)


def test_a_run_without_samples_stops_before_compiling_and_between_scenarios(monkeypatch):
    """A run no longer wanted (a big map's, overtaken by an edit) stops at its next check:
    a set event before the model is compiled, a later cancel before the next scenario."""
    import importlib
    from dataclasses import replace

    run_module = importlib.import_module("windtunnel.engine.run")   # engine.run: the function
    run = run_module.run

    model = _model()
    for k in range(4):
        model.add_scenario(replace(model.scenarios[0], id=f"more{k}", label=f"More {k}"))
    compiled, plans = [], []
    real_compiled, real_plan = run_module.compiled_model, run_module.run_plan
    monkeypatch.setattr(run_module, "compiled_model",
                        lambda *args: compiled.append(1) or real_compiled(*args))
    monkeypatch.setattr(run_module, "run_plan", lambda *args: plans.append(1) or real_plan(*args))
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled, match="run was cancelled"):
        run(model, cancel=event)
    assert compiled == [] and plans == []
    checks = []
    with pytest.raises(Cancelled):
        run(model, cancel=lambda: checks.append(1) or len(checks) > 3)
    assert compiled == [1] and len(plans) == 2       # the baseline and one scenario of five
    assert len(run(model, cancel=threading.Event()).scenarios) == 5


def test_sobol_progress_counts_the_bootstrap_and_reaches_one_only_at_the_end(monkeypatch):
    """The Sobol' indices' bootstrap is counted: the runs end short of 1.0, each resample
    moves the bar on, and 1.0 comes with the last (the bar stood at 100 % while the
    bootstrap took two fifths of the time)."""
    from windtunnel.engine import globalsensitivity, sobol_indices

    seen: list[float] = []
    at_bootstrap: list[float] = []
    bootstrap = globalsensitivity._bootstrap

    def watched(*args):
        at_bootstrap.append(seen[-1])
        return bootstrap(*args)

    monkeypatch.setattr(globalsensitivity, "_bootstrap", watched)
    model = _model()
    sobol_indices(model, scenario="act", base=16, workers=1, progress=seen.append)
    assert at_bootstrap and at_bootstrap[0] < 1.0
    after = seen[seen.index(at_bootstrap[0]) + 1:]
    assert len(after) >= globalsensitivity.RESAMPLES and after[-1] == 1.0
    assert seen == sorted(seen) and seen.count(1.0) == 1


def test_sobol_cancels_during_the_bootstrap():
    """A cancel asked while the bootstrap runs stops it (it went on to the end)."""
    from windtunnel.engine import sobol_indices

    seen: list[float] = []
    with pytest.raises(Cancelled):
        sobol_indices(_model(), scenario="act", base=16, workers=1, progress=seen.append,
                      cancel=lambda: bool(seen) and seen[-1] >= 0.7)
    assert seen[-1] < 1.0
